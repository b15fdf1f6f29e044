"""Stock and flow identities: a whole that is by definition the sum of parts the catalog names.

"收到申请642件(含上年结转25件),其中新收申请617件": what was received is what came in this year and
what was carried over from last year (``catalog/flows.yaml``). The whole and each part must be in one
sentence, each part named by exactly one figure of the whole's unit; otherwise nothing is said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import Occurs, gated, read_entries

_PATH = "toolkit/catalog/flows.yaml"
_REACH = 24  # figures after the whole its parts may be (a fixed reach keeps long sentences linear)


@lru_cache(maxsize=1)
def flow_vocabulary() -> list[tuple[str, re.Pattern, list[re.Pattern]]]:
    """The identities of ``catalog/flows.yaml``: (id, whole words, part words)."""
    return read_entries("flows.yaml", "flows", _flow)


@lru_cache(maxsize=1)
def _any_whole() -> Occurs:
    """Does a label name the whole of some flow: one search of every flow's whole words at once
    (a match of their alternation is a match of one of them), after a scan for the characters
    they all need (most labels have none)."""
    return Occurs(gated(re.compile("|".join(f"(?:{whole.pattern})" for _, whole, _ in flow_vocabulary()))))


def _flow(e: dict) -> tuple[str, re.Pattern, list[re.Pattern]]:
    parts = [re.compile(p) for p in e["parts"]]
    if len(parts) < 2:
        raise ValueError("a flow needs two parts or more")
    if e.get("unless"):
        _UNLESS[str(e["id"])] = re.compile(e["unless"])
    return str(e["id"]), re.compile(e["whole"]), parts


# words of the whole's sentence that name one more term of its identity than the parts printed
# ("审增", "结转下年"): then the parts are not all of it (an entry's optional `unless`)
_UNLESS: dict[str, re.Pattern] = {}


def _words(d: _Doc, q: Quantity) -> str:
    return d.label(q).split("(")[-1]  # "642件(含上年结转25件)": the words inside the aside


def flows(d: _Doc) -> list[Relation]:
    """Every whole whose defining parts its sentence prints."""
    out: list[Relation] = []
    vocab = flow_vocabulary()
    names_a_whole = _any_whole()
    for q in may_hold(d, names_a_whole.pattern):  # (the figures whose label holds a character every whole word needs)
        lab = d.label(q)
        if q.is_percent or not names_a_whole(lab):
            continue  # (most figures name no whole: asked first, the roles below only of the rest)
        if is_delta(d, q) or is_previous(d, q):
            continue
        own = lab.split(":")[-1]  # ("办理结果:予以公开29件": the words before a colon head a list, no whole)
        for fid, whole, part_words in vocab:
            if not whole.search(own) or any(p.search(lab) for p in part_words):
                continue
            unless = _UNLESS.get(fid)
            if unless is not None and unless.search(d.s, q.sentence[0], q.sentence[1]):
                continue
            after = [p for p in d.qs[q.index + 1 : min(d.before(q.sentence[1]), q.index + 1 + _REACH)]
                     if not p.is_percent and compatible(p, q) and not is_delta(d, p)]
            parts = []
            for words in part_words:
                named = [p for p in after if words.search(_words(d, p))]
                if len(named) != 1:
                    break
                parts.append(named[0])
            if len(parts) == len(part_words) and len({p.index for p in parts}) == len(parts):
                out.append(Relation("sum", "sum.flow", {"total": q, "parts": parts}))
                break
    return out


def flow_whole_of(d: _Doc, whole: Quantity, parts: list[Quantity]) -> bool:
    """Do ``whole``'s words name a flow's whole whose defining parts name each of ``parts`` (采购预算 of
    中标金额 and 节约资金)?"""
    lab = d.label(whole)
    for _, named, part_words in flow_vocabulary():
        if named.search(lab) and all(any(w.search(_words(d, p)) for w in part_words) for p in parts):
            return True
    return False
