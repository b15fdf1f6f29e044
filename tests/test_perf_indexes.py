"""The indexes, gates and shared objects of the perf work give the plain computation's answers.

Each speed-up or memory cut (bench/README.md, issues 14 and 15) is compared with the computation it
replaces: ``_tied`` with every pair of every relation listed, ``_in_which`` with a scan of the
whole text, the carry-over positions with a scan per walk, ``Occurs`` with ``pattern.search``, the
shared naming of a figure with one computed afresh, shared evidence with evidence built per
check. One test counts work, not time: a figure is named at most once however many families ask.
"""

from __future__ import annotations

import itertools
import random
import re

import pytest

import toolkit
from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations import stages
from toolkit.relations.bounds import _tied
from toolkit.relations.model import Relation
from toolkit.relations.stages import carried_over_at, load_stages
from toolkit.relations.structure import _Doc
from toolkit.relations.sums import _IN_WHICH, _in_which
from toolkit.relations.vocab import Occurs, around, lacks, literal_gate, matches_at, pairs_over

# Written for these tests: funnels within a sentence and across two, a level of the whole, an
# 'all' clause, carried-over work, an aside, lists, and figures naming nothing.
PARAGRAPH = ("全年收到群众信件450件,办结430件。受理复议申请64件,审结58件。\n"
             "全县共收到投诉举报860件,已办结812件(含上年结转30件)。\n"
             "其中,在新受理的案件中,立案调查95起,结案88起。本级受理申请41件,全县受理申请230件,均已按期答复。\n"
             "组织执法培训6期,参训人员420人次,180人次取得执法资格。共发现问题73个,已整改70个。\n")


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _plain_related_pairs(found: list[Relation]) -> set[tuple[int, int]]:
    """Every pair of figures some relation of ``found`` ties (what the funnels listed before)."""
    pairs: set[tuple[int, int]] = set()
    for r in found:
        idx = sorted({q.index for q in r.quantities()})
        if len(idx) <= 12:
            pairs.update(itertools.combinations(idx, 2))
    return pairs


def test_tied_pairs_are_those_of_every_pair_listed() -> None:
    d = _doc(PARAGRAPH * 3)
    qs = d.qs
    rng = random.Random(5)
    for _ in range(300):
        found = []
        for _ in range(rng.randint(0, 8)):
            figs = rng.sample(qs, rng.randint(1, min(len(qs), 15)))
            kind = rng.choice(["sum", "equal", "bound"])
            if kind == "sum":
                found.append(Relation("sum", "sum.test", {"total": figs[0], "parts": figs[1:]}))
            elif kind == "equal":
                found.append(Relation("equal", "equal.test", {"values": figs[:2]}))
            else:
                found.append(Relation("bound", "bound.test", {"smaller": figs[0], "larger": figs[-1]}))
        wanted = {tuple(sorted(rng.sample(range(len(qs)), 2))) for _ in range(rng.randint(0, 30))}
        assert _tied(found, wanted) == _plain_related_pairs(found) & wanted  # type: ignore[arg-type]


def _plain_in_which(s: str) -> list[tuple[int, int]]:
    return [m.span() for m in _IN_WHICH.finditer(s)]


@pytest.mark.parametrize("s", [
    "在受理的申请中,公开30件。",
    "\n所有答复件中,按期答复12件;全部案件中,结案9件。",
    "上述12件中,维持5件",
    "中,",
    "。中,;在中,\n\n全部中,",
    "这一大段文字超过十二个字符的句子开头中,不算",
])
def test_in_which_openers_are_those_of_the_whole_text_scan(s: str) -> None:
    assert [m.span() for m in _in_which(_doc(s))] == _plain_in_which(s)


def test_in_which_openers_on_random_texts() -> None:
    rng = random.Random(3)
    pieces = ["在", "所有", "全部", "受理", "的", "申请", "中", ",", "。", ";", "\n", "12件", "!", "?", "中,", ":"]
    for _ in range(2000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _in_which(_doc(s))] == _plain_in_which(s), s


def test_carried_over_positions_are_listed_once_and_are_the_scan() -> None:
    v = load_stages()
    d = _doc(PARAGRAPH * 2)
    first = carried_over_at(d, v)
    assert first == [m.start() for m in v.carry_over.finditer(d.s)] and first
    assert carried_over_at(d, v) is first


