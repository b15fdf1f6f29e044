"""Rates and shares against their base: named rates, 占 shares, per-N rates, ratio expressions."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .anaphoric_bases import anaphoric_base, is_anaphoric
from .bases import (
    agreed_base,
    as_printed,
    expand_base_words,
    far_named_base,
    of_another_subject,
    past_the_intake,
    qualifier_added,
    qualifier_unsaid,
    run_bases,
    share_run,
)
from .bases import cjk as _cjk
from .bases import names_a_base as _names_a_base
from .bases import names_head as _names_head
from .bases import same_scope as _same_scope
from .bases import size as _size
from .breakdown_shares import shares_of_a_named_breakdown
from .breakdown_totals import _breakdown_total, breakdown_totals, set_left_open
from .clause_sets import clause_set_base
from .distributed import list_names, names_item, unnamed_item
from .joined_bases import (
    item_named_exactly,
    joined_base,
    joined_parts,
    letter_graded,
    lettered_part,
    names_one_figure,
    qualified_part,
)
from .model import Relation, compatible
from .named_rates import (
    _is_item,
    _named_rate,
    _own_share,
    named_rate_of,
    one_items_rate,
    rate_vocabulary,
)
from .nested_shares import named_bases, nested_share
from .opened_sets import named_by_its_opener
from .part_rates import IN_WHICH_SUBJECT, siblings_over_each_other
from .plan_sections import under_plans
from .prose_columns import in_prose_column
from .quarter_shares import year_of_its_quarters
from .rate_brackets import rate_over_its_bracket, rate_over_its_operands, share_over_its_bracket, with_bracketed_base
from .rate_readings import explained_readings
from .rate_subjects import over_its_object
from .rates import _chain, bracket_base, bracket_share, own_name_rate, respective_rates, respective_shares
from .respective import respective_named_rates
from .respective_targets import respective_targets
from .roles import is_change_percent, is_delta, is_per_n, is_previous
from .scopes import refers_to_items
from .share_lists import listed_shares
from .share_partitions import _share_partitions
from .share_parts import (
    _of_topic,
    _partition_total,
    _partitions,
    _siblings_agree,
    _whole_if_as_named,
    base_named_otherwise,
    base_of_its_stage,
    base_of_sentence_before,
    base_of_the_opened_set,
    base_qualified_by_the_part,
    by_manner,
    complete_list_sum,
    counted_in,
    earlier_wholes,
    generic_base_far,
    label_with_subject,
    list_siblings,
    may_be_sum,
    names_the_year,
    not_of_clause_set,
    opened_by_a_set,
    parts_name_their_total,
    position_named,
    scope_of_base_said,
    set_named,
    sibling_share_of_a_scope,
    subtotal_of,
    tied_bases,
    total_after_part,
)
from .share_siblings import SHARE_WORDS, listed_beside, named_like_the_part
from .share_subjects import (
    another_kind,
    base_of_its_own_span,
    count_before_rate,
    explained_by_bracket,
    kinds_of_the_subject,
    level_of_an_average,
    measure_named,
    names_the_item,
    of_another_kind,
    of_another_measure,
    of_its_measure,
    of_its_stage,
    of_the_lists_whole,
    share_subject,
    subject_over_changes,
    summed_share,
    within_its_section,
)
from .sibling_bases import with_sibling_base
from .stated_bases import stated_base_rates
from .structure import _Doc, _find_by_label, _overlap, _paragraph_start
from .subset_rates import subset_rate
from .target_ratios import target_completion
from .targets import is_threshold
from .total_bases import named_total_first, whole_before_its_part

_SHARE, _DENIED = SHARE_WORDS, re.compile(r"(?:不等于|不为|不是|并非|不一定等于|≠)$")


def _ratios(d: _Doc, found: list[Relation] | None = None) -> list[Relation]:
    """Rates named by meaning and 占 shares (``found``: relations so far; their breakdowns give a part's total)."""
    out: list[Relation] = []
    d.cache["partition"] = _partitions(found or [], d)
    stated = stated_base_rates(d)
    taken: set[int] = set()
    for q in d.qs:
        if not q.is_percent:
            continue
        if q.index in stated:
            rel = stated[q.index]  # "(以在册患者为基数)": the base the text states, the one reading
            if rel is not None:
                out.append(rel)
            continue
        if _IN_A_RANGE.match(d.s, q.end) or _IN_A_RANGE_END.search(d.s, max(0, q.start - 12), q.start):
            continue  # "缴存比例为5%—12%": a range a rule allows, no share of figures
        lab = d.label(q)
        per = 1000 if q.unit == "‰" else 100
        if _PREVIOUS_SHARE.search(lab) or _DENIED.search(lab):
            continue  # "占比由上年的40.0%提高到46.0%": last year's share; "合计不等于100%": a value denied
        prev = d.qs[q.index - 1] if q.index else None
        if (_SHARE_TO.match(lab) and prev is not None and prev.is_percent and prev.sentence == q.sentence
                and _PREVIOUS_SHARE.search(d.label(prev))):
            lab = d.label(prev)  # "…提高到46.0%": this year's share, named by the words before the old one
        elif is_change_percent(d, q):
            continue  # a change, not a share
        if "百分点" in lab or is_threshold(d, q):
            continue  # a difference in points, or a target ("考核指标(持证率95%以上)"), is no rate of the year
        if _OWN_SCOPE.match(d.after(q, 12)):
            continue  # "录取率91.3%(含专科)": the rate's scope is its aside's, not the figures' before it
        done = target_completion(d, q, per)
        if done is not None:
            out.append(done)
            continue
        if q.index in taken:
            continue  # a later percent of a list read with its first
        listed = respective_targets(d, q, per)  # "目标任务分别为…,分别完成…%": position by position
        if listed:
            out.extend(listed)
            taken.update(r.roles["percent"].index for r in listed)  # type: ignore[union-attr]
            continue
        rate = named_rate_of(lab)
        if (_TARGETED.search(d.s[q.sentence[0] : q.start]) or under_plans(d, q)) \
                and not (rate is not None and "完成" in rate[0].pattern):
            continue  # "力争…占比达到80%以上": a target, not a figure of the year
        rel = None
        if rate is not None and "分别" in lab:
            # Two lists (counts, then rates), else several rates named each with its percent.
            out.extend(respective_rates(d, q, rate, per)
                       or respective_named_rates(d, q, per, rate_vocabulary(), _named_rate))
            # (the rest of the run is of the items in their places: "化解率分别为100%和95.8%", read here or not at all)
            taken.update(p.index for p in _chain(d, q)[1:])
            continue
        if rate is not None:
            # (the bracket right after the rate naming its figure by the rate's base words prints the base:
            # read before any figure further back, "化解积案274件,化解率92.6%(年初积案296件)")
            rel = (rate_over_its_operands(d, q, rate, per) or rate_over_its_bracket(d, q, rate, per)
                   or with_bracketed_base(d, one_items_rate(d, q, rate, per, lab)))
        elif _SHARE.search(lab) and ("分别" in lab or len(_chain(d, q)) > 1):
            # "分别占60%、25%", also "占比60%、25%、15%" / "各占…": a list of shares, one per part.
            listed = respective_shares(d, q, lab, per) or shares_of_a_named_breakdown(d, q, lab, per, found or [])
            out.extend(listed)
            if listed and _BASE_WORDS.search(lab):
                _name_base(d, listed[0])
            continue
        elif _SHARE.search(lab):
            # "占地区生产总值186.45亿元的比重为57.0%": a base printed inside the words of 占 comes first.
            rel = with_sibling_base(d, q, lab, bracket_base(d, q, per) or share_over_its_bracket(d, q, lab, per)
                                     or in_prose_column(d, within_its_section(d, of_the_lists_whole(d, _share(d, q, lab, per), lab), lab), q))
            if rel is not None and _BASE_WORDS.search(lab):
                _name_base(d, rel)
            rel = nested_share(d, rel)
            if rel is not None and of_another_measure(d, rel, lab):
                rel = None
        else:
            rel = bracket_base(d, q, per) or bracket_share(d, q, per, d.cache["partition"])  # type: ignore[arg-type]
        if rel is None and not _SHARE.search(lab):
            rel = own_name_rate(d, q, per)
            # (a named rate its vocabulary left unread: still over its numerator's object, "化解信访积案")
            rel = (over_its_object(d, rel, rate[1], rate[2]) if rate else rel) or subset_rate(d, q, per)
            rel = siblings_over_each_other(d, rel, found or [])  # (no reading of kinds side by side)
        if rel is not None and is_per_n(d, rel.roles["denominator"]):  # type: ignore[arg-type]
            # "…1,046份,每百万人口报告数1,127份,其中…329份,占31.5%": a rate per N is no base; the count before it is
            rel = count_before_rate(d, rel)
            if rel is None:
                continue
        if rel is not None:
            out.append(rel)
    out += listed_shares(d, out, found or [])  # items whose shares name no base (after every other reading)
    return out + _share_partitions(d, out, found or [])


# a percent that opens or closes a range ("5%—12%", "5%至12%", "5-12%")
_IN_A_RANGE = re.compile(r"\s*[-—–~～至到]\s*\d")
_IN_A_RANGE_END = re.compile(r"\d(?:%|‰)?\s*[-—–~～至到]\s*$")
_TARGETED = re.compile(r"力争|争取|目标|预计|预期|计划(到|在|于)|到20\d\d年(底|末)?")
_PREVIOUS_SHARE = re.compile(r"(占|比重|比例|率)[^,;。\d]{0,8}(?:由(上年|去年|上年同期|上一年|\d{4}年)?(同期)?的?"
                             r"|[较比](上年|去年|上年同期|上一年|\d{4}年)(同期)?[(（])$")  # ("占比较上年(36.0%)提高…")
_SHARE_TO = re.compile(r"^(提高|上升|增加|增长|下降|降低|减少|回落|升|降)(到|至)$")
# an aside right after a rate naming its scope ("录取率91.3%(含专科)", "占比45%(不含…)")
_OWN_SCOPE = re.compile(r"\s*[(（](?:含|包括|包含|不含|不包括)")
_NAMED_BASE = re.compile(r"占[^,;。\d]{2,16}的[^,;。\d]{0,4}\d")
_BASE_WORDS = re.compile(r"占[^,;。\d]{2,16}的")
# "在全部诉求中占45.0%", "在受理总量中所占比重为…": the base named before 占.
_IN_BASE = re.compile(r"在([^,;。\d在]{2,16})中(?=(?:的|所)?占|的?(?:比重|比例)|,[^,;。\d]{2,16}占)")  # (",X占": X's share of it)


def _name_base(d: _Doc, rel: Relation) -> None:
    """A base the words name serves the bare and bracketed shares of the same sentence
    ("维持782件,占审结总数的65.8%;驳回146件,占12.3%")."""
    # (keyed by the share's sentence: "予以公开的占答复总量的36.8%,不予处理的7件占比为13.1%" names its
    # base once for both, though the parts were listed in the sentence before)
    d.cache.setdefault("share_bases", {}).setdefault(rel.roles["percent"].sentence, []).extend(  # type: ignore[union-attr]
        named_bases(rel))


_TOTAL_WORD = re.compile(r"总|全部|所有")
_NEAR_FIGURES = 12  # how far back a bare share looks for its base, in figures (linear work)
_RESTATED = re.compile(r"^[,]?(共|达到?|计|合计|共计|为)?$")
_CUMULATIVE = re.compile(r"及以上|以上|及以下|以下")


_REST_SUBJECT = re.compile(r"其他|其它|其余|剩余|余下")


_SHARE_OF = re.compile(r"占(.{0,16}?)(的)?(比重|比例|比)?(为|达到|达|是|约)?$")  # (compiled once: read per share)

_THRESHOLD_AFTER = re.compile(r"及?(?:以上|以下)")


def _bracketed_threshold(d: _Doc, q: Quantity) -> bool:
    """"大班额(56人以上)": a bound in brackets that defines a class, no count of it."""
    return d.in_parentheses(q) and (q.qualifier == "以上" or _THRESHOLD_AFTER.match(d.after(q, 4)) is not None)


def _share(d: _Doc, pct: Quantity, lab: str, per: int) -> Relation | None:
    """"其中…42件,占42.86%" / "总人数为12人,占比31.58%" / "…增加值占地区生产总值比重为16.6%"."""
    seg = d.seg_start(pct.start)
    # Only figures of this paragraph (and 400 characters before it) can be the numerator or the base.
    lo = max(d.before(max(0, _paragraph_start(d, pct.start) - 400)), pct.index - 4 * _NEAR_FIGURES)
    # A change ("较上年增加200件") or the level compared against is neither the part nor its base.
    # (nor a threshold in brackets naming a class: "大班额(56人以上)比例…" counts no 56 pupils)
    before = [q for q in d.qs[lo : pct.index] if not q.is_percent and not is_delta(d, q) and not is_previous(d, q)
              and not _bracketed_threshold(d, q)]
    if not before:
        return None
    # Numerator: the figure just before in the same segment, else the subject named in the label --
    # or the count right after the share that restates it ("其中网上来信占比达到72.1%,共235件").
    numerator = before[-1] if before[-1].start >= seg else None
    after = d.qs[pct.index + 1] if pct.index + 1 < len(d.qs) else None
    if (after is not None and not after.is_percent and after.sentence == pct.sentence
            and (_RESTATED.match(d.label(after)) or d.label(after) == "的")
            and (re.search(r"[\u4e00-\u9fff]{2,}(占比|比重|比例)", lab)
                 or re.search(r"[\u4e00-\u9fff]{2,}占", re.split(r"[,;:]", lab)[-1])
                 or (d.label(after) == "的" and _SHARE.search(lab)))):
        # "…在全部诉求中占45.0%,为1,800件"; the share before its part: "占比30.0%的126件为维持决定".
        numerator = after
        before = [q for q in before if q.index != after.index]
    if after is not None and not after.is_percent and d.s[pct.end : after.start] == "(" and d.s[after.end : after.end + 1] == ")":
        # "咨询类占46.6%(19,870件),投诉类占31.4%(13,402件)": the part in brackets after its share.
        numerator = after
        before = [q for q in before if q.index != after.index]
    restated = after is not None and numerator is after  # (None is None when the share ends the text)
    if not restated and numerator is not None:
        numerator = explained_by_bracket(d, before, seg, numerator, pct)
        if summed_share(d, numerator, lab):
            return None
    numerator = numerator if restated else level_of_an_average(d, before, lettered_part(d, before, lab, numerator))
    base_words = ""
    m = _SHARE_OF.search(lab)
    if m and not m.group(1).startswith("比"):
        base_words = expand_base_words(m.group(1))  # ("占比最高,达31.4%" names no base)
    inside = _IN_BASE.search(lab)
    if inside and not base_words:
        base_words = expand_base_words(inside.group(1))  # "在受理总量中占45.0%": the base is 受理总量
    last = [q for q in d.in_range(d.seg_start(pct.start), pct.start) if not q.is_percent][-1:]
    if "分别" in lab or (last and refers_to_items(d, last[0])) or base_of_its_own_span(d, pct, lab):
        # "分别占65.5%、34.5%": a list of shares; "两类案件占…": of their unprinted sum (not "以上三类合计…,占…")
        return None
    # "其中撤销案件占…": 其中 only opens the clause; the subject is what it names (the last clause before 占
    # naming anything: "道路运输领域仍是事故主要来源,事故起数占…" is about 事故起数)
    subject = share_subject(_IN_BASE.sub("", lab))
    carried = not subject and numerator is None
    if carried:
        subject = subject_over_changes(d, pct)  # "食品安全案件同比增长18.5%,占案件总数的36.1%"
    joined = joined_parts(d, before, subject, pct) if not restated else None
    listed = None  # the 分别 list whose position the subject names, if it does
    if joined is not None:
        numerator = joined or None  # (False: a share of a sum whose items its names do not pick out)
    elif len(subject) >= 2 and not restated and not letter_graded(lab):  # (a letter grade: lettered_part's)
        # "男性占50.5%", "一般程序案件占比60%": the label names whose share it is.
        # Never a change ("死亡人数减少17人"); of one item of a list above ("道路运输领域仍是…"), of that item's line.
        cands = [q for q in before if not is_delta(d, q) and not is_previous(d, q)]
        if _REST_SUBJECT.fullmatch(subject):
            # "…国有企业占24.6%,其他占7.4%": "the rest" of the share's own list -- no figure of
            # another sentence so named (the 其他 of an earlier list) is its part
            cands = [q for q in cands if q.sentence == pct.sentence]
        topic = _of_topic(d, cands, pct)
        topic = counted_in(subject, topic)
        manner = by_manner(d, topic, subject)  # "以调解方式结案的占…", "投诉类诉求占…": an item
        named = manner or of_its_stage(d, _find_by_label(d, topic, subject, pct.start), subject)
        if named is not None and not manner and kinds_of_the_subject(d, named, subject):
            return None  # ("正高级…、副高级…,高级职称人员占…": of the two kinds' sum, not printed)
        if named is not None and not manner and of_another_kind(d, named, subject, base_words):
            named = None  # ("其中高速公路612公里;农村公路占比约82%": 公路 of another kind)
        if named is not None and (far := list_names(d, named)) is not None and named.sentence[0] < d.last_before("\n", pct.start):
            # "城市管理类、物业管理类…分别为2,136件、1,845件…" paragraphs above "物业管理类工单占…": the
            # label of a 分别 list holds every name; the subject's position is the figure, or none
            at_far = [p for p, n in zip(*far, strict=True) if names_item(n, subject, far[1])]
            named = at_far[0] if len(at_far) == 1 else None
        # (its digits kept: "12月受理量" names the third of "10月、11月、12月分别受理…")
        listed, at = position_named(d, before, pct, re.sub(r"[^\u4e00-\u9fff\d]", "", re.split(
            r"[,;:]", re.split(r"占|比重|比例", _IN_BASE.sub("", lab))[0])[-1]).removeprefix("其中") or subject)
        if at or (listed is not None and ((named is None and numerator in listed[0]) or named in listed[0])):
            numerator, named = (at[0] if len(at) == 1 else None), None  # (a position named: that one)
        if named is not None:
            # (an item the sentence opens with by name is that item, not the whole of its list)
            numerator = measure_named(d, named if topic is not cands or manner else _whole_if_as_named(d, named, subject), subject)
        elif (numerator is not None and not at and (len(subject) >= 3 or IN_WHICH_SUBJECT.search(lab))
              and numerator.clause != pct.clause and subject not in d.s[numerator.end : numerator.clause[1]]
              and (_overlap(_cjk(d.label(numerator)), subject) < 2
                   or (not base_words and another_kind(_cjk(d.label(numerator)), subject))
                   or of_its_stage(d, numerator, subject) is None)):
            # "全年地区生产总值208.3亿元,第三产业增加值占比26.9%": the share's own clause names a part printed
            # nowhere (not when the words after the figure are the subject: "有7个配备了专职协管员,占…")
            numerator = None
        # "本科及以上学历人员占86.7%": a cumulative group (研究生36人 + 本科212人) no single figure stands for
        if _CUMULATIVE.search(subject) and (numerator is None or not _CUMULATIVE.search(d.label(numerator))):
            return None
        if base_words and numerator is not None:
            numerator = qualified_part(d, before, numerator, subject, base_words)
    if numerator is None or refers_to_items(d, numerator) or (carried and not names_the_item(d, numerator, subject)):
        return None  # ("三个领域案件数占全部…": the count of the items listed is no part)
    denominator = None
    tied: list[Quantity] = []
    if base_words:
        base_words = as_printed(d, base_words, pct)
        if is_anaphoric(base_words):  # "占该类诉求的": the set just named, else no share is read
            base = anaphoric_base(d, base_words, numerator)
            return None if base is None else Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": base, "percent": pct}, per=per)
        joined = joined_base(d, [q for q in before if q.index != numerator.index], base_words, pct)
        if joined is not None and compatible(joined, numerator):  # (of two named figures: their sum)
            return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": joined, "percent": pct}, per=per)
        if not names_one_figure(d, before, base_words):
            return None  # two names joined, not each found: of a sum the figures do not give
        beside = list_siblings(d, numerator)  # (no item of the part's 分别 list; no rate: "每万人…23.7起")
        named_cands = [q for q in before if q.index != numerator.index and compatible(q, numerator)
                       and not is_per_n(d, q) and q.index not in beside and not of_another_subject(d, q, numerator, base_words)
                       and not unnamed_item(d, q, base_words)  # (no channel of a 分别 list is the year's)
                       and not (_TOTAL_WORD.search(base_words) and (_is_item(d, q) or _own_share(d, q)))]
        denominator = of_its_measure(d, numerator, [_find_by_label(d, named_cands, base_words, pct.start), *named_cands[::-1]],
                                     base_words)
        if denominator is not None and (qualifier_unsaid(d, base_words, denominator, numerator)
                                        or qualifier_added(d, base_words, denominator, numerator)):
            denominator = None  # "占医院床位的" is no share of "全市医疗卫生机构…床位13,284张"; nor
            # "占基金支出的" of "生育保险基金支出…" (one fund of several)
        if (opened := year_of_its_quarters(d, numerator, listed, base_words) or base_of_the_opened_set(d, base_words, numerator)) is not None:
            return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": opened, "percent": pct}, per=per)
        if denominator is not None and _TOTAL_WORD.search(base_words):
            denominator = item_named_exactly(d, before, base_words, numerator) or denominator
        if denominator is not None and (staged := base_of_its_stage(d, base_words, denominator, numerator, pct)) is not denominator:
            return None if staged is None else Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": staged, "percent": pct}, per=per)
        if denominator is None and _TOTAL_WORD.search(base_words):
            # No whole but an item of a list is named so ("收到1,268件。经审查,受理1,105件,不予受理
            # 102件…涉及处罚的485件,占受理总数的43.9%"): the 受理 item is the total of what was accepted.
            # (its own clause must say all the base's words: "咨询类" under "按诉求类型分," is no 诉求总量)
            key = re.sub(r"总数|总量|总计|总额|数量|的|数", "", base_words)
            named_cands = [q for q in before if q.index != numerator.index and compatible(q, numerator)
                           and not _own_share(d, q) and len(key) >= 2 and key in d.own_words(q)
                           and not of_another_subject(d, q, numerator, base_words)
                           and not list_siblings(d, q)  # ("一季度、二季度分别立案…": each a part of the 立案)
                           and not past_the_intake(d, base_words, q)]  # ("调解成功" is no "调解总数")
            # (a part of another candidate is not the total: "受理1,896件…市政府、县级政府分别受理867件、
            # 1,029件" -- the 867 is a part of the 1,896)
            wholes = d.cache.get("partition", {})  # type: ignore[union-attr]
            named_cands = [q for q in named_cands
                           if not any(wholes.get(q.index) is t for t in named_cands if t is not q)]
            denominator = _find_by_label(d, named_cands, base_words, pct.start)
        if denominator is not None:
            tied = tied_bases(d, named_cands, base_words, denominator, numerator, pct)
            # "…;城乡居民医保基金收入8.60亿元,支出8.24亿元,基金支出占收入的95.8%": a figure the base's words
            # name in the part's own segment (its subject's) is a reading beside a wider one further back
            seg = d.seg_start(numerator.start)
            tied += [q for q in named_cands if q.start >= seg and q is not denominator and q not in tied
                     and base_words in d.own_words(q)][-1:]
            if _TOTAL_WORD.search(base_words):
                # An item whose own clause says all the base's words is a reading too ("受理450件,
                # 不予受理50件。…行政诉讼受理200件。…复议案件180件,占受理总数的40.0%": of the 450 as well)
                key = re.sub(r"总数|总量|总计|总额|数量|的|数", "", base_words)
                items = [q for q in before if q.index not in (numerator.index, denominator.index)
                         and compatible(q, numerator) and not _own_share(d, q) and len(key) >= 2
                         and d.own_words(q).endswith(key) and q.value >= numerator.value
                         # (not a part of the total found when that one says the words too: "受理
                         # 1,896件…市政府、县级政府分别受理867件、1,029件": the 867 is of the 1,896)
                         and not (key in d.own_words(denominator)
                                  and d.cache.get("partition", {}).get(q.index) is denominator)]
                tied = [*tied, *[q for q in items[-1:] if q not in tied]]
        if denominator is not None and (not (_same_scope(base_words, d.label(denominator))
                                             and scope_of_base_said(d, base_words, denominator))
                                        or base_qualified_by_the_part(d, base_words, denominator, numerator)):
            denominator = None  # "全市…1200件 … 占全省…总数的5%": the base is the province's, not this figure
        if denominator is not None and base_named_otherwise(d, base_words, denominator):  # (择期, not 住院)
            return explained_readings("ratio.share", numerator, [denominator], pct, per, most=1)
        if denominator is not None and not _names_head(base_words, denominator, label_with_subject(d, denominator, base_words)):
            # "收回资金2.4亿元 … 占全年资金支出的2.1%": the base is an expenditure -- or another figure
            # the words name as well is ("受理刑事案件9,862起,立案8,413起…占刑事立案总数的": the 8,413)
            heads = [t for t in tied if _same_scope(base_words, d.label(t))
                     and _names_head(base_words, t, d.label(t)) and not base_named_otherwise(d, base_words, t)]
            if not heads:  # "政策文件类612条…占主动公开政策文件数的": the one figure its own words name so
                own = [t for t in named_cands if _names_head(base_words, t, d.own_words(t))
                       and _overlap(_cjk(d.own_words(t)), _cjk(base_words)) >= 4]
                heads = own[-1:] if len({t.value for t in own}) == 1 else []
            denominator = heads[0] if len(heads) == 1 else None
            tied = []
        if (denominator is not None and pct.value <= 100 and _size(denominator) < _size(numerator)
                and not _siblings_agree(d, pct, denominator)):
            # The words found a figure smaller than the part: not the base they name -- unless the
            # shares listed after it are of that figure ("予以公开636件,占办结总数的39.3%;部分公开52件
            # (8.7%),…" of 601 办结: the part is the misprint). The base the words name is stated
            # elsewhere, then, if at all: looked for further back as for a base not found near.
            if not _names_a_base(base_words):
                return None
            # Believed only when the share holds over one of them, or would but for one slip: the
            # nearer figure the words name casts doubt on what they name.
            return explained_readings("ratio.share", numerator, far_named_base(d, base_words, [numerator]),
                                      pct, per, most=3, text=d.s)
        if denominator is None and _names_a_base(base_words):
            # "占全省新收申请总数的38.52%": the base is named and the report does not state it --
            # unless it names the total the part is listed under.
            # The total of the part's list: the one it adds up to, else the figure its 其中/…中
            # breaks down (a list with a misprint adds up to nothing) when the words name its scope
            # ("全市…1200件,其中甲区300件,占全省…总数的5%" is no share of the 1200).
            total = _partition_total(d, numerator)
            if total is None:
                total = _breakdown_total(d, numerator)[1]
                if total is not None and not _same_scope(base_words, d.label(total)):
                    total = None
            if total is not None and not scope_of_base_said(d, base_words, total):
                return None  # "在全省新登记主体中的占比": not of the partition counted here
            if total is not None and parts_name_their_total(d, total, base_words):
                pass  # "其中部门报备87件,乡镇报备25件,…占报备总数的77.7%": what every part counts, in all
            elif total is not None and listed and numerator in listed[0] and names_the_year(base_words):
                pass  # "一季度至四季度分别受理…,三季度…占全年的27.7%": the year the quarters partition
            elif (total is None or _overlap(_cjk(d.label(total)), _cjk(base_words)) < 2
                    or not _names_head(base_words, total, d.label(total)) or base_qualified_by_the_part(d, base_words, total, numerator)
                    or qualifier_unsaid(d, base_words, total, numerator)):
                # Not near: a base the words name, stated in an earlier paragraph or section.
                far = far_named_base(d, base_words, [numerator])
                if not far:
                    return None
                roles = [{"numerator": numerator, "denominator": t, "percent": pct} for t in far]
                return Relation("ratio", "ratio.share", roles[0], per=per, readings=roles[1:])
            denominator = total
    if denominator is None and not base_words and sibling_share_of_a_scope(d, pct, numerator):
        return None
    if denominator is None and not base_words:  # "整改完成391条中属实的有126条,占32.5%": of the set named
        denominator = clause_set_base(d, numerator)
    if denominator is None:
        # "收到860件,答复812件。其中,予以公开301件,占37.1%…": a listed part's share is of the
        # total its list adds up to (812), not of any figure printed before it.
        denominator = _partition_total(d, numerator)
    if denominator is None and not base_words:
        # "维持782件,占审结总数的65.8%;驳回146件,占12.3%": a bare 占 after a share naming its base: that.
        named = d.cache.get("share_bases", {}).get(pct.sentence, [])  # type: ignore[union-attr]
        if len({b.index for b in named}) == 1 and compatible(named[0], numerator):
            denominator = named[0]
            inside, whole = (_breakdown_total(d, numerator) if "其中" in d.s[d.seg_start(numerator.start) : numerator.start]
                             else (False, None))
            if inside and whole is not None and whole is not named[0] and whole.index > named[0].index:
                # "随迁子女6.24万人,占在校生的12.5%,其中公办学校就读5.71万人,占91.5%": a 其中 part
                # after the named share (in its own clause run) is of the figure it is 其中 of -- or,
                # as 统计公报 write it, of the base the sentence named ("…占常住人口的15.2%;…60岁及
                # 以上人口64.36万人,占23.7%,其中65岁及以上人口48.95万人,占18.0%": of 常住人口): both are readings
                return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": whole, "percent": pct},
                                per=per, readings=[{"numerator": numerator, "denominator": named[0], "percent": pct}])
    if denominator is None and not base_words and (run := share_run(d, pct)) and numerator is d.qs[pct.index - 1]:
        # A listed run whose shares (all but one) are of one figure before it is of that figure.
        denominator = agreed_base(d, run)
    if denominator is None:
        found, denominator = _breakdown_total(d, numerator)
        if denominator is not None and pct.value <= per and _size(denominator) < _size(numerator) \
                and not named_by_its_opener(d, denominator, numerator):
            return None  # ("…注销执法证4人。执法人员中,…的46人,占34.1%": a set named "X中" whose figure is not the one before)
        if denominator is not None and not base_words and _NAMED_BASE.search(d.s[denominator.end : numerator.start]):
            # "参保52.0万人,占常住人口的43.2%,其中职工18.2万人,占15.1%": of the whole or of the base its
            # share named (not printed): believed only when it holds over the whole, or would but for a slip
            return explained_readings("ratio.share", numerator, [denominator], pct, per, most=1)
        if found and denominator is None and set_left_open(d, numerator):
            return None  # "受理1,120件。审结案件中,维持670件,占63.8%": of the 审结, not printed
        if found and denominator is None:
            # Inside a breakdown whose total the text leaves open ("收到860件,答复812件。其中…占37.1%"):
            # every candidate total is a reading; the check says which one holds, if any.
            stated = breakdown_totals(d, numerator) or []
            totals = [t for t in stated if t.value >= numerator.value]
            if stated and (len(totals) < 2 or len(totals) > 3):
                return None
            if totals:
                roles = [{"numerator": numerator, "denominator": t, "percent": pct} for t in totals]
                return Relation("ratio", "ratio.share", roles[0], per=per, readings=roles[1:])
            # A 其中 after a sentence with no figure of the kind ("全年受理诉求4,000件。…平均通话时长
            # 3.5分钟。其中,…诉求1,000件,占25.0%"): the whole is stated further back, as for a bare 占.
    if denominator is None and not base_words and (run := share_run(d, pct)):
        # A list of parts, each with its share ("收到860件,按期答复812件。予以公开301件,占37.1%;部分
        # 公开44件,占5.4%;…"): of the total the list partitions, else each candidate whole is a reading.
        bases = run_bases(d, run)
        if bases and numerator is d.qs[pct.index - 1]:
            roles = [{"numerator": numerator, "denominator": b, "percent": pct} for b in bases]
            return Relation("ratio", "ratio.share", roles[0], per=per, readings=roles[1:])
    if denominator is None:
        # A bare "占比": the share of the paragraph's first figure of that kind -- a total stated
        # before the sentence of the part, never an item listed beside it ("咨询类71,968件、…;
        # 建议类12,541件,占6.7%": 71,968 is a sibling, not the base).
        def fits(q: Quantity) -> bool:
            # (a base found by position counts in the part's counter: 48所 is no share of 1860处)
            return (compatible(q, numerator) and not q.is_percent and not is_per_n(d, q)
                    and (q.unit == numerator.unit or "个" in (q.unit, numerator.unit) or q.is_money)
                    and q.value >= numerator.value and not d.in_parentheses(q)
                    and not listed_beside(d, q, numerator) and not named_like_the_part(d, q, numerator, pct))

        # The nearest figure of the part's own sentence ("郊区受理诉求1000件,办结900件,占90.0%": the 1000,
        # not the 城区's 1200 opening the paragraph), a few figures back at most; else the paragraph's first.
        own = d.qs[max(d.before(numerator.sentence[0]), numerator.index - _NEAR_FIGURES) : numerator.index]
        near = next((q for q in reversed(own) if fits(q)), None) or total_after_part(d, numerator, pct)
        para = _paragraph_start(d, numerator.start)
        first = of_its_measure(d, numerator, [q for q in d.qs[d.before(para) : min(numerator.index, d.before(para)
                                                                                    + _NEAR_FIGURES)] if fits(q)])
        whole = complete_list_sum(d, numerator, pct)  # (a list naming its rest: of its own sum)
        near, first = ((q if q is None or may_be_sum(whole, q) or q.sentence == numerator.sentence else None)
                       for q in (not_of_clause_set(d, numerator, near), first))
        if first is not None and near is None and _is_item(d, first) and first.sentence != numerator.sentence:
            # "按内容分,…依次为:城乡建设类921件、…。重复信访事项421件,占12.3%": the first item of a list
            # in the sentences before is no base of a part stated after it; the wholes further back are.
            first = None
        if near is not None and first is not None and near.index != first.index:
            # Both are readings ("持证人数36人,…总人数为12人,占比31.58%" is of the paragraph's 38): either may hold
            return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": near, "percent": pct},
                            per=per, readings=[{"numerator": numerator, "denominator": first, "percent": pct}])
        if near is None and first is not None and opened_by_a_set(d, numerator):
            # "裁决案件中终局裁决186件,占45.1%": of the set its sentence names (裁决412件), not the
            # paragraph's first; none named so: no reading
            named = set_named(d, numerator)
            return None if named is None else Relation(
                "ratio", "ratio.share", {"numerator": numerator, "denominator": named, "percent": pct}, per=per)
        if near is None and first is not None:
            # The part opens a sentence of its own: every whole the sentence before states is a
            # reading ("收到申请860件,按期答复812件。予以公开301件,占37.1%": of the 860 or the 812).
            opened = d.before(numerator.sentence[0])  # the first figure of the part's sentence
            prev = [q for q in d.qs[first.index : opened]
                    if fits(q) and q.sentence == d.qs[opened - 1].sentence] if opened else []
            values = {q.value: q for q in reversed(prev)}
            if 1 < len(values) <= 3 and first.value in values:
                wholes = [first, *(q for q in values.values() if q.value != first.value)]
                roles = [{"numerator": numerator, "denominator": q, "percent": pct} for q in wholes]
                return Relation("ratio", "ratio.share", roles[0], per=per, readings=roles[1:])
        denominator = near or first
        if denominator is None and not base_words:
            # A part in a paragraph of its own ("全年共受理投诉2,500件。\n…\n涉及食品安全的投诉460件,
            # 占18.4%"): the wholes stated in the paragraphs before, within its chapter, are readings.
            return base_of_sentence_before(d, pct, numerator, per) or earlier_wholes(d, numerator, pct, per, fits)
    if denominator is None:
        if base_words:
            return generic_base_far(d, pct, numerator, per, base_words)
        return base_of_sentence_before(d, pct, numerator, per)
    if denominator.index == numerator.index or not compatible(numerator, denominator):
        return None
    if denominator.value == numerator.value and pct.value < 100:
        return None  # the same figure restated ("维持41件" twice), not the base of its share
    # Other figures the base's words name as well as the chosen one ("全市共受理1,200件…县区受理720件中,
    # 撤销72件,占受理总量的6.0%": of the 1,200 or of the 720?) are readings.
    alts = [q for q in tied if q.index != denominator.index] if base_words and tied else subtotal_of(d, denominator)
    denominator, alts = whole_before_its_part(d, denominator, alts, base_words) if base_words and tied else (denominator, alts)
    if base_words and alts:
        denominator, alts = named_total_first(d, denominator, alts, base_words)
    return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": denominator, "percent": pct},
                    per=per, readings=[{"numerator": numerator, "denominator": q, "percent": pct} for q in alts])
