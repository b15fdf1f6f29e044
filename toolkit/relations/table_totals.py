"""A table's total row restated in the prose ("|合计|122|219.5|…" under "|违法类型|立案(件)|涉及土地
面积(亩)|…" and "立案查处122件,涉及土地面积219.5亩"): the whole of a column's measure is stated
twice, so the two must agree.

The total row is the row named as the whole (``table_totals.rows`` of ``catalog/equalities.yaml``:
合计, 总计, 全市…). Each of its cells stands for its column's measure, named by the column's
header less its unit ("涉及土地面积(亩)": 涉及土地面积, counted in 亩). A prose figure near the
table restates it when its own words name that measure (the header's characters in order, the
measure named last in its words when it names two) in the column's unit, and its sentence names
no row of the table (then it is that row's figure), no other time, no narrower set. One figure
for the column and one column for the figure; of several figures, the one whose sentence shares
the table caption's words, or nothing.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Row, Table, whole_period_row
from .misprints import slips
from .model import Relation, money_value
from .named_rates import _own_share
from .restated_units import in_prose_unit
from .roles import is_change_percent, is_delta, is_per_n, is_previous, is_rank
from .structure import _Doc, _overlap
from .table_bases import counts_in_scale, in_header_unit
from .vocab import catalog_yaml, read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_UNIT = re.compile(r"[(（]\s*(?:单位[:：])?\s*([^()（）]{1,4})\s*[)）]")
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_CLAUSE_END = re.compile(r"[,;:、。]")
_WORDS_END = re.compile(r"[,;、。(]")
_REACH = 3000
_EVERY_LEVEL = re.compile(r"各[\u4e00-\u9fff]{0,3}?(?:街道|乡镇|[省市县区镇乡]级|[省市县区]直)")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    stages = catalog_yaml("stages.yaml")
    return read_section("equalities.yaml", "table_totals", lambda v, _: {
        "rows": re.compile(f"^(?:{v['rows']})$"), "generic": re.compile(v["generic"]),
        "other_time": re.compile(v["other_time"]), "narrower": re.compile(v["narrower"]),
        "narrower_class": re.compile(v["narrower_class"]), "channel": re.compile(v["channel"]), "period": re.compile(stages["period"]), "frame": re.compile(v["frame"]), "previous": re.compile(v["previous"]),
        "time": re.compile(v["time"]), "whole": re.compile(v["whole"]), "account": re.compile(v["account"])})


_TOP_HEADING = re.compile(r"\n[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])")
_YEAR_ROW = re.compile(r"^((?:19|20)\d\d)年(?:度)?$")


def _own_period(period: str, opening: str) -> bool:
    """Is ``period`` the one the report's title names ("8月份,全区…" under "…2022年8月信访情况通报"),
    as a whole (not the end of another: "5月份" is not "1-5月")?"""
    p = re.sub(r"月份$", "月", period)
    return period in opening or re.search(rf"(?<![\d\-—~至]){re.escape(p)}", opening) is not None


_GAP = 3  # words inside a measure's name ("下发监测图斑" names 下发图斑)
_WIDE_GAP = 4  # (a qualifier of four characters: "收到行政复议申请"; "受理消费维权举报投诉" is another set)


def in_order(words: str, text: str, gap: int = _GAP) -> int:
    """Where the characters of ``words`` end in ``text``, read in order with at most ``_GAP``
    characters between two of them (-1: not there, or no words)."""
    if not words:
        return -1  # a column whose header is its unit only ("学校数" over figures in 所 -> "")
    start = text.find(words[0])
    while start >= 0:
        at = start
        for ch in words[1:]:
            nxt = text.find(ch, at + 1, at + 2 + gap)
            if nxt < 0:
                break
            at = nxt
        else:
            return at
        start = text.find(words[0], start + 1)
    return -1


def _columns(t: Table, v: dict, opening: str | None = None) -> tuple[Row | None, list[tuple[str, str, Quantity]]]:
    """The total row and, for each of its figures, (the column's measure, its unit, the figure)."""
    header = next((r for r in t.rows if r.is_header and not set(r.head) <= set("-:|")), None)
    total = [r for r in t.rows if not r.is_header and v["rows"].match(_NOT_CJK.sub("", r.head))]
    if not total and (year := whole_period_row(t)) is not None:
        total = [year]  # "全年|1,126" under its quarters' rows
    years = [(int(m.group(1)), r) for r in t.rows if (m := _YEAR_ROW.match(r.head.strip()))]
    if not total and len(years) >= 2 and opening is not None:
        # Rows of years ("2024年|21|18|…", "2023年|16|…"): the latest, when the title names it,
        # is the report's year: its row is this year's whole, as a total row is.
        latest = max(years, key=lambda yr: yr[0])
        if f"{latest[0]}年" in opening and sum(1 for y, _ in years if y == latest[0]) == 1:
            total = [latest[1]]
    if header is None or len(total) != 1 or len(total[0].cells) != len(header.cells):
        return None, []
    out = []
    for j, q in total[0].numbers:
        text = header.cells[j].text
        unit = _UNIT.search(text)
        bare = _NOT_CJK.sub("", _ASIDE.sub("", text))
        measure = v["generic"].sub("", bare)
        if len(measure) < 2:
            # "案件数": the 件 of 件数 is the noun's own (案件), not a count word: only 数 goes
            measure = re.sub(r"数$", "", bare)
        if len(measure) >= 2 and not v["time"].search(measure):  # ("本月", "累计": a time, no measure)
            if counts_in_scale(text):  # "年末就业人员(万人)": its 52.30 is 523,000人, as the prose's 52.30万人
                q = in_header_unit(q, text)
                out.append((measure, q.unit, q))
                continue
            out.append((measure, unit.group(1).strip() if unit else "", q))
    return total[0], out


def _figure_words(d: _Doc, q: Quantity) -> str:
    """The words naming the figure: its label's last clause (a figure listed right after another,
    "3.86万户、6.12万人", is named by the one before) and the words right after it."""
    lab = _ASIDE.sub("", d.label(q))
    own = _NOT_CJK.sub("", _CLAUSE_END.split(lab)[-1])
    if not own and q.index and d.qs[q.index - 1].sentence == q.sentence and lab.strip() in ("、", "和", "及", ","):
        own = _NOT_CJK.sub("", _CLAUSE_END.split(_ASIDE.sub("", d.label(d.qs[q.index - 1])))[-1])
    return own + _NOT_CJK.sub("", _WORDS_END.split(d.after(q, 12))[0])


def _shared_nouns(measures: list[str]) -> list[str]:
    """The nouns two column measures or more end with ("下发图斑", "违法图斑": 图斑): the object the
    table counts, which the prose may leave out after 的."""
    ends = {a[-n:] for i, a in enumerate(measures) for b in measures[i + 1 :]
            for n in range(2, min(len(a), len(b)))
            if a[-n:] == b[-n:] and a[-n - 1] != b[-n - 1]}
    return sorted(ends)


def _elided(own: str, nouns: list[str]) -> str:
    """A figure's words that end in 的, the noun left out ("判定为违法的358个" under the columns
    "下发图斑", "违法图斑"): the words with the table's one shared noun put back."""
    return own + nouns[0] if own.endswith("的") and len(nouns) == 1 else own


def _reference(d: _Doc, q: Quantity) -> bool:
    """"在转派的77,086件工单中,", "上述134起": a set named again (``named_again`` pairs it)."""
    lab = d.clause(q)
    return "上述" in lab or "前述" in lab or d.after(q, 16).split(",")[0].endswith("中")


# work carried in from the year before, named in a sentence apart from its new work
_CARRIED_IN = re.compile(r"(?:上年|去年|上一年|往年|以前年度)度?(?:结转|遗留|未结|积存)|结转(?:上年|去年)")
_NEGATED = re.compile(r"(?:不予|不|未|尚未|没有|无)$")  # (words right before the column's measure that negate it)


def total_row_pairs(d: _Doc, tables: list[Table], done: list[Relation]) -> list[Relation]:
    """Each total-row cell with the one prose figure near its table that states it."""
    v = _vocabulary()
    tied = {q.index for r in done for q in r.quantities()}
    out: list[Relation] = []
    # The report's own period is in its title, before its first figure ("2024年1-9月…通报").
    opening = d.s[: d.qs[0].start] if d.qs else ""
    # (a level the title names is the report's own scope, no narrower set: "关于…2022年区级决算的报告")
    title = next((line for line in opening.splitlines() if line.strip()), "")
    for t in tables:
        total, columns = _columns(t, v, opening)
        if total is None or not columns:
            continue
        items = [w for r in t.rows if r is not total and not r.is_header
                 and len(w := _NOT_CJK.sub("", _ASIDE.sub("", r.head))) >= 2]
        caption_at = d.s.rfind("\n", 0, max(0, t.rows[0].start - 1))
        caption = _NOT_CJK.sub("", t.caption or d.s[caption_at + 1 : t.rows[0].start])
        timed = v["period"].search(caption)
        framed = v["frame"].sub("", caption)  # (as the words before a figure are read: "全区医疗卫生机构")
        if (named := _caption_object(t.caption, v)):
            # the total column ("|…|合计|") counts what the caption names ("一、行政执法行为数量(单位:件)"):
            # the prose may name it so, or by 合计
            columns = columns + [(named, u, c) for m, u, c in columns if _GRAND_COLUMN.match(m)]
        others = "".join(m for m, _, _ in columns)
        headers = _NOT_CJK.sub("", "".join(c.text for r in t.rows if r.is_header for c in r.cells))
        near, end = table_reach(d, t)
        nouns = _shared_nouns([m for m, _, _ in columns])
        claims: dict[int, list[Quantity]] = {}
        kinds: set[int] = set()  # figures named as a kind of a column's measure
        wholes: set[int] = set()  # figures stated as a whole (共, 合计: "全省共查办各类案件…")
        scaled: dict[int, tuple[Quantity, Quantity]] = {}  # (prose, cell) compared in the prose's unit
        unconfirmed: set[int] = set()  # figures a table of one level's bodies does not print exactly
        for q in near:
            if q.in_table or q.index in tied or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q) \
                    or d.in_parentheses(q) or _reference(d, q) or is_rank(d, q):
                continue
            lo, hi = sorted((q.start, total.start))
            other_section = bool(_TOP_HEADING.search(d.s, lo, hi))
            own = _elided(_figure_words(d, q), nouns)
            sentence = _ASIDE.sub("", d.s[q.sentence[0] : q.end])
            period = v["period"].search(sentence)
            # (a row named in the figure's own piece of its sentence, up to ; or 。: the row's figure --
            # "…作出行政处罚14,308件,其中综合行政执法局8,634件;实施行政强制2,138件" names none for 2,138)
            piece = _ASIDE.sub("", d.s[max(q.sentence[0], _piece(d, q)[0]) : q.end])
            # (the paragraph right above a table, read as its caption, times none of its own figures
            # that name no period: "反映问题104个,截至11月底已整改88个" -- 104 is of no 截至)
            own_line = caption_at < q.start < t.rows[0].start
            if v["other_time"].search(sentence) or v["previous"].search(own) or any(w in piece for w in items) \
                    or any(w in _lead_in(d, q) for w in items) \
                    or (bool(period) != bool(timed) and not (own_line and timed and not period)
                        and not (period and _own_period(period.group(0), opening[: q.sentence[0]]))):
                continue  # another time (not the report's own period), or a row's own figure
            if not q.is_percent and _CARRIED_IN.search(d.s, q.sentence[0], q.sentence[1]) \
                    and not _CARRIED_IN.search(caption + headers) \
                    and not any(_confirmed(q, c) for _, _, c in columns):
                # "办理申请420件,上年结转18件" beside a total of 438: the table's whole may hold the work carried
                # in that the sentence names apart, so the new work alone is its figure only when they agree
                continue
            if q.is_percent and _own_base_elsewhere(d, q, [c for _, _, c in columns]):
                continue  # "全年受理诉求11.98万件,办结率95.9%": the rate of its sentence's own whole
            ends = []
            pairs: dict[int, tuple[Quantity, Quantity]] = {}
            for k, (measure, unit, c) in enumerate(columns):
                if q.is_percent != (c.is_percent or unit == "%"):
                    continue
                if unit and unit != "%" and q.unit != unit:
                    # ("罚没款6.83亿元" over a column "罚没款（万元）": one measure at two scales)
                    if (pair := in_prose_unit(q, c, unit)) is None:
                        continue
                    pairs[k] = pair
                if q.is_percent and (not measure.endswith("率") or is_change_percent(d, q)):
                    continue  # a total row's change or share (增长, 占比) is no whole; its rate is
                if measure.endswith(q.unit) and len(measure) - len(q.unit) >= 2:
                    measure = measure[: -len(q.unit)]  # "检查家次" over figures in 家次
                narrow = v["narrower"].search(_EVERY_LEVEL.sub("", own))  # (各街道: all of them)
                if narrow and narrow.group(0) not in measure and narrow.group(0) not in title:
                    continue  # "其中城区立案…": a narrower set than the column's whole
                cls = v["narrower_class"].search(own)
                if cls and not any(cls.group(0) in w for w in (measure, title, caption)):
                    continue  # "查处市政类违法行为": one class (X类) of the column's whole, not 各类
                if other_section and (len(measure) < 3 or (measure not in own and len(measure) < 4)) \
                        and not _confirmed(q, c, pairs.get(k)):
                    # across a section only a measure named in full (受理 may be of 举报, not 复议), or
                    # a verb and its noun with the noun's qualifier between (收到…申请); a short one
                    # only when the figures confirm it: an overview's "受理276件" and the 合计 of a
                    # later section's table by kind or by body ("三、按被申请人分|受理|…") are one
                    # whole when they agree, or are one misprint apart
                    continue
                if len(measure) < 3 and paragraphs_between(d, q, t) and not _confirmed(q, c, pairs.get(k), slipped=False):
                    # a short measure (审结) a paragraph or more above the table's own: another subject's
                    # perhaps ("…行政复议…本年度审结247件。\n…行政诉讼…\n表 行政应诉情况"), its only when equal
                    continue
                if len(measure) < 3 and q.start > end and not _confirmed(q, c, pairs.get(k)):
                    # a short measure (受理, 办结) after the table, which may open another subject,
                    # is the table's only when the figures confirm it: equal, or one misprint apart
                    continue
                # (a measure of a verb and its noun, "收到申请", may hold the noun's qualifier between
                # them in the prose: "收到行政复议申请")
                gap = _WIDE_GAP if len(measure) >= 4 else _GAP
                text = own if v["account"].search(measure) else v["account"].sub("", own)
                e = in_order(measure, text, gap)
                if e >= 0 and len(measure) >= 2 and measure[-1] in _BOUND_ENDS and text[e - 1] not in (measure[-2], "总"):
                    continue  # "缴存余额" over a column "缴存额": a word before the measure's bound end (余额,
                    # 存量) names another measure, no qualifier of this one (总: the whole, "供水总量")
                if e >= 0:
                    # (the measure's last start: "基本养老保险基金总收入" is 基金收入 of 基本养老保险)
                    at = own.find(measure[0])
                    while (nxt := own.find(measure[0], at + 1)) >= 0 and in_order(measure, own[nxt:], gap) >= 0:
                        at = nxt
                    if _STOCK.search(own, at) and not _STOCK.search(measure):
                        continue  # "缴存余额" is no "缴存额": a balance in the flow's words is a stock
                    ends.append((e, k, own[:at]))
            if not ends or _joins_columns(d.label(q), [m for m, _, _ in columns]):
                continue  # ("受理咨询、办理3,862件": both columns' figures together, neither's)
            last = max(e for e, _, _ in ends)
            named = [(k, before) for e, k, before in ends if e == last]
            if len(named) != 1:
                continue  # two measures end together: not told apart
            k, before = named[0]
            c = columns[k][2]
            if not _confirmed(q, c, pairs.get(k)) \
                    and (_names_another_object(own[last:], caption + headers)
                         or _caption_object_unnamed(caption, _NOT_CJK.sub("", sentence))
                         or _caption_selects(caption, sentence)):
                continue  # "全年共受理群众来电来信19,714件" over a table's 受理 of 7,253: the prose names what
                # it counts (来电来信), the table does not -- it may count a part or another thing; or the
                # caption names what the table counts (物业服务投诉) and the prose's sentence does not
            # The words before the measure: none, the whole (共, 各级各类), the caption's or another
            # column's ("违法图斑已整改到位"); else a kind of it ("民办学校32所"), and so the
            # figures listed after it in its sentence ("…32所,在校生18,265人").
            rest = v["frame"].sub("", before)
            # (a rate qualified by a measure word is that measure's rate: "金额整改率" beside a column 整改率 of counts;
            # a negation is another act -- "不予受理6件" is no 受理 -- though the caption paragraph holds its words)
            if _NEGATED.search(rest) or not (v["whole"].search(before) or not rest or (
                    (rest in caption or rest in framed or rest in others)
                    and not (q.is_percent and v["generic"].fullmatch(rest)))):
                kinds.add(q.index)
                continue
            if q.index - 1 in kinds and not before:
                continue
            if not q.is_percent and _own_share(d, q) and d.qs[q.index + 1].value < 100 and (
                    _base_names(d.label(d.qs[q.index + 1]), columns[k][0]) or not _confirmed(q, c, pairs.get(k))):
                # "等级公路里程3,271.9公里,占公路总里程的95.9%", "查处交通违法行为1,426件,占全部违法行为的78.1%": a
                # part of a larger whole, by its share -- of the column's when the share's base names its measure
                # (the total is that base, never the part), else of some whole the figures alone may tie to it
                continue
            claims.setdefault(k, []).append(q)
            if _caption_one_level(caption, sentence) and (not _confirmed(q, c, pairs.get(k), slipped=False)
                                                          or (q.is_percent and q.value >= 100)):
                unconfirmed.add(q.index)  # (see _ONE_LEVEL)
            if k in pairs:
                scaled[q.index] = pairs[k]
            if v["whole"].search(before):
                wholes.add(q.index)
        if unconfirmed and all(q.index in unconfirmed for qs in claims.values() for q in qs):
            # no column of the table restates its figure exactly: its rows need not be all the place counts
            claims = {}
        line = t.caption or d.s[caption_at + 1 : t.rows[0].start]
        at = d.s.rfind(line, 0, t.rows[0].start) if line.strip() else -1
        out += _claimed(d, claims, columns, caption, wholes, (at, at + len(line)) if at >= 0 else None, scaled)
    return out


