"""Parameter files: the schema, its error messages, and the shipped params/."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import ParameterError
from toolkit.params import AuditReportParams, CompareReportsParams, load_params, notebook_parameters, validate_params

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str, name: str = "run.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_params_are_valid() -> None:
    files = sorted((ROOT / "params").glob("*.yaml"))
    assert len(files) >= 7
    kinds = {type(load_params(f, root=ROOT)) for f in files}
    assert kinds == {AuditReportParams, CompareReportsParams}


def test_minimal_audit_report(tmp_path: Path) -> None:
    report = write(tmp_path, "一、检查企业100家。", "r.txt")
    p = load_params(write(tmp_path, f"notebook: audit_report\nreport: {report}\n"), root=tmp_path)
    assert isinstance(p, AuditReportParams)
    assert p.report == report and p.language == "zh" and p.fail_on == "error"


@pytest.mark.parametrize(("text", "key", "words"), [
    ("notebook: audit_report\nreport: r.txt\ncolour: red\n", "colour", "unknown key"),
    ("notebook: audit_report\n", "report", "missing"),
    ("notebook: audit_report\nreport: missing.txt\n", "report", "no such report file"),
    ("notebook: audit_report\nreport: r.txt\nyear: next\n", "year", "integer"),
    ("notebook: audit_report\nreport: r.txt\nyear: 1800\n", "year", "greater than or equal"),
    ("notebook: audit_report\nreport: r.txt\nlanguage: fr\n", "language", "'zh' or 'en'"),
    ("notebook: audit_report\nreport: r.txt\noutput_dir: /tmp/elsewhere\n", "output_dir", "outside the output folder"),
    ("notebook: audit_report\nreport: r.txt\noutput_dir: outputs/../../x\n", "output_dir", "outside the output folder"),
    ("notebook: audit_report\nreport: r.txt\nname: ../escape\n", "name", "pattern"),
    ("notebook: tidy_up\nreport: r.txt\n", "notebook", "must be one of"),
    ("report: r.txt\n", "notebook", "must be one of"),
    ("notebook: compare_reports\nreports: []\n", "reports", "at least 1"),
    ("notebook: compare_reports\nreports: [r.txt, gone.txt]\n", "reports", "gone.txt"),
])
def test_bad_parameters_name_the_file_and_the_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    write(tmp_path, "一、检查企业100家。", "r.txt")
    f = write(tmp_path, text)
    with pytest.raises(ParameterError) as info:
        load_params(f, root=tmp_path)
    message = str(info.value)
    assert message.startswith(str(f)), message
    assert f"{key}:" in message and words in message, message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    f = write(tmp_path, "notebook: audit_report\nreport: nope.txt\nyear: x\nextra: 1\n")
    with pytest.raises(ParameterError) as info:
        load_params(f, root=tmp_path)
    msg = str(info.value)
    assert "report:" in msg and "year:" in msg and "extra: unknown key" in msg


@pytest.mark.parametrize(("text", "words"), [
    ("- just\n- a list\n", "must be a mapping"),
    ("notebook: [unclosed\n", "invalid YAML"),
    ("", "must be a mapping"),
])
def test_not_a_parameter_mapping(tmp_path: Path, text: str, words: str) -> None:
    with pytest.raises(ParameterError, match=words):
        load_params(write(tmp_path, text), root=tmp_path)


def test_missing_and_undecodable_parameter_files(tmp_path: Path) -> None:
    with pytest.raises(ParameterError, match="no such parameter file"):
        load_params(tmp_path / "absent.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("notebook: audit_report\nreport: 报告.txt\n".encode("gbk"))
    with pytest.raises(ParameterError, match="not UTF-8"):
        load_params(bad)


def test_injected_parameters_keep_paths_as_written_and_output_dir_is_the_callers(tmp_path: Path) -> None:
    write(tmp_path, "x", "a.txt")
    write(tmp_path, "x", "b.txt")
    p = validate_params({"notebook": "audit_report", "report": "b.txt", "previous_report": str(tmp_path / "a.txt")},
                        root=tmp_path)
    injected = notebook_parameters(p, output_dir="/out/x")
    assert injected["report"] == "b.txt"  # read from the kernel's working directory
    assert injected["previous_report"] == str(tmp_path / "a.txt")
    assert injected["output_dir"] == "/out/x"
    assert "notebook" not in injected and "name" not in injected
