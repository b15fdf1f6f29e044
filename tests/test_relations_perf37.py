"""Session 27's perf pass (bench/README.md "perf37", issue 15): a vocabulary read with one scan of a text
(``vocab.VocabGate``: the patterns some character or pair of characters of the text opens) instead of a search
per word -- the 59 rate names of rates.yaml tried on every label and header, the categories of partitions.yaml and
the attributes of attributes.yaml tried on each part of a list. The gate is a necessary condition: it never
leaves out a pattern that matches the text (random texts made of the vocabularies' own words, and hypothesis),
and the readings through it are those of a search per word; a broken gate is seen.
"""

from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import random_texts
from toolkit.relations.vocab import VocabGate

named_rates = importlib.import_module("toolkit.relations.named_rates")
category_sets = importlib.import_module("toolkit.relations.category_sets")
completeness = importlib.import_module("toolkit.relations.completeness")


def _vocabularies() -> dict[str, list[re.Pattern]]:
    return {
        "rates": [r[0] for r in named_rates.rate_vocabulary()],
        "categories": [c for cats, _ in category_sets.category_sets() for c in cats],
        "attributes": [w for _, w in completeness._attributes()],
    }


def _pieces(patterns: list[re.Pattern]) -> list[str]:
    """The words of the patterns' sources, their halves and characters, and what stands around them."""
    words = {w for p in patterns for w in re.findall(r"[\u4e00-\u9fff]+", p.pattern)}
    halves = {w[: len(w) // 2] for w in words} | {w[len(w) // 2 :] for w in words}
    chars = {c for w in words for c in w}
    return [*sorted(words | halves | chars), "不", "未", "非", ",", "、", ":", "(", ")", "%", "12", "其中", "的", "率"]


def _matching(patterns: list[re.Pattern], text: str) -> set[int]:
    return {i for i, p in enumerate(patterns) if p.search(text)}


def test_the_gate_opens_every_pattern_a_text_matches() -> None:
    for name, patterns in _vocabularies().items():
        gate = VocabGate(patterns)
        texts = random_texts(_pieces(patterns), 1500, 27, longest=6)
        matched = 0
        for text in texts:
            found = _matching(patterns, text)
            matched += bool(found)
            assert found <= gate.opened(text), (name, text)
            assert gate.may_match(text) == sorted(gate.opened(text))
        assert matched >= 300, name  # (the texts do match the vocabulary: the test tests something)
        # and the gate rules something out: it is no gate that opens every pattern
        assert sum(len(gate.opened(t)) for t in texts) < len(patterns) * len(texts) / 2, name


_ANY_CHARS = st.text(alphabet=st.sampled_from(sorted({c for ps in _vocabularies().values() for c in "".join(
    _pieces(ps))})), max_size=16)


@settings(max_examples=400, deadline=None)
@given(_ANY_CHARS)
def test_the_gate_is_a_necessary_condition(text: str) -> None:
    for patterns in _vocabularies().values():
        assert _matching(patterns, text) <= VocabGate(patterns).opened(text)


class _Open:
    """A gate that opens every pattern: the reading by a search per word."""

    def __init__(self, n: int) -> None:
        self.n = n

    def opened(self, text: str) -> set[int]:
        return set(range(self.n))

    def may_match(self, text: str) -> list[int]:
        return list(range(self.n))


def _rate_readings(texts: list[str]) -> list[object]:
    return [(named_rates.named_rate_of(t), named_rates.first_rate_in(t)) for t in texts]


def _category_readings(texts: list[str]) -> list[object]:
    gate, starts = category_sets.category_gate()
    out = []
    for t in texts:
        for (cats, _), at in zip(category_sets.category_sets(), starts, strict=False):
            out.append(tuple(category_sets.category_of(t, cats, gate.opened(t), at, but) for but in (None, 0, 1)))
    return out


def test_rates_read_through_the_gate_as_by_a_search_each(monkeypatch) -> None:
    texts = ["整改率", "不满意率", ",办结率", "按期办结率", "直接办结率",
             *random_texts(_pieces(_vocabularies()["rates"]), 1500, 37, longest=5)]
    fast = _rate_readings(texts)
    assert sum(1 for a, _ in fast if a is not None) >= 100
    monkeypatch.setattr(named_rates, "rate_gate", lambda: _Open(len(named_rates.rate_vocabulary())))
    assert _rate_readings(texts) == fast


def test_categories_read_through_the_gate_as_by_a_search_each(monkeypatch) -> None:
    texts = ["予以公开", "部分公开", "不予公开", "乡镇卫生院", "医院",
             *random_texts(_pieces(_vocabularies()["categories"]), 1500, 47, longest=5)]
    fast = _category_readings(texts)
    assert sum(1 for r in fast if r[0] is not None) >= 100
    _, starts = category_sets.category_gate()
    monkeypatch.setattr(category_sets, "category_gate", lambda: (_Open(starts[-1]), starts))
    assert _category_readings(texts) == fast


def test_a_broken_gate_is_seen(monkeypatch) -> None:
    texts = ["整改率", ",办结率", "持证率"]
    fast = _rate_readings(texts)
    monkeypatch.setattr(named_rates, "rate_gate", lambda: _Open(0))  # opens nothing
    assert _rate_readings(texts) != fast


def test_a_vocabulary_read_anew_gets_its_own_gate(monkeypatch) -> None:
    # (a gate kept past its list would read another list's indexes: a cleared cache, a test's words)
    rates = [(re.compile("持证率"), re.compile("持证"), re.compile("人员"))]
    monkeypatch.setattr(named_rates, "rate_vocabulary", lambda: rates)
    assert named_rates.named_rate_of(",持证率") is rates[0]
    assert named_rates.first_rate_in("整改率") is None
