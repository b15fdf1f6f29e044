"""Rates named by meaning: "发现隐患100处,已整改95处,整改率95%" -- the rate's name (catalog/rates.yaml)
says which words name its numerator and which its base.

The numerator is the nearest figure the numerator's words name; the base, a figure before it named by
the base's words (the one the rate's own opener names -- its sentence's, a reading --, the total a listed part belongs
to, the work due), else -- past the rate's paragraph, within its chapter -- a whole named by the base's
words or a figure the numerator's own noun names ("其中投诉23,517件 … 办结投诉22,964件,办结率97.6%").
A rate of a kind of the work done (按期办结率) may be of all the work done as well. Where several figures
fit, each is a reading; a base the catalog says may leave some items out (纠错率 without the 终止 cases)
has that reading too. A base found that far is believed only when the rate holds over it, or would but
for one misprinted digit: a rate of an unprinted sub-total is no failure."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .bases import cjk as _cjk
from .carried_over import closed_of_the_due
from .kind_bases import by_the_rates_name
from .list_items import _is_item
from .model import Relation, compatible
from .opened_sets import SET_OPENER as _SET_OPENER
from .opened_sets import with_opened_set
from .outcomes import another_outcome, sibling_outcomes
from .overall_rates import counts_more_than, timed_apart
from .preambles import CHAPTER, preamble_end
from .rate_lists import one_of_a_distributed_list, overall_of_a_list
from .rate_readings import _explained, _less_excluded, base_exclusions, other_outcome, short_of_the_numerator
from .rate_readings import rate_paragraph_start as _rate_start
from .rate_subjects import over_its_object, subject_named_far
from .rate_subjects import own_noun as _own_noun
from .rate_subjects import sibling_count as _sibling_count
from .rate_subjects import visits_of as _visits_of
from .roles import is_delta, is_per_n, is_previous
from .scopes import counts_places
from .siblings import sibling_item
from .stages import later_stage
from .structure import _Doc, _find_by_label, _overlap, _paragraph_start
from .vocab import VocabGate, read_entries, vocab_gate
from .whole_readings import of_its_whole

_AFTER_CLAUSE_END = re.compile(r"[,;。]")
_PHRASE_END = re.compile(r"[,;:。]")
_AMONG_HEAD = re.compile(r"^[,:]?其中")
_STOPS = re.compile(r"[;。]")
# what a set named "X的Y" may say of all of Y: its intake ("受理的投诉中" is every complaint)
_ALL_OF_IT = re.compile(r"受理|收到|接收|接到|登记|全部|所有|全年")


@lru_cache(maxsize=1)
def rate_vocabulary() -> list[tuple[re.Pattern, re.Pattern, re.Pattern]]:
    """The named rates of ``catalog/rates.yaml``: (rate, numerator words, denominator words)."""
    return read_entries("rates.yaml", "rates", lambda e: (re.compile(e["rate"]), re.compile(e["numerator"]),
                                                           re.compile(e["denominator"])))


def rate_gate() -> VocabGate:
    """Which rates of ``rate_vocabulary`` a text can name (by their characters): one scan, not a search per rate."""
    return vocab_gate(rate_vocabulary(), lambda rates: (r[0] for r in rates))


def first_rate_in(text: str) -> tuple | None:
    """The first rate of the vocabulary whose name stands in ``text``, or None."""
    rates = rate_vocabulary()
    return next((r for r in map(rates.__getitem__, rate_gate().may_match(text)) if r[0].search(text)), None)


def named_rate_of(label: str) -> tuple | None:
    """The named rate the label ends with: of the vocabulary's rates it names, the one naming the
    most of it ("直接办结率" is 直办率's, not 办结率's); the first of equally long ones. A name
    negated right before it (不满意率, 未办结率) is none of them."""
    best, size, rates = None, 0, rate_vocabulary()
    for r in map(rates.__getitem__, rate_gate().may_match(label)):  # (the rates no character of it rules out)
        m = r[0].search(label)
        if m is not None and m.start() and label[m.start() - 1] in _NEGATIONS:
            continue  # "不满意率1.59%": the rate of the negated name counts the others, no 满意率
        if m is not None and len(m.group()) > size:
            best, size = r, len(m.group())
    return best


_NEGATIONS = frozenset("不未非")


# A rate of a kind of its numerator ("按期办结率" of the cases closed on time).
_QUALIFIED = re.compile(r"(按期|按时|及时|限时|当场|当日|一次性|直接|提前)[\u4e00-\u9fff]{1,4}率")
# (a set named right before its item with no comma is an opener too: "审结案件中维持169件" is no 审结 figure)
_OPENER_HEAD = re.compile(r"^.*(中,|其中,?|中:|(?:案件|工单|事项|申请|诉求)中(?![心央间期旬止断转])(?=[\u4e00-\u9fff])|从[^,;。]{1,12}(?:看|来看|上看)[,:]|按[^,;。]{1,12}(?:分|划分)[,:]"
                          r"|经(?:审核|核查|核实|调查|审查|查证|评查)[,:])")  # (a review's words are its list's)


def _own_share(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` followed by a share of its own ("食品类投诉1,080件,占投诉总量的30.0%")? Then it is an
    item of the list, never the total a sibling's share names."""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    # (not when a subject of its own opens the share's clause: "共4,000件,电话渠道在全部诉求中占比45.0%")
    return (nxt is not None and nxt.is_percent and nxt.sentence == q.sentence and "占" in d.label(nxt)
            and not _SUBJECT_FIRST.search(re.split(r"[,;:]", d.label(nxt))[-1]))


