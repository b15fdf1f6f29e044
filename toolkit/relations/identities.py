"""Identities of meaning between named figures (``identities`` of ``catalog/equalities.yaml``):
"出生率6.79‰;…死亡率9.15‰;人口自然增长率-2.36‰" -- the natural growth rate is the birth rate
less the death rate, so 出生率 = 死亡率 + 自然增长率; exports are imports plus the surplus (出口 =
进口 + 顺差, 进口 = 出口 + 逆差). Each name is matched by the end of a figure's
own words, once in its paragraph (a name twice: another place or year may be meant, nothing); a
minus sign or 负 printed before a figure makes it negative; each is rounded on its own."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .label_index import holding_any
from .model import Relation
from .roles import is_change_percent, is_delta, is_previous
from .structure import _Doc

_MINUS = re.compile(r"(?:-|−|–|负)$")


@lru_cache(maxsize=1)
def _identities() -> list[dict]:
    path = "toolkit/catalog/equalities.yaml"
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml").read_text(encoding="utf-8"))
        out = [{"total": str(i["total"]), "parts": [str(p) for p in i["parts"]], "unit": str(i["unit"])}
               for i in data["identities"]]
    except (KeyError, TypeError, yaml.YAMLError) as exc:
        raise CatalogError(f"bad 'identities' vocabulary: {exc}", path=path) from exc
    return out


@lru_cache(maxsize=1)
def _scope() -> re.Pattern:
    """``identity_scope`` of catalog/equalities.yaml: the words before a name that narrow nothing."""
    data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml").read_text(encoding="utf-8"))
    return re.compile(f"(?:{data.get('identity_scope') or '(?!)'})*")


def _rounded(d: _Doc, q: Quantity) -> Quantity:
    """The figure as a rate rounded at its printed decimals (each of the three is rounded on its
    own: 8.12 = 6.45 + 1.68 holds), signed by a minus or 负 printed before it."""
    half = Decimal(5).scaleb(-q.decimals - 1)
    if not _MINUS.search(d.label(q).rstrip("为是达 ")):
        return replace(q, low=q.value - half, high=q.value + half)
    value = -q.value  # (printed with its sign: the auditor reads "-1.89‰", not "1.89‰"; "为负1.99‰" says it)
    printed = q.printed if d.label(q).rstrip("为是达 ").endswith("负") else "-" + q.printed
    return replace(q, value=value, low=value - half, high=value + half, printed=printed)


def identities(d: _Doc) -> list[Relation]:
    """Each identity whose named figures are all printed, once each, in one paragraph."""
    out: list[Relation] = []
    for ident in _identities():
        names = [ident["total"], *ident["parts"]]
        by_paragraph: dict[int, dict[str, list[Quantity]]] = {}
        # (its own words end with a name: its label holds the name's first character)
        for q in holding_any(d, "".join(sorted({n[0] for n in names}))) if all(names) else d.qs:
            unit_fits = q.is_money if ident["unit"] == "money" else q.unit == ident["unit"]
            if not unit_fits or q.in_table or is_previous(d, q) or is_change_percent(d, q) or is_delta(d, q):
                continue
            own = re.sub(r"(?:为|是|达|负|额|总额|金额)+$", "", d.own_words(q))
            if own.endswith("进出口"):
                continue  # "进出口总额": the whole trade, neither side of it
            # the longest name the words end with ("自然增长率" is not "增长率")
            name = max((n for n in names if own.endswith(n)), key=len, default=None)
            if name is None or re.search(r"上年|去年|同期|城镇|农村|户籍", own):
                continue
            if not _scope().fullmatch(own[: -len(name)]):
                continue  # "对东盟贸易顺差", "服务贸易逆差", "1-11月出口": a part or another scope, not the whole's
            para = d.last_before("\n", q.start)
            by_paragraph.setdefault(para, {}).setdefault(name, []).append(q)
        for found in by_paragraph.values():
            if all(len(found.get(n, [])) == 1 for n in names) \
                    and len({found[n][0].unit for n in names}) == 1:  # (money in one unit: 亿元 beside 亿元)
                out.append(Relation("sum", "sum.identity", {"total": _rounded(d, found[ident["total"]][0]),
                                                             "parts": [_rounded(d, found[p][0]) for p in ident["parts"]]}))
    return out
