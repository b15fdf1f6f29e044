"""Build a fictional dev set from SET/source/r_*.py: print each report, cut the quotes, write the answers.

    .venv/bin/python tests/data/builder/build.py tests/data/SET [r_name ...]

Refuses (exits 1) a relation whose anchor is not in the printed text, whose operands are not
printed inside its anchor, or whose arithmetic disagrees with its planted note (a relation with
`bad=` must not hold; every other one must), and a metric (`rep.metric`) whose key is not in
shared/corpus/metric-keys.yaml or whose quote is not in the text or does not print its value.
"""
from __future__ import annotations

import importlib
import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import HALF, configure, holds, metric_printed, operand_values, printed_in, quote_in  # noqa: E402

if len(sys.argv) < 2:
    sys.exit(__doc__)
SET = Path(sys.argv[1]).resolve()
SOURCE = SET / "source"
sys.path.insert(0, str(SOURCE))  # the set's r_*.py import common/tables from here or from the set
configure(SOURCE)
DIRS = {"main": ("reports", "expected"), "enc": ("reports-enc", "expected-enc")}
ORDER = ["id", "kind", "total", "parts", "numerator", "denominator", "percent", "per", "current",
         "previous", "values", "smaller", "larger", "holds", "approx", "pattern", "quote", "note"]


def is_table_line(line: str) -> bool:
    return "\t" in line or "  " in line or line.startswith("|") or line.startswith("<")


NUMCH = set("0123456789,.%‰")


def wrap(para: str, width: int) -> list[str]:
    """Cut a line every `width` characters, but never inside a number (PDF copies keep them whole)."""
    out, i = [], 0
    while len(para) - i > width:
        j = i + width
        while j < len(para) and para[j - 1] in NUMCH and para[j] in NUMCH:
            j += 1
        out.append(para[i:j])
        i = j
    out.append(para[i:])
    return out


def paginate(rep, text: str) -> str:
    """Hard-wrap long prose lines and put a page footer and a running header between paragraphs."""
    out: list[str] = []
    since, page = 0, 1
    for para in text.split("\n"):
        chunks = wrap(para, rep.wrap) if rep.wrap and len(para) > rep.wrap and not is_table_line(para) else [para]
        if rep.page_every and since >= rep.page_every and para.strip() and not is_table_line(para):
            out += ["", rep.page_style.format(n=page), ""]
            if rep.header:
                out += [rep.header, ""]
            page += 1
            since = 0
        out += chunks
        since += len(chunks)
    return "\n".join(out) + "\n"


def printed_text(rep) -> str:
    text = rep.text.strip("\n")
    if rep.half:
        text = text.translate(HALF)
    if rep.fmt == "txt":
        text = paginate(rep, text)
    return text if text.endswith("\n") else text + "\n"


def write_docx(rep, text: str, path: Path) -> None:
    import docx  # python-docx, a dependency of the project

    doc = docx.Document()
    for line in text.split("\n"):
        if line.startswith("@@TABLE"):
            rows = rep.docx_blocks[int(line.split()[1])]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        else:
            doc.add_paragraph(line)
    doc.core_properties.created = doc.core_properties.modified = datetime(2021, 1, 15)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry times, so that a rebuild gives the same bytes
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2021, 1, 15, 0, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)


def reference_text(rep, text: str) -> str:
    """What the quotes are cut from: for .docx, the paragraphs and the tables' rows (cells by tabs)."""
    if rep.fmt != "docx":
        return text
    out = []
    for line in text.split("\n"):
        if line.startswith("@@TABLE"):
            out += ["\t".join(map(str, r)) for r in rep.docx_blocks[int(line.split()[1])]]
        else:
            out.append(line)
    return "\n".join(out)


KEYS = yaml.safe_load((HERE.parents[2].parent / "shared" / "corpus" / "metric-keys.yaml").read_text(encoding="utf-8")) \
    if (HERE.parents[2].parent / "shared" / "corpus" / "metric-keys.yaml").is_file() else None


def metric_faults(name: str, m: dict, flat: str) -> list[str]:
    """A metric's key is known, its quote is in the text and prints its value."""
    out = []
    if KEYS is not None and m["key"] not in KEYS:
        out.append(f"{name} metric {m['key']}: not a key of metric-keys.yaml")
    if not quote_in(m["quote"], flat):
        out.append(f"{name} metric {m['key']}: quote not in the text: {m['quote'][:60]}")
    elif not metric_printed(m["value"], m["unit"], m["quote"]):
        out.append(f"{name} metric {m['key']}: {m['value']} {m['unit']} not printed in its quote")
    return out


def build(rep) -> list[str]:
    errors = []
    text = printed_text(rep)
    flat = reference_text(rep, text)
    rels, n = [], 0
    for r in rep.rels:
        r = dict(r)
        if "id" not in r:
            n += 1
            r["id"] = f"r{n}"
        q = r.pop("anchor", None) or r.get("quote")
        if rep.half:
            q = q.translate(HALF)
        r["quote"] = q
        if not quote_in(q, flat):
            errors.append(f"{rep.name} {r['id']}: quote not in the text: {q[:60]}")
        for v in operand_values(r):
            if not printed_in(v, q):
                errors.append(f"{rep.name} {r['id']}: operand {v} not printed in its quote")
        ok = holds(r)
        if ok == bool(r.get("note")) and not r.get("approx"):
            errors.append(f"{rep.name} {r['id']}: holds={ok} but note={r.get('note')!r}")
        # an approximate relation (a qualifier, a rounded column) holds within its rounding
        r["holds"] = ok or (bool(r.get("approx")) and not r.get("note"))
        rels.append({k: r[k] for k in ORDER if k in r})
    ids = [r["id"] for r in rels]
    if len(ids) != len(set(ids)):
        errors.append(f"{rep.name}: duplicate ids")
    nc = []
    for a, why in rep.nc:
        a = a.translate(HALF) if rep.half else a
        if not quote_in(a, flat):
            errors.append(f"{rep.name}: not_checkable quote not in the text: {a[:50]}")
        nc.append({"quote": a, "why": why})
    metrics = []
    for m in rep.metrics:
        m = dict(m)
        if rep.half:
            m["quote"] = m["quote"].translate(HALF)
        errors += metric_faults(rep.name, m, flat)
        metrics.append(m)
    rdir, edir = (SET / d for d in DIRS[rep.dest])
    rdir.mkdir(exist_ok=True)
    edir.mkdir(exist_ok=True)
    fname = f"{rep.name}.{rep.fmt}"
    if rep.fmt == "docx":
        write_docx(rep, text, rdir / fname)
    else:
        (rdir / fname).write_bytes(text.encode(rep.enc))
    answer = {"report": fname, "agency": rep.agency, "year": rep.year, "metrics": metrics,
              "relations": rels, "not_checkable": nc}
    (edir / f"{rep.name}.yaml").write_text(
        yaml.safe_dump(answer, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return errors


def main() -> int:
    mods = sorted(p.stem for p in SOURCE.glob("r_*.py"))
    only = set(sys.argv[2:])
    errors, total, bad = [], 0, 0
    for m in mods:
        if only and m not in only:
            continue
        rep = importlib.import_module(m).rep
        errors += build(rep)
        total += len(rep.rels)
        bad += sum(1 for r in rep.rels if r.get("note"))
    for e in errors:
        print(e)
    print(f"{len(mods)} reports, {total} relations, {bad} planted; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
