"""Rows of a table that break down the row above them ("一般公共预算收入|48.65", "其中:税收收入|35.12").

Indicator tables (统计月报, 公报, 财政表: "指标|单位|本月|累计|同比增长(%)") print a part of an
indicator on the row under it, opened by "其中:" (or the statistician's "#"): in every column of
levels, the part is no larger than the row above. Two rows under an indicator that name a pair of
complements (税收收入 and 非税收入, 出口 and 进口: catalog/complements.yaml) and share its name
("…收入", "进出口总额" naming 出口) are all of it: they add up to it. Per-capita figures, averages,
rates, prices and indices are no parts of a whole (城镇居民人均可支配收入 exceeds 全体居民's), and
columns of changes or percents hold no levels. Across a row, a column headed "其中…" ("行政诉讼(件)|
其中败诉(件)") is a part of the column before it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..quantities import Quantity
from ..tables import Row, Table, column_heads
from .completeness import names_its_complements
from .model import Relation, compatible
from .table_changes import _CHANGE_HEAD
from .table_nesting import NESTED_ROW, item_readings
from .tables import not_summed_head

# "其中:" or the "#" statistical tables mark a part with
_SUB = re.compile(r"^\s*(?:其中[:：,，]?|#)")
# measures that are no parts of a whole: per person, averages, rates, prices, indices, densities
_NOT_ADDITIVE = re.compile(r"人均|户均|平均|均价|率|比重|占比|比例|指数|价格|密度|增速|增长|/")
# a column of changes, in % or in points or in the unit ("比1-9月增减", "同比", "提高"): no level
_CHANGE_WORDS = re.compile(r"增减|增长|增幅|增速|同比|环比|变化|变动|升降|比上|较上|比\d|提高|下降|回落|加快|减少|增加")


def _figure(row: Row, j: int) -> Quantity | None:
    q = row.cells[j].quantity if j < len(row.cells) else None
    return None if q is None or q.is_percent else q


def _words(row: Row) -> str:
    """The row's words: its label and unit cells (no figure)."""
    return " ".join(c.text for c in row.cells if c.quantity is None and c.fall is None)


def _columns(t: Table, rows: list[Row]) -> list[int]:
    """The columns of levels the rows all print a figure in (no change or percent column)."""
    named = column_heads(t)  # (every header row over a column: a grid header names its measure below its group)
    width = len(rows[0].cells)
    if named is None or len(named[0].cells) != width or any(len(r.cells) != width for r in rows):
        return []  # (no header, or cells out of line: which column holds levels is unknown -- "4.2" may be a growth)
    heads = named[1]
    return [j for j in range(width) if not (_CHANGE_HEAD.search(heads[j]) or not_summed_head(heads[j])
                                            or _NOT_ADDITIVE.search(heads[j]) or _CHANGE_WORDS.search(heads[j]))
            and all(_figure(r, j) is not None for r in rows)
            and all(compatible(_figure(r, j), _figure(rows[0], j)) for r in rows)]  # type: ignore[arg-type]


def _units_agree(rows: list[Row]) -> bool:
    """Do the rows print one unit (their word cells past the label alike: "亿元", "亿元")?"""
    units = {tuple(c.text for c in r.cells[1:] if c.quantity is None and c.fall is None and c.text) for r in rows}
    return len(units) == 1


def _shares_name(whole: str, a: str, b: str) -> bool:
    """Does the whole's label name the pair's kind: one of them whole ("进出口总额": 出口), or the
    ending both share ("一般公共预算收入": 税收收入 and 非税收入 end in 收入)?"""
    if a in whole or b in whole:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n >= 2 and whole.endswith(a[len(a) - n :])


def _goes_on(above: Row, row: Row) -> bool:
    """Does ``row`` go on the breakdown a "其中:" row ``above`` opened: its complement (非税收入 after
    其中:税收收入), or a kind of the same ending ("其中:稻谷产量", "小麦产量")?"""
    a, b = _SUB.sub("", above.head), row.head
    return names_its_complements(a + " " + b) or (len(a) >= 2 and a[-2:] == b[-2:])


