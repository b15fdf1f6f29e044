"""Throughput of load + normalize + extract, against a regex floor, in one run.

The floor is one compiled regex pass that finds the digits of the same texts
(already in memory): the least any extractor has to do. The figure that
matters is the ratio, measured in the same process, so machine speed cancels.
The target (issue 3) is on that ratio: load + normalize + extract, every file.

Below it, for information, the same run times loading alone (and the PDF
files' loading) so that the share of file parsing is visible; the headline
ratio is never computed without them.

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
    # The corpus is ../shared from the main checkout, ../../shared from a worktree under /work/wt.
    shared = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
                  ROOT.parent / "shared")
    dirs = [ROOT / "samples" / "reports", shared / "corpus" / "reports", shared / "corpus" / "practice"]
    return [p for d in dirs if d.is_dir() for p in sorted(d.iterdir())
            if p.suffix.lower() in SUPPORTED and p.stem != "README"]


def interleaved(rounds: int, fns: list, clock=time.perf_counter) -> list[float]:
    """Best time of each function, the functions taking turns round after round.

    On a shared machine the speed drifts within a run; taking turns makes every
    function see the same drift, so their ratios hold even when the speed does not.
    ``clock``: ``time.process_time`` counts this process's CPU time only (a loaded machine).
    """
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            t0 = clock()
            fn()
            best[i] = min(best[i], clock() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=10)
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

    pdfs = [p for p in paths if p.suffix.lower() == ".pdf"]

    def loading() -> None:
        for p in paths:
            toolkit.load.load(p)

    def pdf_loading() -> None:
        for p in pdfs:
            toolkit.load.load(p)

    # The floor is short: four timed passes a turn.
    t_pipe, *t_floors, t_load, t_pdf = interleaved(args.rounds, [pipeline, *[floor] * 4, loading, pdf_loading])
    t_floor = min(t_floors)
    n = len(paths)
    size = sum(len(t) for t in texts)
    print(f"reports: {n} ({size:,} characters)")
    print(f"pipeline (load+normalize+extract): {n / t_pipe:,.1f} reports/s ({t_pipe * 1000:.1f} ms)")
    print(f"floor (one regex pass over the digits): {n / t_floor:,.1f} reports/s ({t_floor * 1000:.2f} ms)")
    print(f"ratio pipeline/floor: {t_pipe / t_floor:.1f}x")
    print(f"median text size: {statistics.median(len(t) for t in texts):,.0f} characters")
    # Where the pipeline's time goes (loading timed on its own, best of the same rounds).
    print(f"  loading alone: {t_load * 1000:.1f} ms ({t_load / t_pipe:.0%} of the pipeline), "
          f"of which {len(pdfs)} PDF: {t_pdf * 1000:.1f} ms")
    rest = max(t_pipe - t_load, 0.0)
    print(f"  normalize+extract (pipeline - loading): {rest * 1000:.1f} ms = {rest / t_floor:.1f}x the floor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
