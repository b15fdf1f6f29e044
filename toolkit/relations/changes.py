"""Year-over-year changes: a figure, its change in percent, its previous value or difference."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import _MONEY_SCALE, Relation, compatible, money_value
from .structure import _Doc, _overlap

_CHANGE = re.compile(
    r"(同比|环比|较上年|比上年|较去年|比去年|与去年同期相比|较去年同期|比\d{4}年|较\d{4}年|比上月|较上月)"
    r"[^,;。%\d]{0,12}?(上升|增长|增加|提高|下降|减少|降低|回落)(了|率)?(为|达)?$"
)
_CHANGE_LOOSE = re.compile(r"(上升|增长|增加|提高|下降|减少|降低|回落)(了|率)?(为|达)?$")
_CHANGE_REF = re.compile(r"同比|环比|较上年|比上年|较去年|比去年|去年同期|上年同期|比\d{4}年|较\d{4}年|比上月|较上月"
                         r"|与(上年|去年|\d{4}年)(同期)?相比")
_DOWN = re.compile(r"下降|减少|降低|回落")
_DIFF = re.compile(r"(比上年|较上年|比去年|较去年|同比)(增加|减少|上升|下降|多|少)(了)?$")
_PREV_INLINE = re.compile(r"(比|较)(\d{4}年|上年|去年|去年同期|上年同期)(的)?\(?$")


def _is_change_percent(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q)
    seg_text = d.s[d.seg_start(q.start) : q.start]
    return bool(_CHANGE.search(lab) or (_CHANGE_LOOSE.search(lab) and _CHANGE_REF.search(seg_text)))


def _changes(d: _Doc) -> list[Relation]:
    """Change claims: chains of percents ("分别下降28.1%、31.0%") and the figures they are about."""
    out: list[Relation] = []
    done: set[int] = set()
    for q in d.qs:
        if not q.is_percent or q.index in done or not _is_change_percent(d, q):
            continue
        chain = [q]
        while chain[-1].index + 1 < len(d.qs):
            nxt = d.qs[chain[-1].index + 1]
            if nxt.is_percent and d.s[chain[-1].end : nxt.start] in ("、", ",", "和", "及"):
                chain.append(nxt)
            else:
                break
        done.update(p.index for p in chain)
        lab = d.label(q)
        sign = -1 if _DOWN.search(lab[-8:]) else 1
        subjects, prev_q, diff_q = _change_context(d, q)
        if not subjects:
            continue
        seg_text = d.s[d.seg_start(q.start) : q.start]
        if len(chain) > 1:
            if len(subjects) < len(chain):
                continue
            pairs = list(zip(subjects[: len(chain)], chain, strict=True))  # 分别: in the order listed
        elif re.search(r"均|双", lab) or re.search(r"(均|双)[^,;。]{0,6}(上升|增长|增加|下降|减少)", seg_text):
            pairs = [(cur, q) for cur in subjects]  # "均下降25%": every figure of the group
        else:
            named = _named_subject(d, subjects, lab)
            pairs = [(named or _closest(subjects, diff_q), q)]
        for cur, pct in pairs:
            prev: Quantity | Decimal | None = None
            if prev_q is not None and compatible(prev_q, cur):
                prev = prev_q
            elif diff_q is not None and compatible(diff_q, cur) and diff_q.index > cur.index and len(pairs) == 1:
                down = bool(re.search(r"减少|下降|少", d.label(diff_q)))
                diff = diff_q.value
                if cur.is_money:  # "3.5万元,比上年增加5000元": the difference in the current's unit
                    diff = money_value(diff_q) / _MONEY_SCALE.get(cur.unit, Decimal(1))
                prev = cur.value + diff if down else cur.value - diff
            out.append(Relation("change", "change.yoy", {"current": cur, "percent": pct}, sign=sign, previous=prev))
            if isinstance(prev, Quantity) and diff_q is not None and compatible(diff_q, cur):
                # "较去年同期的355起,下降101起": the two figures and the difference add up.
                if sign < 0:
                    out.append(Relation("sum", "sum.difference", {"total": prev, "parts": [cur, diff_q]}))
                else:
                    out.append(Relation("sum", "sum.difference", {"total": cur, "parts": [prev, diff_q]}))
    return out


def _change_context(d: _Doc, pct: Quantity) -> tuple[list[Quantity], Quantity | None, Quantity | None]:
    """The figures a change is about (the last group before it), the previous figure, the difference."""
    s = d.s
    sent = max(s.rfind("。", 0, pct.start), s.rfind("\n", 0, pct.start), s.rfind(";", 0, pct.start)) + 1
    before = [q for q in d.in_range(sent, pct.start) if not q.is_percent]
    prev_q = diff_q = None
    for q in reversed(before):
        ql = d.label(q)
        if prev_q is None and (_PREV_INLINE.search(ql) or re.search(r"(较|比)(上年|去年|\d{4}年)?(同期)?的?$", ql)
                               or re.search(r"(上年|去年|\d{4}年)(同期)?(为|是|有|共)?$", ql)):
            prev_q = q
        elif diff_q is None and (_DIFF.search(ql) or re.search(r"^,?(下降|减少|增加|上升)了?$", ql)):
            diff_q = q
    subjects = [q for q in before if q is not prev_q and q is not diff_q and not d.in_parentheses(q)]
    if subjects and any(q.is_percent and not _is_change_percent(d, q)
                        for q in d.qs[subjects[-1].index + 1 : pct.index]):
        # "受理100件,办结率为98.5%,同比提高1.2%": the change may be the rate's, not the count's.
        return [], prev_q, diff_q
    if not subjects and s[sent - 1 : sent] == ";":
        # "…;环比…分别上升53.3%、33.3%": the figures are in the sentence before the ";".
        sent = max(s.rfind("。", 0, pct.start), s.rfind("\n", 0, pct.start)) + 1
        before = [q for q in d.in_range(sent, pct.start) if not q.is_percent]
        subjects = [q for q in before if q is not prev_q and q is not diff_q and not d.in_parentheses(q)]
    if not subjects:
        return [], prev_q, diff_q
    # The last group: figures listed together ("23起、死亡20人、受伤6人").
    group = [subjects[-1]]
    for q in reversed(subjects[:-1]):
        between = s[q.end : group[0].start]
        if re.search(r"[。;]", between) or len(re.sub(r"\([^()]*\)", "", between)) > 14:
            break
        group.insert(0, q)
    return group, prev_q, diff_q


def _named_subject(d: _Doc, subjects: list[Quantity], lab: str) -> Quantity | None:
    """"起数同比下降16.67%" / "受伤人数上升20%": the figure the change names."""
    cands = subjects
    if "起数" in lab:
        cands = [q for q in subjects if q.unit == "起"] or subjects
    elif "人数" in lab or "人次" in lab:
        cands = [q for q in subjects if q.unit in ("人", "名", "人次")] or subjects
    words = re.sub(r"(同比|环比|上升|增长|增加|提高|下降|减少|降低|人数|起数|数量|,|、|;|均|分别)", "", lab)
    if len(words) >= 2:
        best = max(cands, key=lambda q: _overlap(d.label(q), words))
        if _overlap(d.label(best), words) >= 2:
            return best
    if len(cands) == 1 and cands is not subjects:
        return cands[0]
    return None


def _closest(subjects: list[Quantity], diff_q: Quantity | None) -> Quantity:
    if diff_q is not None:
        earlier = [q for q in subjects if q.index < diff_q.index and compatible(q, diff_q)]
        if earlier:
            return earlier[-1]
    return subjects[-1]
