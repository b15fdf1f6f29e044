"""Offset maps: for every character of a derived text, the offset of the original character it
came from, kept compact (``array('q')``, or runs in ``OffsetMap``) because a report's text is long."""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator
from itertools import islice

import numpy as np

# The offset map's element type: 64-bit signed, whatever the platform's C long.
OFFSETS = "q"


def offsets(values=()) -> array:
    """A compact offset map (``array('q')``) holding ``values``."""
    return array(OFFSETS, values)


class OffsetMap:
    """A read-only offset map stored as runs: original offsets go up by one from character to
    character nearly everywhere, so one (start, offset) pair per run stands for the run (a
    7-million-character text: 55 MB as an ``array('q')``, about 2 MB as runs). Reads like the
    array: ``len``, ``[i]`` (negative too), slices, iteration, equality."""

    __slots__ = ("_bases", "_len", "_starts")

    def __init__(self, values=()) -> None:
        values = values if isinstance(values, array) and values.typecode == OFFSETS else offsets(values)
        self._len = len(values)
        # A run starts at 0 and wherever values[i] != values[i - 1] + 1. numpy (loaded by the
        # readers already) finds them: this runs once per report, over every character.
        v = np.frombuffer(values, dtype=np.int64) if values else np.zeros(0, dtype=np.int64)
        starts = np.flatnonzero(v[1:] != v[:-1] + 1) + 1
        if len(v):
            starts = np.concatenate((np.zeros(1, dtype=np.int64), starts))
        self._starts, self._bases = offsets(), offsets()
        self._starts.frombytes(starts.astype(np.int64).tobytes())
        self._bases.frombytes(v[starts].tobytes())

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int | slice) -> int | array:
        if isinstance(i, slice):
            return offsets(self[j] for j in range(*i.indices(self._len)))
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset map index out of range")
        k = bisect.bisect_right(self._starts, i) - 1
        return self._bases[k] + i - self._starts[k]

    def __iter__(self) -> Iterator[int]:
        ends = [*islice(self._starts, 1, None), self._len] if self._len else []
        for start, base, end in zip(self._starts, self._bases, ends, strict=True):
            yield from range(base, base + end - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetMap):
            return (self._len, self._starts, self._bases) == (other._len, other._starts, other._bases)
        try:
            return len(other) == self._len and all(a == b for a, b in zip(self, other, strict=True))  # type: ignore[arg-type]
        except TypeError:
            return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"OffsetMap({len(self._starts)} runs over {self._len} characters)"