_SUBJECT_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,}[^占]*在[^占]*中(所)?占")


def _first_word(label: str, first: re.Pattern, then: re.Pattern) -> bool:
    """Do ``first``'s words come before any of ``then``'s in the label ("排查整改": 排查 first)?"""
    a, b = first.search(label), then.search(label)
    return a is not None and (b is None or a.start() < b.start())


# "应办结", "应当整改", "应当按期办结的": what was due, not what was done
_DUE = re.compile(r"应(?:当|该)?(?:按期|按时|及时|限时)?$")
_DUE_WORK = re.compile(r"(?:应|需)(?:当|该|要)?(?:按期|按时|及时|限时)?(?:审理|办理|处理|办结|审结|结案|受理)[^,;。]{0,6}$")
_NEGATED = re.compile(r"(未|尚未|正在|不|没有|仍在|部分)[^,;。]{0,3}$")  # (部分属实: another outcome)


_KIND_RATE = re.compile(r"其中,?([\u4e00-\u9fff]{2,}?)(?:的)?[\u4e00-\u9fff]{1,4}率(?:为|达|达到|是)?$")
_GENERIC_KIND = re.compile(r"案件|事项|问题|类|数|起|件")


_SCOPE_WORDS = re.compile(r"全年|全市|全县|全区|本年度?|年度|总体|综合|平均|整体|其中|全部|各类")


def scope_of_its_own(d: _Doc, pct: Quantity, numerator: Quantity, name: re.Pattern) -> bool:
    """Does the rate's clause name, before the rate's name, a scope of two characters or more that
    the numerator's sentence does not ("投诉举报按时办结率" after "…转办件…按时办结2,478件")?"""
    clause = _PHRASE_END.split(d.s[pct.sentence[0] : pct.start])[-1]
    m = name.search(clause)
    prefix = _cjk(_SCOPE_WORDS.sub("", clause[: m.start()])) if m else ""
    # (the numerator's sentence short of the rate's own clause: "结案3,250件,结案率95.1%,其中食品安全案件
    # 结案率94.2%" names 食品安全 only in the rate's clause)
    own = _cjk(d.s[numerator.sentence[0] : min(numerator.sentence[1], pct.start - len(clause))])
    return len(prefix) >= 2 and prefix[:2] not in own


def _rate_of_a_kind(d: _Doc, named: str, pct: Quantity, numerator: Quantity) -> bool:
    """"…破获刑事案件1,973起,破案率49.6%。其中命案破案率100%": a rate that 其中 opens with a kind of
    its own is that kind's, and the count of that kind is not the numerator found."""
    m = _KIND_RATE.search(_STOPS.split(named)[-1])
    kind = _GENERIC_KIND.sub("", m.group(1)) if m else ""
    if len(kind) < 2 or kind in _cjk(d.label(numerator)):
        return False
    # (in the numerator's sentence: only where the kind's own count, printed before, is smaller than the
    # figure found -- "其中重大隐患6条,已整改4,498条,…其中重大隐患整改率100%")
    return numerator.sentence != pct.sentence or any(
        kind in _cjk(d.label(q)) and compatible(q, numerator) and q.value < numerator.value
        for q in d.in_range(pct.sentence[0], numerator.start))


