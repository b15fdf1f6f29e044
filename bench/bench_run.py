"""Per-report time of `audit-workbook run` against papermill executing an empty parameterized notebook.

    .venv/bin/python bench/bench_run.py [--reports 20] [--rounds 2]

In one invocation, over the same N parameter files (the sample reports, cycled):
  floor     papermill executes a notebook holding only a parameters cell, once per report, in
            this process (a new kernel each time: papermill's default);
  1 worker  `audit-workbook run --workers 1` as a fresh command;
  2 workers `audit-workbook run --workers 2` as a fresh command;
  dask      `audit-workbook run --engine dask --workers 2` (a LocalCluster of two processes).
Every command pays its own start-up (imports, kernels, pool or cluster), so no configuration
inherits another's warm state. Rounds alternate the configurations; each keeps its best time.
Each command's manifest also gives its start-up (until the first run finished) and the
per-report time after it, printed for information.
Targets: 1 worker at most 1.5x the floor per report; 2 workers at least 1.6x faster than 1
(issue 6); dask at most 1.2x the time of 2 local workers (issue 8).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402
import papermill as pm  # noqa: E402
from nbformat.v4 import new_code_cell, new_notebook  # noqa: E402

from toolkit import runner  # noqa: E402

REPORTS = ["qinghe-2022.txt", "qinghe-2023.md", "linjiang-2022.html", "linjiang-2023.docx",
           "songling-2023.txt", "songling-2024.txt", "songling-2024-print.pdf"]


def project(base: Path, n: int) -> list[Path]:
    shutil.copytree(ROOT / "notebooks", base / "notebooks")
    shutil.copytree(ROOT / "samples" / "reports", base / "reports")
    params = base / "params"
    params.mkdir()
    files = []
    for i in range(n):
        f = params / f"r{i:02d}.yaml"
        f.write_text(f"notebook: audit_report\nreport: reports/{REPORTS[i % len(REPORTS)]}\n", encoding="utf-8")
        files.append(f)
    return files


def floor(base: Path, n: int, kernel: str) -> float:
    nb = new_notebook(cells=[new_code_cell("report = None\noutput_dir = None", metadata={"tags": ["parameters"]})],
                      metadata={"kernelspec": {"name": kernel, "display_name": kernel, "language": "python"}})
    src = base / "empty.ipynb"
    nbformat.write(nb, src)
    t = time.perf_counter()
    for i in range(n):
        pm.execute_notebook(str(src), str(base / f"empty-{i}.ipynb"), parameters={"report": f"r{i}", "output_dir": "x"},
                            kernel_name=kernel, progress_bar=False, cwd=str(base),
                            extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
    return time.perf_counter() - t


def cli_run(base: Path, files: list[Path], workers: int, engine: str, run_id: str) -> tuple[float, float, float]:
    """(seconds, start-up, per-report after start-up) of one fresh `audit-workbook run` command."""
    exe = Path(sys.executable).parent / "audit-workbook"
    t = time.perf_counter()
    done = subprocess.run([str(exe), "run", *map(str, files), "--run-id", run_id, "--workers", str(workers),
                           "--engine", engine, "--force", "--no-ledger", "--no-progress"],
                          cwd=base, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench run failed ({engine}, {workers} workers): {done.stderr[-500:]}")
    manifest = json.loads((base / "outputs" / run_id / "manifest.json").read_text(encoding="utf-8"))
    ends = sorted(datetime.fromisoformat(r["finished"]).timestamp() for r in manifest["runs"])
    started = datetime.fromisoformat(manifest["started"]).timestamp()
    # Manifest times are whole seconds: start-up and steady rate are approximate, the total is not.
    first_batch = ends[min(workers, len(ends)) - 1]
    steady = (ends[-1] - first_batch) / max(1, len(ends) - workers)
    return elapsed, first_batch - started, steady


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask configuration")
    args = ap.parse_args()
    n = args.reports
    kernel = runner.ensure_kernel()
    configs = [("1 worker", 1, "local"), ("2 workers", 2, "local")] + ([] if args.no_dask else [("dask", 2, "dask")])
    best: dict[str, tuple[float, float, float]] = {}
    t_floor = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        files = project(base, n)
        for r in range(args.rounds):
            t_floor = min(t_floor, floor(base, n, kernel))
            for name, workers, engine in configs:
                got = cli_run(base, files, workers, engine, f"r{r}-{workers}-{engine}")
                if name not in best or got[0] < best[name][0]:
                    best[name] = got
    print(f"reports: {n}; best of {args.rounds} rounds; load average {os.getloadavg()[0]:.2f} at the end")
    print(f"floor (papermill, empty parameterized notebook): {t_floor / n:.2f} s/report")
    for name, (t, startup, steady) in best.items():
        print(f"command, {name}: {t / n:.2f} s/report = {t / t_floor:.2f}x the floor "
              f"(start-up ~{startup:.0f} s, then ~{steady:.2f} s/report)")
    one, two = best["1 worker"][0], best["2 workers"][0]
    print(f"1 worker: {one / t_floor:.2f}x the floor (target <= 1.5x)")
    print(f"2 workers: {one / two:.2f}x faster than 1 (target >= 1.6x)")
    if "dask" in best:
        print(f"dask, 2 workers: {best['dask'][0] / two:.2f}x the local engine with 2 workers (target <= 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
