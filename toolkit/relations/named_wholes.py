"""The whole a sentence opened by the name of a set ("X中,") breaks down, found by that name.

"12月作出行政处罚决定1,284件。按处罚种类分:…。处罚决定中,适用简易程序的763件,…": a sentence
opened by <name>中 lists parts of the figure stated before whose own name ends with that name --
not of whatever figures the sentence just before holds (``sums``' reading when the name names
none of them). The name is read without 在/所有/全部, a jurisdiction word (全区), 的, and a generic
noun ending it (``set_nouns`` of breakdowns.yaml: "规划类信息中," names "规划类1,207条"). Read only
where one figure is so named within the reach: two figures named so with different values leave
the whole open.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .roles import is_delta, is_previous
from .scopes import items_counted
from .scopes import words as vocabulary
from .stages import load_stages, naming
from .structure import _DUE_WORK, _SAYS_DUE, SENT_END, _Doc, _overlap

_REACH = 60  # figures looked back for the named whole
_SPAN = 3000  # characters looked back
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_PIECE_END = re.compile(r"[,;:、。()]")
_OPENER = re.compile(r"^(?:在|所有|全部|对)")


def set_name(d: _Doc, words: str) -> list[str]:
    """The names of the set "X中," opens with (``words``: the sentence up to 中), as figures may name
    it: the whole name, then without the generic noun ending it."""

    v = vocabulary()
    name = _NOT_CJK.sub("", _OPENER.sub("", words.strip()))
    name = load_stages().whole.sub("", name).replace("的", "")
    core = re.sub(f"(?:{v['set_nouns'].pattern})$", "", name)
    if len(core) < 2 or core == name or load_stages().any_stage.fullmatch(core):
        return [name]  # ("受理案件中," is not every figure named 受理)
    return [name, core]


def _own_name(d: _Doc, q: Quantity) -> str:
    """The words of the last clause of ``q``'s label, without the words that only lead to the figure."""

    tails = vocabulary()["figure_tails"]
    name = _NOT_CJK.sub("", _PIECE_END.split(d.label(q))[-1])
    return re.sub(f"(?:{tails.pattern})+$", "", name)


def _names(own: str, name: str) -> bool:
    """Does a figure's own name name the set: ending as it does, with the set's words in order
    ("受理法律援助案件" names "受理案件", "共派发工单" names "派发工单"), or as the item of a list
    that leaves out the noun of its whole ("门诊类3,500件" names "门诊类投诉")? Never a count due
    ("应审结案件1,803件" is no "审结案件": what was due, not what was done)."""
    if not name.startswith("应") and re.search("应(?:当|该)?" + re.escape(name[:2]), own):
        return False
    if len(own) >= 3 and name.startswith(own):
        return True
    if len(name) >= 3 and own.startswith(name) and len(own) - len(name) <= 2:
        return True  # "工矿商贸领域中," (领域 dropped) names "工矿商贸事故19起"
    if not own.endswith(name[-2:]):
        return False
    it = iter(own)
    return all(ch in it for ch in name)


AMBIGUOUS = object()  # two figures named by the set's name: which one is broken down is open


def named_whole(d: _Doc, marker: int, words: str) -> Quantity | object | None:
    """The one figure before ``marker`` (in reach) whose name ends with the set's name; None when
    none is named so, ``AMBIGUOUS`` when two of different values are."""
    k = d.before(marker)
    earlier = [r for r in reversed(d.qs[max(0, k - _REACH) : k]) if r.end >= marker - _SPAN and not r.is_percent
               and not r.in_table and not d.in_parentheses(r) and not is_delta(d, r) and not is_previous(d, r)]
    for name in set_name(d, words):
        if len(name) < 2:
            continue
        # ("全区行政处罚案件中," names no "上述5个部门行政处罚案件合计")
        # (nor "应审结案件280件" for "审结案件中,": the work due holds what is still open)
        found = unnarrowed(d, words, [r for r in earlier if _names(_own_name(d, r), name)
                                      and not _due_of_the_act(_own_name(d, r), words)])
        if not found:
            continue
        found = _bare_if_whole(d, words, name, found)
        # (a figure so named in an earlier paragraph is farther than the nearest: no rival)
        if any(r.value != found[0].value and compatible(r, found[0]) and "\n" not in d.s[r.end : marker]
               for r in found[1:]):
            return AMBIGUOUS  # "全市受理投诉500件。其中城区受理投诉300件…。投诉中,…": 500 or 300
        bare = _bare_stage_whole(d, earlier, words, marker)
        if isinstance(bare, Quantity) and bare.start > found[0].end:
            # "法院受理行政诉讼案件173件。…受理278件…。受理案件中,": the figure named by the stage
            # alone, nearer, is the set; one named with more words further back is another body's
            return bare
        return found[0]
    return _bare_stage_whole(d, earlier, words, marker)