_NEXT_BLOCK = re.compile(r"[ \t\u3000]*(?:#+\s*|\*\*)?(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]"
                         r"|第[一二三四五六七八九十]{1,3}[章节部分])|[ \t\u3000]*(?:#|\|)")
_HEADING_LINE = re.compile(r"[ \t\u3000]*(?:#+\s*)?(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])"
                           r"[^\n。;,，；]{1,30}\n")
# a paragraph that names the table it restates ("上表6家部门共办理…", "表中各部门合计…")
_NAMES_THE_TABLE = re.compile(r"[ \t\u3000]*(?:上表|上述表|表中|表内|表列)")
_INTRODUCES = re.compile(r"(?:见下表|如下表|如下|见表)[:：。]?\s*$")  # a paragraph's closing clause introducing a table
_SHARES_ONLY = 2  # paragraphs after a table that state only shares of its rows, read past at most


def _next_line(d: _Doc, at: int) -> int:
    """The start of the next line holding text after position ``at`` (a line's end)."""
    while d.s.startswith("\n", at):
        at += 1
    return at


def _after_table(d: _Doc, end: int) -> int:
    """Where the prose a table's total may be restated in ends: the paragraph right after the table;
    past a heading right after it, the paragraph under it when that names the table ("上表6家部门
    共办理…"); past a paragraph stating only shares of its rows ("甲局、乙局罚没款分别占五部门合计的
    16.3%和58.6%。"), the paragraph after that, no heading between."""
    after = d.s.find("\n", end + 1)
    if after < 0:
        return after
    if _HEADING_LINE.match(d.s, end + 1) and not d.in_range(end + 1, after):
        start = _next_line(d, after)
        return d.s.find("\n", start) if _NAMES_THE_TABLE.match(d.s, start) else after
    for _ in range(_SHARES_ONLY - 1):
        nxt = _next_line(d, after)
        shares = d.in_range(end, after)
        if (_NEXT_BLOCK.match(d.s, end + 1) or not shares or any(not q.is_percent for q in shares)
                or _NEXT_BLOCK.match(d.s, nxt)):
            break
        end, after = nxt - 1, d.s.find("\n", nxt)
        if after < 0:
            break
    return after


