"""A decision and its outcomes listed right after it, with no word opening the list (issue 15, F):
"审结7件:维持5件,撤销1件,申请人撤回1件", "被申请行政复议11件,复议机关维持8件、撤销1件,申请人主动撤回2件",
"法制审核137件,直接审核通过129件,提出修改意见后通过8件".

What was decided ends in one outcome each, so outcomes named item by item right after the decided
figure -- in its sentence, after a comma or colon, each item's own words naming an outcome
(``outcome_lists`` of catalog/distributed.yaml) -- are parts of it. Whether they are all of it is
the same question as for a 其中 list (``completeness._sum_or_bounds``): a rest (其余, 撤回…终止),
complements or the figures say so; two outcomes that leave much of the whole unsaid are bounds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .completeness import _sum_or_bounds
from .label_index import may_hold, merged
from .model import Relation, compatible
from .nested_lists import subtotal_of_the_last
from .roles import is_change_percent, is_delta, is_previous
from .scopes import unit_class
from .structure import _Doc
from .vocab import catalog_yaml

# An application's outcomes: accepted, or not (turned down, referred elsewhere, the rest).
_ACCEPTED = re.compile(r"(?<![不未])(?<!不予)(?<!未予)受理")  # (不予受理 is a refusal, no acceptance)
_NOT_ACCEPTED = re.compile(r"不予|未|告知|转送|退回|其他|其它|其余")


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, re.Pattern]:
    v = catalog_yaml("distributed.yaml")["outcome_lists"]
    return re.compile(v["decided"]), re.compile(v["outcomes"])


@lru_cache(maxsize=1)
def _application() -> tuple[re.Pattern, re.Pattern]:
    v = catalog_yaml("distributed.yaml")["outcome_lists"]
    return re.compile(v["application"]), re.compile(f"{v['outcomes']}|{v['application_outcomes']}")


def outcome_lists(d: _Doc) -> list[Relation]:
    """Sums (or bounds) of each decided figure over the outcomes listed right after it."""
    decided, outcome = _vocab()
    out: list[Relation] = []
    said_closed = _said_all_closed(d)
    closed_at = {q.index for q in said_closed}
    for w in merged(may_hold(d, decided), said_closed):  # (the figures whose label holds a character every decision word needs)
        if w.is_percent or w.in_table:
            continue
        own = _own(d, w)
        if not (decided.search(own) or w.index in closed_at) or outcome.search(_subject(own)) or outcome.match(own):
            continue  # (a decided figure names no outcome itself: "维持5件", "驳回申请312件" are items)
        if is_delta(d, w) or is_previous(d, w) or d.in_parentheses(w):
            continue  # (after the words: most figures name no decision, and these are read once each)
        applied, either = _application()
        parts = _items_after(d, w, either if applied.search(own) else outcome)
        if len(parts) < 2:
            continue
        out += _sum_or_bounds(d, w, parts, d.s[w.end : parts[-1].end])
    return out


# The words right after a figure saying all of it was closed or answered ("收到申请3件,均已答复:…",
# "受理6件,已全部办结:…"): what it counts was decided, each in one outcome -- a list of outcomes after
# them is of it, as after a decided figure.
_ALL_CLOSED = re.compile(r"[,,](?:均已|已全部|全部已|均|已|全部)(?:按期|按时|依法|如期)?(?:办结|答复|办理完毕|审结)(?=[:,])")
_CLOSED_WORDS = re.compile(r"(?:办结|答复|办理完毕|审结)")


def _said_all_closed(d: _Doc) -> list[Quantity]:
    """The figures followed right away by words saying all of them were closed (``_ALL_CLOSED``)."""
    if not _CLOSED_WORDS.search(d.s):
        return []
    out = []
    for m in _ALL_CLOSED.finditer(d.s):
        k = d.before(m.start()) - 1
        if k >= 0 and d.qs[k].end == m.start() and not d.qs[k].is_percent:
            out.append(d.qs[k])
    return out


# A closed figure's outcomes in the sentence after it: "全年办结51件。予以公开22件,占43.1%;部分公开3件;…",
# "办结87件,结转下年度3件。办结件中予以公开38件,…": the sentence may open by naming the closed work
# ("办结件中", "答复情况:") or say all of it was answered ("已全部按期答复:").
_NEXT_OPENER = re.compile(r"\s*(?:其中[,:]?|[\u4e00-\u9fff]{0,6}(?:办结|答复|审结)[\u4e00-\u9fff]{0,4}中[,:]?|(?:答复|办理|办结)(?:情况|结果)[:,]"
                          r"|(?:已|均已)?全部(?:按期|按时)?(?:办结|答复)[:,])?")
# (the closed work itself, its word first: not a kind of closing, "调解和解结案16件")
_CLOSED_WHOLE = re.compile(r"^(?:全年|本年度?|当年|共|已|依法|累计|共计)*(?:办结|审结|结案|答复)(?:[\u4e00-\u9fff]{0,6}(?:申请|案件|事项))?$")
_FORWARDED = re.compile(r"结转|转入下")


def outcomes_after(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Sums (or bounds) of a closed figure ending its sentence over the outcomes listing the next one
    (none where another reading has summed some of those outcomes into it already)."""
    out: list[Relation] = []
    if "公开" not in d.s and "维持" not in d.s:
        return out  # (the outcomes of closed requests and reviews: a cheap gate)
    read: dict[int, set[int]] = {}  # the parts each whole is summed over already
    for r in found:
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind == "sum" and isinstance(total, Quantity) and isinstance(parts, list):
            read.setdefault(total.index, set()).update(p.index for p in parts if isinstance(p, Quantity))
    outcome = _vocab()[1]
    for w in may_hold(d, _CLOSED_WHOLE):
        if w.is_percent or w.in_table or not _CLOSED_WHOLE.search(_own(d, w)) or "按" in _own(d, w):
            continue  # (按期办结 is a part of the closed: its outcomes are of all closed)
        if is_delta(d, w) or is_previous(d, w) or d.in_parentheses(w):
            continue
        end = w.sentence[1]
        if any(not p.is_percent and not _FORWARDED.search(d.label(p)) for p in d.in_range(w.end, end)):
            continue  # the whole is the last figure of its sentence (but the work carried forward)
        m = _NEXT_OPENER.match(d.s, end + 1 if d.s[end : end + 1] in ("。", "\n", ";", "!", "?") else end)
        parts = _outcomes_from(d, w, m.end(), outcome)
        if any(_REFUSED.search(_own(d, p)) for p in parts):
            continue  # ("审结25件。其中维持15件,…,不予受理7件": a refusal is no outcome of the decided -- of all received)
        if len(parts) >= 2 and not read.get(w.index, set()) & {p.index for p in parts}:
            out += _sum_or_bounds(d, w, parts, d.s[w.end : parts[-1].end])
    return out