def _named_rate(d: _Doc, pct: Quantity, rate, per: int, name: str | None = None) -> Relation | None:
    """"发现隐患100处,已整改95处,整改率95%": the rate's numerator and denominator by meaning. ``name``:
    the rate's name when the words before the percent are not it (a list of rates with 分别)."""
    named, num_words = (name if name is not None else d.label(pct)), rate[1]
    # The last eight figures of the paragraph before the rate (walked back: linear; a rate alone on its line: before)
    window: list[Quantity] = []
    for q in reversed(d.qs[d.before(_rate_start(d, pct)) : pct.index]):
        # (a figure of the year compared against is neither the rate's part nor its base)
        if not q.is_percent and not d.in_parentheses(q) and not is_per_n(d, q) and not is_previous(d, q):
            window.insert(0, q)
            if len(window) == 8:
                break

    def says(q: Quantity, words: re.Pattern, after: bool = True) -> bool:
        # The words of the label, or of the clause right after the figure ("28项重大事故隐患已整改");
        # the words of a breakdown's opener are the list's, not its first item's ("在审结的案件中,
        # 维持782件": 维持 is no 审结 figure).
        texts = [_OPENER_HEAD.sub("", d.label(q))]
        if after:
            tail = _AFTER_CLAUSE_END.split(d.after(q, 10))[0]
            nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
            if "(" in tail and nxt is not None and nxt.start > q.end + tail.find("(") and d.in_parentheses(nxt):
                tail = tail[: tail.find("(")]  # "判决结案96件(行政机关败诉9件)": an aside with a figure names a part
            texts.append(tail)
        for text in texts:
            m = words.search(text)
            if m and not _NEGATED.search(text[: m.start()]) and text[m.end() : m.end() + 1] != "率" \
                    and not (words is num_words and _DUE.search(text[: m.start()])):  # 未整改, 应办结
                return True  # (not "败诉率低于…的有9个": a count of those whose rate is so, of no act)
        return False

    def due(q: Quantity) -> bool:
        # "应办结工单98,765件", "本年度共需审理2,612件": the work due, the base of the rate of what was done.
        lab = _OPENER_HEAD.sub("", d.label(q))  # (its own clause too: "出庭应诉方面,全年应出庭96件", a topic first)
        return any((m := num_words.search(text)) is not None and _DUE.search(text[: m.start()]) is not None
                   for text in (lab, re.split(r"[,;:]", lab)[-1])) or bool(_DUE_WORK.search(lab))

    numerator = next((q for q in reversed(window) if says(q, num_words, after=False)), None) or next(
        (q for q in reversed(window) if says(q, num_words)), None)
    if numerator is not None and not _QUALIFIED.search(named) and _QUALIFIED_WORD.search(d.label(numerator)):
        # "已办结184,530件,其中按期办结182,163件,办结率…": a plain rate counts all done, not those on time
        numerator = next((q for q in reversed(window) if q.index < numerator.index and says(q, num_words, after=False)
                          and not _QUALIFIED_WORD.search(d.label(q))), numerator)
    kind_of_it = None  # the 其中 kind passed over for the plain figure: a reading still
    if numerator is not None and (plain := _plain_before_its_kind(d, numerator, named, num_words, window)):
        kind_of_it, numerator = numerator, plain
    if numerator is None or counts_more_than(d, named, numerator, pct) or timed_apart(d, numerator, pct) \
            or _rate_of_a_kind(d, d.s[pct.sentence[0] : pct.start], pct, numerator) or (
            scope_of_its_own(d, pct, numerator, rate[0]) and any(
                p.is_percent and p.value != pct.value and rate[0].search(d.label(p))
                for p in d.qs[numerator.index + 1 : pct.index])):
        # ("按时办结2,478件,按时办结率97.6%。…投诉举报按时办结率100%": the figure's rate is stated
        # already; another value of it, named for a scope the figure's sentence does not name, is that
        # scope's -- not a second statement of the same rate, which a misprint would make differ)
        return None
    if any(q.index > numerator.index and q.unit == numerator.unit and "其中" in d.label(q)
           and not says(q, num_words, after=False) and not says(q, rate[2], after=False) for q in window):
        # "破案2100起,破案率65.6%;其中现行命案8起,破案率100%": a rate after an item of another kind
        # is that item's, whose count of the numerator's stage the text does not print
        return None
    qualifier = _QUALIFIED.search(named)
    if qualifier and qualifier.group(1) not in d.label(numerator) + re.split(r"[,;。]", d.after(numerator, 8))[0]:
        # "办结48件,按期办结率100%": the rate counts the cases closed on time, a figure the text
        # does not print (48 is all the closed ones).
        return None
    # "已办结74,915件,其中按期办结73,806件,按期办结率98.52%": a rate of a kind of what was done may be
    # over all that was done -- the figure its 其中 breaks down, or without the 其中 the unqualified
    # figure of the numerator's stage just before it -- or over the work the base's words name
    # ("派单186,169件…已办结184,530件,其中按期办结182,163件,按期办结率97.85%"): each is a reading.
    whole = _other_whole(d, numerator) if qualifier else None
    done = (whole or _done_before(d, numerator, num_words)) if qualifier else None
    rel = with_opened_set(d, _named_rate_base(d, pct, rate, per, window, numerator, says, due, done), numerator, pct, per)
    if qualifier:
        # "办结123,480件…其中按期办结121,010件,按期办结率98.0%": a rate of a kind of the work done may
        # be of all the work done (办结) as well as of the work received: each is a reading.
        plain = next((q for q in reversed(d.qs[max(0, numerator.index - _FAR_RATE) : numerator.index])
                      if not q.is_percent and compatible(q, numerator) and q.value >= numerator.value
                      and says(q, num_words, after=False) and qualifier.group(1) not in d.label(q)
                      and not is_delta(d, q) and not is_previous(d, q)), None)
        if plain is not None:
            roles = {"numerator": numerator, "denominator": plain, "percent": pct}
            if rel is None:
                if _explained(numerator, plain, pct, per):  # (alone, it must explain the rate)
                    rel = Relation("ratio", "ratio.rate", roles, per=per)
            elif rel.roles["denominator"] is not plain and roles not in rel.readings:
                rel.readings.append(roles)
    if whole is not None and rel is not None and rel.roles["denominator"] is not whole:
        # The figure the 其中 breaks down is the first reading (the one an auditor reads first).
        alts = [r for r in [rel.roles, *rel.readings] if r["denominator"] is not whole]
        rel = Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": whole, "percent": pct},
                       per=per, readings=alts)
    review = _REVIEW_OPENER.search(d.s, numerator.sentence[0], numerator.start)
    if review:
        # "经核查,属实82件,部分属实48件,不属实100件,查实率35.7%": what was checked is the list's sum (a
        # reading; alone, believed only when it explains the rate, as a base far from the rate is)
        from .equalities import _sum_of  # (one constructor of unprinted sums)

        items = [q for q in d.qs[d.before(review.end()) : pct.index]
                 if not q.is_percent and compatible(q, numerator) and not d.in_parentheses(q) and not is_delta(d, q)]
        if len(items) >= 2 and numerator in items:
            roles = {"numerator": numerator, "denominator": _sum_of(items), "percent": pct}
            if rel is not None:
                rel.readings.append(roles)
            elif _explained(numerator, roles["denominator"], pct, per):
                rel = Relation("ratio", "ratio.rate", roles, per=per)
    listed = _listed_numerators(d, numerator, lambda q: says(q, num_words, after=False))
    if rel is not None and listed:
        # "参加城乡居民养老保险45万人,参加职工养老保险60万人,参保率87.5%": the rate may count the
        # figures its words name together (105万): the sum is a reading over each base.
        from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

        total = _sum_of([*listed, numerator])
        plain = [rel.roles, *rel.readings]
        rel.readings += [{**roles, "numerator": total} for roles in plain]
        m = num_words.search(d.own_words(numerator))
        if m and _LESSER.search(d.own_words(numerator)[: m.start()]):
            # "非常满意、满意21.31万条,基本满意628条,…满意率99.67%": a lesser degree last in the list
            # may be left out of the rate -- the figures before it are its numerator then
            first = _sum_of(listed) if len(listed) > 1 else listed[0]
            rel = Relation("ratio", rel.rule, {**rel.roles, "numerator": first}, per=rel.per,
                           readings=[*[{**roles, "numerator": first} for roles in plain[1:]], *rel.readings])
    closing = _closing_total(d, numerator, pct)
    if rel is not None and closing is not None:
        # "复议被纠错2件、诉讼败诉1件,合计3件,综合纠错率6.7%": the total closing the list the numerator
        # is an item of, right before the rate, is what the rate counts first; the item stays a reading
        rel = Relation("ratio", rel.rule, {**rel.roles, "numerator": closing}, per=rel.per,
                       readings=[rel.roles, *rel.readings])
    if rel is not None and kind_of_it is not None:
        # ("审结780件(含上年结转24件),其中当年受理案件审结756件,结案率94.5%": of this year's cases too)
        rel.readings += [{**roles, "numerator": kind_of_it} for roles in [rel.roles, *rel.readings]]
    return of_its_whole(d, over_its_object(d, rel, num_words, rate[2]), _other_whole(d, numerator), named, rate)


