"""A set named again: a figure whose words frame it as a set the text counted before restates
that count, whatever figure it prints ("全年受理诉求2,846件……全年2,846件诉求中,", "上述134起事故中",
"对受理的9,864件举报", "按46.02万常住人口计算"). A misprint makes the two differ, so the set is
found by its words, never by its value:

* the frame: the figure opens "…中," after 在 / 全年 / 上述 / "VERB的", or follows 上述 / 前述
  (which refer back by themselves), "全年VERB的" / "对VERB的" before the noun it counts, or
  "按…计算" (a base restated);
* the words: the frame's verb (受理, 转派) and noun (诉求, 事故), less the words that name nothing
  but the reference (``named_again.frame`` of ``catalog/equalities.yaml``);
* the set: the one earlier figure, counted in the same unit, whose sentence names the verb and
  whose own words name the noun (a generic noun, 案件 / 工单, needs the verb only; an umbrella
  noun, 诉求, is named by two of its kinds). A part of a list qualifies only when its own
  name is the noun. Several sets of different counts: the one whose own words end with the
  noun, else nothing.

Never paired: a frame narrowed to a period, a level or a 其中 part the set is not (1-9月, 本级,
网上), a figure of another year, deltas, previous levels and rates per N.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import after_holding, gate_chars, holding_any, merged
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .stages import load_stages, naming
from .structure import SENT_END, _Doc
from .table_totals import in_order
from .vocab import catalog_yaml, lacks, read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_AFTER_END = re.compile(r"[,;:、。()]")
_OTHER_YEAR = re.compile(r"\d{4}年(?!,)|上年|去年|上一年|前年|同期")
_BACK_CHARS = 4000
_PER = re.compile(r"每[十百千万亿]|平均|日均|人均|户均")
_BACK = 80
_ALL_NEXT = re.compile(r"(?:已|均已|已经)?(?:全部|均|一律|全数|都)")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    stages = catalog_yaml("stages.yaml")
    return read_section("equalities.yaml", "named_again", lambda v, _: {
        "frame": re.compile(f"^(?:{v['frame']})+"), "refer": re.compile(v["refer"]),
        "generic": frozenset(v["generic"]), "umbrella": {k: list(ws) for k, ws in v["umbrella"].items()},
        "narrower": re.compile(v["narrower"]), "period": re.compile(stages["period"]),
        "year": re.compile(stages["year"]), "noun_end": re.compile(v["noun_end"]),
        "alike_before": re.compile(f"(?:{v['alike_before']})$"),
        "alike_with": re.compile(f"[,，]?(?:{v['alike_with']})"),
        "whole": re.compile(v["whole"]), "subject": re.compile(v["subject"]), "same_act": [list(g) for g in v["same_act"]],
        "total_end": re.compile(f"(?:{v['total_end']})$")})


def _strip(v: dict, words: str) -> str:
    """The words less the frame words that lead them and a closing 的."""
    words = v["frame"].sub("", words)
    return words[:-1] if words.endswith("的") else words


def _frame(d: _Doc, q: Quantity, v: dict) -> tuple[str, str, str] | None:
    """(verb, noun, the frame's own words) when the figure's words frame it as a set named again."""
    lab = d.clause(q)
    aft = _AFTER_END.split(d.after(q, 20))[0]
    if not aft.endswith(("中", "计算")) and "的" not in lab and lacks(v["refer"], lab):
        return None  # (most figures: none of the three frames below can hold -- each needs its
        # words to end in 中 or 计算, or a 的 or a referring word in the label, whose Chinese is ``own``)
    own = v["subject"].sub("", _NOT_CJK.sub("", lab))  # ("我局对发现的…": the body acting names no set)
    refers = bool(v["refer"].search(own))
    if aft.endswith("中") and d.s.startswith(aft + ",", q.end) and len(aft) >= 2 \
            and (own.startswith("在") or own.endswith("的") or refers or not _strip(v, own)):
        noun = aft[:-1]  # "在全年发生的168起事故中,", "全年2,846件复议申请中,", ",38起事故中,"
    elif aft == "中" and d.s.startswith("中,", q.end) and "的" in own[1:-1]:
        # "全年立案查处的违法案件1,260件中,": the verb before 的, the noun after it
        verb_words, _, noun = own.rpartition("的")
        own = verb_words + "的"
    elif own.startswith("从") and own.endswith("的") and re.search(r"[^\d](?:来看|看)$", aft) \
            and d.s.startswith(aft + ",", q.end):
        noun = re.sub(r"(?:来看|看)$", "", aft)  # "从全年受理的3,481件信访事项看,": a view of the set
        own = own[1:]  # (从 frames the view, it names nothing of the set)
    elif d.s.startswith("计算", q.end + len(aft) - 2) and aft.endswith("计算") and lab.endswith("按"):
        noun = aft[:-2]  # "按46.02万常住人口计算"
    elif refers or ((own.startswith("对") or v["year"].match(own)) and own.endswith("的")):
        noun = v["noun_end"].split(aft)[0]  # "上述审查的48件规范性文件均已…", "对受理的9,864件举报,"
    else:
        return None
    noun = _NOT_CJK.sub("", noun)
    verb = _strip(v, v["refer"].sub("", own))
    verb = verb[1:] if verb.startswith("按") else verb  # "按46.02万常住人口计算": no verb
    if own.startswith("对") and len(verb) >= 4 and q.unit and _ALL_NEXT.match(aft):
        # "对发现问题的178户已全部责令整改": the verb and its object name the set, all of which the
        # clause goes on to (not "对发现问题的20户开展回访": some of them, maybe)
        return verb, "", own
    if not noun or (noun in v["generic"] and not verb):
        return None
    return verb, noun, own


def _names_noun(words: str, noun: str, v: dict, listed: str = "") -> bool:
    if noun in words or noun in v["generic"]:
        return True
    for umbrella, kinds in v["umbrella"].items():
        # (not when the frame's sentence goes on to kinds the figure's words leave out: "受理投诉举报
        # 12,846件……受理的568件诉求中,咨询、求助、投诉分别为…" -- a set of two kinds has no 咨询)
        if noun.endswith(umbrella) and sum(k in words for k in kinds) >= 2 \
                and not any(k in listed and k not in words for k in kinds):
            return True
    # "信访事项" is named by "信访总量": the words before a generic head ("复议诉讼案件" is not
    # named by "行政复议" alone: two sets may be meant together)
    return len(noun) >= 4 and noun[-2:] in v["generic"] and noun[:-2] in words


def _find_verb(text: str, verb: str, v: dict) -> int:
    """Where the verb, or a verb of the same act (``same_act``: 抽查 and 评查 of one review), is in
    the text (-1: nowhere)."""
    for group in v["same_act"]:
        for w in group:
            if verb.endswith(w):
                stem = verb[: -len(w)]
                found = [k for other in group if (k := text.find(stem + other)) >= 0]
                return min(found) if found else -1
    return text.find(verb)


def _candidates(d: _Doc, q: Quantity, verb: str, noun: str, ref_own: str, v: dict,
                parts: set[int]) -> list[Quantity]:
    """The one earlier figure of the set the frame names (a list of one figure), or nothing."""
    listed = d.s[q.end : d.next_end(q.end, SENT_END)]  # what the frame's sentence goes on to name

    st = load_stages()
    me = naming(d, q)
    lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
    whole_year = bool(v["year"].search(ref_own))
    tiers: tuple[list[Quantity], list[Quantity], list[Quantity]] = ([], [], [])  # named exactly, wholes, others
    for r in d.qs[lo : q.index]:
        if r.is_percent or r.in_table or d.in_parentheses(r) or r.value == 0:
            continue
        if r.unit != q.unit and (q.unit or r.is_money):
            continue  # counted alike ("按46.02万常住人口计算" prints no unit: the noun counts it)
        if is_delta(d, r) or is_previous(d, r) or is_per_n(d, r) or (r.value % 1 and not q.value % 1):
            continue  # (a count's set is no average: "每万人口申请量64.7件")
        own = d.own_words(r)
        if _PER.search(own):
            continue
        aft = _NOT_CJK.sub("", _AFTER_END.split(d.after(r, 12))[0])
        if _OTHER_YEAR.search(own) or (whole_year and v["period"].search(d.s, r.sentence[0], r.start)):
            continue  # another year's figure, or a period's against "全年"
        named = own + aft
        bare = v["total_end"].sub("", _strip(v, own))
        exact = bare == noun or _strip(v, named) == noun
        if verb:
            # The verb names the figure itself ("受理371件"), not a later stage in its sentence
            # ("转派77,068件,已办结74,915件"); a kind listed after 其中 inherits its whole's verb.
            at = _find_verb(own, verb, v)
            if at < 0 and exact:
                start = r.sentence[0]
                if d.s[start : start + 3].lstrip().startswith("其中"):
                    start = d.last_before("。\n", start - 1) + 1  # "…受理诉求68,935件。其中,投诉41,207件"
                if _find_verb(_NOT_CJK.sub("", d.s[start : r.start]), verb, v) < 0:
                    continue
            elif at < 0 or st.negation.search(own[:at]):
                continue  # "不予受理41件" is not the 受理 set
        narrow = v["narrower"].search(own)
        if narrow and narrow.group(0) not in verb + noun:
            continue  # "县本级受理120件": a level the frame does not name
        if (r.index in parts or "其中" in own) and not exact:
            continue  # a part of a list is the set only when its own name is the noun
        if not _names_noun(named, noun, v, listed) and not (noun in v["generic"] and verb):
            continue
        it = naming(d, r)
        if me is not None and it is not None and any(it.stages.get(p, lvl) != lvl for p, lvl in me.stages.items()):
            continue  # "受理的投诉中已办结40,386件": a later stage of the set the frame names
        whole = v["whole"].search(own) and r.index not in parts
        tiers[0 if exact else 1 if whole else 2].append(r)
    # The set named exactly, else the one stated as a whole (全市共…) beside parts of lists,
    # else the only count there is.
    rest = [r for r in tiers[2] if r.index not in parts]
    for tier in (tiers[0], tiers[1] if not rest else [], tiers[0] + tiers[1] + tiers[2]):
        if tier:
            return [tier[-1]] if len({r.value for r in tier}) == 1 else []
    return []


def _two_sets(d: _Doc, q: Quantity, noun: str, v: dict) -> list[Quantity]:
    """"被申请行政复议26件、被提起行政诉讼17件……在上述43件复议诉讼案件中": a noun joining the
    names of two figures listed together before it (复议 + 诉讼, less a generic head) names both
    sets: the figure is their sum. The nearest such pair, counted alike; none: nothing."""
    stem = noun[:-2] if noun[-2:] in v["generic"] else noun
    if len(stem) < 4:
        return []
    lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
    for k in range(q.index - 1, lo, -1):
        a, b = d.qs[k - 1], d.qs[k]
        if a.sentence != b.sentence or a.unit != q.unit or b.unit != q.unit or a.is_percent \
                or any(is_delta(d, x) or is_previous(d, x) for x in (a, b)) \
                or d.label(b)[:1] not in "、和及与,":
            continue
        wa, wb = d.own_words(a), d.own_words(b)
        if any(stem == x + y and wa.endswith(x) and wb.endswith(y)
               for x, y in ((stem[:i], stem[i:]) for i in range(2, len(stem) - 1))):
            return [a, b]
    return []


def _printed_before(d: _Doc, q: Quantity, cand: Quantity) -> bool:
    """Is ``q``'s count printed by another earlier figure counted alike (within the reach of a set
    named again)? Then ``q`` may name that figure's set rather than ``cand``'s. (Printed rounded
    too: "达到783,724件。上述78.4万件诉求…" restates the 783,724.)"""
    lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
    return any((r.value == q.value or q.low <= r.value <= q.high) and r.index != cand.index and compatible(r, q)
               and not r.is_percent for r in d.qs[lo : q.index])


def narrower_or_period(words: str) -> bool:
    """Do a reference's words narrow the set to a level, a channel, a part or a period ("在县本级
    受理的…中", "在1-6月受理的…中")? Then a wider figure of the same words is not the set."""
    v = _vocabulary()
    return bool(v["narrower"].search(words) or v["period"].search(words) or "其中" in words)


