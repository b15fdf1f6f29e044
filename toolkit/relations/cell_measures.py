"""What a table cell counts, read from its row and column, for the families that pair a prose figure
with the cell restating it (``restated``, ``equalities._repeated_metrics``).

A prose figure restates a cell only when both name one measure in one unit:
- a cell in a row or column of money ("依申请公开信息收取的费用|万元|0", "本年收费金额") is no count
  of items ("收到依申请公开12件");
- the prose's words may go on past the row's name to a noun of their own ("行政许可信息218条": items
  of information published about permits) that neither the row ("行政许可") nor its column
  ("本年处理决定数量": decisions) names: the prose counts another thing of that name;
- of several cells of one table that share words with the prose figure, the one named most fully
  ("主动公开政府信息数") is its restatement; the others are narrower ("政府网站公开政府信息数": one
  channel), and two named alike are no reading;
- a prose figure of one measure of a row's name ("第一产业增加值") restates no cell of another measure
  of that name (the investment table's "第一产业 | 48.6" under "投资额"): ``other_measure``.
"""

from __future__ import annotations

import re
from functools import cache

from ..quantities import Quantity
from ..tables import Table
from .structure import _Doc, _overlap, _paragraph_start
from .vocab import read_entries

_MONEY = re.compile(r"元|金额|费用|经费|资金|收费|款")
# words after a name that count what the name counts (件, 案件, 数量): no noun of their own
_TAIL_GENERIC = re.compile(r"案件|数量|总数|总量|合计|总计|的|[件次起宗个条数]")
_MIN_RUN = 4
_RULE = re.compile(r"[-:—\s]*")


def column_heads(tables: list[Table]) -> dict[int, str]:
    """Each table figure's column header (the nearest header row above it with as many cells as its
    row; "" when none lines up), by the figure's index."""
    out: dict[int, str] = {}
    for t in tables:
        header = None
        for row in t.rows:
            if row.is_header:
                if not all(_RULE.fullmatch(c.text) for c in row.cells):
                    header = row  # (not Markdown's "| --- | --- |" line under the header)
                continue
            for j, c in enumerate(row.cells):
                q = c.quantity or c.fall  # (a fall printed "-19.7" is named like any cell)
                if q is not None:
                    lined = header is not None and len(header.cells) == len(row.cells)
                    out[q.index] = header.cells[j].text if lined else ""  # type: ignore[union-attr]
    return out


_NAME_NOISE = re.compile(r"[\s|:：]+")
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_ORDINAL = re.compile(r"\d{1,3}\.?")  # a row number ("1", "12.")


def cell_names(tables: list[Table]) -> dict[int, str]:
    """What names each table figure for the auditor: its row's label and its column's header
    ("税收收入" + "执行数"), by the figure's index. A cell whose row has no label of words, or whose
    column no header lines up with, is named by what there is (the text before it names nothing)."""
    heads = column_heads(tables)
    out: dict[int, str] = {}
    for t in tables:
        for row in t.rows:
            # (the first cell of words before the row's figures: "序号|类别|…" rows open with a number)
            first = next((c for c in row.cells if c.text and (c.quantity is not None or _WORDS.search(c.text))), None)
            label = "" if first is None or first.quantity is not None else first.text
            if first is not None and first.quantity is not None and _ORDINAL.fullmatch(first.text):
                after = next((c for c in row.cells[row.cells.index(first) + 1:] if c.text), None)
                label = after.text if after is not None and after.quantity is None and _WORDS.search(after.text) else ""
            for c in row.cells:
                q = c.quantity or c.fall
                if q is not None:
                    name = _NAME_NOISE.sub("", label + heads.get(q.index, ""))
                    if name:
                        out[q.index] = name
    return out


def table_of(tables: list[Table]) -> dict[int, int]:
    """The table (its position in ``tables``) each table figure sits in, by the figure's index."""
    return {c.quantity.index: n for n, t in enumerate(tables) for r in t.rows for c in r.cells
            if c.quantity is not None}


def money_cell(d: _Doc, cell: Quantity, head: str = "") -> bool:
    """Does the cell's row (its line) or its column header name money (元, 费用, 金额)?"""
    line_start = d.s.rfind("\n", 0, cell.start) + 1
    line_end = d.s.find("\n", cell.end)
    line = d.s[line_start : len(d.s) if line_end < 0 else line_end]
    return cell.is_money or bool(_MONEY.search(line)) or bool(_MONEY.search(head))


