"""The shared readings of session 14's perf pass (``toolkit/relations/reading.py``, bench/README.md,
issue 15) give the plain answers, are kept per report and never leak from one report to the next.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import dataclasses
import random
import re

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts
from toolkit.relations import reading
from toolkit.relations.structure import _Doc

_PIECES = ["受理", "办结", "申请", "其中", "投诉", "举报", "行政复议", "案件", "予以公开", "分别为", "、", ",", ":",
           ";", "。", "(", ")", "|", "\n", "12件", "3.5%", "86人", "1,024起", "共", "合计", "同比增长", "全市",
           "2023年", "的", "和", " ", "A类", "x"]


def _texts(n: int, seed: int) -> list[str]:
    out = random_texts(_PIECES, n, seed, longest=40)
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


_STAGE_PIECES = ["受理", "办结", "已办结", "办理完毕", "申请", "收到", "新收", "转办", "回访", "其中", "投诉",
                 "审结", "执结", "答复", "予以公开", "不予受理", "整改", "发现", "立案", "处罚", "驳回申请", "结办",
                 "理受", "、", ",", ":", "。", "(", ")", "12件", "3.5%", "共", "全市", "的", "对", "已", "x"]


def _stage_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_STAGE_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(n)]


def test_a_process_left_out_by_its_pairs_has_no_word_in_the_text() -> None:
    """``processes_met`` leaves a process out only when none of its words occurs in the text (nor in
    any piece of it, nor in it with a stage word after 对 written over by full-width commas)."""
    from toolkit.relations.stages import load_stages

    v = load_stages()
    by_pairs = 0  # processes left out that a character of their gate would have met
    for text in _stage_texts(3000, 2316):
        met = {row[0] for row in v.processes_met(text)}
        for row in v.by_process:
            if row[0] in met:
                continue
            by_pairs += row[7] is None or bool(row[7] & set(text))
            for piece in (text, text[: len(text) // 2], text[len(text) // 2 :], text.replace("办结", "，，")):
                assert not any(p.search(piece) for p in row[6]), (text, row[0])
    assert by_pairs > 1000


def test_characters_of_a_pair_apart_do_not_meet_its_process() -> None:
    """A text holding a process's characters but none of the pairs its words need ("结…办" holds
    办 and 结, not 办结) is not searched with that process's words."""
    from toolkit.relations.stages import load_stages
    from toolkit.relations.vocab import pairs_over

    v = load_stages()
    tried = 0
    for row in v.by_process:
        pairs = pairs_over(row[6], "，")
        if not pairs:
            continue
        for pair in sorted(pairs):
            text = pair[1] + "x" + pair[0]  # both characters, never side by side
            if any(p.search(text) for p in row[6]):
                continue
            assert row[0] not in {r[0] for r in v.processes_met(text)}, (row[0], pair)
            tried += 1
    assert tried > 20


def test_naming_reads_as_with_every_process(monkeypatch) -> None:
    """A figure's naming is the same when every process is read, whatever its gate."""
    from toolkit.relations import stages

    v = stages.load_stages()
    texts = [t + "12件" + s for t, s in zip(_stage_texts(1500, 2317), _stage_texts(1500, 2318), strict=True)]
    gated = []
    for t in texts:
        d = _doc(t)
        gated.append([repr(stages._naming(d, q, v)) for q in d.qs])
    monkeypatch.setattr(type(v), "processes_met", lambda self, text: self.by_process)
    for t, want in zip(texts, gated, strict=True):
        d = _doc(t)
        assert [repr(stages._naming(d, q, v)) for q in d.qs] == want, t


def test_the_figures_holding_a_word_are_those_whose_label_holds_it() -> None:
    """``holding(d, word)`` lists, in reading order, the figures whose label holds the word -- a word
    split by a figure, cut by a segment's end or shared by two labels included -- once per report."""
    pieces = [*_PIECES, "分别", "分", "别", "分别为", "分别办结", "。分别", "分别12件"]
    rng = random.Random(2320)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        d = _doc(text)
        for word in ("分别", "其中", "、"):
            want = [q for q in d.qs if word in d.label(q)]
            assert reading.holding(d, word) == want, (text, word)
            assert reading.holding(d, word) is reading.holding(d, word)  # kept for the report
    a, b = _doc("甲、乙分别受理12件、8件"), _doc("受理12件,办结8件")
    assert [q.printed for q in reading.holding(a, "分别")] == ["12件"]
    assert reading.holding(b, "分别") == []  # (nothing carried from the report before)
