"""Throughput of load + normalize + extract, against a regex floor, in one run.

The floor is one compiled regex pass that finds the digits of the same texts
(already in memory): the least any extractor has to do. The figure that
matters is the ratio, measured in the same process, so machine speed cancels.

    .venv/bin/python bench/bench_extract.py [--rounds N]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402
from toolkit.cli import SUPPORTED  # noqa: E402

DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def reports() -> list[Path]:
    dirs = [ROOT / "samples" / "reports", ROOT.parent / "shared" / "corpus" / "reports",
            ROOT.parent / "shared" / "corpus" / "practice"]
    return [p for d in dirs if d.is_dir() for p in sorted(d.iterdir())
            if p.suffix.lower() in SUPPORTED and p.stem != "README"]


def best_of(rounds: int, fn) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    paths = reports()
    if not paths:
        print("no reports found")
        return 2
    texts = [toolkit.load.load(p).text for p in paths]
    toolkit.extract(paths[0])  # warm caches (catalog compile) outside the timing

    def pipeline() -> None:
        for p in paths:
            toolkit.extract(p)

    def floor() -> None:
        for t in texts:
            sum(1 for _ in DIGITS.finditer(t))

    t_pipe = best_of(args.rounds, pipeline)
    t_floor = best_of(max(args.rounds, 20), floor)
    n = len(paths)
    size = sum(len(t) for t in texts)
    print(f"reports: {n} ({size:,} characters)")
    print(f"pipeline (load+normalize+extract): {n / t_pipe:,.1f} reports/s ({t_pipe * 1000:.1f} ms)")
    print(f"floor (one regex pass over the digits): {n / t_floor:,.1f} reports/s ({t_floor * 1000:.2f} ms)")
    print(f"ratio pipeline/floor: {t_pipe / t_floor:.1f}x")
    print(f"median text size: {statistics.median(len(t) for t in texts):,.0f} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
