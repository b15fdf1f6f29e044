"""Rates and shares the catalog does not name, read from how the sentence is built.

* A rate named by its own words: "经核查属实162件,核查属实率39.0%", "审结968件,其中调解结案415件,
  仲裁调解率42.9%", "婴儿死亡11人,婴儿死亡率2.67‰": the numerator is the figure right before the
  rate and its words end like the rate's name; the base is the nearest figure of the same kind
  before it, in the same sentence, at least as large.
* A share printed in brackets after its part: "部分公开52件(8.7%)" -- of the total the list adds
  up to, or of the base a share beside it names.
* A base printed in brackets inside the words of 占: "占全省罚没款总额(56802.6万元)的6.8%".
* Completion of a stated target: "新增就业12,846人,完成年度目标任务12,000人的107.1%".
* Rates listed with 分别: "受理投诉、举报分别为860件、240件,办结分别为851件、236件,办结率分别为
  99.0%、98.3%" -- the k rates over the two lists of k figures before them, position by position.
* Shares listed with 分别: "咨询类2000件、投诉类1500件、求助类1500件,分别占40%、30%、30%" -- position
  by position, over the base the words name, else the total the listed parts add up to.

Each rule needs the figures in one sentence, in the order the wording gives them; anything else
is left unchecked.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from ..quantities import Quantity
from .acted_on import rate_of_an_act_on
from .bases import LISTED as _LISTED
from .bases import TOTAL_WORD as _TOTAL_WORD
from .bases import adds_to_whole, far_named_base, run_bases, share_run
from .bases import cjk as _cjk
from .breakdown_totals import breakdown_totals
from .flows import flow_whole_of
from .implied import implied_whole, printed_whole
from .model import Relation, compatible
from .opened_sets import item_of_an_opened_list
from .outcomes import sibling_outcomes
from .rate_lists import counts_unprinted
from .rate_readings import counts_alike, exceeded_bound, explained_readings, held_across_a_heading, kept_of_a_cut
from .roles import is_change_percent, is_delta, is_per_n, is_previous, timed_limit
from .scope_shares import item_name, measures_of_a_scope
from .scopes import refers_to_items, words
from .share_clauses import subject_before_share
from .share_subjects import level_of_an_average
from .stages import later_stage, load_stages
from .structure import _Doc, _find_by_label, _overlap
from .vocab import catalog_yaml

_OWN_NAME = re.compile(r"([\u4e00-\u9fff]{2,8})率(?:为|达|达到|是)?$")
# Names that are not a part over a whole: changes, per-capita and demographic rates (their base
# is an average population the report does not print), utilisation and coverage ratios.
_NOT_A_PART = re.compile(r"增长|下降|增速|增幅|降幅|人口|自然增|城镇化|使用|覆盖|利用|周转|贡献|回报|利润|负债|物价|失业")
_QUALIFIED = re.compile(r"按期|按时|及时|限时|当场|当日|一次性|直接|提前")
# (中 ending a word is no "among": 其中, 集中, 初中, 高中, 空中: "其中集中供养386人")
_AMONG = re.compile(r"^(?:在)?(?!其中)([\u4e00-\u9fff]{2,8}?)(?:的[\u4e00-\u9fff]{0,4})?(?<![其集初高空])中,?(?!心|央|间|期|旬|国|标|等|小)")
# "X中," opening the clause of a figure: the set it is a member of
_OPENED_BY_SET = re.compile(r"^(?:在)?([\u4e00-\u9fff]{2,8}?)(?:的[\u4e00-\u9fff]{0,4})?中,(?=[\u4e00-\u9fff]+$)")
_NEGATED_NAME = re.compile(r"(?:不|未|非|没有)$")
_CLAUSE_BREAK = re.compile(r"[,;。:，；：]")
_BRACKET_SHARE = re.compile(r"^\($")
_BRACKET_BASE = re.compile(r"^\)?(?:的)?(?:比重|比例)?(?:为|达|是)?$")
# The base printed inside the words of 占, in brackets or not ("占全市3,126件的13.2%").
_BASE_OPENED = re.compile(r"占[^,;。\d]{1,30}\(?$")


_CUMULATIVE = re.compile(r"累计|历年|累积")


def own_name_rate(d: _Doc, pct: Quantity, per: int) -> Relation | None:
    """"经核查属实162件,核查属实率39.0%": numerator and base by the rate's own words."""
    listed = _listed_rate(d, pct)
    m = _OWN_NAME.search(d.label(pct))
    if listed is not None:
        name, clause = listed
    elif m:
        name = m.group(1)
        # Figures inside the rate's own clause ("5岁以下儿童死亡率") are part of its name.
        clause = max(d.last_before(",、;", pct.start), pct.sentence[0] - 1) + 1
    else:
        return None
    if _NOT_A_PART.search(name) or pct.value == 100 or timed_limit(d, pct):
        return None  # a 100% rate states that two figures agree: equalities.py reads those (timed: roles)
    # "按期办结率", "按时结案率": of a figure (closed on time) the text must print (shares.py) --
    # unless the numerator's clause opens with the set it is of ("网上信访事项中,及时受理12,702件")
    qualified = _QUALIFIED.match(name)
    end = d.before(clause)
    before = [q for q in d.qs[max(d.before(pct.sentence[0]), end - _REACH) : end]
              if not q.is_percent and not is_per_n(d, q) and not is_delta(d, q) and not is_previous(d, q)]
    def words(q: Quantity) -> str:
        return re.sub(r"[^\u4e00-\u9fff]", "", d.label(q) + re.split(r"[,;。、]", d.after(q, 12))[0])

    nxt = d.qs[pct.index + 1] if pct.index + 1 < len(d.qs) else None
    if (listed is None and nxt is not None and not nxt.is_percent and nxt.sentence == pct.sentence and name[-2:] in words(nxt)
            and ";" not in d.s[pct.end : nxt.start]  # ("…管理率97.64%;规范管理6,612人": the next item)
            and (not before or name[-2:] not in words(before[-1])) and "其中" not in d.label(nxt)
            and not re.search(r"人均|平均每|户均|件均|日均|月均", d.label(nxt))):  # (nor "结案率93.3%,人均结案56件": an average, no count)
        # (not "满意率98.2%,其中非常满意11,206人次": a part of what the rate counts)
        # "调解撤诉率为42.6%,调解撤诉539件": the rate first, its numerator right after it.
        before.append(nxt)
    if not before:
        return None
    numerator = before[-1]  # (alone in its sentence: its base may be in the sentence before)
    if name[-2:] not in words(numerator):
        return None  # the numerator names what the rate counts: "属实" for 核查属实率
    if re.search(r"应(?:当|该)?(?:依法)?" + re.escape(name[-2:]), words(numerator)):
        return None  # "依法应公开的文书2,468份,公开率97.9%": what was due is the rate's base, not its numerator
    if _CUMULATIVE.search(d.s[clause : pct.start]) and not _CUMULATIVE.search(d.label(numerator)):
        return None  # "本年又整改了9个,累计整改率96.2%": a rate over all years, of counts not printed
    # "其中集中供养0.31万人,分散供养0.83万人,集中供养率27.19%": of the figures naming what the rate
    # counts, the one naming more of the rate's name
    named = [q for q in before if q.sentence == pct.sentence and name[-2:] in words(q)]
    best = max(named, key=lambda q: (_overlap(words(q), name), q.index))
    if _overlap(words(best), name) > _overlap(words(numerator), name):
        numerator = best
        before = before[: before.index(best) + 1]
    if _QUALIFIED.search(words(numerator)) and not _QUALIFIED.search(name):
        # "已办结184,530件,其中按期办结182,163件,办结率99.12%": a plain rate counts all that was done,
        # the unqualified figure of its stage before; none there, no numerator is printed
        plain = [q for q in before[:-1] if compatible(q, numerator) and name[-2:] in words(q)
                 and not _QUALIFIED.search(words(q))]
        if not plain:
            return None
        numerator = plain[-1]
        before = before[: before.index(numerator) + 1]
    from .named_rates import scope_of_its_own  # (here: the import block above is another branch's too)

    measure = re.compile(re.escape(name[-2:]) + "率")
    if scope_of_its_own(d, pct, numerator, measure) and any(
            p.is_percent and p.value != pct.value and measure.search(d.label(p)) for p in d.qs[numerator.index + 1 : pct.index]):
        # "结案3,250件,结案率95.1%,其中食品安全案件结案率94.2%": the figures' rate is stated already; another
        # value of it, named for a kind the figures' sentence does not name, is that kind's
        return None
    if _NEGATED_NAME.search(words(numerator).split(name[-2:])[0]) and not _NEGATED_NAME.search(name[:-2]):
        return None  # "不合格的9卷, 合格率97.2%": the figure the rate does not count
    # "派发工单中实际解决148,936件,解决率…": the set the clause opens with (…中) is the base.
    if qualified and qualified.group() not in words(numerator):
        return None  # ("转办工单中,已办结2.79万件,…按时办结率98.6%": what was closed on time is not printed)
    acted_on = rate_of_an_act_on(d, numerator, name, pct, per, _REACH)
    if acted_on is not None:
        return acted_on
    among = _AMONG.match(re.split(r"[,;。]", d.label(numerator))[-1]) or _OPENED_BY_SET.match(
        re.split(r"[;。:]", d.label(numerator))[-1])  # (also "网上信访事项中,及时受理12,702件")
    if among and not d.in_parentheses(numerator):
        # (the set in visits when the part is in units: "网上信访事项12,735件次" for "及时受理12,702件")
        visits = {u for u, units in load_stages().visits.items() if numerator.unit in units}
        named = _find_by_label(d, [q for q in d.qs[max(0, numerator.index - _REACH) : numerator.index]
                                   if not q.is_percent and (compatible(q, numerator) or q.unit in visits)
                                   and q.value >= numerator.value
                                   and not is_delta(d, q) and not is_previous(d, q)], among.group(1), pct.start)
        if named is not None:
            return Relation("ratio", "ratio.own_name", {"numerator": numerator, "denominator": named, "percent": pct},
                            per=per)
    if qualified:
        return None
    # The base: the nearest figure of the kind before, at least as large; smaller figures of other
    # measures may stand between ("活产数35042人,孕产妇死亡3人,婴儿死亡81人,婴儿死亡率2.31‰").
    base = None
    aside: list[Quantity] = []  # bases of another rate, stated in its brackets: readings only
    for q in reversed(before[:-1]):
        if not compatible(q, numerator) or _an_item(d, q) or kept_of_a_cut(words(q), name) \
                or sibling_outcomes(d, q, numerator):
            continue  # (an outcome beside an outcome: "作出维持决定75件…;…纠错决定75件,纠错率": a sibling)
        if (d.in_parentheses(q) and q.index and d.qs[q.index - 1].is_percent and d.qs[q.index - 1] is not pct
                and q.value >= numerator.value):
            # "办结50,593件,办结率96.40%(受理52,484件);回访满意…,满意率…": the bracket states the
            #办结率's base; the 满意率 may be of the 办结 before it as well
            aside.append(q)
            continue
        between = d.s[q.end : numerator.start]
        if (name[-2:] in words(q) and (q.value < numerator.value or "、" in between)
                and _overlap(words(q), name) < _overlap(words(numerator), name)):
            # "孕产妇死亡0人,婴儿死亡10人、5岁以下儿童死亡15人,…死亡率": naming less of the rate's name
            # than the numerator, smaller or beside it: a sibling's (another subject's), no base
            continue
        if "、" in between and not _CLAUSE_BREAK.search(between):
            # "优秀的112卷、良好的146卷、合格的53卷": a figure beside the numerator may be a kind (no base)
            # or the base ("抽查企业500家、合格企业480家"): no reading ("共有企业2000家,…": 480/2000 failed)
            return None
        if q.index + 1 < numerator.index and _rate_of_its_own(d, q, pct):
            # "出生人口1.52万人,出生率7.31‰;死亡人口1.46万人,死亡率7.02‰": a figure with a rate of its
            # own is an item beside the numerator, not its base (both rates are of the population)
            return None
        if q.value >= numerator.value:
            base = q
            break
        if name[-2:] in words(q):
            return None  # another figure of the rate's own measure: which one is meant is unclear
    if base is None and aside:
        base, aside = aside[0], aside[1:]
    if base is not None and _counts_what_is_rated(d, base, name):
        return None  # "申请退单772件,同意退单471件,退单率4.3%": no X率 of X over X; its work is not printed
    if base is None and not d.in_parentheses(numerator):
        return _base_named_by_the_rate(d, pct, numerator, name, before, per) or \
            _base_in_sentence_before(d, pct, numerator, per)
    if base is None or d.in_parentheses(numerator):
        return None
    if (";" in d.s[base.end : numerator.start] or numerator.is_money) and not _names_its_measure(d, base, numerator):
        # "业务支出5.03亿元;增值收益4.83亿元,增值收益率1.58%": a figure in a clause of its own before the
        # numerator's may be an account beside it -- believed only when it (or a wider one before it)
        # explains the rate, but for one slip. So may any amount beside an amount whose rate it is
        # ("…,增值收益率1.49%": over the average balance, printed nowhere), whatever separates them
        wider = [q for q in before[: before.index(base)] if q.sentence == numerator.sentence
                 and compatible(q, numerator) and q.value > base.value and not _an_item(d, q) and not is_delta(d, q)]
        # (the whole both are parts of by its definition leads, catalog/flows.yaml: "采购预算…,中标金额…,节约率…")
        cands = sorted([base, *wider[-2:]], key=lambda w: not (w is not base and flow_whole_of(d, w, [base, numerator])))
        return explained_readings("ratio.own_name", numerator, cands, pct, per, most=3, text=d.s)
    # Wider figures of the kind stated before the base in the sentence are readings too ("受理4,000件,
    # 办结3,800件,其中群众满意3,420件,满意率85.5%": of the 3,800 closed, or of the 4,000 received;
    # "在册患者3,010人,在管2,930人,…规范管理率…": of the 在管 or of all on the register?).
    others = {q.value: q for q in reversed(before[: before.index(base)]) if q.sentence == numerator.sentence
              and compatible(q, numerator) and q.value > base.value and not _an_item(d, q) and not is_delta(d, q)}
    wider = [*aside[:1], *list(others.values())[:2], *exceeded_bound(before[: before.index(base)], numerator, base)]
    return Relation("ratio", "ratio.own_name", {"numerator": numerator, "denominator": base, "percent": pct}, per=per,
                    readings=[{"numerator": numerator, "denominator": q, "percent": pct} for q in wider])


