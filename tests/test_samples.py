"""The project's own sample reports: metrics against the truth file, planted errors flagged
and nothing else, and typos planted into them caught (runs without ../shared)."""

from __future__ import annotations

import math
import random
import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import toolkit
from toolkit.compare import compare_years

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REPORTS = sorted(p for p in (SAMPLES / "reports").iterdir() if p.is_file())
EXPECTED = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (SAMPLES / "expected").glob("*.yaml")}


def _same(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


@pytest.fixture(scope="module")
def audited() -> dict[str, toolkit.AuditResult]:
    results = [toolkit.audit(p) for p in REPORTS]
    compare_years(results)
    return {Path(r.report.path).stem: r for r in results}


def test_every_format_is_represented() -> None:
    assert {p.suffix for p in REPORTS} >= {".txt", ".md", ".html", ".docx", ".pdf"}
    assert len(REPORTS) >= 6


def test_metrics_match_the_truth_file(audited) -> None:
    found = total = 0
    misses = []
    for stem, exp in EXPECTED.items():
        got: dict[str, set] = {}
        for m in audited[stem].metrics:
            got.setdefault(m["key"], set()).add(m["value"])
        for m in exp["metrics"]:
            total += 1
            vals = got.get(m["key"], set())
            if len(vals) == 1 and _same(next(iter(vals)), m["value"]):
                found += 1
            else:
                misses.append((stem, m["key"], m["value"], vals))
    # The sample reports were written apart from the catalog; most, not all, phrasings are known.
    assert found / total >= 0.95, misses


def test_planted_errors_are_flagged_and_nothing_else(audited) -> None:
    truth = yaml.safe_load((SAMPLES / "truth.yaml").read_text(encoding="utf-8"))
    planted_reports = {stem for stem, r in truth["reports"].items() if r.get("planted")}
    cross = {c["report"] for c in truth["cross_report"] if not c["holds"]}
    for stem, result in audited.items():
        flags = result.flags
        exp = EXPECTED[stem]
        failing = [r for r in exp["relations"] if not r.get("holds", True)]
        # Each failing relation of the truth file is among the flags (by its operand values).
        for rel in failing:
            assert any(_matches(rel, c) for c in flags), (stem, rel["id"], [c.operands for c in flags])
        # Every flag is a planted error: a failing relation, a cross-year claim, or a plausibility plant.
        for c in flags:
            ok = (any(_matches(rel, c) for rel in failing)
                  or (c.rule == "change.previous_report" and stem.split("-print")[0] in cross)
                  or (c.kind == "count_amount" and stem in planted_reports))
            assert ok, (stem, c.rule, c.operands)


def _matches(rel: dict, check) -> bool:
    ops = check.operands
    if rel["kind"] != check.kind:
        return False
    keys = {"sum": ("total",), "ratio": ("numerator", "denominator", "percent"), "change": ("current", "percent"),
            "bound": ("smaller", "larger"), "equal": ()}[rel["kind"]]
    if not all(k in ops and _same(ops[k], rel[k]) for k in keys):
        return False
    if rel["kind"] == "equal":
        return sorted(map(float, ops["values"])) == sorted(map(float, rel["values"]))
    return True


# --- typos planted into the UTF-8 sample reports ---------------------------------------------


def _holds(rel: dict) -> bool:
    k = rel["kind"]
    if k == "sum":
        return sum(Decimal(str(x)) for x in rel["parts"]) == Decimal(str(rel["total"]))
    if k == "bound":
        return Decimal(str(rel["smaller"])) <= Decimal(str(rel["larger"]))
    if k == "equal":
        return len({Decimal(str(v)) for v in rel["values"]}) == 1
    if k == "ratio":
        pct = str(rel["percent"])
        places = len(pct.split(".")[1]) if "." in pct else 0
        c = Decimal(rel.get("per") or 100) * Decimal(str(rel["numerator"])) / Decimal(str(rel["denominator"]))
        return toolkit.checks._rounds_to(c, Decimal(pct), places)
    return True


def _mutations() -> list[tuple[Path, str, str]]:
    rng = random.Random(11)
    out = []
    for p in REPORTS:
        if p.suffix not in (".txt", ".md"):
            continue
        raw = p.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue  # the GBK sample is covered by the loader tests
        flat = re.sub(r"\s+", "", text)
        for rel in EXPECTED[p.stem]["relations"]:
            if rel.get("approx") or not rel.get("holds", True) or rel["kind"] not in ("sum", "bound", "ratio", "equal"):
                continue
            quote = re.sub(r"\s+", "", rel["quote"])
            if quote not in flat:
                continue
            operand = rel["total"] if rel["kind"] == "sum" else rel.get("smaller") or rel.get("numerator") \
                or (rel.get("values") or [None])[0]
            printed = str(operand)
            m = re.search(rf"(?<![\d.]){re.escape(printed)}(?![\d.])", quote)
            if not m or not printed.isdigit():
                continue
            for _ in range(2):
                digits = list(printed)
                i = rng.randrange(len(digits))
                digits[i] = rng.choice([d for d in "123456789" if d != digits[i]])
                typo = "".join(digits)
                broken = dict(rel)
                role = "total" if rel["kind"] == "sum" else "smaller" if "smaller" in rel else \
                    "numerator" if "numerator" in rel else None
                if role:
                    broken[role] = int(typo)
                else:
                    broken["values"] = [int(typo), *rel["values"][1:]]
                if _holds(broken):
                    continue
                mutated = quote[: m.start()] + typo + quote[m.end() :]
                out.append((p, quote, mutated))
    return out


def test_planted_typos_are_caught(tmp_path) -> None:
    plans = _mutations()
    assert len(plans) >= 20
    base = {}
    caught = 0
    missed = []
    for i, (p, quote, mutated) in enumerate(plans):
        text = p.read_text(encoding="utf-8")
        flat_to_raw = _replace_flat(text, quote, mutated)
        if flat_to_raw is None:
            continue
        if p not in base:
            base[p] = {(c.kind, repr(c.operands)) for c in toolkit.audit(p).flags}
        q = tmp_path / f"m{i}{p.suffix}"
        q.write_text(flat_to_raw, encoding="utf-8")
        new = {(c.kind, repr(c.operands)) for c in toolkit.audit(q).flags} - base[p]
        if new:
            caught += 1
        else:
            missed.append(mutated[:60])
    assert caught / len(plans) >= 0.9, missed


def _replace_flat(text: str, quote: str, mutated: str) -> str | None:
    """Put ``mutated`` where ``quote`` stands in ``text``, whose whitespace the quote lacks."""
    chars = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    flat = "".join(c for _, c in chars)
    pos = flat.find(quote)
    if pos < 0:
        return None
    start = chars[pos][0]
    end = chars[pos + len(quote) - 1][0] + 1
    return text[:start] + mutated + text[end:]
