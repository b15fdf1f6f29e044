"""Check the answer files of a data set against its reports, without the engine.

Usage (from the project root): each set's ``check_answers.py`` calls ``main`` with its folder,
    .venv/bin/python tests/data/unseen5/check_answers.py

For every expected relation: the quote occurs in the report (whitespace removed), every
operand can be placed inside the quote the way ``mutate.py`` places it, and the arithmetic
(``mutate.holds``: exact sums, percents rounded at the printed decimals, whole previous
counts) agrees with ``holds:``. Prints the per-pattern counts and exits 1 on any problem.
"""

from __future__ import annotations

import collections
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
for shared in (ROOT.parent / "shared", ROOT.parents[1] / "shared"):
    if (shared / "tools" / "mutate.py").exists():
        sys.path.insert(0, str(shared / "tools"))
        break
from mutate import holds, locate, squeeze  # noqa: E402

KEYS = ("total", "numerator", "denominator", "percent", "current", "smaller", "larger")


def check(here: pathlib.Path, name: str) -> tuple[list[str], list[dict]]:
    """Problems found in one answer file of the set in ``here``, and its relations."""
    exp = yaml.safe_load((here / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))
    report = next(p for p in (here / "reports").iterdir() if p.stem == name)
    text = report.read_text(encoding="utf-8")
    flat, _ = squeeze(text)
    problems = []
    for rel in exp["relations"]:
        where = f"{name} {rel['id']}"
        if rel.get("pattern") not in tuple("ABCDEFGHOT"):
            problems.append(f"{where}: no pattern letter")
        if squeeze(rel["quote"])[0] not in flat:
            problems.append(f"{where}: quote not in the report")
        if not rel.get("approx") and holds(rel) != rel.get("holds", True):
            problems.append(f"{where}: arithmetic says holds={holds(rel)}")
        values = [rel[k] for k in KEYS if k in rel] + list(rel.get("parts") or []) + list(rel.get("values") or [])
        problems += [f"{where}: operand {v} not placeable" for v in values if not locate(text, rel["quote"], v)]
    return problems, exp["relations"]


def main(here: pathlib.Path) -> int:
    total: collections.Counter[str] = collections.Counter()
    planted: collections.Counter[str] = collections.Counter()
    problems = []
    for path in sorted((here / "expected").glob("*.yaml")):
        found, rels = check(here, path.stem)
        problems += found
        for rel in rels:
            total[rel["pattern"]] += 1
            planted[rel["pattern"]] += not rel.get("holds", True)
    print("\n".join(problems))
    print(" ".join(f"{p} {total[p]} ({planted[p]} planted)" for p in sorted(total)),
          f"| {sum(total.values())} relations, {sum(planted.values())} do not hold")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]).resolve()))
