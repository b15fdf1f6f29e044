"""A test's whole is what passed and what failed: "抽检农产品样品1,845批次,合格1,829批次,合格率99.1%。
检出不合格样品16批次" -- 1,845 = 1,829 + 16, with no 其中 and the two parts a sentence apart.

Every item a pass/fail test looks at ends on one side (``complement_splits.pairs`` of
catalog/distributed.yaml: 合格/不合格, 达标/不达标 …). The whole is the figure right before the
passing one in its sentence, of its unit, larger, whose own words name a test (``tests``); the
failing part is the next figure of the unit after the passing one -- in its sentence or the next,
past rates only -- whose own words name the other side. A list of grades (优秀…良好…合格…不合格)
has its first grade right after the whole, not 合格: it is a graded list's, not this one's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold_any
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import SENT_END, _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocab() -> tuple[list[tuple[re.Pattern, re.Pattern]], re.Pattern]:
    return read_section("distributed.yaml", "complement_splits", lambda v, _: (
        [(re.compile(str(p["passed"])), re.compile(str(p["failed"]))) for p in v["pairs"]],
        re.compile(str(v["tests"]))))


def _plain(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or d.in_parentheses(q))


def _words(d: _Doc, q: Quantity) -> str:
    """The figure's own words, and those right after it when it has none ("16批次不合格")."""
    own = d.own_words(q)
    return own or _NOT_CJK.sub("", re.split(r"[,;。、]", d.after(q, 12))[0])


def complement_splits(d: _Doc) -> list[Relation]:
    """The sum of each test's whole over its passing and its failing figure."""
    pairs, tests = _vocab()
    out: list[Relation] = []
    # (a passing figure's words -- its own, or the 12 after it -- hold a character of a passing word)
    for x in may_hold_any(d, [ok for ok, _ in pairs], after=12):
        if not x.index or not _plain(d, x):
            continue
        own = _words(d, x)
        side = next((fail for ok, fail in pairs if ok.search(own) and not fail.search(own)), None)
        if side is None:
            continue
        w = d.qs[x.index - 1]  # the whole: right before the passing figure, in its sentence
        if w.sentence != x.sentence or not _plain(d, w) or not compatible(w, x) or w.value <= x.value \
                or not tests.search(d.own_words(w)):
            continue
        end = d.next_end(x.sentence[1] + 1, SENT_END)  # (its sentence and the next)
        after = [q for q in d.in_range(x.end, end) if not q.is_percent]
        if not after or not _plain(d, after[0]) or not compatible(after[0], x):
            continue  # the next figure is of another unit, a change or an aside: not the failing side
        y = after[0]
        hit = side.search(words := _words(d, y))
        if hit is None or "中" in words[hit.end():]:
            continue  # ("发现问题的单位中有3家…": a part of the failing ones, not all of them)
        out.append(Relation("sum", "sum.breakdown", {"total": w, "parts": [x, y]}))
    return out
