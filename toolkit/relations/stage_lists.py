"""Where a list of figures turns into a funnel: a figure named by a later stage of a process than
the figure before it is what that one became, not another part of the list (sums and classified
lists cut there)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .scopes import words
from .stages import _same_count, load_stages, naming
from .structure import _Doc
from .vocab import read_section


def later_stage_at(d: _Doc, parts: list[Quantity], whole: Quantity | None = None) -> int:
    """Where a list of figures stops being one list: the first figure named by a later stage of a
    process than the figure before it ("其中转办工单54,306件,已反馈53,812件": the 53,812 are what
    became of the 54,306, not another part of the whole) -- or, after a first part naming a kind and
    no stage, than the ``whole`` ("收到申请60件,其中涉企案件41件,调解结案12件,撤回申请8件": the
    kind by what it concerns cuts the intake one way, what became of it another); ``len(parts)`` when none is."""
    before = naming(d, parts[0]) if parts else None
    # (a stage word before 类 names the class of the items, "行政处罚类案件", not a stage they reached)
    if whole is not None and before is not None and ((not before.stages and _names_a_concern(d, parts[0]))
                                                     or _names_a_class(d, parts[0])):
        k = _past_the_whole(d, whole, parts)
        if k is not None:
            return k
    for k in range(1, len(parts)):
        here = naming(d, parts[k])
        if here is not None and here.stages and _ALL_OF_THEM.match(_CLAUSE_CUT.split(d.label(parts[k]))[-1]):
            # "其中林业案件17件,畜牧案件9件,其他5件,已全部结案31件": a stage all of them reached is what
            # became of the whole list, whatever the figure before it names
            return k
        if before is not None and here is not None and _same_count(here, before) and any(
                pid in before.stages and before.stages[pid] < lvl
                and not any(o != pid and st > before.stages[pid] and o not in here.stages
                            and not _one_word(before.words, (pid, before.stages[pid]), (o, st))
                            for o, st in before.stages.items())
                for pid, lvl in here.stages.items()):
            # (not "检查合格263家,发现问题的14家": a later stage of another process (合格) names the
            # first figure, not the first stage (检查); "已办结250件,回访150件": 办结 is its latest)
            return k
        if not d.in_parentheses(parts[k]):
            before = here  # (an aside names nothing of the list: "受理394件(含上年结转8件),审结386件")
    return len(parts)


def _names_a_concern(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` named as a kind by what it concerns ("其中涉企案件41件", "涉及征收的12件": ``concerns``)?"""
    m = words().get("concerns")
    return m is not None and m.match(d.own_words(q).removeprefix("其中")) is not None


