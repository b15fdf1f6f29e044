"""Shares of one base that add up to 100: their parts are all of it (``sum.share_partition``). Read by ``shares``."""

from __future__ import annotations

import re
from itertools import pairwise

from .bases import adds_to_whole
from .model import Relation
from .share_lists import list_goes_on
from .structure import _Doc


def _share_partitions(d: _Doc, shares: list[Relation], found: list[Relation]) -> list[Relation]:
    """"咨询类7,200件、求助类4,000件,分别占受理总量的45.0%、25.0%;投诉类4,800件,占30.0%": shares of
    one base whose percents add up to 100 (within their rounding) say the parts are all of it, so
    the parts add up to the base -- unless a breakdown found before already lists them. Shares of one
    base in two lists ("按渠道分…分别占…。…。按类型分…分别占…", other figures between them) are two
    lists, each a partition if its own shares add up to 100."""
    groups: dict[int, list[Relation]] = {}
    for r in shares:
        if (r.rule in ("ratio.share", "ratio.bracket_share") and not r.readings and r.per == 100
                and "implied_by_shares" not in r.roles["denominator"].attrs):  # type: ignore[union-attr]
            # (a whole the shares imply is no stated total the parts could miss)
            groups.setdefault(r.roles["denominator"].index, []).append(r)  # type: ignore[union-attr]
    listed = {q.index for r in found if r.kind == "sum" for q in r.roles.get("parts") or []}  # type: ignore[union-attr]
    out = []
    runs = []
    for group in groups.values():
        pcts = [r.roles["percent"] for r in group]
        runs += [group] if adds_to_whole(pcts) else _runs(d, group)  # type: ignore[arg-type]
    for group in runs:
        parts = sorted({r.roles["numerator"].index: r.roles["numerator"] for r in group}.values(),  # type: ignore[union-attr]
                       key=lambda q: q.index)
        pcts = [r.roles["percent"] for r in group]
        if len(parts) < 2 or len(parts) != len(group) or any(p.index in listed for p in parts) or list_goes_on(d, parts):
            continue
        whole = group[0].roles["denominator"]
        if not adds_to_whole(pcts) and sum(p.value for p in parts) != whole.value:  # type: ignore[arg-type,union-attr]
            continue  # (parts that add up to the base exactly are all of it, whatever one share's slip)
        out.append(Relation("sum", "sum.share_partition", {"total": group[0].roles["denominator"], "parts": parts}))
    return out


# a share naming its base in words ("占转办工单的59.2%")
_NAMES_BASE = re.compile(r"占[^,;。\d]{2,16}的")


def _opens_a_list(d: _Doc, prev: Relation, r: Relation) -> bool:
    """Does ``r``'s share open a list of its own -- in a later paragraph than ``prev``'s, naming its
    base again ("…五类合计30,880件,占工单总量的92.1%。\n各区县承办19,847件,占转办工单的59.2%;…")?"""
    a, b = prev.roles["percent"], r.roles["percent"]
    return d.s.find("\n", a.end, b.start) >= 0 and bool(_NAMES_BASE.search(d.label(b)))  # type: ignore[union-attr,arg-type]


def _runs(d: _Doc, group: list[Relation]) -> list[list[Relation]]:
    """The shares of one base split where a figure of none of them stands between two percents."""
    group = sorted(group, key=lambda r: r.roles["percent"].index)  # type: ignore[union-attr]
    own = {r.roles["numerator"].index for r in group}  # type: ignore[union-attr]
    out: list[list[Relation]] = [[group[0]]]
    for prev, r in pairwise(group):
        a, b = prev.roles["percent"].index, r.roles["percent"].index  # type: ignore[union-attr]
        if any(q.index not in own for q in d.qs[a + 1 : b]) or _opens_a_list(d, prev, r):
            out.append([])
        out[-1].append(r)
    return out
