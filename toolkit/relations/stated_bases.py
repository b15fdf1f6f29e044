"""A rate whose base the text states in brackets: "规范管理率(以在册患者为基数)92.97%",
"出庭应诉率为93.2%(以审结的1,498件为基数)".

The bracket says what the rate is divided by, so there is one reading: the figure printed inside
the bracket, else the nearest figure before the rate that the bracket's words name (at least as
large as the part, of its unit). The part is the figure before the rate that the rate's own name
names ("规范管理率" -> 规范管理6,612人). A rate read here is read by no other family (``_ratios``
skips it), so a base named once never gets a second, competing reading; a rate whose bracket
names a base no figure before it carries, its part found, is read by none (None): the text says
the base is not the one another family would guess ("调解成功率56.4%(以办结案件为基数)" after 处理14318件).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk, size
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc, _paragraph_start

# "(以在册患者为基数)", "(以审结的1,498件为基数)", "(以受理数为分母计算)"
# and "(以作出处理决定的945件计)": counted over the figure printed in the bracket (the 计 form only with a
# figure inside: "(以可比价计)" states a price basis, no base)
_STATED = re.compile(r"\(以(?P<w>[^()。;]{1,24}?)(?:(?:为|作为)(?:计算)?(?:基数|分母)(?:计算)?|(?P<counted>计算?))\)")
# a share's own clause: "…179件(…),占案件总数的18.9%(以…945件计)"
_SHARE_CLAUSE = re.compile(r"^(?:约|分别)?占[^,;:。]{0,16}$")
_RATE_NAME = re.compile(r"([\u4e00-\u9fff]{2,10})率(?:为|达到|达|是)?$")
_GENERIC = re.compile(r"的|总数|数量|总量|数|量|全部|所有")
_REACH = 40  # figures back a named part or base is looked for
# a kind noun a stage's own words leave to the sentence's topic ("以办结案件为基数" -> "办结14107件")
_KIND_TAIL = re.compile(r"(?:案件|事项|人员|人次|件数|人数|户数|件|人|户|家|次)$")


def stated_base_rates(d: _Doc) -> dict[int, Relation | None]:
    """percent index -> the ratio its bracketed base states, None where the base is not found."""
    out: dict[int, Relation | None] = {}
    if "为基数" not in d.s and "为分母" not in d.s and "计)" not in d.s and "计算)" not in d.s:
        return out
    for q in d.qs:
        if not q.is_percent or q.index == 0:
            continue
        rel = _read(d, q)
        if rel is _NO_PART:
            continue  # the part not found by the rate's name ("结案率" after "审结"): left to the other families
        if rel is not None or _bracketed(d, q):
            out[q.index] = rel  # type: ignore[assignment]
    return out


_NO_PART = Relation("ratio", "ratio.stated_base", {})  # (a marker: the rate's part not found)


def _bracketed(d: _Doc, pct: Quantity) -> bool:
    """A bracket naming the base right after the rate or right before it (its own words)."""
    lab = d.label(pct)
    return _STATED.match(d.s, pct.end) is not None or re.search(_STATED.pattern + r"(为|达到|达|是)?$", lab) is not None


def _read(d: _Doc, pct: Quantity) -> Relation | None:
    lab = d.label(pct)
    before = _STATED.search(lab)
    inside: Quantity | None = None
    if before is not None and before.end() == len(lab) - len(re.search(r"(为|达到|达|是)?$", lab).group()):
        name_part = lab[: before.start()]
        words = before.group("w")
    else:
        after = _STATED.match(d.s, pct.end)
        if after is None:
            return None
        name_part = lab
        words = after.group("w")
        inner = [q for q in d.in_range(after.start(), after.end()) if not q.is_percent]
        if len(inner) > 1 or (after.group("counted") and not inner):
            return None
        inside = inner[0] if inner else None
        if inside is not None and _SHARE_CLAUSE.match(re.split(r"[,;:]", lab)[-1]):
            return _share_over(d, pct, inside)
    name = _RATE_NAME.search(re.split(r"[,;:]", name_part)[-1] or name_part)
    if name is None:
        return None
    stem = name.group(1)
    lo = max(d.before(max(0, _paragraph_start(d, pct.start) - 400)), pct.index - _REACH)
    cands = [q for q in d.qs[lo : pct.index]
             if not q.is_percent and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)]
    part = next((q for q in reversed(cands) if stem in cjk(d.label(q))), None)
    if part is None:
        return _NO_PART
    base = inside if inside is not None else _named(d, cands, words, part)
    if base is None or base.index == part.index or size(base) < size(part):
        return None
    # A base printed in the bracket is the base, counted in the part's unit or a kind of it
    # ("出庭应诉1,396件次…(以审结的1,498件为基数)"); a base found by its words must be compatible.
    if not (compatible(base, part) or (base is inside and not base.is_money and not part.is_money
                                       and base.unit[:1] == part.unit[:1] != "")):
        return None
    per = 1000 if pct.unit == "‰" else 100
    return Relation("ratio", "ratio.stated_base", {"numerator": part, "denominator": base, "percent": pct}, per=per)


def _named(d: _Doc, cands: list[Quantity], words: str, part: Quantity) -> Quantity | None:
    """The nearest figure before the part whose own words hold the bracket's words ("在册患者" ->
    "全市在册患者7,126人")."""
    key = cjk(_GENERIC.sub("", words))
    if len(key) < 2:
        return None
    stem = _KIND_TAIL.sub("", key)
    stem = stem if len(stem) >= 2 else key

    def names(q: Quantity) -> bool:
        lab = cjk(d.label(q))
        # the whole words anywhere in the figure's words, or the stage without its kind noun ending
        # the figure's own clause ("办结14107件" for "办结案件")
        return key in lab or cjk(re.split(r"[,;:。]", d.label(q))[-1]).endswith(stem)

    return next((q for q in reversed(cands) if q.index != part.index and names(q)
                 and compatible(q, part)), None)


def _share_over(d: _Doc, pct: Quantity, base: Quantity) -> Relation | None:
    """"不予处罚179件(…),占案件总数的18.9%(以作出处理决定的945件计)": the share's part is the figure its
    占 clause follows (the last one before it outside brackets, in its sentence), over the base printed
    in the bracket after it, its one reading."""
    clause = d.last_before(",;", pct.start)
    part = next((q for q in reversed(d.qs[max(0, pct.index - _REACH) : pct.index]) if q.start < clause
                 and not q.is_percent and not d.in_parentheses(q)), None)
    if part is None or part.sentence != pct.sentence or not compatible(part, base) or size(base) < size(part):
        return None
    per = 1000 if pct.unit == "‰" else 100
    return Relation("ratio", "ratio.stated_base", {"numerator": part, "denominator": base, "percent": pct}, per=per)