_BREAKS_DOWN = re.compile(r"其中|中,|分别|包括")
_OTHER_TIME = re.compile(r"上年|去年|同期|上一年")
_REFUSED = re.compile(r"不予(?:受理|立案)")
_COUNT_THEN_TOTAL = re.compile(r"(?:合计|共计|共)")
# a share of the items before ("占39.1%", "合计占办结总数的43.7%", "两项合计占52.2%")
_SHARE_BETWEEN = re.compile(r"[,]?(?:[\u4e00-\u9fff]{0,4}合计|分别)?占[\u4e00-\u9fff]{0,8}")


def _outcomes_from(d: _Doc, w: Quantity, at: int, outcome: re.Pattern) -> list[Quantity]:
    """The outcomes listed from ``at`` in its sentence: each figure's own words an outcome, joined by
    [,;、] (a share right after an item passed over), none larger than ``w``; [] when another figure
    comes first or the list runs into one that is no outcome."""
    parts: list[Quantity] = []
    k = d.before(at)
    if k >= len(d.qs) or "\n" in d.s[at : d.qs[k].start].strip("\n") or d.qs[k].sentence[0] > at:
        return []
    sentence = d.qs[k].sentence
    if re.search(r"[,;:、]", d.s[at : d.qs[k].start]):
        return []  # the sentence opens with words of its own ("纠错案件中,撤销7件…"): no list of the closed
    prev_end = at
    for p in d.from_index(k):
        if p.sentence != sentence:
            break
        between = d.s[prev_end : p.start]
        if p.is_percent:
            if not parts or not _SHARE_BETWEEN.fullmatch(between):
                break
            prev_end = p.end
            continue
        if parts and (not re.match(r"[,;、]", between) or _BREAKS_DOWN.search(between)):
            break  # ("不予公开20件,其中…分别为6件、3件": the last item broken down, no more outcomes)
        if len(parts) >= 2 and p.unit != w.unit and _COUNT_THEN_TOTAL.match(d.s, p.end):
            continue  # ("两项合计15件": the count of the items a subtotal adds, no item)
        if subtotal_of_the_last(d, parts, p):
            prev_end = p.end
            continue  # "予以公开11件,部分公开4件,两项合计15件,…": the last outcomes added up
        if _subtotal_of(_own(d, p), [_own(d, x) for x in parts]):
            break  # "…撤销21件、确认违法9件…,直接纠错30件": a total of outcomes listed, no outcome of its own
        if not outcome.search(_own(d, p)) or not compatible(p, w) or unit_class(p) != unit_class(w) \
                or p.value > w.value or d.in_parentheses(p) or is_delta(d, p) or is_previous(d, p) \
                or _OTHER_TIME.search(_own(d, p)):
            break  # (the list ends at a figure that is no outcome of it, or of another year: "上年同期维持…")
        parts.append(p)
        prev_end = p.end
    found = [own[m.start():] for x in parts if (m := outcome.search(own := _own(d, x)))]
    # ("网上申请予以公开30件,信函申请予以公开10件": one outcome by channel, no list of outcomes)
    return [] if len(set(found)) < len(found) else parts