# splits of what came in by the acts that dealt with it (直接答复/转办; 受理/不予受理/告知): each part is a set
# named by its act, no kind listed
_ACTS_SPLITS = frozenset({"sum.intake_split", "sum.application_split"})


def sets_named_again(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Figures framed as a set named again, each with the earlier figure of that set."""
    v = _vocabulary()
    # (the two ways a hotline's intake goes are named by their act, not listed as kinds of it)
    parts = {q.index for r in found if r.rule not in _ACTS_SPLITS for role in ("parts", "smaller")
             for q in (r.roles.get(role) if isinstance(r.roles.get(role), list) else [r.roles.get(role)])
             if isinstance(q, Quantity)}
    tied = {q.index for r in found if r.kind == "equal" for q in r.quantities()}
    out: list[Relation] = []
    # (only the figures ``_frame`` reads further: its clause holds 的 or a referring word's
    # character, or the words after it -- 20 characters at most -- hold the 中 or 算 they must end with)
    refer = gate_chars(v["refer"])
    walk = d.qs if refer is None else merged(holding_any(d, "的" + refer), after_holding(d, "中算", 20))
    for q in walk:
        if q.is_percent or q.in_table or q.index in tied or d.in_parentheses(q):
            continue
        framed = _frame(d, q, v)
        if framed is None:
            continue
        verb, noun, own = framed
        if not verb and len(noun) < 2:
            continue  # "全市16个区中,": one character names no set (社区 ends with it too), nor a verb
        if narrower_or_period(own + noun) or _OTHER_YEAR.search(d.clause(q)):
            continue  # "在1-9月受理的…中", "在县本级受理的…中": a narrower set may be meant
        cands = _candidates(d, q, verb, noun, own, v, parts)
        if cands and cands[0].value != q.value and _printed_before(d, q, cands[0]):
            continue  # "其中网上投诉560件。560件投诉中,": the figure may name the 560, not the whole
        if cands and cands[0].index not in tied:
            out.append(Relation("equal", "equal.named_again", {"values": [cands[0], q]}))
            tied.add(q.index)
        elif not cands and not verb:
            pair = _two_sets(d, q, noun, v)
            if pair:
                out.append(Relation("sum", "sum.named_again", {"total": q, "parts": pair}))
    return out


def stated_alike(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"…服务室186个,已聘请法律顾问的…同样为186个": a figure the text says is the same as the one
    before it (``alike.before`` words end its label) equals the figure before it in its sentence
    or the one before, counted alike; "录入量为21,476件次,与登记受理量一致": the figure before
    "与X一致" (``alike.with``) equals the one earlier figure, counted alike, whose words name X."""
    v = _vocabulary()
    tied: set[frozenset[int]] | None = None  # the figures each equality ties: listed when first asked
    out: list[Relation] = []
    # (only the figures whose clause can hold an ``alike.before`` word, and those followed by 与 --
    # right away or after a comma: every ``alike.with`` match opens so)
    before = gate_chars(v["alike_before"])
    walk = d.qs if before is None or gate_chars(v["alike_with"]) != "与" else merged(
        holding_any(d, before), after_holding(d, "与", 2))
    for q in walk:
        if q.in_table or q.index == 0 or is_delta(d, q) or is_previous(d, q):
            continue
        lab = d.clause(q)
        if v["alike_before"].search(lab) and not _OTHER_YEAR.search(lab):
            p = d.qs[q.index - 1]
            same = p.unit == q.unit and not p.in_table and not is_delta(d, p) and not is_previous(d, p)
            near = p.sentence[0] > d.last_before("。\n", q.sentence[0] - 1)  # this sentence or the one before
            if same and near:
                if tied is None:  # (few figures are said to be the same as another)
                    tied = {frozenset(x.index for x in r.quantities()) for r in found if r.kind == "equal"}
                if frozenset((p.index, q.index)) not in tied:
                    out.append(Relation("equal", "equal.alike", {"values": [p, q]}))
            continue
        m = v["alike_with"].match(d.s, q.end)
        if m is None or q.is_percent:
            continue
        # "与当月查处违法行为数一致": 查处违法行为 (the time of the figure itself, said again)
        x = _strip(v, re.sub(r"^(?:当月|本月|当年|本期|同期内)", "", _NOT_CJK.sub("", m.group(1))))
        x = v["total_end"].sub("", x) if len(v["total_end"].sub("", x)) >= 2 else x
        x = x[:-1] if x.endswith("量") and len(x) > 2 else x
        if len(x) < 2 or _OTHER_YEAR.search(x) or v["narrower"].search(x):
            continue
        lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
        cands = [r for r in d.qs[lo : q.index] if compatible(r, q) and not r.is_percent and not r.in_table
                 and not is_delta(d, r)
                 and not is_previous(d, r) and in_order(x, d.own_words(r) + _NOT_CJK.sub("", d.after(r, 8))) >= 0]
        if len({r.value for r in cands}) == 1:
            if tied is None:
                tied = {frozenset(x.index for x in r.quantities()) for r in found if r.kind == "equal"}
            if frozenset((cands[-1].index, q.index)) not in tied:
                out.append(Relation("equal", "equal.alike", {"values": [cands[-1], q]}))
    return out