# "婴儿死亡率和5岁以下儿童死亡率分别为": rate names listed before 分别 (digits belong to a name)
_RATE_NAMES = re.compile(r"((?:[\u4e00-\u9fff\d]{2,14}?率)(?:[和、及与][\u4e00-\u9fff\d]{2,14}?率)+)(?:分别|依次)(?:为|是|达到|达)?$")


_PER_N_LEAD = re.compile(r"\d[\d.]*/$")


def _listed_rate(d: _Doc, pct: Quantity) -> tuple[str, int] | None:
    """"婴儿死亡率和5岁以下儿童死亡率分别为2.16‰和3.42‰": the name (its last Chinese words, as
    _OWN_NAME reads one) of the rate at ``pct``'s place among rates listed with 分别, and where the
    names start -- figures from there on belong to the names. None unless as many names as rates."""
    def rate(q: Quantity) -> bool:  # ("…分别为8.62/10万和2.41‰": a rate per N may share the list)
        return q.is_percent or is_per_n(d, q)

    head = pct
    while head.index and rate(prev := d.qs[head.index - 1]) and d.s[prev.end : head.start] in _CHAIN_GAP:
        head = prev
    start = max(d.last_before(",;:。", head.start), head.sentence[0] - 1) + 1
    end = head.start
    if (lead := _PER_N_LEAD.search(d.s, start, end)) is not None:
        end = lead.start()  # ("8.62/10万": the figure is read as /10万, its value inside the label)
    m = _RATE_NAMES.search(d.s, start, end)
    if m is None:
        return None
    names = re.split(r"[和、及与]", m.group(1))
    chain = [head]
    while chain[-1].index + 1 < len(d.qs) and rate(nxt := d.qs[chain[-1].index + 1]) \
            and d.s[chain[-1].end : nxt.start] in _CHAIN_GAP:
        chain.append(nxt)
    if len(names) != len(chain) or pct not in chain:
        return None
    name = re.sub(r"[^\u4e00-\u9fff]", "", names[chain.index(pct)])[:-1][-8:]
    return (name, m.start()) if len(name) >= 2 else None