_APPLIED_FOR = re.compile(r"[\u4e00-\u9fff]{2,8}申请$")


def _subject(own: str) -> str:
    """The words of a decided figure less what an application asks for ("受理…纠纷调解仲裁申请": the
    调解 applied for is no outcome); a refused application ("不予受理申请") keeps its words."""
    return own if _NOT_ACCEPTED.search(own) else _APPLIED_FOR.sub("申请", own)


def _own(d: _Doc, q: Quantity) -> str:
    """The Chinese words of the figure's own clause (read once per figure: outcome_lists,
    defined_totals and added_up each ask it of most figures)."""
    return d.own_words(q)  # (the words [,;:、] close, as structure's own words: one reading)


def _items_after(d: _Doc, w: Quantity, outcome: re.Pattern) -> list[Quantity]:
    base = _vocab()[1]  # (the outcomes of any decision; an application's own need a closer reading)
    """The figures right after ``w`` in its sentence, each an outcome of its own clause, joined by
    a comma, a colon or 、 -- up to the first that is not ([] when 其中 or a rate comes first)."""
    prev = _past_its_changes(d, w)
    at = prev.end
    while prev is not w and d.s.startswith(")", at):
        at += 1  # (past the aside's bracket)
    first = d.s[at : at + 2]
    if not first or first[0] not in (",:" if prev is w else ",:;") or "其中" in d.s[at : at + 4]:
        return []  # (after a ";" the clause may open a set of its own: "…;复查申请中,维持…")
    parts: list[Quantity] = []
    lead = prev
    resume = -1
    for p in d.from_index(prev.index + 1):
        if parts and p is not None and p.sentence == w.sentence and d.in_parentheses(p) \
                and d.s.startswith("(", prev.end) and d.s.find(")", prev.end) >= p.end:
            # "维持24件,被纠错5件(撤销3件、确认违法2件),终止2件": an aside breaking the last item down;
            # the list goes on after it
            resume = d.s.find(")", prev.end) + 1
            continue
        if parts and p.is_percent and p.sentence == w.sentence \
                and _SHARE_BETWEEN.fullmatch(d.s[max(prev.end, resume) : p.start]):
            resume = p.end  # "予以公开22件,占43.1%;部分公开3件…": an item's share, the list goes on
            continue
        if p.sentence != w.sentence or p.is_percent or p.in_table or d.in_parentheses(p):
            break
        between = d.s[at if prev is lead else max(prev.end, resume) : p.start]
        own = _own(d, p)
        if not own and parts and re.fullmatch(r"[,;、]", between) and compatible(p, w):
            # A figure named by the words after it ("审批通过41件,不予许可2件,3件正在审查中"): work still
            # open is the rest of an intake; a list going on with a figure named otherwise has an end
            # these words do not show.
            if _OPEN_AFTER.match(d.s, p.end) and _INTAKE.search(_own(d, w)) and not _REFUSED.search(_own(d, w)):
                parts.append(p)
                break
            return []
        if (parts and re.match(r"[,;、]", between) and _OPEN_BEFORE.match(own) and compatible(p, w)
                and _INTAKE.search(_own(d, w)) and not _REFUSED.search(_own(d, w))):
            parts.append(p)  # "…告知向其他机关申请68件,尚在审查期限内23件": the intake's open rest
            break
        if not re.match(r"[,:;、]", between) or re.search(r"其中|中,", between) or not outcome.search(own) \
                or unit_class(p) != unit_class(w) or not compatible(p, w) or is_delta(d, p):
            break
        if p.value > w.value:
            return []  # an outcome larger than what was decided: the list is of another figure
        if subtotal_of_the_last(d, parts, p):
            prev = p
            continue  # "…确认违法9件,责令履行4件,纠错案件合计13件,终止5件": the last outcomes added up
        if _subtotal_of(own, [_own(d, x) for x in parts]):
            break  # "维持61件、撤销9件、确认违法5件…;纠错14件": a total of outcomes listed, no outcome of its own
        if not base.search(own) and ((between[:1] == ";" and prev is not lead)
                                     or (_ACCEPTED.search(own) and not own.endswith("受理"))):
            break  # "受理许可申请236件,核发229件;受理投诉举报143件": an application's outcome in its clause
        if any(_ACCEPTED.search(_own(d, x)) for x in parts) and not _NOT_ACCEPTED.search(own):
            break  # "申请复查87件,受理复查79件,复查后维持71件…": after the accepted, what became of them
        if _PENDING.search(own) and (_CLOSED.search(_own(d, w)) or _CARRIED.search(own)):
            # "审结6件,维持5件、撤销1件,尚在审理1件": the open case is of the 7 brought, not of the 6 closed;
            # "…不予受理4件;加上2012年尚未审结的5件": last year's open cases are added, no outcome
            break
        parts.append(p)
        prev = p
    if parts and _INTAKE.search(_own(d, w)) and not _CLOSED.search(_own(d, w)) and _more_after(d, w, parts[-1]):
        # "受理调解申请67件,调解成功59件,未调解成功的6件,另有2件正在调解中": the list is not all of
        # the intake (what more there is of a closed whole, "另有1件结转", lies outside it)
        return []
    return parts


