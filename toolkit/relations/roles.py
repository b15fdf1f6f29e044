"""Figure roles: what a printed figure is, in time, read from the words around it.

A figure is a *level* ("发生事故38起") unless its words make it something else:

* a relative change -- a percent after a change verb or a change noun, with a reference period
  ("同比上升8.6%", "比上年增长", "增幅为11.17%", "降幅"); percents listed right after it
  ("分别下降12.7%、18.4%", also printed with no separator: "12.7%18.4%") continue the chain;
* an absolute change (a *delta*) -- a count or amount after a change verb, with a reference period
  ("同比增加3起", "比上年减少215件"), and the figures listed right after it ("减少5起、3人");
* a *previous* level ("较去年同期的355起", "上年为120件");
* a rate per N ("每千家次检查发现违法行为132.4项", "186.43/10万"): never a level.

Families ask these questions instead of re-reading the words: a delta or a previous level is
never the current figure of a change. Answers are computed once per document (``_Doc.cache``),
so asking is constant time. (What a figure counts -- scopes, wholes -- is in ``figures``.)
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .period_levels import earlier_period_level
from .structure import _Doc
from .vocab import gated

# (compiled once: read per figure or per list)
_CLAUSE_END = re.compile(r"[,;:。]")

UP_WORDS = r"上升|增长|增加|提高|提升|上涨|增多"
DOWN_WORDS = r"下降|减少|降低|回落|下滑|下跌|缩短|压减|压缩"
DOWN = re.compile(DOWN_WORDS + r"|降幅")
# The period a change is measured against.
REF = re.compile(
    r"同比|环比|较上年|比上年|较去年|比去年|去年同期|上年同期|比\d{4}年|较\d{4}年|比上月|较上月|比上一年|较上一年"
    r"|比\d{1,2}月份?|较\d{1,2}月份?"
    # (against another quarter or half of the year: "较一季度减少348件", "比上半年增长")
    r"|[比较](?:上一?|第?[一二三四1-4])季度|[比较][上下]半年"
    r"|较同期|比同期|与(上年|去年|上一年|\d{4}年)(同期)?相比"
    # (against the month or quarter before, said in full: "与上月相比,受理量上升9.7%,增加4,995件")
    r"|与(?:上个?月|上一个?月|上一?季度|上个季度)相比"
    # (against the start of the year: a delta and its percent are of that base, whatever it is)
    r"|比年初|较年初"
)
# A percent's label that makes it a change: a verb or a change noun closing the label.
_PCT_LABEL = gated(re.compile(
    # (not 压缩率 or 缩短率: a cut against a statutory time limit, no change over the year)
    rf"(?:(?:{UP_WORDS}|{DOWN_WORDS})了?|(?<!自然)(?:增长|下降|上升|减少|提高|降低)率|增幅|降幅|涨幅|增速|(?:增长|下降|上升|减少)幅度)"
    r"(?:分别|均)?(?:为|达|达到|是)?$"
))
# Verb and reference together in the label itself ("同比下降", "较上年增长了").
_NEAR = re.compile(r"(" + REF.pattern + r")[^,;。%\d]{0,12}?(" + UP_WORDS + "|" + DOWN_WORDS + r")(了|率)?(为|达)?$")
_DELTA_WORDS = rf"{UP_WORDS}|{DOWN_WORDS}|净增|净减|增收|减收|增支|减支|增产|减产|增|减|多|少"
_DELTA_LABEL = re.compile(rf"(?:{_DELTA_WORDS})了?$")
# the last character of a label _DELTA_LABEL matches (a label holds no line end, so ``$`` is its end):
# tested first, in C -- most labels end otherwise, and each search is a call
_DELTA_ENDS = "".join(sorted({w[-1] for w in _DELTA_WORDS.split("|")} | {"了"}))
_PREVIOUS = gated(re.compile(
    # ("比上年末的25.9亿元增加…": a stock compared against its level at last year's end)
    # ("较一季度的127件减少44件", "较第二季度的79,315件增加…": against another quarter or half of the year, as REF reads it)
    # ("比年初5,280亿元增加320亿元": the level at the start of the year, read since 年初 before a figure
    # is no lunar 初)
    r"(比|较)(\d{4}年(?:末|底)?|\d{1,2}月份?|上年(?:末|底)?|去年(?:末|底)?|去年同期|上年同期|上月|上一?季度|年初|期初"
    r"|第?[一二三四1-4]季度|上半年)(的)?\(?$"
    r"|(较|比)(上年|去年|\d{4}年)?(同期)?的?$"
    r"|(上年|去年|\d{4}年)(同期)?(分别)?(为|是|有|共)?$"
    r"|(上月|上季度)(分别)?(为|是|有|共)$"
    r"|与(上年|去年|上一年|\d{4}年)(同期)?的$"  # ("与上年的37起、29人相比": the levels compared against)
    # ("比年初预算36.00万元减少7.36万元": the budget a level is compared against, as last year's level is)
    r"|(比|较)(年初|年度|全年)?(预算|计划|目标)(数|任务)?的?$"
))  # searched in every label: gated, it skips the characters no alternative starts with
# "上年同期受理171,512件": a clause opened by last year's period and a verb of its own is that year's level
# (not "上年结转4件", work carried into this year, nor "去年以来…", nor a change "上年同期增加…").
_LAST_YEAR_VERB = re.compile(r"^(?:上年|去年)(?:同期|全年)?(?:共|累计|全年)?[\u4e00-\u9fff]{1,4}$")
# ("上年完成审计项目36个…,增长11.1%": a longer verb and object, last year's level when a change follows it in
# its sentence -- else a set this year's work goes on with: "上年审计查出问题金额6.48亿元,已整改…")
_LAST_YEAR_LONG = re.compile(r"^(?:上年|去年)(?:同期|全年)?(?:共|累计|全年)?[\u4e00-\u9fff]{5,8}(?<!的)$")
_CHANGE_LATER = re.compile(r"(?:增加|减少|增长|下降|上升|降低|提高)\d")
_NOT_LAST_YEARS = re.compile(r"结转|遗留|转入|延续|以来|未|度|增|减|多|少|升|降|比|较")
# the next figure of a 上年 clause, named by a verb of its own and no time ("…60件、办结58件")
_NEXT_VERB = re.compile(r"[、,和及][\u4e00-\u9fff]{1,4}")
_NEXT_LONG = re.compile(r"[、,和及][\u4e00-\u9fff]{5,8}(?<!的)")
_NOW = re.compile(r"本|今|当|全年|同期")
# "由120件增加到150件", "从上年的120件增至150件", "由6,384人上升为11,366人": the level a change starts
# from, and the one it reaches.
_FROM = re.compile(r"(由|从)(上年|去年|\d{4}年)?(同期)?的?$")
_TO = re.compile(r"[^,;。]{0,20}?(增加|增长|上升|提高|提升|下降|减少|降低|回落|增|降|减|升)(到|至|为)")
# Separators inside a list of percents ("12.7%、18.4%", "12.7%18.4%").
_CHAIN_GAP = ("、", ",", "和", "及", "")
_ASIDE = re.compile(r"\([^()。;]*\)")
# A minus printed before a percent of a change list ("分别增长5.2%、-3.1%"): the figure fell.
MINUS = "-−"
_VERB_GAP = re.compile(rf"[、,和及]?(?:{UP_WORDS}|{DOWN_WORDS})了?")
# Measure names in a change's label: "事故起数和死亡人数", "受伤人数", "案件数量", "受理量".
# (a unit named as the measure: "来访2,284批次、4,937人次,批次同比下降12.4%")
# (a bare 数 or 款 closes a name too: "立案数", "罚没款" -- the words before it must name the figure)
_NOUNS = "起数|人数|件数|次数|家数|户数|数量|金额|总额|总量|批次|人次|件次|户次|家次|量|款|数"
_MEASURE = re.compile(rf"([\u4e00-\u9fff]{{0,6}}?)({_NOUNS})")
_MEASURE_UNITS = {"起数": ("起",), "人数": ("人", "名"), "件数": ("件",), "次数": ("次", "人次"),
                  "家数": ("家", "户"), "户数": ("户", "家"), "批次": ("批次", "批"), "人次": ("人次", "人"),
                  "件次": ("件次", "件"), "户次": ("户次", "户"), "家次": ("家次", "家")}


def _cached(d: _Doc, name: str, build):
    cache = d.cache
    if name not in cache:
        cache[name] = build()
    return cache[name]


def change_chains(d: _Doc) -> list[list[Quantity]]:
    """Every chain of change percents in the document, in reading order."""
    return _cached(d, "change_chains", lambda: _build_chains(d))


def _build_chains(d: _Doc) -> list[list[Quantity]]:
    chains: list[list[Quantity]] = []
    done: set[int] = set()
    for q in d.qs:
        if not q.is_percent or q.index in done or not _opens_change(d, q):
            continue
        chain = [q]
        # "分别增长5%和下降3%", "分别上升10%、下降10%": under 分别 a list may mix rises and falls.
        mixed = "分别" in d.label(q)
        while chain[-1].index + 1 < len(d.qs):
            nxt = d.qs[chain[-1].index + 1]
            gap = d.s[chain[-1].end : nxt.start]
            aside = _ASIDE.match(d.s, chain[-1].end, chain[-1].end + 24)
            if aside:
                # "分别增长25%(增加30件)、16.7%": an aside after a percent does not end the list.
                after = d.before(aside.end())
                if after >= len(d.qs) or any(p.is_percent for p in d.qs[nxt.index : after]):
                    break
                nxt = d.qs[after]
                gap = d.s[aside.end() : nxt.start]
            if nxt.is_percent and (gap.rstrip(MINUS) in _CHAIN_GAP or (mixed and _VERB_GAP.fullmatch(gap))):
                chain.append(nxt)
            else:
                break
        done.update(p.index for p in chain)
        chains.append(chain)
    return chains


# a comparison with a base named in words that name no period (REF names the periods: _NEAR reads them)
_AGAINST_OTHER = re.compile(r"(?<!占)(?:较|比)(?![重例率值])[\u4e00-\u9fff]{2,10}?(?:" + UP_WORDS + "|" + DOWN_WORDS + ")")


def _opens_change(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q).rstrip(MINUS)  # "分别增长-3.1%、5.2%": a negative rise
    if _FROM_YEAR_START.search(_CLAUSE_END.split(lab)[-1]):
        return False  # "比年初增长10.3%": of the start of the year, no yearly change (a delta before it is)
    if _NEAR.search(lab):
        return True
    if not _PCT_LABEL.search(lab):
        return False
    if _AGAINST_OTHER.search(_CLAUSE_END.split(lab)[-1]):
        return False  # "较法定时限压缩78.6%", "比全省平均高": against no earlier period of its own
    # (the periods compared against are REF's: _NEAR read those above)
    # A printed previous level sets the reference too: "2022年…28.6亿元,2023年为31.2亿元,增长9.1%".
    if _AVERAGED.search(_CLAUSE_END.split(lab)[-1]):
        return False  # "年均增长5%", "累计增长12%": against another base than the reference set before
    return (_has_reference(d, q) or _distributed_over_the_year(d, q, lab) or _right_after_its_level(d, q, lab)
            or any(is_previous(d, p) for p in d.qs[max(d.before(q.sentence[0]), q.index - 24) : q.index]))


_AVERAGED = re.compile(r"年均|年平均|平均每年|累计|较年初|比年初|以来")
_FROM_YEAR_START = re.compile(r"(?:比|较)年初")


# "分别增长2.1%、3.4%" with no reference printed: a report that compares with the year before says
# so once and leaves it out of later lists -- not an average over years, a cumulative change or one
# against another base (年初, 十三五末, 目标). A report naming its year ("2019年…") says as much: a
# bare "增长16.0%" of 23件 in a text naming no year and comparing nothing is no claim to check.
_DISTRIBUTED = re.compile(r"(?:分别|(?<![人日月年户平])均)(?:增长|下降|上升|减少|提高|降低)(?:了)?$")
_OTHER_BASE = re.compile(r"年均|平均|累计|年初|末|目标|计划|任务|基期|以来")


def _distributed_over_the_year(d: _Doc, q: Quantity, lab: str) -> bool:
    if not _DISTRIBUTED.search(lab):
        return False
    clause = _CLAUSE_END.split(lab)[-1]
    return not _OTHER_BASE.search(d.s, q.sentence[0], q.start) and not _OTHER_BASE.search(clause) \
        and _compares_years(d)


# "全年一般公共预算收入128.46亿元,增长6.4%": the clause right after a level holding only the verb
_BARE = re.compile(rf"^,(?:(?:{UP_WORDS}|{DOWN_WORDS})了?|(?:增幅|降幅|增速)(?:为|达)?)$")


def _right_after_its_level(d: _Doc, q: Quantity, lab: str) -> bool:
    """A bare rise or fall in the clause right after a level ("…128.46亿元,增长6.4%"), in a report
    that compares with the year before elsewhere, is that level's change over the year: reports
    say the period once. Not against another base (年均, 累计, 目标…) named in the sentence."""
    if not _BARE.match(lab) or not q.index:
        return False
    prev = d.qs[q.index - 1]
    if prev.is_percent and prev.index and _PLAN_RATIO.fullmatch(d.s, d.qs[prev.index - 1].end, prev.start):
        # "…收入完成18.46亿元,为调整预算18.05亿元的102.3%,增长7.1%": past the level's ratio to its plan
        k = prev.index - 1
        if PLAN_FIGURE.search(d.label(d.qs[k])) and k:
            k -= 1
        prev = d.qs[k]
    return (not prev.is_percent and prev.sentence == q.sentence and not _BARE_OTHER_BASE.search(d.s, q.sentence[0], q.start)
            and _compares_years(d))


def _compares_years(d: _Doc) -> bool:
    """Does the report compare with the year before somewhere (同比, 比上年…), or name its year -- an
    annual report or release, whose bare "增长3.1%" is over the year before (statistical releases
    leave 比上年 unsaid)? A text naming neither may compare with anything."""
    known = d.cache.get("compares_years")
    if known is None:
        known = d.cache["compares_years"] = REF.search(d.s) is not None or _YEAR.search(d.s) is not None
    return bool(known)


# a level's ratio to its plan or budget ("完成预算的101.6%", "为调整预算18.05亿元的102.3%")
_PLAN_RATIO = re.compile(r"(?:,(?:完成|为)[^,;。\d]{0,8}(?:预算|计划|目标|任务)[^,;。\d]{0,4})?的")
# a plan's figure: "为调整预算18.05亿元", or a clause of its own naming it ("全年预算为30.00万元")
# ("完成预算11.00亿元的84.9%": the plan completed, named by 完成 before it)
PLAN_FIGURE = re.compile(r"[,;](?:为[^,;。\d]{0,8}(?:预算|计划|目标|任务)"
                         r"|完成?(?:全年|年度|年初)?(?:调整后?)?(?:预算|计划|目标任务?)"
                         r"|(?:全年|年度|年初)?(?:调整后?)?(?:预算|计划|目标)(?:数|安排|金额|总额)?(?:为|是|数为)?)$")
# (as _OTHER_BASE, but "年末" is the report's own end of year: "年末户籍人口58.26万人,下降0.8%")
_BARE_OTHER_BASE = re.compile(r"年均|平均|累计|年初|(?<!年)末|目标|计划|任务|基期|以来")


def _has_reference(d: _Doc, q: Quantity) -> bool:
    """Is a reference period (同比, 比上年, 与上年相比…) set before ``q`` in its segment -- or once for
    its paragraph ("…比上年增长5.7%。其中,…分别增长3.8%、5.6%", "与上年相比,投诉类…;求助类减少0.6万件")?"""
    para = d.last_before("\n", q.start) + 1
    return bool(REF.search(d.s, d.seg_start(q.start), q.start) or REF.search(d.s, para, q.start))


def _reference_after(d: _Doc, q: Quantity) -> bool:
    """"分别巡河286次、1,472次,分别增加26次、96次,同比分别增长10.0%、8.2%": the period is set after
    the deltas, in the clause that follows them."""
    end = d.next_end(q.end, "。;\n")
    return bool(REF.search(d.s, q.end, min(end, q.end + 24)))


def change_percents(d: _Doc) -> set[int]:
    """Indexes of the percents that are changes (chains included)."""
    return _cached(d, "change_percents", lambda: {p.index for c in change_chains(d) for p in c})


# a time limit right before a rate's name ("15秒接通率", "3个工作日办结率", "24小时内回复率")
_TIMED = re.compile(r"(\d+(?:\.\d+)?(?:秒|分钟|小时|个?工作日|日|天|周|个?月)内?)[\u4e00-\u9fff]{0,6}率$")


def timed_limit(d: _Doc, pct: Quantity) -> str | None:
    """The time limit a rate is named by, if any: it counts the work done within the limit, a part
    the text prints only under words naming that limit ("15秒内接通1,336,294个")."""
    m = _TIMED.search(d.s[pct.sentence[0] : pct.start]) if pct.is_percent else None
    return m.group(1) if m else None


def is_change_percent(d: _Doc, q: Quantity) -> bool:
    return q.index in change_percents(d)


def _names_a_change(d: _Doc, q: Quantity) -> bool:
    """A percent whose own words name a change ("同比增长18.2%"), read from its words alone: the
    chains of ``change_percents`` ask ``is_previous`` of the figures before them, so ``_previous``
    may not ask them back (a report of such brackets recursed without end)."""
    lab = d.label(q).rstrip(MINUS)
    return q.is_percent and bool(_NEAR.search(lab) or _PCT_LABEL.search(lab))


_LIST_SEP = ("、", "和", "及")
_YEAR_IS = re.compile(r"(\d{4})年(?:同期)?(?:为|是|有|共)?$")
_YEAR_HEAD = re.compile(r"^[,;]?(\d{4})年")
_BRACKETED_YEAR = re.compile(r"^\((?:\d{4}年|上年|去年)(?:同期|全年)?(?:为|是|有|共)?$")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# "2021年10月至2022年9月": the year closing a period's span is no later year compared against
_SPAN_END = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至|到|—|–|-|~|～)((?:19|20)\d\d)年")


def _later_year(d: _Doc, q: Quantity, year: int) -> bool:
    """Does the figure's sentence name a year after ``year`` -- other than one closing a span
    ("2021年10月至2022年9月,共受理…": the period of the figure, not a later one beside it)?"""
    ends = {m.start(1) for m in _SPAN_END.finditer(d.s, q.sentence[0], q.sentence[1])}
    return any(int(m.group(1)) > year and m.start(1) not in ends
               for m in _YEAR.finditer(d.s, q.sentence[0], q.sentence[1]))


# (also in brackets right after the level: "办理建议45件(2023年为41件)", "(2023年41件)")
_YEAR_IS_CLAUSE = re.compile(r"^(?:[,;]\d{4}年(?:同期|全年)?(?:为|是|有)|\(\d{4}年(?:同期|全年)?(?:为|是|有)?)$")


def _earlier_year_after_level(d: _Doc, q: Quantity, year: int) -> bool:
    """"受理案件58件,2018年为46件,增长26.1%", "受理58件(2018年46件)": a clause of its own (or a bracket)
    naming an earlier year than the report's
    (its opening names a later one) right after a level of the same unit gives that year's level, the
    one compared against -- the level before it is the report's own year."""
    if not q.index or not _YEAR_IS_CLAUSE.match(d.label(q)):
        return False
    before = d.qs[q.index - 1]
    if before.is_percent or before.unit != q.unit or before.sentence != q.sentence or _YEAR.search(d.label(before)):
        return False
    years = [int(m.group(1)) for m in _YEAR.finditer(d.s, 0, min(len(d.s), 200))]
    if d.label(q).startswith("("):
        # a bracket is the year before the report's only ("2024年…(2022年为1,000亿元),比上年增长" is
        # two years back: an aside, no level compared against)
        return bool(years) and max(years) == year + 1
    return any(y > year for y in years)


