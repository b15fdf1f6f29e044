"""Expected-file tests over reports of kinds the toolkit was not tuned on (tests/data/unseen):
政府信息公开年度报告 with its national tables (text and HTML), a 卫生健康委 summary, a 统计公报,
a 司法局 法治政府建设 report, a 交通运输 enforcement report in half-width punctuation, a 市场监管
summary in Markdown, a 消防 report. Each planted error (documented in the expected files and
tests/data/unseen/README.md) is flagged; every other relation listed passes; nothing else fails."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import toolkit
from tests.corpus import check_matches, same_value
from toolkit.checks import _num

DATA = Path(__file__).resolve().parent / "data" / "unseen"
EXPECTED = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DATA / "expected").glob("*.yaml"))}
REPORTS = {p.stem: p for p in sorted((DATA / "reports").iterdir()) if p.stem in EXPECTED}


@pytest.fixture(scope="module")
def audited() -> dict[str, toolkit.AuditResult]:
    return {stem: toolkit.audit(path) for stem, path in REPORTS.items()}


def test_the_set_is_complete() -> None:
    assert len(REPORTS) >= 8 and set(REPORTS) == set(EXPECTED)
    assert {p.suffix for p in REPORTS.values()} >= {".txt", ".md", ".html"}
    planted = [u for exp in EXPECTED.values() for u in exp.get("planted") or []]
    assert len(planted) >= 6


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_relation_with_its_status_and_no_false_alarm(stem, audited) -> None:
    result = audited[stem]
    used: set[int] = set()
    problems = []
    for rel in EXPECTED[stem]["relations"]:
        idx = [i for i, c in enumerate(result.checks) if i not in used and check_matches(rel, c)]
        if not idx:
            problems.append(f"missing {rel['id']} {rel['kind']}")
            continue
        used.add(idx[0])
        status = result.checks[idx[0]].status
        want = ("fail",) if not rel.get("holds", True) else ("pass", "unverifiable") if rel.get("approx") else ("pass",)
        if status not in want:
            problems.append(f"wrong status {rel['id']}: {status}")
    for i, c in enumerate(result.checks):
        if i not in used and c.status == "fail":
            problems.append(f"false alarm {c.rule} {c.operands}")
    assert not problems, problems


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_metrics(stem, audited) -> None:
    got: dict[str, list] = {}
    for m in audited[stem].metrics:
        vals = got.setdefault(m["key"], [])
        if not any(same_value(m["value"], v) for v in vals):
            vals.append(m["value"])
    wrong = [(m["key"], m["value"], got.get(m["key"])) for m in EXPECTED[stem]["metrics"]
             if len(got.get(m["key"]) or []) != 1 or not same_value(got[m["key"]][0], m["value"])]
    assert not wrong, wrong


def test_no_recovered_money_filed_as_a_disaster_loss(audited) -> None:
    # "为受援人挽回经济损失2386.5万元", "为消费者挽回经济损失近600万元" are not disaster losses.
    for stem in ("dongyuan-justice-2023", "jinping-market-2023"):
        assert not [m for m in audited[stem].metrics if m["key"] == "disasters.direct_loss"]


def test_rounded_amounts_keep_their_printed_precision(audited) -> None:
    """2865.43亿元 stands for 2865.425-2865.435 亿元: its sum and shares are decided, not unverifiable."""
    checks = [c for c in audited["qingchuan-stats-2023"].checks
              if same_value(c.operands.get("total") or c.operands.get("denominator") or 0, 2865.43)]
    assert len(checks) >= 4 and all(c.status == "pass" for c in checks), [(c.rule, c.status) for c in checks]


def test_a_wrong_rounded_total_is_flagged(tmp_path) -> None:
    text = REPORTS["qingchuan-stats-2023"].read_text(encoding="utf-8").replace("2865.43亿元", "2875.43亿元", 1)
    p = tmp_path / "qingchuan-stats-2023.txt"
    p.write_text(text, encoding="utf-8")
    flags = toolkit.audit(p).flags
    assert any(c.kind == "sum" and same_value(c.operands["total"], 2875.43) for c in flags)


def test_interval_of_an_amount_in_yi_yuan() -> None:
    from decimal import Decimal

    from toolkit.load import load_bytes
    from toolkit.normalize import normalize
    from toolkit.quantities import find_quantities

    text = normalize(load_bytes("全年一般公共预算收入186.52亿元。".encode(), "x.txt"))
    q = next(q for q in find_quantities(text) if q.unit == "亿元")
    value, low, high = _num(q)
    assert value == Decimal("186.52") and low == Decimal("186.515") and high == Decimal("186.525")
