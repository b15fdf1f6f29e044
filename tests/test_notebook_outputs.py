"""What an auditor reads in the executed notebooks (issue 13): the summary first, final paths,
a sign-off page without code, the previous report's defaults, charts with Chinese that renders."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from click.testing import CliRunner

import toolkit
from tests.helpers import sample_project
from toolkit import display
from toolkit.cli import main

ROOT = Path(__file__).resolve().parent.parent
RUN_ID = "shown"
PARAMS = {
    "qinghe-2023.yaml": "notebook: audit_report\nreport: reports/qinghe-2023.md\n"
                        "previous_report: reports/qinghe-2022.txt\n",
    "wrong-previous.yaml": "notebook: audit_report\nreport: reports/qinghe-2023.md\n"
                           "previous_report: reports/linjiang-2022.html\n",
    "alone.yaml": "notebook: audit_report\nreport: reports/linjiang-2022.html\nlanguage: en\n",
    "trend.yaml": "notebook: compare_reports\nreports:\n"
                  + "".join(f"  - reports/{n}\n" for n in ("qinghe-2022.txt", "qinghe-2023.md", "songling-2023.txt",
                                                           "songling-2024.txt", "songling-2024-print.pdf")),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = sample_project(tmp_path_factory.mktemp("project"), PARAMS)
    old = os.getcwd()
    os.chdir(base)
    try:
        result = CliRunner().invoke(main, ["run", "params", "--run-id", RUN_ID, "--no-ledger"])
    finally:
        os.chdir(old)
    run_dir = base / "outputs" / RUN_ID
    return {"base": base, "result": result, "run_dir": run_dir}


def _outputs(nb_path: Path) -> list[tuple[int, str]]:
    """(cell index, text) of every output: plain text, Markdown, HTML and streams."""
    nb = nbformat.read(nb_path, as_version=4)
    out = []
    for i, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                out.append((i, o.text))
            for kind in ("text/markdown", "text/html", "text/plain"):
                if kind in o.get("data", {}):
                    out.append((i, o.data[kind]))
    return out


def _first_output(nb_path: Path) -> str:
    return next(text for i, text in _outputs(nb_path) if text.strip() and "Auditing" not in text)


def test_the_batch_ran(batch: dict[str, Any]) -> None:
    assert batch["result"].exit_code == 1, batch["result"].output  # flags found, every run complete
    manifest = json.loads((batch["run_dir"] / "manifest.json").read_text(encoding="utf-8"))
    assert {r["status"] for r in manifest["runs"]} == {"flags"}


def test_the_notebook_opens_with_a_summary_flags_first_then_counts(batch: dict[str, Any]) -> None:
    first = _first_output(batch["run_dir"] / "qinghe-2023" / "notebook.ipynb")
    assert first.startswith("### 有疑点:发现 2 项错误")  # the status as a sentence, not a dict
    assert "{'checks'" not in first and "Status: flags" not in first
    assert first.index("疑点 Flags") < first.index("数量")
    assert "qinghe-2022.txt L11" in first  # each flag says where it is, in its own file
    english = _first_output(batch["run_dir"] / "alone" / "notebook.ipynb")
    assert english.startswith("### Flags found: 1 error") and english.index("**Flags**") < english.index("Counts")


def test_the_outputs_cell_shows_the_final_paths(batch: dict[str, Any]) -> None:
    final = batch["run_dir"] / "qinghe-2023"
    texts = [t for _, t in _outputs(final / "notebook.ipynb")]
    assert not [t for t in texts if ".staging" in t]
    shown = "\n".join(texts)
    for name in ("audit.xlsx", "result.json", "report.html"):
        assert f"`{final / name}`" in shown and (final / name).is_file()


def test_a_sign_off_page_without_code_beside_the_full_one(batch: dict[str, Any]) -> None:
    folder = batch["run_dir"] / "qinghe-2023"
    full = (folder / "notebook.html").read_text(encoding="utf-8")
    sign_off = (folder / "report.html").read_text(encoding="utf-8")
    assert "audit_job" in full and 'class="highlight' in full  # the code cells, highlighted
    assert "audit_job" not in sign_off and 'class="highlight' not in sign_off
    assert "有疑点" in sign_off and "qinghe-2022.txt L11" in sign_off
    manifest = json.loads((batch["run_dir"] / "manifest.json").read_text(encoding="utf-8"))
    entry = next(r for r in manifest["runs"] if r["name"] == "qinghe-2023")
    assert entry["outputs"]["report_html"] == "qinghe-2023/report.html"


def test_a_previous_report_of_another_agency_is_said_not_compared(batch: dict[str, Any]) -> None:
    texts = "\n".join(t for _, t in _outputs(batch["run_dir"] / "wrong-previous" / "notebook.ipynb"))
    assert "linjiang-2022.html" in texts and "临江区应急管理局" in texts and "未做跨年核对" in texts
    assert "Empty DataFrame" not in texts
    result = json.loads((batch["run_dir"] / "wrong-previous" / "result.json").read_text(encoding="utf-8"))
    assert not [c for c in result[0]["checks"] if c["rule"] == "change.previous_report"]


def test_no_previous_report_by_default_and_no_empty_dataframe(batch: dict[str, Any]) -> None:
    nb = nbformat.read(ROOT / "notebooks" / "audit_report.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    values = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.parse(cell.source).body}
    assert values["previous_report"] is None
    texts = "\n".join(t for _, t in _outputs(batch["run_dir"] / "alone" / "notebook.ipynb"))
    assert "Empty DataFrame" not in texts and "No previous year's report" in texts


def test_the_comparison_shows_progress_one_copy_per_report_and_readable_charts(batch: dict[str, Any]) -> None:
    nb_path = batch["run_dir"] / "trend" / "notebook.ipynb"
    texts = "\n".join(t for _, t in _outputs(nb_path))
    assert "Auditing: 5/5 done" in texts
    assert "songling-2024-print.pdf are the same report" in texts
    assert "findfont" not in texts and "missing from font" not in texts
    nb = nbformat.read(nb_path, as_version=4)
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 2  # one chart per agency with two years


# --- charts -------------------------------------------------------------------------------------------


def test_a_chart_renders_chinese_even_when_matplotlib_cached_its_fonts_before_the_cjk_font(tmp_path: Path) -> None:
    """A fresh machine: matplotlib's font cache was built before the CJK font was installed.
    Rendering must find the font anyway (fontconfig), never fall back to empty boxes, and
    rebuild the cache so the next process has the font from the start."""
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")}  # this test's own matplotlib cache
    stale = """