def _base_named_by_the_rate(d: _Doc, pct: Quantity, numerator: Quantity, name: str, before: list[Quantity],
                            per: int) -> Relation | None:
    """"床位3,860张,入住老人2,146人,床位入住率55.6%": a rate named by its base and what it counts
    (床位 + 入住) is over the one figure of its sentence before the numerator whose own words are
    the base's name -- of whatever unit (beds over residents)."""
    head = name[: name.rfind(name[-2:])]
    if len(head) < 2:
        return None
    named = [q for q in before if q.index < numerator.index and q.sentence == pct.sentence and not q.is_money
             and d.own_words(q).endswith(head) and not re.search(r"[不未非空]", d.own_words(q))]
    if len(named) != 1 or named[0].value < numerator.value:
        return None
    if named[0].unit != numerator.unit and {named[0].unit, numerator.unit} & _measure_units():
        return None  # (an area over a count of fires: the base is a measure the report does not print)
    return Relation("ratio", "ratio.own_name", {"numerator": numerator, "denominator": named[0], "percent": pct}, per=per)


@functools.lru_cache(maxsize=1)
def _measure_units() -> frozenset[str]:
    """``measure_units`` of catalog/rates.yaml: units of measures, not counters of things."""
    return frozenset(str(u) for u in catalog_yaml("rates.yaml").get("measure_units") or [])