def _due_of_the_act(own: str, words: str) -> bool:
    """Does a figure name as due ("应审结案件280件") the act a set's words name done ("审结案件中,")?
    Not when the set says due too, nor when it names no act of the due one ("应受理信访事项…。信访事项中,")."""
    due = _DUE_WORK.search(own)
    return due is not None and due.group()[-2:] in words and not _SAYS_DUE.search(words)


def _bare_stage_whole(d: _Doc, earlier: list[Quantity], words: str, marker: int) -> Quantity | object | None:
    """"审结案件中," after "…,审结1,528件,…": a set named by a stage and a generic noun names the figure
    whose own name is that stage alone (but for ``stage_leads``: 全年, 共, 依法…), when no figure bears
    the whole name. Figures named by the stage with more words ("一审审结…") are other sets."""
    v = vocabulary()
    name = load_stages().whole.sub("", _NOT_CJK.sub("", _OPENER.sub("", words.strip()))).replace("的", "")
    core = re.sub(f"(?:{v['set_nouns'].pattern})$", "", name)
    if len(core) < 2 or core == name or not load_stages().any_stage.fullmatch(core):
        return None
    leads = re.compile(f"^(?:{v['stage_leads'].pattern})*")
    found = [r for r in earlier if leads.sub("", _own_name(d, r)) == core]
    if not found:
        return None
    if any(r.value != found[0].value and compatible(r, found[0]) and "\n" not in d.s[r.end : marker]
           for r in found[1:]):
        return AMBIGUOUS
    return found[0]


def adds_up_by_name(d: _Doc, whole: Quantity, found: list[Quantity]) -> bool:
    """Do the figures of a list opened by a set's name, of its whole's unit, add up to that whole
    exactly ("审结案件中,维持683件,…终止131件" of "审结1,528件" paragraphs before)? Its figures then say
    the list is all of the set; else it may leave kinds out, and each part is only bounded."""
    from .sums import _adds_up, _contiguous, _drop_derived  # (sums reads this module)

    return _adds_up(whole, _contiguous(d, whole, [p for p in _drop_derived(d, found) if p.unit == whole.unit]))


def clause_whole(d: _Doc, a: int, b: int) -> Quantity | None:
    """The figure named by a "X中," that opens a ";" clause of a sentence holding figures before it
    ("…审结9,217件,结案率93.6%;受理案件中,新收9,402件,旧存444件"): the set's name decides, as at the
    head of a sentence (``set_whole``); None when the clause does not open so or the name is open."""
    from .sums import _IN_WHICH  # (sums reads this module)

    head = d.last_before(";", a) + 1
    if head <= d.last_before(SENT_END, a) + 1 or d.in_range(head, a):
        return None
    opener = _IN_WHICH.match(d.s, head)
    if opener is None or opener.end() != b:
        return None
    whole = named_whole(d, head, d.s[head : opener.end() - 2])
    return whole if isinstance(whole, Quantity) else None


def set_whole(d: _Doc, a: int, b: int) -> Quantity | object | None:
    """The figure the "X中," opening the sentence of a breakdown marker at ``a``..``b`` names
    (``named_whole``), when the sentence opens so; else None."""
    from .sums import _IN_WHICH  # (sums reads this module)

    head = d.last_before(SENT_END, a) + 1
    opener = _IN_WHICH.match(d.s, head)
    if opener is None or opener.end() > b:
        return None
    words = d.s[head : opener.end() - 2]
    whole = named_whole(d, head, words)
    return _listed_item(d, head, words) if whole is None else whole


def _listed_item(d: _Doc, head: int, words: str) -> Quantity | None:
    """"一季度…四季度分别立案38起、…、49起。第四季度中,10月、11月、12月分别…": the set named is an item
    of a 分别 list of the sentence before -- the figure at that item's position, when one item is named."""
    from .distributed import list_names, names_item  # (distributed reads this module, through completeness)

    name = _NOT_CJK.sub("", _OPENER.sub("", words.strip()))
    before = d.last_before(SENT_END, head - 1) + 1
    found: dict[int, Quantity] = {}
    for q in d.in_range(before, head):
        listed = list_names(d, q) if not q.is_percent else None
        if listed is not None and names_item(listed[1][listed[0].index(q)], name, listed[1]):
            found[q.index] = q
    return next(iter(found.values())) if len(found) == 1 else None