PATTERNS = [r"已?办结|收到|(?:裁定)?准予执行", r"(?<![平人])均|全部|一律", r"出具.{0,4}答复(?:书|告知书)?",
            r"(?:[区市县](?:政府)?)?本级|[省市县区](?:级|直)(?:部门|单位)?(?!以上|以下)",
            r"已?(?:向社会)?公开(?:发布|并(?:逐件|逐一)?解读)?$", r"[书证]件", r"(?:ab)+c?|x{2,}"]


@pytest.mark.parametrize("source", PATTERNS)
def test_occurs_answers_as_search_does(source: str) -> None:
    plain = re.compile(source)
    gate = literal_gate(plain)
    assert gate  # each of these needs some character
    occurs = Occurs(plain)
    alphabet = sorted({c for p in PATTERNS for c in p if c.isalnum()} | set(",。()\n"))
    rng = random.Random(source)
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert occurs(s) == (plain.search(s) is not None), s
        for m in plain.finditer(s):  # the gate is sound: every match holds one of its characters
            assert set(m.group()) & gate, (s, m.group())


@pytest.mark.parametrize("source", [r"\d+", r"x?y?", r"[^a]", r"(?i:ab)", r"(?i)ab", r"a|\d"])
def test_no_gate_where_a_match_needs_no_known_character(source: str) -> None:
    """Classes, case-insensitive parts, optional parts only, an alternative without a literal:
    no gate, the pattern searches alone."""
    assert literal_gate(re.compile(source)) is None
    for s in ["", "ab", "AB", "7", "xy"]:
        assert Occurs(re.compile(source))(s) == (re.compile(source).search(s) is not None)


@pytest.mark.parametrize(("source", "gate"), [(r".办", "办"), (r"[^a]b", "b"), (r"(?i:a)b", "b"),
                                              (r"\d+件", "件"), (r"[书证]件?", "书证"), (r"已?办结|收到", "办收")])
def test_the_gate_is_a_character_each_alternative_needs(source: str, gate: str) -> None:
    assert literal_gate(re.compile(source)) == frozenset(gate)