_LESSER = re.compile(r"基本|比较|较为|一般")  # a lesser degree of what a rate counts (基本满意)
_CLOSES = re.compile(r"^[,;、]?(?:合计|共计|总计|共)$")


def _closing_total(d: _Doc, numerator: Quantity, pct: Quantity) -> Quantity | None:
    """The figure right before the rate, in the numerator's sentence after it, that closes the list
    the numerator is an item of ("…2件、…1件,合计3件,…率"); None when there is none."""
    last = d.qs[pct.index - 1] if pct.index else None
    if (last is None or last.index <= numerator.index or last.is_percent or last.sentence != numerator.sentence
            or not compatible(last, numerator) or not _CLOSES.match(d.label(last))
            or last.value < numerator.value):
        return None
    return last if last.sentence == pct.sentence else None


def _listed_numerators(d: _Doc, numerator: Quantity, named) -> list[Quantity]:
    """Figures of the numerator's sentence right before it, each named by the numerator's words
    too, and not a whole it is part of (no 其中 between): a list the rate may count together."""
    out: list[Quantity] = []
    for q in reversed(d.qs[d.before(numerator.sentence[0]) : numerator.index]):
        between = d.s[q.end : (out[0] if out else numerator).start]
        if q.is_percent or not compatible(q, numerator) or not named(q) or "其中" in between:
            break
        out.insert(0, q)
    return out


