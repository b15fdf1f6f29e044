"""The warm-kernel papermill engine: one kernel re-used, nothing of one notebook seen by the next."""

from __future__ import annotations

from pathlib import Path

import nbformat
import papermill as pm
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from toolkit import kernels, runner


def _notebook(path: Path, *cells: str) -> Path:
    nb = new_notebook(cells=[new_code_cell("x = 0", metadata={"tags": ["parameters"]}),
                             *(new_code_cell(c) for c in cells)],
                      metadata={"kernelspec": {"name": runner.KERNEL, "display_name": "k", "language": "python"}})
    nbformat.write(nb, path)
    return path


def _run(src: Path, out: Path, cwd: Path) -> nbformat.NotebookNode:
    pm.execute_notebook(str(src), str(out), parameters={"x": 1}, kernel_name=runner.ensure_kernel(),
                        engine_name=kernels.ENGINE, progress_bar=False, cwd=str(cwd))
    return nbformat.read(out, as_version=4)


def _text(nb: nbformat.NotebookNode, cell: int) -> str:
    return "".join(o.get("text", "") for o in nb.cells[cell].outputs if o["output_type"] == "stream")


def test_a_warm_kernel_is_reused_and_reset(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    first = _notebook(tmp_path / "first.ipynb",
                      "import os\nleak = 'secret'\nos.chdir('elsewhere')\nprint(os.getpid())")
    second = _notebook(tmp_path / "second.ipynb",
                       "import os\nprint(os.getpid())",
                       "print(sorted(k for k in globals() if not k.startswith('_') and k not in "
                       "('In', 'Out', 'get_ipython', 'exit', 'quit', 'open', 'os', 'x')))",
                       "print(os.getcwd())")
    nb1 = _run(first, tmp_path / "out1.ipynb", tmp_path)
    nb2 = _run(second, tmp_path / "out2.ipynb", tmp_path)
    assert _text(nb1, 2).strip() == _text(nb2, 2).strip()  # the same kernel process
    assert _text(nb2, 3).strip() == "[]"  # 'leak' is gone
    assert _text(nb2, 4).strip() == str(tmp_path)  # the working directory is restored
    counts = [c.execution_count for c in nb2.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))  # the counter starts again at 1


def test_a_failed_notebook_retires_its_kernel(tmp_path: Path) -> None:
    pid = _notebook(tmp_path / "pid.ipynb", "import os\nprint(os.getpid())")
    failing = _notebook(tmp_path / "fail.ipynb", "raise ValueError('boom')")
    before = _text(_run(pid, tmp_path / "a.ipynb", tmp_path), 2).strip()
    with pytest.raises(pm.PapermillExecutionError, match="boom"):
        _run(failing, tmp_path / "b.ipynb", tmp_path)
    after = _text(_run(pid, tmp_path / "c.ipynb", tmp_path), 2).strip()
    assert before != after


def test_a_dead_kernel_is_replaced(tmp_path: Path) -> None:
    pid = _notebook(tmp_path / "pid.ipynb", "import os\nprint(os.getpid())")
    first = int(_text(_run(pid, tmp_path / "a.ipynb", tmp_path), 2).strip())
    import os
    import signal

    os.kill(first, signal.SIGKILL)
    second = int(_text(_run(pid, tmp_path / "b.ipynb", tmp_path), 2).strip())
    assert second != first