def test_the_stage_vocabulary_occurs_where_it_is_found() -> None:
    v = load_stages()
    rng = random.Random(9)
    pieces = ["收到", "受理", "办结", "已", "不予", "出具", "答复书", "整改", "执法", "持有", "证", "本级", "全区",
              "参训", "取得", "培训", "结转", "立案", "处罚", "共", "件", "人", ",", "。", "平均"]
    rows = [o for row in v.by_process for o in row[3:6] if o is not None] + [v.mentioned]
    for _ in range(2000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        for occurs in rows:
            assert occurs(s) == (occurs.pattern.search(s) is not None), s



def test_a_process_gate_and_the_processes_words_answer_as_the_whole_vocabulary() -> None:
    """``_naming`` reads a figure's words only by the processes whose gate they meet, and takes
    'some stage word occurs' from the processes' own words: the same answers as the alternation of
    every stage word, and as each process's searches."""
    v = load_stages()
    rng = random.Random(15)
    pieces = ["收到", "受理", "办结", "已", "不予", "出具", "答复书", "整改", "执法", "持有", "证", "本级", "全区",
              "参训", "取得", "培训", "结转", "立案", "处罚", "共", "件", "人", ",", "。", "平均", "率", "申请",
              "检查", "发现", "调解", "成功", "满意", "线索", "核查", "送达", "抽检", "合格", "公开", "解读"]
    assert any(row[7] is not None for row in v.by_process)
    # _naming searches a gated row's words at once: the row's gate is its words' own gate
    assert all(row[7] is None or row[7] == row[5].chars for row in v.by_process)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        chars = set(s)
        assert v.mentioned(s) == any(row[5](s) for row in v.by_process), s
        # (a process whose words all have pairs of characters one of which each match needs is met
        # by those pairs, the others by their gate's characters: session 14, pairs_over)
        pairs = {s[i : i + 2] for i in range(len(s) - 1)}
        assert v.processes_met(s) == tuple(
            row for row in v.by_process
            if (not p.isdisjoint(pairs) if (p := pairs_over(row[6], "，")) is not None
                else row[7] is None or not row[7].isdisjoint(chars))), s
        met = {row[0] for row in v.processes_met(s)}
        for row in v.by_process:
            if row[0] not in met:
                assert not any(o.pattern.search(s) for o in row[3:6] if o is not None), (row[0], s)


def test_scans_tried_only_where_a_match_can_start_find_what_finditer_finds() -> None:
    """The whole-text scans of ``上述…中`` (bounds), ``…件中,`` (sums) and the 'all' clause
    after a list (closings, gated) give ``finditer``'s matches on random texts of their words."""
    from toolkit.relations.closings import _LIST_ALL
    from toolkit.relations.sums import _FIGURE_END, _FIGURE_END_BEFORE_IN_WHICH, _FIGURE_IN_WHICH
    from toolkit.relations.unlisted import _AFORESAID

    plain_all = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", _LIST_ALL.pattern))
    assert plain_all.pattern != _LIST_ALL.pattern and plain_all.pattern.startswith(("[,;]?", "(?:[,;]"))
    pieces = ["上述", "在", "上", "述", "中", ",", ":", "。", ";", "\n", "案件", "12", "3件", "5人", "家",
              "(含2起)", "全部", "均", "已", "办结", "并", "按期", "答复", "事故", "其中", "万元", "8元", "(其中)", "(",
              ")", "件件", "亿元"]
    rng = random.Random(1515)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in matches_at(_AFORESAID, s, around(s, "上述", 1))] == \
            [m.span() for m in _AFORESAID.finditer(s)], s
        assert [m.span() for m in matches_at(_FIGURE_IN_WHICH, s, (f.end() for f in _FIGURE_END.finditer(s)))] == \
            [m.span() for m in _FIGURE_IN_WHICH.finditer(s)], s
        # (the breakdowns try only the figure ends a match may follow)
        assert [m.span() for m in matches_at(_FIGURE_IN_WHICH, s, (f.end() for f in _FIGURE_END_BEFORE_IN_WHICH.finditer(s)))] \
            == [m.span() for m in _FIGURE_IN_WHICH.finditer(s)], s
        assert [m.span() for m in _LIST_ALL.finditer(s)] == [m.span() for m in plain_all.finditer(s)], s


def test_around_lists_each_position_once_in_order() -> None:
    assert list(around("aaa上述b上述上述", "上述", 1)) == [2, 3, 5, 6, 7, 8]
    assert list(around("上述", "上述", 1)) == [0]
    assert list(around("xxaaay", "aa", 1)) == [1, 2, 3]


def test_the_shared_naming_is_the_naming_computed_afresh() -> None:
    """``stages.naming`` keeps one answer per figure of the document for every family: the same
    answer as ``_naming`` computed afresh, and a copy of a figure is named afresh."""
    import dataclasses

    d = _doc(PARAGRAPH * 3)
    v = load_stages()
    for q in reversed(d.qs):  # (any order: a figure's naming depends on its own words only)
        shared, fresh = stages.naming(d, q), stages._naming(d, q, v)
        assert (shared is None) == (fresh is None)
        if fresh is not None:
            assert (shared.q, shared.stages, shared.scope, shared.place, shared.words, shared.mentions,
                    shared.period, shared.rest) == (fresh.q, fresh.stages, fresh.scope, fresh.place, fresh.words,
                                                    fresh.mentions, fresh.period, fresh.rest)
        assert stages.naming(d, q) is shared  # computed once
    copy = dataclasses.replace(d.qs[1])
    assert stages.naming(d, copy) is not stages.naming(d, d.qs[1])


def test_the_relations_name_each_figure_at_most_once(monkeypatch) -> None:
    """Work, not time: however many families ask (funnels in a sentence and across sentences,
    lists cut at a later stage, back references, catalog bounds), a figure is named once."""
    calls = 0
    real = stages._naming

    def counting(d, q, v):
        nonlocal calls
        calls += 1
        return real(d, q, v)

    monkeypatch.setattr(stages, "_naming", counting)

    def run(copies: int) -> tuple[int, int]:
        nonlocal calls
        calls = 0
        d = _doc(PARAGRAPH * copies)
        from toolkit.relations import find_relations

        find_relations(Text(d.s, list(range(len(d.s))), d.s), d.qs, [], doc=d)
        return calls, len(d.qs)

    (small, n_small), (large, n_large) = run(20), run(80)
    assert n_large == 4 * n_small
    assert 0 < small <= n_small and 0 < large <= n_large
    assert 3.6 <= large / small <= 4.4