_BOUND_ENDS = frozenset("额量率")  # a measure's end that makes a word with the character before it
_GRAND_COLUMN = re.compile(r"^(?:合计|总计|共计)$")
_CAPTION_ORDINAL = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|表\s*\d+|\d{1,2}[、.])"
                              r"\s*(?:(?:19|20)\d\d年度?)?")
_CAPTION_GENERIC = re.compile(r"数据$")
# a caption that says how the table is laid out or introduces it, or names the report's data as a
# whole (总体数据, 主要指标), names no object by itself
_NOT_AN_OBJECT = re.compile(r"情况|如下|见|表|分|按|各|统计|汇总|明细|总体|基本|主要|指标|[^\u4e00-\u9fff]")


def _caption_object(caption: str, v: dict) -> str:
    """The object a table's caption names, when it is a title of words alone ("一、行政执法行为数量
    (单位:件)": 行政执法行为) -- its number, asides and generic words (数量) dropped; "" for a caption
    that describes the layout ("各部门执法情况如下") or says more."""
    bare = _CAPTION_GENERIC.sub("", v["generic"].sub("", _ASIDE.sub("", _CAPTION_ORDINAL.sub("", caption)).strip()))
    return bare if 3 <= len(bare) <= 12 and not _NOT_AN_OBJECT.search(bare) else ""


