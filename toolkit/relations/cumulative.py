"""What was added in the year within the running total it brings (bound.cumulative): "新增依法治校示范校
9所,累计达到46所" -- the nine new ones are counted in the 46, so they are no more than it.

Read for a figure whose own clause names it new (``cumulative.new`` of catalog/flows.yaml) and the
figure right after it in its sentence, counted in the same unit, whose clause opens with a total word
(累计, 总数达到…). The total's other words must name nothing or only what the new figure's name does
("新增就业1.2万人,累计帮扶3,000人", "新培育省级示范社8家,市级示范社累计…": two things). Not money: new
lending beside a balance is a flow beside a stock. Neither may be a change, a previous
year's figure, a figure per N or in parentheses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .rates import _BASE_OPENED, _BRACKET_BASE
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return read_section("flows.yaml", "cumulative", lambda v, _: (
        re.compile(str(v["new"])), re.compile(str(v["total"])), re.compile(str(v["frame"]))))


def _level(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)
                or d.in_parentheses(q))


def cumulative_bounds(d: _Doc) -> list[Relation]:
    """Each new figure bounded by the running total right after it."""
    if "累计" not in d.s and "总" not in d.s and "共计" not in d.s and "合计" not in d.s:
        return []  # (most texts name no running total)
    new, total, frame = _vocab()
    out: list[Relation] = []
    for a in may_hold(d, new):  # (only the figures whose label holds a character every match needs: label_index)
        if not a.unit or a.is_money or a.index + 1 >= len(d.qs):  # (money: a flow beside a balance)
            continue
        own = d.clause(a)
        if not new.search(own):
            continue
        b = d.qs[a.index + 1]
        if b.sentence != a.sentence or b.unit != a.unit or not compatible(a, b):
            continue
        lab = d.label(b)
        if not total.match(lab) or not _level(d, a) or not _level(d, b):
            continue
        rest = _NOT_CJK.sub("", frame.sub("", lab))
        named = _NOT_CJK.sub("", frame.sub("", own))
        if rest and not set(rest) <= set(named):
            continue  # the total names another thing ("市级示范社" after "省级示范社") than the new figure
        out.append(Relation("bound", "bound.cumulative", {"smaller": a, "larger": b}))
    return out


def share_base_bounds(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """"持证人员1,126名,占在编执法人员1,208名的93.2%": a share of a whole printed inside the words of 占
    is a part of it, so no more than it (bound.share_base) -- besides the share itself, which may be
    printed rounded or misprinted apart from the two counts. Only a share of 100% at most, per hundred."""
    out: list[Relation] = []
    for r in rels:
        if r.kind == "ratio" and r.rule == "ratio.rate" and r.per == 100:
            out.extend(_bracketed_operand_bound(d, r))
            continue
        if r.kind != "ratio" or r.rule != "ratio.share" or r.per != 100:
            continue
        part, base, pct = r.roles["numerator"], r.roles["denominator"], r.roles["percent"]
        if pct.value > 100 or not compatible(part, base) or part.index >= base.index:
            continue
        if not _BASE_OPENED.search(d.label(base)) or not _BRACKET_BASE.match(d.label(pct)):
            continue  # (only the base printed inside 占's words: "占在编执法人员1,208名的")
        out.append(Relation("bound", "bound.share_base", {"smaller": part, "larger": base}))
    return out


def _bracketed_operand_bound(d: _Doc, r: Relation) -> list[Relation]:
    """"满意率96.8%(参评3,126件次,满意3,026件次)": a rate of 100% at most printed with both its counts in the
    bracket right after it (rate_brackets.rate_over_its_operands) counts a part of its base."""
    part, base, pct = r.roles["numerator"], r.roles["denominator"], r.roles["percent"]
    if pct.value > 100 or not d.s.startswith("(", pct.end) or part.unit != base.unit:
        return []
    close = d.s.find(")", pct.end, pct.end + 60)
    if close < 0 or not all(pct.end < q.start and q.end <= close for q in (part, base)):
        return []
    return [Relation("bound", "bound.share_base", {"smaller": part, "larger": base})]
