"""The review panel, driven through its widget objects in Python (select, set, save), and the
review notebook executed headless."""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime
from pathlib import Path

import nbformat
import pytest

import toolkit
from tests.kernel import notebook_kernel, venv_kernel_path
from toolkit.ledger import ENV_VAR, open_ledger
from toolkit.load import load
from toolkit.widgets import ReviewPanel, review_reports

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "reports").iterdir())
NOTEBOOK = ROOT / "notebooks" / "review.ipynb"


@pytest.fixture(scope="module")
def results():
    return toolkit.audit_many(SAMPLES)


@pytest.fixture
def led(tmp_path, results):
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.record_run("r1", results)
        yield ledger


@pytest.fixture
def panel(led, results):
    return ReviewPanel(led, results, reviewer="王审计", language="en")


def _p3(results):
    res = next(r for r in results if r.report.path.endswith("songling-2023.txt"))
    return res, next(c for c in res.flags if c.rule == "ratio.rate")


def test_lists_every_flag_errors_first_and_counts_them(panel, results) -> None:
    n = sum(len(r.flags) for r in results)
    assert len(panel.items) == len(panel.flag_list.options) == n == 14  # the PDF copy of songling-2024 gets its cross-year check too
    severities = [item["severity"] for item in panel.items]
    assert severities == sorted(severities, key=lambda s: {"error": 0, "warning": 1}[s])
    assert panel.flag_list.value == 0 and panel.current is panel.items[0]
    assert panel.left == n
    assert f"<b>{n}</b> of {n} flags left to review" in panel.counter.value
    assert all(label.startswith("[open] ") for label, _ in panel.flag_list.options)


def test_selecting_a_flag_shows_message_figures_and_neighbouring_lines(panel, results) -> None:
    res, check = _p3(results)
    panel.select(check.id)
    assert panel.current["check_id"] == check.id
    detail = panel.detail.value
    assert html.escape(check.message_zh) in detail and html.escape(check.message_en) in detail
    for figure in ("2672项", "2765项", "97.8%"):
        assert f">{figure}</mark>" in detail
    (line,) = {e.line for e in check.evidence}
    lines = load(res.report.path).text.split("\n")
    assert f"<code class='aw-source'>songling-2023.txt L{line}</code>" in detail  # the file names itself
    # The cited line and its non-blank neighbours, numbered, the figures marked where they are.
    before = [n for n in range(1, line) if lines[n - 1].strip()][-2:]
    after = [n for n in range(line + 1, len(lines) + 1) if lines[n - 1].strip()][:2]
    assert len(before) == len(after) == 2
    for n in [*before, line, *after]:
        assert f"{n:>4}</code> {html.escape(lines[n - 1])[:20]}" in detail
    assert f"{before[0] - 1:>4}</code>" not in detail and f"{after[-1] + 1:>4}</code>" not in detail
    cited = detail.split(f"{line:>4}</code>", 1)[1].split("</div>", 1)[0]
    assert cited.count("<mark") == 3
    assert panel.disposition.value == "open" and panel.note.value == ""


def test_the_figures_read_as_the_workbook_shows_them(led, panel, results) -> None:
    # the panel showed the engine's raw numbers (97.8 / 96.6365 / -1.1635), no unit, no percent sign
    _, check = _p3(results)
    panel.select(check.id)
    assert "<tr><td>97.8%</td><td>96.6%</td><td>-1.2%</td></tr>" in panel.detail.value
    p4 = next(c for r in results if r.report.path.endswith("songling-2024.txt") for c in r.flags
              if c.rule == "change.yoy" and c.operands["current"] == 4)
    panel.select(p4.id)
    assert "<tr><td>5起</td><td>5.33起</td><td>+0.33起</td></tr>" in panel.detail.value
    # over the ledger alone (no operands kept): the rate still in percent at its printed decimals
    alone = ReviewPanel(led, reviewer="王审计")
    alone.select(check.id)
    assert "<tr><td>97.8%</td><td>96.6%</td><td>-1.2%</td></tr>" in alone.detail.value