def _lead_in(d: _Doc, q: Quantity) -> str:
    """The heading sentence a figure's paragraph opens with when it states no figure ("(一)市级财政管理
    方面。审计指出的18个问题已整改16个"): what the paragraph's figures are of."""
    para = d.s.rfind("\n", 0, q.start) + 1
    end = d.s.find("。", para, q.start)
    return d.s[para:end] if end > para and not d.in_range(para, end) else ""


def _joins_columns(own: str, measures: list[str]) -> bool:
    """Do a figure's words name two columns' measures joined ("咨询、办理", "咨询和办理")?"""
    own = re.sub(r"[^\u4e00-\u9fff、]", "", own)
    return any(re.search(re.escape(a) + r"[、和及与]" + re.escape(b), own) for a in measures for b in measures if a != b)


def _base_names(share_label: str, measure: str) -> bool:
    """Does the base a share names after 占 ("占全部违法行为的") name the column's measure ("查处违法行为"):
    the whole of it, or a run of three characters or more of it?"""
    base = _NOT_CJK.sub("", share_label.rpartition("占")[2])
    return measure in base or _overlap(base, measure, floor=2) >= 3


def _confirmed(q: Quantity, c: Quantity, pair: tuple[Quantity, Quantity] | None = None, slipped: bool = True) -> bool:
    """Do a prose figure and a total-row cell agree, or stand one misprint apart (unless not
    ``slipped``)? (Printed in two units, ``pair`` holds them in one unit, each the interval its
    printed digits round from.)"""
    if pair is not None:
        p, cell = pair
        f = money_value(cell) / cell.value if cell.is_money and cell.value else Decimal(1)
        g = money_value(p) / p.value if p.is_money and p.value else Decimal(1)
        lo, hi = cell.low * f / g, cell.high * f / g
        return max(p.low, lo) <= min(p.high, hi) or (slipped and any(lo <= v <= hi for v in slips(q)))
    return q.value == c.value or (slipped and (c.value in slips(q) or q.value in slips(c)))


