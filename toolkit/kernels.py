"""Warm kernels for batch runs: a papermill engine that re-uses one kernel per worker process.

Starting a Jupyter kernel and importing pandas and the toolkit costs more than auditing a
report. In a batch, each worker process keeps one kernel and one client connected to it.
As soon as a notebook has finished, the kernel is told to clean up (``InteractiveShell.reset``:
user variables, history, the execution counter; open figures closed; garbage collected)
while the runner exports the HTML; before the next notebook the runner waits for that and
restores the working directory, so a notebook sees what a fresh kernel would show it, except
for modules already imported. The kernel is replaced after ``MAX_RUNS`` notebooks, after
any failed notebook, and when it died. ``--fresh-kernels`` (engine keyword ``fresh_kernel``)
runs each notebook on a new kernel instead. The engine keyword ``kernel_cwd`` sets the
kernel's working directory without changing the process's.

Everything else is papermill's: parameter injection, execution, error reporting; only the
output notebook is saved less often while it runs (``SAVE_EVERY_S``) and always at the end."""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import time
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines
from papermill.log import logger

ENGINE = "audit-workbook-warm"
MAX_RUNS = 25
SAVE_EVERY_S = 10.0  # intermediate saves of the output notebook while it runs (papermill saves after every cell)

# Sent as soon as a notebook has finished, so the kernel cleans up while the runner exports
# the HTML; the next notebook only waits for the reply. gc.collect: IPython's reset collects
# before it drops the namespace, so the old run's cycles would otherwise linger.
_CLEANUP = """\
import sys as _sys
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
get_ipython().reset(new_session=True)
__import__("gc").collect()
"""
_CHDIR = "__import__('os').chdir({cwd!r})"


class _Warm:
    """The worker's kernel, one client kept connected to it, and how many notebooks it has run.

    The client's channels stay open between notebooks: a new client has to wait for the
    kernel's IOPub subscription (0.2 s or more, twice per notebook before this).
    """

    def __init__(self) -> None:
        self.km: AsyncKernelManager | None = None
        self.kc: Any = None
        self.key: tuple[Any, ...] | None = None
        self.runs = 0
        self.dirty = False
        self.cleanup: str | None = None  # msg_id of the cleanup sent after the last notebook

    def get(self, kernel_name: str, cwd: str, extra_arguments: list[str], start_timeout: float) -> tuple[Any, Any]:
        """The (manager, client) for the next notebook: the warm kernel, cleaned up, or a new one."""
        key = (kernel_name, tuple(extra_arguments))
        if self.km is not None and (self.key != key or self.dirty or self.runs >= MAX_RUNS
                                    or not run_sync(self.km.is_alive)()):
            self.shutdown()
        if self.km is not None:
            try:
                run_sync(self._prepare)(cwd, start_timeout)
            except Exception:  # a kernel that cannot be cleaned up is replaced, not trusted
                self.shutdown()
        if self.km is None:
            run_sync(self._start)(kernel_name, cwd, list(extra_arguments), start_timeout)
            self.key, self.runs, self.dirty = key, 0, False
        self.runs += 1
        return self.km, self.kc

    async def _start(self, kernel_name: str, cwd: str, extra_arguments: list[str], timeout: float) -> None:
        km = AsyncKernelManager(kernel_name=kernel_name)
        if km.ipykernel and not any(a.startswith("--HistoryManager.hist_file") for a in extra_arguments):
            # As nbclient does for the kernels it starts: no shared on-disk history database that
            # concurrent kernels would lock each other out of.
            extra_arguments = [*extra_arguments, "--HistoryManager.hist_file=:memory:"]
        await km.start_kernel(cwd=cwd, extra_arguments=extra_arguments)
        self.km = km  # set first, so that a failure below still shuts the kernel down
        kc = km.client()
        kc.start_channels()
        self.kc = kc
        await kc.wait_for_ready(timeout=timeout)
        kc.allow_stdin = False

    async def _prepare(self, cwd: str, timeout: float) -> None:
        if self.cleanup is not None:
            msg_id, self.cleanup = self.cleanup, None
            await _reply(self.kc, msg_id, timeout)
        reply = await self.kc.execute_interactive(_CHDIR.format(cwd=cwd), store_history=False, silent=True,
                                                  timeout=timeout, output_hook=lambda msg: None)
        if reply["content"].get("status") != "ok":
            raise RuntimeError(f"could not prepare the kernel: {reply['content'].get('evalue')}")

    def release(self, ok: bool) -> None:
        """After a notebook: retire the kernel if it failed, else start its cleanup now."""
        self.dirty = self.dirty or not ok
        if self.dirty or self.kc is None:
            return
        try:
            self.cleanup = self.kc.execute(_CLEANUP, silent=True, store_history=False)
        except Exception:  # a client that cannot send is not trusted either
            self.dirty = True

    def shutdown(self) -> None:
        km, kc, self.km, self.kc, self.cleanup = self.km, self.kc, None, None, None
        if kc is not None:
            with contextlib.suppress(Exception):
                kc.stop_channels()
        if km is not None:
            # A kernel that is already gone needs no shutdown.
            with contextlib.suppress(Exception):
                run_sync(km.shutdown_kernel)(now=True)


