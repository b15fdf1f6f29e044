"""A prose figure restating a cell of an indicator table with a column per period: "指标|单位|8月|1-7月|
1-8月|1-8月同比增长(%)" over "公路客运量|万人次|86.4|542.8|629.2|5.3", then "1-8月,全市完成公路客运量
629.2万人次": the row is the one the figure's words name, the column the one of the period its sentence
names. Monthly and quarterly bulletins print their indicators so and state them again in the analysis.

Read narrowly, since a failing pair says a misprint:
* the figure's own words end with the row's name (规上 for 规模以上; "事故" for a row "事故起数(起)" of a
  figure in 起), and the words before the name are frame words (全市, 累计, 完成) or the caption's or the
  title's ("累计发生道路交通事故" under a report of 道路交通安全);
* the period is the one its own clause names ("8月公路客运量…"), else the one the sentence opens with
  ("1-8月,全市…;城市公交客运量…"), else, when the sentence names none, the one its paragraph names
  before it, else, the paragraph naming none, the report's own (its title's);
  it is the span of one column exactly (``period_columns.months_span``: "1-3月" is 一季度);
* the figure is in the row's unit (its 单位 cell, or the unit its label or the column's header prints),
  not a change, a previous level, a comparison or a part (其中 before it in its piece of the sentence,
  but for "其中税收收入…": a row of the table named right after it);
* one row for the figure; figures printed to other decimals than the cell pair only when they agree.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation
from .period_columns import months_span
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .table_bases import in_header_unit

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_UNIT_ASIDE = re.compile(r"[(（]\s*(?:单位[:：]\s*)?((?:万|亿)?[\u4e00-\u9fff]{1,4})\s*[)）]")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4}
# periods as the prose names them: a range of months, a month, a quarter, a half
_PERIOD = re.compile(r"(?P<a>\d{1,2})\s*[-—~至]\s*(?P<b>\d{1,2})月份?"
                     r"|(?<![\d\-—~至])(?P<m>\d{1,2})月份?(?![末底初中旬]|\d{1,2}[日号])"
                     r"|(?<!前)第?(?P<q>[一二三四])季度(?![末])"
                     r"|(?P<named>上半年|下半年|前三季度)")
# words that put the figure beside another time or another figure: no restatement of this period's cell
_COMPARED = re.compile(r"比|较|同期|同月|上年|去年|上月|环比|同比")
_YEAR = re.compile(r"(?:19|20)\d\d(?=年)")
_FRAME = re.compile(r"其中|全[市区县省州盟旗镇乡]|本[市区县]|累计|共计|合计|总计|共|完成|实现|发生|达到|达|为|当月|本月|全年")
_ABBREVIATIONS = (("规模以上", "规上"), ("限额以上", "限上"))
_NAMED = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9)}
_REACH = 3000  # prose before and after a table read for it (linear in the report)


def _prose_spans(text: str) -> list[tuple[int, int]]:
    """The months each period the text names spans, in order."""
    out = []
    for m in _PERIOD.finditer(text):
        if m.group("a"):
            a, b = int(m.group("a")), int(m.group("b"))
            if 1 <= a < b <= 12:
                out.append((a, b))
        elif m.group("m"):
            n = int(m.group("m"))
            if 1 <= n <= 12:
                out.append((n, n))
        elif m.group("q"):
            k = _CN[m.group("q")]
            out.append((3 * k - 2, 3 * k))
        else:
            out.append(_NAMED[m.group("named")])
    return out


# a total's or a remainder's label names no measure: "合计977件" is any list's sum, not the 合计 row's
_GENERIC_NAME = re.compile(r"^(?:合计|总计|小计|共计|累计|总数|总量|其他|其它|全部|本月|当月)$")


def _names(label: str, unit: str) -> list[str]:
    """The names a row goes by: its label's words, abbreviated, and for a count of events ("事故起数"
    of 起) the events alone."""
    name = _NOT_CJK.sub("", _ASIDE.sub("", label))
    if _GENERIC_NAME.match(name):
        return []
    out = [name] + [name.replace(a, b) for a, b in _ABBREVIATIONS if a in name]
    count = unit[-1:] + "数" if unit else ""
    if count and name.endswith(count) and len(name) - len(count) >= 2:
        out.append(name[: -len(count)])
    return out


def _row_unit(row: Row, unit_col: int | None, head: str) -> str:
    if unit_col is not None and unit_col < len(row.cells):
        u = _NOT_CJK.sub("", row.cells[unit_col].text)
        if u:
            return u
    for text in (row.head, head):
        if (m := _UNIT_ASIDE.search(text)) is not None:
            return m.group(1)
    return ""


# (the months a cell is of, the names its measure goes by, its unit, the cell)
_Entry = tuple[tuple[int, int], list[str], str, Quantity]


def _entries(t: Table) -> list[_Entry]:
    """The cells of a table with a column per period (indicators by row) or a row per period (measures
    by column: "月份|生猪出栏(万头)|…" over "3月|4.30|…"), each with its period, names and unit."""
    headers = [r for r in t.rows if r.is_header and not set("".join(c.text for c in r.cells)) <= set("-: ")]
    if len(headers) != 1:
        return []
    header = headers[0]
    rows = [r for r in t.rows if not r.is_header and len(r.cells) == len(header.cells) and r.cells[0].quantity is None]
    spans = {j: s for j, c in enumerate(header.cells) if j and (s := months_span(c.text)) is not None}
    out: list[_Entry] = []
    if spans:
        if len(set(spans.values())) != len(spans):
            return []  # (two columns of one period: two measures, or this year's and last)
        unit_col = next((j for j, c in enumerate(header.cells) if _UNIT_HEAD.match(c.text.strip())), None)
        for row in rows:
            for j, span in spans.items():
                unit = _row_unit(row, unit_col, header.cells[j].text)
                if (c := row.cells[j].quantity) is not None and unit:
                    out.append((span, _names(row.head, unit), unit, c))
        return out
    periods = [(s, r) for r in rows if (s := months_span(r.head)) is not None]
    if len(periods) < 2 or len({s for s, _ in periods}) != len(periods):
        return []
    for j, cell in enumerate(header.cells):
        if not j or (m := _UNIT_ASIDE.search(cell.text)) is None:
            continue  # (a column printing no unit: the prose figure's cannot be told to be its)
        unit = m.group(1)
        for span, row in periods:
            if (c := row.cells[j].quantity) is not None:
                out.append((span, _names(cell.text, unit), unit, c))
    return out


def period_cells(d: _Doc, tables: list[Table], done: list[Relation]) -> list[Relation]:
    """Prose figures restating a cell of a table at their period (module doc)."""
    if not tables:
        return []
    # (a figure another family already pairs with a cell keeps that pairing)
    tied = {q.index for r in done if r.kind == "equal" and any(v.in_table for v in r.quantities())
            for q in r.quantities()}
    first = d.s.find("\n", d.s.find("\n") + 1)  # the title: the report's first lines (a date's day 日 is no month)
    own = _prose_spans(d.s[: max(first, 0)])
    own_span = own[0] if len(set(own)) == 1 else None
    found: dict[int, list[Relation]] = {}
    for t in tables:
        entries = _entries(t)
        if not entries:
            continue
        words_of = _NOT_CJK.sub("", (t.caption or "") + d.s[: max(first, 0)])
        years = set(_YEAR.findall((t.caption or "") + d.s[: max(first, 0)]))
        near = d.in_range(max(0, t.rows[0].start - _REACH), t.rows[-1].start + _REACH)
        for q in near:
            if q.in_table or q.is_percent or q.index in tied or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q):
                continue
            rel = _restating(d, q, entries, own_span, words_of, years)
            if rel is not None:
                found.setdefault(q.index, []).append(rel)
    # (two tables with a row of that name and period -- the city's and a district's: which is open)
    return [rels[0] for rels in found.values() if len(rels) == 1]


def _period_of(d: _Doc, q: Quantity, clause: str, own_span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The period a figure is of: its clause's, else its sentence's opening one, else its paragraph's
    (every period named in it before the figure being one), else, naming none, the report's."""
    named = _prose_spans(clause)
    if named:
        return named[-1]
    before = d.s[q.sentence[0] : q.start]
    if not _prose_spans(before):
        # ("上半年全区新增就业6,558人;其中二季度新增3,712人。失业人员再就业1,980人": the paragraph's
        # periods, two of them here, not the title's 二季度)
        para = set(_prose_spans(d.s[d.s.rfind("\n", 0, q.start) + 1 : q.sentence[0]]))
        return own_span if not para else (para.pop() if len(para) == 1 else None)
    lead = d.in_range(q.sentence[0], q.start)
    head = d.s[q.sentence[0] : lead[0].start] if lead else before
    opened = _prose_spans(head)
    # (periods named between the opening and the figure may be compared ones: "增速比1-7月(4.9%)…")
    return opened[0] if len(opened) == 1 and len(_prose_spans(before)) == 1 else None