def _names_its_measure(d: _Doc, base: Quantity, numerator: Quantity) -> bool:
    """Do the base's words and the numerator's share a word of two characters ("受理投诉500件;办结投诉
    480件")? Then they count one thing, at two stages."""
    a = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[,;。]", d.label(base))[-1])
    b = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[,;。]", d.label(numerator))[-1])
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


def _base_in_sentence_before(d: _Doc, pct: Quantity, numerator: Quantity, per: int) -> Relation | None:
    """"全县活产数4,126人,孕产妇死亡1例,…;婴儿死亡11人,婴儿死亡率2.67‰": a rate whose own sentence
    states no base takes the figures of the kind in the sentence before (one or two values, no item
    of a list, each at least the numerator) as readings -- believed only when one explains the
    rate, or would but for one misprinted digit."""
    first = d.before(numerator.sentence[0])
    if first == 0 or any(not q.is_percent and compatible(q, numerator) for q in d.qs[first : numerator.index]):
        return None  # a figure of the kind before the numerator in its own sentence: not this case
    prev = d.qs[first - 1].sentence
    found: dict = {}
    for q in reversed(d.qs[max(0, first - _REACH) : first]):
        if q.sentence != prev:
            break
        if (not q.is_percent and compatible(q, numerator) and q.value >= numerator.value and not _an_item(d, q)
                and not is_per_n(d, q) and not is_delta(d, q) and not is_previous(d, q)
                # ("回访6,400件,回访率80.0%。申请退单120件,退单率1.5%": two rates of one base, unless the
                # rate's count is a later stage of the figure, "办结9,800件,办结率98.0%。回访9,000件,回访率…",
                # or names it again: "贷款余额246.37亿元,个贷率78.8%。贷款逾期额0.0286亿元,逾期率0.12‰")
                and not (_rate_of_its_own(d, q, pct) and not later_stage(d, numerator, q)
                         and _overlap(d.own_words(q), d.own_words(numerator)) < 2)
                and not _LISTED.search(d.s, q.sentence[0], q.start)
                and not item_of_an_opened_list(d, q, d.own_words(numerator))):  # ("派发工单中,签收…": an item)
            found.setdefault(q.value, q)
    found = held_across_a_heading(d, found, numerator, pct, per)  # (a base in the section before)
    # (believed when the rate holds over a base or one slip of its own digits away; a slip says little when no
    # word ties them: "…受理审查起诉1,268人…。…办理案件1,142人,适用率91.6%" is over cases not printed)
    return explained_readings("ratio.own_name", numerator, list(found.values()), pct, per, most=2, text=d.s,
                              slips_of="rate")


