"""The levels around a change that are no level of its own: the previous levels printed right after
or right before it ("上年分别为81.4亿元、38.0亿元", "上年同期分别为120件、96件") and a count of the
figures listed before 均/分别 ("三项指标同比均下降20%"); a previous level that is another figure's aside or one
of the items a total sums (not_its_previous), and the one of a bracket of levels the change names."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .model import compatible
from .roles import REF, in_compared_bracket, is_delta, is_per_n, is_previous
from .structure import _Doc, _overlap

# "…分别增长6.2%、8.5%,上年分别为81.4亿元、38.0亿元": the previous levels right after the change.
_PREVIOUS_AFTER = re.compile(r"[,;]?(?:上年|去年|上一年度?|上年同期|去年同期)(?:分别)?(?:为|是)")


def _previous_after(d: _Doc, chain: list[Quantity]) -> list[Quantity]:
    """The previous levels stated right after a chain of change percents, in its sentence: one,
    or a list (分别为a、b) -- each the previous level of the figure in its position."""
    last = chain[-1]
    k = last.index + 1
    if k >= len(d.qs) or d.qs[k].sentence != last.sentence:
        return []
    if not (is_previous(d, d.qs[k]) and _PREVIOUS_AFTER.fullmatch(d.s, last.end, d.qs[k].start)):
        return _bracketed_previous(d, chain, k)
    return _run_from(d, k, last)


def _run_from(d: _Doc, k: int, last: Quantity) -> list[Quantity]:
    """The figure at ``k`` with the ones listed right after it (a、b和c), in ``last``'s sentence."""
    run = [d.qs[k]]
    for q in d.from_index(k + 1):
        if q.is_percent or q.sentence != last.sentence or d.s[run[-1].end : q.start] not in ("、", "和", "及"):
            break
        run.append(q)
    return run


# "同比增长22.7%(上年同期153.6万元)", "环比增长14.2%(4月为2,834件)", "同比分别下降17.9%和20.8%(2021年为
# 28起、25人)": the period compared against opens a bracket right after the percent and its levels fill it.
_BRACKET_OPEN = re.compile(
    r"\((?:(?P<year>(?:上|去)一?年度?|(?P<y>(?:19|20)\d\d)年度?)(?:同期|全年)?"
    r"|(?P<month>上月|上期|上一?季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|[一二三四1-4]季度|上半年))"
    r"(?:分别)?(?:为|是|有|:)?"
)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)年")
_CUMULATIVE = re.compile(r"累计|\d{1,2}[-—至~]\d{1,2}月|前[一二三四五六七八九十\d]{1,2}个?月|全年|上半年|年度")
_MONTHS = re.compile(r"(?<![\d-])((?:\d{1,2}|[一二三四五六七八九十]{1,2})月)")


def _bracketed_previous(d: _Doc, chain: list[Quantity], k: int) -> list[Quantity]:
    """The previous levels in a bracket right after the change percents: the bracket holds only the
    period and its levels, and the period is the one the change compares against (a month or the
    last month for 环比, a year for 同比; a year printed before it in the sentence is later)."""
    last = chain[-1]
    m = _BRACKET_OPEN.fullmatch(d.s, last.end, d.qs[k].start)
    if m is None:
        return []
    run = _run_from(d, k, last)
    if d.s[run[-1].end : run[-1].end + 1] != ")":
        return []  # more than the levels in the bracket ("(1-10月累计326件)", "(其中…)")
    return run if _fits_the_change(d, chain, m) else []


# The bracket closes right before the change: ")" then the reference and the verb ("),环比增长").
_TO_THE_CHANGE = re.compile(r"\),?[^,;。()\d%]{0,12}$")


def bracketed_before(d: _Doc, group: list[Quantity], chain: list[Quantity]) -> list[Quantity]:
    """"受理诉求28,614件(4月为26,793件),环比增长6.8%", "事故23起、死亡19人(2021年为28起、25人),同比
    分别下降…": the previous levels in a bracket right after the figures the change is about, the
    change right after the bracket."""
    last = group[-1]
    k = last.index + 1
    if k >= len(d.qs) or d.qs[k].sentence != last.sentence or d.qs[k].is_percent:
        return []
    m = _BRACKET_OPEN.fullmatch(d.s, last.end, d.qs[k].start)
    if m is None:
        return []
    run = _run_from(d, k, last)
    if run[-1].index + 1 != chain[0].index or not _TO_THE_CHANGE.match(d.s, run[-1].end, chain[0].start):
        return []
    return run if _fits_the_change(d, chain, m) else []