def _restating(d: _Doc, q: Quantity, entries: list[_Entry], own_span: tuple[int, int] | None,
               caption: str, years: set[str]) -> Relation | None:
    named_by = q
    if d.in_parentheses(q):
        # "一般公共预算收入6.82亿元(68,215万元)": the figure again in another unit, named as the one before
        prev = d.qs[q.index - 1] if q.index else None
        if prev is None or prev.in_table or not re.fullmatch(r"\s*[(（]\s*", d.s[prev.end : q.start]):
            return None
        named_by = prev
    clause = _ASIDE.sub("", d.clause(named_by))
    if _COMPARED.search(clause):
        return None  # (another time)
    lead = d.in_range(named_by.sentence[0], named_by.start)
    head = _ASIDE.sub("", d.s[named_by.sentence[0] : lead[0].start if lead else named_by.start])
    if _COMPARED.search(head) or any(y not in years for y in _YEAR.findall(head + clause)):
        return None  # (the sentence opens with another time: "2023年同期,全市完成…", "2023年1-8月,…")
    if "其中" in d.s[d.last_before(";。", named_by.start) + 1 : named_by.start] \
            and not _NOT_CJK.sub("", clause).startswith("其中"):
        return None  # (a part named before: "其中发生较大事故1起、死亡3人"; "其中税收收入…" names its row)
    period = _period_of(d, named_by, clause, own_span)
    if period is None:
        return None
    words = _NOT_CJK.sub("", _PERIOD.sub("", clause))
    found: list[tuple[int, str, Quantity]] = []
    for span, names, unit, c in entries:
        if span != period:
            continue
        for name in names:
            if len(name) >= 2 and words.endswith(name):
                rest = _FRAME.sub("", words[: -len(name)])
                if not rest or rest in caption:
                    found.append((len(name), unit, c))
                break
    if not found:
        return None
    best = max(n for n, _, _ in found)
    top = [(unit, c) for n, unit, c in found if n == best]
    if len(top) != 1:
        return None
    unit, c = top[0]
    if c.is_percent:
        return None
    cell = in_header_unit(c, f"({unit})")
    if cell.unit != q.unit or q.qualifier is not None:
        return None
    if q.decimals != c.decimals and q.value != cell.value:
        return None  # (printed to other places: a rounding, which equal values alone confirm)
    return Relation("equal", "equal.restated_table", {"values": [q, cell]})
