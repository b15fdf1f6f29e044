"""Session 24's speed changes (perf34): families that read fewer figures find what they found before."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations.structure import _Doc


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _sig(rels: list) -> list:
    return [(r.rule, sorted((k, str(v)) for k, v in r.roles.items())) for r in rels]


_PIECES = ["进出口总额86.4亿元", "增长11.3%", "出口61.9亿元", "进口24.5亿元", "城镇就业1,200人", "农村就业800人",
           "全县就业2,000人", "受理120件", "下降3.1%", "一般案件90件", "重大案件30件", "案件共120件", "其中", "男56人",
           "女44人", "职工100人"]


def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice(",,;。") for _ in range(rng.randint(2, 9))) for _ in range(n)]


def _union_totals_as_before(d: _Doc) -> list:
    """union_totals' walk over every pair of levels, as it was (session 23)."""
    from toolkit.relations.model import Relation, compatible
    from toolkit.relations.tail_totals import _level, _pair

    out = []
    levels = [q for q in d.qs if _level(d, q)]
    for i, (a, b) in enumerate(pairwise(levels)):
        if b.index - a.index > 3 or any(not q.is_percent for q in d.qs[a.index + 1 : b.index]) \
                or not compatible(a, b) or a.unit != b.unit:
            continue
        own_a, own_b = d.own_words(a), d.own_words(b)
        pair = _pair(own_a, own_b)
        if pair is None or i < 1:
            continue
        t = levels[i - 1]
        if t.unit != a.unit or not compatible(t, a) or t.value <= max(a.value, b.value) \
                or d.s.count("。", t.end, a.start) > 1:
            continue
        own_t = d.own_words(t)
        rest_a, rest_b = own_a.replace(pair[0], "", 1), own_b.replace(pair[1], "", 1)
        if rest_a != rest_b or rest_a not in own_t or "其中" in d.s[t.end : a.start]:
            continue
        if set(pair[0] + pair[1]) <= set(own_t):
            out.append(Relation("sum", "sum.breakdown", {"total": t, "parts": [a, b]}))
    return out


def test_union_totals_finds_the_pairs_of_the_walk_over_all_levels() -> None:
    # The pairs are found from the names first and the roles read only for them: the same relations.
    from toolkit.relations.tail_totals import union_totals

    texts = ["进出口总额86.4亿元,增长11.3%。出口61.9亿元,增长9.0%;进口24.5亿元。",
             "城乡就业2,000人,城镇就业1,200人,农村就业800人。", *_random_texts(34, 400)]
    fired = 0
    for s in texts:
        d = _doc(s)
        now = union_totals(d)
        assert _sig(now) == _sig(_union_totals_as_before(_doc(s))), s
        fired += bool(now)
    assert fired >= 1


def test_named_by_its_parts_reads_only_figures_that_can_name_a_list() -> None:
    # Every figure whose clause holds a list of names is among those the family now reads.
    from toolkit.relations import named_by_parts as m

    texts = ["确认违法57件、撤销86件、变更4件、责令履行21件。通过确认违法、撤销、变更、责令履行直接纠错168件。",
             "部分公开19件,予以公开51件;予以公开和部分公开合计70件。",
             "确认违法5件,撤销8件,责令履行2件。上述确认违法、撤销和责令履行三类共15件。", *_random_texts(35, 300)]
    found = 0
    for s in texts:
        d = _doc(s)
        read = {q.index for q in m._may_name_parts(d)}
        for q in d.qs:
            clause = d.phrase(q)
            if q.index and m._ITEM_COUNT.fullmatch(d.s, d.qs[q.index - 1].start, d.qs[q.index - 1].end):
                clause = d.s[d.last_before(",;:。\n", q.start) + 1 : q.start]
            if m._NAMED_LIST.search(m._ITEM_COUNT.sub("", clause)):
                assert q.index in read, (s, q.printed)
        found += bool(m.named_by_its_parts(d))
    assert found == 3


@pytest.mark.parametrize("s", ["1-10月", "1至5月", "1 - 3 月", "1~12月", "1—6月"])
def test_a_range_from_january_is_seen_by_the_to_date_gate(s: str) -> None:
    from toolkit.relations.to_date import _RANGE, _RANGE_ANYWHERE

    for text in (s, "截至" + s, "2023年" + s + "累计"):
        if _RANGE.search(text):
            assert _RANGE_ANYWHERE.search(text)


def test_to_date_bounds_still_read_a_month_within_its_range() -> None:
    from toolkit.relations.to_date import to_date_bounds

    found = to_date_bounds(_doc("10月,全区发生生产安全事故3起。1-10月,全区累计发生生产安全事故27起。"))
    assert [r.rule for r in found] == ["bound.to_date"]
    assert not to_date_bounds(_doc("10月,全区发生生产安全事故3起。全年全区发生生产安全事故27起。"))


def test_named_totals_passes_over_only_labels_without_either_form() -> None:
    import importlib

    m = importlib.import_module("toolkit.relations.named_closings")  # (the package's own name is a function)
    rng = random.Random(36)
    chars = list("确认违法撤销三类两项()、,纠错合计共")
    for _ in range(2000):
        lab = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        if m._NAMES_IN_BRACKETS.search(lab) or m._NAMES_COUNTED.search(lab):
            tail = lab[-10:]
            assert ")" in tail[-5:] or m._COUNTED_KINDS.search(tail), lab
    s = "确认违法5件、撤销8件、责令履行2件。纠错(确认违法、撤销、责令履行)合计15件。"
    assert [r.kind for r in m.named_totals(_doc(s))] == ["sum"]


def test_sentences_after_their_whole_still_reads_a_run() -> None:
    from toolkit.relations.adjacent import sentences_after_their_whole

    s = "全年共受理投诉3480件。城区受理投诉1865件。郊区受理投诉1240件。农村受理投诉375件。"
    assert [r.kind for r in sentences_after_their_whole(_doc(s))] == ["sum"]
    # words between the whole's sentence and the first part end the run: nothing
    assert not sentences_after_their_whole(_doc("全年共受理投诉3480件。情况如下。城区受理投诉1865件。郊区受理投诉1240件。"))


def test_named_set_bounds_reads_the_words_before_the_roles() -> None:
    from toolkit.relations.named_sets import named_set_bounds

    s = "转派承办单位工单8,500件。\n截至年底,转派工单中已办结8,300件。"
    assert [r.rule for r in named_set_bounds(_doc(s))] == ["bound.named_set"]
    assert re.search("件", s)
