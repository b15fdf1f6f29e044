"""Year-over-year changes: a level, its absolute change, its relative change, its previous value.

How reports state a change (each a figure *role*, see ``figures``):

* a relative change: "同比上升8.6%", "增幅为11.17%", "降幅12%";
* an absolute change (a delta): "同比增加3起", "比上年减少215件", "同比减少5起、3人";
* both: "同比事故起数增加3起、上升8.6%" -- previous = current - delta, and the percent must be
  delta / previous;
* the previous level: "较去年同期的355起", "上年为120件";
* lists: "事故96起、死亡71人、受伤22人,同比分别下降12.7%、18.4%、30.2%" (分别: position by
  position, also when the percents are printed with no separator), "同比事故起数和死亡人数分别
  下降15.2%、21.0%" (the measures are named: each percent goes to the figure it names),
  "同比减少5起、3人,分别下降20%、25%" (分别 maps onto the list of deltas just before), "均下降25%"
  (one percent for each figure).

When the text admits two readings (more percents than figures, names that fit no figure or two)
no change is emitted for it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from ..quantities import Quantity
from .bases import cjk as _cjk
from .change_levels import (
    _counts_the_list,
    _last_run,
    _previous_after,
    _previous_run,
    at_a_rate,
    bracketed_before,
    compared_in_another_change,
    difference_after,
    items_of_a_list,
    named_in_its_bracket,
    not_its_previous,
    several_measures_each,
)
from .change_names import (
    _assign,
    _closest,
    _level_of,
    _named,
    _named_fits,
    _named_like,
    _named_subject,
    _names_another_measure,
)
from .intake_sums import NARROWER_TIME
from .model import _MONEY_SCALE, Relation, compatible, money_value
from .part_changes import whole_readings
from .periods import in_a_period_list
from .ref_years import (
    changed_in_another_year,
    of_another_period,
    of_the_year_named,
    references_apart,
    same_year,
    whole_year_of_a_part,
)
from .roles import (
    DOWN,
    DOWN_WORDS,
    MINUS,
    PLAN_FIGURE,
    REF,
    UP_WORDS,
    change_chains,
    is_budget_gap,
    is_change_percent,
    is_delta,
    is_per_n,
    is_previous,
    measure_names,
)
from .scopes import counts_the_top, is_additive, refers_to_items
from .structure import _Doc

_WHOLE_YEAR = re.compile(r"全年|全年度|年度")


def _changes(d: _Doc) -> list[Relation]:
    """Change claims: chains of change percents and the figures they are about."""
    out: list[Relation] = []
    for chain in change_chains(d):
        q = chain[0]
        lab = d.label(q)
        signs = _signs(d, chain, lab)
        subjects, prevs, deltas = _change_context(d, q, chain)
        if not subjects:
            continue
        if not deltas and len(chain) == 1 and (after := difference_after(d, q)) is not None:
            deltas = [after]  # "受理量上升9.7%,增加4,995件": the difference after its percent is its own
        if not prevs:
            prevs = _previous_after(d, chain) or bracketed_before(d, subjects, chain)
        prev_q = prevs[-1] if prevs else None
        if len(chain) == 1 and len(subjects) > 1 and _names_a_total(d, q) \
                and not any(_TOTAL_WORDS.search(d.label(x)) for x in subjects):
            continue  # "…网上信访38件次,…。信访总量同比增长3.2%": the total is none of the listed figures
        head = _own_subject(d, q) if len(chain) == 1 else None
        if head and not any(head in _cjk(d.label(x)) + _OTHER_ACT.split(d.after(x, 6))[0] for x in subjects):
            continue  # "企业48户,全年工业增加值比上年增长8.3%": the change names a measure of its own
        series = _period_series(d, chain, subjects, lab)
        if series:
            out.extend(series)
            continue
        pairs = _pairs(d, chain, subjects, deltas, lab)
        if _items_unnamed(d, q, lab, [c for c, _, _ in pairs]):
            continue
        # "上年同期分别为120件、96件,分别增长…": a list of previous levels, position by position.
        by_position = (len(pairs) > 1 and len(prevs) == len(pairs)
                       and all(compatible(p, c) for p, (c, _, _) in zip(prevs, pairs, strict=True)))
        # More figures than percents, matched in order with nothing naming them: the percents may be of the
        # last figures ("…96起、死亡71人、受伤22人,同比分别下降…" after another kind) -- a reading.
        k, n = len(chain), len(subjects)
        shifted = (k > 1 and n > k and not measure_names(lab) and all(x is None for _, _, x in pairs)
                   and [c for c, _, _ in pairs] == subjects[:k])
        for i, (cur, pct, delta) in enumerate(pairs):
            if changed_in_another_year(d, pct, cur):
                continue  # ("2022年、2023年…分别为1,120件和1,268件,2021年增长13.2%")
            prev: Quantity | Decimal | None = None
            level: Quantity | None = None  # a level of another year than the change's, with its difference
            sign = signs.get(pct.index, signs[chain[0].index])
            if by_position:
                prev = prevs[i]
            elif prev_q is not None and compatible(prev_q, cur) and len(pairs) == 1 \
                    and not compared_in_another_change(d, prev_q, pct):
                prev = named_in_its_bracket(d, prevs, of_the_year_named(d, pct, prevs, prev_q), pct)
                if prev is None or not_its_previous(d, prev, cur):
                    continue
                if not same_year(d, pct, prev, cur):
                    # "上年为1,250件,比2022年增长10.0%": against a year whose level is not printed (the
                    # level and a difference printed right after it still add up: "较2022年的1,200件增加120件")
                    level = prev if delta is not None and delta.index == prev.index + 1 else None
                    prev = None
            elif delta is not None and not _other_base(d, delta, pct):
                prev = _previous_from_delta(d, cur, delta)
            if of_another_period(d, pct, cur) or whole_year_of_a_part(d, [pct, delta], cur):
                continue  # "…比上年增长8.2%(1-11月增长7.9%)": the change of a part of the year, not printed
            if delta is not None and (_period_compared(d, delta, cur) or _added_part_before(d, delta, pct)):
                continue
            if prev is None and is_per_n(d, cur):
                continue  # "每十万人立案数为208起,下降6.2%": a rate per N, no whole count: any previous fits
            from_delta = isinstance(prev, Decimal) and delta is not None
            readings = [{"current": subjects[n - k + i], "percent": pct}] if shifted \
                else whole_readings(d, cur, pct, prev, delta if from_delta else None)
            if from_delta:
                for r in readings:
                    r["previous"] = _previous_from_delta(d, r["current"], delta)  # type: ignore[arg-type]
                if prev <= 0 and not cur.is_money:  # type: ignore[operator]
                    # "其中…法人提出3件,较上年增加18件,增长16.7%": a count smaller than its own increase is
                    # no level that grew by a percent -- the change is the whole's, or no reading
                    if not readings:
                        continue
                    cur, prev, readings = readings[0]["current"], readings[0]["previous"], []  # type: ignore[assignment]
            if k == 1 and len(pairs) == 1 and delta is None and prev is None and not measure_names(lab):
                # "越级上访86批次、203人次,同比下降23.2%": one percent after a list of figures joined
                # by "、", naming none of them -- it may be the change of any of the list.
                run = _last_run(d, subjects)
                if len(run) > 1 and run[-1] is cur:
                    readings = [{"current": x, "percent": pct} for x in run[:-1] if not is_per_n(d, x)]
                elif items_of_a_list(d, subjects, cur):
                    continue  # ("予以公开30件,部分公开10件,不予公开5件,同比增长12.0%": or of their sum, unprinted)
            out.append(Relation("change", "change.yoy", {"current": cur, "percent": pct}, sign=sign, previous=prev,
                                readings=readings))
            if level is not None and delta is not None:  # (the difference's own direction, not the change's)
                prev, sign = level, -1 if _DOWN_DELTA.search(d.label(delta)) else 1
            if isinstance(prev, Quantity) and delta is not None:
                # "较去年同期的355起,下降101起": the two figures and the difference add up.
                if sign < 0:
                    out.append(Relation("sum", "sum.difference", {"total": prev, "parts": [cur, delta]}))
                else:
                    out.append(Relation("sum", "sum.difference", {"total": cur, "parts": [prev, delta]}))
    return out


_TIME_HEAD = re.compile(r"^(?:全年|今年|本年|当年|年内|全市|全县|全区|\d{4}年度?|其中|同时|此外|另外)+")
_MEASURE_TAIL = re.compile(r"(?:起数|人数|件数|次数|家数|户数|数量|总数|总量|规模|数)$")
# words after a figure that open another act ("不属实的55条已向评价人作出说明": 评价 names no figure)
_OTHER_ACT = re.compile(r"已|向|对|将|被|由")
# a measure named by its total or count right before the change's verb, no period between (or by a
# value a statistical release grows at comparable prices: "规模以上工业增加值增长5.6%" is no change of
# the "规模以上工业企业23家" before it)
_NAMED_MEASURE_CHANGE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<=总量|总数|数量|件数|人数|起数|加值|产值|总值|总额|售额|收入|支出|投资)"
                                   r"(?:增长|下降|上升|减少|增加)$")



_TOTAL_WORDS = re.compile(r"总量|总数|总额|总计|总体|合计|共")
def _names_a_total(d: _Doc, pct: Quantity) -> bool:
    """Does the change's own clause name a total (信访总量, 案件总数) before its reference period?"""
    start = max(d.s.rfind(c, pct.sentence[0], pct.start) for c in ",;:") + 1
    clause = d.s[max(start, pct.sentence[0]) : pct.start]
    m = REF.search(clause)
    if m is None or re.search(r"和|与|及|、|均|分别", clause):
        return False  # several measures named: the distributive readings decide (measure_names)
    return bool(_TOTAL_WORDS.search(clause[: m.start()]))


