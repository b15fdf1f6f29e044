"""One reading of each figure's words, shared by the families: computed once per report.

Many families strip a figure's label, or a piece of it, to its Chinese characters before matching
their words against it ("的", "其中", figures and brackets gone). Each asked it afresh, a dozen
times a figure. Here each reading is computed on first ask and kept by the report's ``_Doc``
(``_Doc.memo``: one slot per figure of the document, dropped with the document, so memory stays
linear in the report and nothing is carried from one report to the next). A copy of a figure (not
the document's own object) is read afresh, as ``_Doc.memo`` does.

Every function here returns exactly what the plain computation it names returns (tests compare).
``_Doc.own_words`` is the Chinese words of the figure's last clause (``clause``); these are the
others the families read. ``holding`` lists, once per report, the figures whose words hold a rare
word (分别, 均, 占…) for the walks that look at those figures only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..quantities import Quantity
from .structure import _Doc

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def cjk(text: str) -> str:
    """``text``'s Chinese characters, in order (the plain computation the readings keep)."""
    return _NOT_CJK.sub("", text)


def label_words(d: _Doc, q: Quantity) -> str:
    """The Chinese characters of the figure's whole label: ``cjk(d.label(q))``."""
    return d.memo("label_words", q, _label_words)


def _label_words(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK.sub("", d.label(q))


def phrase_words(d: _Doc, q: Quantity) -> str:
    """The Chinese characters of the label after its last , or : -- ``cjk(d.phrase(q))``."""
    return d.memo("phrase_words", q, _phrase_words)


def _phrase_words(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK.sub("", d.phrase(q))


def piece_words(d: _Doc, q: Quantity, seps: str) -> str:
    """The Chinese characters of the label after the last of ``seps`` -- ``cjk(d.piece(q, seps))``,
    kept per set of separators."""
    return d.memo("piece_words" + seps, q, _piece_answer(seps))


@cache  # (one answer function per set of separators: a handful, fixed by the code)
def _piece_answer(seps: str) -> Callable[[_Doc, Quantity], str]:
    def answer(d: _Doc, q: Quantity) -> str:
        return _NOT_CJK.sub("", d.piece(q, seps))

    return answer


def holding(d: _Doc, word: str) -> list[Quantity]:
    """The document's figures whose label holds ``word`` (``word in d.label(q)``), in reading order,
    found once per report: a dozen families walk only the figures whose words hold 分别, and testing
    every figure's label for it was a walk over all the figures each. Found from where ``word``
    stands in the text (a rare word: a few ``str.find``), each place mapped to the one figure whose
    label can hold it -- the first starting after it (labels never overlap: each runs from the
    previous figure's end, or its segment's start, to its figure). Read-only: the list is shared."""
    key = "holding " + word
    found = d.cache.get(key)
    if found is None:
        found = d.cache[key] = _holding(d, word)
    return found  # type: ignore[return-value]


def _holding(d: _Doc, word: str) -> list[Quantity]:
    s, qs = d.s, d.qs
    ks: list[int] = []
    i = s.find(word)
    while i >= 0:
        k = d.before(i + len(word))  # the first figure starting after the word
        if k < len(qs) and (not ks or ks[-1] != k) and qs[k].start - len(d.label(qs[k])) <= i:
            ks.append(k)
        i = s.find(word, i + 1)
    return [qs[k] for k in ks]


# the words a figure's clause opens with when the figure's noun comes after it ("为1,873名劳动者追发…")
_BARE_LEAD = re.compile(r"^(?:其中)?(?:为|对|向|给|帮助|共|共有|涉及|惠及|覆盖)?$")
_AFTER_NOUN = re.compile(r"[\u4e00-\u9fff]{2,12}")


def named_after(d: _Doc, qs: list[Quantity]) -> dict[int, str]:
    """For messages: the words right after each figure whose own words before it are none or a bare
    preposition ("为1,873名劳动者追发工资…": 劳动者追发工资), so that a check does not call it "the numerator"."""
    out: dict[int, str] = {}
    for q in qs:
        if q.in_table or q.is_percent:
            continue
        before = _NOT_CJK.sub("", re.split(r"[,;:、。\n]", d.label(q))[-1])
        if not _BARE_LEAD.match(before):
            continue
        m = _AFTER_NOUN.match(d.after(q, 14))
        if m:
            out[q.index] = m.group()
    return out
