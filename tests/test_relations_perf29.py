"""Session 19's perf pass (bench/README.md "perf29", issue 15): the label index lists, once per report,
each label character's figures, and a gate's figures are the union of its characters' lists -- each
shortcut checked against the plain computation, and broken once to show the comparison sees it.
"""

from __future__ import annotations

import importlib
import zlib

import pytest

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

label_index = importlib.import_module("toolkit.relations.label_index")
structure = importlib.import_module("toolkit.relations.structure")

_PIECES = ["全年", "受理", "办结", "问题", "隐患", "其余", "未办结的", "对", "的", "和", "及", "、", ",", ";", "。", ":",
           "\n", "(", ")", "12件", "3.5%", "86家", "1,024件", "7个", "共", "其中", "正在整改", "已整改", "尚有"]


def _plain_label_chars(d) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for q in d.qs:
        for c in sorted(set(d.label(q))):
            out.setdefault(c, []).append(q.index)
    return out


def _plain_holding_any(d, chars: str) -> list[int]:
    return [q.index for q in d.qs if any(c in d.label(q) for c in chars)]


def test_each_label_character_lists_every_figure_whose_label_holds_it() -> None:
    for text in random_texts(_PIECES, 400, 2901):
        d = _doc(text)
        assert label_index._label_chars(d) == _plain_label_chars(d), text


@pytest.mark.parametrize("chars", ["对", "的和", "、,", "问隐", "其余尚", "(", "\n", "X", "对对", "受办问隐其尚,"])
def test_a_gate_is_the_union_of_its_characters_figures(chars: str) -> None:
    for text in random_texts(_PIECES, 400, zlib.crc32(chars.encode()) % 1000 + 2900):
        d = _doc(text)
        plain = _plain_holding_any(d, chars)
        assert [q.index for q in label_index._union(d, label_index._label_chars(d), chars)] == plain, (text, chars)
        assert [q.index for q in label_index._holding_any(d, chars)] == plain, (text, chars)


def test_an_index_missing_a_figure_is_seen(monkeypatch) -> None:
    """(the comparison above sees a broken index: each character's list without its first, second
    or last figure)"""
    real = label_index._by_char if hasattr(label_index, "_by_char") else None
    assert real is not None
    for drop in (0, 1, -1):
        def broken(texts, drop=drop):
            return {c: ks[:drop] + ks[drop + 1 :] if drop != -1 else ks[:-1] for c, ks in real(texts).items()}

        monkeypatch.setattr(label_index, "_by_char", broken)
        missed = 0
        for text in random_texts(_PIECES, 200, 2902):
            d = _doc(text)
            missed += [q.index for q in label_index._holding_any(d, "对的和、")] != _plain_holding_any(d, "对的和、")
        assert missed, drop
    monkeypatch.setattr(label_index, "_by_char", real)


def test_a_gate_scans_the_text_for_none_of_its_characters(monkeypatch) -> None:
    """The labels are read once per report; a gate asks no character's places of the text."""
    d = _doc("全年受理投诉120件,办结118件,对其中12件回访;问题3个已整改。")
    label_index._label_chars(d)  # (the index: read once)

    def scanned(s: str, c: str):
        raise AssertionError(f"scanned the text for {c!r}")

    monkeypatch.setattr(structure, "_char_positions", scanned)
    assert [q.value for q in label_index._holding_any(d, "对问")] == [12, 3]
    assert label_index._holding_any(d, "隐尚") == []