def _fits_the_change(d: _Doc, chain: list[Quantity], m: re.Match) -> bool:
    """Is the bracket's period the one the change compares against?"""
    # (the sentence's words up to the change, less the bracket)
    ref = d.s[chain[0].sentence[0] : min(m.start(), chain[0].start)] + d.s[m.end() : chain[0].start]
    if m.group("month") and re.search(r"同比|比上年|较上年|比去年|较去年|同期", ref):
        return False  # another month against a change over the year: another comparison
    if m.group("year") and re.search(r"环比|上月|上季度", ref):
        return False
    if m.group("month") and (_CUMULATIVE.search(ref) or m.group("month").rstrip("份") in _MONTHS.findall(ref)):
        return False  # "1-5月累计13,126件(5月为3,126件)": a month inside the period, not the one before it
    # ("2021年…同比下降…(2021年…)": the year compared against is an earlier one)
    if not m.group("y"):
        return True
    if any(int(y) <= int(m.group("y")) for y in _YEAR_BEFORE.findall(ref)):
        return False
    # "2024年,…(2022年为…),比上年增长": the year named is the one compared against only in the next
    # year's report -- the first year the report prints (its title or opening) must follow it
    first = _YEAR_BEFORE.search(d.s)
    return first is None or first.start() >= m.start() or int(first.group(1)) == int(m.group("y")) + 1


_LIST_COUNT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:同比|环比|比上年|较上年)?(?:均|分别|都|全部)")


def _counts_the_list(d: _Doc, q: Quantity, pct: Quantity) -> bool:
    """"…死亡32人、受伤40人,三项指标同比均下降20%": a small count right before 均/分别 counting the
    figures listed before it is no level of its own."""
    if q.unit not in ("项", "类", "个", "种") or q.value != int(q.value) or not 2 <= q.value <= 10:
        return False
    if not _LIST_COUNT.match(d.s, q.end, pct.start):
        return False
    listed = [p for p in d.in_range(q.sentence[0], q.start) if not p.is_percent]
    return len(listed) >= q.value


def _previous_run(d: _Doc, before: list[Quantity]) -> list[Quantity]:
    """The last previous level before a change, with the ones listed right before it ("上年同期
    分别为120件、96件")."""
    run: list[Quantity] = []
    for q in reversed(before):
        if is_previous(d, q) and (not run or q.index == run[0].index - 1):
            run.insert(0, q)
        elif run:
            break
    return run


def several_measures_each(subjects: list[Quantity], n: int) -> bool:
    """Do the figures before ``n`` percents of a 分别 come as ``n`` items of two or more measures each,
    in one order ("赴市上访43批152人次,赴省上访9批21人次,进京2批2人次,分别下降34.8%、43.8%和60.0%")?
    Which measure the percents are of the words do not say."""
    m = len(subjects) // n if n >= 2 else 0
    if m < 2 or len(subjects) != m * n:
        return False
    units = [q.unit for q in subjects[:m]]
    return len(set(units)) == m and all([q.unit for q in subjects[k * m : (k + 1) * m]] == units for k in range(n))


# A figure its own words name as a rate: "发病率247.1/10万", "万车死亡率1.87", "发病率为每10万人247.1例".
_RATE_NAMED = re.compile(r"率(?:为|是|达到|达)?(?:每[\d万千百十]+[\u4e00-\u9fff]{0,3})?$")


def at_a_rate(d: _Doc, subjects: list[Quantity], prevs: list[Quantity]) -> bool:
    """Is the figure right before a change a rate (per N, or named …率) with no previous level of
    its own printed? Then the change is that rate's ("死亡214人,发病率247.1/10万,比上年下降8.3%"),
    never the count's before it (a rate and a count of one year move apart)."""
    last = subjects[-1]
    return (not last.is_percent and not any(p.index > last.index for p in prevs)
            and (is_per_n(d, last) or bool(_RATE_NAMED.search(d.own_words(last)))))


def _last_run(d: _Doc, subjects: list[Quantity]) -> list[Quantity]:
    """The last figures of ``subjects`` listed with "、" between them ("96起、死亡72人")."""
    run = [subjects[-1]]
    for q in reversed(subjects[:-1]):
        if not re.fullmatch(r"、[\u4e00-\u9fff]{0,8}", d.s[q.end : run[0].start]):
            break
        run.insert(0, q)
    return run


_ITEM_GAP = re.compile(r"[,;][\u4e00-\u9fff]{1,8}")


