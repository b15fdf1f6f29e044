"""Expected-file tests on the shared corpus: every relation found with its status, no false alarm."""

from __future__ import annotations

import pytest

import toolkit
from tests.corpus import check_matches, expected_pairs, require_corpus

PAIRS = expected_pairs("reports", "expected") + expected_pairs("practice", "expected-practice")


def _score(report, expected) -> tuple[int, int, list[str]]:
    result = toolkit.audit(report)
    used: set[int] = set()
    found = 0
    problems = []
    for rel in expected.get("relations") or []:
        idx = [i for i, c in enumerate(result.checks) if i not in used and check_matches(rel, c)]
        if not idx:
            problems.append(f"missing {rel['id']}")
            continue
        used.add(idx[0])
        c = result.checks[idx[0]]
        want_fail = not rel.get("holds", True)
        ok = c.status == "fail" if want_fail else c.status in (("pass", "unverifiable") if rel.get("approx")
                                                              else ("pass",))
        if ok:
            found += 1
        else:
            problems.append(f"wrong status {rel['id']}: {c.status}")
    for i, c in enumerate(result.checks):
        if i not in used and c.status == "fail":
            problems.append(f"false alarm {c.rule} {c.operands}")
    return found, len(expected.get("relations") or []), problems


@pytest.mark.parametrize(("report", "expected"), expected_pairs("reports", "expected"),
                         ids=lambda v: getattr(v, "stem", ""))
def test_corpus_reports_every_relation_no_false_alarm(report, expected) -> None:
    found, total, problems = _score(report, expected)
    assert found == total and not problems, problems


def test_practice_at_least_90_percent_and_no_false_alarm() -> None:
    require_corpus()
    found = total = 0
    alarms = []
    for report, expected in expected_pairs("practice", "expected-practice"):
        f, n, problems = _score(report, expected)
        found += f
        total += n
        alarms += [f"{report.stem}: {p}" for p in problems if p.startswith("false alarm")]
    assert not alarms, alarms
    assert found / total >= 0.9, (found, total)


def test_putuo_2022_double_decline_is_flagged() -> None:
    corpus = require_corpus()
    result = toolkit.audit(corpus / "reports" / "putuo-2022.txt")
    flags = [c for c in result.flags if c.kind == "change" and c.operands["current"] == 4
             and c.operands["percent"] == -25]
    assert len(flags) == 2  # accidents and deaths: no whole previous count gives -25%
    assert all("= 5.33" in c.message_en and "a count is whole" in c.message_en for c in flags)
