"""Shared pieces of the dev-set builder (unseen8 on): relation constructors, arithmetic, number reading.

A report module builds a `Report`, gives it its text and its relations. A relation names its
operands as they go into the answer file (counts with 万 multiplied out, money in the unit
printed) and an `anchor`: a piece of the report text that prints every operand. A planted
relation carries `bad="what is wrong"`; the builder refuses a relation whose arithmetic does
not agree with that.
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


def _rel(kind: str, q: str, p: str, bad: str | None, approx: bool, **ops) -> dict:
    r = {"kind": kind, **ops, "anchor": q, "pattern": p}
    if bad:
        r["note"] = bad
    if approx:
        r["approx"] = True
    return r


def S(total, parts, q, p="O", bad=None, approx=False) -> dict:
    """A sum: the parts add up to the total."""
    return _rel("sum", q, p, bad, approx, total=total, parts=list(parts))


def R(num, den, pct, q, p="O", per=None, bad=None, approx=False) -> dict:
    """A ratio: num / den (× per, 100 by default) printed as pct."""
    r = _rel("ratio", q, p, bad, approx, numerator=num, denominator=den, percent=pct)
    if per:
        r["per"] = per
    return r


# The pattern letter of a change given no letter: O (a plain change) from unseen11 on; unseen8-10 were
# written when C() meant A (a change with its delta), which their source/set.yaml says (configure()).
CHANGE_PATTERN = "O"


def configure(source) -> None:
    """Read the set's own defaults from SOURCE/set.yaml, if it has one (before importing its r_*.py)."""
    global CHANGE_PATTERN
    path = Path(source) / "set.yaml"
    if path.is_file():
        CHANGE_PATTERN = yaml.safe_load(path.read_text(encoding="utf-8")).get("change_pattern", CHANGE_PATTERN)


def C(cur, pct, q, p=None, prev=None, bad=None, approx=False) -> dict:
    """A change: current against the previous value, pct negative for a decrease."""
    r = _rel("change", q, p or CHANGE_PATTERN, bad, approx, current=cur, percent=pct)
    if prev is not None:
        r["previous"] = prev
    return r


def E(values, q, p="H", bad=None) -> dict:
    """Figures that must agree by meaning."""
    return _rel("equal", q, p, bad, False, values=list(values))


def B(smaller, larger, q, p="E", bad=None) -> dict:
    """One figure cannot exceed the other."""
    return _rel("bound", q, p, bad, False, smaller=smaller, larger=larger)


class Report:
    """One fictional report: its file name, format, text and relations."""

    def __init__(self, name: str, fmt: str, agency: str, year: int, *, enc: str = "utf-8",
                 half: bool = False, wrap: int = 0, header: str = "", page_every: int = 0,
                 page_style: str = "— {n} —", dest: str = "main", kind: str = "", shape: str = ""):
        self.name, self.fmt, self.agency, self.year = name, fmt, agency, year
        self.enc, self.half, self.wrap, self.header = enc, half, wrap, header
        self.page_every, self.page_style, self.dest = page_every, page_style, dest
        self.kind, self.shape = kind, shape
        self.text = ""
        self.rels: list[dict] = []
        self.nc: list[tuple[str, str]] = []
        self.metrics: list[dict] = []
        self.docx_blocks: list = []  # for .docx: ("p", text) or ("table", rows)

    def add(self, *rels: dict) -> None:
        self.rels.extend(rels)

    def metric(self, key: str, value, unit: str, quote: str, qualifier: str | None = None) -> None:
        """A headline figure filed under a key of shared/corpus/metric-keys.yaml (counts with 万 multiplied
        out, money in the unit printed); `quote` is the piece of the text that prints it."""
        self.metrics.append({"key": key, "value": value, "unit": unit, "qualifier": qualifier, "quote": quote})

    def never(self, anchor: str, why: str) -> None:
        self.nc.append((anchor, why))

    def mark(self, kind: str, value, note: str) -> None:
        """Mark as planted the one relation of `kind` whose operands include `value`."""
        hits = [r for r in self.rels if r["kind"] == kind and any(
            v == value for v in operand_values(r))]
        assert len(hits) == 1, (self.name, kind, value, len(hits))
        hits[0]["note"] = note


# ---- arithmetic (the rules of shared/tools/mutate.py, written again here) ----

def _places(x) -> int:
    s = str(x)
    return len(s.split(".")[1]) if "." in s else 0


