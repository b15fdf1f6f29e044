"""Parts that cannot exceed their whole: 含 asides, subsets by meaning, funnels and visits.

Funnels (``bound.stage``): within one sentence a figure named by a later stage of a process
cannot exceed the figure named by an earlier stage ("收到留言312条,办结287条"); when the words
say every one went on ("均在法定期限内作出答复") the two are equal (``equal.stage``). Levels
(``bound.level``): a jurisdiction's own level cannot exceed the whole ("全区受理620件…区政府本级
151件"). Visits (``bound.visited``): the units a 其中 names after a count of visits are no more
than the visits ("检查企业512家次,其中重点监管企业148家"; ``unlisted``). A kind singled out right after its
whole ("检查企业1,846家次,重点企业413家次") is a part of it (``bound.part``; the parts after 上述…中
and the main kinds a highlight lists are ``unlisted``; funnels sentences apart are ``distant``, two
lists of one set of names ``parallel``). A rate of a pair states another claim: the funnel is checked beside it. The
stages, levels and the words that void a funnel are data (``catalog/stages.yaml``); the code
reads which stage names each figure and abstains whenever the words admit a second reading.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ..quantities import Quantity
from .all_words import _all_of_its_list, _takes_all
from .carried_over import _PARAGRAPH, _carried_over, due_whole
from .counted_apart import counted_apart
from .handled_apart import handled_apart
from .intake_nouns import item_named_again, named_by_object
from .items import _LISTED, _an_item, _item_before, _list_lead
from .label_index import may_hold_any
from .matters import another_matter, names_its_own_object, settled_beside_orders
from .model import Relation, compatible
from .nested_lists import included_in_the_part_before
from .opened_sets import item_of_an_opened_list
from .process_voids import carried_over_for
from .referring import fits_the_referred
from .roles import is_delta, is_previous
from .scopes import counts_places, names_a_rank
from .scopes import words as breakdown_words
from .stage_parts import listed_as_part, part_gone_on_from, part_named_so, stage_part_named_again
from .stages import (
    _INNER_NEGATION,
    _PUNCT,
    WIDER,
    Stages,
    _Named,
    _same_count,
    _same_thing,
    _scopes_fit,
    another_kind,
    carried_over_at,
    counted_among,
    load_stages,
    naming,
    parse_stages,
    same_work,
)
from .structure import _Doc
from .ties import _claim_ties, _tied
from .vocab import catalog_yaml, lacks

__all__ = ["_claim_ties", "_tied", "load_stages", "parse_stages"]


_TRAINING: list = [None, None]  # the stages vocabulary and its two patterns below, built once per vocabulary


def _training(v: Stages) -> tuple[re.Pattern, re.Pattern]:
    """The words of those who took part and of those who passed (the ``training`` process): joined
    once, not per report (``re.compile`` of a new long string hashes all of it to find it cached)."""
    if _TRAINING[0] is not v:
        (b0, a0), (b1, a1) = dict(v.processes)["training"]
        _TRAINING[:] = [v, (re.compile(f"{b0.pattern}|{a0.pattern}" if a0 is not None else b0.pattern),  # type: ignore[union-attr]
                            re.compile(f"{b1.pattern}|{a1.pattern}" if a1 is not None else b1.pattern))]  # type: ignore[union-attr]
    return _TRAINING[1]


def _subsets_by_meaning(d: _Doc) -> list[Relation]:
    """"600人次参训,共180人次取得资质": those who passed are among those who took part (the
    words of both are the ``training`` process of stages.yaml)."""
    takers, passers = _training(load_stages())
    out = []
    for q in may_hold_any(d, [takers], after=6):  # (a gate character in its label or the 6 after it)
        # (the words after a figure up to its piece's end: "缺考16人;实考人员中合格…" names no takers nor passers)
        if q.is_percent or not takers.search(d.label(q)[-6:] + re.split(r"[;。]", d.after(q, 6))[0]):
            continue
        for p in d.in_range(q.end, q.sentence[1]):
            if compatible(p, q) and not p.is_percent and passers.search(re.split(r"[;。]", d.after(p, 8))[0] + d.label(p)[-4:]):
                out.append(Relation("bound", "bound.meaning", {"smaller": p, "larger": q}))
                break
    return out


def _includes(d: _Doc) -> list[Relation]:
    """"20起(含2起生产安全事故)": the included figure is at most the total."""
    out = []
    for q in d.qs:
        if not d.s.startswith("(", q.end):
            continue  # (most figures: no bracket right after them)
        if not breakdown_words()["includes"].match(d.s, q.end + 1):
            continue
        close = d.s.find(")", q.end)
        inner = [p for p in d.in_range(q.end, close if close > 0 else q.end) if compatible(q, p) and not p.is_percent]
        for p in inner:
            out.append(Relation("bound", "bound.includes", {"smaller": p, "larger": q}))
    for p in d.qs:  # "其中持证的318人,含法制审核人员27人": a clause saying what the figure before includes
        holder = included_in_the_part_before(d, p) if not p.is_percent else None
        if holder is not None and not d.s.startswith(("包括", "其中包括"), holder.end + 1):
            # (a 包括 list is a breakdown, read by the sums: "…290条,包括政策问答29条,…")
            out.append(Relation("bound", "bound.includes", {"smaller": p, "larger": holder}))
    return out


# --- a kind singled out right after its whole -------------------------------------------------

_LAST_NAME = re.compile(r"[\u4e00-\u9fff]+$")


def _qualified(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` a kind singled out right after its whole ("受理案件1,236件,重大复杂案件12件")?"""
    return q.index > 0 and bool(_qualified_whole(d, q, load_stages()))


