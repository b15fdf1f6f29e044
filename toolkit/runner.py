"""Batch runs: parameter files -> notebooks executed by papermill -> outputs/<run-id>/ and a manifest.

One run is one parameter file. The runner validates every file before any kernel
starts, executes each notebook into a staging folder (executed notebook, HTML export,
workbook, result JSON), moves the folder into ``outputs/<run-id>/<name>/`` when it is
complete, and rewrites ``manifest.json`` after every run, so the manifest is truthful
at any moment. A failing notebook or an unreadable report is that run's ``error``;
the other runs go on. Re-running a run id re-uses runs whose inputs, parameters,
notebook and toolkit are unchanged (``force`` re-executes them).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import shutil
import socket
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import write_text_atomic
from .errors import ParameterError, RunError, RunLockedError, ToolkitError
from .jobs import RESULT_JSON, WORKBOOK, status_from_counts
from .params import NAME_PATTERN, load_params, notebook_parameters, params_digest, run_name

KERNEL = "audit-workbook"
MANIFEST = "manifest.json"
LOCK = ".audit-workbook.lock"
NOTEBOOK_OUT = "notebook.ipynb"
HTML_OUT = "notebook.html"
REPORT_HTML_OUT = "report.html"  # the same page without code cells, for sign-off
OUTPUT_FILES = {"notebook": NOTEBOOK_OUT, "html": HTML_OUT, "report_html": REPORT_HTML_OUT, "workbook": WORKBOOK,
                "json": RESULT_JSON}
STATUSES = ("ok", "flags", "error")


# --- planning --------------------------------------------------------------------------------


@dataclass
class RunSpec:
    """One notebook run, planned: everything an executor needs, all of it plain data (picklable)."""

    name: str
    params_file: str
    notebook: str  # absolute path of the .ipynb
    parameters: dict[str, Any]  # what papermill injects (output_dir set by the executor)
    inputs: list[dict[str, str]]  # [{"path", "sha256"}]
    fail_on: str
    digest: str  # parameters + inputs + notebook + toolkit: what a re-usable earlier run must match
    root: str  # the kernel's working directory
    ledger: str | None = None  # where the runner records the run's checks


@dataclass
class Plan:
    specs: list[RunSpec] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)  # manifest entries of files that failed validation


def collect(paths: list[str | Path]) -> list[Path]:
    """Parameter files as given; a folder stands for its *.yaml and *.yml files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix in (".yaml", ".yml")))
        else:
            out.append(p)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def toolkit_fingerprint() -> str:
    """A digest of the installed toolkit's code and catalog: a changed checker means a re-run."""
    h = hashlib.sha256(__version__.encode())
    pkg = Path(__file__).parent
    for f in sorted([*pkg.rglob("*.py"), *pkg.rglob("*.yaml")]):
        h.update(f.relative_to(pkg).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def plan(params_files: list[str | Path], *, root: str | Path = ".", output_root: str | Path = "outputs",
         notebooks: str | Path | None = None, fail_on: str | None = None) -> Plan:
    """Validate every parameter file (no kernel starts here) and plan one run per valid file."""
    root = Path(root).resolve()
    output_root = Path(output_root) if Path(output_root).is_absolute() else root / output_root
    nb_dir = Path(notebooks) if notebooks is not None else root / "notebooks"
    fingerprint = toolkit_fingerprint()
    result = Plan()
    seen: dict[str, str] = {}
    for source in collect(list(params_files)):
        entry: dict[str, Any] = {"name": source.stem, "params_file": str(source)}
        try:
            params = load_params(source, root=root, outputs=output_root)
            name = run_name(params, source)
            entry["name"] = name
            if name in seen:
                raise ParameterError(f"run name {name!r} is also used by {seen[name]}; set a distinct 'name'",
                                     path=source, location="name")
            notebook = nb_dir / f"{params.notebook}.ipynb"
            if not notebook.is_file():
                raise ParameterError(f"notebook {notebook} not found", path=source, location="notebook")
        except ToolkitError as err:
            result.problems.append({**entry, "status": "error", "error": str(err)})
            continue
        seen[name] = str(source)
        parameters = notebook_parameters(params, output_dir="")
        inputs = [{"path": str(p), "sha256": _sha256(root / p if not p.is_absolute() else p)}
                  for p in params.reports]
        effective_fail_on = fail_on or params.fail_on
        parameters["fail_on"] = effective_fail_on
        digest = hashlib.sha256(json.dumps(
            [params_digest(params), effective_fail_on, inputs, _sha256(notebook), fingerprint],
            sort_keys=True).encode()).hexdigest()[:16]
        result.specs.append(RunSpec(name=name, params_file=str(source), notebook=str(notebook.resolve()),
                                    parameters=parameters, inputs=inputs, fail_on=effective_fail_on,
                                    digest=digest, root=str(root)))
    return result


# --- executing one run -----------------------------------------------------------------------


def _counts(result_json: Path) -> dict[str, int]:
    from .jobs import count_checks

    data = json.loads(result_json.read_text(encoding="utf-8"))
    counts = count_checks([c for r in data for c in r.get("checks", [])])
    counts["reports"] = len(data)
    counts["metrics"] = sum(len(r.get("metrics", [])) for r in data)
    return counts


def ensure_kernel() -> str:
    """The name of the project's kernel, installed into this Python's prefix when missing.

    The kernel must be this interpreter: a kernelspec of the same name pointing at another
    Python would audit with another toolkit.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    try:
        spec = manager.get_kernel_spec(KERNEL)
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        install(kernel_name=KERNEL, display_name="Python (audit-workbook)", prefix=sys.prefix)
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
    exe = Path(spec.argv[0])
    if exe.resolve() != Path(sys.executable).resolve() and exe != Path(sys.executable):
        raise RunError(f"the Jupyter kernel {KERNEL!r} runs {exe}, not this Python ({sys.executable}); "
                       f"reinstall it: {sys.executable} -m ipykernel install --sys-prefix --name {KERNEL}",
                       path=spec.resource_dir)
    return KERNEL


@functools.lru_cache(maxsize=2)
def _exporter(no_input: bool = False) -> Any:
    # One exporter per process and kind: building it (templates, CSS) costs as much as exporting a notebook.
    from nbconvert import HTMLExporter

    if no_input:  # nbconvert --no-input: outputs only, no code cells, no prompts
        return HTMLExporter(template_name="lab", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    return HTMLExporter(template_name="lab")


def _html(notebook: Path, target: Path, *, no_input: bool = False) -> None:
    body, _ = _exporter(no_input).from_filename(str(notebook))
    write_text_atomic(target, body)


def execute(spec: RunSpec, workdir: str | Path, *, kernel_name: str = KERNEL, timeout: int = 600,
            verbose: bool = False, fresh_kernel: bool = False) -> dict[str, Any]:
    """Execute one run into ``workdir``; return its manifest entry. Never raises for a failed run.

    By default the notebook runs on this process's warm kernel (``toolkit.kernels``), reset
    before each notebook; ``fresh_kernel`` starts a new kernel for it.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    from .kernels import ENGINE

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.time()
    entry: dict[str, Any] = {
        "name": spec.name, "params_file": spec.params_file, "notebook": spec.notebook,
        "parameters": public_parameters(spec),
        "inputs": spec.inputs, "digest": spec.digest,
        "status": "error", "error": None, "counts": {},
        "worker": f"{socket.gethostname()}:{os.getpid()}",
    }
    parameters = {**spec.parameters, "output_dir": str(workdir.resolve())}
    nb_out = workdir / NOTEBOOK_OUT
    try:
        pm.execute_notebook(spec.notebook, str(nb_out), parameters=parameters, kernel_name=kernel_name,
                            engine_name=ENGINE, kernel_cwd=spec.root, fresh_kernel=fresh_kernel,
                            progress_bar=verbose, log_output=verbose, execution_timeout=timeout,
                            extra_arguments=kernel_arguments(verbose))
        counts = _counts(workdir / RESULT_JSON)
        entry.update(status=status_from_counts(counts, spec.fail_on), counts=counts)
    except PapermillExecutionError as exc:
        # ename/evalue are the kernel's exception: a ToolkitError there names the report.
        entry["error"] = f"{exc.ename}: {exc.evalue} (cell {exc.exec_count})"
    except Exception as exc:  # a dead kernel, a timeout, a missing output: this run's error only
        entry["error"] = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
    if nb_out.is_file():
        try:
            _html(nb_out, workdir / HTML_OUT)
            _html(nb_out, workdir / REPORT_HTML_OUT, no_input=True)
        except Exception as exc:  # the export is a convenience; its failure must not hide the run's result
            entry.setdefault("warnings", []).append(f"HTML export failed: {type(exc).__name__}: {exc}")
    entry["outputs"] = {k: v for k, v in OUTPUT_FILES.items() if (workdir / v).is_file()}
    entry["started"] = _iso(started)
    entry["finished"] = _iso(time.time())
    entry["duration_s"] = round(time.time() - started, 3)
    return entry


# What the project's notebooks import first: a prestarted kernel imports it while the runner
# imports papermill and nbconvert. __import__ binds no name, so the notebook's namespace stays empty.
WARM_UP = "__import__('toolkit.jobs'); __import__('toolkit.display')"


def kernel_arguments(verbose: bool) -> list[str]:
    # ipykernel's start-up and shutdown chatter is noise in a batch log.
    return [] if verbose else ["--IPKernelApp.log_level=CRITICAL"]


def public_parameters(spec: RunSpec) -> dict[str, Any]:
    """The parameters a manifest shows: not the executor's own folders and snapshot files."""
    return {k: v for k, v in spec.parameters.items() if k not in ("output_dir", "dispositions", "published_dir")}


def error_entry(spec: RunSpec, message: str, worker: str | None = None) -> dict[str, Any]:
    """The manifest entry of a run that produced nothing (its worker died, its task was lost)."""
    return {"name": spec.name, "params_file": spec.params_file, "notebook": spec.notebook, "inputs": spec.inputs,
            "digest": spec.digest, "status": "error", "error": message, "counts": {}, "outputs": {},
            "worker": worker}


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t).astimezone().isoformat(timespec="seconds")