# (the subject between the years and 分别 may be long, "2023年、2024年全县信访总量分别为", but not a list
# of names that 分别 would map instead: "2023年、2024年投诉和举报分别为")
_YEARS_EACH = re.compile(r"((?:(?:19|20)\d\d年?(?:度)?[、和及与至]){1,5}(?:19|20)\d\d年(?:度)?)(?:[^,;。\d]{0,4}|[^,;。\d、和及与]{5,12})分别")


def _year_of_position(d: _Doc, q: Quantity) -> int | None:
    """The year a figure of a 分别 list over years stands for ("2023年、2024年分别受理214件、236件":
    214 is of 2023), by its position in the list; None when the list is not over years."""
    j = q.index
    while j > 0 and d.label(d.qs[j]) in _LIST_SEP:
        j -= 1
    head = d.label(d.qs[j])
    if "分别" not in head:
        return None  # (every match of _YEARS_EACH holds 分别; asked for every figure, most have none)
    m = _YEARS_EACH.search(head)
    if m is None or "至" in m.group(1):
        return None
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group(1))]
    pos = q.index - j
    return years[pos] if pos < len(years) else None


year_of_position = _year_of_position  # (read by changes: the year a listed level is of)


def is_previous(d: _Doc, q: Quantity) -> bool:
    """"较去年同期的355起", "上年为120件", "2022年…28.6亿元,2023年为31.2亿元": the level of the period
    compared against."""
    if q.is_percent:
        return False
    known = d.cache.get("previous")  # (asked ~3,000 times over the bench's reports: no helper call)
    if known is None:
        known = d.cache["previous"] = {}
    if q.index not in known:
        # A list continues its head ("分别为120件、96件"): settle the figures before first, in order,
        # so a long list is walked once, without recursion.
        j = q.index
        while j > 0 and j - 1 not in known and d.label(d.qs[j]) in _LIST_SEP:
            j -= 1
        for k in range(j, q.index + 1):
            if k not in known:
                known[k] = not d.qs[k].is_percent and _previous(d, d.qs[k])
    return known[q.index]  # type: ignore[index]


