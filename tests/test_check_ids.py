"""Check ids survive unrelated edits of a report, so a reviewer's decision follows its check into
the next version: a paragraph inserted above, line breaks moved, another figure edited."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import toolkit

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "samples" / "reports"
PARAGRAPH = "全局现有干部职工58人，其中党员41人，比上年增加3人。"


def _checks(path: Path) -> dict[str, tuple[str, str]]:
    """check id -> (rule, status)"""
    return {c.id: (c.rule, c.status) for c in toolkit.audit(path).checks}


def _read(name: str) -> tuple[str, str]:
    """A sample's text and its encoding."""
    data = (REPORTS / name).read_bytes()
    encoding = "gb18030" if name == "songling-2023.txt" else "utf-8"
    return data.decode(encoding), encoding


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    # Another file name too: a report is known by its agency and year, not by its file.
    out = tmp_path / f"v2-{name}"
    out.write_bytes(text.encode(encoding))
    return out


def _insert_paragraph(name: str, text: str) -> str:
    if name.endswith(".html"):
        anchor = "<p>区政府：</p>"
        assert anchor in text
        return text.replace(anchor, f'{anchor}\n      <p style="text-indent:2em;">{PARAGRAPH}</p>', 1)
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    at = next(i for i, ln in enumerate(lines) if "人民政府" in ln and ln.strip().endswith("：")) + 1
    indent = "\u3000\u3000" if name.endswith(".txt") else ""
    return newline.join([*lines[:at], indent + PARAGRAPH, *lines[at:]])


@pytest.mark.parametrize("name", ["qinghe-2022.txt", "qinghe-2023.md", "songling-2023.txt", "songling-2024.txt",
                                  "linjiang-2022.html"])
def test_a_paragraph_inserted_above_changes_no_id(tmp_path, name) -> None:
    before = _checks(REPORTS / name)
    text, encoding = _read(name)
    edited = _insert_paragraph(name, text)
    assert PARAGRAPH in edited and edited != text
    after = _checks(_write(tmp_path, name, edited, encoding))
    assert len(before) >= 15
    # Every check is still there under its id, with the same rule and outcome; the new paragraph
    # may add checks of its own (41 party members of 58 staff is a bound).
    assert {k: after.get(k) for k in before} == before
    assert len(after) - len(before) <= 2


def _build_samples():
    spec = importlib.util.spec_from_file_location("build_samples", ROOT / "samples" / "build_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("width", "lines_per_page"), [(24, 15), (37, 26)])
def test_line_breaks_moved_change_no_id(tmp_path, monkeypatch, width, lines_per_page) -> None:
    # songling-2024.txt is text copied out of a PDF: hard-wrapped every ~30 characters, page numbers and a
    # running header. The same report wrapped at another width, with other page breaks:
    bs = _build_samples()
    doc = bs.parse_source(bs.SRC / "songling-2024.txt")
    assert bs.render_pdf_like(doc) == (REPORTS / "songling-2024.txt").read_text(encoding="utf-8")  # the sample itself
    wrap = bs.wrap_pdf_like
    monkeypatch.setattr(bs, "wrap_pdf_like", lambda doc: wrap(doc, width=width))
    rewrapped = bs.render_pdf_like(doc, lines_per_page=lines_per_page)
    old_lines = (REPORTS / "songling-2024.txt").read_text(encoding="utf-8").splitlines()
    new_lines = rewrapped.splitlines()
    assert new_lines != old_lines and len(set(new_lines) & set(old_lines)) < len(old_lines) / 2
    before = _checks(REPORTS / "songling-2024.txt")
    after = _checks(_write(tmp_path, "songling-2024.txt", rewrapped, "utf-8"))
    assert after == before and len(before) >= 15


@pytest.mark.parametrize(("name", "old", "new", "rule", "status"), [
    # an unrelated figure edited: nothing changes
    ("qinghe-2022.txt", "全年制作各类执法文书3152份", "全年制作各类执法文书3512份", None, None),
    # planted error P1 corrected: the sum keeps its id and now holds
    ("qinghe-2023.md", "共发现隐患7025项", "共发现隐患7035项", "sum.breakdown", "pass"),
    # planted error P3 corrected: the rate keeps its id and now holds
    ("songling-2023.txt", "整改率97.8%", "整改率96.64%", "ratio.rate", "pass"),
])
def test_another_figure_edited_changes_no_id(tmp_path, name, old, new, rule, status) -> None:
    original = toolkit.audit(REPORTS / name)
    before = {c.id: (c.rule, c.status) for c in original.checks}
    figure = next(q["printed"] for q in original.quantities if q["printed"] in old)
    citing = {c.id for c in original.checks if any(e.printed == figure for e in c.evidence)}
    text, encoding = _read(name)
    assert text.count(old) == 1
    after = _checks(_write(tmp_path, name, text.replace(old, new), encoding))
    assert set(after) == set(before)
    changed = {k for k in before if before[k] != after[k]}
    assert changed <= citing  # only checks of the edited figure may change their outcome
    assert all(before[k][0] == after[k][0] for k in before)
    if rule is None:
        assert changed == set()
    else:
        # The planted error's check keeps its id and now holds: the decision on it follows it.
        assert any(before[k] == (rule, "fail") and after[k] == (rule, status) for k in changed)
