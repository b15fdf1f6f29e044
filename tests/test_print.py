"""The workbook as printed: LibreOffice renders it to PDF and the test reads what is on paper.

A4 paper, text at a legible size, no cell whose text is cut, overprinted or broken mid-word,
no evidence sentence printed twice.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

import toolkit
from tests.helpers import soffice, soffice_convert
from toolkit.workbook import write_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "reports"
A4 = (595.3, 841.9)


def to_pdf(book: Path, out: Path) -> Path:
    """Print a workbook to PDF as LibreOffice does (every sheet, its own page set-up)."""
    return soffice_convert(book, out, "pdf")


class Printed:
    """The pages of a printed workbook: size, text and characters of each."""

    def __init__(self, pdf: Path):
        with pdfplumber.open(pdf) as doc:
            self.pages = [{"size": (round(p.width, 1), round(p.height, 1)), "text": p.extract_text() or "",
                           "chars": [c for c in p.chars if c["text"].strip()]} for p in doc.pages]

    def of(self, *header_words: str) -> list[dict]:
        """The pages of one sheet, known by words of its repeated header row."""
        return [p for p in self.pages if all(w in p["text"] for w in header_words)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, tuple[Path, Printed]]:
    soffice()
    out = tmp_path_factory.mktemp("print")
    books = {
        "one": write_workbook(toolkit.audit_many([SAMPLES / "songling-2023.txt"]), out / "one.xlsx"),
        "all": write_workbook(toolkit.audit_many(sorted(SAMPLES.iterdir())), out / "all.xlsx"),
    }
    return {k: (b, Printed(to_pdf(b, out))) for k, b in books.items()}


def _sheets(p: Printed) -> dict[str, list[dict]]:
    return {"Summary": p.of("Unverifiable", "Warnings"), "Flags": p.of("Disposition", "Reviewer"),
            "Evidence": p.of("Sentence", "Figures"), "Rules": p.of("What it checks")}


def test_every_page_is_a4(printed) -> None:
    for _, doc in printed.values():
        assert doc.pages
        for page in doc.pages:
            assert sorted(page["size"]) == list(A4), page["size"]


def test_text_is_printed_at_a_legible_size(printed) -> None:
    for name, (_, doc) in printed.items():
        sheets = _sheets(doc)
        for sheet, pages in sheets.items():
            assert pages, (name, sheet)
            for page in pages:
                smallest = min(c["size"] for c in page["chars"])
                assert smallest >= 8.95, (name, sheet, smallest)
        for page in doc.pages:  # the data sheets (Checks, Quantities …) too, at 7.5 pt or more (14 columns of figures)
            if page["chars"]:
                assert min(c["size"] for c in page["chars"]) >= 7.45, (name, page["text"][:80])


def _overlaps(chars: list[dict]) -> list[tuple[str, str]]:
    """Pairs of characters printed over each other (a row too low for its wrapped text)."""
    found = []
    chars = sorted(chars, key=lambda c: (c["top"], c["x0"]))
    for i, a in enumerate(chars):
        for b in chars[i + 1:]:
            if b["top"] >= a["bottom"] - 0.5:
                break
            w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if w > 0.4 * min(a["x1"] - a["x0"], b["x1"] - b["x0"]) and h > 0.4 * min(a["size"], b["size"]):
                found.append((a["text"], b["text"]))
    return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# The English header word of each printed column, left to right.
COLUMNS = {"Flags": ["Severity", "Rule", "Message", "Expected", "Observed", "Difference", "Evidence",
                     "Disposition", "Reviewer", "Note", "Relation", "Root"],
           "Summary": ["File", "Agency", "Year", "Doc", "Date", "Checks", "Pass", "Fail", "Unverifiable",
                       "Errors", "Warnings"]}


def _columns(page_obj, words: list[str]) -> dict[str, str]:
    """The printed text of each column of a page, cut out between its header and the next one."""
    found = {}
    for w in page_obj.extract_words():
        if w["text"] in words and w["text"] not in found:
            found[w["text"]] = w["x0"]
    edges = sorted(found.items(), key=lambda kv: kv[1])
    out = {}
    for i, (word, x0) in enumerate(edges):
        x1 = edges[i + 1][1] - 0.5 if i + 1 < len(edges) else page_obj.width
        out[word] = page_obj.crop((x0 - 0.5, 0, x1, page_obj.height)).extract_text() or ""
    return out


def _table(book: Path, sheet_word: str, words: list[str], rows: int | None = None) -> dict[str, list[str]]:
    """The text cells of a sheet's printed columns (hidden ones are not printed), by header word."""
    ws = next(w for w in openpyxl.load_workbook(book).worksheets if sheet_word in w.title)
    hidden = {k for k, d in ws.column_dimensions.items() if d.hidden}
    letters = {}
    for c in ws[1]:
        for word in words:
            if c.column_letter not in hidden and isinstance(c.value, str) and re.search(rf"\b{word}\b", c.value):
                letters.setdefault(word, c.column_letter)
    out: dict[str, list[str]] = {w: [] for w in letters}
    for word, letter in letters.items():
        for cell in ws[letter][: rows or ws.max_row]:
            if isinstance(cell.value, str) and cell.value and not cell.value.startswith("="):
                out[word].append(cell.value)
    return out


