"""What the checks add to extraction: audit (extract + relations + checks) vs extract alone.

    .venv/bin/python bench/bench_checks.py [--rounds N] [--cpu]

Both run in the same process over the same reports; the ratio is what matters.
Target: checks add at most 50% to extraction time on the corpus.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402
from bench.bench_extract import interleaved, reports  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cpu", action="store_true",
                    help="Time CPU time of this process, not wall-clock time (for a loaded machine).")
    args = ap.parse_args()
    paths = reports()
    toolkit.audit(paths[0])  # warm caches outside the timing
    # extract and audit take turns round after round, so both see the same drift of the machine.
    t_extract, t_audit = interleaved(args.rounds, [lambda: [toolkit.extract(p) for p in paths],
                                                   lambda: [toolkit.audit(p) for p in paths]],
                                   clock=time.process_time if args.cpu else time.perf_counter)
    print(f"reports: {len(paths)}")
    print(f"extract: {t_extract * 1000:.1f} ms   audit: {t_audit * 1000:.1f} ms")
    print(f"checks add {100 * (t_audit - t_extract) / t_extract:.0f}% to extraction (audit/extract = "
          f"{t_audit / t_extract:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