def test_set_and_save_writes_the_ledger(panel, led, results) -> None:
    _, check = _p3(results)
    panel.select(check.id)
    panel.disposition.value = "confirmed"
    panel.note.value = "核对原始台账:2672/2765=96.64%"
    panel.save_button.click()
    d = led.dispositions()[check.id]
    assert (d["disposition"], d["reviewer"], d["note"], d["source"]) == (
        "confirmed", "王审计", "核对原始台账:2672/2765=96.64%", "notebook")
    (h,) = led.history(check.id)
    assert (h["old_disposition"], h["new_disposition"], h["source"]) == (None, "confirmed", "notebook")
    assert "Saved confirmed" in panel.status.value and "aw-ok" in panel.status.value
    assert panel.left == 13 and "<b>13</b> of 14" in panel.counter.value
    assert panel.current["check_id"] == check.id  # the selection stays on the saved flag
    label = dict((v, k) for k, v in panel.flag_list.options)[panel.flag_list.value]
    assert label.startswith("[confirmed] error · ratio.rate · songling-2023.txt")
    assert "Decided <b>confirmed</b> by 王审计" in panel.detail.value

    panel.save_button.click()  # nothing changed: nothing recorded
    assert "Unchanged" in panel.status.value and len(led.history(check.id)) == 1
    panel.disposition.value = "explained"
    panel.save()
    assert [h["new_disposition"] for h in led.history(check.id)] == ["confirmed", "explained"]


def test_save_needs_a_reviewer(led, results) -> None:
    panel = ReviewPanel(led, results, language="en")
    panel.disposition.value = "false positive"
    panel.save_button.click()
    assert "reviewer" in panel.status.value and "aw-error" in panel.status.value
    assert led.dispositions() == {} and panel.left == 14
    panel.reviewer.value = "  "
    assert not panel.save()
    panel.reviewer.value = "李"
    assert panel.save() and led.dispositions()[panel.current["check_id"]]["reviewer"] == "李"


def test_next_and_previous(panel) -> None:
    first, second = panel.visible[0], panel.visible[1]
    panel.next_button.click()
    assert panel.flag_list.value == second
    panel.previous_button.click()
    panel.previous_button.click()  # stays on the first
    assert panel.flag_list.value == first
    for _ in range(len(panel.visible) + 3):
        panel.next()
    assert panel.flag_list.value == panel.visible[-1]


def test_filters(panel, results) -> None:
    assert [f.label for f in (panel.report_filter, panel.severity_filter, panel.rule_filter,
                              panel.disposition_filter)] == ["(all)"] * 4
    md = next(r for r in results if r.report.path.endswith("qinghe-2023.md"))
    panel.report_filter.value = md.report.path
    assert len(panel.flag_list.options) == len(md.flags) == 2
    assert {panel.items[i]["report"] for i in panel.visible} == {md.report.path}
    assert "2 shown" in panel.counter.value
    panel.rule_filter.value = "sum.breakdown"
    assert [panel.items[i]["rule"] for i in panel.visible] == ["sum.breakdown"]
    panel.report_filter.value = ""  # (all)
    panel.rule_filter.value = ""
    panel.severity_filter.value = "error"
    assert len(panel.visible) == sum(c.severity == "error" for r in results for c in r.flags)

    target = panel.items[panel.visible[3]]
    panel.select(target["check_id"], target["report"])
    panel.disposition.value = "explained"
    panel.save()
    panel.disposition_filter.value = "explained"
    assert [panel.items[i]["check_id"] for i in panel.visible] == [target["check_id"]]
    assert panel.current is target
    panel.disposition_filter.value = "open"
    assert target["check_id"] not in {panel.items[i]["check_id"] for i in panel.visible}
    panel.disposition_filter.value = "false positive"
    assert panel.visible == [] and panel.current is None and "No flag matches" in panel.detail.value
    assert not panel.save() and "Select a flag" in panel.status.value


