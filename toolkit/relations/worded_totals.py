"""A table's total-row cell restated in the prose in words of its own ("全年查处各类交通运输违法行为2,318件"
beside "|季度|查处违法行为(件)|…|全年|2,318|"; "受理群众诉求12.68万件" beside "|街道|诉求量(件)|…|合计|126,800|";
"发现问题73个" beside a column 发现问题(个)): the two state one whole, so they must agree.

``table_totals`` pairs a total cell with a prose figure whose own words hold the column's measure
whole and in order, a few characters apart, and rejects a figure at the first doubt. Reports name
the measure with more words between ("查处各类交通运输违法行为"), its noun alone ("诉求" for 诉求量), or
only the object the table classifies, its caption or its one column in the figure's unit. Here each
prose figure near the table (left unpaired by the readings before) is given the one column whose
header its words name best, by this scale:

* named: the column's measure (less a closing 量/数: 诉求量 is 诉求) read in order in the figure's
  clause, some words between, or three characters of it in one run -- and nothing before it but
  frame words (共, 全年, 各类) or the caption's, nor a sign that the table counts another set (a
  caption naming a part, one level, another object than the prose; a section between and a short
  measure): the pairing is sure and any difference is a misprint (it fails);
* shared: two characters of the measure in one run, or -- for the table's only column in the
  figure's unit -- two characters shared with the caption or the object of the first header: the
  pairing is taken only when the figures confirm it, equal or one misprint apart
  (``table_totals._confirmed``), so that a misprinted digit still fails and two unrelated counts
  never pair.

One column for the figure (two columns named as well: nothing), one figure for the column (of
several, the one stated as the whole, 共/合计, or nothing); no figure of another time, another
period than the caption's, a narrower set (其中, 本级, 街道), a row's item, a change or an aside.
"""

from __future__ import annotations

import re

from ..quantities import MONEY_UNITS, Quantity
from ..tables import Row, Table
from .model import Relation, compatible
from .named_rates import _own_share
from .restated_units import in_prose_unit
from .roles import is_delta, is_per_n, is_previous, is_rank
from .structure import _Doc, _overlap
from .table_intros import _vocabulary as _intro_vocabulary
from .table_totals import (
    _CARRIED_IN,
    _TOP_HEADING,
    _base_names,
    _caption_object_unnamed,
    _caption_one_level,
    _caption_selects,
    _columns,
    _confirmed,
    _figure_words,
    _joins_columns,
    _lead_in,
    _names_another_object,
    _own_period,
    _piece,
    _reference,
    _vocabulary,
    in_order,
    paragraphs_between,
    table_reach,
)

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_NAMED, _SHARED = 2, 1
_GAP = 8  # words between two characters of a measure read in order ("查处…违法行为")
# a measure's closing words, which the prose leaves out ("诉求量", "事故起数", "营造林面积" -> 诉求, 事故, 营造林)
_CLOSING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:面积|金额|数量|总量|总额|总数|[件人起户家次个项]?[量数])$")
_OBJECT_WORDS = re.compile(r"类别|类型|级别|名称|分类|层级|种类|项目|情况|如下|下表|见|分|按|各|统计|[^\u4e00-\u9fff]")
_BARE_COUNT = re.compile(r"^([件人起户家次所宗个项])数$")  # "件数", "起数": counted in 件, 起
_PEOPLE = frozenset("人名位")
_PARTS_OPENED = re.compile(r"其中")  # (in the figure's piece of its sentence, before it)
_OTHER_SET = 4  # characters of a qualifier inside a measure's words that make another set (table_totals' _WIDE_GAP)
_SHORT = 24  # a caption's characters at most: longer, or with figures, it is the paragraph above the table


def _core(measure: str, unit: str) -> str:
    """The measure's words that the prose names it by ("诉求量" -> 诉求; "检查家次" in 家次 -> 检查)."""
    if unit and measure.endswith(unit) and len(measure) - len(unit) >= 2:
        measure = measure[: -len(unit)]
    return _CLOSING.sub("", measure)


