"""Batch runs: parameter files -> notebooks executed by papermill -> outputs/<run-id>/ and a manifest.

One run is one parameter file. The runner validates every file before any kernel
starts, executes each notebook into a staging folder (executed notebook, HTML export,
workbook, result JSON), moves the folder into ``outputs/<run-id>/<name>/`` when it is
complete, and rewrites ``manifest.json`` after every run, so the manifest is truthful
at any moment. A failing notebook or an unreadable report is that run's ``error``;
the other runs go on. Re-running a run id re-uses runs whose inputs, parameters,
notebook and toolkit are unchanged (``force`` re-executes them).

Modules: ``planning`` (parameter files -> run specs), ``notebook`` (executing one run:
kernel, papermill, HTML export), ``outputs`` (manifest, run lock, installing finished runs,
re-use of unchanged runs). This module runs the batch, locally or in a process pool.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ..errors import ParameterError
from ..jobs import status_from_counts
from ..params import NAME_PATTERN
from .notebook import (
    WARM_UP,
    _iso,
    ensure_kernel,
    error_entry,
    execute,
    kernel_arguments,
    public_parameters,  # noqa: F401  (re-exported)
)
from .outputs import (
    DISPOSITIONS_FILE,  # noqa: F401  (re-exported)
    ENGINES,
    Manifest,
    _finish,
    _point_latest,
    _previous_runs,
    _record,
    _reusable,
    _snapshot_dispositions,
    default_run_id,
    run_lock,
    uninterrupted,
)
from .planning import (  # noqa: F401  (re-exported)
    HTML_OUT,
    KERNEL,
    LOCK,
    MANIFEST,
    NOTEBOOK_OUT,
    OUTPUT_FILES,
    REPORT_HTML_OUT,
    STATUSES,
    Plan,
    RunSpec,
    collect,
    plan,
    toolkit_fingerprint,
)


def run(params_files: list[str | Path], *, run_id: str | None = None, root: str | Path = ".",
        output_root: str | Path = "outputs", notebooks: str | Path | None = None, workers: int = 1,
        fail_on: str | None = None, force: bool = False, wait_s: float = 0, timeout: int = 600,
        verbose: bool = False, progress: bool = False, fresh_kernels: bool = False,
        ledger: str | Path | bool | None = None, engine: str = "local", scheduler: str | None = None,
        retries: int = 1, on_done: Callable[[dict[str, Any]], None] | None = None) -> Manifest:
    """Run every parameter file's notebook; return the manifest (also written to disk).

    ``engine``: ``local`` (this machine: one process, or a pool of ``workers``) or ``dask``
    (a ``dask.distributed`` cluster at ``scheduler``, or a LocalCluster of ``workers``
    processes; a run whose worker died is submitted again up to ``retries`` times).
    ``ledger``: the SQLite ledger each run's checks are recorded in and whose dispositions the
    workbooks show (default: ``$AUDIT_WORKBOOK_LEDGER``, else ``ledger.sqlite`` in
    ``output_root``; ``False``: none); a parameter file's own ``ledger`` key wins.
    Raises ``RunLockedError`` when another run holds the output folder, ``ParameterError``
    for a bad run id or option, ``RunError`` when the cluster cannot be used; everything that
    goes wrong inside one run is that run's ``error``.
    """
    import re

    run_id = run_id or default_run_id()
    if not re.match(NAME_PATTERN, run_id):
        raise ParameterError(f"run id {run_id!r} must be letters, digits, '.', '_' or '-'", location="run_id")
    if workers < 1:
        raise ParameterError("workers must be at least 1", location="workers")
    if engine not in ENGINES:
        raise ParameterError(f"unknown engine {engine!r} ({', '.join(ENGINES)})", location="engine")
    if scheduler and engine != "dask":
        raise ParameterError("--scheduler needs --engine dask", location="scheduler")
    root = Path(root).resolve()
    output_root = (Path(output_root) if Path(output_root).is_absolute() else root / output_root).resolve()
    the_plan = plan(params_files, root=root, output_root=output_root, notebooks=notebooks, fail_on=fail_on)
    run_dir = output_root / run_id
    default_ledger: str | None = None
    if ledger is not False:
        from ..ledger import ledger_path

        # Beside the runs it records: a run elsewhere (--output-root) keeps its own ledger.
        default_ledger = str(ledger_path(None if ledger in (None, True) else ledger,  # type: ignore[arg-type]
                                         root=root, output_root=output_root))
    for spec in the_plan.specs:
        # The ledger knows each notebook run as <run id>/<name>. The runner records it (the
        # notebook may run on another machine), so the notebook gets no ledger of its own.
        spec.parameters["run_id"] = f"{run_id}/{spec.name}"
        own = spec.parameters.pop("ledger", None)
        spec.parameters["ledger"] = None
        chosen = own or default_ledger
        spec.ledger = str(Path(chosen) if Path(chosen).is_absolute() else root / chosen) if chosen else None
        # The notebook runs in a staging folder renamed into place when it ends: the paths it
        # prints are those of the run folder, where the files will be.
        spec.parameters["published_dir"] = str(run_dir / spec.name)
    with run_lock(output_root, wait_s=wait_s):
        run_dir.mkdir(parents=True, exist_ok=True)
        staging_root = run_dir / ".staging"
        shutil.rmtree(staging_root, ignore_errors=True)  # left by an interrupted run
        staging_root.mkdir()
        previous = _previous_runs(run_dir / MANIFEST)
        manifest = Manifest(run_id=run_id, path=str(run_dir / MANIFEST), workers=workers, engine=engine,
                            scheduler=scheduler, started=_iso(time.time()), ledger=default_ledger)
        begun = time.time()
        slots: dict[str, int] = {}
        for problem in the_plan.problems:
            manifest.runs.append(problem)
        todo: list[RunSpec] = []
        for spec in the_plan.specs:
            slots[spec.name] = len(manifest.runs)
            old = previous.get(spec.name)
            if not force and _reusable(old, spec, run_dir):
                manifest.runs.append({**old, "status": status_from_counts(old["counts"], spec.fail_on), "reused": True})
            else:
                manifest.runs.append({"name": spec.name, "params_file": spec.params_file, "status": "pending"})
                todo.append(spec)
        _snapshot_dispositions(todo, staging_root)
        manifest.write()

        def done(spec: RunSpec, entry: dict[str, Any]) -> None:
            if entry["status"] in ("ok", "flags") and spec.ledger:
                _record(spec, entry, run_dir, run_id)
            manifest.runs[slots[spec.name]] = entry
            manifest.write()
            if on_done is not None:
                on_done(entry)

        cancelled = False
        bar = _progress(len(todo), progress)
        try:
            if todo and engine == "dask":
                from ..cluster import run_dask

                manifest.scheduler = run_dask(todo, staging_root, run_dir, done, bar, workers=workers,
                                              scheduler=scheduler, retries=retries, timeout=timeout,
                                              verbose=verbose, fresh=fresh_kernels)
            elif todo:
                kernel = ensure_kernel()
                _local(todo, staging_root, run_dir, done, bar, workers=workers, kernel=kernel, timeout=timeout,
                       verbose=verbose, fresh=fresh_kernels)
        except BaseException:  # Ctrl-C, a lost cluster, a bug of the runner: every unfinished run says so
            cancelled = True
            for r in manifest.runs:
                if r["status"] == "pending":
                    r.update(status="error", error="cancelled before it finished")
            raise
        finally:
            bar(None, None)
            manifest.finished = _iso(time.time())
            manifest.duration_s = round(time.time() - begun, 3)
            manifest.status = "cancelled" if cancelled else "complete"
            manifest.write()
            if cancelled:
                # A notebook still running in a warm kernel would write its outputs into the
                # staging folder after it is removed (and so bring it back): stop the kernels first.
                from ..warm import shutdown_all

                shutdown_all()
            shutil.rmtree(staging_root, ignore_errors=True)
            _point_latest(output_root, run_id)
    return manifest


def _local(todo: list[RunSpec], staging_root: Path, run_dir: Path,
           done: Callable[[RunSpec, dict[str, Any]], None], bar: Callable[[str | None, str | None], None], *,
           workers: int, kernel: str, timeout: int, verbose: bool, fresh: bool) -> None:
    """The local engine: in this process for one worker, else a pool of processes."""
    if workers == 1:
        if not fresh:
            from ..warm import prestart

            prestart(kernel, todo[0].root, kernel_arguments(verbose), WARM_UP)
        for spec in todo:
            staging = staging_root / spec.name
            entry = execute(spec, staging, kernel_name=kernel, timeout=timeout, verbose=verbose, fresh_kernel=fresh)
            with uninterrupted():
                done(spec, _finish(spec, entry, staging, run_dir))
            bar(spec.name, entry["status"])
        return
    _pool(todo, staging_root, run_dir, done, bar, workers=workers, kernel=kernel, timeout=timeout,
          verbose=verbose, fresh=fresh)


def _pool(todo: list[RunSpec], staging_root: Path, run_dir: Path, done: Callable[[RunSpec, dict[str, Any]], None],
          bar: Callable[[str | None, str | None], None], *, workers: int, kernel: str, timeout: int,
          verbose: bool, fresh: bool) -> None:
    import multiprocessing

    # A worker process that dies breaks the whole pool; its runs get one more try in a new pool.
    attempts: dict[str, int] = {}
    queue = list(todo)
    while queue:
        # forkserver: workers fork from a clean server process instead of copying this process's threads
        # (fork). It preloads only jupyter_client: each worker starts its kernel first (the kernel boots
        # and imports the toolkit) and imports papermill and nbconvert meanwhile (_worker_start).
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["toolkit.warm"])
        with ProcessPoolExecutor(max_workers=min(workers, len(queue)), mp_context=ctx, initializer=_worker_start,
                                 initargs=(kernel, queue[0].root, kernel_arguments(verbose), fresh)) as pool:
            futures: dict[Future, RunSpec] = {
                pool.submit(execute, spec, staging_root / spec.name, kernel_name=kernel, timeout=timeout,
                            verbose=verbose, fresh_kernel=fresh): spec for spec in queue}
            queue = []
            pending = set(futures)
            try:
                while pending:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        spec = futures[fut]
                        try:
                            entry = fut.result()
                        except BrokenProcessPool:
                            attempts[spec.name] = attempts.get(spec.name, 0) + 1
                            if attempts[spec.name] < 2:
                                queue.append(spec)
                                continue
                            entry = error_entry(spec, "the worker process died (twice)")
                            shutil.rmtree(staging_root / spec.name, ignore_errors=True)
                            done(spec, entry)
                            bar(spec.name, "error")
                            continue
                        with uninterrupted():
                            done(spec, _finish(spec, entry, staging_root / spec.name, run_dir))
                        bar(spec.name, entry["status"])
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise


def _worker_start(kernel: str, cwd: str, arguments: list[str], fresh: bool) -> None:
    """A pool worker's start: its kernel first (in the background), then the worker's own imports."""
    if not fresh:
        from ..warm import prestart

        prestart(kernel, cwd, arguments, WARM_UP)
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401

    from .. import kernels  # noqa: F401


def _progress(total: int, enabled: bool) -> Callable[[str | None, str | None], None]:
    """A rich progress bar over the batch on stderr; call with (name, status) per run, (None, None) to stop."""
    if not enabled or total == 0:
        return lambda name, status: None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    prog = Progress(TextColumn("[bold]runs"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TextColumn("{task.description}"), console=Console(stderr=True), transient=False)
    task = prog.add_task("", total=total)
    prog.start()

    def update(name: str | None, status: str | None) -> None:
        if name is None:
            prog.stop()
            return
        prog.update(task, advance=1, description=f"{name}: {status}")

    return update