from matplotlib import font_manager as fm
fm.fontManager.ttflist[:] = [f for f in fm.fontManager.ttflist
                             if not any(k in f.name for k in ("WenQuanYi", "CJK", "Hei", "Han Sans"))]
import matplotlib, pathlib
fm.json_dump(fm.fontManager, pathlib.Path(matplotlib.get_cachedir()) / f"fontlist-v{fm.FontManager.__version__}.json")
"""
    render = """
import warnings
from matplotlib import font_manager as fm
assert not [f for f in fm.fontManager.ttflist if "WenQuanYi" in f.name], "the cache is not stale"
import toolkit
from toolkit import display
results = toolkit.audit_many(["samples/reports/qinghe-2022.txt", "samples/reports/qinghe-2023.md"])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    figs = display.trend_figures(results)
    assert figs
    for fig in figs:
        fig.savefig("/dev/null", format="png")
missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
print("MISSING", len(missing), missing[:1])
"""
    after = """
from matplotlib import font_manager as fm
print("CACHED", any("WenQuanYi" in f.name for f in fm.fontManager.ttflist))
"""
    outs = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=300) for code in (stale, render, after)]
    assert all(o.returncode == 0 for o in outs), [o.stderr[-500:] for o in outs]
    assert "MISSING 0 " in outs[1].stdout, outs[1].stdout
    assert "CACHED True" in outs[2].stdout


def test_chart_with_chinese_labels_has_no_missing_glyphs() -> None:
    import warnings

    results = toolkit.audit_many([ROOT / "samples" / "reports" / "linjiang-2022.html",
                                  ROOT / "samples" / "reports" / "linjiang-2023.docx"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (fig,) = display.trend_figures(results)
        fig.savefig(os.devnull, format="png")
    assert not [w for w in caught if "missing from font" in str(w.message)]
    assert display.cjk_font() is not None and display.font_note() is None


def test_many_metrics_two_years_one_bar_each_no_legend() -> None:
    results = toolkit.audit_many([ROOT / "samples" / "reports" / "linjiang-2022.html",
                                  ROOT / "samples" / "reports" / "linjiang-2023.docx"])
    (fig,) = display.trend_figures(results)
    (ax,) = fig.axes
    both = display.trends_frame(results).dropna()  # metrics both years name: one bar each
    assert len(both) > 12 and len(ax.patches) == int((both.iloc[:, 0] != 0).sum())
    assert ax.get_legend() is None  # nothing to match colours against
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any("行政处罚" in t for t in labels)


def test_many_metrics_more_years_small_multiples() -> None:
    reports = ROOT / "samples" / "reports"
    results = [toolkit.audit(reports / name, agency="测试局", year=year)
               for name, year in (("qinghe-2022.txt", 2021), ("qinghe-2023.md", 2022), ("qinghe-2022.txt", 2023))]
    (fig,) = display.trend_figures(results)
    titled = [ax for ax in fig.axes if ax.get_title()]
    assert len(titled) > 12 and all(len(ax.lines) == 1 for ax in titled)  # one metric per small chart


def test_progress_counts_what_it_does() -> None:
    from toolkit.progress import progress

    shown: list[str] = []
    assert list(progress(["a/x.txt", "b/y.md"], "审计", show=shown.append)) == ["a/x.txt", "b/y.md"]
    assert shown == ["审计 1/2: x.txt", "审计 2/2: y.md", "审计: 2/2 done"]


# --- make demo: what the charts need -------------------------------------------------------------------


def _stub_bin(folder: Path, scripts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, body in scripts.items():
        (folder / name).write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
        (folder / name).chmod(0o755)
    return folder


def test_make_demo_says_what_the_charts_miss_when_it_cannot_install(tmp_path: Path) -> None:
    """No CJK font, not root, no password-less sudo: the demo's chart check says what is missing."""
    stubs = _stub_bin(tmp_path / "bin", {"fc-list": "exit 0", "id": 'echo 1000', "sudo": "exit 1"})
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}"}
    out = subprocess.run(["make", "-s", "chart-deps"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0
    assert "missing: a CJK font" in out.stdout and "fonts-wqy-zenhei" in out.stdout
    assert "chart-deps" in subprocess.run(["make", "-n", "-p", "demo"], cwd=ROOT, capture_output=True, text=True,
                                          timeout=60).stdout.split("\ndemo:", 1)[1].splitlines()[0]


def test_make_demo_installs_the_font_when_it_may(tmp_path: Path) -> None:
    """As root (CI, a container) the chart check installs the font with apt-get."""
    log = tmp_path / "apt.log"
    stubs = _stub_bin(tmp_path / "bin", {"fc-list": "exit 0", "id": "echo 0",
                                         "apt-get": f'echo "$@" >> {log}'})
    env = {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}"}
    out = subprocess.run(["make", "-s", "chart-deps"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0 and "installing the CJK font" in out.stdout
    assert "install -y -qq fontconfig fonts-wqy-zenhei" in log.read_text()


def test_empty_tables_are_said_in_words(tmp_path: Path) -> None:
    clean = tmp_path / "r.txt"
    clean.write_text("某区应急管理局2023年度工作报告\n全年检查企业100家,其中国有企业60家、民营企业40家。\n",
                     encoding="utf-8")
    results = [toolkit.audit(clean)]
    assert not results[0].flags
    shown = display.flags_table(results)
    assert "没有疑点" in shown._repr_markdown_() and "No flags" in display.flags_table(results, "en").data
    assert "Empty DataFrame" not in repr(display.table(display.flags_frame(results)))
    assert display.status_sentence(type("J", (), {"counts": {"errors": 0, "warnings": 0}, "fail_on": "error",
                                                  "status": "ok"})()) == "通过:所有可核对的数字关系都成立,没有疑点。"


def test_the_summary_says_a_root_cause_once(tmp_path: Path) -> None:
    # the summary listed every truncated rate and every share over a failing total as its own flag
    report = tmp_path / "shares.txt"
    report.write_text("某区应急管理局2023年报告。\n全年发现隐患110项(其中:一般隐患60项,占60%;重大隐患40项,占40%)。\n"
                      "现有执法人员3人,持证2人,持证率66.6%。受理投诉举报9件,办结8件,办结率88.8%。\n", encoding="utf-8")
    results = [toolkit.audit(report)]
    job = type("J", (), {"results": results, "fail_on": "error", "status": "flags",
                         "counts": {"errors": 5, "warnings": 0, "checks": 5, "pass": 0, "fail": 5, "unverifiable": 0}})()
    said = display.summary(job)
    items = [ln for ln in said.splitlines() if ln.startswith("1. ")]
    assert len(items) == 2, items
    assert "截断" in items[0] and "shares.txt" in items[0]
    assert "以它为分母的 2 个占比随之不符" in items[1] and "shares.txt L2" in items[1]
    assert "truncates" in display.summary(job, "en")
    causes = display.flags_frame(results)["cause"].tolist()
    assert sorted(causes) == ["G2", "→ G1", "→ G1", "→ G2", "→ G2"]  # G1: the truncation, G2: the sum


def test_the_checks_and_flags_tables_read_as_the_workbook() -> None:
    # the notebook's tables showed a passing check's severity ("pass error") and the engine's raw
    # numbers (95.8333, a change's percents) where the workbook shows the figures with their units
    samples = ROOT / "samples" / "reports"
    results = toolkit.audit_many([samples / n for n in ("songling-2023.txt", "songling-2024.txt", "linjiang-2023.docx")])
    view = display.checks_view(results)
    assert set(view[view["status"] == "pass"]["severity"]) == {""}
    assert set(view[view["status"] == "fail"]["severity"]) <= {"error", "warning"}
    flags = display.flags_frame(results)

    def row(rule: str, observed: str) -> tuple[str, str, str]:
        (r,) = [tuple(x) for x in flags[(flags["rule"] == rule) & (flags["observed"] == observed)]
                [["expected", "observed", "difference"]].itertuples(index=False)]
        return r

    assert row("ratio.rate", "96.6%") == ("97.8%", "96.6%", "-1.2%")
    assert row("change.yoy", "5.33起") == ("5起", "5.33起", "+0.33起")  # whole previous count, implied one
    assert row("catalog.hazards.major.rectified.le.found", "11项") == ("≤ 9项", "11项", "+2项")
    ratio = view[(view["rule"] == "ratio.rate") & (view["status"] == "fail")].iloc[0]
    assert (ratio["expected"], ratio["observed"]) == ("97.8%", "96.6%")


def test_a_notebook_opened_in_jupyterlab_reads_its_paths_from_the_project_folder(tmp_path: Path,
                                                                                 monkeypatch) -> None:
    """JupyterLab starts the kernel in notebooks/: the default "samples/reports/…" must still be found."""
    import shutil

    import papermill

    from tests.kernel import notebook_kernel, venv_kernel_path

    project = tmp_path / "project"
    shutil.copytree(ROOT / "notebooks", project / "notebooks")
    shutil.copytree(ROOT / "samples" / "reports", project / "samples" / "reports")
    (project / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    nb = project / "notebooks" / "audit_report.ipynb"
    kernel = notebook_kernel(nb)
    monkeypatch.setenv("JUPYTER_PATH", str(venv_kernel_path(tmp_path / "jupyter", kernel)))
    papermill.execute_notebook(str(nb), str(tmp_path / "out.ipynb"), cwd=str(project / "notebooks"),
                               kernel_name=kernel, progress_bar=False, execution_timeout=300)
    assert (project / "outputs" / "notebook" / "audit_report" / "audit.xlsx").is_file()
    assert not (project / "notebooks" / "outputs").exists()


def test_without_any_cjk_font_the_notebook_says_so(tmp_path: Path) -> None:
    script = """
from matplotlib import font_manager
font_manager.fontManager.ttflist[:] = [f for f in font_manager.fontManager.ttflist
                                       if not any(k in f.name for k in ("WenQuanYi", "CJK", "Hei", "Han Sans"))]
from toolkit import display
display._fontconfig_cjk_files = lambda: []  # fontconfig knows none either
print("FONT", display.cjk_font())
print("NOTE", display.font_note("zh"))
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl")})
    assert "FONT None" in out.stdout and "fonts-wqy-zenhei" in out.stdout and "方框" in out.stdout, out.stderr


def test_a_previous_report_not_of_the_year_before_is_said(tmp_path: Path) -> None:
    from toolkit import jobs

    reports = ROOT / "samples" / "reports"
    job = jobs.audit_job(reports / "qinghe-2023.md", previous_report=reports / "qinghe-2022.txt", year=2024,
                         output_dir=tmp_path)
    (note,) = [n for n in job.results[0].notes if "qinghe-2022.txt" in n]
    assert "是 2022 年的,不是 2023 年" in note and "no cross-year checks" in note
    assert not [c for c in job.results[0].checks if c.rule == "change.previous_report"]
    assert note in display.summary(job)
