"""Per-N rate columns of a table: "地区|常住人口(万人)|诉求量(件)|每万人诉求量(件)" -- in each row the
rate is the count of its column over the population of its row, times N. The population column is
the one header naming 人口/居民; the count column the one whose header names what the rate counts."""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation
from .structure import _overlap
from .table_bases import _HEAD_UNIT, in_header_unit, printed_rounded

_PER = {"百": 100, "100": 100, "千": 1000, "1000": 1000, "万": 10_000, "1万": 10_000, "十万": 100_000,
        "10万": 100_000, "百万": 1_000_000, "100万": 1_000_000}
# "每万人诉求量(件)", "每千常住人口床位数(张)", "每十万人口发病数"
_PER_N_HEAD = re.compile(r"^每(?P<n>十万|百万|千|万|百|10万|100万|1万|1000|100)(?:名)?"
                         r"(?:常住人口|户籍人口|人口|居民|人)(?:拥有|平均)?(?P<what>[\u4e00-\u9fff]{2,12})")
_POPULATION_HEAD = re.compile(r"^(?:年末|年平均)?(?:常住|户籍)?(?:人口|居民)(?:数|总数)?(?:[(（]|$)")
_UNIT_ASIDE = re.compile(r"[(（][^)）]*[)）]")
_COUNTED = re.compile(r"数|量|总数|总量")


def _cell(row: Row, j: int) -> Quantity | None:
    return row.cells[j].quantity if j < len(row.cells) else None


def per_n_columns(t: Table) -> list[Relation]:
    """Each row's per-N rate over the row's population and count; [] unless the header names one
    population column and one column of what the rate counts."""
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return []
    texts = [c.text.strip() for c in header.cells]
    out: list[Relation] = []
    for k, head in enumerate(texts):
        m = _PER_N_HEAD.match(head)
        if m is None:
            continue
        what = _COUNTED.sub("", _UNIT_ASIDE.sub("", m.group("what")))
        pops = [j for j, h in enumerate(texts) if j != k and _POPULATION_HEAD.match(h)]
        counts = [j for j, h in enumerate(texts) if j not in (k, *pops) and not h.startswith("每")
                  and len(what) >= 2 and _overlap(_COUNTED.sub("", _UNIT_ASIDE.sub("", h)), what) >= 2]
        if len(pops) != 1 or len(counts) != 1 or not _HEAD_UNIT.search(texts[pops[0]]):
            continue  # (a population printed without its unit, "常住人口|48.6", may be in 万: unread)
        per = _PER[m.group("n")]
        for r in t.rows:
            if r.start <= header.start or r.is_header or len(r.cells) != len(texts):
                continue  # cells out of the header's columns: which is which is unknown
            num, pop, rate = _cell(r, counts[0]), _cell(r, pops[0]), _cell(r, k)
            if num is None or pop is None or rate is None or any(q.is_percent or q.unit for q in (num, pop, rate)):
                continue  # (bare figures in the header's units only)
            pop = printed_rounded(in_header_unit(pop, texts[pops[0]]))  # (48.6万 stands for 48.55万-48.65万)
            if not pop.value:
                continue
            out.append(Relation("ratio", "ratio.per_capita",
                                {"numerator": in_header_unit(num, texts[counts[0]]), "denominator": pop,
                                 "percent": in_header_unit(rate, head)}, per=per))
    return out
