"""Executing one run: the kernel, papermill, the HTML exports, the run's entry in the manifest."""

from __future__ import annotations

import functools
import json
import os
import socket
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from ..errors import RunError
from ..jobs import RESULT_JSON, status_from_counts
from .planning import HTML_OUT, KERNEL, NOTEBOOK_OUT, OUTPUT_FILES, REPORT_HTML_OUT, RunSpec

# --- executing one run -----------------------------------------------------------------------


def _counts(result_json: Path) -> dict[str, int]:
    from ..jobs import count_checks

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

    from ..kernels import ENGINE

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


