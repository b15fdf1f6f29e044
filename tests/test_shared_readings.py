"""The shared readings of session 10's perf pass (bench/README.md, issue 15) give the plain answers.

Each shortcut is compared with the computation it replaces: a process none of whose words occur in
a figure's words is not asked again of their prefix or suffix (``_naming``), ``stages_in`` reads only
the processes whose gate its text meets, ``_overlap`` with a floor looks only for longer runs, and
the figure model's memos (``_Doc.memo``) answer once per figure and afresh for a copy.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations import stages
from toolkit.relations.stages import _stage_in, load_stages, stages_in
from toolkit.relations.structure import _Doc, _overlap
from toolkit.relations.vocab import looks_past

# Written for these tests: stages named before and after the figures, a word read past its match
# ("办理" but not "办理完毕"), a referred stage (对…), levels, an aside, lists, figures naming nothing.
PARAGRAPH = ("本年度共收到申请318件,依法受理301件,办理完毕296件,不予受理17件。\n"
             "对办结事项回访240件,群众满意231件;市本级登记投诉52件,全市登记投诉415件。\n"
             "开展检查1,260家次,发现隐患87处,整改到位80处(其中限期整改12处),约谈企业9家。\n"
             "组织培训4期,培训人员360人次,新增持证人员45人,在编在岗人员210人。\n"
             # a word read past its match: 办理 names the stage in the label, not in 办理…中
             "全市共办理52件中,按期办结50件;本级依法办理26件中,已答复20件。\n")


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _fields(n: stages._Named | None) -> tuple | None:
    if n is None:
        return None
    return n.q.index, dict(n.stages), n.scope, n.place, n.words, n.mentions, n.period, n.rest


@pytest.mark.parametrize(("source", "end", "start"), [
    ("受理", False, False), ("办理(?!完毕|完成)", True, False), ("(?<!驳回)申请(?=复议)", True, True),
    ("(?:未|不予)$", True, False), ("^[,;]?受理", False, True), (r"结案\b", True, True),
    ("(?:收到|接到)[^,;。]{0,4}(?:申请|投诉)", False, False), ("(?:已?办结)+(?<=结)", False, True),
])
def test_looks_past_its_match_by_the_pattern(source: str, end: bool, start: bool) -> None:
    p = re.compile(source)
    assert looks_past(p, "end") is end and looks_past(p, "start") is start


def test_a_pattern_that_looks_past_nothing_matches_the_whole_where_it_matches_a_piece() -> None:
    """What ``_naming`` relies on: such a pattern matching a prefix (or a suffix) of a text
    matches the text; one that looks past its match may not ("办理" before "完毕")."""
    rng = random.Random(19)
    pieces = ["办理", "完毕", "受理", "不予", "申请", "复议", "结案", "已", "件", ",", "对"]
    patterns = [re.compile(s) for s in ("办理(?!完毕)", "(?<!不予)受理", "申请(?=复议)", "受理|办理", "已?结案$")]
    for _ in range(2000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        k = rng.randint(0, len(s))
        for p in patterns:
            if p.search(s[:k]) and not looks_past(p, "end"):
                assert p.search(s), (p.pattern, s, k)
            if p.search(s[k:]) and not looks_past(p, "start"):
                assert p.search(s), (p.pattern, s, k)
    assert re.search("办理(?!完毕)", "办理") and not re.search("办理(?!完毕)", "办理完毕")


def test_the_naming_that_skips_unsaid_processes_is_the_full_reading() -> None:
    """A figure's naming is the same when every process is asked of its label and its words
    after it (``_local`` all false: nothing skipped) as with the skips."""
    v = load_stages()
    d = _doc(PARAGRAPH * 2)
    quick = [_fields(stages._naming(d, q, v)) for q in d.qs]
    local = v._local
    object.__setattr__(v, "_local", dict.fromkeys(local, (False, False)))
    try:
        full = [_fields(stages._naming(d, q, v)) for q in d.qs]
    finally:
        object.__setattr__(v, "_local", local)
    assert quick == full
    object.__setattr__(v, "_local", dict.fromkeys(local, (True, True)))  # skipping every process
    try:
        unsafe = [_fields(stages._naming(d, q, v)) for q in d.qs]
    finally:
        object.__setattr__(v, "_local", local)
    assert unsafe != quick  # (the test can fail: a skip of a process whose words look past is wrong)
    named = [f for f in quick if f is not None and f[1]]
    assert len(named) >= 10  # the stages are read, not skipped: 收到, 受理, 办理完毕, 回访, 满意…
    assert any(f[2] == "own" for f in named) and any(f[2] == "whole" for f in named)


def test_stages_in_reads_the_processes_whose_gate_the_text_meets_as_all_of_them() -> None:
    v = load_stages()

    def plain(text: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for pid, befores, _, any_before, *_ in v.by_process:
            if any_before is not None and any_before(text):
                found = _stage_in(text, list(befores), v)
                if found is not None:
                    out[pid] = found
        return out

    rng = random.Random(23)
    pieces = ["在", "作出", "处罚", "决定", "的", "案件", "中", "收到", "受理", "办结", "不予", "整改", "发现",
              "检查", "立案", "回访", "满意", "持证", ",", "已", "申请", "复议"]
    seen = 0
    for _ in range(1500):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        got = stages_in(s)
        assert got == plain(s) and list(got) == list(plain(s)), s
        seen += bool(got)
    assert seen > 300


def _plain_overlap(a: str, b: str) -> int:
    best = 0
    for i in range(len(b)):
        for j in range(i + best + 1, len(b) + 1):
            if b[i:j] in a:
                best = j - i
            else:
                break
    return best


def test_the_longest_common_run_with_a_floor_is_the_plain_one_above_it() -> None:
    rng = random.Random(29)
    chars = "受理办结申请政府信息公开不予处理件"
    for _ in range(5000):
        a = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        b = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        plain = _plain_overlap(a, b)
        assert _overlap(a, b) == plain, (a, b)
        floor = rng.randint(0, 8)
        assert _overlap(a, b, floor=floor) == (plain if plain > floor else floor), (a, b, floor)
    assert _overlap("上年结转政府信息公开申请", "新收政府信息公开申请数量") == 8
    assert _overlap("上年结转", "新收政府信息公开申请数量", floor=3) == 3


def test_a_memo_is_computed_once_per_figure_and_afresh_for_a_copy() -> None:
    d = _doc("收到申请120件,办结115件,不予受理5件。")
    asked: list[int] = []

    def twice(doc: _Doc, q) -> int:
        assert doc is d
        asked.append(q.start)
        return q.start * 2

    assert [d.memo("twice", q, twice) for q in d.qs * 3] == [q.start * 2 for q in d.qs] * 3
    assert asked == [q.start for q in d.qs]
    copy = dataclasses.replace(d.qs[0], start=1)
    assert d.memo("twice", copy, twice) == 2 and d.memo("twice", copy, twice) == 2
    assert asked[-2:] == [1, 1]
    assert d.per_figure("twice", d.qs[1], lambda q: -1) == d.qs[1].start * 2  # one memo per name