def _claimed(d: _Doc, claims: dict[int, list[Quantity]], columns: list[tuple[str, str, Quantity]],
             caption: str, wholes: set[int], intro: tuple[int, int] | None,
             scaled: dict[int, tuple[Quantity, Quantity]]) -> list[Relation]:
    """The one prose figure each column's claims leave: of several, the one whose sentence shares the
    caption's words (after the one stated as the whole, 共/合计, when only one is); then the one whose
    own words name the caption's object ("全年共办理一般程序
    案件2,046件…合计办理各类案件7,346件" under "一般程序案件按类别统计"); then the one stated in the
    same piece (up to ; or 。) as the figure another column took ("…2,046件,罚没款812.37万元;…罚没款
    合计838.96万元"): one sentence states the table's measures together."""
    picked: dict[int, Quantity] = {}
    open_: dict[int, list[Quantity]] = {}
    for k, qs in claims.items():
        if len(qs) > 1 and len(printed := [q for q in qs if q.index not in scaled]) == 1:
            # "罚没款合计1,730.9万元,约0.17亿元": the figure in the column's own unit, not its rounding
            # into another
            qs = printed
        if len(qs) > 1 and len(stated := [q for q in qs if q.index in wholes]) == 1:
            # "全省共查办各类案件3.26万件,…向司法机关移送涉嫌犯罪案件436件。分类情况如下:": of the figures
            # naming the column's measure, the one stated as the whole (共, 合计) is the total; the
            # others are sets of their own (what was transferred, heard, filed)
            qs = stated
        if len(qs) > 1 and intro is not None and all(intro[0] <= q.start < intro[1] for q in qs):
            # all stated in the paragraph right above the table, which the caption then is: its words
            # name every one of them and tell none apart. Such a paragraph states the whole first, then
            # its parts or other sets ("全市查办案件1.52万件,…依法移送涉嫌犯罪案件87件,分类统计如下:")
            qs = qs[:1]
        if len(qs) > 1 and intro is not None and _INTRODUCES.search(d.s, intro[0], intro[1]) and len(
                inside := [q for q in qs if intro[0] <= q.start < intro[1]]) == 1:
            # "区级一般公共预算支出决算数为331,228万元,…分功能科目情况如下表:" beside the revenue's 决算数 of
            # a paragraph before: the paragraph introducing the table states the whole it breaks down
            qs = inside
        if len(qs) > 1:
            qs = [q for q in qs if _overlap(_NOT_CJK.sub("", d.s[q.sentence[0] : q.start]), caption) >= 4]
        if len(qs) > 1:
            scored = [(_overlap(_NOT_CJK.sub("", _CLAUSE_END.split(d.label(q))[-1]), caption), q) for q in qs]
            best = max(sc for sc, _ in scored)
            top = [q for sc, q in scored if sc == best]
            qs = top if best >= 4 and len(top) == 1 else qs
        if len(qs) == 1:
            picked[k] = qs[0]
        elif qs:
            open_[k] = qs
    pieces = {_piece(d, q) for q in picked.values()}
    for k, qs in open_.items():
        same = [q for q in qs if _piece(d, q) in pieces]
        if len(same) == 1 and same[0] not in picked.values():
            picked[k] = same[0]
    # (a qualified figure, 约/近/超/余, beyond its rounding: unverifiable, Relation.qualified)
    return [Relation("equal", "equal.table_total", {"values": list(scaled.get(q.index, (q, columns[k][2])))},
                     qualified=q.qualifier is not None) for k, q in sorted(picked.items())]


