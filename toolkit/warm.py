"""One warm Jupyter kernel per thread, with a connected client: what the papermill engine of
``toolkit.kernels`` runs notebooks on. This module needs jupyter_client only (not papermill),
so a runner can start its kernel before it imports the rest (``prestart``).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
import time
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync

MAX_RUNS = 25

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
        self.cleanup: str | None = None  # msg_id of the cleanup (or warm-up) the next notebook waits for
        self.ready = True  # False after prestart, until the kernel answered

    def get(self, kernel_name: str, cwd: str, extra_arguments: list[str], start_timeout: float) -> tuple[Any, Any]:
        """The (manager, client) for the next notebook: the warm kernel, cleaned up, or a new one."""
        key = (kernel_name, tuple(extra_arguments))
        if self.km is not None and (self.key != key or self.dirty or self.runs >= MAX_RUNS
                                    or not run_sync(self.km.is_alive)()):
            self.shutdown()
        if self.km is not None:
            try:
                run_sync(self._prepare)(cwd, start_timeout)
                self.ready = True
            except Exception:  # a kernel that cannot be cleaned up is replaced, not trusted
                self.shutdown()
        if self.km is None:
            run_sync(self._start)(kernel_name, cwd, list(extra_arguments), start_timeout)
            self.key, self.runs, self.dirty = key, 0, False
        self.runs += 1
        return self.km, self.kc

    def prestart(self, kernel_name: str, cwd: str, extra_arguments: list[str], warm_up: str | None = None) -> None:
        """Start the kernel now without waiting for it, and send it ``warm_up`` (imports, say), so that
        both go on while this process imports what it needs; the first notebook waits for them."""
        if self.km is not None:
            return
        key = (kernel_name, tuple(extra_arguments))
        run_sync(self._launch)(kernel_name, cwd, list(extra_arguments))
        self.key, self.runs, self.dirty, self.ready = key, 0, False, False
        if warm_up:
            # Silent and unstored: the first notebook still sees an empty namespace and counter 1.
            self.cleanup = self.kc.execute(warm_up, silent=True, store_history=False)

    async def _start(self, kernel_name: str, cwd: str, extra_arguments: list[str], timeout: float) -> None:
        await self._launch(kernel_name, cwd, extra_arguments)
        await self.kc.wait_for_ready(timeout=timeout)
        self.kc.allow_stdin = False

    async def _launch(self, kernel_name: str, cwd: str, extra_arguments: list[str]) -> None:
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

    async def _prepare(self, cwd: str, timeout: float) -> None:
        if self.cleanup is not None:
            msg_id, self.cleanup = self.cleanup, None
            await _reply(self.km, self.kc, msg_id, timeout)
        if not self.ready:  # prestarted: the reply above came from a running kernel; now check IOPub too
            await self.kc.wait_for_ready(timeout=timeout)
            self.kc.allow_stdin = False
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
            with contextlib.suppress(BaseException):
                kc.stop_channels()
        if km is not None:
            try:
                run_sync(km.shutdown_kernel)(now=True)
            except BaseException:
                # Already gone, or this thread's event loop was interrupted mid-call (Ctrl-C:
                # CancelledError): kill the process itself rather than leave an orphan kernel.
                _kill(km)


def _kill(km: Any) -> None:
    import signal

    pid = getattr(getattr(km, "provisioner", None), "pid", None)
    if pid:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


async def _reply(km: Any, kc: Any, msg_id: str, timeout: float) -> None:
    """Wait for the shell reply to ``msg_id``; raise unless it succeeded or when the kernel died."""
    from queue import Empty

    deadline = time.monotonic() + timeout
    while True:
        try:
            msg = await kc.get_shell_msg(timeout=min(1.0, max(0.0, deadline - time.monotonic())))
        except Empty:
            if time.monotonic() >= deadline or not await km.is_alive():
                raise RuntimeError("the kernel did not answer") from None
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            if msg["content"].get("status") != "ok":
                raise RuntimeError(f"the kernel could not run its clean-up: {msg['content'].get('evalue')}")
            return


def prestart(kernel_name: str, cwd: str, extra_arguments: list[str], warm_up: str | None = None) -> None:
    """Start this thread's warm kernel in the background (see ``_Warm.prestart``)."""
    _LOCAL.warm.prestart(kernel_name, cwd, extra_arguments, warm_up)


class _PerThread(threading.local):
    """One warm kernel per thread: a Dask worker may run tasks in several threads."""

    def __init__(self) -> None:
        self.warm = _Warm()
        _ALL.append(self.warm)


_ALL: list[_Warm] = []
_LOCAL = _PerThread()


@atexit.register
def shutdown_all() -> None:
    """Shut every warm kernel of this process down (at exit, and when a batch is cancelled)."""
    for warm in _ALL:
        warm.shutdown()


