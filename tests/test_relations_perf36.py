"""Session 26's perf pass (bench/README.md "perf36", issue 15): a money figure's stage naming reads the processes
counted in money first (``stages._money_named``) and stops at None when none of them names a stage -- the reading
of every other process's words (a search each, ~60 us a figure) could only end in None for money. Each shortcut
is compared with the plain computation on random texts, and a broken shortcut is seen by the comparison.
"""

from __future__ import annotations

import importlib

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

stages = importlib.import_module("toolkit.relations.stages")

# words of the stage vocabulary (findings is counted in money too), levels, periods, negations and money
_WORDS = ["审计", "发现", "问题", "金额", "已整改", "整改", "追回", "资金", "挽回", "损失", "罚款", "罚没", "收入",
          "受理", "办结", "立案", "结案", "查处", "案件", "投诉", "举报", "涉及", "违规", "全市", "本级", "区级",
          "上半年", "1-6月", "截至年底", "不予", "未", "其中", "对", "中", ",", ";", "、", "(", ")", "共", "累计",
          "支出", "预算", "执行", "完成", "督促", "退还", "上缴", "财政"]
_FIGURES = ["2.36亿元", "312万元", "1,200万元", "86.5万元", "12件", "45人", "7个", "3.5%"]
_PIECES = _WORDS + _FIGURES + ["。", "\n"]

_SENTENCES = [
    "审计发现问题金额2.36亿元,已整改2.11亿元。",
    "挽回经济损失312万元,追回资金86.5万元。",
    "全年罚没收入1,200万元,同比增长3.5%。",
    "发现违规问题12个,涉及金额45万元,已整改7个、整改金额30万元。",
    "对上年审计发现问题金额800万元督促整改,已整改600万元。",
]


def _namings(texts: list[str]) -> list[object]:
    v = stages.load_stages()
    out = []
    for s in texts:
        d = _doc(s)
        out.extend((s, q.start, stages._naming(d, q, v)) for q in d.qs)
    return out


def _texts() -> list[str]:
    return _SENTENCES + random_texts(_PIECES, 800, 36, longest=14)


def test_money_naming_shortcut_reads_as_the_full_reading(monkeypatch) -> None:
    texts = _texts()
    fast = _namings(texts)
    assert sum(1 for s, _, n in fast if n is not None and n.q.is_money) >= 3  # (money figures named by a stage)
    monkeypatch.setattr(stages, "_money_named", lambda *a: True)  # every money figure read in full
    assert _namings(texts) == fast


def test_a_broken_money_shortcut_is_seen(monkeypatch) -> None:
    texts = _texts()
    fast = _namings(texts)
    monkeypatch.setattr(stages, "_money_named", lambda *a: False)  # no money figure named at all
    assert _namings(texts) != fast


def test_money_figures_of_findings_keep_their_stages() -> None:
    v = stages.load_stages()
    d = _doc(_SENTENCES[0])
    found, fixed = (stages._naming(d, q, v) for q in d.qs)
    assert found is not None and fixed is not None
    assert "findings" in found.stages and "findings" in fixed.stages
    assert found.stages["findings"] < fixed.stages["findings"]