def test_a_new_panel_shows_the_decisions_saved(panel, led, results) -> None:
    _, check = _p3(results)
    panel.select(check.id)
    panel.disposition.value = "false positive"
    panel.note.value = "口径不同"
    panel.save()
    again = ReviewPanel(led, results, reviewer="李", language="en")
    again.select(check.id)
    assert again.disposition.value == "false positive" and again.note.value == "口径不同"
    assert again.reviewer.value == "李"  # who reviews now, not who decided before
    assert "Decided <b>false positive</b> by 王审计" in again.detail.value and "口径不同" in again.detail.value
    assert again.left == 13


def test_a_panel_over_the_ledger_shows_resolved_flags(led, results) -> None:
    _, check = _p3(results)
    second = [r.to_dict() for r in results]
    for d in second:
        d["checks"] = [c for c in d["checks"] if c["id"] != check.id]
    led.record_run("r2", second)
    panel = ReviewPanel(led, language="en")
    assert len(panel.items) == 11  # over the ledger: one flag per check id (the .pdf copy shares them)
    resolved = [i for i in panel.items if i["state"] == "resolved"]
    assert [i["check_id"] for i in resolved] == [check.id]
    assert panel.left == 10 and ", 1 resolved" in panel.counter.value
    panel.select(check.id)
    assert "resolved" in panel.detail.value and ">97.8%</mark>" in panel.detail.value
    assert dict((v, k) for k, v in panel.flag_list.options)[panel.flag_list.value].endswith("(resolved)")


def test_report_text_is_escaped(tmp_path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某区应急管理局2023年度法治政府建设情况报告\n"
                      "全年<b>检查</b>企业100家<script>alert(1)</script>，其中国有企业60家、民营企业50家。\n",
                      encoding="utf-8")
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        panel = ReviewPanel(ledger, [toolkit.audit(report)], reviewer="x")
        assert len(panel.items) == 1
        detail = panel.detail.value
        assert "<script>" not in detail and "<b>检查" not in detail
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in detail and "&lt;b&gt;检查&lt;/b&gt;" in detail
        assert '>100家</mark>' in detail


def test_a_missing_report_file_still_shows_the_evidence(led, results) -> None:
    moved = [r.to_dict() for r in results]
    for d in moved:
        d["report"]["path"] = "/nowhere/" + Path(d["report"]["path"]).name
        for c in d["checks"]:
            for e in c["evidence"]:
                e["file"] = "/nowhere/" + Path(e["file"]).name
    panel = ReviewPanel(led, moved)
    assert "not available" in panel.detail.value and "<mark" in panel.detail.value


def test_review_reports_audits_records_and_names_unreadable_reports(tmp_path) -> None:
    ledger = tmp_path / "l.sqlite"
    panel = review_reports(["samples/reports", "samples/missing.txt"], root=ROOT, ledger=ledger, reviewer="王",
                           run_id="nb-1")
    assert len(panel.items) == 11 and panel.reviewer.value == "王"
    assert "missing.txt" in panel.status.value and "aw-error" in panel.status.value
    with open_ledger(ledger) as led:
        (run,) = led.runs()
        assert run["run_id"] == "nb-1" and run["reports"] == 6  # songling-2024-print.pdf is songling-2024.txt: audited once
    assert all(Path(i["report"]).is_absolute() for i in panel.items)
    panel.ledger.close()


# --- the notebook ----------------------------------------------------------------------------------


def test_the_notebook_is_stored_clean_and_thin() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "audit-workbook"  # the project's kernel, as the other notebooks
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    params = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and params[0] is code[0]
    namespace: dict = {}
    exec(params[0].source, namespace)  # plain assignments only
    assert namespace["reports"] == ["samples/reports"] and namespace["root"] == ".." and namespace["ledger"] is None
    for c in code[1:]:  # no logic in the notebook: it calls the toolkit
        assert "def " not in c.source and "class " not in c.source and "for " not in c.source
    assert "from toolkit.widgets import review_reports" in code[1].source