def _own_subject(d: _Doc, pct: Quantity) -> str | None:
    """The head noun of the measure a change's own clause names before its reference period
    ("全年规模以上工业增加值比上年增长8.3%" -> 加值; "案件数量同比增长" -> 案件), or None when the clause
    names none ("同比增长8%") or holds a figure of its own."""
    s = d.s
    start = max(s.rfind(c, pct.sentence[0], pct.start) for c in ",;:") + 1
    if d.in_range(start, pct.start) and any(not q.is_percent for q in d.in_range(start, pct.start)):
        return None
    clause = s[max(start, pct.sentence[0]) : pct.start]
    m = REF.search(clause) or _NAMED_MEASURE_CHANGE.search(clause)  # (no period: "评价总量增长18.7%")
    if m is None or re.search(r"和|与|及|、|均|分别", clause):
        return None  # several measures named: the distributive readings decide (measure_names)
    subject = _MEASURE_TAIL.sub("", _TIME_HEAD.sub("", _cjk(clause[: m.start()])))
    return subject[-2:] if len(subject) >= 2 else None


def _period_series(d: _Doc, chain: list[Quantity], subjects: list[Quantity], lab: str) -> list[Relation]:
    """"前三个季度分别收到申请118件、139件、155件,二、三季度环比分别增长17.8%、12.5%": k 环比 percents
    after a list of k + 1 periods' figures are the changes from each period to the next."""
    if "环比" not in lab or not deltas_free(d, subjects):
        return []
    run = _last_run(d, subjects)
    if len(run) != len(chain) + 1 or len({q.unit for q in run}) != 1:
        return []
    if not _periods_in_a_row(d.s[run[0].sentence[0] : run[0].start], len(run)):
        return []  # "一季度、三季度分别…,三季度环比…": the period before the third is not printed
    signs = _signs(d, chain, lab)
    return [Relation("change", "change.yoy", {"current": cur, "percent": pct}, sign=signs.get(pct.index, 1),
                     previous=prev)
            for prev, cur, pct in zip(run[:-1], run[1:], chain, strict=True)]


