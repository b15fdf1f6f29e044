"""Session 16's perf pass (bench/README.md "perf26a", issue 15): walks visit only the figures their
first test can pass, found once per report from where the test's characters stand -- with the same
answers as the walk over every figure.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import dataclasses
import importlib
import random
import re

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

# (the modules, not the package's functions of the same names)
label_index, named_again, objects_again, restated_prose = (
    importlib.import_module(f"toolkit.relations.{m}") for m in ("label_index", "named_again", "objects_again",
                                                                "restated_prose"))

_PIECES = ["全年", "共", "受理", "办结", "投诉", "举报", "案件", "问题", "隐患", "企业", "已整改", "全部", "均", "其中",
           "合计", "、", ",", ";", "。", "\n", "一、基本情况\n", "二、办理情况\n", "12件", "3.5%", "86家", "1,024件",
           "2023年", "的", "对", "为", "向", "给", "上述", "以上", "中", "计算", "按", "常住人口", "在", "(", ")", "下达",
           "整改通知书", "开展检查", "实现全覆盖", "全市共有", "定点医药机构", "12家", "2,364家", "违法图斑", "87个"]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_PIECES, n, seed)


_OBJECTS = ("全市共有定点医药机构2,364家。全年对2,364家定点医药机构开展检查,实现全覆盖。"
            "排查违法图斑87个,对87个违法图斑全部下达整改通知书。")
_SETS = ("全年受理诉求2,846件,办结2,800件。全年2,846件诉求中,投诉1,200件。"
         "发生事故134起。上述134起事故中,较大事故2起。")


# --- the index ---------------------------------------------------------------------------------


def test_holding_any_is_every_figure_whose_label_holds_a_character() -> None:
    for text in [*_texts(600, 2601), _OBJECTS, _SETS]:
        d = _doc(text)
        for chars in ("对", "对为向给", "的前上以", "中", "%"):
            plain = [q for q in d.qs if any(c in d.label(q) for c in chars)]
            assert label_index.holding_any(d, chars) == plain, (text, chars)
        assert label_index.holding_any(d, "对") is label_index.holding_any(d, "对")  # (kept for the report)


def test_after_holding_is_every_figure_whose_words_after_hold_a_character() -> None:
    for text in [*_texts(600, 2602), _OBJECTS, _SETS]:
        d = _doc(text)
        for chars, reach in (("中算", 20), ("中", 3), ("全", 1), ("。", 40)):
            plain = [q for q in d.qs if any(c in d.after(q, reach) for c in chars)]
            assert label_index.after_holding(d, chars, reach) == plain, (text, chars, reach)


def test_may_hold_keeps_every_figure_whose_label_matches() -> None:
    """A superset of the figures whose label (or any piece of it) matches; all of them without a gate."""
    patterns = [objects_again._vocabulary()["lead"], named_again._vocabulary()["refer"], re.compile("上述|以上"),
                re.compile(r"\d")]
    for text in [*_texts(400, 2603), _OBJECTS]:
        d = _doc(text)
        for p in patterns:
            kept = {q.index for q in label_index.may_hold(d, p)}
            assert {q.index for q in d.qs if p.search(d.label(q))} <= kept, (text, p.pattern)
            for q in d.qs:
                if q.index not in kept:
                    assert not any(p.search(piece) for piece in re.split("[,:、()]", d.label(q))), (text, q)
    d = _doc(_OBJECTS)
    assert label_index.may_hold(d, re.compile(r"\d|.")) is d.qs  # (no gate: the walk stays whole)
    assert len(label_index.may_hold(d, objects_again._vocabulary()["lead"])) < len(d.qs)


def test_merged_is_the_union_in_reading_order() -> None:
    d = _doc(_SETS)
    a, b = d.qs[::2], d.qs[1:3]
    assert label_index.merged(a, b) == sorted({q.index: q for q in a + b}.values(), key=lambda q: q.index)


# --- the walks over it -------------------------------------------------------------------------


def _every_figure(monkeypatch, module, *names: str) -> None:
    """Make the module's walks go over every figure again (the plain computation)."""
    for name in names:
        monkeypatch.setattr(module, name, {"may_hold": lambda d, p: d.qs, "holding_any": lambda d, c: d.qs,
                                           "after_holding": lambda d, c, n: d.qs}[name])


def _same(found: list, plain: list) -> bool:
    def key(r):
        return r.rule, [(k, [q.index for q in v] if isinstance(v, list) else v.index) for k, v in sorted(r.roles.items())]
    return [key(r) for r in found] == [key(r) for r in plain]