# What may stand between a figure and the next measure stated with it ("38起、死亡22人", "38起,
# 死亡22人,受伤9人"): a separator and the measure's own words, no figure, no stop.
_PAIRED_GAP = re.compile(r"[、,]?[\u4e00-\u9fff]{0,6}")


def paired_measures(d: _Doc, whole: Quantity) -> list[Quantity]:
    """The figures of other measures stated right after ``whole`` with it ("工矿商贸事故38起、死亡22人、
    受伤9人": the 22人 and 9人): the set "X中," names has each of them too."""
    out: list[Quantity] = []
    last = whole
    for q in d.qs[whole.index + 1 : whole.index + 4]:
        if (q.is_percent or compatible(q, whole) or any(compatible(q, o) for o in out)
                or not _PAIRED_GAP.fullmatch(d.s, last.end, q.start) or d.in_parentheses(q)):
            break
        out.append(q)
        last = q
    return out


def bounded_parts(d: _Doc, whole: Quantity, found: list[Quantity]) -> list[Relation]:
    """Each part of a named set bounded by the figure named so, none summed (such a list may leave
    kinds out, or its kinds overlap): the parts counted as the whole is, up to the list's own
    total ("…,两项合计4,270件": a sum of them, no part)."""
    from .sums import _OWN_TOTAL

    parts = [p for p in found if compatible(p, whole) and p.unit == whole.unit]
    for k, q in enumerate(parts):
        if k and (_OWN_TOTAL.search(d.label(q)) or items_counted(d, q) is not None):
            parts = parts[:k]
            break
    return [Relation("bound", "bound.part", {"smaller": p, "larger": whole}) for p in parts]


def bounded_by_one_of(parts: list[Quantity], totals: list[Quantity]) -> list[Relation]:
    """Each part bounded by the first stated of the figures it may be a part of (the intake of a
    funnel comes first), the others its readings: the check fails only if the part exceeds every one."""
    ranked = sorted(totals, key=lambda t: t.index)
    return [Relation("bound", "bound.part", {"smaller": p, "larger": ranked[0]},
                     readings=[{"smaller": p, "larger": t} for t in ranked[1:]]) for p in parts]


def earliest_stage_first(d: _Doc, total: Quantity, others: list[Quantity], parts: list[Quantity]) -> list[Quantity]:
    """The figures a 其中 list may be of, the whole of a funnel first: "立案612件,…结案587件,…。其中,
    食品安全类案件215件…" -- kinds of cases are kinds of what was filed, the stage the funnel starts
    from, when every part is named as a kind (…类, or the whole's own noun) and none names the later
    stage (``total``, the nearest). Else ``total`` first, as read."""
    me = naming(d, total)
    if me is None or not me.stages:
        return [total, *others]
    for p in parts:
        named = naming(d, p)
        if named is not None and any(pid in me.stages for pid in named.stages):
            return [total, *others]  # ("其中按期办结…": a part of the later stage)

    def earlier(t: Quantity) -> bool:
        at = naming(d, t)
        return (at is not None and t.start < total.start and t.sentence == total.sentence
                and any(pid in me.stages and st < me.stages[pid] for pid, st in at.stages.items()))

    first = min((t for t in others if earlier(t)), key=lambda t: t.start, default=None)
    if first is None:
        return [total, *others]
    noun = _NOT_CJK.sub("", d.own_words(first))[-2:]
    if len(noun) < 2 or not all(_NOT_CJK.sub("", d.own_words(p)).endswith(("类", noun)) for p in parts):
        return [total, *others]  # (parts not named as kinds of it: "其中,对涉嫌犯罪的11户移送…")
    return [first, total, *[t for t in others if t is not first]]


def bounded_by_each(d: _Doc, total: Quantity, others: list[Quantity], parts: list[Quantity]) -> bool:
    """Is each part of a 其中 two figures or more may hold (``total`` the nearest) at most every one
    of them, with a unit, out of tables, and the parts not named each like another of them ("立案126起,
    破案118起;其中…立案86起,破案79起" pairs by the words)? Then each is bounded by the nearest, a pass
    either way."""
    value = money_value if total.is_money else (lambda q: q.value)
    wholes = [total, *others]
    if any(p.in_table or not p.unit or any(value(p) > value(t) for t in wholes) for p in parts):
        return False
    own = [_NOT_CJK.sub("", re.split(r"[,;:]", d.label(t))[-1]) for t in wholes]
    named = set()
    for p in parts:
        scores = [_overlap(w, _NOT_CJK.sub("", re.split(r"[,;:]", d.label(p))[-1])) for w in own]
        if max(scores) >= 2 and scores.count(max(scores)) == 1:
            named.add(scores.index(max(scores)))
    return len(named) < 2