# --- the batch ------------------------------------------------------------------------------


@dataclass
class Manifest:
    """What ``outputs/<run-id>/manifest.json`` holds."""

    run_id: str
    path: str
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    ledger: str | None = None
    toolkit_version: str = __version__
    started: str = ""
    finished: str | None = None
    duration_s: float | None = None
    status: str = "running"
    summary: dict[str, int] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("path")
        d["schema"] = 1
        return d

    def write(self) -> None:
        self.summary = {s: sum(r["status"] == s for r in self.runs) for s in (*STATUSES, "pending")}
        write_text_atomic(Path(self.path), json.dumps(self.to_dict(), ensure_ascii=False, indent=1))

    @property
    def exit_code(self) -> int:
        """0 clean, 1 a run has flags at or above its fail-on, 2 a run failed."""
        statuses = {r["status"] for r in self.runs}
        return 2 if statuses - {"ok", "flags"} else 1 if "flags" in statuses else 0


@contextlib.contextmanager
def run_lock(output_root: Path, *, wait_s: float = 0) -> Iterator[None]:
    """Hold the output folder's lock; a second run waits up to ``wait_s`` seconds, then refuses."""
    import fcntl

    output_root.mkdir(parents=True, exist_ok=True)
    path = output_root / LOCK
    f = path.open("a+")
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    f.seek(0)
                    holder = f.read().strip() or "another process"
                    raise RunLockedError(f"another audit-workbook run holds the lock ({holder}); "
                                         f"wait for it to finish or pass --wait SECONDS", path=path) from None
                time.sleep(0.2)
        f.seek(0)
        f.truncate()
        f.write(f"pid {os.getpid()} on {socket.gethostname()} since {_iso(time.time())}\n")
        f.flush()
        yield
    finally:
        f.close()  # closing releases the lock


