"""A total closing its list under a name of its own, the total word last ("小学在校生3.4万人、初中在校生
1.6万人,义务教育阶段在校生共5.0万人"; "…罚没款305.5万元,…罚款86.4万元,土地矿产违法罚没款合计391.9万元";
"…收入32.58亿元,加上级补助收入21.35亿元、…8.38亿元,收入总计62.31亿元").

The name says what the total counts, not which figures before it are its parts: a group named so
(义务教育阶段) may hold kinds the sentence does not list, and the figures before it may hold other
measures. So only the figures decide: the nearest figures of the total's unit in its sentence that
add up to it exactly are its list (a sum that holds); a list that does not add up is left alone.
(Totals whose words open with the total word, "…,合计26.05万件", are ``closings._trailing_totals``'.)
A total whose words list the names of its parts ("纠错(确认违法、撤销、责令履行)合计22件") takes the
figures stated before under those names (``named_totals``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .closings import _COUNT
from .completeness import _sum_or_bounds
from .label_index import may_hold
from .model import Relation, compatible, money_value
from .roles import is_delta, is_previous
from .scopes import is_scope_count
from .structure import _Doc

# "<name>共计|合计|总计|总共|共" closing the total's own clause, the name two characters or more
_NAMED_LAST = re.compile(r"(?:^|[,;、])(?P<m>[\u4e00-\u9fff]{2,16}?)(?:共计|合计|总计|总共|共)$")
# names that count or point at items ("以上两类", "三个街道", "其余") or open with a total word: others' cases
_NOT_A_NAME = re.compile(r"^(?:以上|上述|其余|其他|其它|剩余|另有|共|合|总|累)|[两二三四五六七八九十]个|[两二三四五六七八九十][类项种级]")
# what ends the reach of a list: a stop, a line, or an opener whose figure before it is a whole
_STOP = re.compile(r"[。\n]|其中|包括|:")
_REACH = 8  # figures looked back


def named_closings(d: _Doc) -> list[Relation]:
    """Sums of the figures right before a total named by its own words, when they add up to it."""
    out: list[Relation] = []
    for q in may_hold(d, _NAMED_LAST):  # (only the figures whose label holds a character every match needs: label_index)
        if q.is_percent or d.in_parentheses(q):
            continue
        lab = d.label(q)
        m = _NAMED_LAST.search(lab)
        if m is None or _NOT_A_NAME.search(m.group("m")):
            continue
        parts = _run_before(d, q)
        if parts:
            out.append(Relation("sum", "sum.breakdown", {"total": q, "parts": parts}))
    return out


def _run_before(d: _Doc, q: Quantity) -> list[Quantity]:
    """The shortest run (two or more) of figures of ``q``'s unit right before it in its sentence that
    adds up to it exactly; figures of other measures between them are passed over ("查处…7件、罚款…")."""
    value = money_value if q.is_money else (lambda x: x.value)
    target = value(q)
    run: list[Quantity] = []
    total = Decimal(0)
    nxt = q
    for p in reversed(d.qs[max(0, q.index - _REACH) : q.index]):
        if _STOP.search(d.s, p.end, nxt.start) or p.sentence != q.sentence:
            break
        nxt = p
        if p.is_percent or is_delta(d, p) or is_previous(d, p) or is_scope_count(d, p) or d.in_parentheses(p):
            continue
        if not compatible(p, q) or (not q.is_money and p.unit != q.unit):
            continue  # another measure stated with an item ("查处非法采矿案件7件、罚款86.4万元")
        run.insert(0, p)
        total += value(p)
        if len(run) >= 2 and total == target:
            return run
        if total > target:
            break
    return []


# "纠错(确认违法、撤销、责令履行)合计22件", "确认违法、撤销、责令履行三类直接纠错51件": a total whose
# words list the names of its parts.
_NAMES_IN_BRACKETS = re.compile(r"\(([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)\)[\u4e00-\u9fff]{0,4}$")
_NAMES_COUNTED = re.compile(r"(?:^|[,;:])([\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)(?:两|二|三|四|五|六)(?:类|项|种)"
                            r"[\u4e00-\u9fff]{0,8}$")
_COUNTED_KINDS = re.compile(r"[两二三四五六][类项种]")  # in every match of _NAMES_COUNTED (a cheap scan first)
_NAMES_REACH = 300  # characters back the named parts are looked for


def named_totals(d: _Doc) -> list[Relation]:
    """A total whose words name its parts, each a figure stated before it under that name: the
    names in brackets ("纠错(确认违法、撤销、责令履行)合计22件") or counted ("…三类直接纠错51件")."""
    out = []
    for q in d.qs:
        if q.is_percent:
            continue
        seg = d.seg_start(q.start)
        if d.last_before("、", q.start) < seg:
            continue  # (both forms list the names with 、: most figures' words have none; by bisect
            # over the 、 of the text, not a scan of the segment up to each of its figures)
        # (both forms end within the label's last ten characters: ")" then four at most, or the count
        # 三类 then eight at most -- most labels hold neither there, and are not copied)
        tail = d.s[max(seg, q.start - 10) : q.start]
        if ")" not in tail[-5:] and not _COUNTED_KINDS.search(tail):
            continue
        lab = d.s[seg : q.start]
        m = _NAMES_IN_BRACKETS.search(lab) or (_NAMES_COUNTED.search(lab) if _COUNTED_KINDS.search(lab) else None)
        if m is None:
            continue
        names = m.group(1).split("、")
        counted = re.match(r"(两|二|三|四|五|六)(?:类|项|种)", lab[m.end(1) :])
        if counted and _COUNT[counted.group(1)] != len(names):
            continue  # "A、B、C两类" says nothing clear
        lo = q.start - _NAMES_REACH
        parts: list[Quantity] = []
        for name in names:
            found = next((p for p in reversed(d.in_range(max(0, lo), d.seg_start(q.start)))
                          if not p.is_percent and compatible(p, q) and p.unit == q.unit
                          and d.own_words(p).endswith(name)),
                         None)
            if found is None or found in parts:
                parts = []
                break
            parts.append(found)
        if len(parts) >= 2:
            out.extend(_sum_or_bounds(d, q, sorted(parts, key=lambda p: p.index), lab, complete=True))
    return out