def totals_named(d: _Doc, words: str, totals: list[Quantity]) -> list[Quantity]:
    """The totals whose own clause shares two characters or more with the set's name ``words`` (the
    words of "X中," without 在/所有/全部: "所有答复件中," and "答复政府信息公开申请98件")."""
    x = _naming_words(words)
    if len(x) < 2:
        return []
    shared = {t.index: _overlap(_NOT_CJK.sub("", re.split(r"[,;:]", d.label(t))[-1]), x) for t in totals}
    best = max(shared.values(), default=0)
    # (a figure sharing the set's whole word, "作出行政处罚" for "行政处罚案件中,", is the set, not those
    # sharing only a common head of it: "办理行政许可", "实施行政检查" share 行政)
    named = [t for t in totals if shared[t.index] >= (2 if best < 4 else best)]
    return unnarrowed(d, words, of_the_kind(d, words, named))


def of_the_kind(d: _Doc, words: str, totals: list[Quantity]) -> list[Quantity]:
    """``totals`` less those naming another kind of the set's head noun: "全县户籍人口中,汉族…" after
    "常住人口50万人" breaks down the 户籍 population, which no figure states -- not the 常住 one."""
    from .share_subjects import another_kind  # (share_subjects reads the sums' modules)

    name = _NOT_CJK.sub("", _OPENER.sub("", words.strip())).removesuffix("中")
    name = _SCOPE_LEAD.sub("", load_stages().whole.sub("", name))
    if len(name) < 4:
        return totals  # (a bare noun names no kind: "人口中," is any population's breakdown)
    return [t for t in totals if not another_kind(_NOT_CJK.sub("", re.split(r"[,;:]", d.label(t))[-1]), name)]


def unnarrowed(d: _Doc, words: str, totals: list[Quantity]) -> list[Quantity]:
    """``totals`` without those named by a narrower scope when the set's words name a whole one
    ("全区行政处罚案件中,…": the whole of the scope, not "上述5个部门行政处罚案件合计3,290件")."""
    if not _WHOLE_SCOPE.search(words):
        return totals
    return [t for t in totals if not _NARROWED.search(d.s, t.clause[0], t.start)]


def _bare_if_whole(d: _Doc, words: str, name: str, found: list[Quantity]) -> list[Quantity]:
    """"全县专任教师中,女性教师…" after "幼儿园专任教师4,128人" and, further back, "专任教师17,706人": a set named
    with its whole scope is the figure named by the set's name alone, not one a qualifier narrows to a
    part (幼儿园…) -- when a figure is named so; else ``found`` as it is."""
    if not _WHOLE_SCOPE.search(words):
        return found
    bare = [r for r in found if _SCOPE_LEAD.sub("", _own_name(d, r)) == name]
    return bare or found


_SCOPE_LEAD = re.compile(r"^(?:全(?:国|省|市|区|县|州|镇|乡)|本(?:省|市|区|县)|年末|全年|共有|共计|共|累计|现有)+")
_WHOLE_SCOPE = re.compile(r"全(?:国|省|市|区|县|州|盟|旗|镇|乡)")
_NARROWED = re.compile(r"上述|以上|前[二三四五六七八九十\d]+|[二三四五六七八九十\d]+个(?:部门|单位|县|区|乡镇|街道)")


def _naming_words(words: str) -> str:
    """The words of a set's name that tell it from others: "办结的申请" is named by 办结 (a figure
    "涉及征地拆迁的申请87件" shares only the noun 申请, and is another set)."""
    x = _NOT_CJK.sub("", re.sub(r"^(?:在|所有|全部)", "", words))
    qualifier = x.rsplit("的", 1)[0] if "的" in x else ""
    return qualifier if len(qualifier) >= 2 else x


def named_before(d: _Doc, words: str, totals: list[Quantity], pos: int) -> bool:
    """Do the set's words name a figure of the paragraph before ``pos`` that is none of ``totals``
    ("…办结193件…。涉及征地拆迁的申请87件。办结的申请中,予以公开76件…": the 193, stated sentences
    before)? Then the figures just before are not the set the list breaks down."""
    x = _naming_words(words)
    if len(x) < 2:
        return False
    head = d.s.rfind("\n", 0, pos) + 1
    ids = {t.index for t in totals}
    return any(q.index not in ids and not q.is_percent and not is_previous(d, q) and not is_delta(d, q)
               and _overlap(_NOT_CJK.sub("", re.split(r"[,;:]", d.label(q))[-1]), x) >= 2
               for q in d.in_range(head, pos))
