"""Planning a batch: the runner's file names, parameter files -> validated run specs, the toolkit's fingerprint."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ParameterError, ToolkitError
from ..jobs import RESULT_JSON, WORKBOOK
from ..params import load_params, notebook_parameters, params_digest, run_name

KERNEL = "audit-workbook"
MANIFEST = "manifest.json"
LOCK = ".audit-workbook.lock"
NOTEBOOK_OUT = "notebook.ipynb"
HTML_OUT = "notebook.html"
REPORT_HTML_OUT = "report.html"  # the same page without code cells, for sign-off
OUTPUT_FILES = {"notebook": NOTEBOOK_OUT, "html": HTML_OUT, "report_html": REPORT_HTML_OUT, "workbook": WORKBOOK,
                "json": RESULT_JSON}
STATUSES = ("ok", "flags", "error")


# --- planning --------------------------------------------------------------------------------


@dataclass
class RunSpec:
    """One notebook run, planned: everything an executor needs, all of it plain data (picklable)."""

    name: str
    params_file: str
    notebook: str  # absolute path of the .ipynb
    parameters: dict[str, Any]  # what papermill injects (output_dir set by the executor)
    inputs: list[dict[str, str]]  # [{"path", "sha256"}]
    fail_on: str
    digest: str  # parameters + inputs + notebook + toolkit: what a re-usable earlier run must match
    root: str  # the kernel's working directory
    ledger: str | None = None  # where the runner records the run's checks


@dataclass
class Plan:
    specs: list[RunSpec] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)  # manifest entries of files that failed validation


def collect(paths: list[str | Path]) -> list[Path]:
    """Parameter files as given; a folder stands for its *.yaml and *.yml files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix in (".yaml", ".yml")))
        else:
            out.append(p)
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def toolkit_fingerprint() -> str:
    """A digest of the installed toolkit's code and catalog: a changed checker means a re-run."""
    h = hashlib.sha256(__version__.encode())
    pkg = Path(__file__).parent
    for f in sorted([*pkg.rglob("*.py"), *pkg.rglob("*.yaml")]):
        h.update(f.relative_to(pkg).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def plan(params_files: list[str | Path], *, root: str | Path = ".", output_root: str | Path = "outputs",
         notebooks: str | Path | None = None, fail_on: str | None = None) -> Plan:
    """Validate every parameter file (no kernel starts here) and plan one run per valid file."""
    root = Path(root).resolve()
    output_root = Path(output_root) if Path(output_root).is_absolute() else root / output_root
    nb_dir = Path(notebooks) if notebooks is not None else root / "notebooks"
    fingerprint = toolkit_fingerprint()
    result = Plan()
    seen: dict[str, str] = {}
    for source in collect(list(params_files)):
        entry: dict[str, Any] = {"name": source.stem, "params_file": str(source)}
        try:
            params = load_params(source, root=root, outputs=output_root)
            name = run_name(params, source)
            entry["name"] = name
            if name in seen:
                raise ParameterError(f"run name {name!r} is also used by {seen[name]}; set a distinct 'name'",
                                     path=source, location="name")
            notebook = nb_dir / f"{params.notebook}.ipynb"
            if not notebook.is_file():
                raise ParameterError(f"notebook {notebook} not found", path=source, location="notebook")
        except ToolkitError as err:
            result.problems.append({**entry, "status": "error", "error": str(err)})
            continue
        seen[name] = str(source)
        parameters = notebook_parameters(params, output_dir="")
        inputs = [{"path": str(p), "sha256": _sha256(root / p if not p.is_absolute() else p)}
                  for p in params.reports]
        effective_fail_on = fail_on or params.fail_on
        parameters["fail_on"] = effective_fail_on
        digest = hashlib.sha256(json.dumps(
            [params_digest(params), effective_fail_on, inputs, _sha256(notebook), fingerprint],
            sort_keys=True).encode()).hexdigest()[:16]
        result.specs.append(RunSpec(name=name, params_file=str(source), notebook=str(notebook.resolve()),
                                    parameters=parameters, inputs=inputs, fail_on=effective_fail_on,
                                    digest=digest, root=str(root)))
    return result