# the work due names what is rated as what it owes ("应办结2,512件,按时办结…,按时办结率…": a base)
_DUE_OF = re.compile(r"(?:应|需|须|需要|应当|计划|拟|待)[\u4e00-\u9fff]{0,2}$")


def _counts_what_is_rated(d: _Doc, base: Quantity, name: str) -> bool:
    """Does the base count what a rate named by one act alone counts, by its own words' last word
    ("申请退单772件" for 退单率, "启动重办158件" for 重办率)? Such an X率 counts the X of a work load; a
    count of X (applied for, started) beside an X granted is two stages of X, not the rate's base --
    unless it is the X due ("应整改问题…": what the rate's work is). A rate naming a kind of X
    (集中供养率 over 救助供养) is not such a rate."""
    if len(name) != 2:
        return False  # (a kind named before it -- 集中供养率, 问题案卷率 -- is a part of the base's X)
    own = _cjk(d.own_words(base))
    return own.endswith(name) and not _DUE_OF.search(own[: -len(name)])


def _rate_of_its_own(d: _Doc, q: Quantity, pct: Quantity) -> bool:
    """Is ``q`` followed right away by a rate (not ``pct``, not a change) it is the count of?"""
    own = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return own is not None and own.is_percent and own is not pct and "率" in d.label(own) and not is_change_percent(d, own)


def _an_item(d: _Doc, q: Quantity) -> bool:
    """An item of a list with a share of its own ("维持782件,占审结总数的65.8%"): never the base of a
    rate named by its own words."""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    # Only an item with a share of its own: a listed figure may be what a rate is of ("…已整改到位172个,整改率93.5%").
    return nxt is not None and nxt.is_percent and "占" in d.label(nxt)


def bracket_share(d: _Doc, pct: Quantity, per: int, bases: dict[int, Quantity]) -> Relation | None:
    """"部分公开52件(8.7%)": the share of the figure the bracket follows."""
    if not _BRACKET_SHARE.match(d.label(pct)) or not pct.index:
        return None
    part = d.qs[pct.index - 1]
    if part.is_percent or d.s[part.end : pct.start] != "(":
        return None
    base = bases.get(part.index)  # the total the part's list adds up to
    if base is None:
        # The base a share of the same sentence names ("予以公开236件,占办结总数的39.3%;部分公开52件(8.7%)").
        named = d.cache.get("share_bases", {}).get(pct.sentence, [])  # type: ignore[union-attr]
        base = named[0] if len({b.index for b in named}) == 1 else None
    if base is None and (run := share_run(d, pct)):
        # A list of parts with bracketed shares: of the total the list partitions (readings else).
        bases_ = run_bases(d, run)
        if bases_:
            roles = [{"numerator": part, "denominator": b, "percent": pct} for b in bases_]
            return Relation("ratio", "ratio.bracket_share", roles[0], per=per, readings=roles[1:])
    if base is None or not compatible(base, part) or base.index == part.index:
        return None
    return Relation("ratio", "ratio.bracket_share", {"numerator": part, "denominator": base, "percent": pct}, per=per)


