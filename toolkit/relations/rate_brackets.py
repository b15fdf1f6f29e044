"""The base of a rate printed in a bracket right after it ("化解率91.4%(积案总数70件)"), read by
``named_rates`` before any figure further back."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc

_TOTAL_NAMED = re.compile(r"总数|总量|总计|合计|共计|总共|共有|共")


def bracketed_base(d: _Doc, pct: Quantity, numerator: Quantity) -> Quantity | None:
    """"化解积案64件,化解率91.4%(列入攻坚的积案总数70件)": a bracket right after a rate holding one
    figure, of the numerator's unit and no smaller, named as a total, is the rate's base."""
    # (the text is NFKC-normalized: a full-width bracket is already "(")
    base = _bracket_figure(d, pct)
    if base is None or not compatible(base, numerator) or base.value < numerator.value:
        return None
    return base if _TOTAL_NAMED.search(d.label(base)) else None


def with_bracketed_base(d: _Doc, rel: Relation | None) -> Relation | None:
    """``rel``, a named rate, over the base its bracket prints (``bracketed_base``) if there is one."""
    if rel is None or rel.rule != "ratio.rate":
        return rel
    pct, numerator = rel.roles["percent"], rel.roles["numerator"]
    base = bracketed_base(d, pct, numerator)  # type: ignore[arg-type]
    if base is None:
        return rel
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct}, per=rel.per)


def _bracket_figure(d: _Doc, pct: Quantity) -> Quantity | None:
    """The one figure, no percent, of a bracket opened right after ``pct`` ("…97.6%(户籍人口47.98万人)")."""
    if not d.s.startswith("(", pct.end):
        return None
    close = d.s.find(")", pct.end, pct.end + 40)
    inner = d.in_range(pct.end, close) if close > 0 else []
    return inner[0] if len(inner) == 1 and not inner[0].is_percent else None


def rate_over_its_bracket(d: _Doc, pct: Quantity, rate: tuple, per: int) -> Relation | None:
    """"参保人数达到46.83万人,户籍人口参保率97.6%(户籍人口47.98万人)": a named rate (``rate``: catalog/
    rates.yaml's name, numerator and base words) whose name opens with the very words its bracket
    names its one figure by is over that figure; its numerator is the nearest figure before it in
    its sentence that the numerator's words name."""
    base = _bracket_figure(d, pct)
    if base is None:
        return None
    words = re.sub(r"[^\u4e00-\u9fff]", "", d.label(base))
    clause = re.split(r"[,;:]", d.label(pct))[-1]
    if len(words) >= 2 and clause.startswith(words) and rate[0].match(clause[len(words):]):
        numerator = next((q for q in reversed(d.in_range(pct.sentence[0], pct.start)) if not q.is_percent
                          and not d.in_parentheses(q) and rate[1].search(d.label(q))), None)
    else:
        # "化解信访积案87件,化解率91.6%(共排查积案95件)": the bracket names its figure as a whole or by the
        # rate's base words; the numerator is the figure right before the rate, named by its words
        said = re.sub(r"[^\u4e00-\u9fff]", "", d.s[pct.end + 1 : base.start])
        numerator = _right_before(d, pct, rate[1]) if _WHOLE.match(said) or rate[2].search(said) else None
        if numerator is not None and (numerator.unit != base.unit or numerator.value > base.value):
            return None
    if numerator is None or not compatible(numerator, base):
        return None
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct}, per=per)