def _install(staging: Path, final: Path) -> None:
    """Replace ``final`` by the complete ``staging`` folder: two renames, never a half-written file."""
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    shutil.rmtree(old, ignore_errors=True)


def _point_latest(output_root: Path, run_id: str) -> None:
    link = output_root / "latest"
    tmp = output_root / f".latest.{os.getpid()}"
    try:
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(run_id, target_is_directory=True)
        os.replace(tmp, link)
    except OSError:  # no symlinks here (some file systems): a pointer file instead
        tmp.unlink(missing_ok=True)
        write_text_atomic(output_root / "latest.txt", run_id + "\n")


def default_run_id() -> str:
    """Today's date: a nightly schedule gets one run folder a day, and a re-run the same day re-uses it."""
    return datetime.now().strftime("%Y-%m-%d")


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
        from .ledger import ledger_path

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
                from .cluster import run_dask

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
                from .warm import shutdown_all

                shutdown_all()
            shutil.rmtree(staging_root, ignore_errors=True)
            _point_latest(output_root, run_id)
    return manifest


ENGINES = ("local", "dask")
DISPOSITIONS_FILE = "dispositions.json"


def _snapshot_dispositions(todo: list[RunSpec], staging_root: Path) -> None:
    """Each ledger's dispositions as a JSON file the notebooks read (they may run elsewhere)."""
    snapshots: dict[str, str] = {}
    for spec in todo:
        if not spec.ledger or not Path(spec.ledger).is_file():
            continue
        if spec.ledger not in snapshots:
            from .ledger import open_ledger

            with open_ledger(spec.ledger, create=False) as book:
                known = book.dispositions()
            target = staging_root / f"{len(snapshots)}-{DISPOSITIONS_FILE}"
            write_text_atomic(target, json.dumps(known, ensure_ascii=False, default=str))
            snapshots[spec.ledger] = str(target)
        spec.parameters["dispositions"] = snapshots[spec.ledger]