def _level(core: str, words: str) -> tuple[int, int, int, int]:
    """How a figure's words name a measure: (``_NAMED``/``_SHARED``/0, the longest run shared, where
    the measure starts in the words and where it ends). A stage's header is named by the stage's
    other words too ("结案" by 审结, 执结: ``table_intros.stages``), as shared words."""
    if len(core) < 2:
        return 0, 0, -1, -1
    if _JOINED.search(core):
        end = words.find(core)  # (named whole, or not at all)
        return (_NAMED, len(core), end, end + len(core)) if end >= 0 else (0, 0, -1, -1)
    stage = _intro_vocabulary()["stages"].get(core)
    if stage is not None and (m := stage.search(words)):
        # (another word of the stage may count another body's work -- 审结 of cases beside a hotline's
        # 办结量: shared words only, which the figures must confirm)
        return (_NAMED if m.group(0) == core else _SHARED), m.end() - m.start(), m.start(), m.end()
    run = _overlap(words, core)
    end = in_order(core, words, _GAP)
    if end >= 0:
        return _NAMED, run, _start(core, words, end), end + 1
    at = next((i for i in range(len(words)) if words[i : i + run] in core), -1) if run >= 2 else -1
    return (_NAMED if run >= 3 else _SHARED if run >= 2 else 0), run, at, at + run


def stage_told_apart(d: _Doc, q: Quantity, core: str, said: str) -> bool:
    """Do the figure's parts after it (其中…) name the column's stage by another of its words than the
    figure's own ("收到申请76件,其中受理67件" under a column 收案)? The prose tells the two apart: the
    figure is the wider set, the later one the stage's."""
    stage = _intro_vocabulary()["stages"].get(core)
    parts = d.s.find("其中", q.end, q.sentence[1])  # (its own parts only: a later clause may be another subject's)
    if stage is None or not said or parts < 0:
        return False
    return any(m.group(0) != said for m in stage.finditer(d.s, parts, q.sentence[1]))


def _start(core: str, words: str, end: int) -> int:
    """Where the measure read in order up to ``end`` starts (its first character's last place before
    the rest)."""
    at = words.rfind(core[0], 0, end + 1)
    while at > 0 and in_order(core, words[at:], _GAP) < 0:
        at = words.rfind(core[0], 0, at)
    return max(at, 0)


def _pair(q: Quantity, units: list[str], c: Quantity) -> tuple[Quantity, Quantity] | None:
    """The (prose, cell) pair compared when the figure may be counted in one of the column's units
    (a header may print two: "接收数量(卷、件)"), else None."""
    for unit in units or [""]:
        if (pair := _in_unit(q, unit, c)) is not None:
            return pair
    return None


def _in_unit(q: Quantity, unit: str, c: Quantity) -> tuple[Quantity, Quantity] | None:
    if q.is_percent or c.is_percent or unit == "%":
        return None  # (a rate or a share of a total row: read by table_totals alone)
    if q.is_money or c.is_money or unit in MONEY_UNITS:
        if not q.is_money or not (unit in MONEY_UNITS or c.is_money):
            return None
        return (q, c) if not unit or q.unit == unit else in_prose_unit(q, c, unit)
    if not unit:
        return (q, c) if q.unit and not q.is_money and (not c.unit or compatible(q, c)) else None
    if q.unit == unit or (q.unit in _PEOPLE and unit in _PEOPLE):
        return q, c  # (a header's unit is the counter itself: 条 is no 项, though both may add up)
    return in_prose_unit(q, c, unit)


_HEAD_UNIT = re.compile(r"[(（]\s*(?:单位[:：])?\s*([^()（）]{1,4})\s*[)）]")
_CAPTION_UNIT = re.compile(r"单位[:：]\s*([\u4e00-\u9fff]{1,3})")
_EARLIER = re.compile(r"去年|前年|同期|累计|比|增|减|率|占")  # a column of another time, or no level
_PREVIOUS = re.compile(r"^上|上年|去年|前年|同期|上[一个]?[月周季期]")
_REST = re.compile(r"^其[他它余]")  # a column of the rest ("其他"): no measure a figure's words may name
# a header joining two measures ("驳回及终止"): their sum, which a figure naming one of them is no restatement of
_JOINED = re.compile(r"[\u4e00-\u9fff](?:及|和|与|、|或|/)[\u4e00-\u9fff]")
_OWN_TIME = re.compile(r"^(?:本|当)(?:季度?|月|期|年度?|周)$")  # "本季度(件)": the report's own period, no measure