def items_of_a_list(d: _Doc, subjects: list[Quantity], cur: Quantity) -> bool:
    """Is ``cur`` the last of three or more figures of its unit, each after a comma and a short name of
    its own ("予以公开30件,部分公开10件,不予公开5件"): items of a list, whose one percent after them may
    as well be of their sum as of the last?"""
    run = [cur]
    for q in reversed(subjects[: subjects.index(cur)] if cur in subjects else []):
        if q.unit != cur.unit or not _ITEM_GAP.fullmatch(d.s, q.end, run[0].start):
            break
        run.insert(0, q)
    return len(run) >= 3


def compared_in_another_change(d: _Doc, prev: Quantity, pct: Quantity) -> bool:
    """Is the previous level ``prev`` the level of another change printed between it and ``pct``, while
    ``pct``'s own clause names a comparison of its own ("较一季度(18,372件)增长18.1%,较上年同期增长6.1%":
    the 18,372 is the quarter's; the 6.1% is against last year's level, not printed)?"""
    if not (prev.end <= pct.start and prev.sentence == pct.sentence):
        return False
    if not any(q.is_percent for q in d.in_range(prev.end, pct.start)):
        return False
    clause = max(d.s.rfind(c, pct.sentence[0], pct.start) for c in ",;:") + 1
    return REF.search(d.s, max(clause, pct.sentence[0]), pct.start) is not None


# the words between a change percent and its own difference right after it: a verb of difference alone
_TO_ITS_DIFFERENCE = re.compile(r"[,(]?(?:增加|减少|增多|多|少)了?")


def difference_after(d: _Doc, pct: Quantity) -> Quantity | None:
    """"与上月相比,受理量上升9.7%,增加4,995件": the difference printed right after a lone change
    percent, with nothing but its verb between, is that change's absolute part."""
    nxt = d.qs[pct.index + 1] if pct.index + 1 < len(d.qs) else None
    if nxt is None or nxt.is_percent or nxt.sentence != pct.sentence or not is_delta(d, nxt):
        return None
    return nxt if _TO_ITS_DIFFERENCE.fullmatch(d.s, pct.end, nxt.start) else None


_SUMMED = re.compile(r"合计|共计|总计|[两二三四五]年(?:共|累计)?")
_ASIDE_OF = re.compile(r"[((][^))]{0,12}$")


def named_in_its_bracket(d: _Doc, prevs: list[Quantity], prev: Quantity | None, pct: Quantity) -> Quantity | None:
    """Of the other period's levels listed in one bracket ("与上月(受理70件、办结66件)相比,受理量环比增长…"),
    the one whose own words the change's clause names (None when not one): not merely the last."""
    if prev is None or not d.in_parentheses(prev):
        return prev
    group = [p for p in prevs if p is not prev and compatible(p, prev) and d.in_parentheses(p)
             and not re.search(r"[()]", d.s[min(p.end, prev.end) : max(p.start, prev.start)])]
    if not group:
        return prev
    clause = _cjk(re.split(r"[,;:]", d.label(pct))[-1])
    scored = [(_overlap(_cjk(d.own_words(p)), clause), p) for p in [*group, prev]]
    best = max(sc for sc, _ in scored)
    named = [p for sc, p in scored if sc == best]
    return named[0] if best >= 2 and len(named) == 1 else None


def not_its_previous(d: _Doc, prev: Quantity, cur: Quantity) -> bool:
    """Is the previous level no reading for ``cur``: printed in brackets right after another figure
    ("今年受理590件(上年同期148件),其中上半年172件、下半年418件,同比增长…": the 590's), or one of
    the items a total ``cur`` sums ("2024年和2025年分别受理257件和138件,两年合计395件,2025年较2024年
    下降…": 395 is no level of one year)?"""
    k = prev.index
    owner = d.qs[k - 1] if k else None
    if (owner is not None and owner is not cur and not owner.is_percent and compatible(owner, prev)
            and _ASIDE_OF.search(d.s, owner.end, prev.start) and "\n" not in d.s[owner.end : prev.start]
            and not in_compared_bracket(d, prev)  # ("与上月(受理70件…)相比": the other period's, no aside)
            # ("申请25件,比上年增加7件(上年18件)": the level a difference was measured from is the current's)
            and not (is_delta(d, owner) and owner.sentence == cur.sentence and owner.index > cur.index)):
        return True
    return (prev.index < cur.index and prev.sentence == cur.sentence
            and not re.search(r"上年|去年|同期", d.label(prev))  # (a level named as last year's is one)
            and bool(_SUMMED.search(d.s, prev.end, cur.start)))
