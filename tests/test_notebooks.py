"""Committed notebooks: stored without outputs, with a parameters cell, on the project's kernel, thin."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_notebooks_are_there() -> None:
    names = {p.name for p in NOTEBOOKS}
    assert {"audit_report.ipynb", "compare_reports.ipynb"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: a cell has outputs; clear them before committing"
            assert cell.execution_count is None, f"{path.name}: a cell has an execution count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_has_one_parameters_cell_of_plain_assignments(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters'"
    tree = ast.parse(tagged[0].source)
    assert tree.body and all(isinstance(node, ast.Assign) for node in tree.body)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_on_the_project_kernel(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "audit-workbook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_thin_no_logic_beyond_calls(path: Path) -> None:
    """No function or class definitions: what a notebook computes lives in the toolkit, where tests reach it."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
        for node in ast.walk(ast.parse(source)):
            assert not isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Lambda), \
                f"{path.name}: define {getattr(node, 'name', 'lambda')} in toolkit/, not in the notebook"


@pytest.mark.parametrize("name", ["audit_report", "compare_reports"])
def test_every_parameter_file_key_is_a_parameter_papermill_can_read(name: str, caplog) -> None:
    """papermill reads the parameters cell to warn of unknown parameters: every line must parse, and every
    key a parameter file may hold (toolkit.params) must be a parameter of its notebook."""
    import logging

    from papermill.translators import PythonTranslator

    from toolkit.params import AuditReportParams, CompareReportsParams

    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    with caplog.at_level(logging.WARNING):
        found = {p.name for p in PythonTranslator.inspect(cell)}
    assert "Unable to parse" not in caplog.text
    model = AuditReportParams if name == "audit_report" else CompareReportsParams
    expected = set(model.model_fields) - {"notebook", "name"}
    assert expected <= found, f"{name}: parameters missing from the notebook: {sorted(expected - found)}"
