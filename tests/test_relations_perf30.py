"""Session 20's perf pass (bench/README.md "perf30", issue 15): each shortcut checked against the plain
computation on random texts, and shown to skip the work it saves (each of those tests fails on the
code before it).
"""

from __future__ import annotations

import importlib
import re

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

to_date = importlib.import_module("toolkit.relations.to_date")

_MONTH_PIECES = ["1-10月", "10月", "1至6月", "3月份", "前三季度", "上半年", "二季度", "12月底", "月末", "全区", "累计",
                 "发生事故", "受理", "办结", "实现", ",", ";", "。", "\n", "3起", "27起", "12件", "2024年", "5月", "-",
                 "至", "季度", "半年", "1", " "]


def _plain_period(d, q):
    """``to_date._period`` without its gate: the last period named before the figure in its sentence."""
    last = None
    for m in to_date._PERIODS.finditer(d.s, q.sentence[0], q.start):
        last = m
    if last is None:
        return None
    text = last.group(0)
    if to_date._RANGE.fullmatch(text):
        n = 9 if text == "前三季度" else 6 if text == "上半年" else int(last.group(1))
        return ("range", 1, n) if 1 < n <= 12 else None
    if last.group(2):
        month = int(last.group(2))
        return ("part", month, month) if 1 <= month <= 12 else None
    k = to_date._QUARTER[last.group(3)]
    return ("part", 3 * k - 2, 3 * k)


def test_a_figures_period_is_the_plain_scans() -> None:
    for text in random_texts(_MONTH_PIECES, 400, 3001):
        d = _doc(text)
        for q in d.qs:
            assert to_date._period(d, q) == _plain_period(d, q), (text, q.start)


class _Counting:
    """A pattern that counts its scans (and scans as the real one)."""

    def __init__(self, real: re.Pattern) -> None:
        self.real, self.scans = real, 0

    def finditer(self, *args):
        self.scans += 1
        return self.real.finditer(*args)


def test_a_sentence_naming_no_period_before_the_figure_is_not_scanned(monkeypatch) -> None:
    counting = _Counting(to_date._PERIODS)
    monkeypatch.setattr(to_date, "_PERIODS", counting)
    d = _doc("全区受理投诉312件,办结298件。10月,全区发生事故3起。")
    found = [to_date._period(d, q) for q in d.qs]
    assert found == [None, None, ("part", 10, 10)]
    assert counting.scans == 1  # (the third figure's sentence names 10月 before it; the first two name none)