def test_objects_again_finds_what_the_walk_over_every_figure_finds(monkeypatch) -> None:
    texts = [*_texts(500, 2604), _OBJECTS]
    found = [objects_again.objects_again(_doc(t), []) for t in texts]
    assert [[q.value for q in r.roles["values"]] for r in found[-1]] == [[2364, 2364], [87, 87]]
    _every_figure(monkeypatch, objects_again, "may_hold")
    for t, f in zip(texts, found, strict=True):
        assert _same(f, objects_again.objects_again(_doc(t), [])), t


def test_sets_named_again_finds_what_the_walk_over_every_figure_finds(monkeypatch) -> None:
    texts = [*_texts(500, 2605), _SETS, "常住人口46.02万人。按46.02万常住人口计算,每万人受理投诉12件。"]
    found = [named_again.sets_named_again(_doc(t), []) for t in texts]
    assert [[q.value for q in r.roles["values"]] for r in found[-2]] == [[2846, 2846], [134, 134]]
    assert found[-1]
    _every_figure(monkeypatch, named_again, "holding_any", "after_holding")
    for t, f in zip(texts, found, strict=True):
        assert _same(f, named_again.sets_named_again(_doc(t), [])), t


def test_restated_prose_keys_are_the_plain_keys() -> None:
    """``_keys`` asks ``_key`` only of figures no other figure precedes in their sentence (by
    position, no percent) -- the others have none -- and lists the same keys."""
    v = restated_prose._vocab()
    for text in [*_texts(800, 2606), "全年共受理劳动人事争议案件1,862件,审结1,840件。\n增长3.5%,受理案件1,826件。"]:
        d = _doc(text)
        year = restated_prose._year(d)
        plain = [(q, k) for q in d.qs if (k := restated_prose._key(d, q, v, year)) is not None]
        assert restated_prose._keys(d) == plain, text


def test_restated_prose_keys_skip_figures_after_another(monkeypatch) -> None:
    calls: list[int] = []
    plain = restated_prose._key
    monkeypatch.setattr(restated_prose, "_key", lambda d, q, v, year: calls.append(q.index) or plain(d, q, v, year))
    d = _doc("全年共受理劳动人事争议案件1,862件,审结1,840件,调解800件。\n占比3.5%,受理案件1,826件,审结12件。")
    keys = restated_prose._keys(d)
    assert [q.value for q, _ in keys][:1] == [1862]
    assert calls == [0, 3, 4]  # (1,840 and 800 follow 1,862; 12 follows 1,826; 3.5% is a percent)


# --- pairs tied by the relations found ---------------------------------------------------------


def test_pair_ties_is_the_set_of_every_pair() -> None:
    """``(i, j) in PairTies(found, keep)`` is the plain set of every pair of every kept relation."""
    from toolkit.relations.model import Relation
    from toolkit.relations.pair_ties import PairTies

    rng = random.Random(2607)
    for _ in range(300):
        d = _doc("".join(f"{rng.randint(1, 99)}件," for _ in range(rng.randint(2, 14))))
        qs = d.qs
        found = []
        for _ in range(rng.randint(0, 6)):
            picked = rng.sample(qs, rng.randint(1, min(len(qs), 5)))
            if rng.random() < 0.2:
                picked.append(dataclasses.replace(picked[0]))  # (a copy of a figure: two objects, one index)
            kind = rng.choice(["equal", "ratio", "sum"])
            found.append(Relation(kind, kind + ".x", {"values": picked}))
        for keep in (None, lambda r: r.kind in ("equal", "ratio")):
            plain = {frozenset((a.index, b.index)) for r in found if keep is None or keep(r)
                     for a in r.quantities() for b in r.quantities() if a is not b}
            ties = PairTies(found, keep)
            for i in range(len(qs)):
                for j in range(len(qs)):
                    assert ((i, j) in ties) == (frozenset((i, j)) in plain), (i, j)


def test_among_stage_openers_are_the_plain_matches() -> None:
    """The 在…中 openers tried at each 在 only are ``_AMONG.finditer``'s."""
    among_stage = importlib.import_module("toolkit.relations.among_stage")
    from toolkit.relations.vocab import matches_at

    pieces = [*_PIECES, "在", "在受理的", "中,", "中:", "过程中,", "在在", "。在", "\n在"]
    rng = random.Random(2608)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        d = _doc(text)
        plain = [m.span() for m in among_stage._AMONG.finditer(text)]
        assert [m.span() for m in matches_at(among_stage._AMONG, text, d.positions("在"))] == plain, text


