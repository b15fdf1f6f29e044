"""Session 15's perf pass (bench/README.md "perf25", issue 15): work several families did afresh is
done once per report, and a walk skips what its answer cannot need -- with the same answers.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import dataclasses
import importlib

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

# (the modules, not the package's functions of the same names)
adjacent, closings, distant, rectified, restated_prose = (importlib.import_module(f"toolkit.relations.{m}") for m in (
    "adjacent", "closings", "distant", "rectified", "restated_prose"))

_PIECES = ["全年", "共", "受理", "办结", "投诉", "举报", "案件", "问题", "隐患", "已整改", "正在整改", "其中", "合计",
           "共计", "、", ",", ";", "。", "\n", "一、基本情况\n", "二、办理情况\n", "12件", "3.5%", "86人", "1,024件",
           "2023年", "的", "城区", "郊区", "其余"]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_PIECES, n, seed)


_SUMMARY = ("2023年劳动人事争议仲裁工作报告\n一、基本情况\n全年共受理劳动人事争议案件1,862件,审结1,840件。\n"
            "二、案件受理\n全年受理劳动人事争议案件1,826件,其中劳动报酬争议1,200件。\n")


def test_restated_prose_keys_are_the_plain_keys() -> None:
    """``_keys`` lists every figure's ``_key`` that is not None, in order, as the families read them."""
    v = restated_prose._vocab()
    for text in [*_texts(800, 1501), _SUMMARY]:
        d = _doc(text)
        year = restated_prose._year(d)
        plain = [(q, k) for q in d.qs if (k := restated_prose._key(d, q, v, year)) is not None]
        assert restated_prose._keys(d) == plain, text
        assert restated_prose._keys(d) is restated_prose._keys(d)  # (kept for the report)


def test_restated_prose_reads_each_key_once(monkeypatch) -> None:
    """The summary's totals and the section's restatements walk the same keys: each figure's key is
    read at most once for both families (they read every figure's sentence each)."""
    calls: list[int] = []
    plain = restated_prose._key

    def counted(d, q, v, year):
        calls.append(q.index)
        return plain(d, q, v, year)

    monkeypatch.setattr(restated_prose, "_key", counted)
    d = _doc(_SUMMARY)
    first = restated_prose.restated_prose(d, [])
    second = restated_prose.restated_in_section(d, [])
    assert len(calls) == len(set(calls))  # (perf26a: only figures no other precedes in their sentence are read)
    assert set(calls) >= {q.index for q, _ in restated_prose._keys(d)}
    assert [[q.value for q in r.roles["values"]] for r in first] == [[1862, 1826]]  # (restated, mistyped)
    assert second == []


def test_rectified_splits_skip_a_report_naming_nothing_found(monkeypatch) -> None:
    """Every figure of problems found names 问题 or 隐患: a report with neither is not walked."""
    calls: list[int] = []
    plain = rectified._found
    monkeypatch.setattr(rectified, "_found", lambda d, q: calls.append(q.index) or plain(d, q))
    assert rectified.rectified_splits(_doc("受理投诉120件,已办结100件,正在办理20件。")) == []
    assert calls == []
    d = _doc("检查发现问题183个,已整改156个,正在整改27个。")
    found = rectified.rectified_splits(d)
    assert [(r.roles["total"].value, [p.value for p in r.roles["parts"]]) for r in found] == [(183, [156, 27])]


class _Counting:
    """A compiled pattern's stand-in that counts its ``match`` calls."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_trailing_total_words_read_once_per_figure(monkeypatch) -> None:
    """A closing figure's words are matched against the trailing-total pattern once, not three times;
    the totals found are the same."""
    counting = _Counting(closings._TRAILING_TOTAL)
    monkeypatch.setattr(closings, "_TRAILING_TOTAL", counting)
    d = _doc("城区检查企业120家、郊区检查企业80家和农村检查企业60家,全年检查企业260家。")
    found = closings._trailing_totals(d)
    assert counting.calls <= len(d.qs)
    assert [r.roles["total"].value for r in found if r.kind == "sum"] in ([], [260])


def test_a_sentence_whole_is_read_once(monkeypatch) -> None:
    """The walks over the sentences after a whole ask ``_is_whole`` of the same first figure: its
    words are read once per figure and sentence start, a copy of a figure afresh."""
    calls: list[int] = []
    plain = adjacent.is_additive
    monkeypatch.setattr(adjacent, "is_additive", lambda d, q: calls.append(q.index) or plain(d, q))
    d = _doc("全年共受理投诉3,480件,城区1,865件,郊区1,240件,农村375件。")
    whole = d.qs[0]
    answers = [adjacent._is_whole(d, whole, 0) for _ in range(3)]
    assert answers == [answers[0]] * 3 and calls == [0]
    copy = dataclasses.replace(whole)
    assert adjacent._is_whole(d, copy, 0) == answers[0] and calls == [0, 0]


def test_distant_walk_reads_the_sentence_words_only_past_a_line_end(monkeypatch) -> None:
    """A later stage opening a sentence of the same line as the figures before it is decided without
    reading its sentence's own words for crossing a line (none is crossed); the funnel is the same."""
    calls: list[int] = []
    plain = distant._sentence_rest
    monkeypatch.setattr(distant, "_sentence_rest", lambda d, p, pid=None: calls.append(p.q.index) or plain(d, p, pid))
    d = _doc("全年收到投诉1,206件,咨询2,040件。检查企业312家。")
    assert distant.distant_funnels(d, []) == []
    assert calls == []
