"""Identities of meaning (relations/identities.py), on sentences written for the project: the
natural growth rate is the birth rate less the death rate."""

from __future__ import annotations

import toolkit


def identity(tmp_path, text: str) -> list[tuple[str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.status, c.operands) for c in toolkit.audit(p).checks if c.rule == "sum.identity"]


def test_a_positive_natural_growth(tmp_path) -> None:
    ok = "全年出生人口8,215人,人口出生率9.42‰;死亡人口6,031人,人口死亡率6.92‰;人口自然增长率2.50‰。"
    assert identity(tmp_path, ok) == [("pass", {"total": 9.42, "parts": [6.92, 2.5]})]
    bad = ok.replace("2.50‰", "2.05‰")
    assert identity(tmp_path, bad) == [("fail", {"total": 9.42, "parts": [6.92, 2.05]})]


def test_a_negative_natural_growth(tmp_path) -> None:
    ok = "出生率5.88‰,死亡率8.31‰,自然增长率为-2.43‰。"
    assert identity(tmp_path, ok) == [("pass", {"total": 5.88, "parts": [8.31, -2.43]})]
    unsigned = "出生率5.88‰,死亡率8.31‰,自然增长率为2.43‰。"
    assert identity(tmp_path, unsigned) == [("fail", {"total": 5.88, "parts": [8.31, 2.43]})]


def test_two_places_in_one_paragraph_give_nothing(tmp_path) -> None:
    text = "城区出生率7.10‰,死亡率6.20‰;全县出生率6.40‰,死亡率7.00‰,自然增长率-0.60‰。"
    assert identity(tmp_path, text) == []


def test_rates_rounded_each_on_their_own(tmp_path) -> None:
    ok = "人口出生率8.12‰,人口死亡率6.45‰,人口自然增长率1.68‰。"  # 8.12 - 6.45 = 1.67: rounding
    assert identity(tmp_path, ok) == [("pass", {"total": 8.12, "parts": [6.45, 1.68]})]