def _piece(d: _Doc, q: Quantity) -> tuple[int, int]:
    """The piece of its sentence a figure stands in: from the last ; or 。 before it to the next."""
    start = d.last_before(";。", q.start) + 1
    end = d.s.find(";", q.end, q.sentence[1])
    return start, q.sentence[1] if end < 0 else end


def _own_base_elsewhere(d: _Doc, rate: Quantity, totals: list[Quantity]) -> bool:
    """Does the rate's sentence print, before it, counts none of which is a total of the table (equal,
    or one misprint apart)? Then the rate is of those counts -- another whole than the table's."""
    counts = [q for q in d.in_range(rate.sentence[0], rate.start) if not q.is_percent and not q.in_table]
    if not counts:
        return False
    values = {c.value for c in totals if not c.is_percent}
    return not any(q.value in values or any(v in slips(q) for v in values) for q in counts)


# words that make a flow's name a stock's ("缴存余额", "基金累计结余" for a column of 缴存额, 基金收入)
_STOCK = re.compile(r"余额|结余|结存|余量|存量|累计")
_GENERIC_TAIL = re.compile(r"的|总量|总数|数量|总计|合计|[件次起人量数]")


def table_reach(d: _Doc, t: Table) -> tuple[list[Quantity], int]:
    """The figures a table's totals may be restated by -- the prose before the table (``_REACH``) and the
    paragraph right after it (a table closes its section: the next paragraph may state another table's
    or another section's figures) -- and where the table ends."""
    end = d.s.find("\n", t.rows[-1].start)
    end = len(d.s) if end < 0 else end
    while d.s.startswith("\n", end + 1):
        end += 1
    after = _after_table(d, end)
    return d.in_range(max(0, t.rows[0].start - _REACH), len(d.s) if after < 0 else after), end


