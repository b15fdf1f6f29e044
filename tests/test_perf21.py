"""The shared readings of session 12's perf pass (bench/README.md, issue 15) give the plain answers.

Each reading computed once per document is compared with the computation the families made per
figure before, on texts written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import random
import re

from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations.structure import _Doc

_PIECES = ["受理", "办结", "申请", "其中", "投诉", "举报", "行政复议", "案件", "予以公开", "部分公开", "分别为",
           "、", ",", ":", ";", "。", "(", ")", "|", "\n", "12件", "3.5%", "86人", "1,024起", "共", "合计",
           "同比增长", "全市", "2023年", "的", "和", " "]


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(n)]
    return [*out, "登记申请530件,答复497件(转下年33件)。公开210件、部分公开61件:不予公开9件",
            "全镇接到反映(含网上转来)1,204件,其中信件377件、上门827件;办理1,190件", "", "12件"]


def test_a_figures_label_pieces_are_the_splits_of_its_label() -> None:
    """``clause``/``phrase``/``piece``/``own_words``, listed once for the document by bisect over
    the separators, are the last piece of the label split at the separators each family used."""
    splits = {",:、": r"[,;:、。]", ",:": r"[,;:。]", ",": r"[,;。\n]", ",:、()": r"[,;:、。()\n]",
              ",:、()|": r"[,;:、。()!?\n|]"}
    for text in _texts(3000, 2112):
        d = _doc(text)
        for q in d.qs:
            label = d.label(q)
            for seps, pattern in splits.items():
                assert d.piece(q, seps) == re.split(pattern, label)[-1], (text, q.printed, seps)
            assert d.clause(q) == re.split(r"[,;:、。]", label)[-1]
            assert d.phrase(q) == re.split(r"[,;:。]", label)[-1]
            assert d.own_words(q) == re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[,;:、。]", label)[-1])


def test_a_copy_of_a_figure_gets_the_same_pieces() -> None:
    """A copy of a figure (not the document's own object) is read afresh, with the same answer."""
    import dataclasses

    for text in _texts(500, 2113):
        d = _doc(text)
        for q in d.qs:
            copy = dataclasses.replace(q)
            assert copy is not q
            for seps in (",:、", ",:", ",:、()|"):
                assert d.piece(copy, seps) == d.piece(q, seps), (text, seps)


def test_a_label_holds_none_of_the_characters_that_end_its_segment() -> None:
    """The premise of the pieces: a label never holds 。 ; ! ? or a line end (they end its segment),
    so a split at a set of separators that includes them is a split at the others only."""
    for text in _texts(3000, 2114):
        d = _doc(text)
        for q in d.qs:
            assert not set(d.label(q)) & set("。;!?\n！？"), (text, d.label(q))


def test_the_latest_stage_found_from_the_latest_down_is_the_plain_answer() -> None:
    """``_stage_in`` tries the stages from the latest down and stops at the first it finds: the
    same stage as trying every stage and keeping the latest found, negations included."""
    from toolkit.relations.stages import _INNER_NEGATION, _stage_in, load_stages

    v = load_stages()

    def plain(text: str, patterns: list) -> int | None:
        best = None
        for level, pat in enumerate(patterns):
            if pat is not None and any(not v.negation.search(text, 0, m.start())
                                       and not _INNER_NEGATION.search(m.group()) for m in pat.finditer(text)):
                best = level
        return best

    pieces = ["受理", "不予受理", "办结", "未办结", "审结", "立案", "处罚", "整改", "已整改", "发现", "检查", "答复",
              "申请", "收到", "并", "、", ",", "件", "起", "尚未", "免予", "决定"]
    rng = random.Random(2115)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(2000)]
    for _, levels in v.processes:
        for side in (0, 1):
            patterns = [pair[side] for pair in levels]
            for text in texts:
                assert _stage_in(text, patterns, v) == plain(text, patterns), text


def test_a_relations_signature_is_the_plain_one() -> None:
    """``Relation.signature`` reads an equality's values first (the roles it used to walk and drop
    first): the same identity as the plain computation, for every kind of relation found on texts."""
    from toolkit.relations import find_relations

    def plain(r) -> tuple:
        parts = []
        for role, v in sorted(r.roles.items()):
            if isinstance(v, list):
                parts.append((role, tuple(sorted(q.index for q in v))))
            elif v is not None:
                parts.append((role, v.index))
        if r.kind == "equal":
            return ("equal", tuple(sorted(q.index for q in r.roles["values"])))
        return (r.kind, tuple(parts))

    text = ("全年登记申请530件,答复497件。其中公开210件、部分公开61件,不予公开9件。受理复议申请41件,审结41件,"
            "审结率100%,同比增长7.9%。共排查隐患58个,已全部整改。整改隐患58个。")
    d = _doc(text)
    found = find_relations(d.text, d.qs, [], doc=d)
    assert {r.kind for r in found} >= {"bound", "ratio", "equal"}
    for r in found:
        assert r.signature() == plain(r)
