"""Warm kernels for batch runs: a papermill engine that re-uses one kernel per worker process.

Starting a Jupyter kernel and importing pandas and the toolkit costs more than auditing a
report. In a batch, each worker process keeps one kernel; before every notebook the
kernel's namespace is reset (``InteractiveShell.reset``: user variables, history, the
execution counter), open figures are closed and the working directory is restored, so a
notebook sees what a fresh kernel would show it, except for modules already imported.
The kernel is replaced after ``MAX_RUNS`` notebooks, after any failed notebook, and when
it died. ``--fresh-kernels`` (``fresh=True``) runs each notebook on a new kernel instead.

Everything else is papermill's: parameter injection, execution, saving, error reporting.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.log import logger

ENGINE = "audit-workbook-warm"
MAX_RUNS = 25

_RESET = """\
import os as _os, sys as _sys
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
_os.chdir({cwd!r})
get_ipython().reset(new_session=True)
__import__("gc").collect()
"""


class _Warm:
    """The worker process's kernel and how many notebooks it has run."""

    def __init__(self) -> None:
        self.km: AsyncKernelManager | None = None
        self.key: tuple[Any, ...] | None = None
        self.runs = 0
        self.dirty = False

    def get(self, kernel_name: str, cwd: str, extra_arguments: list[str], start_timeout: float) -> AsyncKernelManager:
        key = (kernel_name, tuple(extra_arguments))
        if self.km is not None and (self.key != key or self.dirty or self.runs >= MAX_RUNS
                                    or not run_sync(self.km.is_alive)()):
            self.shutdown()
        if self.km is not None:
            try:
                run_sync(_reset)(self.km, cwd, start_timeout)
            except Exception:  # a kernel that cannot be reset is replaced, not trusted
                self.shutdown()
        if self.km is None:
            km = AsyncKernelManager(kernel_name=kernel_name)
            run_sync(km.start_kernel)(cwd=cwd, extra_arguments=list(extra_arguments))
            self.km, self.key, self.runs, self.dirty = km, key, 0, False
        self.runs += 1
        return self.km

    def shutdown(self) -> None:
        km, self.km = self.km, None
        if km is not None:
            # A kernel that is already gone needs no shutdown.
            with contextlib.suppress(Exception):
                run_sync(km.shutdown_kernel)(now=True)


async def _reset(km: AsyncKernelManager, cwd: str, timeout: float) -> None:
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=timeout)
        reply = await kc.execute_interactive(_RESET.format(cwd=cwd), store_history=False, silent=True,
                                             timeout=timeout, output_hook=lambda msg: None)
        if reply["content"].get("status") != "ok":
            raise RuntimeError(f"could not reset the kernel: {reply['content'].get('evalue')}")
    finally:
        kc.stop_channels()


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


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, on the worker process's warm kernel."""

    @classmethod
    def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, log_output: bool = False,
                                 stdout_file: Any = None, stderr_file: Any = None, start_timeout: float = 60,
                                 execution_timeout: float | None = None, **kwargs: Any) -> Any:
        kwargs.pop("input_path", None)
        extra_arguments = list(kwargs.pop("extra_arguments", []) or [])
        warm = _LOCAL.warm
        km = warm.get(kernel_name, os.getcwd(), extra_arguments, start_timeout)
        client = PapermillNotebookClient(
            nb_man, km=km, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
            log=logger, log_output=log_output,
            stdout_file=stdout_file, stderr_file=stderr_file, **kwargs)
        ok = False
        try:
            nb = client.execute()
            # papermill records a failing cell in the notebook instead of raising here.
            ok = not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
            return nb
        finally:
            warm.dirty = warm.dirty or not ok
            if client.kc is not None:
                client.kc.stop_channels()


papermill_engines.register(ENGINE, WarmKernelEngine)
