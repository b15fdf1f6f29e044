"""Check a fictional dev set's answer files against its report texts, without the engine.

    .venv/bin/python tests/data/builder/check_answers.py tests/data/SET

For every relation of expected/ and expected-enc/: the quote occurs in the report (whitespace
removed, and page footers and running headers skipped where a quote runs over a page break; .docx read with python-docx, paragraphs and table rows with cells joined by tabs;
.txt decoded as UTF-16 when it opens with a byte-order mark, else UTF-8, else GB18030), every operand is printed inside the quote (digits,
digits with 万, Chinese numerals), `holds` agrees with the arithmetic (the rules of
shared/tools/mutate.py; approximate relations must hold), a relation that does not hold carries
a `note`, ids are unique and pattern letters known. Every metric: its key is in shared/corpus/metric-keys.yaml
(given once), its quote occurs in the report and prints its value (counts with 万 multiplied out, money and
rates as printed). Prints per-pattern counts; exit 1 on a fault.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
if len(sys.argv) < 2:
    sys.exit(__doc__)
HERE = Path(sys.argv[1]).resolve()
from common import holds, metric_printed, operand_values, printed_in, quote_in  # noqa: E402

KEYS_FILE = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "metric-keys.yaml"
KEYS = yaml.safe_load(KEYS_FILE.read_text(encoding="utf-8")) if KEYS_FILE.is_file() else None

PATTERNS = set("ABCDEFGHOT")
KINDS = {"sum": ("total", "parts"), "ratio": ("numerator", "denominator", "percent"),
         "change": ("current", "percent"), "equal": ("values",), "bound": ("smaller", "larger")}
PAIRS = [("reports", "expected"), ("reports-enc", "expected-enc")]


def read_report(path: Path) -> str:
    if path.suffix == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        d = docx.Document(str(path))
        lines = []
        for child in d.element.body.iterchildren():  # paragraphs and tables in the order printed
            if child.tag.endswith("}p"):
                lines.append(Paragraph(child, d).text)
            elif child.tag.endswith("}tbl"):
                lines += ["\t".join(c.text for c in row.cells) for row in Table(child, d).rows]
        return "\n".join(lines)
    raw = path.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def check_file(report: Path, answer: dict) -> list[str]:
    faults = []
    flat = read_report(report)
    ids = Counter(r["id"] for r in answer.get("relations") or [])
    faults += [f"{report.name}: duplicate id {i}" for i, n in ids.items() if n > 1]
    for r in answer.get("relations") or []:
        where = f"{report.name} {r['id']}"
        if r["kind"] not in KINDS or any(k not in r for k in KINDS[r["kind"]]):
            faults.append(f"{where}: bad kind or missing operands")
            continue
        if r.get("pattern") not in PATTERNS:
            faults.append(f"{where}: pattern {r.get('pattern')!r}")
        q = r.get("quote") or ""
        if not quote_in(q, flat):
            faults.append(f"{where}: quote not in the report")
        faults += [f"{where}: operand {v} not printed in the quote" for v in operand_values(r) if not printed_in(v, q)]
        if r.get("approx"):
            if not r.get("holds", True):
                faults.append(f"{where}: an approximate relation marked as not holding")
            continue
        if holds(r) != r.get("holds", True):
            faults.append(f"{where}: holds={r.get('holds')} but the arithmetic says {holds(r)}")
        if not r.get("holds", True) and not r.get("note"):
            faults.append(f"{where}: a relation that does not hold without a note")
    for m in answer.get("metrics") or []:
        where = f"{report.name} metric {m.get('key')}"
        if KEYS is not None and m.get("key") not in KEYS:
            faults.append(f"{where}: not a key of metric-keys.yaml")
        if any(k not in m for k in ("key", "value", "unit", "qualifier", "quote")):
            faults.append(f"{where}: a field missing")
            continue
        if not quote_in(m["quote"], flat):
            faults.append(f"{where}: quote not in the report")
        elif not metric_printed(m["value"], m["unit"], m["quote"]):
            faults.append(f"{where}: {m['value']} {m['unit']} not printed in its quote")
    keys = Counter(m.get("key") for m in answer.get("metrics") or [])
    faults += [f"{report.name}: metric {k} given twice" for k, n in keys.items() if n > 1]
    for nc in answer.get("not_checkable") or []:
        if not quote_in(nc["quote"], flat):
            faults.append(f"{report.name}: not_checkable quote not in the report: {nc['quote'][:40]}")
    return faults


def main() -> int:
    faults, per, planted, files, metrics = [], Counter(), Counter(), 0, 0
    for rdir, edir in PAIRS:
        for exp in sorted((HERE / edir).glob("*.yaml")):
            answer = yaml.safe_load(exp.read_text(encoding="utf-8"))
            report = HERE / rdir / answer["report"]
            if not report.exists():
                faults.append(f"{exp.name}: no report {answer['report']}")
                continue
            files += 1
            metrics += len(answer.get("metrics") or [])
            faults += check_file(report, answer)
            for r in answer.get("relations") or []:
                per[r.get("pattern")] += 1
                planted[r.get("pattern")] += not r.get("holds", True)
    for f in faults:
        print(f)
    print(f"{files} reports, {sum(per.values())} relations, {sum(planted.values())} do not hold"
          + (f", {metrics} metrics" if metrics else ""))
    print("per pattern (planted): " + ", ".join(f"{p} {per[p]} ({planted[p]})" for p in sorted(per)))
    print("clean" if not faults else f"{len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