def _last_years_clause(d: _Doc, q: Quantity, lab: str) -> bool:
    """Is ``q`` the figure of a clause 上年/去年 opens ("上年收到申请60件"), its words short, or longer
    with a change after it in its sentence (_LAST_YEAR_LONG)?"""
    if _NOT_LAST_YEARS.search(lab):
        return False
    return bool(_LAST_YEAR_VERB.match(lab)) or (bool(_LAST_YEAR_LONG.match(lab))
                                               and _CHANGE_LATER.search(d.s, q.end, q.sentence[1]) is not None)


def _previous(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q)
    year = _year_of_position(d, q)
    if year is not None:
        # "2023年、2024年分别受理214件、236件": each figure is of the year at its position
        return any(int(m.group(1)) > year for m in _YEAR.finditer(d.s, q.sentence[0], q.sentence[1]))
    if q.index and lab in _LIST_SEP and is_previous(d, d.qs[q.index - 1]):
        return True  # "上年同期分别为120件、96件": the list continues
    if ("由" in lab or "从" in lab) and _FROM.search(lab):  # (every match holds 由 or 从)
        # "由120件增加到150件": the figure a change starts from (a year named or not).
        return bool(re.search(r"(上年|去年)", lab[-6:])) or bool(_TO.match(d.s, q.end, q.sentence[1]))
    if "年" in lab and _BRACKETED_YEAR.match(lab) and q.index and _names_a_change(d, d.qs[q.index - 1]) \
            and d.qs[q.index - 1].end == q.start - len(lab):
        return True  # "同比增长18.2%(2022年165件)": the bracket after a change gives the level compared against
    year = (_YEAR_IS.search(lab) or _YEAR_HEAD.search(lab)) if "年" in lab else None  # (both need 年)
    if year is not None:
        # A year is the previous one only beside a later year in the same sentence ("2022年…28.6亿元,
        # 2023年为31.2亿元"): the report's own year opening a sentence says nothing of the kind.
        return _later_year(d, q, int(year.group(1))) or _earlier_year_after_level(d, q, int(year.group(1)))
    if "年" in lab and _last_years_clause(d, q, lab):  # (上年/去年: 年)
        return True
    if (q.index and lab[:1] in "、,和及" and (_NEXT_VERB.fullmatch(lab) or _NEXT_LONG.fullmatch(lab))
            and not _NOT_LAST_YEARS.search(lab) and not _NOW.search(lab)
            and _last_years_clause(d, d.qs[q.index - 1], d.label(d.qs[q.index - 1]))):
        return True  # "上年收到申请60件、办结58件": the clause 上年 opens goes on with another verb of that year
    if "的" in lab and _COMPARED_WITH.search(lab) and _COMPARED_AFTER.match(d.s, q.end):
        return True  # "与2010年第六次全国人口普查的487,219人相比": the level compared against
    if d.in_parentheses(q) and _CHANGE_BRACKET_OPEN.search(d.s, max(q.sentence[0], q.start - 16), q.start) \
            and _CHANGE_BRACKET_CLOSE.match(d.s, q.end):
        return True  # "环比(一季度5,964件)增长17.4%": the bracket after 环比 holds the level compared against
    if "(" in d.s[max(q.sentence[0], q.start - 60) : q.start] and in_compared_bracket(d, q):
        return True  # "与上月(受理52件、办结48件)相比": the levels in the bracket are the other period's
    if "的" in lab and _BEFORE_A_CHANGE.search(d.s, max(q.sentence[0], q.start - 40), q.start):
        return True  # "较改革前17个部门从事审批工作的86名人员减少57名": the state before a reform
    return bool(_PREVIOUS.search(lab)) or earlier_period_level(d, q)  # ("11月…,12月…,环比增长")