def rate_over_its_operands(d: _Doc, pct: Quantity, rate: tuple, per: int) -> Relation | None:
    """"群众满意率96.8%(参评3,126件次,满意3,026件次)", "计划完成率103.2%(计划检查835家次,实际检查862家次)":
    a named rate (``rate``: catalog/rates.yaml's name, numerator and base words) whose bracket, right after it,
    prints exactly two figures of one unit: the one its own words name by the base's words (or as due,
    应办结…) is the base, the other, named by the numerator's words, the numerator. Anything else: None."""
    if not d.s.startswith("(", pct.end):
        return None
    close = d.s.find(")", pct.end, pct.end + 60)
    inner = d.in_range(pct.end, close) if close > 0 else []
    if len(inner) != 2 or any(q.is_percent for q in inner) or inner[0].unit != inner[1].unit \
            or not compatible(inner[0], inner[1]):
        return None
    first, second = inner
    names = [re.sub(r"[^\u4e00-\u9fff]", "", d.s[pct.end + 1 : first.start]),
             re.sub(r"[^\u4e00-\u9fff]", "", d.s[first.end : second.start])]
    if any(len(n) < 2 for n in names):
        return None
    bases = [i for i, n in enumerate(names) if rate[2].search(n) or _DUE.match(n)]
    counted = [i for i, n in enumerate(names) if (m := rate[1].search(n)) is not None
               and not _NEGATED.search(n[: m.start()]) and not _DUE.match(n)]
    if len(bases) != 1 or counted != [1 - bases[0]]:
        return None  # both or neither named as the base: which is which is open
    base, numerator = inner[bases[0]], inner[counted[0]]
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct}, per=per)


# the work due named as such: "到期应办结481件", "应检验…"
_DUE = re.compile(r"^(?:到期|当期|本期|全年)?(?:应|需|应当)")


_WHOLE = re.compile(r"^(?:共|总|合计|累计|全年|全部)")
_NEGATED = re.compile(r"[不未没无]$")


def _right_before(d: _Doc, pct: Quantity, num_words: re.Pattern) -> Quantity | None:
    """The figure right before the rate in its clause, named (not negated) by the rate's numerator words."""
    q = d.qs[pct.index - 1] if pct.index else None
    if q is None or q.is_percent or q.sentence != pct.sentence or d.in_parentheses(q) or is_delta(d, q) \
            or is_previous(d, q) or re.search(r"[;。]", d.s[q.end : pct.start]):
        return None
    m = num_words.search(d.label(q))
    return q if m is not None and not _NEGATED.search(d.label(q)[: m.start()]) else None


_OCCUPIES = re.compile(r"占([\u4e00-\u9fff]{2,12}?)的?(?:比重|比例)?(?:为|达到|达|是)?$")
_SAID_AGAIN = re.compile(r"^(?:其中|全年|全部)?(.*?)(?:为|是|共|计|合计)?$")


def share_over_its_bracket(d: _Doc, pct: Quantity, lab: str, per: int) -> Relation | None:
    """"一般公共预算支出完成27.36亿元,占年度预算的46.8%(年度预算58.40亿元)": a share whose bracket, right
    after it, names its one figure by the very words of the share's base is over that figure; the part is
    the level right before the share in its clause (no ; between), of the base's unit and no larger."""
    if (m := _OCCUPIES.search(lab)) is None or (base := _bracket_figure(d, pct)) is None:
        return None
    said = _SAID_AGAIN.match(re.sub(r"[^\u4e00-\u9fff]", "", d.s[pct.end + 1 : base.start]))
    if said is None or said.group(1) != m.group(1):
        return None
    part = d.qs[pct.index - 1] if pct.index else None
    if (part is None or part.is_percent or part.sentence != pct.sentence or d.in_parentheses(part) or is_delta(d, part)
            or is_previous(d, part) or re.search(r"[;。]", d.s[part.end : pct.start])
            or not compatible(part, base) or part.unit != base.unit or part.value > base.value):
        return None
    # (a 其中 part right before the share leaves the share open: "支出完成27.36亿元,其中民生支出20.10亿元,
    # 占年度预算的46.8%" may be of the whole -- each level before it in its sentence is a reading)
    others = [q for q in d.in_range(pct.sentence[0], part.start) if not q.is_percent and not d.in_parentheses(q)
              and not is_delta(d, q) and not is_previous(d, q) and compatible(q, base) and q.unit == base.unit
              and q.value <= base.value] if "其中" in d.s[pct.sentence[0] : part.start] else []
    return Relation("ratio", "ratio.share", {"numerator": part, "denominator": base, "percent": pct}, per=per,
                    readings=[{"numerator": q, "denominator": base, "percent": pct} for q in reversed(others)])
