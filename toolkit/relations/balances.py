"""A period's income is its spending plus its balance: "职工医保基金收入48.26亿元、支出41.37亿元,当期结余
6.89亿元" (48.26 = 41.37 + 6.89), "业务收入9.86亿元,其中…;业务支出5.03亿元;增值收益4.83亿元"; its spending
is its income plus its deficit: "基金收入9.37亿元,支出9.58亿元,当期赤字0.21亿元" (9.58 = 9.37 + 0.21).

In one sentence: a balance figure (``balance`` of catalog/distributed.yaml; not a stock carried over
the years: 累计结余, 年末结存), the spending figure right before it (nothing but rates and changes
between), and the income figure before that -- passing over only the income's own parts (其中…)
and its rates and changes. The three counted alike (amounts). Another figure anywhere between, a
name shared by two incomes, or an income of another subject than the spending ("基金收入…,
财政补助支出…": only when the spending's words are among the income's, or none beyond 支出) and nothing
is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Table
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_change_percent, is_delta, is_previous
from .structure import _Doc
from .vocab import catalog_yaml

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[,;:、]")
_FRAME = re.compile(r"^(?:全年|本年度?|当年|当期|本期|年度|\d{4}年)+")


@lru_cache(maxsize=1)
def _words() -> dict[str, re.Pattern]:
    v = catalog_yaml("distributed.yaml")["balance"]
    return {k: re.compile(v[k]) for k in ("income", "spending", "balance", "deficit", "stock")}


def _own(d: _Doc, q: Quantity) -> str:
    return _FRAME.sub("", _NOT_CJK.sub("", _CLAUSE.split(d.label(q))[-1]))


def _aside(d: _Doc, q: Quantity) -> bool:
    """A rate, a change or a previous level: said of a figure, no figure of the identity."""
    return q.is_percent or is_change_percent(d, q) or is_delta(d, q) or is_previous(d, q) or d.in_parentheses(q)


def balances(d: _Doc) -> list[Relation]:
    """Each period's balance with the income and spending stated before it in its sentence."""
    if "支出" not in d.s:
        return []
    w = _words()
    out: list[Relation] = []
    for c in d.qs:
        if not c.is_money or _aside(d, c):
            continue
        own_c = _own(d, c)
        deficit = bool(w["deficit"].search(own_c))  # ("当期赤字0.21亿元": spending = income + deficit)
        if not (deficit or w["balance"].search(own_c)) or w["stock"].search(_CLAUSE.split(d.label(c))[-1]):
            continue
        before = [q for q in d.in_range(c.sentence[0], c.start) if not _aside(d, q)]
        if len(before) < 2:
            continue
        b = before[-1]
        own_b = _own(d, b)
        if not w["spending"].search(own_b) or not compatible(b, c):
            continue
        a = _income_before(d, before[:-1], b)
        if a is None or not compatible(a, b):
            continue
        own_a = _own(d, a)
        subject_a, subject_b = w["income"].sub("", own_a), w["spending"].sub("", own_b)
        if subject_b and subject_b not in subject_a:
            continue  # "基金收入…,补助支出…": the spending of another account
        if deficit:
            out.append(Relation("sum", "sum.balance", {"total": b, "parts": [a, c]}))
            continue
        if a.value < b.value and c.value > 0:
            continue  # spending over income with a positive balance: a stock or another account's
        out.append(Relation("sum", "sum.balance", {"total": a, "parts": [b, c]}))
    return out


def _income_before(d: _Doc, before: list[Quantity], b: Quantity) -> Quantity | None:
    """The income right before the spending ``b``, past only its own parts (a 其中 after it)."""
    w = _words()
    for k in range(len(before) - 1, -1, -1):
        q = before[k]
        if w["income"].search(_own(d, q)):
            seg = d.s[q.end : b.start]
            between = before[k + 1 :]
            if between and "其中" not in seg.split(";")[0]:
                return None  # figures between that are no parts of the income
            if between and any(";" in d.s[q.end : p.start] for p in between):
                return None  # (the parts end with the income's clause group)
            return q
    return None


@lru_cache(maxsize=1)
def _sheet() -> dict[str, re.Pattern]:
    v = catalog_yaml("distributed.yaml")["balance_sheet"]
    return {k: re.compile(v[k]) for k in ("assets", "liabilities", "net")}


def balance_sheets(d: _Doc) -> list[Relation]:
    """"资产总额612.48亿元,负债总额58.93亿元,净资产553.55亿元": in one sentence, the net assets and,
    right before them (rates and changes passed over), the liabilities and the assets: assets =
    liabilities + net assets (``sum.balance``). The three amounts of one subject: the words before
    the liabilities' and the net assets' names are among the assets' words."""
    if "负债" not in d.s:
        return []
    w = _sheet()
    out: list[Relation] = []
    for c in may_hold(d, w["net"]):  # (only the figures whose label holds a character every match needs: label_index)
        if not c.is_money or _aside(d, c) or not (m := w["net"].search(own_c := _own(d, c))):
            continue
        before = [q for q in d.in_range(c.sentence[0], c.start) if not _aside(d, q)]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        own_a, own_b = _own(d, a), _own(d, b)
        ma, mb = w["assets"].search(own_a), w["liabilities"].search(own_b)
        if ma is None or mb is None or not (compatible(a, b) and compatible(b, c)):
            continue
        subject = own_a[: ma.start()]
        if any(s not in subject for s in (own_b[: mb.start()], own_c[: m.start()])):
            continue  # the liabilities or net assets of another subject than the assets'
        out.append(Relation("sum", "sum.balance", {"total": a, "parts": [b, c]}))
    return out


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_UNIT = re.compile(r"[(（]\s*(?:单位[:：]\s*)?([^()（）]{1,5})\s*[)）]\s*$")


def balance_columns(t: Table) -> list[Relation]:
    """A table with a column each of a period's income, spending and balance ("月份|基金收入(亿元)|基金
    支出(亿元)|当期结余(亿元)"): in each row the income is the spending plus the balance. One column of
    each, of one subject (基金收入 and 基金支出), the three printing one unit; a stock (累计结余) is no
    period's balance."""
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return []
    w = _words()
    bare = [_NOT_CJK.sub("", _ASIDE.sub("", c.text)) for c in header.cells]
    cols = [[j for j, h in enumerate(bare) if w[key].search(h) and not (key == "balance" and w["stock"].search(h))]
            for key in ("income", "spending", "balance")]
    if any(len(c) != 1 for c in cols):
        return []
    (inc,), (spe,), (bal,) = cols
    units = {m.group(1) if (m := _UNIT.search(header.cells[j].text)) else "" for j in (inc, spe, bal)}
    if len(units) != 1 or bare[inc][:-2] != bare[spe][:-2]:
        return []  # (another unit, or the income and the spending of two subjects: 基金收入, 财政补助支出)
    out: list[Relation] = []
    for r in t.rows:
        if r.start <= header.start or r.is_header or len(r.cells) != len(header.cells):
            continue
        a, b, c = (r.cells[j].quantity for j in (inc, spe, bal))
        if a is None or b is None or c is None or any(q.is_percent for q in (a, b, c)) \
                or not (compatible(a, b) and compatible(a, c)):
            continue  # (a deficit printed "-0.21" is no balance cell)
        out.append(Relation("sum", "sum.balance", {"total": a, "parts": [b, c]}))
    return out