def test_the_notebook_runs_headless_with_papermill(tmp_path, monkeypatch) -> None:
    import papermill

    kernel = notebook_kernel(NOTEBOOK)
    monkeypatch.setenv("JUPYTER_PATH", str(venv_kernel_path(tmp_path / "jupyter", kernel)))
    ledger = tmp_path / "env-ledger.sqlite"
    monkeypatch.setenv(ENV_VAR, str(ledger))  # the parameter left at None: the environment decides
    out = tmp_path / "review-out.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters={"reviewer": "papermill", "run_id": "pm-1"},
                               cwd=str(ROOT / "notebooks"), kernel_name=kernel, progress_bar=False,
                               execution_timeout=300)
    nb = nbformat.read(out, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    views = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(views) == 1
    # nbclient stores the widgets' state in the notebook: the Select holds the 11 flags (one file per report).
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    (select,) = [m for m in state.values() if m["model_name"] == "SelectModel"]
    assert len(select["state"]["_options_labels"]) == 11
    with open_ledger(ledger) as led:
        assert [r["run_id"] for r in led.runs()] == ["pm-1"] and len(led.flags()) == 11
    assert not (ROOT / "notebooks" / "outputs").exists()
    json.dumps(nb)  # the executed notebook is plain JSON


# --- language, a file of one's own, progress (issue 13) ------------------------------------------------


def test_the_panel_speaks_chinese_by_default_and_english_on_request(led, results) -> None:
    zh = ReviewPanel(led, results, reviewer="王")
    assert "条疑点待复核" in zh.counter.value and zh.save_button.description == "保存"
    assert zh.report_filter.label == "(全部)" and zh.disposition.label == "待定"
    zh.disposition.value = "confirmed"
    zh.save()
    assert "已于" in zh.status.value and "确认" in zh.status.value
    en = ReviewPanel(led, results, language="en")
    assert "flags left to review" in en.counter.value and en.save_button.description == "Save"
    with pytest.raises(ValueError):
        ReviewPanel(led, results, language="fr")


def test_a_path_box_checked_on_entry_audits_ones_own_file(led, results, tmp_path) -> None:
    panel = ReviewPanel(led, results, reviewer="王", root=ROOT)
    panel.path_box.value = "samples/reports/nope.txt"
    assert panel.audit_button.disabled and "aw-error" in panel.path_status.value
    assert "nope.txt" in panel.path_status.value
    panel.path_box.value = "pyproject.toml"
    assert panel.audit_button.disabled and ".toml" in panel.path_status.value
    panel.path_box.value = "samples/reports/songling-2023.txt"
    assert not panel.audit_button.disabled and "songling-2023.txt" in panel.path_status.value
    runs = len(led.runs())
    panel.audit_button.click()
    assert {Path(i["report"]).name for i in panel.items} == {"songling-2023.txt"} and len(panel.items) == 2
    assert len(led.runs()) == runs + 1 and "aw-ok" in panel.status.value
    assert [o[1] for o in panel.report_filter.options][1:] == [panel.items[0]["report"]]


def test_an_uploaded_report_is_saved_beside_the_ledger_and_audited(led, results) -> None:
    panel = ReviewPanel(led, results, language="en")
    data = (ROOT / "samples" / "reports" / "qinghe-2022.txt").read_bytes()
    panel.upload.value = ({"name": "../../mine.txt", "type": "text/plain", "size": len(data),
                           "content": memoryview(data),
                           "last_modified": datetime(2024, 1, 1, tzinfo=UTC)},)
    saved = led.path.parent / "uploads" / "mine.txt"
    assert saved.read_bytes() == data
    assert {i["report"] for i in panel.items} == {str(saved)} and len(panel.items) == 1


def test_review_reports_shows_progress_in_a_notebook(monkeypatch, tmp_path) -> None:
    import toolkit.progress as progress_module

    shown: list[str] = []
    monkeypatch.setattr(progress_module, "_in_kernel", lambda: True)
    monkeypatch.setattr(progress_module, "_display_line", lambda: shown.append)
    panel = review_reports(["samples/reports"], root=ROOT, ledger=tmp_path / "l.sqlite", run_id="p")
    assert shown[0].startswith("审计报告 1/7: ") and shown[-1] == "审计报告: 7/7 done"
    panel.ledger.close()