class _Unless:
    """A mapping's ``get`` that leaves some keys out."""

    def __init__(self, mapping: dict, left_out) -> None:
        self.mapping, self.left_out = mapping, left_out

    def get(self, key):
        return None if key in self.left_out else self.mapping.get(key)


def _named_rate_base(d: _Doc, pct: Quantity, rate, per: int, window: list[Quantity], numerator: Quantity,
                     says, due, done: Quantity | None) -> Relation | None:
    """The base of a named rate whose numerator is found: the figure named by the base's words."""
    _, num_words, den_words = rate
    # "开庭审理的76件案件中,负责人出庭应诉76件": the figure the opener follows is the set itself.
    prev = d.qs[numerator.index - 1] if numerator.index else None
    if (prev is not None and _SET_OPENED.match(d.s, prev.end, numerator.start) and not prev.is_percent
            and compatible(prev, numerator) and prev.value >= numerator.value):
        return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": prev, "percent": pct}, per=per)
    # "投诉类中,已办结548件,办结率97.9%": the base is the figure the opener names (投诉类560件).
    opener = _SET_OPENER.search(d.label(numerator))
    if opener is None and done is not None and done.sentence == numerator.sentence:
        # "派单工单中,已办结184,530件,其中按期办结182,163件,…按期办结率": the set opened before the
        # work done holds the kind of it the 其中 singles out too
        opener = _SET_OPENER.search(d.label(done))
    if opener:
        cands = [q for q in d.qs[max(0, numerator.index - 40) : numerator.index]
                 if compatible(q, numerator) and not q.is_percent]
        # "受理的投诉中,": the set is its head noun (投诉), the figure named by it alone ("其中投诉3,915件")
        # before one whose words merely hold it ("受理消费投诉举报4,862件")
        named_set = opener.group(1) or opener.group(2)
        qualifier, _, head = named_set.rpartition("的")
        # (a later stage names a subset: "在办结的投诉中" is not every complaint, 投诉9,872件)
        own = {} if qualifier and not _ALL_OF_IT.search(qualifier) else {
            q.value: q for q in cands if len(head) >= 2 and d.own_words(q).endswith(head)}
        named = next(iter(own.values())) if len(own) == 1 else _find_by_label(d, cands, named_set, pct.start)
        if named is not None and named.value >= numerator.value:
            return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": named, "percent": pct},
                            per=per)
    # The base stated right before the numerator, in the same sentence, named by the base's words
    # even if the rate's words follow them ("排查整改隐患5127项,已完成整改5036项").
    # A rate up to 100% has no base smaller than its numerator ("…其中重大隐患40处,已整改2,218处": not the 40).
    at_most_all = pct.value <= per

    def can_base(q: Quantity) -> bool:
        return not at_most_all or q.value >= numerator.value

    prior = [q for q in window if q.index < numerator.index and (compatible(q, numerator) or _visits_of(q, numerator))
             and can_base(q) and not sibling_outcomes(d, q, numerator)]  # (驳回复议请求70件: no 复议 base)
    if pct.value == per and (short := short_of_the_numerator(d, numerator, lambda q: says(q, den_words, after=False) and not says(q, num_words, after=False))):
        return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": short, "percent": pct}, per=per)
    if any(q.index > numerator.index and compatible(q, numerator) and says(q, den_words, after=False)
           and not says(q, num_words, after=False) and not sibling_item(d, numerator, q) and not other_outcome(d, q)
           for q in window) \
            and any(says(q, den_words, after=False) for q in prior):
        # "抽检药品600批次,其中合格590批次…;抽检化妆品200批次,合格率97.5%": a base after the numerator and
        # its own base opens another set, whose numerator the text does not print
        return None
    if prior and prior[-1].sentence == numerator.sentence and (due(prior[-1]) or (
            says(prior[-1], den_words, after=False) and _first_word(d.label(prior[-1]), den_words, num_words))):
        # Earlier figures of the sentence named by the base's words too are other readings
        # ("应诉案件94件,出庭应诉89件,…败诉5件,败诉率5.3%": of the 94, not the 89).
        others = [q for q in reversed(prior[:-1]) if q.sentence == numerator.sentence
                  and says(q, den_words, after=False)][:2]
        others += [done] if done is not None and done is not prior[-1] and done not in others else []
        return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": prior[-1], "percent": pct},
                        per=per, readings=[{"numerator": numerator, "denominator": q, "percent": pct} for q in others])
    cands = [q for q in window if q is not numerator and (compatible(q, numerator) or _visits_of(q, numerator))
             and can_base(q) and not sibling_outcomes(d, q, numerator)
             and (due(q) or (says(q, den_words) and (not says(q, num_words, after=False)
                                                       or _first_word(_cjk(d.label(q)), den_words, num_words))))
             and not another_outcome(d, q, numerator)]  # ("驳回复议申请148件,…纠错117件": no base of the other)
    # A part of a breakdown whose total is a candidate too is not the base ("受理52.6万件,其中电话
    # 渠道受理41.2万件,…网络渠道受理11.4万件。…直接办结28.4万件,直接办结率54.0%": 52.6万).
    # (not the work done of work split into done and still open: a stage, "审结268件,尚未审结22件")
    # (looked up per figure, never copied per rate: a copy of the report's partition at each rate grew
    # with the square of a long report)
    whole_of, acts = d.cache.get("partition", {}), d.cache.get("acts", ())
    partition = _Unless(whole_of, acts)
    ids = {q.index for q in cands}
    cands = [q for q in cands if getattr(partition.get(q.index), "index", None) not in ids]  # type: ignore[union-attr]
    # A part whose list's total stands in the window before the numerator gives way to that total:
    # "立案查处土地违法案件42件、矿产违法案件6件,共计48件;结案45件,结案率93.8%" is over the 48.
    # (or in the paragraph, a list longer than the window: "在审结案件中,维持…,驳回复议申请…,…。直接纠错率")
    in_window, para = {q.index for q in window}, _paragraph_start(d, numerator.start)
    lifted: dict[int, Quantity] = {}
    staged: list[Quantity] = []  # wholes of a part named by a later stage: "收到86件,其中受理74件" -- a reading only
    for q in cands:
        total = partition.get(q.index)  # type: ignore[union-attr]
        if total is not None and total.index < numerator.index and (total.index in in_window or total.start >= para):
            q, staged = (q, [*staged, total]) if later_stage(d, q, total) else (total, staged)
        lifted[q.index] = q
    cands = sorted(lifted.values(), key=lambda q: q.index)
    # The base is usually stated first ("发现…100处,已整改95处"), sometimes after ("已整改95处,共发现100处").
    before = [q for q in cands if q.index < numerator.index]
    denominator = before[-1] if before else (cands[0] if cands else None)
    if denominator is None:
        smaller = _smaller_base(d, window, numerator, pct, per, says, num_words, den_words) if at_most_all else None
        return smaller or _far_rate_base(d, pct, per, numerator, rate)
    # Earlier figures named by the base's words are other readings ("受理1200件…转办工单980件…办结
    # 960件,办结率98%": of the 1200 or of the 980?): the check holds if one of them holds.
    others = [q for q in reversed(before[:-1]) if q.value >= numerator.value][:2]
    others += [q for q in staged if q not in others and q is not denominator][:1]
    others += [done] if done is not None and done is not denominator and done not in others else []
    # A listed item the numerator's own noun names is a reading too ("受理投诉举报咨询18,406件,其中投诉
    # 9,872件…。投诉办结9,805件,办结率99.3%": of the 9,872 投诉).
    noun = _own_noun(d, numerator, num_words)
    others += [q for q in reversed(window) if q.index < numerator.index and len(noun) >= 2
               and compatible(q, numerator) and q.value >= numerator.value and q is not denominator
               and q not in others and not num_words.search(_OPENER_HEAD.sub("", d.label(q)))
               and _overlap(_cjk(_OPENER_HEAD.sub("", d.label(q))), noun) >= 2][:1]
    if (far := subject_named_far(d, numerator, noun, denominator, _FAR_RATE)) is not None and far not in others:
        # "其中企业诉求0.96万件。…(paragraphs)…企业诉求办结9,531件,办结率99.3%": of the subject's own figure
        others, denominator = [denominator, *others], far
    # The figure right before the numerator in its sentence, of a kind its words name ("其中婚姻家庭
    # 纠纷800件,调解成功790件,成功率98.8%"): the rate may be of that kind alone.
    if prior and prior[-1].sentence == numerator.sentence and prior[-1].index == numerator.index - 1 \
            and prior[-1] is not denominator and prior[-1] not in others and not is_delta(d, prior[-1]):
        others.append(prior[-1])
    # A stage between the base and the numerator in their sentence ("受理260件,经审核,属于本部门职责的230件,
    # …;已办结225件,办结率97.8%": of the 230 reviewed in) is a reading too.
    # (not a figure the numerator is a 其中 part of: "审结780件…,其中当年受理案件审结756件")
    if "其中" not in d.label(numerator):
        others += [q for q in reversed(prior) if denominator.index < q.index < numerator.index
                   and q.sentence == numerator.sentence == denominator.sentence and q not in others
                   and not is_delta(d, q)][:2]
    # "被申请复议47件,被提起诉讼19件,被纠错6件,纠错率9.1%": two counts side by side, a base together
    beside = prior[-1] if prior and prior[-1].index == denominator.index + 1 == numerator.index - 1 else None
    plus = beside if beside is not None and _sibling_count(d, denominator, beside) else None
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": denominator, "percent": pct},
                    per=per, readings=[{"numerator": numerator, "denominator": q, "percent": pct} for q in others],
                    base_plus=plus)


