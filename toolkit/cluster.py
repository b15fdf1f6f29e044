"""The Dask engine: each notebook run is one task on a ``dask.distributed`` cluster.

Nothing is shared but the network. The client sends each run's notebook, report files and
known dispositions as bytes; the worker executes the notebook in a temporary folder of its
own and returns the produced files as bytes; the client writes them into the run folder
(staging, then one rename) and the manifest, exactly as the local engine does.

Limits: a run's inputs (notebook, reports, dispositions) at most ``MAX_INPUT_BYTES``, its
outputs at most ``MAX_OUTPUT_BYTES``; a run over a limit is that run's error.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from . import __version__
from .atomic import atomic_path
from .errors import RunError

MAX_INPUT_BYTES = 200 * 1024 * 1024
MAX_OUTPUT_BYTES = 500 * 1024 * 1024
INPUT_KEYS = ("report", "previous_report", "reports", "dispositions")


def worker_identity() -> tuple[str, str]:
    """What must match between client and worker: the toolkit's version and code fingerprint."""
    from .runner import toolkit_fingerprint

    return __version__, toolkit_fingerprint()


def _task_files(spec: Any) -> tuple[dict[str, str], dict[str, bytes]]:
    """The run's input files: {path as the parameters name it: path in the task folder}, and their bytes."""
    root = Path(spec.root)
    mapping: dict[str, str] = {}
    blobs: dict[str, bytes] = {}
    names: list[str] = []
    for key in INPUT_KEYS:
        value = spec.parameters.get(key)
        names.extend(value if isinstance(value, list) else [value] if value else [])
    for i, name in enumerate(dict.fromkeys(names)):
        p = Path(name)
        # Relative paths keep their place (the result names the report the same way);
        # an absolute path gets a folder of its own.
        inside = p if not p.is_absolute() and ".." not in p.parts else Path("_inputs") / str(i) / p.name
        mapping[name] = inside.as_posix()
        blobs[inside.as_posix()] = (p if p.is_absolute() else root / p).read_bytes()
    return mapping, blobs


def remote_execute(spec: Any, notebook: bytes, files: dict[str, bytes], mapping: dict[str, str], *,
                   timeout: int, verbose: bool, fresh: bool) -> tuple[dict[str, Any], dict[str, bytes]]:
    """On a worker: write the inputs into a temporary folder, execute, return the entry and the files."""
    from distributed import get_worker

    from .runner import ensure_kernel, execute, public_parameters

    with tempfile.TemporaryDirectory(prefix="audit-workbook-") as tmp:
        root = Path(tmp)
        for rel, data in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        nb = root / "_notebook.ipynb"
        nb.write_bytes(notebook)

        def moved(value: Any) -> Any:
            if isinstance(value, list):
                return [mapping.get(v, v) for v in value]
            return mapping.get(value, value) if isinstance(value, str) else value

        parameters = {k: moved(v) if k in INPUT_KEYS else v for k, v in spec.parameters.items()}
        local = replace(spec, notebook=str(nb), root=str(root), parameters=parameters)
        entry = execute(local, root / "_out", kernel_name=ensure_kernel(), timeout=timeout, verbose=verbose,
                        fresh_kernel=fresh)
        entry["notebook"] = spec.notebook
        entry["parameters"] = public_parameters(spec)
        entry["worker"] = get_worker().address
        outputs: dict[str, bytes] = {}
        size = 0
        for name in entry.get("outputs", {}).values():
            data = (root / "_out" / name).read_bytes()
            size += len(data)
            outputs[name] = data
        if size > MAX_OUTPUT_BYTES:
            entry.update(status="error", error=f"outputs of {size:,} bytes exceed the limit of {MAX_OUTPUT_BYTES:,}",
                         outputs={})
            outputs = {}
        return entry, outputs


def _preload_forkserver() -> None:
    from distributed.utils import get_mp_context

    ctx = get_mp_context()  # dask sets its own preload list first; ours replaces it, adding the toolkit
    ctx.set_forkserver_preload(["distributed", "toolkit.runner", "toolkit.kernels", "toolkit.cluster", "toolkit.jobs",
                                "nbconvert", "papermill"])


def _check_workers(client: Any) -> list[str]:
    """Every worker runs this toolkit (same version and code), or a ``RunError`` naming those that don't."""
    mine = worker_identity()
    theirs = client.run(worker_identity)
    if not theirs:
        raise RunError("the Dask cluster has no workers")
    wrong = {addr: tuple(v) for addr, v in theirs.items() if tuple(v) != mine}
    if wrong:
        detail = "; ".join(f"{addr} has toolkit {v[0]} ({v[1]})" for addr, v in sorted(wrong.items()))
        raise RunError(f"workers differ from this toolkit {mine[0]} ({mine[1]}): {detail}; "
                       f"install the same version on every worker")
    return sorted(theirs)


