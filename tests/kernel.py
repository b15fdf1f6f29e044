"""A Jupyter kernelspec that runs this very interpreter (the project's venv), for tests that
start kernels: put the returned folder first on JUPYTER_PATH."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def notebook_kernel(notebook: Path) -> str:
    """The kernelspec name a notebook asks for."""
    return json.loads(notebook.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]


def venv_kernel_path(folder: Path, name: str) -> Path:
    """Write ``folder/kernels/<name>/kernel.json`` for ``sys.executable`` and return ``folder``.

    JUPYTER_PATH comes before the user's and the system's data folders, so a notebook whose
    kernelspec is ``name`` gets the interpreter running the tests, with the toolkit installed,
    whether or not ``make install`` registered the kernel and whatever other kernels the
    machine has.
    """
    spec = folder / "kernels" / name
    spec.mkdir(parents=True, exist_ok=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (audit-workbook venv)",
        "language": "python",
        "metadata": {"debugger": False},
    }), encoding="utf-8")
    return folder