def _cells(t: Table, v: dict, opening: str, caption: str) -> tuple[Row | None, list[tuple[str, str, Quantity, str]]]:
    """The total row (as ``table_totals._columns`` finds it) and, for each of its figures, (the column's
    measure, its unit, the figure in that unit, the header): every column, a bare count ("件数") and
    the report's own time ("本季度(件)") too -- with no measure, named by the caption and the object."""
    total, named = _columns(t, v, opening)
    header = next((r for r in t.rows if r.is_header and not set(r.head) <= set("-:|")), None)
    if total is None or header is None:
        return None, []
    measures = {id(c): (m, u) for m, u, c in named}
    scaled = {c.index: c for _, _, c in named}
    year = re.search(r"((?:19|20)\d\d)年", opening)
    out = []
    for j, c in total.numbers:
        if j == 0 or j >= len(header.cells):
            continue
        head = header.cells[j].text
        c = scaled.get(c.index, c)
        bare = _NOT_CJK.sub("", _ASIDE.sub("", head))
        if _PREVIOUS.search(bare) or _REST.match(bare):
            continue  # "上季度(件)", "上年执行数": another time's column; "其他": the rest, no measure
        if id(c) in measures and not _OWN_TIME.match(measures[id(c)][0]):
            out.append((measures[id(c)][0], _units(head, caption, bare, c), c, head))
            continue
        if _EARLIER.search(bare) or (re.search(r"\d{4}", head) and not (year and year.group(1) in head)):
            continue  # "上季度(件)", "2023年": another time's column; a change, a rate, a share
        out.append(("", _units(head, caption, bare, c), c, head))
    return total, out


def _units(head: str, caption: str, bare: str, c: Quantity) -> list[str]:
    """The units a column counts in: the header's last bracket ("检查车辆(船舶)(辆次)": 辆次), each of
    several ("卷、件"), a bare count's ("件数": 件), the caption's 单位; a cell read in 万 its own."""
    if c.unit and not c.is_money:
        return [c.unit]  # ("营造林面积(万亩)": read in 亩)
    found = _HEAD_UNIT.findall(head)
    if found:
        return [u.strip() for u in re.split(r"[、/,，]", found[-1]) if u.strip()]
    m = _BARE_COUNT.match(bare) or _CAPTION_UNIT.search(caption)
    return [m.group(1)] if m else []


def _agrees(q: Quantity, c: Quantity, pair: tuple[Quantity, Quantity]) -> bool:
    """Do a prose figure and a cell agree (the cell within the prose's rounding) or stand one misprint
    apart (``table_totals._confirmed``)?"""
    p, cell = pair
    return (p.low <= cell.value <= p.high and cell.exact) or _confirmed(q, c, pair if (p, cell) != (q, c) else None)


def _head_measure(head: str, caption: str, v: dict, opening: str) -> tuple[str, list[str]] | None:
    """A column's measure ("" for the report's own time, "本季度") and units, read from its header alone;
    None for another time's column, a change, a rate or a share."""
    bare = _NOT_CJK.sub("", _ASIDE.sub("", head))
    year = re.search(r"((?:19|20)\d\d)年", opening)
    if _PREVIOUS.search(bare) or _EARLIER.search(bare) or _REST.match(bare) or "%" in head or "％" in head \
            or (re.search(r"\d{4}", head) and not (year and year.group(1) in head)):
        return None
    measure = v["generic"].sub("", bare)
    if len(measure) < 2:
        measure = re.sub(r"数$", "", bare)
    if _OWN_TIME.match(measure) or v["time"].search(measure):
        measure = ""
    found = _HEAD_UNIT.findall(head)
    m = _BARE_COUNT.match(bare) or _CAPTION_UNIT.search(caption)
    units = [u.strip() for u in re.split(r"[、/,，]", found[-1]) if u.strip()] if found else [m.group(1)] if m else []
    return measure, units


def worded_totals(d: _Doc, tables: list[Table], done: list[Relation]) -> list[Relation]:
    """Each total-row cell with the one prose figure near its table that names its column best (see
    the module doc)."""
    if not tables or not d.qs:
        return []
    v = _vocabulary()
    tied = {q.index for r in done for q in r.quantities()}
    opening = d.s[: d.qs[0].start]
    picks: dict[int, list[Relation]] = {}  # prose figure -> its pairings (one table's only)
    for t in tables:
        for q, rel in _table_pairs(d, t, v, opening, tied):
            picks.setdefault(q.index, []).append(rel)
    return [rels[0] for rels in picks.values() if len(rels) == 1]


def _near(d: _Doc, t: Table) -> tuple[list[Quantity], int]:
    """The prose figures near a table (``table_totals``'s reach before it, the paragraph after it) and
    where the table ends."""
    qs, end = table_reach(d, t)
    return [q for q in qs if not q.in_table and q.value > 0], end