def bracket_base(d: _Doc, pct: Quantity, per: int) -> Relation | None:
    """"罚没款3862.47万元,占全省…总额(56802.6万元)的6.8%", "占全市3,126件的13.2%": the base is the
    figure printed inside the words of 占."""
    if not _BRACKET_BASE.match(d.label(pct)) or not d.label(pct) or pct.index < 2:
        return None
    base = d.qs[pct.index - 1]
    if base.is_percent or not _BASE_OPENED.search(d.label(base)):
        return None
    if d.label(base).endswith("(") != d.label(pct).startswith(")"):
        return None  # a bracket opened before the base closes right after it
    if "分别" in d.label(base) or len(_chain(d, pct)) > 1:
        return None  # "…分别占全市受理总量21500件的58.6%和40.0%": shares of a list, position by position
    # The part: the nearest level before 占 ("新收1,876件,比上年增加263件,增幅为16.31%,占…": 1,876).
    levels = [q for q in d.qs[d.before(pct.sentence[0]) : base.index]
              if not q.is_percent and not is_delta(d, q) and not is_previous(d, q)]
    part = level_of_an_average(d, levels, levels[-1]) if levels else None  # (not "月均1,433件": the level)
    subject = subject_before_share(d, base)
    if subject and part is not None:
        # "…重大案件44件,一般案件312件,重大案件占立案数356件的12.4%": the clause names its part
        # before 占 -- the figure so named, not the nearest; none so named, no part
        named = [q for q in levels if _cjk(d.own_words(q)).removeprefix("其中").endswith(subject)]
        part = named[-1] if named else None
    if part is None or not compatible(base, part) or refers_to_items(d, part) or (
            part.unit != base.unit and not any(c.isdigit() for c in part.number)):
        return None  # ("三个领域案件数占全部428件的100%": a count of the items in words is no part)
    prev = d.qs[part.index - 1] if part.index else None
    if prev is not None and prev.sentence == part.sentence and compatible(prev, part) and not prev.is_percent \
            and d.label(part).startswith("、"):
        return None  # ("其中县本级291件、市本级994件,占全省…的7.7%": of the last item, or of the two?)
    return Relation("ratio", "ratio.share", {"numerator": part, "denominator": base, "percent": pct}, per=per)


_CHAIN_GAP = ("、", ",", "和", "及", "")
_REACH = 24  # figures back a rate looks for its terms (a fixed reach keeps long sentences linear)
_PRINTED_REACH = 60  # figures back a list of shares looks for the whole they imply
_RESPECTIVE_BASE = re.compile(r"占(.{1,16}?)的?(比重|比例)?(为|是)?$")


def _total_of_the_item(d: _Doc, pct: Quantity, parts: list[Quantity], base_words: str, big) -> Quantity | None:
    """"受理…28,637件,其中投诉12,416件、举报…。…分别占投诉总量的23.1%、…": the total of 投诉 is the one
    figure (an item of a list or not) named 投诉 and nothing else; None unless exactly one is."""
    key = _cjk(re.sub(r"总数|总量|总计|总额|数量|的|数|全部|所有", "", base_words))
    lo = d.before(max(0, pct.sentence[0] - 400))
    exact = [q for q in d.qs[lo : parts[0].index] if not q.is_percent and compatible(q, parts[0])
             and q.value >= big and len(key) >= 2 and _cjk(d.own_words(q)).removeprefix("其中") == key]
    return exact[0] if len(exact) == 1 else None


