"""Targets met position by position: "新开工3,250套,基本建成2,916套,年度目标任务分别为3,200套和
2,800套,分别完成101.6%和104.1%" -- the i-th percent is the i-th figure done over the i-th target.
The three lists must be of one length; a list of another length is no reading."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .target_ratios import _OVERSHOOT  # (超额完成: by how much a target was passed, no share of it)

_GAP = ("、", "和", "及", "与")  # between the figures of one list
_TARGET_WORDS = re.compile(r"目标|任务|计划")
# "…分别为3,200套和2,800套,分别完成101.6%…" / "…分别完成年度目标任务3,200套和2,800套的101.6%…"
_DONE_OF = re.compile(r"^[,;]?分别(?:完成|为|是|达到)(?:了)?(?:年度|全年)?(?:目标|任务|计划)?(?:任务)?的?$")
_OF = re.compile(r"^\)?的(?:比例)?(?:分别)?为?$")
# "…,分别完成年度目标任务的104.0%和110.0%": the targets stated in another sentence
_OF_NAMED = re.compile(r"^[,;]?分别(?:完成|为|达到)了?[^,;。\d]{0,8}(?:目标|任务|计划)[^,;。\d]{0,4}的(?:比例)?为?$")
_REACH = 400  # characters around the percents' sentence the targets' sentence is looked for in
_AHEAD = re.compile(r"力争|争取|预计|预期|明年|下一年|下年度|下一步|今后")  # a target still ahead


def _chain(d: _Doc, pct: Quantity) -> list[Quantity]:
    """The percents listed from ``pct`` on ("101.6%和104.1%")."""
    chain = [pct]
    while chain[-1].index + 1 < len(d.qs):
        nxt = d.qs[chain[-1].index + 1]
        if not nxt.is_percent or d.s[chain[-1].end : nxt.start] not in _GAP:
            break
        chain.append(nxt)
    return chain


def _plain(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)


def respective_targets(d: _Doc, pct: Quantity, per: int) -> list[Relation]:
    """Each percent of the chain opening at ``pct``: the figure done at its position over the
    target at its position; [] unless the text lists exactly as many of each."""
    chain = _chain(d, pct)
    k = len(chain)
    lab = d.label(pct)
    if k < 2 or pct.index < k or "分别" not in d.s[pct.sentence[0] : pct.start] or _OVERSHOOT.search(lab):
        return []
    if _OF_NAMED.match(lab):
        return _targets_stated_apart(d, chain, per)
    if pct.index < 2 * k:
        return []
    targets = d.qs[pct.index - k : pct.index]
    head = d.label(targets[0])
    if not (_DONE_OF.match(lab) or (_OF.match(lab) and "分别" in head and "完成" in head)):
        return []
    if not _TARGET_WORDS.search(head) or _AHEAD.search(d.s[pct.sentence[0] : pct.start]):
        return []
    if any(d.label(q) not in _GAP for q in targets[1:]) or head in _GAP:
        return []  # the targets are one list of k figures, named once before its first
    done = d.qs[pct.index - 2 * k : pct.index - k]
    figures = [*done, *targets]
    if any(q.sentence != pct.sentence or not _plain(d, q) or not compatible(q, targets[0]) for q in figures):
        return []
    if any(_TARGET_WORDS.search(d.label(q)) for q in done):
        return []  # a target among the figures done: the lists are not what they seem
    # (a figure of the kind before the first done one: which k figures are done is unclear)
    if any(_plain(d, q) and compatible(q, targets[0])
           for q in d.qs[d.before(pct.sentence[0]) : done[0].index]):
        return []
    return [Relation("ratio", "ratio.target", {"numerator": n, "denominator": t, "percent": c}, per=per)
            for n, t, c in zip(done, targets, chain, strict=True)]


def _targets_stated_apart(d: _Doc, chain: list[Quantity], per: int) -> list[Relation]:
    """"城镇新增就业5.20万人、再就业1.10万人,分别完成年度目标任务的104.0%和110.0%。年度目标任务为
    城镇新增就业5.00万人、再就业1.00万人": the k figures done right before the percents, over the
    k figures of the one sentence near them that names targets before its first figure."""
    pct, k = chain[0], len(chain)
    done = d.qs[pct.index - k : pct.index]
    prev = d.qs[done[0].index - 1] if done[0].index else None
    if any(q.sentence != pct.sentence or not _plain(d, q) or not compatible(q, done[0]) for q in done) or (
            prev is not None and prev.sentence == pct.sentence and _plain(d, prev) and compatible(prev, done[0])):
        return []  # (more figures of the kind than percents: which are done is unclear)
    sentences: dict[tuple[int, int], list[Quantity]] = {}
    for q in d.in_range(max(0, pct.sentence[0] - _REACH), pct.sentence[1] + _REACH):
        if q.sentence != pct.sentence and not q.is_percent:
            sentences.setdefault(q.sentence, []).append(q)
    found = [figs for sent, figs in sentences.items()
             if _TARGET_WORDS.search(d.s[sent[0] : figs[0].start]) and not _AHEAD.search(d.s[sent[0] : figs[0].start])
             and len(figs) == k and all(_plain(d, t) and compatible(t, n) for t, n in zip(figs, done, strict=True))]
    if len(found) != 1:
        return []
    return [Relation("ratio", "ratio.target", {"numerator": n, "denominator": t, "percent": c}, per=per)
            for n, t, c in zip(done, found[0], chain, strict=True)]
