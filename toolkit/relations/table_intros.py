"""A table the prose right before it introduces ("全年共办理登记许可事项6,482件,具体情况见下表。",
"…各级巡查情况如下:"): the paragraph states the whole the table breaks down, so its figure equals
the total row's cell of the column that counts it.

``table_totals`` pairs a total cell with prose that names the column's measure. Many columns name
none: the report year's column of a year-on-year table ("2023年(件)"), a bare count under the
object the first column classifies ("河长级别|人数"), or a stage in another word of it ("收案" for
受理/新收, "结案" for 审结/办结: ``table_intros.stages`` of ``catalog/equalities.yaml``). For those
the introduction is what ties the figure to the column, so only its paragraph is read, and:

* the figure is a level of the report's period, not a change, a part (其中, 本级), a rate or an aside;
* it is counted in the column's unit (the header's, a bare count's "X数", the caption's 单位);
* its words name the table's object (the first header less 类别/级别…) and what the introducing
  clause names beyond its frame words, when they name something;
* one figure for the column and one column for the figure -- several figures in the unit: only the
  one printing the cell's value is read (a pass), never a failure, since which one is meant is open.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation
from .roles import is_delta, is_per_n, is_previous, is_rank
from .structure import _Doc
from .table_bases import in_header_unit
from .table_totals import _figure_words, _reference, in_order
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fff\d]")  # (a header's year keeps its digits)
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_UNIT = re.compile(r"[(（]\s*(?:单位[:：]\s*)?((?:万|亿)?[\u4e00-\u9fff]{1,3})\s*[)）]")
_CAPTION_UNIT = re.compile(r"[(（]\s*单位[:：]\s*((?:万|亿)?[\u4e00-\u9fff]{1,3})\s*[)）]")
_YEAR = re.compile(r"^((?:19|20)\d\d)年度?$")
_PERIOD = re.compile(r"(?<!\d)(?:\d{1,2}[-—~至])?\d{1,2}月(?:份)?")  # ("1-6月", "11月份")
_HEADING = re.compile(r"^\s*(?:#|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分])")
_PEOPLE = frozenset("人名位")
_CLAUSE = re.compile(r"[,;:。,;:]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    return read_section("equalities.yaml", "table_intros", lambda v, _: {
        "intro": re.compile(v["intro"]), "frame": re.compile(v["frame"]), "object": re.compile(v["object"]),
        "counts": re.compile(f"^(?:{v['counts']})$"), "rows": re.compile(f"^(?:{v['rows']})$"),
        "narrower": re.compile(v["narrower"]), "other_time": re.compile(v["other_time"]),
        "not_summed": re.compile(v["not_summed"]), "own_body": re.compile(v["own_body"]),
        "jurisdiction": re.compile(v["jurisdiction"]),
        "lead": re.compile(v["lead"]),
        "stages": {head: re.compile(words) for head, words in v["stages"].items()}})


def _intro(d: _Doc, t: Table, v: dict) -> tuple[int, int, str] | None:
    """The paragraph right before the table (no heading between) when it introduces it: its span and
    the introducing clause's words ("具体情况见下表", "各级巡查情况如下")."""
    end = d.s.rfind("\n", 0, t.rows[0].start)
    while end > 0 and not d.s[d.s.rfind("\n", 0, end) + 1 : end].strip():
        end = d.s.rfind("\n", 0, end)  # blank lines between
    if end <= 0:
        return None
    start = d.s.rfind("\n", 0, end) + 1
    para = d.s[start:end].rstrip()
    if not para or _HEADING.match(para) or "|" in para:
        return None
    last = [c for c in re.split(r"[,;。,;]", _ASIDE.sub("", para)) if c.strip()]
    if not last or not (v["intro"].search(last[-1]) or para.endswith((":", "："))):
        return None
    return start, end, last[-1]


def _columns(t: Table, v: dict, year: str | None, para: str) -> tuple[str, list[tuple[str, str, Quantity]]]:
    """The table's object and, for each total-row cell whose column names no measure of its own,
    (its kind: "count" or a stage header, its unit, the cell in that unit)."""
    header = next((r for r in t.rows if r.is_header), None)
    totals = [r for r in t.rows if not r.is_header and v["rows"].match(_NOT_CJK.sub("", r.head))]
    if header is None or len(totals) != 1 or len(totals[0].cells) != len(header.cells):
        return "", []
    heads = [_NOT_WORD.sub("", _ASIDE.sub("", c.text)) for c in header.cells]
    years = {m.group(1) for h in heads if (m := _YEAR.match(h))}
    this_year = year if year in years else (max(years) if len(years) >= 2 and year is None else None)
    caption = _CAPTION_UNIT.search(para)
    # ("功能科目|年初预算|1-6月|完成预算%" under "上半年,全区…支出75,300万元,…如下:"): a column of a period
    # is the report's own when it is the table's only one, or the one the introduction names
    raw = [re.sub(r"\s", "", _ASIDE.sub("", c.text)) for c in header.cells]  # (heads drop the dash of "1-6月")
    periods = [j for j, h in enumerate(raw) if _PERIOD.fullmatch(h)]
    said = {_period_key(m.group(0)) for m in _PERIOD.finditer(para)}
    out = []
    for j, q in _cells(totals[0]):
        text, head = header.cells[j].text, heads[j]
        if q.is_percent or "%" in text or "％" in text or v["not_summed"].search(head):
            continue
        m = _UNIT.search(text) or caption
        unit = m.group(1) if m else ""
        if (y := _YEAR.match(head)) is not None:
            if y.group(1) != this_year:
                continue  # another year's column: its total is no figure of this year
            kind = "count"
        elif j in periods:
            if len(periods) > 1 and _period_key(raw[j]) not in said:
                continue  # another period's column (11月 beside 1-11月): no whole the introduction states
            kind = "count"
        elif v["counts"].match(head):
            kind = "count"
            unit = unit or head[:-1]  # "人数": counted in 人
        elif head in v["stages"]:
            kind = head
        else:
            continue  # a column naming its measure: table_totals reads it
        if m and m.group(1)[0] in "万亿":
            q = in_header_unit(q, f"({m.group(1)})")
            unit = q.unit
        out.append((kind, unit, q))
    # "案件类型", "河长级别": the object the first column classifies; "乡镇", "部门": a dimension only
    obj = m.group(1) if heads and (m := v["object"].match(heads[0])) else ""
    return obj, out


