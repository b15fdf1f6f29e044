"""Progress of long work in a notebook: one line, updated in place, kept as the final count.

``for path in progress(paths, "审计 Auditing"): ...`` shows "审计 Auditing 3/7: qinghe-2023.md"
while it works and "审计 Auditing: 7/7 done" at the end. The line is a plain display output
(not a widget), so the executed notebook and its HTML export keep the final count. Outside a
Jupyter kernel (the command line, tests) nothing is shown unless ``show`` is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def _display_line() -> Callable[[str], None]:
    from IPython.display import display

    handle = display({"text/plain": ""}, raw=True, display_id=True)

    def show(text: str) -> None:
        handle.update({"text/plain": text}, raw=True)

    return show


def progress(items: Sequence[T], label: str, *, show: Callable[[str], None] | None = None) -> Iterator[T]:
    """Yield ``items``, reporting "label i/n: name" before each and "label: n/n done" after the last."""
    if show is None:
        if not _in_kernel():
            yield from items
            return
        show = _display_line()
    total = len(items)
    for i, item in enumerate(items, start=1):
        show(f"{label} {i}/{total}: {_name(item)}")
        yield item
    show(f"{label}: {total}/{total} done")


def _name(item: Any) -> str:
    return Path(item).name if isinstance(item, str | Path) else str(item)