def respective_shares(d: _Doc, pct: Quantity, lab: str, per: int) -> list[Relation]:
    """"A 2000件、B 1500件、C 1500件,分别占(受理总量的)40%、30%、30%": one share per listed part."""
    chain = _chain(d, pct)
    k = len(chain)
    if k < 2 or pct.index < k:
        return []
    parts = d.qs[pct.index - k : pct.index]
    # "…网上信访1,218件。三者分别占…": the list closing the sentence before, named again by its count
    back = bool(parts) and parts[-1].sentence != pct.sentence and _refers_back(d, pct, parts)
    named = _subjects_named(d, pct, lab, parts, k) if not any(p.is_percent for p in parts) else parts
    if named is None:
        return []  # the words name whose shares they are, and not the figures before them
    # (the figures right before the shares are theirs only in the shares' sentence; figures the
    # words name may stand in the sentence before: "其中供水类2,367件、排水类1,105件…。供水类、
    # 排水类诉求分别占诉求总量的56.1%、26.2%")
    if any(p.is_percent or (named is parts and not back and p.sentence != pct.sentence) or is_per_n(d, p)
           or is_delta(d, p) for p in named):
        return []
    parts = named
    m = _RESPECTIVE_BASE.search(lab)
    if not all(compatible(parts[0], p) for p in parts[1:]):
        return measures_of_a_scope(d, parts, chain, m.group(1) if m else "", per)
    base = None
    named_words = re.sub(r"[^\u4e00-\u9fff]|^比|分别|依次", "", m.group(1)) if m else ""
    if len(named_words) >= 2 and not words()["generic_totals"].fullmatch(named_words):
        # A base is at least as large as each of its parts; one named as a total (受理总量, 全部…)
        # is no item of a list ("电话渠道受理142,318件" under "共受理186,452件").
        big = max(p.value for p in parts)
        total_named = bool(_TOTAL_WORD.search(m.group(1)))
        partition = d.cache.get("partition", {})
        cands = [q for q in d.qs[d.before(max(0, pct.sentence[0] - 400)) : parts[0].index]
                 if not q.is_percent and compatible(q, parts[0]) and q.value >= big
                 and not (total_named and (q.index in partition  # type: ignore[operator]
                                           or _LISTED.search(d.s, q.sentence[0], q.start)))]
        base = _total_of_the_item(d, pct, parts, m.group(1), big) if total_named else None
        if base is None and total_named and (swells := load_stages().carried_swells) is not None \
                and not swells.search(m.group(1)):
            # ("办结投诉12,438件(含上年结转)": what was closed may hold older work, no total of the year's)
            cands = [q for q in cands if not swells.search(d.clause(q))]
        base = base or _find_by_label(d, cands, m.group(1), pct.start)
        if base is None:
            # Not near: a base the words name, stated in an earlier paragraph or section.
            far = far_named_base(d, m.group(1), parts)
            if len(far) == 1:
                base = far[0]
        if base is None:
            # The named base is not printed, or the figure its words find is smaller than a part
            # ("单日最高受理量1,126件" for 受理总量): no reading to check.
            return []
    else:
        totals = {id(t): t for p in parts if (t := d.cache.get("partition", {}).get(p.index)) is not None}  # type: ignore[union-attr]
        if not totals:
            # No total the parts add up to (the list need not be whole): the one total of the 其中
            # they are listed under ("受理5000件,其中咨询2000件、投诉1500件,占比分别为40%、30%").
            under = [t for t in breakdown_totals(d, parts[0]) or [] if t.value >= max(p.value for p in parts)]
            totals = {id(t): t for t in under[:1]} if len(under) == 1 else {}
        if not totals:
            # No total printed: the whole the parts and their shares imply, if they imply one.
            base = implied_whole(list(zip(parts, chain, strict=True)), per, adds_up=adds_to_whole(chain))
            if base is None and not adds_to_whole(chain):
                # shares of less than the whole: the whole printed before them that they imply
                before = [q for q in d.qs[max(0, parts[0].index - _PRINTED_REACH) : parts[0].index]
                          if compatible(q, parts[0]) and not is_delta(d, q) and not is_previous(d, q)]
                base = printed_whole(before, list(zip(parts, chain, strict=True)), per)
        elif len(totals) == 1:
            base = next(iter(totals.values()))
        else:
            return []  # several totals
    if base is None or any(base.index == p.index for p in parts) or not compatible(base, parts[0]):
        return []
    # "调处纠纷8,624件,调处成功8,472件;其中婚姻家庭纠纷2,136件、…,分别占24.8%、…": shares no words
    # tie to a base may be of a wider figure of the kind before it in the sentence too (two stages)
    wider = [] if named_words and len(named_words) >= 2 else [
        q for q in d.in_range(pct.sentence[0], base.start) if not q.is_percent and compatible(q, base)
        and q.value > base.value and not is_delta(d, q) and not is_previous(d, q)][-2:]
    return [Relation("ratio", "ratio.share", {"numerator": p, "denominator": base, "percent": c}, per=per,
                     readings=[{"numerator": p, "denominator": w, "percent": c} for w in wider])
            for p, c in zip(parts, chain, strict=True)]


_SUBJECTS = re.compile(r"([\u4e00-\u9fff]{2,24}?(?:[和及与、][\u4e00-\u9fff]{2,24}?)+)(?:的)?(?:[\u4e00-\u9fff]{0,6})分别")


_BACK_BY_COUNT = re.compile(r"(?:以上|上述|这|前述)?([两二三四五六七八九十])(?:者|类|项|种|个方面)?(?:案件|诉求|事项)?分别占")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _refers_back(d: _Doc, pct: Quantity, parts: list[Quantity]) -> bool:
    """Do the shares' words open their sentence naming, by a count as large as the list, the
    list that closes the sentence before ("来信486件、来访612件、网上信访1,218件。三者分别占…")?"""
    m = _BACK_BY_COUNT.match(d.s[pct.sentence[0] : pct.start].lstrip())
    if m is None or _COUNT[m.group(1)] != len(parts):
        return False
    return (all(p.sentence == parts[0].sentence and not p.is_percent and not is_delta(d, p) for p in parts)
            and all(re.fullmatch(r"[、和及与][\u4e00-\u9fff]{0,10}", d.s[a.end : b.start]) for a, b in pairwise(parts))
            and d.s[parts[-1].end : pct.sentence[0]].strip() in ("。", ""))