def test_relations_and_namings_have_no_dict() -> None:
    d = _doc(PARAGRAPH)
    r = Relation("equal", "equal.test", {"values": d.qs[:2]})
    assert not hasattr(r, "__dict__")
    named = stages._naming(d, d.qs[0], load_stages())
    assert named is not None and not hasattr(named, "__dict__")


def test_checks_share_one_evidence_per_figure_and_role_and_it_is_the_plain_one(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text(PARAGRAPH * 3, encoding="utf-8")
    result = toolkit.audit(p)
    from toolkit.load import load
    from toolkit.normalize import normalize

    text = normalize(load(p))
    qs = find_quantities(text)
    seen: dict[tuple[str, int], object] = {}
    shared = 0
    for c in result.checks:
        for e in c.evidence:
            q = qs[e.index]
            start, end = text.original_span(q.start, q.end)
            assert (e.printed, e.line, e.start, e.end, e.text) == (
                q.printed, q.line, start, end, text.text[q.sentence[0] : q.sentence[1]].strip())
            known = seen.setdefault((e.role, e.index), e)
            assert known is e  # one object per (role, figure)
            shared += known is e
    assert len(seen) < sum(len(c.evidence) for c in result.checks)  # some figure is cited twice


def test_one_search_of_every_flow_whole_answers_as_each_whole() -> None:
    """flows asks one alternation of every flow's whole words instead of each in turn."""
    from toolkit.relations.flows import _any_whole, flow_vocabulary

    pieces = ["收到", "受理", "办理", "共有", "合计", "总计", "共计", "收", "受", "办", "共", "合", "总", "到", "理",
              "申请", "案件", ",", "(", "含", "上年", "结转"]
    rng = random.Random(16)
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert _any_whole()(s) == any(whole.search(s) for _, whole, _ in flow_vocabulary()), s


@pytest.mark.parametrize("source", [*PATTERNS, r"(?<!中)重点|^较大", r"\d+"])
def test_a_text_lacking_the_gate_has_no_match_in_any_piece(source: str) -> None:
    """``vocab.lacks`` (bounds reads no qualifier in a label lacking their characters) is sound:
    no match in the text, nor in any slice of it, look-arounds and anchors included."""
    pattern = re.compile(source)
    alphabet = sorted({c for p in PATTERNS for c in p if c.isalnum()} | set(",。()\n中重点较大"))
    rng = random.Random(source + "lacks")
    said = 0
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if lacks(pattern, s):
            said += 1
            assert all(pattern.match(s, i) is None and pattern.match(s[i:]) is None for i in range(len(s) + 1)), s
    assert (said > 0) == (literal_gate(pattern) is not None)


def test_positions_merged_per_character_are_one_class_scan() -> None:
    """``_Doc.positions`` merges each character's positions (listed once per document) into the
    positions a scan of the character class finds, for every set of characters the engine asks."""
    from toolkit.relations.structure import SEG_END, SENT_END, _positions

    rng = random.Random(1717)
    pieces = ["。", "!", "?", "！", "？", "\n", ";", ",", "、", "(", ")", ":", "件", "受理", "12", " "]
    sets = [SEG_END, SENT_END, "。\n", "\n", "。！？!?", "。！？!?\n", "。\n;", "。", ",、;", ",;", "(", ")", "。。\n"]
    for _ in range(500):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        d = _doc(s)
        for chars in sets:
            assert list(d.positions(chars)) == list(_positions(s, chars)), (s, chars)
        assert list(d._seg_bounds) == list(_positions(s, SEG_END)) and list(d._sent_bounds) == list(_positions(s, SENT_END))


def test_namings_share_their_stages_and_cannot_change_them() -> None:
    """A figure's stages are one read-only mapping per distinct value (``naming`` keeps every
    figure's answer for the document): figures named alike share it, and no family can alter it
    for the others."""
    d = _doc(PARAGRAPH * 2)
    named = [n for q in d.qs if (n := stages.naming(d, q)) is not None]
    with_stages = [n for n in named if n.stages]
    assert with_stages and any(not n.stages for n in named)
    by_value: dict[tuple, object] = {}
    for n in with_stages:
        assert by_value.setdefault(tuple(n.stages.items()), n.stages) is n.stages  # one object per value
    assert len(by_value) < len(with_stages)  # the paragraph twice: the second names share the first's
    with pytest.raises(TypeError):
        with_stages[0].stages["requests"] = 9  # type: ignore[index]
    assert len({id(n.stages) for n in named if not n.stages}) == 1


def test_lacks_by_a_character_class_answers_as_the_set_test() -> None:
    """``lacks`` and ``char_class`` scan for the gate's characters instead of testing a set against
    every character of the text: the same answer as ``isdisjoint``, escaped characters included."""
    from toolkit.relations.vocab import char_class, lacks, literal_gate

    rng = random.Random(18)
    alphabet = "每千万十共计全本、和及-]^\\[收受办结件人,。()%a1 \n"
    patterns = [re.compile(p) for p in (r"每(?:千|万)人", r"共计|合计", r"[-\]^]x", r"\\d+件", r"(?<=全)市")]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for p in patterns:
            gate = literal_gate(p)
            assert lacks(p, text) == (bool(gate) and gate.isdisjoint(text)), (p.pattern, text)
            if gate:
                assert (char_class(gate).search(text) is None) == gate.isdisjoint(text), (p.pattern, text)


# classified._OPENER as it was before its look-aheads (which only fail early what cannot match)
_OPENER_PLAIN = re.compile(
    r"(?:按照|按|从|以|依照|依据|依)(?P<a>[^,;:。!?\d\n]{1,12}?)"
    r"(?:来分|划分为|划分|分类|区分|归类|分组|分布|分为|分成|分|统计|来看|上看|方面看|角度看|看|分析)"
    r"(?:\([^()\d,;:。!?\n]{1,10}\))?(?=[,:\n])"
    r"|分(?P<b>[\u4e00-\u9fff]{1,6}?)(?:来看|看|统计|情况)(?=[,:\n])"
    r"|就(?P<c>[^,;:。!?\d\n]{1,12}?)(?:而言|来说|来看|看)(?=[,:\n])"
    r"|(?<![^\n])[ \t]*(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])"
    r"(?P<d>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|形式|方式|途径))[。:](?=[^\n])"
    r"|(?<![^\n])[ \t]*(?P<e>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|方式|形式|途径|性质))[:][ \t]*(?=\n)"
    r"|(?<=[,:件项人起次个家户])(?:划分为|分为|分成)(?:[一二三四五六七八九十两\d]+(?:类|种|个方面|部分))?"
    r"|(?<=[。,;\n])(?P<f>[\u4e00-\u9fff]{2,6}结果|(?:答复|办理|处理|办结|审结)情况)(?:为|是|如下)?:"
    r"|按照?(?P<g>[\u4e00-\u9fff]{0,8}(?:类型|类别|领域|区域|层级|来源|渠道|方式|性质|行业))(?=,)")


def test_the_openers_look_aheads_find_what_the_plain_pattern_finds() -> None:
    """The look-aheads of the classification openers (按…分, 分…看, 就…而言) change no match."""
    from toolkit.relations.classified import _OPENER

    rng = random.Random(7)
    pieces = ["按", "按照", "从", "以", "依据", "就", "分", "类型", "来看", "看", "分为", "统计", "情况", "而言",
              "渠道", "区域", "案件", "受理", "、", ",", ":", "。", ";", "\n", "12", "件", "(二)", "一、", " "]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(4000)]
    texts += ["按" + "类" * n + "分" + end for n in range(0, 16) for end in (",", ":", "\n", "。", "")]
    texts += ["就" + "其" * n + "而言" + end for n in range(0, 16) for end in (",", "。")]
    texts += ["分" + "地" * n + "看" + end for n in range(0, 10) for end in (",", "\n", ";")]
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in _OPENER.finditer(text)]
        want = [(m.span(), m.groupdict()) for m in _OPENER_PLAIN.finditer(text)]
        assert got == want, text
