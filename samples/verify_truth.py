#!/usr/bin/env python3
"""Check samples/truth.yaml and samples/expected/ against the arithmetic and the report texts.

    .venv/bin/python samples/verify_truth.py

For every report in samples/reports/:
  - its stem has exactly one expected file, equal to its entry in truth.yaml;
  - every metric key is in the metric vocabulary (../shared/corpus/metric-keys.yaml when it is
    there), appears once, and its quote is in the text (whitespace removed) and carries the value;
  - every relation quote is in the text and carries the relation's operands;
  - every relation's `holds` is what the arithmetic says: sums exact; ratios rounded half-up to the
    printed decimals (per 100 or per 1000); changes of counts need a whole previous value that
    rounds to the printed percent (or the printed previous); bounds; equal values;
  - planted errors name relations that fail (cross-report ones: a cross_report entry that fails);
  - cross_report claims: current and previous are the metrics of the two reports, holds is right.
Exit code 0 when everything checks, 1 otherwise.
"""

from __future__ import annotations

import math
import re
import sys
from fractions import Fraction
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"
EXPECTED = HERE / "expected"
KEYS = HERE.parent.parent / "shared" / "corpus" / "metric-keys.yaml"
MONEY_UNITS = ("万元", "元", "亿元")


# --------------------------------------------------------------------------- text of a report


def report_text(path: Path) -> str:
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in (".txt", ".md"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("gb18030")
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(data, "lxml")
        for tag in soup(["script", "style"]):
            tag.decompose()
        for table in soup.find_all("table"):
            rows = ["|".join(c.get_text(strip=True) for c in tr.find_all(["td", "th"])) for tr in table.find_all("tr")]
            table.replace_with("\n" + "\n".join(rows) + "\n")
        return soup.get_text("\n")
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += ["|".join(c.text for c in row.cells) for row in t.rows]
        return "\n".join(parts)
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    raise ValueError(f"unknown format: {path}")


def flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s: str) -> int | None:
    if s in CN_DIGITS:
        return CN_DIGITS[s]
    m = re.fullmatch(r"([一二三四五六七八九])?十([一二三四五六七八九])?", s)
    if m:
        return CN_DIGITS.get(m.group(1), 1) * 10 + CN_DIGITS.get(m.group(2) or "零", 0)
    return None


def numbers_in(text: str) -> list[Fraction]:
    """Every number a quote prints: Arabic (万 multiplied out unless 万元) and small Chinese ones."""
    s = flat(text)
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", s):
        v = Fraction(m.group(0))
        rest = s[m.end() : m.end() + 2]
        if rest.startswith("万") and not rest.startswith("万元"):
            v *= 10000
        out.append(v)
    for m in re.finditer(r"[一二三四五六七八九十两]+", s):
        v = cn_number(m.group(0))
        if v is not None:
            out.append(Fraction(v))
    return out


# --------------------------------------------------------------------------- arithmetic


def F(x) -> Fraction:
    return Fraction(str(x))


def decimals(x) -> int:
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and not s.endswith(".0") else 0


def round_half_up(q: Fraction, nd: int) -> Fraction:
    sign = -1 if q < 0 else 1
    return sign * Fraction(math.floor(abs(q) * 10**nd + Fraction(1, 2)), 10**nd)


def change_fits(current, previous, percent) -> bool:
    prev = F(previous)
    return prev != 0 and round_half_up(100 * (F(current) - prev) / prev, decimals(percent)) == F(percent)