def rounds_to(x: float, percent, places: int) -> bool:
    q = Decimal(1).scaleb(-places)
    target = Decimal(str(percent))
    return any(Decimal(repr(x)).quantize(q, rounding=r) == target for r in (ROUND_HALF_UP, ROUND_HALF_EVEN))


def holds(r: dict) -> bool:
    k = r["kind"]
    if k == "sum":
        return abs(sum(map(float, r["parts"])) - float(r["total"])) < 1e-6
    if k == "ratio":
        if float(r["denominator"]) == 0:
            return False
        per = float(r.get("per") or 100)
        return rounds_to(per * float(r["numerator"]) / float(r["denominator"]), r["percent"], _places(r["percent"]))
    if k == "equal":
        return len({float(v) for v in r["values"]}) == 1
    if k == "bound":
        return float(r["smaller"]) <= float(r["larger"])
    if k == "change":
        cur, pct = float(r["current"]), r["percent"]
        places = _places(pct)
        if r.get("previous") is not None:
            prev = float(r["previous"])
            return prev != 0 and rounds_to(100 * (cur - prev) / prev, pct, places)
        if float(pct) <= -100:
            return False
        step = 10.0 ** -_places(r["current"])
        k0 = round(cur / (1 + float(pct) / 100) / step)
        return any(i * step > 0 and rounds_to(100 * (cur - i * step) / (i * step), pct, places)
                   for i in range(k0 - 3, k0 + 4))
    raise ValueError(k)


def operand_values(r: dict) -> list:
    out = [r[k] for k in ("total", "numerator", "denominator", "percent", "current",
                          "smaller", "larger") if k in r]
    for k in ("parts", "values"):
        out.extend(r.get(k) or [])
    return out


# ---- reading the numbers printed in a piece of text ----

CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s: str) -> int | None:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            total += (cur or 1) * CN_UNIT[ch]
            cur = 0
        else:
            return None
    return total + cur


NUM = re.compile(r"\d[\d,]*(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+")


def numbers_in(text: str) -> list[float]:
    out = []
    for m in NUM.finditer(text.replace("\n", " ")):
        t = m.group()
        if t[0].isdigit():
            out.append(float(t.replace(",", "")))
        else:
            v = cn_to_int(t)
            if v is not None:
                out.append(float(v))
    return out


def printed_in(value, text: str) -> bool:
    v = abs(float(value))
    for n in numbers_in(text):
        for x in (n, n * 1e4):
            if math.isclose(v, x, rel_tol=1e-9, abs_tol=1e-9):
                return True
    return False


MONEY = ("元", "万元", "亿元", "千元", "美元", "万美元", "亿美元")


def metric_printed(value, unit: str, quote: str) -> bool:
    """The metric's value is printed in its quote: as printed for money (in the unit printed) and rates; a
    count printed with 万 is multiplied out (and must then be printed with 万 before its unit)."""
    v = abs(float(value))
    flat = quote.replace("\n", " ")
    for m in NUM.finditer(flat):
        t = m.group()
        n = float(t.replace(",", "")) if t[0].isdigit() else cn_to_int(t)
        if n is None:
            continue
        wan = flat[m.end():m.end() + 1] == "万"
        if unit in MONEY or unit in ("%", "‰") or unit.startswith("万"):
            if math.isclose(v, n, rel_tol=1e-9, abs_tol=1e-9):
                return True
        elif math.isclose(v, n * 1e4 if wan else n, rel_tol=1e-9, abs_tol=1e-9):
            return True
    return False


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def span(text: str, start: str, end: str) -> str:
    """The piece of `text` from `start` to the end of the first `end` after it."""
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


FOOTER = re.compile(r"^\s*(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|[—\-－]\s*\d+\s*[—\-－]|\d+\s*/\s*\d+|·\s*\d+\s*·)\s*$")


def without_furniture(text: str) -> str:
    """The text without page footers and running headers (short lines printed again and again).

    A quote that runs over a page break is checked against this; the report itself keeps them.
    """
    lines = text.split("\n")
    seen: dict[str, int] = {}
    for ln in lines:
        if ln.strip():
            seen[ln.strip()] = seen.get(ln.strip(), 0) + 1
    keep = [ln for ln in lines
            if not FOOTER.match(ln) and not (ln.strip() and seen[ln.strip()] >= 2 and 4 <= len(ln.strip()) <= 30)]
    return "\n".join(keep)


def quote_in(quote: str, text: str) -> bool:
    q = squeeze(quote)
    return q in squeeze(text) or q in squeeze(without_furniture(text))