_PERIOD = re.compile(r"(?<![\d一二三四五六七八九十个])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])(?:个?月(?!底|末|份?以来)|季度)")
_SHARED_SUFFIX = re.compile(r"((?:(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])、)+(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九]))(月|季度)")
_ORDINAL = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_RANGE = re.compile(r"前|至|到|[-~—－]")


def _periods_in_a_row(words: str, n: int) -> bool:
    """Do the words before a run of ``n`` figures name periods that follow one another -- n periods
    named in a row (1月、2月、3月), a range (前三个季度, 1-3月) or none (各季度)? "一季度、三季度" is
    not: the 环比 of the third quarter is over the second's, which is not printed. ("一、二、三季度"
    names three.)"""
    words = _SHARED_SUFFIX.sub(lambda m: "、".join(x + m.group(2) for x in m.group(1).split("、")), words)
    named = [int(m.group(1)) if m.group(1).isdigit() else
             (10 + _ORDINAL.get(m.group(1)[1:], 0) if m.group(1).startswith("十") else _ORDINAL[m.group(1)])
             for m in _PERIOD.finditer(words)]
    if len(named) >= 2:
        return len(named) == n and all(b == a + 1 for a, b in pairwise(named))
    return not named or bool(_RANGE.search(words))


def deltas_free(d: _Doc, figures: list[Quantity]) -> bool:
    return not any(is_delta(d, q) or is_previous(d, q) for q in figures)