def _other_whole(d: _Doc, part: Quantity) -> Quantity | None:
    """The figure right before ``part`` in its sentence when ``part`` opens a 其中 after it."""
    if part.index == 0 or not _AMONG_HEAD.match(d.label(part)):
        return None
    whole = d.qs[part.index - 1]
    if whole.sentence != part.sentence or whole.is_percent or not compatible(whole, part) or whole.value < part.value:
        return None
    return whole


def _done_before(d: _Doc, numerator: Quantity, num_words: re.Pattern) -> Quantity | None:
    """The figure right before ``numerator`` in its sentence that the numerator's words name
    without its qualifier ("已办结74,915件" before "按期办结73,806件")."""
    if numerator.index == 0:
        return None
    q = d.qs[numerator.index - 1]
    if q.sentence != numerator.sentence or q.is_percent or not compatible(q, numerator) or q.value < numerator.value:
        return None
    lab = d.label(q)
    return q if num_words.search(lab) and not _QUALIFIED_WORD.search(lab) else None


_REVIEW_OPENER = re.compile(r"经(?:审核|核查|核实|调查|审查|查证|评查)[,:]")
_QUALIFIED_WORD = re.compile(r"按期|按时|及时|限时|当场|当日|一次性|直接|提前")


def _smaller_base(d: _Doc, window: list[Quantity], numerator: Quantity, pct: Quantity, per: int, says,
                  num_words: re.Pattern, den_words: re.Pattern) -> Relation | None:
    """"监督员42人,59人持有执法证件,持证率92.9%": the one figure of the numerator's sentence that
    the base's words name is smaller than the numerator -- a misprint either way, so the rate is
    read over it (and fails) rather than left unread. Only when it is the one such figure there."""
    named = [q for q in window if q.index < numerator.index and q.sentence == numerator.sentence
             and compatible(q, numerator) and q.unit == numerator.unit
             and says(q, den_words, after=False) and not says(q, num_words, after=False) and not sibling_outcomes(d, q, numerator)]
    if len(named) != 1 or named[0].value >= numerator.value or named[0].index in d.cache.get("partition", {}):
        return None  # (a listed part: "土地案件42件、矿产案件6件,共计48件;结案45件" is over the 48)
    if _own_share(d, named[0]):
        return None  # "即办件1,124件,占受理的54.6%;网上办理1,846件,网办率…": a part of a base its share names
    if any(q.index < numerator.index and q.sentence == numerator.sentence and compatible(q, numerator)
           and q.value >= numerator.value for q in window):
        return None  # a figure that can hold the numerator stands there: the words just do not name it
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": named[0], "percent": pct}, per=per)


