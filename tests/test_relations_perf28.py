"""Session 18's perf pass (bench/README.md "perf28", issue 15): the label index maps a gate's places to
figures in C, a character the text lacks is not scanned for, and two more walks (rest splits,
rectified splits) visit only the figures the index keeps -- each checked against the plain
computation, and each shortcut broken once to show the comparison sees it.
"""

from __future__ import annotations

import importlib
import re
import zlib

import pytest

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

label_index = importlib.import_module("toolkit.relations.label_index")
structure = importlib.import_module("toolkit.relations.structure")

_PIECES = ["全年", "受理", "办结", "问题", "隐患", "其余", "未办结的", "对", "的", "和", "及", "、", ",", ";", "。", ":",
           "\n", "(", ")", "12件", "3.5%", "86家", "1,024件", "7个", "共", "其中", "正在整改", "已整改", "尚有"]


def _plain_holding_any(d, chars: str) -> list[int]:
    return [q.index for q in d.qs if any(c in d.label(q) for c in chars)]


def _plain_after_holding(d, chars: str, reach: int) -> list[int]:
    return [q.index for q in d.qs if any(c in d.after(q, reach) for c in chars)]


def test_label_starts_and_figure_ends_are_each_figures_then_one_no_place_reaches() -> None:
    for text in random_texts(_PIECES, 300, 2801):
        d = _doc(text)
        assert label_index._label_starts(d) == [q.start - len(d.label(q)) for q in d.qs] + [len(d.s) + 1]
        assert label_index._ends(d) == [q.end for q in d.qs] + [len(d.s) + 1]


@pytest.mark.parametrize("chars", ["对", "的和", "、,", "问隐", "其余尚", "(", "\n", "X"])
def test_places_mapped_in_c_give_the_plain_figures(chars: str) -> None:
    for text in random_texts(_PIECES, 400, zlib.crc32(chars.encode()) % 1000):
        d = _doc(text)
        assert [q.index for q in label_index._holding_any(d, chars)] == _plain_holding_any(d, chars), (text, chars)
        for reach in (1, 2, 6, 24):
            assert [q.index for q in label_index._after_holding(d, chars, reach)] == _plain_after_holding(
                d, chars, reach), (text, chars, reach)


def test_a_label_start_one_off_is_seen(monkeypatch) -> None:
    """(the comparison above sees a broken index: each label taken to start one character late)"""
    real = label_index._label_starts
    monkeypatch.setattr(label_index, "_label_starts", lambda d: [k + 1 for k in real(d)])
    missed = 0
    for text in random_texts(_PIECES, 200, 2802):
        d = _doc(text)
        missed += [q.index for q in label_index._holding_any(d, "对的和、")] != _plain_holding_any(d, "对的和、")
    assert missed


def test_labelled_is_every_figure_whose_whole_label_is_one_given() -> None:
    labels = frozenset({",", ";"})
    for text in random_texts(_PIECES, 400, 2803):
        d = _doc(text)
        assert [q.index for q in label_index.labelled(d, labels)] == [q.index for q in d.qs if d.label(q) in labels]
    d = _doc("受理57件,办结54件,3件正在办理")
    assert [q.value for q in label_index.labelled(d, labels)] == [3]  # (",办结54件": a label of its own words)


def test_a_character_the_text_lacks_is_not_scanned_for(monkeypatch) -> None:
    monkeypatch.setattr(structure, "_ONE_CHAR", {})
    assert list(structure._char_positions("受理57件,办结54件", "X")) == []
    assert "X" not in structure._ONE_CHAR  # (no pattern compiled, no scan: an empty list at once)
    assert list(structure._char_positions("受理57件,办结54件,", ",")) == [5, 11]
    for text in random_texts(_PIECES, 300, 2804):
        for c in ",、问X\n(":
            assert list(structure._char_positions(text, c)) == [i for i, x in enumerate(text) if x == c]
        d = _doc(text)
        for chars in ("XY,", "问隐X", ",;、", "XYZ"):  # (a set's positions: its present characters' merged)
            assert list(d.positions(chars)) == list(structure._positions(d.s, chars)), (text, chars)


# (module, family, the index names its walk is made of, the one the sentence's relation needs, a sentence it reads)
_REST, _RECTIFIED = ("may_hold_any", "labelled"), ("holding_any", "after_holding")
_WALKS = [
    ("added", "rest_splits", _REST, "may_hold_any", "全年受理投诉57件,办结54件,其余3件正在办理。"),
    ("added", "rest_splits", _REST, "labelled", "全年受理投诉57件,办结54件,3件正在办理中。"),  # (a bare comma)
    ("added", "rest_splits", _REST, "may_hold_any", "受理信访事项120件,办结112件,尚未办结的8件。"),
    ("rectified", "rectified_splits", _RECTIFIED, "holding_any", "审计指出问题183个,已整改156个,正在整改27个。"),
    ("rectified", "rectified_splits", _RECTIFIED, "after_holding", "排查出168个隐患,已整改150个,正在整改18个。"),
]
_NOISE = ["全年", "受理", "办结", "其余", "剩余", "尚有", "另有", "未办结的", "尚未整改", "已整改", "正在整改", "正在办理",
          "问题", "隐患", "个", ",", ";", "。", "、", "其中", "12件", "3件", "7个", "20个"]
_PIECE = re.compile(r"\d[\d,.]*(?:%|[\u4e00-\u9fff]{0,2}(?=[,;、。()]|$))|[,;:、。()\n]|[^\d,;:、。()\n]{1,3}")


def _key(r) -> tuple:
    return r.rule, [(k, [q.index for q in v] if isinstance(v, list) else getattr(v, "index", v))
                    for k, v in sorted(r.roles.items())]


def _plain(name: str):
    """The walk over every figure (what the index stands in for)."""
    return {"holding_any": lambda d, c: d.qs, "after_holding": lambda d, c, n: d.qs,
            "may_hold_any": lambda d, ps, after=0: d.qs, "labelled": lambda d, labels: d.qs}[name]


def _missing(real, k: int):
    """A broken index: every list it gives misses its figure ``k`` (its first, second or last)."""
    def broken(*a, **kw) -> list:
        found = list(real(*a, **kw))
        return [q for i, q in enumerate(found) if i != k % max(len(found), 1)]
    return broken


@pytest.mark.parametrize(("mod", "family", "names", "needed", "sentence"), _WALKS,
                         ids=[f"{c[1]}-{i}" for i, c in enumerate(_WALKS)])
def test_walk_by_the_index_finds_what_the_walk_over_every_figure_finds(
        monkeypatch, mod: str, family: str, names: tuple[str, ...], needed: str, sentence: str) -> None:
    module = importlib.import_module(f"toolkit.relations.{mod}")
    texts = [sentence, *random_texts(_PIECE.findall(sentence) + _NOISE, 300, zlib.crc32(sentence.encode()) % 1000,
                                     longest=30)]
    run = getattr(module, family)
    found = [[_key(r) for r in run(_doc(t))] for t in texts]
    assert found[0], sentence  # (the family reads its sentence: the comparison is not empty)
    real = {name: getattr(module, name) for name in names}
    for name in names:
        monkeypatch.setattr(module, name, _plain(name))
    assert [[_key(r) for r in run(_doc(t))] for t in texts] == found
    for name in names:
        monkeypatch.setattr(module, name, real[name])
    seen = []  # the index the sentence needs broken alone (the other real): its miss is seen
    for k in (0, 1, -1):
        monkeypatch.setattr(module, needed, _missing(real[needed], k))
        seen.append([[_key(r) for r in run(_doc(t))] for t in texts] != found)
    assert any(seen), needed
