"""Session 17's perf pass (bench/README.md "perf27", issue 15): 27 more walks whose first test is a
pattern of the figure's label (or a piece of it, or the words right after it) visit only the figures
the label index keeps (``label_index``: those holding a character every match needs) -- with the
same answers as the walk over every figure.

Each family is run on a sentence written for it (where it finds something) and on random texts
made of that sentence's pieces and others, once with the index and once walking every figure; then
with a broken index (each list missing its first, second or last figure) to show the comparison sees a miss.
"""

from __future__ import annotations

import importlib
import re
import zlib

import pytest

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

label_index = importlib.import_module("toolkit.relations.label_index")

# (module, family, takes the relations found, the index names it walks by, a sentence it reads)
_CASES = [
    ("flows", "flows", False, ("may_hold",), "本年度共受理信访事项318件,新收291件,上年结转27件。"),
    ("outcome_lists", "outcome_lists", False, ("may_hold",), "全年审结行政复议案件86件,维持61件,撤销9件,驳回16件。"),
    ("outcome_lists", "defined_totals", False, ("may_hold",), "确认违法12件,撤销7件,变更3件,责令履行职责2件。纠错24件。"),
    ("added", "rest_lists", False, ("may_hold",),
     "本年度共收到申请40件,其中当面申请25件,网络申请15件;予以公开22件,部分公开8件,不予公开6件,其他处理4件。"),
    ("added", "negated_rests", False, ("holding_any",), "受理劳动争议调解申请150件,调解成功132件。未调解成功的18件。"),
    ("closings", "_trailing_totals", False, ("holding_any",), "城区检查企业126家次、郊区检查企业84家次,共计210家次。"),
    ("closings", "_status_splits", False, ("may_hold",), "全年受理群众来信1,260件,已处理完毕1,188件,正在办理72件。"),
    ("closings", "carried_forward_splits", False, ("may_hold",),
     "全年共收到申请310件(含上年结转14件),全年办结申请290件,结转下年度继续办理20件。"),
    ("balances", "balance_sheets", False, ("may_hold",), "全县国有企业资产总额86.5亿元,负债总额41.2亿元,净资产45.3亿元。"),
    ("intake_sums", "added_up", False, ("may_hold",), "全年受理仲裁案件1,820件。加上年结转的96件,应结案件1,916件。"),
    ("intake_sums", "intake_splits", False, ("holding_any", "after_holding"),
     "全年热线受理诉求52,400件,直接答复31,100件,转派承办单位21,300件。"),
    ("intake_sums", "others_added", False, ("may_hold",),
     "为企业减免社保费2.15亿元。另为个体工商户减免社保费0.35亿元,全年累计减免2.5亿元。"),
    ("intake_sums", "found_splits", False, ("may_hold",), "巡查发现违法行为94起,现场制止纠正61起,立案查处33起。"),
    ("complement_splits", "complement_splits", False, ("may_hold_any",), "全年抽检食品样品1,250批次,合格1,231批次,不合格19批次。"),
    ("decisions", "decision_splits", False, ("may_hold",), "全年受理行政许可申请860件,准予许可842件,不予许可18件。"),
    ("cumulative", "cumulative_bounds", False, ("may_hold",), "本年新增家庭农场45家,累计达到312家。"),
    ("distributed", "_level_items", False, ("may_hold",), "县本级查处违法案件140件,各乡镇查处违法案件380件。全县查处违法案件520件。"),
    ("named_partitions", "named_partitions", False, ("may_hold",),
     "全县地区生产总值312.5亿元,第一产业增加值40.2亿元,第二产业增加值120.1亿元,第三产业增加值152.2亿元。"),
    ("named_sets", "named_set_bounds", False, ("may_hold",), "全年转派工单4,260件。转派工单中,已办结4,100件。"),
    ("named_closings", "named_closings", False, ("may_hold",), "查处食品案件36件、药品案件14件,两类案件共50件。"),
    ("per_unit", "per_unit_averages", False, ("holding",), "全年发放救助资金360万元,救助困难群众1,200人,人均救助3,000元。"),
    ("at_least", "at_least", False, ("holding",), "考核优秀12人,良好30人,合格8人,良好及以上42人。"),
    ("bounds", "_subsets_by_meaning", False, ("may_hold_any",), "全年组织1,200人次参加培训,共860人次取得资格证书。"),
    ("flow_balance", "flow_balances", True, ("may_hold",), "全年新收案件420件,上年无结转,审结392件,结转下年度28件。"),
    ("carried", "carried_in_rates", True, ("may_hold",), "新收案件260件,上年结转20件,审结266件,结案率95.0%。"),
    ("identities", "identities", False, ("holding_any",), "全县出生率为9.2‰,死亡率为7.1‰,自然增长率为2.1‰。"),
    ("equalities", "_back_references", True, ("holding_any",), "全年立案查处案件268件。在全年268件立案案件中,适用简易程序120件。"),
]