_SET_OPENED = re.compile(r"(的)?[\u4e00-\u9fff]{0,4}中,")
_OPENS_ITEM = re.compile(r"^[,;]?其中,?[^,;、\d]*$")
_FAR_RATE = 40  # figures back a named rate's base is looked for past its window


def _far_rate_base(d: _Doc, pct: Quantity, per: int, numerator: Quantity, rate) -> Relation | None:
    """"全年共审结…286件。\n(二)审理结果\n…纠错60件,纠错率21.0%": the base of a rate stated further
    back than its window: a whole named by the base's words (全年, 共 …), or any figure -- an item
    of a list too -- named by the numerator's own noun ("其中投诉23,517件 … 办结投诉22,964件,办结率
    97.6%"). The nearest of each value first; one to three values are readings, more leave the
    rate unchecked, and so do bases none of which explains the rate (``_explained``)."""
    _, num_words, den_words = rate
    if any(not q.is_percent and not compatible(q, numerator) and den_words.search(d.label(q))
           for q in d.qs[d.before(numerator.sentence[0]) : numerator.index]):
        return None  # "抽查市场主体2,846户次,…发现问题企业327户,问题发现率11.5%": the base is there, in another unit
    noun = _own_noun(d, numerator, num_words)
    found: dict = {}
    dues: set[int] = set()
    # The figure a 其中 opening the numerator's own clause breaks it out of ("办结3,410件,其中来信人
    # 满意3,069件") comes first.
    prev = d.qs[numerator.index - 1] if numerator.index else None
    if (prev is not None and _OPENS_ITEM.match(d.label(numerator)) and compatible(prev, numerator)
            and not prev.is_percent and prev.value >= numerator.value):
        found[prev.value] = prev
    for q in reversed(d.qs[max(0, numerator.index - _FAR_RATE) : numerator.index]):
        if CHAPTER.search(d.s, q.start, numerator.start):
            break  # not past a chapter heading ("二、"): a subsection ("(二)") may well name its base above
        if (q.is_percent or not compatible(q, numerator) or q.value < numerator.value or d.in_parentheses(q)
                or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)):
            continue
        lab = _OPENER_HEAD.sub("", d.label(q))
        if num_words.search(lab) or sibling_outcomes(d, q, numerator):
            continue  # another figure of the rate's own measure, or an outcome beside the numerator's
        # A figure the base's words name, no item of a list; or one the numerator's noun names,
        # an item too ("投诉类13,402件,占31.4%。…投诉类诉求办结13,108件,办结率97.8%").
        due = closed_of_the_due(d, q) if den_words.search(lab) else None
        if due is not None and not _own_share(d, q):
            dues.add(due.index)  # ("应审结1,390件,实际审结1,268件": of the closed, not of the due)
        if ((den_words.search(lab) and (not _is_item(d, q) or due is not None) and not _own_share(d, q))
                or (len(noun) >= 2 and _overlap(_cjk(lab), noun) >= 2)):
            found.setdefault(q.value, q)
    found = {v: q for v, q in found.items() if q.index not in dues}
    if not found:
        found = _preamble_totals(d, numerator, den_words)
    if not found or len(found) > 3:
        return None
    bases = list(found.values())
    excluded = base_exclusions().get(rate[0].pattern)
    if excluded is not None:
        bases += [b for q in bases if (b := _less_excluded(d, q, numerator, excluded)) is not None]
    if not any(_explained(numerator, b, pct, per, base_slips=False) for b in bases):
        # a base this far off is likely not the one meant (a sub-scope's base, unprinted); one
        # misprint of its own digits explains too much (a 4-digit base has ~40 of them: 412.6万 read
        # as 142.6万 explained a 参保率 over another population): only the rate's or numerator's
        return None
    roles = [{"numerator": numerator, "denominator": q, "percent": pct} for q in bases]
    return Relation("ratio", "ratio.rate", roles[0], per=per, readings=roles[1:])


