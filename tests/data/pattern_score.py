"""Found relations per pattern letter for one scored set.

Usage (from the project root):
    .venv/bin/python tests/data/pattern_score.py REPORTS_DIR EXPECTED_DIR

Reads the ``pattern:`` field of each expected relation and counts how many are
matched by a check of ``audit-workbook check --json``, with the matching rule of
``shared/tools/score.py`` (found on the corpus beside the project). Held-out sets
allow reading these counts, never the individual misses.
"""

from __future__ import annotations

import collections
import json
import pathlib
import subprocess
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
for shared in (ROOT.parent / "shared", ROOT.parents[1] / "shared"):
    if (shared / "tools" / "score.py").exists():
        sys.path.insert(0, str(shared / "tools"))
        break
from score import matches  # noqa: E402


def main(reports: str, expected: str) -> None:
    files = sorted(p for p in pathlib.Path(reports).iterdir() if p.is_file())
    cli = pathlib.Path(sys.executable).with_name("audit-workbook")
    run = subprocess.run([str(cli), "check", "--json", *map(str, files)],
                         capture_output=True, text=True)
    by = {pathlib.Path(r["report"]["path"]).stem: r for r in json.loads(run.stdout)}
    total: collections.Counter[str] = collections.Counter()
    found: collections.Counter[str] = collections.Counter()
    for exp in sorted(pathlib.Path(expected).glob("*.yaml")):
        data = yaml.safe_load(exp.read_text(encoding="utf-8"))
        checks = by.get(exp.stem, {}).get("checks", [])
        used: set[int] = set()
        for rel in data.get("relations") or []:
            pattern = rel.get("pattern", "?")
            total[pattern] += 1
            hit = next((i for i, c in enumerate(checks)
                        if i not in used and matches(rel, c)), None)
            if hit is not None:
                used.add(hit)
                found[pattern] += 1
    print(" ".join(f"{p} {found[p]}/{total[p]}" for p in sorted(total)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
