"""Print the README's per-report table and planted-error table from source/r_*.py.

    .venv/bin/python tests/data/builder/tables_md.py tests/data/SET
"""
from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SOURCE = Path(sys.argv[1]).resolve() / "source" if len(sys.argv) > 1 else HERE
sys.path.insert(0, str(SOURCE))
from common import configure  # noqa: E402

configure(SOURCE)


def main() -> None:
    reps = [importlib.import_module(p.stem).rep for p in sorted(SOURCE.glob("r_*.py"))]
    print("| file | agency | kind | shape | relations | do not hold |")
    print("| --- | --- | --- | --- | --- | --- |")
    tot = bad = 0
    for r in reps:
        n, b = len(r.rels), sum(1 for x in r.rels if x.get("note"))
        tot, bad = tot + n, bad + b
        where = "reports-enc/" if r.dest == "enc" else ""
        print(f"| {where}{r.name}.{r.fmt} | {r.agency} | {r.kind} | {r.shape} | {n} | {b} |")
    print(f"| | | | **total** | **{tot}** | **{bad}** |")
    print()
    per, pl = Counter(), Counter()
    for r in reps:
        for x in r.rels:
            per[x["pattern"]] += 1
            pl[x["pattern"]] += bool(x.get("note"))
    print(" ".join(f"{p} {per[p]} ({pl[p]})" for p in sorted(per)))
    print()
    print("| report | id (pattern) | what is wrong |")
    print("| --- | --- | --- |")
    for r in reps:
        n = 0
        for x in r.rels:
            rid = x.get("id")
            if rid is None:
                n += 1
                rid = f"r{n}"
            if x.get("note"):
                print(f"| {r.name} | {rid} ({x['pattern']}) | {x['note']} |")


if __name__ == "__main__":
    main()
