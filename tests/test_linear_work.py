"""Work, not time: the extraction stages do the same work per character however long the text.

A sample report (with a contact line of dates, times, a phone number and a URL, and a small
table, so that every look-up of the stages has something to find) is repeated 10 and 40 times,
and one table grows from 200 to 800 rows. The lines of Python executed in the stages' modules
are counted (``sys.settrace``); four times the text must cost four times the lines, within a
margin. A path that visits every figure, span
or table row again for each figure grows with the square of the length and fails here, whatever
the machine's speed. The relations engine is measured by its own tests.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import toolkit
from toolkit.load import load_bytes
from toolkit.metadata import find_metadata
from toolkit.metrics import all_metric_claims, find_metrics, load_catalog, metric_claims
from toolkit.normalize import normalize
from toolkit.quantities import _SpanIndex, find_quantities
from toolkit.result import metric_dict, quantity_dict
from toolkit.tables import find_tables, row_totals

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "reports" / "qinghe-2022.txt"
# The stages whose work is counted: loading a text, normalization, quantities, metrics, tables,
# metadata and the result's dicts.
STAGES = {str(Path(toolkit.__file__).parent / f"{name}.py")
          for name in ("load", "normalize", "quantities", "numbers", "metrics", "tables", "metadata", "result")}
# Dates, a time, a phone number and a URL: the spans no figure may overlap.
CONTACT = "联系电话:0571-88886666,发布日期:2023-01-16 10:30,网址www.qinghe.gov.cn/yjj。"
TABLE = "表1 执法情况统计\n|项目|数量|\n|检查企业|326家|\n|发现隐患|508项|\n|罚款金额|86.5万元|\n"


def _report(copies: int) -> bytes:
    one = SAMPLE.read_text(encoding="utf-8").rstrip("\n") + "\n" + CONTACT + "\n" + TABLE + "\n"
    return (one * copies).encode("utf-8")


def _pipeline(data: bytes) -> int:
    """Every stage this test covers, on ``data``; returns the number of figures."""
    text = normalize(load_bytes(data, "long.txt"))
    quantities = find_quantities(text)
    catalog = load_catalog()
    claims = metric_claims(text, quantities, catalog)
    metrics = find_metrics(text, quantities, catalog, claims)
    all_metric_claims(text, quantities, catalog, claims)
    row_totals(find_tables(text.text, quantities))
    find_metadata(text.text)
    s = text.text
    [quantity_dict(q, text.original_span(q.start, q.end), s[q.sentence[0] : q.sentence[1]]) for q in quantities]
    [metric_dict(m) for m in metrics]
    return len(quantities)


def _lines_run(fn: Callable[[], Any]) -> int:
    """How many lines of the stages' modules ``fn`` executes."""
    return count_lines(fn, lambda filename: filename in STAGES)


def count_lines(fn: Callable[[], Any], counted: Callable[[str], bool]) -> int:
    """How many lines ``fn`` executes in the files ``counted`` accepts (``sys.settrace``)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if counted(frame.f_code.co_filename) else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(old)
    return count


def _growth(build: Callable[[int], bytes], copies: int) -> tuple[float, dict[int, int]]:
    """Lines executed for ``build(4 * copies)`` over those for ``build(copies)``."""
    _pipeline(build(1))  # the catalog and other caches are built outside the count
    figures: dict[int, int] = {}
    work: dict[int, int] = {}
    for n in (copies, 4 * copies):
        work[n] = _lines_run(lambda n=n: figures.__setitem__(n, _pipeline(build(n))))
    assert figures[4 * copies] == 4 * figures[copies] > 0
    return work[4 * copies] / work[copies], work


def test_lines_executed_grow_in_step_with_the_report() -> None:
    # The report 10 and 40 times: as many dates, phone numbers and URLs as figures.
    ratio, work = _growth(_report, 10)
    # Linear work gives 4.0 (the fixed costs make it a little less); a stage that visits every
    # span or figure again for each figure gives up to 16 for its share (the scan of every
    # date/phone/URL span per figure that this replaced: 5.9).
    assert 3.6 <= ratio <= 4.2, f"4x the text cost {ratio:.2f}x the lines ({work})"


ROWS = ("|检查生产经营单位|2860家次|", "|发现隐患|6384项|", "|已完成整改|6217项|", "|整改率|97.38%|",
        "|作出行政处罚决定|35起|", "|罚款金额|86.5万元|", "|受理投诉举报|97件|", "|办结|97件|")


def _table(copies: int) -> bytes:
    return ("2022年度执法情况统计表\n|项目|数量|\n" + "\n".join(ROWS * copies) + "\n").encode("utf-8")


def test_lines_executed_grow_in_step_with_a_table() -> None:
    # One table of 200 and 800 rows: its cells read the caption above it (the walk up the
    # table from every cell that this replaced: 10.3).
    ratio, work = _growth(_table, 25)
    assert 3.6 <= ratio <= 4.2, f"4x the rows cost {ratio:.2f}x the lines ({work})"


def test_span_index_answers_as_the_scan_over_every_span_did() -> None:
    rng = random.Random(14)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            a = rng.randrange(0, 60)
            spans.append((a, a + rng.randrange(0, 10)))  # overlapping, unsorted, empty ones too
        index = _SpanIndex(spans)
        assert bool(index) == bool(spans)
        for a in range(0, 70):
            for b in range(a, min(a + 8, 72)):
                assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans), (spans, a, b)
