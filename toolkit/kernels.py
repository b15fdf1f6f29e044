"""Warm kernels for batch runs: a papermill engine that re-uses one kernel per worker process.

Starting a Jupyter kernel and importing pandas and the toolkit costs more than auditing a
report. In a batch, each worker process keeps one kernel and one client connected to it.
As soon as a notebook has finished, the kernel is told to clean up (``InteractiveShell.reset``:
user variables, history, the execution counter; open figures closed; garbage collected)
while the runner exports the HTML; before the next notebook the runner waits for that and
restores the working directory, so a notebook sees what a fresh kernel would show it, except
for modules already imported. The kernel is replaced after ``warm.MAX_RUNS`` notebooks, after
any failed notebook, and when it died. ``--fresh-kernels`` (engine keyword ``fresh_kernel``)
runs each notebook on a new kernel instead. The engine keyword ``kernel_cwd`` sets the
kernel's working directory without changing the process's.

Everything else is papermill's: parameter injection, execution, error reporting; only the
output notebook is saved less often while it runs (``SAVE_EVERY_S``) and always at the end."""

from __future__ import annotations

import os
from typing import Any

from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines
from papermill.log import logger

from .warm import _LOCAL, _Warm

ENGINE = "audit-workbook-warm"
SAVE_EVERY_S = 10.0  # intermediate saves of the output notebook while it runs (papermill saves after every cell)


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
