"""Lines executed per family of the relations engine, for a text and the same text 4 times.

    PYTHONPATH=. .venv/bin/python -m bench.family_growth [--copies 1] [--top 40] [--pieces N]

The text is tests/test_linear_relations' (the sample report and every consistent text; ``--pieces``
keeps the first N of them, for a quicker look). Every function ``find_relations`` calls by name is
wrapped so that the lines executed in toolkit/relations (``sys.settrace``, as the linear-work test
counts them) are filed under the family called last from ``find_relations`` (a family's helpers
and the caches it is the first to fill count as its own; ``(doc)`` is the rest: the index, the
loop after the families), and again under the module executing them. Linear work grows 4.0x for
4x the text; a family that visits every figure or sentence again per figure grows towards 16x.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
from collections import Counter
from types import FrameType
from typing import Any

import toolkit.relations as relations
from tests import test_linear_relations as linear

RELATIONS = linear.RELATIONS


def _called_names() -> list[str]:
    """The functions of the relations package's namespace that ``find_relations`` calls by name."""
    tree = ast.parse(inspect.getsource(relations.find_relations))
    names = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    return sorted(n for n in names if callable(vars(relations).get(n)) and not isinstance(vars(relations)[n], type))


def _count(copies: int) -> tuple[Counter, Counter]:
    """Lines executed in toolkit/relations per family and per module for the text ``copies`` times."""
    data = linear._text(copies)
    current = ["(doc)"]
    originals = {n: vars(relations)[n] for n in _called_names()}

    def wrapped(name: str, fn: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            before = current[0]
            current[0] = name
            try:
                return fn(*args, **kwargs)
            finally:
                current[0] = before
        return call

    counts: Counter = Counter()
    modules: Counter = Counter()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            counts[current[0]] += 1
            modules[frame.f_code.co_filename] += 1
        return local

    def calls(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(RELATIONS) else None

    for n, fn in originals.items():
        setattr(relations, n, wrapped(n, fn))
    try:
        old = sys.gettrace()
        sys.settrace(calls)
        try:
            linear._relations(data)
        finally:
            sys.settrace(old)
    finally:
        for n, fn in originals.items():
            setattr(relations, n, fn)
    return counts, Counter({k.rsplit("/", 1)[-1].removesuffix(".py"): v for k, v in modules.items()})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=1, help="the smaller text's copies (the larger: 4 times)")
    ap.add_argument("--pieces", type=int, default=None, help="only the first N texts of the linear test")
    ap.add_argument("--top", type=int, default=40, help="families shown, by lines at the larger size")
    a = ap.parse_args()
    if a.pieces is not None:
        linear.PIECES[:] = linear.PIECES[: a.pieces]
    linear._relations(linear._text(1))  # vocabularies and caches built outside the count
    small = _count(a.copies)
    large = _count(4 * a.copies)
    for title, k in (("family (called from find_relations)", 0), ("module (toolkit/relations/*.py)", 1)):
        _table(title, small[k], large[k], a.top)


def _table(title: str, small: Counter, large: Counter, top: int) -> None:
    total_s, total_l = sum(small.values()), sum(large.values())
    print(f"{title:40} {'lines 1x':>12} {'lines 4x':>12} {'growth':>7} {'excess':>11}")
    # excess: the lines above linear growth (4x the smaller count): what the family adds to the ratio
    for f in sorted(large, key=lambda f: -(large[f] - 4 * small[f]))[:top]:
        g = large[f] / small[f] if small[f] else float("inf")
        print(f"{f:40} {small[f]:12,} {large[f]:12,} {g:7.2f} {large[f] - 4 * small[f]:11,}")
    print(f"{'(all)':40} {total_s:12,} {total_l:12,} {total_l / total_s:7.2f} {total_l - 4 * total_s:11,}\n")


if __name__ == "__main__":
    main()