def test_among_stage_finds_what_the_plain_scan_finds(monkeypatch) -> None:
    among_stage = importlib.import_module("toolkit.relations.among_stage")
    pieces = [*_PIECES, "在受理的", "案件中,", "立案", "审结", "受理行政复议申请312件。", "在依法受理的信访事项中,",
              "办结298件", "。", "\n"]
    rng = random.Random(2609)
    texts = ["全年受理行政复议申请312件。在受理的复议案件中,审结298件,维持201件。",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(400))]
    found = [among_stage.among_stage(_doc(t), []) for t in texts]
    assert found[0]
    monkeypatch.setattr(among_stage, "matches_at", lambda p, s, starts: list(p.finditer(s)))
    for t, f in zip(texts, found, strict=True):
        assert _same(f, among_stage.among_stage(_doc(t), [])), t


def test_stated_alike_finds_what_the_walk_over_every_figure_finds(monkeypatch) -> None:
    pieces = [*_PIECES, "同样为", "也为", "亦为", "与", "与登记受理量一致", ",与受理量相符", "录入量为", "服务室", "186个"]
    rng = random.Random(2610)
    texts = ["建成服务室186个,已聘请法律顾问的同样为186个。录入量为21,476件次,与登记受理量一致。登记受理21,476件次。",
             "登记受理21,476件次。录入量为21,476件次,与登记受理量一致。",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(500))]
    found = [named_again.stated_alike(_doc(t), []) for t in texts]
    assert found[0] and found[1]
    _every_figure(monkeypatch, named_again, "holding_any", "after_holding")
    for t, f in zip(texts, found, strict=True):
        assert _same(f, named_again.stated_alike(_doc(t), [])), t


def test_restated_above_finds_what_the_walk_over_every_figure_finds(monkeypatch) -> None:
    restated_lists = importlib.import_module("toolkit.relations.restated_lists")
    pieces = [*_PIECES, "建议", "提案", "人大代表建议65件", "政协提案88件", "上述153件建议提案已全部办结", "以上两类共"]
    rng = random.Random(2611)
    texts = ["全年共办理人大代表建议65件、政协提案88件。上述153件建议提案已全部办结。",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(500))]
    found = [restated_lists.restated_above(_doc(t)) for t in texts]
    assert found[0]
    _every_figure(monkeypatch, restated_lists, "may_hold")
    for t, f in zip(texts, found, strict=True):
        assert _same(f, restated_lists.restated_above(_doc(t))), t


# --- lists over the relations found, made only when asked ----------------------------------------


class _Untouchable(list):
    """A list of relations found that fails the test if a family reads it."""

    def __iter__(self):
        raise AssertionError("the relations found were read")


def test_families_read_the_relations_found_only_when_a_candidate_needs_them() -> None:
    """Restated prose, full rates and graded lists list the figures the relations found tie only
    when a candidate of their own gets that far -- and then find what they found before."""
    equalities = importlib.import_module("toolkit.relations.equalities")
    graded = importlib.import_module("toolkit.relations.graded")
    from toolkit.relations.model import Relation

    d = _doc("全年受理投诉120件,已办结100件,正在办理20件。")  # (no summary, no 100%, no grades)
    assert restated_prose.restated_prose(d, _Untouchable()) == []
    assert restated_prose.restated_in_section(d, _Untouchable()) == []
    assert equalities._full_rates(d, _Untouchable()) == []
    assert graded._graded_lists(d, _Untouchable()) == []
    d = _doc("2023年工作报告\n一、基本情况\n全年共受理劳动人事争议案件1,862件,审结1,840件。\n"
             "二、案件受理\n全年受理劳动人事争议案件1,826件,其中劳动报酬争议1,200件。\n")
    found = restated_prose.restated_prose(d, [])
    assert [[q.value for q in r.roles["values"]] for r in found] == [[1862, 1826]]
    assert restated_prose.restated_prose(d, found) == []  # (tied already: read when asked)
    d = _doc("印发规范性文件2件,公开并解读2件,公开率和解读率均为100%。")
    rates = equalities._full_rates(d, [])
    assert rates and equalities._full_rates(d, [r for r in rates if r.kind == "ratio"]) == []
    ratio = Relation("ratio", "ratio.x", {"numerator": d.qs[1], "denominator": d.qs[0], "percent": d.qs[2]})
    assert [r.rule for r in equalities.full_rates_found([ratio])] == ["equal.full_rate"]
    equal = Relation("equal", "equal.x", {"values": [d.qs[0], d.qs[1]]})
    assert equalities.full_rates_found([ratio, equal]) == []