def _named_before(d: _Doc, delta: Quantity, end: int) -> Quantity | None:
    """The one figure of the two sentences before ``end`` whose words end with the measure the
    delta's clause names before its reference period ("税收收入比上年增加…" -> "税收收入318.27亿元")."""
    clause = d.s[d.seg_start(delta.start) : delta.start]
    m = REF.search(clause)
    if m is None:
        return None
    name = _TIME_HEAD.sub("", _cjk(clause[: m.start()]))
    if len(name) < 3:
        return None  # "同比增加…", "总量比上年…": too little to name a figure by
    head = d.last_before("。\n", d.last_before("。\n", end) - 1) + 1
    # ("立案数比上年增加58件" names "立案764件": the measure's count word is the figure's own act)
    short = _MEASURE_TAIL.sub("", name)
    names = (name, short) if len(short) >= 2 else (name,)
    found = {q.value: q for q in d.in_range(head, end) if not q.is_percent and compatible(q, delta)
             and not is_delta(d, q) and not is_previous(d, q) and not d.in_parentheses(q)
             and d.own_words(q).endswith(names)}
    return next(iter(found.values())) if len(found) == 1 else None


def _signs(d: _Doc, chain: list[Quantity], lab: str) -> dict[int, int]:
    """The sign of each percent of a chain: the opener's verb, until a verb between two percents
    turns it ("分别增长5%和下降3%")."""
    sign = -1 if DOWN.search(lab.rstrip(MINUS)[-8:]) else 1
    out = {chain[0].index: -sign if lab.endswith(tuple(MINUS)) else sign}
    for a, b in pairwise(chain):
        gap = d.s[a.end : b.start]
        if DOWN.search(gap):
            sign = -1
        elif re.search(UP_WORDS, gap):
            sign = 1
        out[b.index] = -sign if gap.endswith(tuple(MINUS)) else sign  # "增长5.2%、-3.1%": a fall
    return out


_YEAR_START = re.compile(r"[比较]年初")
_YEAR_END_BEFORE = re.compile(r"年初|上年末|去年末|上年底|去年底")


def _items_unnamed(d: _Doc, pct: Quantity, lab: str, levels: list[Quantity]) -> bool:
    """"五个区县中三个区县诉求量上升,…;乙区、丁县分别下降2.8%和4.8%": a change naming its items before 分别
    (not measures: those ``measure_names`` reads) is of the figures those names name -- none of the levels
    found is named so (counts of places here), so none is theirs."""
    if "分别" not in lab or measure_names(lab):
        return False
    head = d.phrase(pct).split("分别")[0]
    names = [n for n in (_NOT_CJK_CHARS.sub("", x) for x in re.split(r"[、和及与]", head)) if n]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return False
    return bool(levels) and not any(n in d.label(c) for c in levels for n in names)


_NOT_CJK_CHARS = re.compile(r"[^\u4e00-\u9fff]")
_PERIOD_COMPARED = re.compile(r"^(?:其中)?((?:[上下]半年|(?:第)?[一二三四1-4]季度|\d{1,2}月份?|前三季度))"
                              r"[\u4e00-\u9fff]{0,6}[比较]")


def _period_compared(d: _Doc, delta: Quantity, cur: Quantity) -> bool:
    """"1—6月为168,427件,7—12月为186,352件,全年合计354,779件,下半年比上半年增加17,925件": the delta's clause
    opens with the period it compares (下半年 against 上半年), which the level before it is not named by --
    the year's total is no level of that comparison."""
    m = _PERIOD_COMPARED.match(d.clause(delta))
    return m is not None and m.group(1) not in d.label(cur)