def _subjects_named(d: _Doc, pct: Quantity, lab: str, parts: list[Quantity], k: int) -> list[Quantity] | None:
    """"其中医院1482.6万人次、基层…1563.7万人次、其他机构80.1万人次;医院和基层…诊疗人次分别占47.4%和
    50.6%": when the clause before 分别 names as many subjects as there are shares, the parts are the
    figures those names name -- each one figure of the parts' unit before the shares (None when a
    name finds none or several); else the figures right before the shares."""
    clause = re.split(r"[,;:。]", lab.split("分别")[0] + "分别")[-1]
    m = _SUBJECTS.search(clause)
    if m is None:
        return parts
    names = [n for n in re.split(r"[和及与、]", m.group(1)) if n]
    if len(names) != k:
        return parts
    before = [q for q in d.qs[max(0, pct.index - _REACH) : pct.index - k + k] if not q.is_percent
              and compatible(q, parts[0]) and not is_delta(d, q) and not is_previous(d, q)]
    picked = []
    for n, name in enumerate(names):
        hits = [q for q in before if len(own := item_name(d, q)) >= 2
                and (name.startswith(own) or own.startswith(name) or (n == k - 1 and own in name))]
        if len(hits) != 1:
            # a named subject no figure (or several) answers to: whose shares these are is unclear --
            # unless the figures right before are named so after all (their own names, in order)
            return parts if _named_in_order(d, names, parts) else None
        picked.append(hits[0])
    return picked


def _named_in_order(d: _Doc, names: list[str], parts: list[Quantity]) -> bool:
    owns = [item_name(d, q) for q in parts]
    return all(len(own) >= 2 and (name.startswith(own) or own.startswith(name) or own in name)
               for name, own in zip(names, owns, strict=True))


def _chain(d: _Doc, pct: Quantity) -> list[Quantity]:
    chain = [pct]
    while chain[-1].index + 1 < len(d.qs):
        nxt = d.qs[chain[-1].index + 1]
        if not nxt.is_percent or d.s[chain[-1].end : nxt.start] not in _CHAIN_GAP:
            break
        chain.append(nxt)
    return chain


# words between two figures that make the second a part or a total of the first, no item of one list with it
_NOT_A_LIST = re.compile(r"其中|合计|共计|总计|累计|^[,;]?共")


def _one_list(d: _Doc, figures: list[Quantity], others: re.Pattern) -> bool:
    """Are ``figures`` one list ("受理投诉、举报分别为860件、240件"): between each two, no part or total word
    ("…171件,其中重大纠纷138件", "…,合计化解164件") and no words of the other list ("138件,化解138件")?"""
    return not any(_NOT_A_LIST.search(gap := d.s[a.end : b.start]) or others.search(gap)
                   for a, b in pairwise(figures))


def respective_rates(d: _Doc, pct: Quantity, rate: tuple, per: int) -> list[Relation]:
    """"受理…分别为860件、240件,办结分别为851件、236件,办结率分别为99.0%、98.3%": rate i is of
    numerator i over base i, the two lists of as many figures right before the rates."""
    _, num_words, den_words = rate
    chain = _chain(d, pct)
    k = len(chain)
    if k < 2 or pct.index < 2 * k or counts_unprinted(d, pct):
        return []
    figures = d.qs[pct.index - 2 * k : pct.index]
    if any(q.is_percent or q.sentence != pct.sentence or is_delta(d, q) or is_per_n(d, q) for q in figures):
        return []
    dens, nums = figures[:k], figures[k:]
    if not (_one_list(d, dens, num_words) and _one_list(d, nums, den_words)):
        # "排查A类138件,化解138件;排查B类164件,化解157件,化解率分别为…": each base with its count, item by item
        dens, nums = figures[0::2], figures[1::2]
        if not all(num_words.search(d.label(n)) and den_words.search(d.label(b))
                   for b, n in zip(dens, nums, strict=True)):
            return []
        return [Relation("ratio", "ratio.rate", {"numerator": n, "denominator": b, "percent": c}, per=per)
                for n, b, c in zip(nums, dens, chain, strict=True)
                if compatible(b, n) or counts_alike(b, n)]
    if not (all(compatible(dens[0], q) for q in dens[1:]) and all(compatible(nums[0], q) for q in nums[1:])
            and (compatible(dens[0], nums[0]) or counts_alike(dens[0], nums[0]))):
        return []
    prev, head = (d.qs[dens[0].index - 1] if dens[0].index else None), d.label(dens[0])
    if head[:1] in ("、", "和", "及", "与") or (
            prev is not None and prev.sentence == pct.sentence and not prev.is_percent and compatible(prev, dens[0])
            and "其中" not in head and "中," not in head):
        return []  # lists of other lengths than the rates' ("接访a、b、c,化解x、y,化解率分别为…")
    # Each list is named once, before its first figure: "办结分别为…", "受理投诉、举报分别为…".
    if not num_words.search(d.label(nums[0])) or not den_words.search(d.s[dens[0].sentence[0] : dens[0].start]):
        return []
    return [Relation("ratio", "ratio.rate", {"numerator": n, "denominator": b, "percent": c}, per=per)
            for n, b, c in zip(nums, dens, chain, strict=True)]