def arithmetic_holds(rel: dict, money: bool) -> tuple[bool, str]:
    k = rel["kind"]
    if k == "sum":
        s = sum(F(p) for p in rel["parts"])
        return s == F(rel["total"]), f"parts sum to {float(s):g}"
    if k == "ratio":
        per = rel.get("per", 100)
        q = F(rel["numerator"]) * per / F(rel["denominator"])
        r = round_half_up(q, decimals(rel["percent"]))
        return r == F(rel["percent"]), f"{float(q):.4f} -> {float(r):g}"
    if k == "change":
        if "previous" in rel:
            return change_fits(rel["current"], rel["previous"], rel["percent"]), "printed previous"
        cur, pct = F(rel["current"]), F(rel["percent"])
        if pct <= -100:
            return False, "decrease of 100% or more"
        est = cur / (1 + pct / 100)
        if money:  # any previous amount to the 0.01万元 will do
            cands = [Fraction(n, 100) for n in range(math.floor(est * 100) - 2, math.ceil(est * 100) + 3)]
        else:  # a count: the previous value must be a whole number
            cands = [Fraction(n) for n in range(max(1, math.floor(est) - 3), math.ceil(est) + 4)]
        fits = [p for p in cands if p > 0 and change_fits(cur, p, rel["percent"])]
        return bool(fits), f"previous {[float(p) for p in fits][:3] or 'none'} (estimate {float(est):.3f})"
    if k == "equal":
        return len({F(v) for v in rel["values"]}) == 1, "values"
    if k == "bound":
        return F(rel["smaller"]) <= F(rel["larger"]), "bound"
    raise ValueError(k)


OPERANDS = {
    "sum": ("total", "parts"),
    "ratio": ("numerator", "denominator", "percent"),
    "change": ("current", "previous", "percent"),
    "equal": ("values",),
    "bound": ("smaller", "larger"),
}


def operand_values(rel: dict) -> list[Fraction]:
    out = []
    for f in OPERANDS[rel["kind"]]:
        if f not in rel:
            continue
        v = rel[f]
        vals = v if isinstance(v, list) else [v]
        out += [abs(F(x)) for x in vals]
    return out


# --------------------------------------------------------------------------- main