def unit_disagrees(d: _Doc, prose: Quantity, cell: Quantity, head: str = "") -> bool:
    """A count of the prose ("12件") against a cell of money. (An amount of the prose against a bare
    cell is left to the callers: the table's unit may be printed in its caption.)"""
    return not prose.is_money and money_cell(d, cell, head)


def counts_another_thing(words: str, label: str, column: str) -> bool:
    """Do the prose figure's words go on, past their longest run shared with the row's name, to a
    noun (two characters or more, not a generic 件/数量/的) that neither the row's name nor its
    column's header names?"""
    run = _overlap(words, label)
    if run < _MIN_RUN:
        return False
    shared = next(label[i : i + run] for i in range(len(label) - run + 1) if label[i : i + run] in words)
    tail = _TAIL_GENERIC.sub("", words[words.find(shared) + run :])
    return len(tail) >= 2 and _overlap(tail, label + column) < 2


@cache
def _measures() -> tuple[tuple[str, re.Pattern], ...]:
    """catalog/measures.yaml: the measures a row's name is crossed with, each with its words."""
    return tuple(read_entries("measures.yaml", "measures", lambda e: (str(e["id"]), re.compile(str(e["words"])))))


def measures_named(text: str) -> frozenset[str]:
    """The measures (catalog/measures.yaml) the words name."""
    return frozenset(m for m, words in _measures() if words.search(text))


def other_measure(prose_words: str, cell_words: str) -> bool:
    """Do the prose figure's words and the cell's (its row's name and column's header) each name a
    measure, and no measure in common? ("第一产业增加值" against "第一产业" under "投资额（亿元）")
    A cell whose row and column name no measure ("绝对数", "2023年") may restate any."""
    prose, cell = measures_named(prose_words), measures_named(cell_words)
    return bool(prose) and bool(cell) and not prose & cell


# a period a column heads or a paragraph names: "1-11月", "11月", "11月份"
_PERIOD = re.compile(r"(?<![\d\-—~至])(\d{1,2}\s*[-—~至]\s*)?\d{1,2}月(?:份)?")


def _period_key(text: str) -> str:
    return re.sub(r"\s|份$", "", re.sub(r"[—~至]", "-", text))


def cell_of_period(d: _Doc, prose: Quantity, cell: Quantity | None, alts: list[Quantity],
                   heads: dict[int, str]) -> tuple[Quantity | None, list[Quantity]]:
    """"1-11月,…其中税收收入171,746万元" restating a row "税收收入|13,284|158,462|171,476" under "11月|1-10月|
    1-11月": of the row's cells (``cell`` and the others, ``alts``), the one whose column heads the last
    period the prose figure's paragraph names before it comes first (unchanged: no period named, not
    exactly one column of it, or no prose figure beside a cell)."""
    if cell is None or prose.in_table or not alts:
        return cell, alts
    before = list(_PERIOD.finditer(d.s, d.last_before("\n", prose.start) + 1, prose.start))
    if not before:
        return cell, alts
    want = _period_key(before[-1].group(0))
    hits = [c for c in [cell, *alts]
            if (m := _PERIOD.fullmatch(heads.get(c.index, "").strip())) and _period_key(m.group(0)) == want]
    if len(hits) != 1 or hits[0] is cell:
        return cell, alts
    return hits[0], [cell, *(a for a in alts if a is not hits[0])]


# a heading over a table naming one body ("二、县政府办公室收到和处理政府信息公开申请情况"): the table is its
_BODY_HEADING = re.compile(r"(?m)^[ \t#*]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                           r"(?P<body>[\u4e00-\u9fff]{1,10}?(?:办公室|人民政府|局|委员会|中心|街道办事处))"
                           r"(?=[\u4e00-\u9fff]{0,4}(?:收到|主动|办理|受理|政府信息|行政复议))")
