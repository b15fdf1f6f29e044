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


def test_each_notebook_gets_its_own_working_directory_without_chdir_of_the_process(tmp_path: Path) -> None:
    # Two threads of one process (a Dask worker with several threads) run notebooks in two folders
    # at once: papermill's cwd= would chdir the whole process under the other notebook's feet.
    import threading

    src = _notebook(tmp_path / "cwd.ipynb", "import os, time\ntime.sleep(0.5)\nprint(os.getcwd())")
    folders = [tmp_path / "a", tmp_path / "b"]
    for f in folders:
        f.mkdir()
    before = Path.cwd()
    seen: dict[str, str] = {}

    def one(folder: Path) -> None:
        out = folder / "out.ipynb"
        pm.execute_notebook(str(src), str(out), parameters={"x": 1}, kernel_name=runner.ensure_kernel(),
                            engine_name=kernels.ENGINE, kernel_cwd=str(folder), progress_bar=False)
        seen[folder.name] = _text(nbformat.read(out, as_version=4), 2).strip()

    threads = [threading.Thread(target=one, args=(f,)) for f in folders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == {"a": str(folders[0]), "b": str(folders[1])}
    assert Path.cwd() == before


def test_the_output_notebook_is_written_at_the_end_not_after_every_cell(tmp_path: Path, monkeypatch) -> None:
    import papermill.engines as engines

    writes: list[str] = []
    real = engines.write_ipynb
    monkeypatch.setattr(engines, "write_ipynb", lambda nb, path: (writes.append(path), real(nb, path)))
    src = _notebook(tmp_path / "many.ipynb", *(f"y{i} = {i}" for i in range(12)), "print(y11 + x)")
    nb = _run(src, tmp_path / "out.ipynb", tmp_path)
    assert _text(nb, 14).strip() == "12"
    assert len(writes) == 1  # papermill's own would be 2 per cell + 2
    assert nb.metadata.papermill["duration"] is not None


def test_fresh_kernels_are_not_reused(tmp_path: Path) -> None:
    pid = _notebook(tmp_path / "pid.ipynb", "import os\nprint(os.getpid())")
    pids = set()
    for i in range(2):
        out = tmp_path / f"f{i}.ipynb"
        pm.execute_notebook(str(pid), str(out), parameters={"x": 1}, kernel_name=runner.ensure_kernel(),
                            engine_name=kernels.ENGINE, kernel_cwd=str(tmp_path), fresh_kernel=True,
                            progress_bar=False)
        pids.add(_text(nbformat.read(out, as_version=4), 2))
    assert len(pids) == 2


def test_a_prestarted_kernel_runs_the_first_notebook_clean(tmp_path: Path) -> None:
    from toolkit import warm

    warm._LOCAL.warm.shutdown()  # this thread's kernel from the tests above
    warm.prestart(runner.ensure_kernel(), str(tmp_path), [], "import json as leaked_name; __import__('csv')")
    src = _notebook(tmp_path / "first.ipynb",
                    "import sys\nprint('csv' in sys.modules)",
                    "print(sorted(k for k in globals() if not k.startswith('_') and k not in "
                    "('In', 'Out', 'get_ipython', 'exit', 'quit', 'open', 'sys', 'x')))")
    nb = _run(src, tmp_path / "out.ipynb", tmp_path)
    assert _text(nb, 2).strip() == "True"  # the warm-up ran in that kernel
    assert _text(nb, 3).strip() == "['leaked_name']"  # a warm-up that binds a name leaks it: WARM_UP must not
    warm._LOCAL.warm.shutdown()
    warm.prestart(runner.ensure_kernel(), str(tmp_path), [], runner.WARM_UP)
    nb = _run(src, tmp_path / "out2.ipynb", tmp_path)
    assert _text(nb, 3).strip() == "[]"
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))


def test_a_prestarted_kernel_whose_warm_up_fails_is_replaced(tmp_path: Path) -> None:
    from toolkit import warm

    warm._LOCAL.warm.shutdown()
    warm.prestart(runner.ensure_kernel(), str(tmp_path), [], "raise ValueError('no warm-up')")
    first = warm._LOCAL.warm.km
    src = _notebook(tmp_path / "ok.ipynb", "print('fine')")
    nb = _run(src, tmp_path / "out.ipynb", tmp_path)
    assert _text(nb, 2).strip() == "fine"
    assert warm._LOCAL.warm.km is not first