def main() -> int:
    problems: list[str] = []
    counts = {"reports": 0, "metrics": 0, "relations": 0, "quotes": 0, "cross": 0, "planted": 0}
    truth = yaml.safe_load((HERE / "truth.yaml").read_text(encoding="utf-8"))
    keys = None
    if KEYS.exists():
        keys = set(yaml.safe_load(KEYS.read_text(encoding="utf-8")))
    else:
        print(f"note: {KEYS} not found; metric keys not checked against the vocabulary")

    files = sorted(p for p in REPORTS.iterdir() if p.is_file() and not p.name.startswith("."))
    stems = [p.stem for p in files]
    if len(set(stems)) != len(stems):
        problems.append(f"report stems are not unique: {stems}")
    expected = {p.stem: p for p in EXPECTED.glob("*.yaml")}
    if set(expected) != set(stems):
        problems.append(
            f"reports {sorted(set(stems) - set(expected))} lack expected files; "
            f"expected {sorted(set(expected) - set(stems))} lack reports"
        )
    if set(truth["reports"]) != set(stems):
        problems.append("truth.yaml does not list exactly the reports")

    failing: dict[tuple[str, str], bool] = {}
    metric_by: dict[str, dict[str, float]] = {}
    for path in files:
        stem = path.stem
        entry = truth["reports"].get(stem)
        if entry is None:
            continue
        counts["reports"] += 1
        if stem in expected and yaml.safe_load(expected[stem].read_text(encoding="utf-8")) != entry:
            problems.append(f"{stem}: expected/{stem}.yaml differs from truth.yaml")
        if entry["report"] != path.name:
            problems.append(f"{stem}: report field {entry['report']} != {path.name}")
        text = flat(report_text(path))
        if path.suffix == ".txt" and stem.startswith("songling-2023"):
            path.read_bytes().decode("gbk")  # must be plain GBK
        seen = set()
        money = set()
        metric_by[stem] = {}
        for m in entry["metrics"]:
            counts["metrics"] += 1
            if keys is not None and m["key"] not in keys:
                problems.append(f"{stem}: unknown metric key {m['key']}")
            if m["key"] in seen:
                problems.append(f"{stem}: key {m['key']} twice")
            seen.add(m["key"])
            metric_by[stem][m["key"]] = m["value"]
            if m["unit"] in MONEY_UNITS:
                money.add(F(m["value"]))
            q = flat(m["quote"])
            counts["quotes"] += 1
            if q not in text:
                problems.append(f"{stem}: metric quote not in text: {m['quote']}")
            if F(m["value"]) not in numbers_in(m["quote"]):
                problems.append(f"{stem}: value {m['value']} not printed in quote {m['quote']}")
            if m["qualifier"] and m["qualifier"] not in q:
                problems.append(f"{stem}: qualifier {m['qualifier']} not in quote {m['quote']}")
        ids = set()
        for rel in entry["relations"]:
            counts["relations"] += 1
            rid = rel["id"]
            if rid in ids:
                problems.append(f"{stem}: relation id {rid} twice")
            ids.add(rid)
            q = flat(rel["quote"])
            counts["quotes"] += 1
            if q not in text:
                problems.append(f"{stem} {rid}: quote not in text: {rel['quote'][:60]}")
            nums = numbers_in(rel["quote"])
            for v in operand_values(rel):
                if v not in nums:
                    problems.append(f"{stem} {rid}: operand {float(v):g} not printed in the quote")
            is_money = rel["kind"] == "change" and F(rel["current"]) in money
            ok, why = arithmetic_holds(rel, is_money)
            if ok != rel["holds"]:
                problems.append(f"{stem} {rid}: holds={rel['holds']} but arithmetic says {ok} ({why})")
            if rel.get("approx") and not re.search(r"余|近|约|多", q):
                problems.append(f"{stem} {rid}: approx without a qualifier in the quote")
            failing[(stem, rid)] = not ok
        for nc in entry.get("not_checkable") or []:
            counts["quotes"] += 1
            if flat(nc["quote"]) not in text:
                problems.append(f"{stem}: not_checkable quote not in text: {nc['quote'][:60]}")
        for p in entry.get("planted") or []:
            counts["planted"] += 1
            if p.get("quote") and flat(p["quote"]) not in text:
                problems.append(f"{stem} {p['id']}: planted quote not in text")
            rid = p["relation"]
            if rid is None:
                continue
            if rid not in ids:
                problems.append(f"{stem} {p['id']}: no relation {rid}")
            elif not failing[(stem, rid)]:
                cross = [
                    c
                    for c in truth.get("cross_report") or []
                    if c["report"] == stem and c["relation"] == rid and not c["holds"]
                ]
                if not cross:
                    problems.append(f"{stem} {p['id']}: relation {rid} holds and no cross-report claim fails")

    for c in truth.get("cross_report") or []:
        counts["cross"] += 1
        cur = metric_by.get(c["report"], {}).get(c["metric"])
        prev = metric_by.get(c["previous_report"], {}).get(c["metric"])
        if cur is None or F(cur) != F(c["current"]):
            problems.append(f"cross {c['report']} {c['metric']}: current {c['current']} is not the metric ({cur})")
        if prev is None or F(prev) != F(c["previous"]):
            problems.append(
                f"cross {c['report']} {c['metric']}: previous {c['previous']} is not "
                f"{c['previous_report']}'s metric ({prev})"
            )
        rel = next((r for r in truth["reports"][c["report"]]["relations"] if r["id"] == c["relation"]), None)
        if rel is None or F(rel["current"]) != F(c["current"]) or F(rel["percent"]) != F(c["percent"]):
            problems.append(f"cross {c['report']} {c['relation']}: does not match the relation")
        if change_fits(c["current"], c["previous"], c["percent"]) != c["holds"]:
            problems.append(f"cross {c['report']} {c['relation']}: holds is wrong")

    print(
        f"checked {counts['reports']} reports: {counts['metrics']} metrics, {counts['relations']} relations, "
        f"{counts['quotes']} quotes, {counts['cross']} cross-report claims, {counts['planted']} planted entries"
    )
    n_fail = sum(failing.values())
    print(f"relations that fail: {n_fail} ({', '.join(f'{s}:{r}' for (s, r), f in failing.items() if f)})")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