# "环比(2月31,208件)增长", "同比(上年同期1,800件)下降": the other period's level in a bracket between
# the comparison and its change verb
_CHANGE_BRACKET_OPEN = re.compile(r"(?:同比|环比|比|较)\((?:\d{1,2}月份?|(?:19|20)\d\d年|[^()\d]){0,10}$")
_CHANGE_BRACKET_CLOSE = re.compile(r"\)\s*(?:增长|增加|下降|减少|上升|提高|降低|回落|增|降|减|升)")
# "较改革前…的N", "比整合前…的N": the level of the state before a change, counts of units inside allowed
_BEFORE_A_CHANGE = re.compile(r"(?:较|比)[\u4e00-\u9fff]{1,6}前[^,;。]{0,24}的$")


# "与(同)…的N相比/比较": the figure a comparison is made with, whatever the words name (another
# census, a base year, the last plan period)
_COMPARED_WITH = re.compile(r"(?:与|同)[^,;。与同]{1,24}的$")
_COMPARED_AFTER = re.compile(r"\s*(?:相比|比较|对比)")
# "与上年(…)相比" / "同3月份(…)比较": a bracket between 与 and 相比 holds the compared period's levels
_COMPARED_OPEN = re.compile(r"(?:与|同)[^,;。与同()]{1,16}\([^()]*$")
_COMPARED_CLOSE = re.compile(r"[^()。;]*\)\s*(?:相比|比较|对比)")
# "与上年相比(上年…", the bracket right after the comparison, holding levels (no change: "相比(增加12件)")
_COMPARED_THEN_OPEN = re.compile(r"(?:与|同)[^,;。与同()]{1,16}(?:相比|比较|对比)\((?:(?!增|减|降|升|多|少)[^()])*$")
_BRACKET_CLOSE = re.compile(r"[^()。;]*\)")