_MORE = re.compile(r"^(?:另有|另|此外|还有|尚有)?$")
_CLOSED = re.compile(r"办结|审结|结案|答复|办理完毕|处理完毕")
_PENDING = re.compile(r"未审结|尚在审理|正在审理")
_CARRIED = re.compile(r"加上|连同|上年|去年|以前|\d{4}年")


def _more_after(d: _Doc, w: Quantity, last: Quantity) -> bool:
    """Is the figure after the list's last one, in its sentence or the next, more of the whole -- of
    its unit, named by 另有/此外 or by the words after it only ("。2件尚在调解期限内")?"""
    if last.index + 1 >= len(d.qs):
        return False
    nxt = d.qs[last.index + 1]
    reach = d.next_end(last.sentence[1] + 1, "。\n")
    return (nxt.start <= reach and not nxt.is_percent and compatible(nxt, w)
            and bool(_MORE.match(_own(d, nxt))))


def _past_its_changes(d: _Doc, w: Quantity) -> Quantity:
    """The last figure of what the text says of ``w`` itself right after it -- the level before in
    brackets, its change ("收到申请59件(上年47件),增长25.5%;受理52件,不予受理7件") -- or ``w``: the
    list of its outcomes starts after them."""
    last = w
    for p in d.qs[w.index + 1 : w.index + 4]:
        if p.sentence != w.sentence or not (d.in_parentheses(p) or is_previous(d, p) or is_delta(d, p)
                                            or (p.is_percent and is_change_percent(d, p))):
            break
        last = p
    return last


def _subtotal_of(own: str, listed: list[str]) -> bool:
    """Is ``own`` the name of a total the catalog defines by outcomes (纠错: 撤销, 确认违法, …), one
    of which is listed already?"""
    return any(whole.search(own) and any(n.search(x) for n in names for x in listed)
               for whole, names, _, _ in _definitions())


@lru_cache(maxsize=1)
def _definitions() -> list[tuple[re.Pattern, list[re.Pattern], set[int], set[int]]]:
    out = []
    for e in catalog_yaml("distributed.yaml")["defined_totals"]:
        parts = [str(p) for p in e["parts"]]
        optional = {i for i, p in enumerate(parts) if p in {str(o) for o in e.get("optional", [])}}
        unprinted = {i for i, p in enumerate(parts) if p in {str(o) for o in e.get("unprinted", [])}}
        out.append((re.compile(e["whole"]), [re.compile(f"(?:^|[^不未]){p}$") for p in parts], optional, unprinted))
    return out


