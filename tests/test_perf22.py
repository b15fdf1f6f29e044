"""The shortcuts of session 13's perf pass (bench/README.md, issue 15) give the plain answers.

Each shortcut is compared with the computation it replaces, on texts written for these tests or
drawn at random from pieces of such text.
"""

from __future__ import annotations

import random
import re

from toolkit.relations.stages import load_stages
from toolkit.relations.vocab import strip_all

_PIECES = ["受理", "办结", "已办结", "办理完毕", "申请", "收到", "新收", "转办", "回访", "其中", "投诉", "举报",
           "行政复议", "案件", "审结", "执结", "答复", "予以公开", "不予受理", "整改", "发现", "立案", "处罚",
           "分别为", "、", ",", ":", ";", "。", "(", ")", "12件", "3.5%", "共", "全市", "2023年", "的", "和", " ",
           "驳回申请", "申请复议", "生成工单", "诉求人", "x", "A"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30))) for _ in range(n)]
    return [*out, "全年新收群众来信420件,经审查依法受理398件,已办理完毕387件", "对已办结的事项回访215件", "", "件"]


def _plain_strip(text: str, patterns) -> str:
    covered = [False] * len(text)
    for pat in patterns:
        for m in pat.finditer(text):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    return "".join(ch for ch, c in zip(text, covered, strict=True) if not c)


def test_strip_all_removes_what_every_pattern_covers() -> None:
    """``strip_all`` (each pattern tried only where a character its matches need occurs) removes
    the union of every pattern's matches, as searching with every pattern did."""
    v = load_stages()
    per_process = [[p for pair in levels for p in pair if p is not None] for _, levels in v.processes]
    odd = [re.compile(r"(?<!驳回)申请"), re.compile(r"\d+件"), re.compile(r"x?"), re.compile(r"办结$"),
           re.compile(r"受理"), re.compile(r"受理")]  # a class, an empty match, an anchor, a repeat
    as_tuples = [tuple(pats) for pats in (*per_process, odd)]  # (a tuple's plan is found by its id)
    for text in _texts(1000, 2213):
        assert strip_all(text, v.stage_words) == _plain_strip(text, v.stage_words), text
        for pats, fixed in zip((*per_process, odd), as_tuples, strict=True):
            assert strip_all(text, pats) == strip_all(text, fixed) == _plain_strip(text, pats), text


def test_every_match_holds_a_pair_of_its_gate() -> None:
    """``bigram_gate``: each match of a stage word holds one of the pairs its gate names (so a text
    holding none is searched in vain); a class or an optional part alone gives no gate."""
    from toolkit.relations.vocab import bigram_gate

    v = load_stages()
    gates = [(p, bigram_gate(p)) for p in v.stage_words]
    assert sum(g is not None for _, g in gates) > len(gates) // 2
    for text in _texts(600, 2214):
        for p, gate in gates:
            for m in p.finditer(text) if gate is not None else ():
                assert any(pair in m.group() for pair in gate), (p.pattern, m.group())
    assert bigram_gate(re.compile(r"已?办结")) == frozenset({"办结"})
    assert bigram_gate(re.compile(r"受理|(?:新收)")) == frozenset({"受理", "新收"})
    assert bigram_gate(re.compile(r"[受办]理")) is None
    assert bigram_gate(re.compile(r"(?:办结)?")) is None