def _preamble_totals(d: _Doc, numerator: Quantity, den_words: re.Pattern) -> dict:
    """"全月共受理群众诉求186,420件…\n一、受理情况\n…\n二、办理情况\n…直接答复109,352件,直办率58.66%":
    the report's totals stated before its first chapter heading, named by the base's words (no
    item of a list, no change), are the base of a rate in any chapter -- as readings, by value."""
    end = preamble_end(d)
    if end >= numerator.start:
        return {}
    found: dict = {}
    stop = d.before(end)  # type: ignore[arg-type]
    for q in reversed(d.qs[max(0, stop - _FAR_RATE) : stop]):
        if (not q.is_percent and compatible(q, numerator) and q.value >= numerator.value and not d.in_parentheses(q)
                and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q) and not _is_item(d, q)
                and den_words.search(_OPENER_HEAD.sub("", d.label(q)))):
            found.setdefault(q.value, q)
    return found


def _plain_before_its_kind(d: _Doc, numerator: Quantity, named: str, num_words: re.Pattern,
                           window: list[Quantity]) -> Quantity | None:
    """"立案500件,结案480件,其中简易程序结案200件,结案率96%": a figure listed under 其中 whose words name
    a kind (简易程序) the rate's name does not is one kind of what the rate counts; the rate is of the
    plain figure of that stage before it (480), the one its 其中 breaks down. None: keep the figure."""
    lab = d.label(numerator)
    if "其中" not in d.s[d.last_before(",;。", numerator.start) + 1 : numerator.start]:
        return None  # (a later item of the 其中 list as well: "其中调解结案287件、裁决结案259件")
    own = _OPENER_HEAD.sub("", lab)
    m = num_words.search(own)
    kind = _cjk(own[: m.start()]) if m else ""
    if len(kind) < 2 or kind in _cjk(named):
        return None
    for q in reversed(window):
        if q.index >= numerator.index or not compatible(q, numerator) or q.value < numerator.value:
            continue
        words = _OPENER_HEAD.sub("", d.label(q))
        hit = num_words.search(words)
        if hit and "其中" not in d.label(q) and len(_cjk(words[: hit.start()])) <= 1 \
                and not _NEGATED.search(words[: hit.start()]):
            return q
    return None


def one_items_rate(d: _Doc, pct: Quantity, rate: tuple, per: int, lab: str) -> Relation | None:
    """The named rate of one item's figures (``_named_rate``); none when the text says it is of
    several items' sums (``overall_of_a_list``, ``one_of_a_distributed_list``)."""
    rel = None if overall_of_a_list(d, pct, lab) else by_the_rates_name(d, _named_rate(d, pct, rate, per), pct, rate, lab)
    if rel is not None and (one_of_a_distributed_list(d, rel.roles["numerator"]) or (  # type: ignore[arg-type]
            (pct.qualifier in _ABOVE or _BOUND_BEFORE.search(d.s, max(0, pct.start - 3), pct.start))
            and counts_places(d, rel.roles["numerator"]))):  # type: ignore[arg-type]  # ("有7个区县…超过98%": a bar)
        return None
    return rel


_ABOVE, _BOUND_BEFORE = frozenset({"超", "逾", "以上", "近"}), re.compile(r"(?:高于|低于|不低于|不高于|不足|不到)$")
