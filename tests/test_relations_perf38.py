"""Session 28 (perf38): the families whose work grew with the square of the report, made linear.

A text of sentences written for this test (an average naming a total a chapter before, a graded
review, outcomes defined by their kinds, a partition with each part's share, a hotline split under a
"X中," opener) is repeated 5 and 20 times; the lines executed in each module must grow about four
times, as tests/test_linear_relations measures for the whole engine. On main before this session
per_unit.py grew 13.9x, intake_sums.py 11.8x and outcome_lists.py 5.9x. And the indexes that replace
the walks answer as the walks did.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import toolkit
from toolkit.load import load_bytes
from toolkit.metrics import find_metrics, load_catalog, metric_claims
from toolkit.normalize import normalize
from toolkit.quantities import find_quantities
from toolkit.relations import _Doc, find_relations
from toolkit.relations.reading import holding

RELATIONS = Path(toolkit.__file__).parent / "relations"
PIECE = """一、工作情况
全年审结行政复议案件{total}件。
二、存在的问题
目前专职人员6名,人均审结案件60.2件。
三、评查情况
抽查处罚案卷25份、许可案卷25份,评出优秀6份、合格42份、不合格2份。
四、纠错情况
全年审结案件200件,其中维持120件、驳回30件、撤销20件、确认违法10件、终止20件。纠错30件。
五、投诉情况
全年受理投诉1,000件,其中城区600件、郊区300件、农村100件。城区投诉占62.5%,郊区投诉占31.3%,农村投诉占6.2%。
六、热线情况
全年受理诉求5,000件,有效诉求4,000件。有效诉求中,直接答复2,500件,转派承办单位1,500件。
"""
MODULES = ("per_unit.py", "intake_sums.py", "outcome_lists.py", "graded.py", "hundred.py", "added.py")


def _doc(copies: int, totals: list[int] | None = None) -> _Doc:
    text = "".join(PIECE.format(total=(totals[k] if totals else 361)) for k in range(copies))
    t = normalize(load_bytes(text.encode("utf-8"), "long.txt"))
    qs = find_quantities(t)
    catalog = load_catalog()
    metrics = find_metrics(t, qs, catalog, metric_claims(t, qs, catalog))
    d = _Doc(t, qs, metrics)
    d.cache["test metrics"] = metrics
    return d


def _relations(d: _Doc) -> list:
    return find_relations(d.text, d.qs, d.cache["test metrics"], {}, doc=d)  # type: ignore[arg-type]


def _per_module(copies: int) -> Counter:
    """Lines executed per module of ``MODULES`` for the text ``copies`` times (``sys.settrace``)."""
    d = _doc(copies)
    files = {str(RELATIONS / name): name for name in MODULES}
    out: Counter = Counter()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            out[files[frame.f_code.co_filename]] += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename in files else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        _relations(d)
    finally:
        sys.settrace(old)
    return out


def test_each_family_grows_in_step_with_the_report() -> None:
    _per_module(1)  # vocabularies built outside the count
    small, large = _per_module(5), _per_module(20)
    for name in MODULES:
        if small[name]:
            assert large[name] / small[name] <= 4.3, f"{name}: 4x the text cost {large[name] / small[name]:.2f}x the lines"
    assert small["per_unit.py"] and small["intake_sums.py"] and small["outcome_lists.py"]


def test_the_text_reads_the_same_in_every_copy() -> None:
    d1, d4 = _doc(1), _doc(4)
    one = _relations(d1)
    four = _relations(d4)
    rules = Counter(r.rule for r in one)
    assert {"ratio.average", "sum.graded", "sum.named_partition"} <= set(rules)
    assert len(four) >= 3 * len(one)  # (copies may pair across: a repeated total is one set)


def _distant_by_walk(d: _Doc, y: Any, what: str) -> Any:
    """per_unit._distant_total as it was: every figure before the paragraph holding the name's noun."""
    from decimal import Decimal

    from toolkit.relations import per_unit as pu
    from toolkit.relations.structure import _paragraph_start

    if len(what) < pu._FAR_NAME:
        return None
    start = d.before(_paragraph_start(d, y.start))
    found: dict[Decimal, Any] = {}
    for q in holding(d, what[-2:]):
        if q.index >= start:
            break
        label = d.label(q)
        if pu._alike(q, y) and pu._usable(d, q) and pu._names(what, label) and not pu._negated(what, label):
            found.setdefault(q.value, q)
    return next(iter(found.values())) if len(found) == 1 else None


def test_a_distant_total_is_the_one_the_walk_found() -> None:
    from toolkit.relations import per_unit as pu

    rng = random.Random(38)
    for _ in range(6):
        copies = rng.randrange(1, 6)
        totals = [rng.choice([361, 361, 362, 40]) for _ in range(copies)]  # (one value, or several)
        d = _doc(copies, totals)
        asked = 0
        for y in holding(d, "均"):
            for what in ("审结案件", "审结行政复议案件", "复议案件", "案件"):
                assert pu._distant_total(d, y, what) is _distant_by_walk(d, y, what), (totals, y.start, what)
                asked += 1
        assert asked


def test_carry_over_words_between_two_places_by_bisect() -> None:
    from toolkit.relations.stages import spoken_between

    rng = random.Random(28)
    for _ in range(2000):
        positions = sorted(rng.sample(range(200), rng.randrange(0, 12)))
        lo = rng.randrange(0, 210)
        hi = rng.randrange(0, 210)
        assert spoken_between(positions, lo, hi) == any(lo <= k < hi for k in positions), (positions, lo, hi)


def test_figures_walked_back_one_at_a_time() -> None:
    d = _doc(2)
    for i in range(len(d.qs) + 1):
        assert list(d.back_from(i)) == list(reversed(d.qs[:i]))
        assert list(d.from_index(i)) == d.qs[i:]


def test_the_parts_of_each_partition_whole() -> None:
    from toolkit.relations.hundred import _parts_of

    d = _doc(3)
    _relations(d)
    partition = d.cache.get("partition", {})
    assert partition
    for total in {id(t): t for t in partition.values()}.values():
        assert _parts_of(d).get(id(total), []) == [i for i, t in partition.items() if t is total]