def paragraphs_between(d: _Doc, q: Quantity, t: Table) -> int:
    """The paragraphs stating figures of their own between a prose figure's and the line right above the
    table (its caption or the sentence introducing it): another matter's, perhaps ("…行政诉讼案件282件…"
    between a 复议 paragraph and an 应诉 table); 0 for a figure of the table's own paragraph, or after it."""
    if q.start > t.rows[0].start:
        return 0
    lines = [line for line in d.s[q.end : t.rows[0].start].split("\n") if line.strip()]
    return sum(1 for line in lines[1:-1] if _DIGIT.search(line))  # (not the figure's line, nor the one above the table)


_DIGIT = re.compile(r"\d")


def _names_another_object(tail: str, table_words: str) -> bool:
    """Do the words after a prose figure's measure ("受理" + "群众来电来信") name, in two characters or
    more, an object the table's caption and headers do not?"""
    rest = _GENERIC_TAIL.sub("", tail)
    return len(rest) >= 2 and _overlap(rest, table_words) < 2


_CAPTION_FRAME = re.compile(r"表[\d一二三四五六七八九十]*|各|片区|区域|县区|街道|乡镇|全[市区县]|分|按|办理|情况|统计|分布|一览|汇总|年度?|本")


# A caption selecting part of the whole ("限额以上单位主要商品零售情况", "规模以上工业企业…", "重点行业…").
_SELECTING = re.compile(r"限额以上|限上|规模以上|规上|主要|重点|部分|前[一二三四五六七八九十\d]+[位名项类]")
# A caption naming the towns or the departments of a place ("各镇(街道)信访事项办理情况", "各部门…"): the
# 县直部门 (or the county's own office) that count in the prose's 全县 figure too are in no row, so the two
# agree only when nothing was counted outside those rows -- which a column restating its figure exactly
# shows; else a difference, even of one digit, is no misprint to report. (A table of 各区县 under a city's
# figure is read as the city's, as before.)
# (also named without 各: "街乡镇办理情况", "镇(街道)…", its brackets dropped; a rate of 100% restated shows
# nothing of the scope: every body's is 100%)
_ONE_LEVEL = re.compile(r"各(?:乡镇|镇|乡|街道|部门|单位)|街乡镇|(?:乡镇|镇)街道|镇街")


def _caption_one_level(caption: str, sentence: str) -> bool:
    """Does the caption name one level of bodies ("各镇街道…情况") the prose figure's sentence does not?"""
    return any(m.group(0) not in sentence for m in _ONE_LEVEL.finditer(caption))


def _caption_selects(caption: str, sentence: str) -> bool:
    """Does the caption select part of the whole in words the prose figure's sentence does not say
    ("限额以上单位主要商品零售情况" under "社会消费品零售总额486.27亿元": the table's total is a part)?"""
    return any(m.group(0) not in sentence for m in _SELECTING.finditer(caption))


def _caption_object_unnamed(caption: str, sentence: str) -> bool:
    """Does the table's caption name what it counts ("表2 各片区物业服务投诉办理情况": 物业服务投诉), in
    words the prose figure's sentence does not share (two characters or more)?"""
    thing = _CAPTION_FRAME.sub("", caption)
    return len(thing) >= 3 and _overlap(thing, sentence) < 2