# words naming every body of a place, wider than one ("全县各级行政机关", "全市")
_WIDE = re.compile(r"全[省市县区州旗]|各级(?:各类)?行政机关")
_HEADING_REACH = 3000  # characters back from a cell to the heading of its section
# (cheap: no caption, no walk back; a caption unnumbered ends its line with 情况/统计/汇总/一览)
_BODY_CAPTION_GATE = re.compile(r"表\s*[0-9一二三四五六七八九十]|(?:办公室|人民政府|局|委员会|中心|街道办事处)[\u4e00-\u9fff]{0,20}(?:情况|统计|汇总|一览)[ \t]*\n")


# a table's caption naming one body ("表1 市政府办公室2023年行政执法情况", "附表2：县司法局行政复议案件统计"):
# the caption titles its own table alone, so a prose figure before or after the table may be set against it
_BODY_CAPTION = re.compile(r"^[ \t#*]*附?表\s*[0-9一二三四五六七八九十]{1,3}\s*[:：.、．]?\s*"
                           r"(?P<body>[\u4e00-\u9fff]{1,10}?(?:办公室|人民政府|局|委员会|中心|街道办事处))"
                           r"(?=[\u4e00-\u9fff\d年度]{0,20}(?:情况|统计|汇总|一览)?)")
# the same caption unnumbered, a short line of its own ("区政务服务中心各窗口受理情况" over a table, under
# "全区共受理政务服务事项…": the centre's windows are part of the district's count)
_BODY_LINE = re.compile(r"^[ \t#*]*(?!各)(?P<body>[\u4e00-\u9fff]{1,10}?(?:办公室|人民政府|局|委员会|中心|街道办事处))"
                        r"[\u4e00-\u9fff\d年度]{0,20}(?:情况|统计|汇总|一览)[ \t*]*$")
_CAPTION_LINES = 3  # non-table lines above a table where its caption may stand (a "单位：件" line between)


def _caption_body(d: _Doc, cell: Quantity) -> re.Match | None:
    """The caption above ``cell``'s table naming one body, None when it names none (the lines of the
    table are walked back from the cell's; the caption is among the few lines right above them)."""
    def answer(q: Quantity) -> re.Match | None:
        start = d.s.rfind("\n", 0, q.start) + 1
        while start > 0:  # (back over the table's lines: each holds a "|")
            prev = d.s.rfind("\n", 0, start - 1) + 1
            if "|" not in d.s[prev : start]:
                break
            start = prev
        seen = 0
        while start > 0 and seen < _CAPTION_LINES:
            prev = d.s.rfind("\n", 0, start - 1) + 1
            line = d.s[prev : start - 1]
            start = prev
            if not line.strip():
                continue
            seen += 1
            if m := _BODY_CAPTION.match(line) or _BODY_LINE.match(line):
                return m
        return None
    return d.per_figure("caption_body", cell, answer)


def of_another_body(d: _Doc, prose: Quantity, cell: Quantity) -> bool:
    """Is ``cell`` in a section whose heading names one body (its office, one bureau), or in a table
    whose caption names one, while the prose figure is of the whole place -- a 全县/全市 before it in
    its paragraph, the body not named after that ("全县共收到申请312件" is no restatement of the
    县政府办公室's table)? A heading's section runs on below the table, so only a prose figure before it
    is read against a heading; a caption titles its table alone, so one after it is read too."""
    if prose.in_table or not cell.in_table:
        return False
    heading = _caption_body(d, cell) if _BODY_CAPTION_GATE.search(d.s) else None
    if heading is None:
        if prose.start > cell.start:
            return False
        # (the last heading before the cell: its section's)
        heading = next(reversed(list(_BODY_HEADING.finditer(d.s, max(0, cell.start - _HEADING_REACH), cell.start))),
                       None)
    if heading is None or _WIDE.search(heading.group("body")):
        return False
    para = d.s[_paragraph_start(d, prose.start) : prose.start]
    wide = [m.end() for m in _WIDE.finditer(para)]
    # (the body as the subject of a sentence after the 全县 -- not an item of its list, "其中县政府办公室42件")
    said = [m.start() for m in re.finditer(re.escape(heading.group("body")), para)
            if not para[: m.start()].rstrip(" \t*#\u3000") or para[: m.start()].rstrip(" \t*#\u3000")[-1] in "。;；:：\n"]
    return bool(wide) and (not said or said[-1] < wide[-1])
