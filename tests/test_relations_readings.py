"""Relations the text states in more than one possible way (toolkit.checks._eval_readings).

A check holds if one reading holds, fails only if every reading fails, and is unverifiable
(naming the readings) otherwise. Sentences written for the project.
"""

from __future__ import annotations

from decimal import Decimal

from helpers import quantities

import toolkit
from toolkit.checks import evaluate
from toolkit.relations.model import Relation

TEXT = "全年收到申请860件,按期答复812件。其中,予以公开301件,占{}%。"


def shares(tmp_path, pct: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(TEXT.format(pct), encoding="utf-8")
    return [c for c in toolkit.audit(p).checks if c.rule == "ratio.share"]


def test_the_reading_that_holds_is_the_one_reported(tmp_path) -> None:
    (c,) = shares(tmp_path, "37.1")  # 301 / 812
    assert (c.status, c.operands["denominator"]) == ("pass", 812)
    (c,) = shares(tmp_path, "35")  # 301 / 860
    assert (c.status, c.operands["denominator"]) == ("pass", 860)


def test_a_figure_wrong_under_every_reading_fails_and_says_so(tmp_path) -> None:
    (c,) = shares(tmp_path, "38.1")
    assert c.status == "fail"
    assert [r["denominator"] for r in c.operands["readings"]] == [812, 860]
    assert "另一读法 301 / 860 也不成立" in c.message_zh and "the other reading, 301 / 860, fails too" in c.message_en


def test_a_reading_that_cannot_be_decided_makes_the_check_unverifiable() -> None:
    num, den, approx_den, pct = quantities("予以公开301件,答复812件,收到约800件,占38.1%")
    rel = Relation("ratio", "ratio.share", {"numerator": num, "denominator": den, "percent": pct},
                   readings=[{"numerator": num, "denominator": approx_den, "percent": pct}])
    assert approx_den.qualifier == "约"
    c = evaluate(rel, report_id="r", labels={}, keys={}, evidence_of=lambda role, q: _Ev())
    assert c.status == "unverifiable" and c.operands["unverifiable"] == "several_readings"
    assert Decimal(str(c.operands["readings"][0]["denominator"])) == 812


class _Ev:
    label = ""
    file = ""