def _record(spec: RunSpec, entry: dict[str, Any], run_dir: Path, run_id: str) -> None:
    """Record a finished run's checks in its ledger; a ledger problem is a warning, not a lost run."""
    from .ledger import open_ledger

    try:
        data = json.loads((run_dir / entry["outputs"]["json"]).read_text(encoding="utf-8"))
        with open_ledger(spec.ledger) as book:
            book.record_run(f"{run_id}/{spec.name}", data)
    except (ToolkitError, OSError, ValueError, KeyError) as exc:
        entry.setdefault("warnings", []).append(f"not recorded in the ledger {spec.ledger}: {exc}")


def _previous_runs(path: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {r["name"]: r for r in data.get("runs", []) if isinstance(r, dict) and "name" in r}
    except (OSError, ValueError, AttributeError):
        return {}


def _reusable(old: dict[str, Any] | None, spec: RunSpec, run_dir: Path) -> bool:
    if not old or old.get("status") not in ("ok", "flags") or old.get("digest") != spec.digest:
        return False
    outputs = old.get("outputs", {})
    return "json" in outputs and all((run_dir / f).is_file() for f in outputs.values())


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, so that a run's folder and its manifest entry change
    together (a cancelled batch never shows a complete folder whose entry says "cancelled")."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


def _finish(spec: RunSpec, entry: dict[str, Any], staging: Path, run_dir: Path) -> dict[str, Any]:
    """Move a finished run's files into place and make its output paths relative to the run folder."""
    final = run_dir / spec.name
    _install(staging, final)
    entry["outputs"] = {k: f"{spec.name}/{v}" for k, v in entry.get("outputs", {}).items()}
    return entry


def _local(todo: list[RunSpec], staging_root: Path, run_dir: Path,
           done: Callable[[RunSpec, dict[str, Any]], None], bar: Callable[[str | None, str | None], None], *,
           workers: int, kernel: str, timeout: int, verbose: bool, fresh: bool) -> None:
    """The local engine: in this process for one worker, else a pool of processes."""
    if workers == 1:
        if not fresh:
            from .warm import prestart

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
        from .warm import prestart

        prestart(kernel, cwd, arguments, WARM_UP)
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401

    from . import kernels  # noqa: F401


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
