"""Build unseen7's reports and answer files from one source per report.

Usage (from the project root):
    .venv/bin/python tests/data/unseen7/source/build.py [NAME ...]

Each module in this folder (other than this one and ``tables.py``) defines ``NAME``, ``EXT``,
``CHUNKS`` (strings and ``tables.Table`` objects, concatenated into the source text), ``FMT``
(how the text is printed: ``wrap`` width, ``page`` lines per page, ``header``, ``halfwidth``),
``RELS`` (relations; ``q`` is the quote: a literal of the source, or a pair of anchors
``(start, end)`` cut from the first ``start`` to the end of the first ``end`` after it) and ``NC``
(``not_checkable``: quote and why). Quotes are cut mechanically from the printed text, with the
line breaks and page furniture they cross. Every operand must be printed inside its quote and every
relation's arithmetic must agree with its ``holds`` (the rules of ``shared/tools/mutate.py``).
"""

from __future__ import annotations

import importlib
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
ROOT = SET.parents[2]
for shared in (ROOT.parent / "shared", ROOT.parents[1] / "shared"):
    if (shared / "tools" / "mutate.py").exists():
        sys.path.insert(0, str(shared / "tools"))
        break
sys.path.insert(0, str(HERE))
from mutate import holds, locate
from tables import Table

HALF = str.maketrans({"，": ",", "；": ";", "。": ".", "：": ":", "（": "(", "）": ")"})
OPS = ("total", "parts", "numerator", "denominator", "percent", "per", "current", "previous",
       "values", "smaller", "larger")


def assemble(chunks: list) -> tuple[str, list[dict]]:
    """Concatenate the chunks; tables give their own relations at their offset."""
    text, rels = "", []
    for c in chunks:
        if isinstance(c, Table):
            body = c.render()
            rels.extend(c.relations(len(text)))
            text += body
        else:
            text += c
    return text, rels


def printed(src: str, fmt: dict) -> tuple[str, list[int]]:
    """Apply the print format; return the printed text and each source char's position in it."""
    wrap, page, header = fmt.get("wrap"), fmt.get("page"), fmt.get("header")
    nowrap = fmt.get("nowrap", "|<")
    out: list[str] = []
    where = [0] * len(src)
    pos = 0
    lines_on_page = 0
    pageno = 1

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += len(s)

    def newline() -> None:
        nonlocal lines_on_page, pageno
        emit("\n")
        lines_on_page += 1
        if page and lines_on_page >= page:
            style = fmt.get("pagestyle", "- {n} -")
            emit("\n" + style.format(n=pageno) + "\n\n")
            if header:
                emit(header + "\n")
            pageno += 1
            lines_on_page = 0

    i = 0
    for line in src.split("\n"):
        col = 0
        breakable = wrap and not line.lstrip().startswith(tuple(nowrap))
        for ch in line:
            if breakable and col >= wrap:
                newline()
                col = 0
            where[i] = pos
            emit(ch)
            col += 1
            i += 1
        if i < len(src):
            where[i] = pos
            newline()
            i += 1
    text = "".join(out)
    if fmt.get("halfwidth"):
        text = text.translate(HALF)
    return text, where


def cut(src: str, q, hint: int = 0) -> tuple[int, int]:
    if isinstance(q, tuple) and len(q) == 3 and q[0] == "@":
        return q[1], q[2]
    if isinstance(q, tuple):
        a = src.find(q[0], hint)
        if a < 0:
            raise ValueError(f"anchor not found: {q[0]!r}")
        b = src.find(q[1], a + len(q[0]) if len(q) < 3 else a)
        if b < 0:
            raise ValueError(f"end anchor not found after {q[0]!r}: {q[1]!r}")
        return a, b + len(q[1])
    a = src.find(q, hint)
    if a < 0:
        raise ValueError(f"quote not found: {q!r}")
    return a, a + len(q)


def build(name: str) -> list[str]:
    mod = importlib.import_module(name)
    src, table_rels = assemble(mod.CHUNKS)
    text, where = printed(src, mod.FMT)
    problems = []
    rels_out = []
    for n, rel in enumerate(list(mod.RELS) + table_rels):
        rel = dict(rel)
        hint = src.find(rel.pop("at")) if "at" in rel else 0
        s, e = cut(src, rel.pop("q"), max(hint, 0))
        quote = text[where[s]:where[e - 1] + 1]
        if any(c in quote for c in "\n"):
            quote = "".join(quote.split())
        out = {"id": rel.pop("id", f"r{n + 1}"), "kind": rel.pop("kind")}
        for k in OPS:
            if k in rel:
                out[k] = rel.pop(k)
        out["quote"] = quote
        out["holds"] = rel.pop("holds", True)
        if rel.pop("approx", False):
            out["approx"] = True
        out["pattern"] = rel.pop("pattern")
        if "why" in rel:
            out["note"] = rel.pop("why")
        if rel:
            problems.append(f"{name} {out['id']}: unknown fields {sorted(rel)}")
        if holds(out) != out["holds"]:
            problems.append(f"{name} {out['id']}: arithmetic {'fails' if out['holds'] else 'holds'} "
                            f"but holds={out['holds']}: {out}")
        vals = []
        for k in ("total", "numerator", "denominator", "percent", "current", "smaller", "larger"):
            if k in out:
                vals.append(out[k])
        vals += list(out.get("parts") or []) + list(out.get("values") or [])
        for v in vals:
            if not locate(text, quote, v):
                problems.append(f"{name} {out['id']}: {v} not printed in quote {quote[:60]!r}")
        rels_out.append(out)
    ids = [r["id"] for r in rels_out]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: duplicate ids")
    nc = []
    for q, why in getattr(mod, "NC", []):
        s, e = cut(src, q)
        quote = text[where[s]:where[e - 1] + 1]
        if "\n" in quote:
            quote = "".join(quote.split())
        nc.append({"quote": quote, "why": why})
    stem = mod.NAME
    (SET / "reports" / f"{stem}.{mod.EXT}").write_text(text, encoding="utf-8")
    data = {"metrics": [], "relations": rels_out, "not_checkable": nc}
    (SET / "expected" / f"{stem}.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    bad = sum(1 for r in rels_out if not r["holds"])
    print(f"{stem}: {len(rels_out)} relations, {bad} do not hold")
    return problems


def main(names: list[str]) -> int:
    if not names:  # every report module
        names = sorted(p.stem for p in HERE.glob("r_*.py"))
    problems = []
    for n in names:
        problems += build(n)
    print("\n".join(problems) or "ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