def defined_totals(d: _Doc, found: list[Relation] | None = None) -> list[Relation]:
    """"确认违法71件,撤销58件,变更9件,责令履行职责34件,终止245件。纠错172件": a total defined by
    the outcomes it counts (``defined_totals`` of catalog/distributed.yaml) is their sum when each
    is printed once in its paragraph; the sum without an optional outcome is a reading. An outcome
    not printed was not decided when the ones printed are items of a list adding up exactly to what
    was decided ("审结203件,其中维持121件、驳回23件、撤销17件、确认违法9件、责令履行4件、终止29件;直接
    纠错30件": no 变更)."""
    complete: dict[int, list[set[int]]] | None = None  # the lists adding up exactly (asked of few totals)
    out: list[Relation] = []
    for whole_words, names, optional, unprinted in _definitions():
        for w in may_hold(d, whole_words):  # (its own words are its label's: a label without the gate names no whole)
            if w.is_percent or w.in_table or is_delta(d, w) or is_previous(d, w) or not whole_words.search(_own(d, w)) \
                    or "等" in d.label(w):
                continue  # ("通过确认违法、撤销…等方式纠错56件": 等 says the text counts in more ways)
            para = d.last_before("\n", w.start) + 1
            end = d.next_end(w.end, "\n")
            picked: list[tuple[int, Quantity]] = []
            missing: list[int] = []
            for i, name in enumerate(names):
                hits = [p for p in d.in_range(para, end) if p is not w and not p.is_percent and not p.in_table
                        and not is_delta(d, p) and not is_previous(d, p) and name.search(_own(d, p))
                        and compatible(p, w)]
                if not hits and i in unprinted:
                    continue  # (an outcome few reports have: none printed, none decided)
                if not hits:
                    missing.append(i)
                    continue
                if len(hits) != 1:
                    break
                picked.append((i, hits[0]))
            else:
                if missing:
                    if complete is None:
                        complete = _in_complete_lists(found or [])
                    if not picked or not any({p.index for _, p in picked} <= listed
                                             for listed in complete.get(picked[0][1].index, ())):
                        continue  # (the printed outcomes all items of one such list)
                if any(p.value > w.value for _, p in picked) or len(picked) < 2:
                    continue
                # the sum without each optional outcome printed, and without all of them, are readings
                left_out = [i for i, _ in picked if i in optional]
                drops = [{i} for i in left_out] + ([set(left_out)] if len(left_out) > 1 else [])
                readings = [{"total": w, "parts": [p for i, p in picked if i not in drop]} for drop in drops]
                out.append(Relation("sum", "sum.named_partition", {"total": w, "parts": [p for _, p in picked]},
                                    readings=readings))
    return out


def _in_complete_lists(found: list[Relation]) -> dict[int, list[set[int]]]:
    """The figures (by index) of each sum whose parts add up exactly to its total: a list that names
    every outcome there was -- filed under each figure it holds (a total's outcomes are asked of the
    lists holding one of them, not of every list of the report)."""
    out: dict[int, list[set[int]]] = {}
    for r in found:
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind == "sum" and isinstance(total, Quantity) and isinstance(parts, list) and len(parts) >= 2 \
                and not r.readings and sum(p.value for p in parts) == total.value:
            listed = {p.index for p in parts}
            for i in listed:
                out.setdefault(i, []).append(listed)
    return out


# an intake, and its refused side (relations/intake_sums.py reads what 加上 adds to the intake)
# (work still open may be dated first: "截至年底尚在补正或审查期内4件", "至年末尚未办结2件")
_OPEN_BEFORE = re.compile(r"^(?:另有)?(?:截[至止][\u4e00-\u9fff]{0,6}?|至?年[底末])?(?:正在|尚在|尚未|仍在|在办|待)")
_OPEN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}(?:正在|尚在|尚未|仍在|在办|待)")
# (the passive "被申请行政复议11件", "被提起行政诉讼6件" counts what came in against the body: an intake)
_INTAKE = re.compile(r"受理|新收|收到|接收|立案|新增|被申请|被提起|被起诉")
# an intake refused ("不予受理108件", "未予立案"): the other side of the split, never what is added to
_REFUSED = re.compile(r"(?:不予|不|未予?|没有)(?:受理|立案|接收)")