_NOISE = ["全年", "共", "其中", "、", ",", ";", "。", "\n", "(", ")", "12件", "3.5%", "86家", "1,024件", "的", "在", "中",
          "以上", "均", "分别", "未", "合计", "本级", "受理", "办结"]
# a figure with its unit, a mark, or up to three other characters: the pieces a sentence is cut into
_PIECE = re.compile(r"\d[\d,.]*(?:%|‰|[\u4e00-\u9fff]{0,2}(?=[,;、。()]|$))|[,;:、。()\n]|[^\d,;:、。()\n]{1,3}")


def _pieces(sentence: str) -> list[str]:
    return _PIECE.findall(sentence)


def _run(module, family: str, takes_found: bool, text: str) -> list:
    d = _doc(text)
    fn = getattr(module, family)
    return fn(d, []) if takes_found else fn(d)


def _key(r) -> tuple:
    return r.rule, [(k, [q.index for q in v] if isinstance(v, list) else getattr(v, "index", v))
                    for k, v in sorted(r.roles.items())]


def _plain(name: str):
    """The walk over every figure (what the index stands in for)."""
    return {"may_hold": lambda d, p: d.qs, "holding_any": lambda d, c: d.qs, "after_holding": lambda d, c, n: d.qs,
            "may_hold_any": lambda d, ps, after=0: d.qs, "holding": lambda d, w: d.qs}[name]


def _missing(real, k: int):
    """A broken index: every list it gives misses its figure ``k`` (its first, second or last)."""
    def broken(*a, **kw) -> list:
        found = list(real(*a, **kw))
        return [q for i, q in enumerate(found) if i != k % max(len(found), 1)]
    return broken


@pytest.mark.parametrize(("mod", "family", "takes_found", "names", "sentence"), _CASES,
                         ids=[f"{c[0]}.{c[1]}" for c in _CASES])
def test_walk_by_the_index_finds_what_the_walk_over_every_figure_finds(
        monkeypatch, mod: str, family: str, takes_found: bool, names: tuple[str, ...], sentence: str) -> None:
    module = importlib.import_module(f"toolkit.relations.{mod}")
    texts = [sentence, *random_texts(_pieces(sentence) + _NOISE, 150, zlib.crc32(family.encode()) % 1000, longest=40)]
    found = [[_key(r) for r in _run(module, family, takes_found, t)] for t in texts]
    assert found[0], sentence  # (the family reads its sentence: the comparison is not empty)
    real = {name: getattr(module, name) for name in names}
    for name in names:
        monkeypatch.setattr(module, name, _plain(name))
    plain = [[_key(r) for r in _run(module, family, takes_found, t)] for t in texts]
    assert found == plain
    seen = []
    for k in (0, 1, -1):
        for name in names:
            monkeypatch.setattr(module, name, _missing(real[name], k))
        seen.append([[_key(r) for r in _run(module, family, takes_found, t)] for t in texts] != found)
    assert any(seen)  # (an index missing a figure is seen)


def test_may_hold_any_keeps_every_figure_whose_label_or_words_after_match() -> None:
    patterns = [re.compile("合格|通过"), re.compile("参加|参训"), re.compile("(?:受理|办结)[^,]{0,4}$")]
    pieces = ["全年", "受理", "办结", "合格", "不合格", "通过", "参加", "参训", "培训", "人次", ",", "。", "、", "12件",
              "3人次", "86批次", "其中", "(", ")"]
    for text in random_texts(pieces, 500, 2701):
        d = _doc(text)
        for after in (0, 6, 12):
            kept = {q.index for q in label_index.may_hold_any(d, patterns, after=after)}
            for q in d.qs:
                if any(p.search(d.label(q)) for p in patterns) or (
                        after and any(p.search(d.after(q, after)) for p in patterns)):
                    assert q.index in kept, (text, q, after)
    d = _doc("全年受理投诉12件,办结10件。")
    assert label_index.may_hold_any(d, [re.compile(r"\d|.")]) is d.qs  # (a pattern with no gate: every figure)
    assert [q.value for q in label_index.may_hold_any(d, [re.compile("办结")])] == [10]
    assert [q.value for q in label_index.may_hold_any(d, [re.compile("办结")], after=3)] == [12, 10]  # (",办结" after 12)