def in_compared_bracket(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` inside the bracket of "与<period>(…)相比", or of "与<period>相比(…)" right after the
    comparison ("与上年相比(上年来信401件、来访702批),来信、来访分别下降…"), so a level of the period
    compared against?"""
    lo = max(q.sentence[0], q.start - 60)
    return ((_COMPARED_OPEN.search(d.s, lo, q.start) is not None and _COMPARED_CLOSE.match(d.s, q.end) is not None)
            or (_COMPARED_THEN_OPEN.search(d.s, lo, q.start) is not None and _BRACKET_CLOSE.match(d.s, q.end) is not None))


# "41件(含上年结转3件)", "41件,其中上年结转3件": a figure holding work carried in from an earlier year
_CARRIED_ASIDE = re.compile(r"\s*(?:\((?:含|包括|包含|其中)?|[,;]?(?:其中|含|包括|包含))[^()。;]{0,8}结转")


def holds_carried(d: _Doc, q: Quantity) -> bool:
    """Does an aside right after ``q`` say it holds work carried in ("收到申请41件(含上年结转3件)")? Such
    a figure is new and older work together: no restatement of a count of new work alone."""
    return _CARRIED_ASIDE.match(d.s, q.end) is not None


def is_budget_gap(d: _Doc, q: Quantity) -> bool:
    """"完成预算的84.9%,短收1.66亿元": a difference to the budget, no change against last year."""
    return bool(_BUDGET_GAP.search(d.label(q)))


def is_delta(d: _Doc, q: Quantity) -> bool:
    """"同比增加3起", "比上年减少215件", "同比减少5起、3人": an absolute change, not a level."""
    deltas = d.cache.get("deltas")  # (asked ~3,000 times over the bench's reports: no closure made each time)
    if deltas is None:
        deltas = d.cache["deltas"] = _build_deltas(d)
    return q.index in deltas  # type: ignore[operator]


# the gap of a revenue or an outlay to its budget (超收, 短收, 超支): a difference by its word alone
_BUDGET_GAP = re.compile(r"(?:超收|短收|超支)$")
# a clause opened by a comparison with a benchmark printed in brackets, up to the figure after the bracket
_GAP_TO_A_BENCHMARK = re.compile(r"(?:^|[,;])(?:低于|高于|少于|多于|超过|超出)[^,;。()\d]{1,20}\([^()]{1,20}\d[^()]*\)$")
_FROM_TO_BEFORE = re.compile(r"(?:由|从)[^,;。]{0,20}?(?:增加|增长|上升|提高|下降|减少|降低|回落|增|降|减|升)(?:到|至)"
                             r"[^,;。]{1,12},[^;。]*$")


def _build_deltas(d: _Doc) -> set[int]:
    out: set[int] = set()
    for q in d.qs:
        if q.is_percent:
            continue
        lab = d.label(q)
        if lab[-1:] in _DELTA_ENDS and _DELTA_LABEL.search(lab) and (_has_reference(d, q) or _reference_after(d, q)
                                         or _FROM_TO_BEFORE.search(d.s, q.sentence[0], q.start)
                                         or _after_its_previous(d, q, lab) or _before_its_percent(d, q, lab)):
            # ("由上年的41人增加到76人,增加35人": after a change from one level to another, the change)
            out.add(q.index)
            continue
        if lab[-1:] in "收支" and _BUDGET_GAP.search(lab):
            out.add(q.index)  # "完成预算的84.9%,短收1.66亿元": the gap to the budget, by its own word
            continue
        if lab == ")" and _GAP_TO_A_BENCHMARK.search(d.s, q.sentence[0], q.start):
            # "用水总量1.86亿立方米,低于控制指标(2.12亿立方米)0.26亿立方米": the gap to the benchmark in brackets
            out.add(q.index)
            continue
        # "减少5起、3人": a figure listed right after a delta is a delta too.
        if q.index and (q.index - 1) in out and lab in ("、", "和", "及") and not d.qs[q.index - 1].is_percent:
            out.add(q.index)
    return out


# A difference's own verb (not 新增, which as often names what is new this year: "新增就业1,260人").
_DIFFERENCE = re.compile(r"(?:增加|减少|增多|多|少)了?$")


def _after_its_previous(d: _Doc, q: Quantity, lab: str) -> bool:
    """"行政诉讼案件22件(上年17件),增加5件", "2023年120件,2024年150件,增加30件": a previous level printed
    right before (in the clause of the level or the one after it) sets the reference, as 比上年 does."""
    if not _DIFFERENCE.search(_CLAUSE_END.split(lab)[-1]):
        return False
    for p in reversed(d.qs[max(0, q.index - 3) : q.index]):
        if p.is_percent or p.sentence != q.sentence or ";" in d.s[p.end : q.start]:
            continue
        if is_previous(d, p):
            return True
    return False


def _before_its_percent(d: _Doc, q: Quantity, lab: str) -> bool:
    """"…45件,增加4件,增长9.8%": a difference right before a change percent (in the next clause) is
    that change's absolute part, whatever reference the report leaves unsaid -- never a level."""
    if not _DIFFERENCE.search(_CLAUSE_END.split(lab)[-1]) or q.index + 1 >= len(d.qs):
        return False
    nxt = d.qs[q.index + 1]
    gap = d.s[q.end : nxt.start]
    return nxt.is_percent and len(gap) <= 8 and not re.search(r"[;。]", gap) and is_change_percent(d, nxt)


# (per N in digits too: "每10万人口复议申请量78.4件", "每100户拥有…")
_PER_N = re.compile(r"每(百|千|万|十万|百万|亿元|(?:10|100|1000|10000|100000)(?![\d.])|\d+(?:百|千|万))[^,;。\d]{0,20}$"
                    r"|[^,;。\d]{0,6}/$")
_PER_N_AFTER = re.compile(r"/(十|百|千|万|10|100|1000)")  # "186.43/10万" (compiled once: asked per figure)
_NAME_SEP = re.compile(r"和|及|与|、|,")


def is_per_n(d: _Doc, q: Quantity) -> bool:
    """"每千家次检查发现违法行为132.4项", "每万人口…", "186.43/10万": a rate per N, not a level."""
    return d.memo("per_n", q, _is_per_n)  # (asked ~1,500 times a pass over the bench's reports)


def _is_per_n(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q)
    # (every match of _PER_N holds 每 or /: most labels have neither, and its second branch, which
    # opens with an optional run, is tried at every position of the label)
    return bool(("每" in lab or "/" in lab) and _PER_N.search(lab)) or bool(
        d.s.startswith("/", q.end) and _PER_N_AFTER.match(d.s, q.end, q.end + 4))  # (every match opens with /)


def measure_names(label: str) -> list[str]:
    """The measures a change label names ("同比事故起数和死亡人数分别下降" -> [事故起数, 死亡人数])."""
    m = REF.search(label)
    tail = label[m.end() :] if m else label
    names = _names_in(tail)
    if not names and m:
        names = _names_in(label[: m.start()])  # "事故起数、受伤人数同比分别下降…": named before 同比
    return names


# The measure nouns alone: a match of _MEASURE starts at most 6 characters before the first of them
# (its words run up to one), so it is searched from there -- not tried at every position of a long
# piece (7 lengths x 16 nouns each: ~1 us a character).
_MEASURE_NOUN = re.compile(_NOUNS)  # (one list with _MEASURE's: the two must name the same nouns)


def _measure_in(piece: str) -> re.Match | None:
    """``_MEASURE.search(piece)``, searched from where a match can start."""
    noun = _MEASURE_NOUN.search(piece)
    return None if noun is None else _MEASURE.search(piece, max(0, noun.start() - 6))


def _names_in(text: str) -> list[str]:
    names = []
    for piece in _NAME_SEP.split(text):
        found = _measure_in(piece)
        if found:
            names.append(found.group(1) + found.group(2))
    return names


def name_fits(d: _Doc, q: Quantity, name: str) -> bool:
    """Does the measure name ("死亡人数", "事故起数", "案件数量") describe figure ``q``?"""
    m = _MEASURE.fullmatch(name)
    if not m:
        return False
    words, noun = m.group(1), m.group(2)
    units = _MEASURE_UNITS.get(noun)
    if units and q.unit not in units:
        return False
    if noun in ("金额", "总额", "款") and not q.is_money:
        return False
    if not words:
        return noun not in ("款", "数")  # (a bare 数 or 款 names nothing)
    # "死亡人数" names "死亡20人"; "事故起数" names "发生…事故23起"; the words after the figure
    # count up to the next separator only (they may be the next figure's label).
    lab = re.sub(r"[^\u4e00-\u9fff]", "", d.label(q) + re.split(r"[,、;。]", d.after(q, 8))[0])
    if len(words) == 1:
        return words in lab  # "案件数" is 案 + 件数: one character left to find
    return any(words[i : i + 2] in lab for i in range(len(words) - 1))


def is_plain_level(d: _Doc, q: Quantity) -> bool:
    """A level of its own: no percent, change, previous level or rate per N, and not in an aside."""
    return not q.is_percent and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q) \
        and not d.in_parentheses(q)


# "转办量前七位的承办单位", "排名前10名", "居前三": how many items a ranking lists -- no level of a measure
_RANK_BEFORE = re.compile(r"前\s*$")
_RANK_UNIT = frozenset("位名个家类项")


def is_rank(d: _Doc, q: Quantity) -> bool:
    """Is the figure the length of a ranking ("前七位", "前10名"), not a count of what is ranked?"""
    return q.unit in _RANK_UNIT and bool(_RANK_BEFORE.search(d.s, max(0, q.start - 3), q.start))