def run_dask(todo: list[Any], staging_root: Path, run_dir: Path, done: Callable[[Any, dict[str, Any]], None],
             bar: Callable[[str | None, str | None], None], *, workers: int, scheduler: str | None, retries: int,
             timeout: int, verbose: bool, fresh: bool) -> str:
    """Execute ``todo`` on a Dask cluster; return the scheduler's address.

    Without ``scheduler`` a LocalCluster of ``workers`` processes is started (and stopped).
    A run whose worker died is submitted again, up to ``retries`` times; then it is an error
    naming the worker. A lost scheduler makes the unfinished runs errors.
    """
    import dask
    from distributed import Client, KilledWorker, LocalCluster, as_completed

    from .runner import _finish, error_entry, uninterrupted

    cluster = None
    with contextlib.ExitStack() as stack:
        try:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
                client.wait_for_workers(1, timeout=60)
            else:
                # allowed-failures 0: a dead worker surfaces at once as KilledWorker and --retries decides.
                # forkserver: the workers fork from one process that imported the toolkit, papermill and
                # nbconvert once (several seconds), as the local engine's pool does, instead of each
                # importing them again after a spawn.
                stack.enter_context(dask.config.set({"distributed.scheduler.allowed-failures": 0,
                                                     "distributed.worker.multiprocessing-method": "forkserver"}))
                _preload_forkserver()
                cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                           dashboard_address=None, silence_logs=logging.CRITICAL))
                client = stack.enter_context(Client(cluster))
        except RunError:
            raise
        except Exception as exc:
            raise RunError(f"cannot use the Dask scheduler {scheduler or '(local cluster)'}: "
                           f"{type(exc).__name__}: {exc}") from None
        address = client.scheduler.address
        _check_workers(client)
        attempts: dict[str, int] = {}
        by_key: dict[str, Any] = {}
        notebooks: dict[str, bytes] = {}
        submitted: list[Any] = []
        lost: dict[str, list[str]] = {}  # run -> the workers that died under it

        def submit(spec: Any) -> Any:
            mapping, files = _task_files(spec)
            nb = notebooks.setdefault(spec.notebook, Path(spec.notebook).read_bytes())
            size = len(nb) + sum(len(b) for b in files.values())
            if size > MAX_INPUT_BYTES:
                raise RunError(f"inputs of {size:,} bytes exceed the limit of {MAX_INPUT_BYTES:,}")
            fut = client.submit(remote_execute, spec, nb, files, mapping, timeout=timeout, verbose=verbose,
                                fresh=fresh, key=f"audit-workbook-{spec.name}-{uuid.uuid4().hex[:8]}", pure=False)
            by_key[fut.key] = spec
            submitted.append(fut)
            return fut

        def failed(spec: Any, message: str, worker: str | None = None) -> None:
            done(spec, error_entry(spec, message, worker))
            bar(spec.name, "error")

        pending = as_completed()
        for spec in todo:
            try:
                pending.add(submit(spec))
            except (RunError, OSError) as exc:
                failed(spec, str(exc))
        try:
            for fut in pending:
                spec = by_key.pop(fut.key)
                try:
                    entry, outputs = fut.result()
                except KilledWorker as exc:
                    worker = getattr(getattr(exc, "last_worker", None), "address", None)
                    attempts[spec.name] = attempts.get(spec.name, 0) + 1
                    lost.setdefault(spec.name, []).append(worker or "?")
                    if attempts[spec.name] <= retries:
                        pending.add(submit(spec))
                        continue
                    failed(spec, f"the worker {worker or '?'} died while running it "
                                 f"({attempts[spec.name]} attempt(s))", worker)
                    continue
                except Exception as exc:  # a lost connection, a task that could not be deserialized
                    failed(spec, f"{type(exc).__name__}: {exc}")
                    continue
                if spec.name in lost:
                    entry["lost_workers"] = lost[spec.name]
                staging = staging_root / spec.name
                staging.mkdir(parents=True, exist_ok=True)
                for name, data in outputs.items():
                    with atomic_path(staging / name) as tmp:
                        tmp.write_bytes(data)
                with uninterrupted():
                    done(spec, _finish(spec, entry, staging, run_dir))
                bar(spec.name, entry["status"])
        except BaseException:
            with contextlib.suppress(Exception):
                client.cancel([f for f in submitted if not f.done()])
            raise
    return address
