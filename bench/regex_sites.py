"""Every regex call of one ``find_relations`` pass over the bench's reports, by the line that makes it.

    PYTHONPATH=. .venv/bin/python -m bench.regex_sites [--top N]

Each compiled pattern is wrapped (``re._compile`` replaced before the toolkit is imported) by a proxy
that logs the caller's file and line, the method, the pattern and whether a ``search``/``match`` found
nothing. For each miss on a short string (60 characters or fewer: labels, pieces, words) it tells
whether a one-character test rules it out (the string holds no character of the pattern's
``literal_gate``) or only a pair test does (``bigram_gate``): what a gate in front of that site could
save. A measuring tool only: the proxies change nothing the engine reads, but make a pass ~10x slower.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SHORT = 60


class _Logged:
    """A compiled pattern whose calls are counted (see the module doc)."""

    __slots__ = ("__weakref__", "_p")

    def __init__(self, p: re.Pattern) -> None:
        self._p = p

    def __getattr__(self, name: str) -> object:
        return getattr(self._p, name)

    def __eq__(self, other: object) -> bool:
        return self._p == (other._p if isinstance(other, _Logged) else other)

    def __hash__(self) -> int:
        return hash(self._p)

    def __copy__(self) -> _Logged:
        return self

    def __deepcopy__(self, memo: dict) -> _Logged:
        return self


_LOG: collections.Counter = collections.Counter()
_ON = [False]


def _logging(name: str):
    def call(self: _Logged, s: object, *args: object, **kwargs: object) -> object:
        found = getattr(self._p, name)(s, *args, **kwargs)
        if _ON[0]:
            caller = sys._getframe(1)
            site = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno}"
            miss = found is None if name in ("search", "match", "fullmatch") else None
            short = s if isinstance(s, str) and len(s) <= _SHORT else None
            _LOG[(site, name, self._p, miss, short)] += 1
        return found
    return call


for _name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
    setattr(_Logged, _name, _logging(_name))


def _install() -> None:
    original = re._compile  # type: ignore[attr-defined]
    wrapped: dict[int, _Logged] = {}

    def compile_logged(pattern: object, flags: int) -> _Logged:
        if isinstance(pattern, _Logged):
            pattern = pattern._p
        p = original(pattern, flags)
        found = wrapped.get(id(p))
        if found is None:
            found = wrapped[id(p)] = _Logged(p)
        return found

    re._compile = compile_logged  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    _install()
    from bench.bench_extract import reports
    from toolkit.api import _read
    from toolkit.metrics import all_metric_claims
    from toolkit.relations import _Doc, find_relations
    from toolkit.relations.vocab import bigram_gate, literal_gate

    inputs = []
    for path in reports():
        r = _read(path, None, None, None, None)
        inputs.append((r.text, r.quantities, r.metrics, all_metric_claims(r.text, r.quantities, r.catalog, r.claims)))

    def run() -> None:
        for text, qs, metrics, restated in inputs:
            find_relations(text, qs, metrics, restated, doc=_Doc(text, qs, metrics))

    run()  # (every vocabulary read: not logged)
    _ON[0] = True
    run()
    _ON[0] = False
    gates: dict[int, tuple] = {}
    sites: dict[tuple, list] = collections.defaultdict(lambda: [0, 0, 0, 0, set()])
    for (site, name, p, miss, short), n in _LOG.items():
        row = sites[(site, name)]
        row[0] += n
        row[4].add(id(p))
        if miss and short is not None:
            row[1] += n
            if id(p) not in gates:
                gates[id(p)] = (literal_gate(p), bigram_gate(p))
            chars, pairs = gates[id(p)]
            if chars and not any(c in short for c in chars):
                row[2] += n
            elif pairs and not any(pair in short for pair in pairs):
                row[3] += n
    total = [sum(r[i] for r in sites.values()) for i in range(4)]
    print(f"calls {total[0]}, misses on short strings {total[1]}, ruled out by a character {total[2]}, "
          f"only by a pair {total[3]}")
    print(f"{'calls':>7} {'misses':>7} {'by char':>7} {'by pair':>7} {'pats':>4}  site")
    for (site, name), r in sorted(sites.items(), key=lambda kv: -kv[1][2])[: args.top]:
        print(f"{r[0]:7d} {r[1]:7d} {r[2]:7d} {r[3]:7d} {len(r[4]):4d}  {site} {name}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