def _added_part_before(d: _Doc, delta: Quantity, pct: Quantity) -> bool:
    """"累计公开8,643条,其中本年新增2,158条,比上年增长17.8%": an addition named as a part of a running
    total (its clause opens with 其中) right before the change is that total's increase and a level of
    its own -- the change may be the total's (its previous the total less the part) or the part's
    (against last year's additions, not printed): no reading is sure."""
    if any(not d.in_parentheses(q) for q in d.qs[delta.index + 1 : pct.index]):
        return False  # (a level compared against may stand between in brackets: "比上年新增数(1,832条)")
    clause = d.s[d.last_before(",;:。\n", delta.start) + 1 : delta.start]
    return clause.startswith("其中")


def _other_base(d: _Doc, delta: Quantity, pct: Quantity) -> bool:
    """Does the percent name a reference other than the delta's start of the year ("6月末…比年初增加
    105亿元,比上年同期增长12.0%": not of the 年初 level, which only a year-end figure shares)?"""
    lab = d.label(pct)
    if _YEAR_START.search(d.label(delta)) and REF.search(lab) and not _YEAR_END_BEFORE.search(lab):
        return True
    if _YEAR_START.search(d.label(delta)) and not REF.search(lab) and "同比" in d.s[pct.sentence[0] : pct.sentence[1]]:
        return True  # "存款…比年初增加1,027.5亿元,同比增长9.4%;贷款…比年初增加986.2亿元,增长10.2%": 同比, as its parallel says
    # "较一季度减少348件,同比下降30.9%", "较上年同期减少348件,环比下降12.5%": the delta and the percent
    # are measured against two different periods
    a, b = _ref_class(d.label(delta)), _ref_class(lab)
    return (a is not None and b is not None and a != b) or references_apart(d, delta, pct)


_PERIOD_REF = re.compile(r"环比|[比较](?:上|[一二三四1-4])季度|[比较][上下]半年|[比较]上月|[比较]\d{1,2}月")
_YEAR_REF = re.compile(r"同比|上年|去年|上一年|\d{4}年")


def _ref_class(label: str) -> str | None:
    """Which period a change's words measure against: last year's, another period of this year, or none said."""
    period, year = _PERIOD_REF.search(label), _YEAR_REF.search(label)
    if period and year:
        return None
    return "period" if period else "year" if year else None


# The words of a decrease in a delta's label, with every one the delta role reads ("同比减收18.6亿元"
# is 18.6 less than last year, not more; "办理时长缩短0.8天" is 0.8 days less).
_DOWN_DELTA = re.compile(rf"{DOWN_WORDS}|少|减收|减支|减产|净减|缩减|减了?$")


def _previous_from_delta(d: _Doc, cur: Quantity, delta: Quantity) -> Decimal:
    """The previous level a current level and its printed difference imply."""
    down = bool(_DOWN_DELTA.search(d.label(delta))) or _in_down_list(d, delta)
    diff = delta.value
    if cur.is_money:  # "3.5万元,比上年增加5000元": the difference in the current's unit
        diff = money_value(delta) / _MONEY_SCALE.get(cur.unit, Decimal(1))
    return cur.value + diff if down else cur.value - diff


def _in_down_list(d: _Doc, delta: Quantity) -> bool:
    """"同比减少5起、3人": the 3人 continues a list opened by a decrease."""
    i = delta.index
    while i > 0 and d.s[d.qs[i - 1].end : d.qs[i].start] in ("、", "和", "及"):
        i -= 1
        if _DOWN_DELTA.search(d.label(d.qs[i])):
            return True
    return False


_EACH = re.compile(r"均|双")  # (compiled once: asked per chain of changes)
_EACH_CHANGED = re.compile(r"(均|双)[^,;。]{0,6}(上升|增长|增加|下降|减少)")