def test_no_cell_is_cut_overprinted_or_broken_mid_word(printed) -> None:
    for name, (book, _doc) in printed.items():
        n_reports = 1 if name == "one" else len(list(SAMPLES.iterdir()))
        with pdfplumber.open(book.with_suffix(".pdf")) as pdf:
            for sheet, words in COLUMNS.items():
                header = words[-1] if sheet == "Summary" else "Disposition"
                pages = [p for p in pdf.pages if header in (p.extract_text() or "") and words[0] in (p.extract_text() or "")]
                assert pages, (name, sheet)
                printed_cols: dict[str, str] = {}
                for page in pages:
                    text = page.extract_text() or ""
                    assert "###" not in text, (name, sheet)  # a number too wide for its column
                    chars = [c for c in page.chars if c["text"].strip()]
                    assert not _overlaps(chars), (name, sheet, _overlaps(chars)[:5])
                    for word, col_text in _columns(page, words).items():
                        printed_cols[word] = printed_cols.get(word, "") + "\n" + col_text
                cells = _table(book, sheet, words, rows=n_reports + 1 if sheet == "Summary" else None)
                assert set(cells) <= set(printed_cols), (name, sheet, set(cells) - set(printed_cols))
                for word, values in cells.items():
                    col_text = printed_cols[word]
                    lines = col_text.split("\n")
                    for value in values:
                        # Every cell's text is on paper whole (a clipped cell loses its last lines) ...
                        assert all(_squash(part) in _squash(col_text) for part in value.split("\n")), \
                            (name, sheet, word, value)
                        # ... and no word, number or id is broken over two lines (ids break at . _ -, as typeset).
                        for token in re.findall(r"[A-Za-z0-9][A-Za-z0-9%+]*", value):
                            if len(token) > 2:
                                assert any(re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", ln)
                                           for ln in lines), (name, sheet, word, token, value)


def test_the_flags_page_shows_what_an_auditor_signs(printed) -> None:
    book, _ = printed["one"]
    with pdfplumber.open(book.with_suffix(".pdf")) as pdf:
        page = next(p for p in pdf.pages if all(w in (p.extract_text() or "") for w in ("Disposition", "Severity")))
        text = page.extract_text()
        cols = _columns(page, COLUMNS["Flags"])
    # one report: ID and Report are not printed; the figures are, with their units
    assert "Report" not in text and not re.search(r"\b[0-9a-f]{16}\b", text)
    assert "97.8%" in cols["Expected"] and "96.6%" in cols["Observed"] and "-1.2%" in cols["Difference"]
    assert "整改率97.8%,但已整改2672项/排查隐患2765项=96.64%" in _squash(cols["Message"])
    assert "songling-2023.txtL11:" in _squash(cols["Evidence"])


def test_evidence_sentences_are_printed_once(printed) -> None:
    book, doc = printed["all"]
    text = _squash("\n".join(p["text"] for p in _sheets(doc)["Evidence"]))
    ws = next(w for w in openpyxl.load_workbook(book).worksheets if "Evidence" in w.title)
    sentences = Counter((row[0], row[2]) for row in ws.iter_rows(min_row=2, values_only=True) if row[2])
    assert sentences and max(sentences.values()) == 1
    for _, sentence in sentences:
        head = _squash(sentence)[:30]
        # a sentence appears once per file: the same text of another report is another row
        assert text.count(head) == sum(1 for _, s in sentences if _squash(s)[:30] == head), sentence


def test_summary_headers_whole_and_said_once(printed) -> None:
    for name, (_, doc) in printed.items():
        (page, *_) = _sheets(doc)["Summary"]
        first = page["text"]
        assert "SHA-256 SHA-256" not in first
        for word in ("Unverifiable", "Warnings", "Checks", "Agency"):
            assert re.search(rf"\b{word}\b", first), (name, word)


def _chart_labels(pdf: Path) -> str:
    """The words printed inside the Summary's chart (right of the rules' table, between the
    chart's title and the run's details below it), in reading order."""
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages[:3]:
            words = page.extract_words()
            title = next((w for w in words if "按规则" in w["text"]), None)
            if title is None:
                continue
            below = next(w["top"] for w in words if w["text"].startswith("运行时间"))
            left = next(w["x0"] for w in words if w["text"] == "年度")  # the table's counts end before
            inside = [w for w in words if w["x0"] >= left and title["bottom"] < w["top"] < below]
            return "".join(w["text"] for w in sorted(inside, key=lambda w: (round(w["top"]), w["x0"])))
    return ""


def test_every_bar_of_the_summary_chart_is_named(printed) -> None:
    # A rule id wrapped in two lines made LibreOffice print every other bar's label only
    for name, (book, _) in printed.items():
        ws = openpyxl.load_workbook(book).worksheets[0]
        rules = [r[0].value.replace("\n", "") for r in ws.iter_rows(min_row=2)
                 if isinstance(r[0].value, str) and re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", r[0].value.replace("\n", ""))]
        assert rules, name
        labels = _chart_labels(book.with_suffix(".pdf"))
        for rule in rules:
            assert rule in labels, (name, rule, labels)


def test_readme_shows_every_screenshot() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from docs.make_screenshots import SHOTS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert {"flags", "summary"} <= set(SHOTS)
    for name in SHOTS:
        assert (ROOT / "docs" / f"{name}.png").is_file(), name
        assert f"](docs/{name}.png)" in readme, name


def test_screenshot_script_prints_the_pages(tmp_path, monkeypatch) -> None:
    soffice()
    if shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("poppler-utils (pdftoppm) is missing: `make system-deps` installs it")
        pytest.skip("pdftoppm not installed")
    import sys

    sys.path.insert(0, str(ROOT))
    import docs.make_screenshots as shots

    monkeypatch.setattr(shots, "DOCS", tmp_path)
    assert shots.main(["flags", "summary"]) == 0
    for name in ("flags", "summary"):
        png = tmp_path / f"{name}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shots.main(["nonesuch"]) == 2