def _period_key(text: str) -> str:
    return re.sub(r"份$", "", re.sub(r"[—~至]", "-", text))


def _cells(row: Row) -> list[tuple[int, Quantity]]:
    return [(j, q) for j, q in row.numbers if j > 0]


def _same_unit(q: Quantity, unit: str) -> bool:
    if not unit:
        return not q.is_money and not q.is_percent
    return q.unit == unit or (q.unit in _PEOPLE and unit in _PEOPLE)


def _candidates(d: _Doc, a: int, b: int, v: dict, tied: set[int]) -> list[tuple[Quantity, str, str]]:
    """The paragraph's figures that may state a whole: (figure, its own words, its sentence)."""
    out = []
    for q in d.in_range(a, b):
        if q.in_table or q.is_percent or q.index in tied or is_delta(d, q) or is_previous(d, q) \
                or is_per_n(d, q) or d.in_parentheses(q) or _reference(d, q) or is_rank(d, q):
            continue
        own = _figure_words(d, q)
        sentence = _NOT_CJK.sub("", _ASIDE.sub("", d.s[q.sentence[0] : q.sentence[1]]))
        clause = _NOT_CJK.sub("", _CLAUSE.split(d.label(q))[-1])
        piece = _NOT_CJK.sub("", d.s[d.last_before(";。", q.start) + 1 : q.end])
        if v["narrower"].search(clause) or v["other_time"].search(piece):
            continue  # "其中企业登记…", "截至上年底…": a part, another time
        out.append((q, own, sentence))
    return out


def _names_stage(own: str, stage: re.Pattern, lead: re.Pattern) -> bool:
    """Do the figure's words name the stage, with nothing but frame words before it ("全年受理各类
    案件", "审结"; not "调解结案": a kind of closing, another column's)?"""
    m = stage.search(own)
    return m is not None and not lead.sub("", own[: m.start()])


def _equal(q: Quantity, c: Quantity) -> bool:
    return q.low <= c.value <= q.high or q.value == c.value


def table_intros(d: _Doc, tables: list[Table], done: list[Relation]) -> list[Relation]:
    """Each total cell of a column naming no measure with the one figure of the table's introduction
    that states it."""
    if not tables or not d.qs:
        return []
    v = _vocabulary()
    tied = {q.index for r in done for q in r.quantities()}
    m = re.search(r"((?:19|20)\d\d)年", d.s[: d.qs[0].start])
    year = m.group(1) if m else None
    out: list[Relation] = []
    for t in tables:
        intro = _intro(d, t, v)
        if intro is None:
            continue
        a, b, opener = intro
        says = _NOT_CJK.sub("", v["frame"].sub("", opener))
        at = d.s.find(opener, a, b)
        own_body = bool(v["own_body"].search(opener))
        obj, columns = _columns(t, v, year, d.s[a:b])
        if not columns:
            continue
        cands = _candidates(d, a, b, v, tied)
        fits: dict[int, list[Quantity]] = {}
        for k, (kind, unit, _cell) in enumerate(columns):
            for q, own, sentence in cands:
                if not _same_unit(q, unit) or (obj and in_order(obj, sentence) < 0):
                    continue
                apart = not q.sentence[0] <= at < q.sentence[1]
                if kind == "count" and apart and says and in_order(says, sentence) < 0:
                    continue  # "…执法人员1,250人。各部门持证情况如下": the table counts what its own sentence names
                if own_body and v["jurisdiction"].search(_NOT_CJK.sub("", d.s[q.sentence[0] : q.start])):
                    continue  # "全市两级法院共受理…。本院收结案情况如下": the body's own table, not the whole's
                if kind != "count" and not _names_stage(own, v["stages"][kind], v["lead"]):
                    continue  # (a stage column: its header names what it counts, in other words)
                fits.setdefault(k, []).append(q)
        claimed: dict[int, int] = {}
        for qs in fits.values():
            for q in qs:
                claimed[q.index] = claimed.get(q.index, 0) + 1
        for k, qs in sorted(fits.items()):
            c = columns[k][2]
            if len(qs) == 1 and claimed[qs[0].index] == 1:
                pick = qs[0]
            else:  # open which is meant: read only the one printing the cell's value
                same = [q for q in qs if _equal(q, c)]
                if len(same) != 1:
                    continue
                pick = same[0]
            out.append(Relation("equal", "equal.table_total", {"values": [pick, c]}))
    return out
