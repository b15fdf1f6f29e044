"""Per-report time of `audit-workbook run` against papermill executing an empty parameterized notebook.

    .venv/bin/python bench/bench_run.py [--reports 20]

In one process, over the same N parameter files (the sample reports, cycled):
  floor    papermill executes a notebook holding only a parameters cell, once per report;
  run x1   toolkit.runner.run with one worker (what `audit-workbook run` does);
  run x2   the same with two worker processes;
  dask x2  `audit-workbook run --engine dask --workers 2` (a LocalCluster of two worker processes),
           against `audit-workbook run --workers 2`: both as fresh commands, so each pays its own
           start-up (the cluster's, the process pool's) and neither inherits the other's imports.
Targets: run x1 at most 1.5x the floor per report and run x2 at least 1.6x faster than x1
(issue 6); dask x2 at most 1.2x the time of run x2 (issue 8).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
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


def timed_run(base: Path, files: list[Path], workers: int, run_id: str, engine: str = "local") -> float:
    t = time.perf_counter()
    m = runner.run(files, root=base, output_root=base / "outputs", run_id=run_id, workers=workers, force=True,
                   ledger=False, engine=engine)
    elapsed = time.perf_counter() - t
    bad = [r for r in m.runs if r["status"] == "error"]
    if bad:
        raise SystemExit(f"bench run failed: {bad[0]['name']}: {bad[0]['error']}")
    return elapsed


def cli_run(base: Path, files: list[Path], engine: str, run_id: str) -> float:
    exe = Path(sys.executable).parent / "audit-workbook"
    t = time.perf_counter()
    done = subprocess.run([str(exe), "run", *map(str, files), "--run-id", run_id, "--workers", "2", "--engine", engine,
                           "--force", "--no-ledger", "--no-progress"], cwd=base, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if done.returncode not in (0, 1):
        raise SystemExit(f"bench run failed ({engine}): {done.stderr[-500:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reports", type=int, default=20)
    args = ap.parse_args()
    n = args.reports
    kernel = runner.ensure_kernel()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        files = project(base, n)
        timed_run(base, files[:1], 1, "warm")  # first kernel start and imports out of the figures
        t_floor = floor(base, n, kernel)
        t1 = timed_run(base, files, 1, "one")
        t2 = timed_run(base, files, 2, "two")
        tl = cli_run(base, files, "local", "cli-local")
        td = cli_run(base, files, "dask", "cli-dask")
    print(f"reports: {n}")
    print(f"floor (papermill, empty parameterized notebook): {t_floor / n:.2f} s/report")
    print(f"run, 1 worker:  {t1 / n:.2f} s/report = {t1 / t_floor:.2f}x the floor (target <= 1.5x)")
    print(f"run, 2 workers: {t2 / n:.2f} s/report = {t2 / t_floor:.2f}x the floor; "
          f"speed-up over 1 worker {t1 / t2:.2f}x (target >= 1.6x)")
    print(f"command, local engine, 2 workers: {tl / n:.2f} s/report")
    print(f"command, dask LocalCluster, 2 workers: {td / n:.2f} s/report = {td / tl:.2f}x the local engine "
          f"(target <= 1.2x; each includes its own start-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
