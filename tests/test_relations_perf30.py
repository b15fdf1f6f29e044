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


stages = importlib.import_module("toolkit.relations.stages")
vocab = importlib.import_module("toolkit.relations.vocab")

_STAGE_PIECES = ["受理", "办结", "审结", "立案", "不予受理", "已办结", "投诉", "举报", "工单", "案件", "共", "全年", "对",
                 "未", "整改", "发现问题", "已整改", "转办", "回访", ",", ";", "。", "、", "12件", "7个", "86家", "的"]


def _plain_stage_in(text, patterns, v):
    for level in range(len(patterns) - 1, -1, -1):
        pat = patterns[level]
        if pat is not None and any(not v.negation.search(text, 0, m.start()) and not stages._INNER_NEGATION.search(m.group())
                                   for m in pat.finditer(text)):
            return level
    return None


def test_a_process_whose_words_occur_is_read_without_its_before_words_test(monkeypatch) -> None:
    """A figure's words holding a process's words: ``_stage_in`` reads its label at once -- where the
    alternation of the before words (``any_before``) finds nothing, neither does ``_stage_in``."""
    v = stages.load_stages()
    for text in random_texts(_STAGE_PIECES, 300, 3002, longest=8):
        for pid, befores, _, any_before, *_ in v.by_process:
            got = stages._stage_in(text, befores, v)
            assert got == _plain_stage_in(text, befores, v), (text, pid)
            if any_before is not None and not any_before(text):
                assert got is None, (text, pid)
    before_tests = {id(row[3]) for row in v.by_process if row[3] is not None}
    asked: list[int] = []
    real = vocab.Occurs.__call__

    def counting(self, text):
        asked.append(id(self))
        return real(self, text)

    monkeypatch.setattr(vocab.Occurs, "__call__", counting)
    d = _doc("全年受理投诉312件,办结298件。")
    named = [stages._naming(d, q, v) for q in d.qs]
    assert named[0].stages["requests"] == 1 and named[1].stages["requests"] == 2  # (受理, then 办结)
    assert not before_tests & set(asked)  # (no before words' test for a process whose words occur)