def _qualified_whole(d: _Doc, q: Quantity, v: Stages) -> Quantity | None:
    """The figure right before ``q`` when ``q`` is named <qualifier><the noun ending its name>."""
    label = d.label(q)
    if lacks(v.qualifiers, label):
        return None  # (most figures: no qualifier word can be in the label, nor open its name)
    name = _PUNCT.split(label)[-1].removeprefix("其中")
    m = v.qualifiers.match(name)
    noun = name[m.end():] if m else ""
    if len(noun) < 2 or not _LAST_NAME.fullmatch(noun):
        return None
    r = d.qs[q.index - 1]
    if r.is_percent or r.unit != q.unit or r.sentence != q.sentence or d.in_parentheses(r) \
            or d.in_parentheses(q) or is_delta(d, r) or is_previous(d, r) or is_delta(d, q):
        return None
    whole = _PUNCT.split(d.label(r))[-1]
    if not whole.endswith(noun) or v.qualifiers.search(whole) or v.not_a_level.search(whole) \
            or (v.kinds is not None and v.kinds.search(whole[: -len(noun)][-3:])):
        return None  # "一般事故40起,较大事故2起": kinds side by side, not a whole and its part
    return r


def _qualified_parts(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"检查企业1,846家次,重点企业413家次", "发生事故48起,较大事故2起": a figure named by a
    ``qualifiers`` word and the noun that ends the name of the figure right before it, counted
    in the same unit, is a part of that figure -- with no 其中 to say so."""
    v = load_stages()
    together = _claim_ties(d, found)
    out: list[Relation] = []
    for q in d.qs[1:]:
        if q.is_percent or q.in_table or not q.unit:
            continue
        r = _qualified_whole(d, q, v)
        if r is not None and (r.index, q.index) not in together:
            out.append(Relation("bound", "bound.part", {"smaller": q, "larger": r}))
    return out


# --- funnels stated respectively (分别) ------------------------------------------------------

_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)?$")


def _respective_runs(d: _Doc) -> list[tuple[str, list[Quantity]]]:
    """Each "…分别为a、b(、c)" in reading order: the words before it and its figures."""
    runs = []
    qs = d.qs
    i = 0
    while i < len(qs):
        q = qs[i]
        lab = d.label(q)
        if q.is_percent or q.in_table or "分别" not in lab or not _RESPECTIVELY.search(lab):
            i += 1
            continue
        run = [q]
        while i + len(run) < len(qs):
            nxt = qs[i + len(run)]
            if nxt.is_percent or not compatible(nxt, q) or not re.fullmatch(r"[、,和及与]", d.label(nxt)):
                break
            run.append(nxt)
        runs.append((re.split(r"[,;:。()\n|]", lab)[-1], run))  # names listed with 、 stay
        i += len(run)
    return runs


def _respective_funnels(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"受理和办结投诉举报分别为97件、95件": the stages named in order map onto the figures in
    order; "收到复议申请和诉讼案件分别为45件、12件,审结分别为43件、11件": the later stage's
    figures are bounded position by position. Only when one process holds every stage word."""
    v = load_stages()
    carried = carried_over_at(d, v)
    pending: list[tuple[tuple[int, int], Relation]] = []
    prev: tuple[list[Quantity], list[dict[str, int]]] | None = None
    for words, run in _respective_runs(d):
        if v.not_a_level.search(words):
            prev = None
            continue  # "较上年分别增加5件、3件": changes, not levels
        named = _stage_words_in_order(words, v)
        pairs: list[tuple[Quantity, Quantity]] = []
        if len(named) == len(run) and _one_process_rising(named):
            pairs = list(zip(run[1:], run[:-1], strict=True))  # "受理和办结…分别为97件、95件"
        elif len(named) == len(run) > 2:
            # "受理、办结、化解…分别为412件、398件、386件": each next stage of a process its neighbour names
            pairs = [(run[k + 1], run[k]) for k in range(len(run) - 1) if _one_process_rising(named[k : k + 2])]
        elif len(named) == 1 and prev is not None and len(prev[0]) == len(run) \
                and prev[0][0].sentence == run[0].sentence and len(prev[1]) == 1 \
                and _one_process_rising([prev[1][0], named[0]]):
            pairs = list(zip(run, prev[0], strict=True))  # "收到…分别为45件、12件,审结分别为43件、11件"
        if pairs and _carried_over(d, carried, pairs[0][1], pairs[-1][0]):
            pairs = []  # "收到…分别为45件、12件(含上年结转…)": older work in the later stage
        for small, large in pairs:
            pending.append(((min(small.index, large.index), max(small.index, large.index)),
                            Relation("bound", "bound.stage", {"smaller": small, "larger": large})))
        prev = (run, named)
    tied = _tied([r for r in found if r.kind != "ratio"], {pair for pair, _ in pending})  # a rate states another claim
    return [r for pair, r in pending if pair not in tied]


def _stage_words_in_order(words: str, v: Stages) -> list[dict[str, int]]:
    """The stage words of ``words`` in reading order, each as {process: stage} (a word may be a
    stage of several processes: 办结)."""
    at: dict[int, dict[str, int]] = {}
    # (only the processes some word of which may occur in the words, in the vocabulary's order: a
    # process whose gate the words do not meet has no before word in them)
    for pid, befores, *_ in v.processes_met(words):
        for level, before in enumerate(befores):
            if before is None:
                continue
            for m in before.finditer(words):
                if not v.negation.search(words[: m.start()]) and not _INNER_NEGATION.search(m.group()):
                    at.setdefault(m.start(), {})[pid] = level
    return [at[k] for k in sorted(at)]


def _one_process_rising(named: list[dict[str, int]]) -> bool:
    """Is there one process every word names a stage of, each later than the one before?"""
    common = set.intersection(*(set(n) for n in named)) if named else set()
    return any(all(a[pid] < b[pid] for a, b in itertools.pairwise(named)) for pid in common)


# --- funnels: pairing -----------------------------------------------------------------------

_WALK = 12  # figures looked back in the sentence (keeps the pass linear)


def _before(d: _Doc, q: Quantity, start: int) -> list[Quantity]:
    """The last ``_WALK`` figures from ``start`` up to ``q`` (by index: no slice of the sentence)."""
    return d.qs[max(d.before(start), q.index - _WALK) : q.index]


_WIDER = WIDER  # a whole of the year or of every kind (stages.WIDER)


def _sentence_before(d: _Doc, q: Quantity) -> int | None:
    """Where the sentence before ``q``'s starts, when ``q`` is the first figure of its own sentence
    (nothing listed before it: no 其中) and that sentence is in the same paragraph; else None.
    Up to two sentences without figures between are passed over."""
    start = q.sentence[0]
    if start < 2 or "其中" in d.s[start : q.start]:
        return None
    if any(not counted_apart(r, q) for r in d.in_range(start, q.start)):
        return None  # (figures of another count before it leave it the sentence before: counted_apart)
    if d.s[start - 1] == "\n":
        return _item_before(d, start)
    for _ in range(3):  # over up to two sentences of words only ("申请事项主要集中在…领域。")
        if start < 2:
            return None
        prev = d.last_before("。！？!?\n", start - 1) + 1
        if prev >= start or "\n" in d.s[prev:start]:
            return None
        if any(not r.is_percent for r in d.in_range(prev, start)):
            return prev
        start = prev
    return None


def _narrower(d: _Doc, c: _Named, p: _Named) -> bool:
    """Is ``c`` named more narrowly than ``p``, a whole of the year or of every kind (全年共, 各类),
    by words ``p`` does not have ("全市消协受理投诉812件…。全年共办结投诉1,300件": 消协)?"""
    if not _WIDER.search(d.label(p.q)) or _WIDER.search(d.label(c.q)):
        return False
    rest = c.rest
    return any(rest[i : i + 2] not in p.words for i in range(len(rest) - 1))


def _alone_in_its_sentence(d: _Doc, c: _Named, name, p: _Named) -> bool:
    """The earlier figure of a funnel across sentences is no part (no 其中 before it; but a stage
    part its body names again, stage_parts.py) and the only figure of its stage in its sentence
    ("新收1,876件,…其中市政府新收722件。经审查,受理1,702件": two figures received, the nearer a part)."""
    start = c.q.sentence[0]
    if listed_as_part(d, c.q) and not stage_part_named_again(d, c, p):
        return False
    for r in d.in_range(start, c.q.sentence[1] + 1):
        other = name(r) if r.index != c.q.index else None
        if other is not None and any(other.stages.get(pid) == lvl for pid, lvl in c.stages.items()):
            return False
    return True


@functools.lru_cache(maxsize=1)
def _besides() -> re.Pattern | None:
    """``besides`` of stages.yaml: words opening a clause that adds a set beside those before."""
    words = catalog_yaml("stages.yaml").get("besides")
    return re.compile(str(words)) if words else None


# a counted set opened between two figures ("…参训612人次;全局148名执法人员中,取得资格的27人"): the later
# figure counts members of that set, no stage of the figure before it
_SET_OPENED = re.compile(r"\d[\d,]*(?:\.\d+)?[个家所名条项座户人处支][\u4e00-\u9fff]{0,10}中[,:]")


def _funnels(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Later stages bounded by earlier ones, own level by the whole jurisdiction (see module doc)."""
    v = load_stages()

    def name(q: Quantity) -> _Named | None:
        return naming(d, q)  # each figure's naming, once per document (shared with other families)

    from .catalog_rules import load_rules  # (read lazily: the catalog rules read the bounds vocabulary)

    # a catalog bound on the pair's metrics says it (with the metrics' names) -- unless its own
    # words void it here ("1-6月…": part-year work), where the funnel reads the periods itself
    catalog = _bound_rules(load_rules())
    # (pair, relation, what decides it): whether another relation ties the pair already is
    # decided once the walk is done, for these pairs only (``_tied``): "equal" unless an equality
    # ties it; "bound" unless a relation other than a rate does ("受理97件,办结95件,办结率97.9%"
    # states the funnel too); "rated" as "bound", and only if a rate of the pair covers the
    # catalog's bound on it (which is then not stated: the funnel is).
    pending: list[tuple[tuple[int, int], Relation, str]] = []
    besides = _besides()
    for q in d.qs:
        p = name(q)
        if p is not None and besides is not None and not lacks(besides, lab := d.label(q)) \
                and besides.match(_PUNCT.split(lab)[-1]):  # (the split only for a label holding a gate character)
            continue  # "…2.74万人;另有4.11万人到外地就业": a set beside the ones before, no stage of them
        head = q  # where the walk back starts: the figure, or the first item of the list it ends
        if p is not None and not p.stages and p.scope is None:
            lead = _list_lead(d, q, name)
            if lead is not None:  # "确诊宫颈癌前病变318例、宫颈癌27例": the stage word names each item
                p, head = dataclasses.replace(p, stages=lead.stages, mentions=True), lead.q
        if p is None or (not p.stages and p.scope is None):
            continue
        cands = _funnel_candidates(d, p, _before(d, head, q.sentence[0]), name, skip_parts=True)
        cands = [c for c in cands if not _SET_OPENED.search(d.s, c.q.end, head.start)]
        if head is not q and any(_an_item(d, c.q) for c in cands):
            cands = []  # "收到来信612件、来电1,206件,办结来电598件、来信1,188件": item against item is open
        if not cands and p.stages and head is q:
            # "共发现隐患2,340处。目前已整改2,218处。": a sentence that opens with the later stage
            # goes on from the sentence before it, in the same paragraph -- one reading only.
            prev = _sentence_before(d, q)
            if prev is not None:
                cands = _funnel_candidates(d, p, _before(d, q, prev), name, skip_parts=True)
                cands = (cands if (len(cands) == 1 and _alone_in_its_sentence(d, cands[0], name, p)
                                   and not names_its_own_object(d, v, p, cands[0])
                                   and not _narrower(d, cands[0], p)) else []) or part_gone_on_from(d, p, _before(d, q, prev))
                part = part_named_so(d, cands[0].q, p) if cands else None
                if cands and not set(p.rest) <= set(d.s[cands[0].q.sentence[0] : cands[0].q.start]):
                    # ("…其中来信860件、来访1,440件。受理来信812件": of the part so named, not the whole)
                    cands = [dataclasses.replace(cands[0], q=part)] if part is not None else []
                # (the later sentence names nothing the earlier does up to its figure: "…仲裁案件2,150件。基层调解组织…")
        if any(_carried_over(d, carried_over_for(d, v, p.stages.keys() & c.stages.keys()), c.q, q) for c in cands):
            cands = []  # "办结231件(含上年结转20件)": the later stage holds older work
        cands = [c for c in cands if fits_the_referred(d, p, c) and not another_matter(d, p, c) and not handled_apart(d, q, c.q)]
        larger = cands[0] if cands else None
        rule = "bound.stage"
        if larger is None and p.scope is not None:
            para = d.s.rfind("\n", max(0, q.start - _PARAGRAPH), q.start) + 1
            larger, rule = _whole_candidate(d, p, _before(d, q, para), name), "bound.level"
        if larger is None:
            continue
        pair = (min(q.index, larger.q.index), max(q.index, larger.q.index))
        others = [{"smaller": q, "larger": c.q} for c in cands[1:]] if rule == "bound.stage" else []
        if rule == "bound.stage" and _all_of_its_list(d, v, larger.q, p):
            continue  # "来信312件、来访186批次,均已办结,办结498件": the later stage counts the list
        if rule == "bound.stage" and not others and _takes_all(d, v, larger.q, p):
            if q.sentence != larger.q.sentence and _WIDER.search(d.label(q)) and not _WIDER.search(d.label(larger.q)):
                continue  # "…12处,已全部整改。全年共整改各类隐患1,360处": a wider figure, no equality
            # (unless an equality ties the pair: a rate may state it too, the equality is another claim)
            pending.append((pair, Relation("equal", "equal.stage", {"values": [larger.q, q]}), "equal"))
        else:
            # two readings: the check fails only if the figure exceeds every candidate
            rel = Relation("bound", rule, {"smaller": q, "larger": larger.q}, readings=others)  # type: ignore[arg-type]
            pending.append((pair, rel, "rated" if _catalog_says(d, catalog, q, larger.q) else "bound"))
            part = part_named_so(d, larger.q, p) if rule == "bound.stage" and not others else None
            if part is not None:  # "…其中投诉5,916件、举报1,926件。受理投诉5,637件": of the part so named too
                pending.append(((min(q.index, part.index), max(q.index, part.index)),
                                Relation("bound", rule, {"smaller": q, "larger": part}), "bound"))
    wanted = {pair for pair, _, how in pending if how != "equal"}
    tied_equal = _tied([r for r in found if r.kind == "equal"], {pair for pair, _, how in pending if how == "equal"})
    # (nor a remainder split, "发现问题263个,已整改251个,其余12个正在整改": the funnel is its own claim;
    # other sums stay ties: "检查合格263家,发现问题的14家" split the 276 checked, no funnel)
    # A sum ties its parts, not a part to its total ("申请退单2,318件,同意退单1,905件,退回413件": the funnel too);
    # an equality read off a rate of 100% is the rate's claim ("发出建议341件,收到回复347件,回复率100%")
    tied = _tied([_parts_of(r) if r.kind == "sum" else r for r in found
                  if r.kind != "ratio" and r.rule not in ("sum.rest", "equal.full_rate")], wanted)
    rated = _tied([r for r in found if r.kind == "ratio"], {pair for pair, _, how in pending if how == "rated"})
    return [r for pair, r, how in pending
            if (pair not in tied_equal if how == "equal" else pair not in tied and (how == "bound" or pair in rated))]


def _parts_of(r: Relation) -> Relation:
    """A sum as the ties of its parts alone (its total left out)."""
    return Relation(r.kind, r.rule, {"parts": r.roles.get("parts")})


_BOUND_RULES: list = [None, None]  # the catalog's rules and their bounds by pair, listed once per catalog


def _bound_rules(rules: list[dict]) -> dict:
    """The catalog's bound rules by (smaller, larger) metric: read-only, shared by every report."""
    if _BOUND_RULES[0] is not rules:
        _BOUND_RULES[:] = [rules, {(r["smaller"], r["larger"]): r for r in rules if r["kind"] == "bound"}]
    return _BOUND_RULES[1]


def _catalog_says(d: _Doc, catalog: dict, smaller: Quantity, larger: Quantity) -> bool:
    """Does a catalog bound on the two figures' metrics state the pair (the catalog reads it: its
    ``unless`` silent, no list or other body in the words -- else the funnel states it)?"""
    key = (d.key_of.get(smaller.index), d.key_of.get(larger.index))
    if key not in catalog:
        return False
    last = d.cache.get("last_of_metric")  # the catalog reads the last figure of each metric
    if last is None:  # (listed once per document: asked for every pair of the funnels' walk)
        last = d.cache["last_of_metric"] = {k: i for i, k in d.key_of.items()}
    if last.get(key[0]) != smaller.index or last.get(key[1]) != larger.index:
        return False  # the catalog's rule is about other figures of these metrics
    from .catalog_rules import rule_reads  # (lazily, as load_rules above)

    return rule_reads(d, catalog[key], {"smaller": smaller, "larger": larger})


def _sole_part_of_the_segment(d: _Doc, r: Quantity, q: Quantity, name) -> _Named | None:
    """The whole before the 其中 of ``r``, when ``r`` is the only figure from its 其中 or the ';'
    after it up to ``q`` (a part with its own later stage: "其中投诉862件,办结848件;举报344件,
    办结340件"; not one listed with ``q``: "胜诉8件、败诉1件") and that whole is named by a stage."""
    k = d.s.rfind("其中", r.sentence[0], r.start)
    start = max(k, d.s.rfind(";", r.sentence[0], r.start))
    if k < 0 or ";" in d.s[r.end : q.start] or _LISTED.match(d.label(q)) \
            or any(not x.is_percent and x.index != r.index for x in d.in_range(start, q.start)):
        return None
    wholes = [x for x in d.in_range(r.sentence[0], k) if not x.is_percent]
    whole = name(wholes[-1]) if wholes else None
    return whole if whole is not None and whole.stages else None


_IN_WHICH_WORD = re.compile(r"^其中")


def _siblings(d: _Doc, r: Quantity, q: Quantity) -> bool:
    """Are ``r`` and ``q`` two kinds of one thing, named by one noun after different words ("其中合法
    图斑1102个,违法图斑184个"), not a part and its later stage ("其中投诉862件,办结投诉848件")?"""
    a, b = _IN_WHICH_WORD.sub("", d.own_words(r)), _IN_WHICH_WORD.sub("", d.own_words(q))
    return len(a) >= 3 and len(b) >= 3 and a[-2:] == b[-2:] and a not in b


def _kind_of_the_whole(d: _Doc, r: Quantity, c: _Named, p: _Named, name) -> bool:
    """Is ``c`` (of ``r``) at the stage of the figure before the 其中 listing it in each process it shares with
    ``p`` ("审结105件,其中…调解结案10件": a kind of the decided, whatever else its words name)?"""
    k = d.s.rfind("其中", r.sentence[0], r.start)
    whole = name(wholes[-1]) if k >= 0 and (wholes := [x for x in d.in_range(r.sentence[0], k) if not x.is_percent]) else None
    shared = c.stages.keys() & p.stages.keys()
    return whole is not None and bool(shared) and all(whole.stages.get(pid) == c.stages[pid] for pid in shared)


def _listed_after_a_whole(d: _Doc, r: Quantity) -> bool:
    """Is ``r`` an item of a 其中 list after a figure of its own sentence?"""
    k = d.s.rfind("其中", r.sentence[0], r.start)
    return k >= 0 and any(not x.is_percent for x in d.in_range(r.sentence[0], k))


def _funnel_candidate(d: _Doc, p: _Named, earlier: list[Quantity], name) -> _Named | None:
    """The one earlier figure that bounds ``p`` (see ``_funnel_candidates``), else None."""
    found = _funnel_candidates(d, p, earlier, name)
    return found[0] if len(found) == 1 else None


def _subject(d: _Doc, c: _Named) -> str:
    """The words before the first figure of ``c``'s sentence, when ``c`` names nothing but its
    stage (its clause goes on with that subject: "收到行政复议申请312件,经审查,决定受理287件")."""
    if c.rest:
        return ""
    first = d.qs[d.before(c.q.sentence[0])] if d.before(c.q.sentence[0]) < len(d.qs) else c.q
    return d.s[c.q.sentence[0] : min(first.start, c.q.start)]


def _funnel_candidates(d: _Doc, p: _Named, earlier: list[Quantity], name, skip_parts: bool = False) -> list[_Named]:
    """Per process, the nearest earlier figure that names a stage of it: the candidate when its
    stage is earlier than the figure's (a nearer figure of the same or a later stage means the
    figure follows that one: "排查整改隐患5127项,已完成整改5036项"). Two processes pointing
    at two different figures are two readings ("受理投诉97件,立案15件,办结90件"): both are
    returned, the nearest first."""
    per_process: dict[str, _Named] = {}
    decided: set[str] = set()
    listed: set[str] = set()  # processes whose candidate may still turn out one of a list
    blockers: dict[str, int] = {}  # process -> the nearer figure of its stage or a later one
    for r in reversed(earlier):
        c = name(r)
        if c is None or settled_beside_orders(d, c, p):  # ("形成工单…,直接答复…,工单办结…": no stage of the orders)
            continue
        # "共18个问题,已整改16个": the first stage named by its object; "提出抗诉12件、再审检察建议34件,
        # 法院采纳再审检察建议43件": an item the verb leading its list names, named again
        c = item_named_again(d, r, named_by_object(d, r, c), p)
        alike = compatible(r, p.q) and _same_count(p, c)
        if not alike and not counted_among(p, c):
            if not compatible(r, p.q):
                continue
            if set(c.stages) & set(p.stages) - decided:  # (not past the process's candidate: "排查1,842次,排查出…")
                return []  # "立案25件,处罚30次": one process counted otherwise, another reading
            continue  # "检查560次,立案82起": another process, counted otherwise
        if skip_parts and c.stages and ";" in d.s[r.end : p.q.start] and _kind_of_the_whole(d, r, c, p, name):
            continue  # "申请复查的462件,其中复查维持411件;申请复核的97件": a kind of the whole, passed over
        if skip_parts and c.stages and r.sentence != p.q.sentence and item_of_an_opened_list(d, r, p.words):
            continue  # "从审结方式看,维持212件,…调解结案35件…。直接纠错68件": one outcome of a list, no stage total
        if skip_parts and not c.stages and (("其中" in d.s[r.sentence[0] : r.start] and _listed_after_a_whole(d, r))
                                            or _qualified(d, r)):
            whole = _sole_part_of_the_segment(d, r, p.q, name)
            if whole is None or _siblings(d, r, p.q):
                continue  # "受理1,862件次,其中来信642件、来访1,220件次,办结1,835件次": a part, passed over
            # "受理1,206件,其中投诉862件,办结848件;举报344件,办结340件": the closings of the part
            c = dataclasses.replace(c, stages=whole.stages, mentions=True)
        if not per_process and "其中" not in c.words and (
                not c.mentions or (not set(c.stages) & set(p.stages) and _LISTED.match(d.label(r)))):
            # "受理投诉50件、咨询120件,办结160件": the stage may name a list, not one figure (an item
            # named by another process's word too: "收到来信50件、来电120个,办结160件")
            return []
        if not _scopes_fit(p, c):
            continue
        if any(c.stages.get(pid, per_process[pid].stages[pid]) != per_process[pid].stages[pid] for pid in per_process):
            listed.clear()  # "受理64件,准予60件;受理33件,办结31件": another stage before ends the list
        for pid, level in p.stages.items():
            if pid not in c.stages or level == 0:
                continue  # (a process naming the figure's first stage bounds it by nothing, nor blocks)
            if pid not in decided and c.stages[pid] == level and another_kind(p, c):
                continue  # "活产…人,遗传代谢病筛查…人;听力筛查…人": two kinds at one stage, side by side
            if pid in decided:
                if pid in listed and per_process[pid].stages[pid] == c.stages[pid] and per_process[pid].scope == c.scope \
                        and ";" not in d.s[r.end : per_process[pid].q.start] and not due_whole(d, per_process[pid].q):
                    if "其中" in d.s[r.end : per_process[pid].q.start] \
                            and len({x.q.index for x in per_process.values()}) == 1:
                        return [per_process[pid], c]  # "职工126人,其中在编86人,持证84人": of the part or the whole
                    return []  # "省督查发现12个,自查发现45个,已整改50个": the stage of a list
                    # (not across a ";": "受理…3,412件,审结…;调解组织受理…2,106件,调解成功…" starts anew)
                listed.discard(pid)  # another stage before: the candidate's clause starts there
                continue
            decided.add(pid)
            if c.stages[pid] < level and (same_work(pid, p, c, _subject(d, c)) or part_named_so(d, c.q, p)):
                per_process[pid] = c
                listed.add(pid)
            else:
                blockers[pid] = c.q.index
    candidates = {c.q.index for c in per_process.values()}
    # (not one across a ';' before the candidates: "其中投诉862件,办结848件;举报344件,办结340件")
    semi = d.s.rfind(";", p.q.sentence[0], p.q.start)
    after_semi = bool(candidates) and semi >= 0 and all(d.qs[i].start > semi for i in candidates)
    if any(blockers[pid] not in candidates and not (after_semi and d.qs[blockers[pid]].start < semi)
           for pid in decided - set(per_process)):
        return []  # one process's nearer figure is of the same stage: "直接办结400件,转办600件,办结950件"
    # (one that is earlier in another process is the candidate: "回访工单8,426件,回访满意7,982件")
    figures = {c.q.index: c for c in per_process.values()}
    if any(b - a == 1 and _LISTED.match(d.label(d.qs[b])) for a, b in itertools.pairwise(sorted(figures))):
        return []  # "收到复议申请23件、行政诉讼案件12件,审结30件": two items of one list, the stage may count both
    return sorted(figures.values(), key=lambda c: -c.q.index)


def _whole_candidate(d: _Doc, p: _Named, earlier: list[Quantity], name) -> _Named | None:
    """The nearest earlier figure of the whole jurisdiction in the paragraph: in the sentence, at
    the same or an earlier stage; in a sentence before, at the same stage, named the same way."""
    places = counts_places(d, p.q)
    for r in reversed(earlier):
        if counts_places(d, r) and not places:
            continue  # ("全县18个乡镇…承接工单。…县住建局1,317件": the places, not their work)
        c = name(r)
        if c is None or c.scope != "whole" or not compatible(r, p.q) or not _same_count(p, c) or names_a_rank(d, r):
            continue
        if p.scope == "whole" and not _wider(c.place, p.place):
            if c.place == p.place:
                return None  # "全市…全市…": one jurisdiction, no level below it
            continue  # "全省受理…,全市受理…" needs the province before the city
        elif p.scope == "own" and p.place and c.place and p.place != c.place:
            return None  # "全区…市级…": another jurisdiction's level
        if r.sentence == p.q.sentence:
            fits = all(pid in c.stages and c.stages[pid] <= lvl for pid, lvl in p.stages.items())
        else:
            # (or one naming nothing but its level, the measure of the whole going on: "全区受理…620件。
            # 区政府本级151件")
            fits = all(c.stages.get(pid) == lvl for pid, lvl in p.stages.items()) and bool(p.stages or not p.rest)
        return c if fits and _same_thing(p, c) else None  # the nearest whole figure decides
    return None


# Kinds of jurisdiction from the widest; 区 (a city's district or an autonomous region) is left out.
_RANKS = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "旗": 2, "镇": 3, "乡": 3}


def _wider(whole: str | None, part: str | None) -> bool:
    """Is a jurisdiction of kind ``whole`` (省) wider than one of kind ``part`` (市)?"""
    return whole in _RANKS and part in _RANKS and _RANKS[whole] < _RANKS[part]