def sub_row_breakdowns(tables: list[Table]) -> list[Relation]:
    """Each "其中:" row bounded by the row above it, column by column; two rows of complements under
    an indicator adding up to it (module doc)."""
    out: list[Relation] = []
    for t in tables:
        rows = [r for r in t.rows if not r.is_header]
        for i in range(1, len(rows)):
            parent, row = rows[i - 1], rows[i]
            if _SUB.match(parent.head) or (i >= 2 and _SUB.match(rows[i - 2].head) and _goes_on(rows[i - 2], parent)):
                continue  # (the row above is a part itself: of which whole the part is, is unknown)
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            pair = nxt is not None and not _SUB.match(nxt.head) and names_its_complements(
                _SUB.sub("", row.head) + " " + nxt.head) and _shares_name(parent.head, _SUB.sub("", row.head), nxt.head)
            if not _SUB.match(row.head) and not pair:
                continue
            group = [parent, row, nxt] if pair and nxt is not None else [parent, row]
            if any(_NOT_ADDITIVE.search(_words(r)) for r in group) or not _units_agree(group):
                continue
            for j in _columns(t, group):
                whole, part = _figure(parent, j), _figure(row, j)
                if pair and nxt is not None:
                    out.append(Relation("sum", "sum.table_sub_rows", {"total": whole, "parts": [part, _figure(nxt, j)]}))
                else:
                    out.append(Relation("bound", "bound.part", {"smaller": part, "larger": whole}))
    return out


def sub_columns(tables: list[Table]) -> list[Relation]:
    """A column headed "其中…" bounded, row by row, by the column before it ("行政复议(件)|其中被纠错(件)")."""
    out: list[Relation] = []
    for t in tables:
        if (named := column_heads(t)) is None:
            continue
        header, words = named
        heads = [c.text for c in header.cells]
        width = len(heads)
        for j in range(2, width):
            before = heads[j - 1]
            if not _SUB.match(heads[j]) or _SUB.match(before) or any(
                    _CHANGE_HEAD.search(h) or not_summed_head(h) or _NOT_ADDITIVE.search(h) for h in (words[j - 1], words[j])):
                continue
            for r in t.rows:
                if r.start <= header.start or r.is_header or len(r.cells) != width or _NOT_ADDITIVE.search(r.head):
                    continue
                whole, part = _figure(r, j - 1), _figure(r, j)
                if whole is not None and part is not None and compatible(part, whole):
                    out.append(Relation("bound", "bound.part", {"smaller": part, "larger": whole}))
    return out


_ORDINAL = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))\s*")
_UNIT_ASIDE = re.compile(r"[(（][^()（）]*[)）]\s*$")
_WHOLE_WORD = re.compile(r"总(?:收入|支出|额|量|数|值|产值|产量)")
_CLOSING = re.compile(r"合计|总计|小计|共计")


def _name(row: Row) -> str:
    """A row's label without its ordinal ("(一)"), its 其中 and its unit ("(万元)")."""
    return _UNIT_ASIDE.sub("", _SUB.sub("", _ORDINAL.sub("", row.head))).strip()


def whole_first_rows(tables: list[Table]) -> list[Relation]:
    """A table whose first row is the whole of the rows under it ("一般公共预算收入|268,000|272,436" over
    "税收收入", "其中:增值税", "企业所得税", "非税收入"): the "其中:" rows break an item down (where each
    breakdown ends, each way a reading: ``item_readings``). The first row is the whole when its words say
    so -- a "总…" ("财政总收入") over items ending as it does (…收入), all of them its parts -- or when two
    items are complements sharing its name (税收收入 and 非税收入 of …收入): those two make it up. Column
    by column over the columns of levels; the check fails only if no reading adds up."""
    out: list[Relation] = []
    for t in tables:
        body = [r for r in t.rows if r.numbers and not r.is_header]
        if len(body) < 3 or any(_CLOSING.search(r.head) for r in body):
            continue
        whole, rest = body[0], body[1:]
        name = _name(whole)
        if NESTED_ROW.match(whole.head) or NESTED_ROW.match(rest[0].head) or len(name) < 2 \
                or any(_NOT_ADDITIVE.search(_words(r)) for r in body):
            continue  # (人均, rates, prices: no row adds up to another)
        readings = [items for items in item_readings(rest) if len(items) >= 2]
        if _WHOLE_WORD.search(name) and all(not _WHOLE_WORD.search(_name(r)) and _name(r)[-2:] == name[-2:]
                                            for items in readings for r in items):
            groups = readings
        else:
            pairs = [[a, b] for items in readings for a, b in pairwise(items)
                     if names_its_complements(_name(a) + " " + _name(b)) and _shares_name(name, _name(a), _name(b))]
            groups = [p for n, p in enumerate(pairs) if p not in pairs[:n]]
        if not groups:
            continue
        for j in _columns(t, [whole, *rest]):
            total = _figure(whole, j)
            sums = [{"total": total, "parts": [_figure(r, j) for r in g]} for g in groups]
            out.append(Relation("sum", "sum.table_sub_rows", sums[0], readings=sums[1:]))
    return out
