"""The shared readings of session 14's perf pass (``toolkit/relations/reading.py``, bench/README.md,
issue 15) give the plain answers, are kept per report and never leak from one report to the next.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import dataclasses
import random
import re

from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations import reading
from toolkit.relations.structure import _Doc

_PIECES = ["受理", "办结", "申请", "其中", "投诉", "举报", "行政复议", "案件", "予以公开", "分别为", "、", ",", ":",
           ";", "。", "(", ")", "|", "\n", "12件", "3.5%", "86人", "1,024起", "共", "合计", "同比增长", "全市",
           "2023年", "的", "和", " ", "A类", "x"]


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]
    return [*out, "登记申请530件,答复497件(转下年33件)。公开210件、部分公开61件:不予公开9件",
            "全镇接到反映(含网上转来)1,204件,其中信件377件、上门827件;办理1,190件", "", "12件"]


def _cjk(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", text)


def test_readings_are_the_plain_computations() -> None:
    """Each reading is the Chinese characters of the label, or of its piece after the separators,
    as the families computed it (a label holds no ; so a split at [,;:] is one at [,:])."""
    for text in _texts(2000, 2314):
        d = _doc(text)
        for q in d.qs:
            label = d.label(q)
            for _ in range(2):  # the first ask computes, the second reads what was kept
                assert reading.label_words(d, q) == _cjk(label), text
                assert reading.phrase_words(d, q) == _cjk(re.split(r"[,;:]", label)[-1]), text
                assert reading.piece_words(d, q, ",:、()") == _cjk(re.split(r"[,;:、。()\n]", label)[-1]), text
                assert reading.piece_words(d, q, ",:") == reading.phrase_words(d, q), text
                assert d.own_words(q) == _cjk(re.split(r"[,;:、]", label)[-1]), text


def test_a_reading_is_computed_once_per_figure(monkeypatch) -> None:
    """A figure asked again is answered from the report's memo, not computed again."""
    calls: list[int] = []
    plain = reading._label_words

    def counted(d: _Doc, q) -> str:
        calls.append(q.index)
        return plain(d, q)

    monkeypatch.setattr(reading, "_label_words", counted)
    d = _doc("全年受理投诉120件,办结112件,其中按期办结100件。")
    for _ in range(3):
        for q in d.qs:
            reading.label_words(d, q)
    assert sorted(calls) == [q.index for q in d.qs]


def test_no_reading_leaks_from_one_report_to_the_next() -> None:
    """Two reports whose figures share their positions in the list get each its own words: the
    memo lives on the report's ``_Doc`` (dropped with it), nothing is kept by the module."""
    a = _doc("受理投诉120件,办结112件")
    b = _doc("新收举报88件,审结80件")
    assert [q.index for q in a.qs] == [q.index for q in b.qs]
    first = [(reading.label_words(a, q), reading.phrase_words(a, q), reading.piece_words(a, q, ",:、()"))
             for q in a.qs]
    second = [(reading.label_words(b, q), reading.phrase_words(b, q), reading.piece_words(b, q, ",:、()"))
              for q in b.qs]
    assert first == [("受理投诉", "受理投诉", "受理投诉"), ("办结", "办结", "办结")]
    assert second == [("新收举报", "新收举报", "新收举报"), ("审结", "审结", "审结")]
    # (a report's figure asked of another report is that report's reading: no slot is shared)
    assert reading.label_words(b, a.qs[0]) == _cjk(b.label(a.qs[0]))
    # a fresh document of the same text starts with nothing kept
    assert "label_words" not in _doc("受理投诉120件,办结112件")._answers


def test_a_copy_of_a_figure_is_read_afresh() -> None:
    """A copy of a figure (not the document's own object) gets the same words, computed anew."""
    for text in _texts(300, 2315):
        d = _doc(text)
        for q in d.qs:
            copy = dataclasses.replace(q)
            assert reading.label_words(d, copy) == reading.label_words(d, q), text
            assert reading.piece_words(d, copy, ",:、()") == reading.piece_words(d, q, ",:、()"), text

