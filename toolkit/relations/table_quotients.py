"""Quotient columns of a table: in each row, a column that is one of the row's figures over another.

A header printing a unit of two ("单产（公斤/亩）", "人均可支配收入（元/人）", "人口密度（人/平方公里）") is
the row's figure counted in the first unit (or a scale of it: "总产量（吨）" in 1,000公斤, "常住人口（万人）")
over its figure counted in the second; a ratio named by ``catalog/ratio_sides.yaml`` ("生师比（教师=1）")
is its two named sides' columns when its aside says which side is 1. Read only when one column of the
row counts each side: two candidates ("总产量（吨）", "其中水稻（吨）") tell nothing apart.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from ..quantities import MONEY_UNITS
from ..tables import Table
from .model import _MONEY_SCALE, Relation
from .ratio_expressions import sides_vocabulary

_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_SIMPLE_UNIT = re.compile(r"[(（]\s*(?:单位[:：]\s*)?([\u4e00-\u9fff]{1,5})\s*[)）]\s*$")
_QUOTIENT_UNIT = re.compile(r"[(（]\s*(?:单位[:：]\s*)?([\u4e00-\u9fff]{1,5})\s*/\s*([\u4e00-\u9fff]{1,5})\s*[)）]\s*$")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_MASS = {"克": Decimal("0.001"), "公斤": Decimal(1), "千克": Decimal(1), "吨": Decimal(1000), "万吨": Decimal(10**7)}
_SCALE = {"万": Decimal(10**4), "亿": Decimal(10**8)}
_HEADS = ("人", "户")  # units counting heads (people, households) at one time
# a change or a comparison of a measure ("比上年增加（公斤/亩）", "增产（吨）"): no level of a row
_CHANGE = re.compile(r"增|减|降|比上年|同比|环比|变化|变动|差")
# a unit of one side in a ratio column's aside ("生师比（教师=1）": the teachers are 1)
_ONE_SIDE = re.compile(r"[(（]([\u4e00-\u9fff]{1,6})\s*[=＝]\s*1\s*[)）]")


def _base(unit: str) -> tuple[str, Decimal]:
    """A unit as (its base unit, how many of the base one of it is): 吨 -> (公斤, 1000), 万人 -> (人, 10,000)."""
    if unit in MONEY_UNITS:
        return "元", _MONEY_SCALE[unit]
    if unit in _MASS:
        return "公斤", _MASS[unit]
    if len(unit) >= 2 and unit[0] in _SCALE:
        base, f = _base(unit[1:])
        return base, f * _SCALE[unit[0]]
    return unit, Decimal(1)


def _one(found: list[int]) -> int | None:
    return found[0] if len(found) == 1 else None


def quotient_columns(t: Table) -> list[Relation]:
    """Each row's quotient-column figure over its numerator's and denominator's columns (module doc)."""
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return []
    texts = [c.text.strip() for c in header.cells]
    units = [_base(m.group(1)) if (m := _SIMPLE_UNIT.search(h)) and not _CHANGE.search(h) else None for h in texts]
    out: list[Relation] = []
    for k, head in enumerate(texts):
        sides = _unit_sides(k, head, units, texts) if "/" in head else _named_sides(k, head, texts)
        if sides is None or _CHANGE.search(_ASIDE.sub("", head)):
            continue
        num, den, per = sides
        for r in t.rows:
            if r.start <= header.start or r.is_header or len(r.cells) != len(texts):
                continue  # (cells out of the header's columns: which is which is unknown)
            n, b, q = (r.cells[j].quantity for j in (num, den, k))
            if n is None or b is None or q is None or any(x.is_percent or x.unit for x in (n, b, q)) or not b.value:
                continue  # (bare figures in the header's units only)
            out.append(Relation("ratio", "ratio.quotient_column", {"numerator": n, "denominator": b, "percent": q},
                                per=per))
    return out


def _unit_sides(k: int, head: str, units: list[tuple[str, Decimal] | None],
                texts: list[str]) -> tuple[int, int, int] | None:
    """(numerator column, denominator column, per) of a column whose header prints a unit of two."""
    m = _QUOTIENT_UNIT.search(head)
    if m is None:
        return None
    (a, fa), (b, fb) = _base(m.group(1)), _base(m.group(2))
    if a == b:
        return None  # ("万元/元": a ratio of one measure, no row's figures over another's)
    num = _one([j for j, u in enumerate(units) if j != k and u and u[0] == a])
    den = _one([j for j, u in enumerate(units) if j != k and u and u[0] == b])
    if num is None or den is None:
        return None
    if b in _HEADS and a not in _HEADS and "平均" not in texts[den]:
        # "人均地区生产总值（元/人）" beside "年末常住人口（万人）": a year's output per head is over the
        # year's average population, which a count of heads at one time does not give
        return None
    per = Fraction(units[num][1]) * Fraction(fb) / (Fraction(units[den][1]) * Fraction(fa))  # type: ignore[index]
    return (num, den, int(per)) if per.denominator == 1 and per >= 1 else None


def _named_sides(k: int, head: str, texts: list[str]) -> tuple[int, int, int] | None:
    """(numerator column, denominator column, 1) of a ratio column the catalog names by its sides,
    when its aside says the second side is 1 ("生师比（教师=1）" over "在校生" and "专任教师")."""
    bare = _NOT_CJK.sub("", _ASIDE.sub("", head))
    one = _ONE_SIDE.search(head)
    if one is None or not bare.endswith("比"):
        return None
    for name, (first, second) in sides_vocabulary():
        if not bare.endswith(name + "比"):
            continue
        heads = [_NOT_CJK.sub("", _ASIDE.sub("", h)) for h in texts]
        num = _one([j for j, h in enumerate(heads) if j != k and first.search(h)])
        den = _one([j for j, h in enumerate(heads) if j != k and second.search(h)])
        if num is None or den is None or one.group(1)[-1] not in heads[den]:
            return None  # (the side printed as 1 must be the denominator's)
        return num, den, 1
    return None
