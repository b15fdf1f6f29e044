"""Run parameters: one YAML file per notebook run, validated before any kernel starts.

A parameter file names its notebook and that notebook's parameters::

    notebook: audit_report          # or compare_reports
    report: samples/reports/qinghe-2023.md
    previous_report: samples/reports/qinghe-2022.txt
    language: zh
    rounding: [half-up, half-even, down]   # optional: the checks' tolerance
    rate_tolerance: 0.1                     # percentage points

The same file works with plain papermill (``papermill notebooks/audit_report.ipynb
out.ipynb -f params/x.yaml``): every key is a parameter of the notebook. Relative paths
are read from the working directory, as papermill's kernel does. Every problem of a file
is reported at once, each naming the key.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, ValidationInfo, field_validator

from .errors import ParameterError

NOTEBOOKS = ("audit_report", "compare_reports")
NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"
MAX_PARAMS_BYTES = 256 * 1024


def _context(info: ValidationInfo) -> dict[str, Any]:
    return info.context or {}


def _existing_file(value: Path | None, info: ValidationInfo) -> Path | None:
    if value is None:
        return None
    root = Path(_context(info).get("root", "."))
    full = value if value.is_absolute() else root / value
    if not full.is_file():
        raise ValueError(f"no such report file: {value}")
    return value


class _Common(BaseModel):
    """Parameters every notebook takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, Field(pattern=NAME_PATTERN)] | None = None
    language: Literal["zh", "en"] = "zh"
    fail_on: Literal["error", "warning", "never"] = "error"
    # Where a plain papermill run writes; the runner writes to outputs/<run-id>/<name>/ instead.
    output_dir: Path | None = None
    ledger: Path | None = None
    # The checks' tolerance (toolkit.checks.Tolerance); the defaults are exact and rounding-aware.
    rounding: Annotated[list[Literal["half-up", "half-even", "down", "up"]], Field(min_length=1)] | None = None
    rate_tolerance: Annotated[float, Field(ge=0, le=5)] = 0
    sum_tolerance: Annotated[float, Field(ge=0, le=0.1)] = 0

    @field_validator("output_dir", "ledger")
    @classmethod
    def _inside_outputs(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        ctx = _context(info)
        root = Path(ctx.get("root", ".")).resolve()
        outputs = Path(ctx.get("outputs", root / "outputs")).resolve()
        full = (value if value.is_absolute() else root / value).resolve()
        if full != outputs and outputs not in full.parents:
            raise ValueError(f"{value} is outside the output folder {outputs}")
        return value


class AuditReportParams(_Common):
    """notebooks/audit_report.ipynb: one report, optionally against the previous year's."""

    notebook: Literal["audit_report"]
    report: Path
    previous_report: Path | None = None
    agency: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    year: Annotated[int, Field(ge=1949, le=2100)] | None = None
    doc_number: Annotated[str, Field(min_length=1, max_length=100)] | None = None

    @field_validator("report", "previous_report")
    @classmethod
    def _files(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        return _existing_file(value, info)

    @property
    def reports(self) -> list[Path]:
        return [p for p in (self.previous_report, self.report) if p is not None]


class CompareReportsParams(_Common):
    """notebooks/compare_reports.ipynb: several reports (years of one agency, or agencies of one year)."""

    notebook: Literal["compare_reports"]
    reports: Annotated[list[Path], Field(min_length=1, max_length=500)]
    title: Annotated[str, Field(max_length=200)] | None = None

    @field_validator("reports")
    @classmethod
    def _files(cls, value: list[Path], info: ValidationInfo) -> list[Path]:
        root = Path(_context(info).get("root", "."))
        missing = [str(p) for p in value if not (p if p.is_absolute() else root / p).is_file()]
        if missing:
            raise ValueError(f"no such report file: {', '.join(missing)}")
        return value


RunParams = AuditReportParams | CompareReportsParams
_ADAPTER: TypeAdapter[RunParams] = TypeAdapter(Annotated[RunParams, Field(discriminator="notebook")])


def _where(loc: tuple[Any, ...]) -> str:
    # pydantic prefixes the discriminator's value ('audit_report'); the user wrote only the key.
    parts = [str(p) for p in loc]
    if parts and parts[0] in NOTEBOOKS:
        parts = parts[1:]
    return ".".join(parts) or "notebook"


def _message(err: dict[str, Any]) -> str:
    kind = err.get("type")
    if kind == "extra_forbidden":
        return "unknown key" + _did_you_mean(err.get("loc", ()))
    if kind == "missing":
        return "missing"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f"must be one of {', '.join(NOTEBOOKS)}"
    msg = str(err.get("msg", "invalid"))
    return msg.removeprefix("Value error, ")


def _did_you_mean(loc: tuple[Any, ...]) -> str:
    """', did you mean 'previous_report'?' for a misspelt key (the closest key its notebook accepts)."""
    import difflib

    if len(loc) != 2 or loc[0] not in NOTEBOOKS:
        return ""
    model = AuditReportParams if loc[0] == "audit_report" else CompareReportsParams
    close = difflib.get_close_matches(str(loc[1]), [k for k in model.model_fields if k != "notebook"], n=1,
                                      cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def validate_params(data: Any, *, source: str | Path = "<parameters>", root: str | Path = ".",
                    outputs: str | Path | None = None) -> RunParams:
    """Validate a parameter mapping; raise one ``ParameterError`` listing every problem, by key."""
    if not isinstance(data, dict):
        raise ParameterError("a parameter file must be a mapping of keys to values", path=source)
    context = {"root": str(root), "outputs": str(outputs) if outputs is not None else str(Path(root) / "outputs")}
    try:
        return _ADAPTER.validate_python(data, context=context)
    except ValidationError as exc:
        problems = [f"{_where(e['loc'])}: {_message(e)}" for e in exc.errors()]
        raise ParameterError("; ".join(problems), path=source) from None


def load_params(path: str | Path, *, root: str | Path = ".", outputs: str | Path | None = None) -> RunParams:
    """Read and validate one parameter file (YAML)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ParameterError("no such parameter file", path=path) from None
    except OSError as exc:
        raise ParameterError(f"cannot read: {exc.strerror or exc}", path=path) from None
    if len(raw) > MAX_PARAMS_BYTES:
        raise ParameterError(f"parameter file larger than {MAX_PARAMS_BYTES // 1024} KiB", path=path)
    try:
        data = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ParameterError("not UTF-8 text", path=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ParameterError(f"invalid YAML: {problem}", path=path, location=where) from None
    return validate_params(data, source=path, root=root, outputs=outputs)


def run_name(params: RunParams, source: str | Path) -> str:
    """The run's folder name: ``name`` when given, else the parameter file's stem."""
    return params.name or Path(source).stem


def notebook_parameters(params: RunParams, *, output_dir: str | Path) -> dict[str, Any]:
    """What papermill injects: every key but ``notebook`` and ``name``, ``output_dir`` set by the caller.

    Paths stay as written: relative ones are read from the kernel's working directory (the
    project folder locally, the task's folder on a Dask worker), so a result names its report
    the same way whichever machine ran it.
    """
    data = params.model_dump(mode="json", exclude_none=False)
    data.pop("notebook", None)
    data.pop("name", None)
    data["output_dir"] = str(output_dir)
    return data


def params_digest(params: RunParams) -> str:
    """A short digest of the validated parameters (what a re-run must match to be reused)."""
    blob = json.dumps(params.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
