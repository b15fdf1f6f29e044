"""The checks' tolerance: exact and rounding-aware by default, loosened only on request, and said so."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

import toolkit
from toolkit.checks import Tolerance
from toolkit.cli import main
from toolkit.errors import ParameterError
from toolkit.params import validate_params

REPORT = """某区应急管理局2024年法治政府建设情况报告

2024年，全区共排查一般隐患300项，已整改200项，整改率66.6%。全年办理行政处罚案件1000件，其中简易程序600件、一般程序399件。
"""


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    p = tmp_path / "report.txt"
    p.write_text(REPORT, encoding="utf-8")
    return p


def _checks(path: Path, tol: Tolerance | None) -> dict[str, toolkit.checks.Check]:
    return {c.rule: c for c in toolkit.audit(path, tolerance=tol).checks}


def test_default_is_exact_and_rounding_aware(report: Path) -> None:
    checks = _checks(report, None)
    # 200/300 = 66.67%: a truncated 66.6% is not what half-up or half-even rounding prints.
    assert checks["ratio.rate"].status == "fail"
    assert checks["sum.breakdown"].status == "fail"  # 600 + 399 = 999, not 1000
    assert not any(c.operands.get("within_tolerance") for c in checks.values())


@pytest.mark.parametrize(("tol", "rule", "status"), [
    (Tolerance.of(["half-up", "half-even", "down"]), "ratio.rate", "pass"),  # truncation admitted
    (Tolerance.of(["half-up"]), "ratio.rate", "fail"),
    (Tolerance.of(rate_tolerance=0.1), "ratio.rate", "pass"),  # |66.67 - 66.6| <= 0.1 point
    (Tolerance.of(rate_tolerance=0.05), "ratio.rate", "fail"),
    (Tolerance.of(sum_tolerance=0.001), "sum.breakdown", "pass"),  # 1 in 1000
    (Tolerance.of(sum_tolerance=0.0005), "sum.breakdown", "fail"),
])
def test_a_tolerance_loosens_only_what_it_names(report: Path, tol: Tolerance, rule: str, status: str) -> None:
    check = _checks(report, tol)[rule]
    assert check.status == status
    assert bool(check.operands.get("within_tolerance")) == (status == "pass")
    if status == "pass":
        assert "容差" in check.message_zh and "tolerance" in check.message_en


def test_a_pass_without_the_tolerance_is_not_marked(tmp_path: Path) -> None:
    p = tmp_path / "ok.txt"
    p.write_text(REPORT.replace("66.6%", "66.7%").replace("399件", "400件"), encoding="utf-8")
    checks = _checks(p, Tolerance.of(["half-up", "half-even", "down"], 0.5, 0.01))
    assert {c.status for c in checks.values()} == {"pass"}
    assert not any(c.operands.get("within_tolerance") for c in checks.values())


def test_the_tolerance_does_not_leak_out_of_the_audit(report: Path) -> None:
    toolkit.audit(report, tolerance=Tolerance.of(sum_tolerance=0.01))
    assert _checks(report, None)["sum.breakdown"].status == "fail"


@pytest.mark.parametrize(("kwargs", "where"), [
    ({"rounding": ["sideways"]}, "rounding"),
    ({"rounding": []}, "rounding"),
    ({"rate_tolerance": -1}, "rate_tolerance"),
    ({"rate_tolerance": 6}, "rate_tolerance"),
    ({"sum_tolerance": "lots"}, "sum_tolerance"),
    ({"sum_tolerance": 0.5}, "sum_tolerance"),
])
def test_bad_tolerances_are_refused_by_name(kwargs: dict, where: str) -> None:
    with pytest.raises(ParameterError) as exc:
        Tolerance.of(**kwargs)
    assert exc.value.location == where


def test_of_reads_parameter_values() -> None:
    tol = Tolerance.of("down", "0.1", 0)
    assert tol.rounding == ("down",) and tol.rate == Decimal("0.1") and tol.relative == 0
    assert Tolerance.of() == Tolerance() and Tolerance().is_default
    assert tol.as_parameters() == {"rounding": "down", "rate_tolerance": "0.1", "sum_tolerance": "0"}


def test_cli_check_options(report: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    strict = runner.invoke(main, ["check", str(report), "--json"])
    assert strict.exit_code == 1
    loose = runner.invoke(main, ["check", str(report), "--json", "--rounding", "half-up", "--rounding", "down",
                                 "--sum-tolerance", "0.001", "--xlsx", str(tmp_path / "a.xlsx")])
    assert loose.exit_code == 0, loose.output
    data = json.loads(loose.stdout[: loose.stdout.rindex("]") + 1])
    assert all(c["status"] == "pass" for c in data[0]["checks"])
    bad = runner.invoke(main, ["check", str(report), "--sum-tolerance", "0.5"])
    assert bad.exit_code == 2 and "sum-tolerance" in bad.output
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "a.xlsx", read_only=True)
    values = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None}
    summary = next(v for v in values if "rounding=" in v)  # the summary sheet's parameters line
    assert "rounding=half-up, down" in summary and "sum_tolerance=0.001" in summary


def test_parameter_files_validate_the_tolerance(report: Path, tmp_path: Path) -> None:
    ok = validate_params({"notebook": "audit_report", "report": str(report), "rounding": ["half-up", "down"],
                          "rate_tolerance": 0.1, "sum_tolerance": 0.001}, root=tmp_path)
    assert ok.rounding == ["half-up", "down"]
    with pytest.raises(ParameterError) as exc:
        validate_params({"notebook": "audit_report", "report": str(report), "rounding": ["sideways"],
                         "sum_tolerance": 0.5}, root=tmp_path)
    assert "rounding" in str(exc.value) and "sum_tolerance" in str(exc.value)


def test_the_job_writes_the_tolerance_into_its_outputs(report: Path, tmp_path: Path) -> None:
    from toolkit import jobs

    job = jobs.audit_job(report, output_dir=tmp_path / "out", rounding=["half-up", "half-even", "down"],
                         sum_tolerance=0.001)
    assert job.status == "ok"
    assert job.parameters["rounding"] == "half-up, half-even, down"
    assert job.parameters["sum_tolerance"] == "0.001"