async def _reply(kc: Any, msg_id: str, timeout: float) -> None:
    """Wait for the shell reply to ``msg_id``; raise unless it succeeded."""
    deadline = time.monotonic() + timeout
    while True:
        msg = await kc.get_shell_msg(timeout=max(0.0, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            if msg["content"].get("status") != "ok":
                raise RuntimeError(f"could not clean up the kernel: {msg['content'].get('evalue')}")
            return


class _PerThread(threading.local):
    """One warm kernel per thread: a Dask worker may run tasks in several threads."""

    def __init__(self) -> None:
        self.warm = _Warm()
        _ALL.append(self.warm)


_ALL: list[_Warm] = []
_LOCAL = _PerThread()


@atexit.register
def _shutdown_all() -> None:
    for warm in _ALL:
        warm.shutdown()


class _SparseSaves(NotebookExecutionManager):
    """papermill's execution manager, saving the output notebook at most every SAVE_EVERY_S seconds
    while it runs (papermill writes it before and after every cell: 39 writes of a growing
    notebook per run of audit_report) and always when execution ends."""

    _final = False

    def save(self, **kwargs: Any) -> Any:
        if self._final or (self.now() - self.last_save_time).total_seconds() >= SAVE_EVERY_S:
            return super().save(**kwargs)
        return None

    def notebook_complete(self, **kwargs: Any) -> Any:
        self._final = True
        return super().notebook_complete(**kwargs)


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, on the worker's warm kernel."""

    @classmethod
    def execute_notebook(cls, nb: Any, kernel_name: str, output_path: str | None = None, progress_bar: bool = True,
                         log_output: bool = False, autosave_cell_every: int = 30, **kwargs: Any) -> Any:
        # papermill's Engine.execute_notebook with the sparse-saving manager.
        nb_man = _SparseSaves(nb, output_path=output_path, progress_bar=progress_bar, log_output=log_output,
                              autosave_cell_every=autosave_cell_every)
        nb_man.notebook_start()
        try:
            cls.execute_managed_notebook(nb_man, kernel_name, log_output=log_output, **kwargs)
        finally:
            nb_man.cleanup_pbar()
            nb_man.notebook_complete()
        return nb_man.nb

    @classmethod
    def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, log_output: bool = False,
                                 stdout_file: Any = None, stderr_file: Any = None, start_timeout: float = 60,
                                 execution_timeout: float | None = None, **kwargs: Any) -> Any:
        kwargs.pop("input_path", None)
        extra_arguments = list(kwargs.pop("extra_arguments", []) or [])
        # The kernel's working directory comes as a keyword, not through papermill's cwd=, which
        # chdirs the whole process: wrong for two notebooks run by two threads of one process.
        cwd = kwargs.pop("kernel_cwd", None) or os.getcwd()
        fresh = kwargs.pop("fresh_kernel", False)
        warm = _Warm() if fresh else _LOCAL.warm
        km, kc = warm.get(kernel_name, cwd, extra_arguments, start_timeout)
        client = PapermillNotebookClient(
            nb_man, km=km, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
            log=logger, log_output=log_output,
            stdout_file=stdout_file, stderr_file=stderr_file, **kwargs)
        client.kc = kc  # connected already: nbclient skips its own client start-up and leaves it open
        ok = False
        try:
            nb = client.execute()
            # papermill records a failing cell in the notebook instead of raising here.
            ok = not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
            return nb
        finally:
            if fresh:
                warm.shutdown()
            else:
                warm.release(ok)


papermill_engines.register(ENGINE, WarmKernelEngine)