def _pairs(d: _Doc, chain: list[Quantity], subjects: list[Quantity], deltas: list[Quantity],
           lab: str) -> list[tuple[Quantity, Quantity, Quantity | None]]:
    """Which figure (and which delta) each percent of the chain is about; [] when unclear."""
    seg_text = d.s[d.seg_start(chain[0].start) : chain[0].start]
    names = measure_names(lab)
    if len(chain) > 1:
        if len(deltas) == len(chain):
            # "同比减少5起、3人,分别下降20%、25%": 分别 maps onto the deltas, each delta onto its level;
            # "118起、死亡96人、受伤47人,同比减少14起、9人、6人": two parallel lists, position by position.
            if len(subjects) == len(deltas) and all(compatible(a, b) and _named_fits(d, a, b)
                                                    for a, b in zip(subjects, deltas, strict=True)):
                return list(zip(subjects, chain, deltas, strict=True))
            out = []
            for delta, pct in zip(deltas, chain, strict=True):
                cur = _level_of(subjects, delta, d)
                if cur is None:
                    break
                out.append((cur, pct, delta))
            else:
                return out
            # "事故起数和死亡人数分别减少24起、13人,分别下降…": the deltas name their measures.
            dnames = measure_names(d.label(deltas[0]))
            picked = _assign(d, subjects, dnames) if len(dnames) == len(deltas) else []
            if picked and all(compatible(c, x) for c, x in zip(picked, deltas, strict=True)):
                return list(zip(picked, chain, deltas, strict=True))
            return []
        if names:
            # "同比事故起数和死亡人数分别下降15.2%、21.0%": each percent goes to the figure it names.
            if len(names) != len(chain):
                return []
            picked = _assign(d, subjects, names)
            return list(zip(picked, chain, [None] * len(picked), strict=True)) if picked else []
        if len(subjects) < len(chain) or several_measures_each(subjects, len(chain)):
            return []
        run = _last_run(d, subjects)
        if len(run) > len(chain):
            # "交通、水利、建设领域分别查处126件、58件、97件,同比分别增长5%、8%": the list 分别 maps
            # onto is longer than the percents -- which figure has none is not said: no guess.
            return []
        if len(run) == len(chain) < len(subjects):
            # "检查企业1200家次,发生事故96起、死亡72人,同比分别下降…": the list joined by "、" right
            # before 分别 is the one it distributes over.
            return [(cur, pct, None) for cur, pct in zip(run, chain, strict=True)]
        return [(cur, pct, None) for cur, pct in zip(subjects[: len(chain)], chain, strict=True)]  # 分别: in order
    q = chain[0]
    if _EACH.search(lab) or _EACH_CHANGED.search(seg_text):
        if 1 < len(names) < len(subjects):
            # "事故起数和受伤人数均下降20%" after three figures: the figures named, not every one.
            return [(cur, q, None) for cur in _assign(d, subjects, names)]
        # "均下降25%": every figure of the list right before it ("检查企业500家次,办理建议27件、提案
        # 54件,同比均增长8%": not the 家次), else of the group.
        run = _last_run(d, subjects)
        return [(cur, q, None) for cur in (run if len(run) > 1 else subjects)]
    cur = None
    if names:
        if len(names) > 1:
            return []  # "起数和人数均…" without 均 would be two figures for one percent
        cur = _named(d, subjects, names[0])
        if cur is None:
            return []  # the named measure is not among the figures before
    near = next((x for x in reversed(deltas) if x.index < q.index), None)
    if near is not None and cur is None and _names_another_measure(d, near, q):
        # "受伤人数增加3人,直接财产损失上升10.2%": the percent's clause names a measure of its own,
        # not the delta's: the figure so named, else nothing
        levels = [x for x in subjects if is_additive(d, x)] or subjects
        named = _named_subject(d, levels, d.own_words(q))
        return [(named, q, None)] if named is not None and named is not _level_of(levels, near, d) else []
    if near is not None and not any(p.is_percent for p in d.qs[near.index + 1 : q.index]):
        # "检查企业数增加212家次,增长15.4%,罚款金额减少31.2万元,下降11.7%": a percent right after
        # a delta is that delta's change, of the level the delta belongs to.
        # (an average, "日均782.6件", is no level of a total's delta)
        levels = [x for x in subjects if is_additive(d, x)] or subjects
        level = cur or _level_of(levels, near, d) or _named_like(d, levels, near) or _closest(levels, [near])
        if level is None or not compatible(level, near):
            return []
        return [(level, q, near)]
    if cur is None:
        # An average ("日均1441件") is not what a total's change is about when a total is listed too.
        levels = [q for q in subjects if is_additive(d, q)] or subjects
        cur = _named_subject(d, levels, lab) or _closest(levels, deltas)
    delta = next((x for x in deltas if x.index > cur.index and _level_of([cur], x, d) is cur), None)
    return [(cur, q, delta)]


