"""Rates of a qualified subset over its whole, named by the qualifier.

"在园幼儿18.64万人,其中公办园在园幼儿9.86万人…普惠性幼儿园在园幼儿16.12万人,普惠性幼儿园覆盖率
86.8%": the rate's name begins with a qualifier (普惠性幼儿园) that the figure just before it begins with
too; what follows the qualifier in the figure's words (在园幼儿) names the whole, and the nearest
figure before that is named so without the qualifier is the base -- or the figure whose 其中 the
qualified one is, named so with a scope of its own ("学前教育在园幼儿"). Both figures must be of one
measure, the whole at least the part; no figure of the same name with the qualifier may stand for
the whole. The rate reads 16.12 / 18.64.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .breakdown_totals import _breakdown_total
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc

_NAME = re.compile(r"([\u4e00-\u9fff]{4,16})率(?:为|达到|达|是|约)?$")
# changes and rates of a population or of use, whose base is not a count of the same noun
_NOT_A_SUBSET = re.compile(r"增长|下降|增速|增幅|降幅|自然增|贡献|回报|利润|负债|物价|失业|死亡|出生|发病|患病")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_OPENERS = re.compile(r"^(?:其中|全市|全区|全县|全省|全镇|全年|共有|共|现有|年末|年底)+")
_REACH = 12  # figures back the whole is looked for (a fixed reach keeps the work linear)


def subset_rate(d: _Doc, pct: Quantity, per: int) -> Relation | None:
    """The rate of the qualified figure just before ``pct`` over the same figure unqualified."""
    m = _NAME.search(d.clause(pct))
    if m is None or _NOT_A_SUBSET.search(m.group(1)) or pct.value > 100:
        return None
    name = m.group(1)
    if pct.index == 0:
        return None
    part = d.qs[pct.index - 1]
    if part.is_percent or part.sentence != pct.sentence or is_delta(d, part) or is_previous(d, part):
        return None
    own = _OPENERS.sub("", d.own_words(part))
    qualifier = _common_prefix(own, name)
    rest = own[len(qualifier):]
    if len(qualifier) < 2 or len(rest) < 2:
        return None
    whole = None
    _, of = _breakdown_total(d, part)
    if of is not None and compatible(of, part) and _OPENERS.sub("", d.own_words(of)).endswith(rest):
        # "学前教育在园幼儿14.26万人,其中普惠性幼儿园在园幼儿12.84万人": the figure its 其中 breaks down
        return Relation("ratio", "ratio.subset", {"numerator": part, "denominator": of, "percent": pct}, per=per)
    for q in reversed(d.qs[max(0, part.index - _REACH) : part.index]):
        if q.is_percent or not compatible(q, part) or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q):
            continue
        if not d.same_section([q, part]):
            break
        words = _OPENERS.sub("", d.own_words(q))
        if not words.endswith(rest):
            continue
        head = words[: len(words) - len(rest)]
        if head and qualifier.startswith(head):
            return None  # (the same qualified figure stated before: no whole is named)
        if head and not qualifier.endswith(head):
            continue  # (another qualified group of the same noun: "公办园在园幼儿")
        whole = q  # "在园幼儿", or with the qualifier's own noun: "幼儿园在园幼儿"
        break
    if whole is None or whole.value < part.value:
        return None
    return Relation("ratio", "ratio.subset", {"numerator": part, "denominator": whole, "percent": pct}, per=per)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