def _table_pairs(d: _Doc, t: Table, v: dict, opening: str, tied: set[int]) -> list[tuple[Quantity, Relation]]:
    caption_at = d.s.rfind("\n", 0, max(0, t.rows[0].start - 1))
    line = t.caption or d.s[caption_at + 1 : t.rows[0].start]
    total, cells = _cells(t, v, opening, line)
    header = next((r for r in t.rows if r.is_header and not set(r.head) <= set("-:|")), None)
    if total is None or header is None or not cells:
        return []
    columns = [(m, u, c) for m, u, c, _ in cells]
    title = next((line for line in opening.splitlines() if line.strip()), "")
    caption = _NOT_CJK.sub("", line)
    titled = len(caption) <= _SHORT and not re.search(r"\d", line)  # (else the paragraph above the table)
    timed = v["period"].search(caption)
    obj = _OBJECT_WORDS.sub("", _NOT_CJK.sub("", _ASIDE.sub("", header.cells[0].text))) if header.cells else ""
    headers = _NOT_CJK.sub("", "".join(c.text for r in t.rows if r.is_header for c in r.cells))
    framed = v["frame"].sub("", caption)
    others = "".join(m for m, _, _ in columns)
    items = [w for r in t.rows if r is not total and not r.is_header
             and len(w := _NOT_CJK.sub("", _ASIDE.sub("", r.head))) >= 2]
    near, end = _near(d, t)
    whole_period = v["period"].search(total.head)  # ("1—3月": a total row of the months so far)
    claims: dict[int, list[tuple[tuple[int, int], bool, Quantity, tuple[Quantity, Quantity], bool, bool]]] = {}
    for q in near:
        if q.index in tied or q.is_percent or not any(_pair(q, unit, c) for _, unit, c in columns):
            continue  # (the cheap test first: a figure in no column's unit names none)
        if is_delta(d, q) or is_previous(d, q) or is_per_n(d, q) \
                or d.in_parentheses(q) or _reference(d, q) or is_rank(d, q):
            continue
        own = _figure_words(d, q)
        sentence = _ASIDE.sub("", d.s[q.sentence[0] : q.end])
        piece = _ASIDE.sub("", d.s[max(q.sentence[0], _piece(d, q)[0]) : q.end])
        period = v["period"].search(sentence)
        own_line = caption_at < q.start < t.rows[0].start
        if v["other_time"].search(sentence) or v["previous"].search(own) or any(w in piece for w in items) \
                or any(w in _lead_in(d, q) for w in items) \
                or (period and timed and period.group(0) != timed.group(0)) \
                or (bool(period) != bool(timed) and not (own_line and timed and not period)
                    and not (period and _own_period(period.group(0), opening[: q.sentence[0]]))):
            continue  # another time or period than the table's, or a row's own figure
        if _joins_columns(d.label(q), [m for m, _, _ in columns if m]):
            continue  # ("受理咨询、办理3,862件": both columns' figures together, neither's)
        if whole_period and not (period.group(0) == whole_period.group(0) if period
                                 else _own_period(whole_period.group(0), title)):
            continue  # "3月份…292件" beside a total row "1—3月": another period's figure
        if _PARTS_OPENED.search(piece):
            continue  # "全年审结98件,其中维持61件、…终止12件": the parts of another whole
        # (a level the title or a caption names is the table's own scope; a paragraph above the
        # table read as its caption names its figures' words, no scope)
        if any(narrow and narrow.group(0) not in title and not (narrow.group(0) in caption and titled)
               and not any(narrow.group(0) in m for m, _, _ in columns if m)
               for narrow in (v["narrower"].search(own), v["narrower_class"].search(own), v["channel"].search(own))):
            continue  # "其中城区立案…", "各类市容类违法行为": a narrower set than the column's whole
        scored = []
        units = 0
        for k, (measure, unit, c) in enumerate(columns):
            pair = _pair(q, unit, c)
            if pair is None:
                continue
            units += 1
            core = _core(measure, q.unit or "")
            # ("一般公共预算收入" names the account, never a 预算数 column: table_totals' rule)
            words = own if v["account"].search(measure) else v["account"].sub("", own)
            level, run, at, stop = _level(core, words)
            scored.append((level, run, k, pair, at, stop, words, core))
        if not scored:
            continue
        if units == 1 and scored[0][0] == 0 and titled:
            # the table's only column in the figure's unit: named by its caption's or object's words
            bare = v["generic"].sub("", v["frame"].sub("", own))
            if _overlap(bare, _OBJECT_WORDS.sub("", caption) + "|" + obj) >= 2:
                scored[0] = (_SHARED, 2, *scored[0][2:])
        best = max(scored, key=lambda s: (s[0], s[1]))
        if best[0] == 0 or sum(1 for s in scored if (s[0], s[1]) == (best[0], best[1])) > 1:
            continue  # no column named, or two named as well: which one is open
        level, run, k, pair, at, stop, own, core = best
        c = columns[k][2]
        if c.index in tied or stage_told_apart(d, q, core, own[at:stop]):
            continue
        if len(core) < 3 and paragraphs_between(d, q, t) and not _confirmed(q, c, pair if pair != (q, c) else None, slipped=False):
            continue  # a short measure a paragraph or more above the table's own: its only when equal (table_totals)
        if _own_share(d, q) and d.qs[q.index + 1].value < 100 and (
                _base_names(d.label(d.qs[q.index + 1]), columns[k][0]) or not _agrees(q, c, pair)):
            continue  # "查处交通违法行为1,426件,占全部违法行为的78.1%": a part of the whole, by its share (table_totals)
        if _CARRIED_IN.search(d.s, q.sentence[0], q.sentence[1]) and not _CARRIED_IN.search(caption + headers) \
                and not _confirmed(q, c, pair if pair != (q, c) else None):
            continue  # "办理申请420件,上年结转18件" beside a total of 438: the total may hold the carried work (table_totals)
        before = own[:at] if at > 0 else ""
        rest = v["frame"].sub("", before)
        inner = v["frame"].sub("", own[at:stop])
        inner = "".join(ch for ch in inner if ch not in core)
        whole = bool(v["whole"].search(before))
        if len(inner) >= _OTHER_SET:
            continue  # "受理消费维权举报投诉": a qualifier of four characters inside the measure names another set
        if level == _NAMED and (
                (rest and not whole and not (titled and (rest in caption or rest in framed))
                 and rest not in others)
                or len(inner) >= 2  # ("受理消费维权举报投诉": a qualifier inside the measure, another set perhaps)
                or re.search(r"(?:不予|不|未|尚未|没有|无)$", rest)
                or _names_another_object(own[stop:], caption + headers)
                or _caption_object_unnamed(caption, _NOT_CJK.sub("", sentence))
                or _caption_selects(caption, sentence)
                or (len(core) < 4 and _TOP_HEADING.search(d.s, min(q.start, total.start), max(q.start, total.start)))
                or (len(core) < 3 and q.start > end)):
            level = _SHARED  # a kind of the measure ("民办学校"), or a table that may count another set
        # (a table of one level's bodies, "各镇(街道)…情况", under a figure whose sentence names no such level:
        # the place's own offices count in the figure and in no row -- named in full only, and only when one
        # of the table's columns restates its figure exactly, table_totals' _ONE_LEVEL rule)
        scoped = _caption_one_level(caption, sentence)
        if scoped and level != _NAMED:
            continue
        claims.setdefault(k, []).append(((level, run), whole, q, pair, level == _NAMED, scoped))
    out = []
    picked = []
    for k, cands in claims.items():
        top = max(lv for lv, *_ in cands)  # (the best named: the longest run of the measure's words)
        cands = [cd for cd in cands if cd[0] == top]
        if len(cands) > 1 and len(wholes := [cd for cd in cands if cd[1]]) == 1:
            cands = wholes  # "全县共…": the one stated as the whole
        c = columns[k][2]
        if len(cands) != 1:
            continue  # named alike: which one restates the whole is open
        _, _, q, pair, sure, scoped = cands[0]
        if not sure and not _agrees(q, c, pair):
            continue  # named in shared words only: the figures must confirm the pairing
        picked.append((q, c, pair, scoped))
    # (a one-level table covers the place only when a column restates the place's figure exactly: then
    # every column named in full is checked, and a misprint fails)
    covers = any(_confirmed(q, c, pair if pair != (q, c) else None, slipped=False) for q, c, pair, scoped in picked if scoped)
    for q, _, (p, cell), scoped in picked:
        if covers or not scoped:
            out.append((q, Relation("equal", "equal.table_total", {"values": [p, cell]},
                                    qualified=q.qualifier is not None)))
    return out