_OF_A_PLAN = re.compile(r"(?:完成|为)[^,;。\d]{0,8}(?:预算|计划|目标|任务)[^,;。\d]{0,4}的$")


def _change_context(d: _Doc, pct: Quantity, chain: list[Quantity]
                    ) -> tuple[list[Quantity], list[Quantity], list[Quantity]]:
    """The figures a change is about (the last group before it), the previous figures, the deltas."""
    s = d.s
    sent = d.last_before("。\n;", pct.start) + 1
    before = [q for q in d.in_range(sent, pct.start) if not q.is_percent]
    prevs = _previous_run(d, before)
    deltas = [q for q in before if is_delta(d, q) and not is_budget_gap(d, q)]  # (短收: against the budget)
    if "均" not in d.label(pct) and "分别" not in d.label(pct) and any(
            refers_to_items(d, q) for q in d.in_range(d.seg_start(pct.start), pct.start)):
        return [], prevs, deltas  # "以上两项合计同比下降3.6%": of the items' sum, which is not printed
    subjects = [q for q in before if not is_previous(d, q) and not is_delta(d, q) and not d.in_parentheses(q)
                and not _counts_the_list(d, q, pct) and not counts_the_top(d, q)
                and not PLAN_FIGURE.search(d.label(q))]  # ("为调整预算18.05亿元的102.3%": a plan)
    if not subjects and (opened := s.rfind("(", sent, pct.start)) > s.rfind(")", sent, pct.start):
        # "热点诉求前三位依次为:供水供电(2,164件,同比增长28.7%)": a bracket naming an item's figure and its
        # change -- the one level before the change inside that bracket
        inner = [q for q in before if q.start > opened and not is_previous(d, q) and q not in deltas]
        subjects = inner if len(inner) == 1 and not re.search(r"[,;:]", s[opened : inner[0].start]) else []
    if not subjects and s[max(0, sent - 2) : sent].strip().endswith(";") and not any(
            q.is_percent and _own_subject(d, q) for q in d.in_range(sent, pct.start)):
        # "…;环比…分别上升53.3%、33.3%": the figures are in the sentence before the ";" (which
        # may end a line of a PDF copy: "…败诉率7.87%;\n败诉案件较上年减少14件,下降13.9%") -- unless
        # a change before this one names a measure of its own ("…上升的2个;进京访总量同比下降42.1%,
        # 赴省访下降18.6%": a list of measures' changes, whose levels are not printed).
        head = sent - 1 if s[sent - 1] == ";" else sent - 2
        sent = d.last_before("。\n", head) + 1
        before = [q for q in d.in_range(sent, pct.start) if not q.is_percent]
        subjects = [q for q in before if not is_previous(d, q) and q not in deltas and not is_delta(d, q)
                    and not d.in_parentheses(q)]
    # The sentence before ends at its "。" (also at the end of the line before: "。\n").
    end = sent - 1 if s[sent - 1 : sent] == "。" else sent - 2 if s[sent - 2 : sent] == "。\n" else -1
    # deltas naming their measures: together ("事故起数和死亡人数分别减少…") or each its own
    # ("与上年同期相比,事故起数减少21起,死亡人数减少17人,分别下降…")
    named_deltas = bool(deltas) and (len(measure_names(d.label(deltas[0]))) > 1 or (
        len(deltas) > 1 and all(len(measure_names(d.label(x))) == 1 for x in deltas)))
    if not subjects and end > 0 and (measure_names(d.label(pct)) or named_deltas):
        # "…死亡30人、受伤12人。与上年相比,事故起数和死亡人数分别下降…": the measures are named,
        # their figures are in the sentence before (names pick them; no name, no change).
        head = d.last_before("。\n", end) + 1
        subjects = [q for q in d.in_range(head, end) if not q.is_percent and not is_previous(d, q)
                    and not is_delta(d, q) and not d.in_parentheses(q)]
        if _WHOLE_YEAR.search(d.label(pct)):
            # "全年受理18,426件,日均50件,单日最高…187件。全年受理量比上年增长6.4%": a change naming the
            # whole year's measure is of no figure of a day, a peak or an average
            subjects = [q for q in subjects if not NARROWER_TIME.search(d.label(q))]
        if subjects and ";" in s[subjects[0].end : subjects[-1].start] and any(
                sum(1 for q in subjects if q.unit == x.unit) > 1 for x in deltas or chain):
            # "较大事故3起、死亡12人;一般事故120起、死亡40人。…事故起数减少15起": the measure named
            # may be of either clause or of both together (unprinted): no level is read
            subjects = []
        if len(subjects) > 1 and in_a_period_list(d, subjects[0]):
            # "1月、2月、3月分别受理…。与上年同期的24,130件相比,受理量增长9.8%": the measure over
            # the whole period (its total, stated before), none of its months
            subjects = []
    elif not subjects and end > 0 and re.search(r"分别|均", d.label(pct)):
        # "…死亡30人、受伤12人。同比分别下降20%、25%、20%。": unnamed, the list closing the sentence
        # before -- only when it has as many figures as there are percents (or any, for 均).
        head = d.last_before("。\n", end) + 1
        prior = [q for q in d.in_range(head, end) if not q.is_percent]
        run = _last_run(d, prior) if prior else []
        closes = bool(run) and len(s[run[-1].end : end]) <= 4
        if closes and not any(is_previous(d, q) or is_delta(d, q) for q in run) and (
                len(run) == len(chain) > 1 or (len(chain) == 1 and len(run) > 1 and "均" in d.label(pct))):
            subjects = run
    elif not subjects and end > 0 and len(deltas) == 1 and len(chain) == 1:
        # "…税收收入318.27亿元,…。税收收入比上年增加16.04亿元,增长5.31%": the change names its level
        # by the words of a figure in the sentences before.
        named = _named_before(d, deltas[0], end)
        subjects = [named] if named is not None else []
    chained = {c.index for c in chain}
    # (not the level against a plan: "收入32.58亿元,完成预算的101.6%,同比增长4.9%" -- such a ratio
    # has no change of its own to report; the change is the level's)
    subjects = subjects[-1:] if subjects and at_a_rate(d, subjects, prevs) else subjects  # (the rate's, no count's)
    rate_between = subjects and any(q.is_percent and q.index not in chained and not is_change_percent(d, q)
                                    and not _OF_A_PLAN.search(d.label(q)) and not (
                                        d.label(q) == "的" and PLAN_FIGURE.search(d.label(d.qs[q.index - 1])))
                                    for q in d.qs[subjects[-1].index + 1 : pct.index])
    if rate_between and not any(compatible(x, subjects[-1]) for x in deltas):
        # "受理100件,办结率为98.5%,同比提高1.2%": the change may be the rate's, not the count's --
        # unless a count's delta says whose it is ("败诉87件,败诉率7.87%;败诉案件较上年减少14件,下降13.9%").
        return [], prevs, deltas
    if not subjects:
        return [], prevs, deltas
    # The last group: figures listed together ("23起、死亡20人、受伤6人").
    group = [subjects[-1]]
    for q in reversed(subjects[:-1]):
        between = s[q.end : group[0].start]
        if re.search(r"[。;]", between) or len(re.sub(r"\([^()]*\)", "", between)) > 14:
            break
        group.insert(0, q)
    k = len(chain)
    if k > len(group) and len(subjects) >= k and "分别" in d.label(pct):
        # "受理投诉1200件;受理举报300件;同比分别增长20%、25%": 分别 over parallel clauses split by
        # ";" -- the last k figures, when each clause between holds one of them only.
        run = subjects[-k:]
        # (or however long their words, when they are the sentence's only figures: "行政复议案件63件,以区属
        # 执法单位为被告的行政诉讼案件41件,分别较上年下降11.3%和增长7.9%")
        alone = len(subjects) == k and not any(q.index < run[0].index and not q.is_percent for q in d.qs[
            d.before(run[0].sentence[0]) : run[0].index]) and not re.search("[。;]", s[run[0].end : run[-1].start])
        if alone or all(not re.search("。", s[a.end : b.start]) and len(re.sub(r"\([^()]*\)", "", s[a.end : b.start])) <= 14
                        for a, b in pairwise(run)):
            group = run
    # (a delta with a change of its own after it is that change's: "较2023年的58,621件增加2,637件,
    # 增长4.5%,较2022年的52,416件增长16.9%" -- 2,637 is no difference from 52,416)
    return group, prevs, [x for x in deltas if x.index > group[0].index and not any(
        q.is_percent and q.index not in chained and is_change_percent(d, q) for q in d.qs[x.index + 1 : pct.index])]