def _names_a_class(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` named as a kind by its class ("其中行政处罚类案件41件": a name, a ``kind_marks`` word and at
    most a short noun after it)? Like a concern, it cuts the whole by what its items are, not by what became
    of them."""
    own = d.own_words(q).removeprefix("其中")
    k = words().get("kind_marks")
    return k is not None and "类" in own and any(
        # ("各类案件", "两类"): all kinds or a count of kinds, no one kind
        at.start() >= 2 and len(own) - at.end() <= 3 and own[at.start() - 1] not in _NOT_ONE_KIND
        for at in k.finditer(own))


_NOT_ONE_KIND = frozenset("各多两三四五六七八九十几等此这该同")


def _past_the_whole(d: _Doc, whole: Quantity, parts: list[Quantity]) -> int | None:
    """The first part (after the first) named by a later stage of a process the whole is named by."""
    own = naming(d, whole)
    if own is None or not own.stages:
        return None
    for k in range(1, len(parts)):
        here = naming(d, parts[k])
        if here is not None and not d.in_parentheses(parts[k]) and _same_count(here, own) \
                and any(pid in own.stages and own.stages[pid] < lvl for pid, lvl in here.stages.items()):
            return k
    return None


# "撤销、确认违法合计纠错": kinds named again, joined, then a total word (and what the total is called)
_NAMED_AGAIN = re.compile(r"(?P<names>[\u4e00-\u9fff、和及与]{4,40}?)(?:两项|两类|二者|三项|三类)?"
                          r"(?:合计|共计|小计|总计|之和)[\u4e00-\u9fff]{0,4}")


def without_named_subtotals(d: _Doc, parts: list[Quantity]) -> list[Quantity]:
    """The list without the figures that total two or more of its kinds named again ("维持45件、撤销11件、确认
    违法4件,撤销、确认违法合计纠错15件,终止5件": the 15 is a subtotal of the list, the 终止 goes on with it)."""
    return [p for k, p in enumerate(parts) if k < 2 or not _totals_kinds_named_again(d, parts[:k], p)]


def _totals_kinds_named_again(d: _Doc, listed: list[Quantity], q: Quantity) -> bool:
    """Is ``q`` the total of two or more kinds listed before it, named again by their words ("维持45件、
    撤销11件、确认违法4件、终止5件,撤销、确认违法合计纠错15件")? Then it sums parts of the list (a named
    subtotal after them), no further part of the list's whole."""
    m = _NAMED_AGAIN.fullmatch(re.split(r"[,;:。]", d.label(q))[-1])
    if m is None:
        return False
    kinds = {_CLAUSE_CUT.split(d.label(p))[-1].removeprefix("其中") for p in listed}
    return sum(1 for n in re.split(r"[、和及与]", m.group("names")) if n in kinds) >= 2


def _one_word(words: str, a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Do stages ``a`` and ``b`` ((process, level)) name ``words`` by one word (受理: taken in to be
    handed on, and taken up by a mediator), not another process's later stage (合格 of "检查合格")?"""
    levels = dict(load_stages().processes)
    pa, pb = levels[a[0]][a[1]][0], levels[b[0]][b[1]][0]
    spans = {m.span() for m in pa.finditer(words)} if pa is not None else set()
    return pb is not None and any(m.span() in spans for m in pb.finditer(words))


# "已全部结案", "均已办结", "全部予以答复": the stage said of every one of the list's figures
_ALL_OF_THEM = re.compile(r"^\s*[已并且]?(?:全部|均|全数|悉数|一律)")
_CLAUSE_CUT = re.compile(r"[,;:、]")


# (adverbs and the list opener a bare stage's words may carry: "已化解", "其中办结", "均已整改")
_BARE_EXTRA = re.compile(r"其中|[已均共全部当年累计并]")


def kind_then_its_outcome(d: _Doc, parts: list[Quantity]) -> bool:
    """Do the list's first two figures name a kind with no stage and then only a stage of a process
    that a figure before the list is named by too ("已化解41件;其中历年积案28件,化解24件;疑难案件9件,
    化解6件", "办结498件,其中投诉312件,办结305件")? The second is what became of the first, and the
    kind is drawn from the process's earlier stage: the list pairs each kind with its outcome and
    breaks no one figure down. (An outcome the sentence names for the first time, "案件11件,其中维持
    8件,确认违法1件", is one more kind.)"""
    if len(parts) < 2:
        return False
    first, second = naming(d, parts[0]), naming(d, parts[1])
    if first is None or second is None or first.stages or not second.stages:
        return False
    bare = _BARE_EXTRA.sub("", second.words)
    if not bare or load_stages().any_stage.fullmatch(bare) is None:
        return False
    return bare in d.s[d.last_before("。\n", parts[0].start) + 1 : parts[0].start]


@lru_cache(maxsize=1)
def _carried_in_words() -> re.Pattern:
    return read_section("flows.yaml", "balance", lambda v, _: re.compile(v["carried_in"]))


def carried_in_at(d: _Doc, parts: list[Quantity]) -> int:
    """Where a review's outcomes end at work carried in ("经审查,受理110件,不予受理15件;加上年结转5件,
    审结112件"): the year before's cases are no outcome of this year's review, and what follows them
    is what became of both; ``len(parts)`` when no figure after the first is named so."""
    return next((k for k in range(1, len(parts)) if _carried_in_words().search(d.own_words(parts[k]))), len(parts))
