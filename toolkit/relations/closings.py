"""Lists closed otherwise than by a 其中 before them: a bracketed list after its total
("隐患6383项(其中:生产2715项,消防3102项…)"), a list followed by its own total ("…5件,共计48件"),
and what came in split by how it ended (收到 = 办结 + 在办; 收到 = 受理 + 不予受理)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible
from .scopes import is_scope_count, items_counted
from .structure import SEG_END, _Doc
from .sums import _sum_or_bounds


def _parenthesised_lists(d: _Doc) -> list[Relation]:
    """"机构7个(5科、1室、1安监中心)", "机构4个(执法大队1个、业务科室3个)": an enumeration in
    brackets right after a total, with or without measure words."""
    out = []
    for q in d.qs:
        rest = d.s[q.end : q.end + 80]
        m = re.match(r"\(([^()]{2,70})\)", rest)
        if not m or re.match(r"(含|包括|其中|包含|以下|下同|均为|即)", m.group(1)):
            continue
        items = re.split(r"[、,]", m.group(1))
        if len(items) < 2:
            continue
        inner = [p for p in d.in_range(q.end, q.end + m.end()) if not p.is_percent]
        if len(inner) == len(items) and all(compatible(q, p) for p in inner):
            # A bracket right after a total spells out what it is made of.
            out.extend(_sum_or_bounds(d, q, inner, m.group(1), complete=True))
            continue
        if inner:
            continue
        values = [re.match(r"(\d+)[^\d]{1,8}$", it) for it in items]
        if all(values):
            nums = [Decimal(v.group(1)) for v in values if v]
            out.append(Relation("sum", "sum.enumeration", {"total": q, "parts": []}, enumerated=nums,
                                note="、".join(items)))
    return out


_TRAILING_TOTAL = re.compile(r"^[,、;和及]?(共计|合计|总计|累计|总共|共有|共)$")


def _trailing_totals(d: _Doc) -> list[Relation]:
    """"…286家次、315家次、242家次和197家次,共计1040家次": the total after its list. A total that
    names its measure ("城区受理投诉120件,郊区受理投诉80件,全年合计受理投诉200件") sums only parts whose
    words hold that measure, and may close the list in a sentence of its own."""
    out = []
    for q in d.qs:
        lab = d.label(q)
        count = items_counted(d, q)
        if count is not None:  # "…移送涉嫌犯罪案件4件,五类案件共计50件": the text says how many items it adds
            parts = _counted_parts(d, count, q, int(count.value))
            if parts:
                out.extend(_sum_or_bounds(d, q, parts, d.s[parts[0].start : q.end], complete=True))
            continue
        named = None if q.is_percent or _TRAILING_TOTAL.match(lab) else _NAMED_TOTAL.match(lab)
        if q.is_percent or not (_TRAILING_TOTAL.match(lab) or named):
            continue
        measure = re.sub(r"[^\u4e00-\u9fff]", "", named.group(1)) if named else ""
        if named and len(measure) < 2:
            continue
        crossed = False
        parts: list[Quantity] = []
        for p in reversed(d.qs[: q.index]):
            nxt = parts[0] if parts else q
            gap = d.s[p.end : nxt.start]
            if is_scope_count(d, p) and "。" not in gap and "\n" not in gap:
                continue  # "3个乡镇开展检查45次": the 3 is the scope of the 45, not an item
            ends = len(re.findall(r"[。\n]", gap))
            if ends == 1 and not parts and measure and not crossed:
                crossed = True  # the named total opens the sentence after its list
            elif p.is_percent or ends or len(gap) > 30:
                break
            if not compatible(p, q) or (measure and measure not in re.sub(r"[^\u4e00-\u9fff]", "", d.label(p))):
                break
            parts.insert(0, p)
        if len(parts) >= 2:
            out.extend(_sum_or_bounds(d, q, parts, d.s[parts[0].start : q.end], complete=True))
    return out


_LIST_OPENS = re.compile(r"其中|包括|[:：]")


def _counted_parts(d: _Doc, count: Quantity, q: Quantity, n: int) -> list[Quantity]:
    """The list of figures of ``q``'s unit before the count, in its sentence and after the
    list's opener (其中, 包括, a colon), when it has exactly ``n`` items: "以上两类" after three
    items does not say which two."""
    parts: list[Quantity] = []
    nxt = count
    for p in reversed(d.qs[: count.index]):
        if p.start < q.sentence[0] or _LIST_OPENS.search(d.s, p.end, nxt.start):
            break
        if p.is_percent or not compatible(p, q):
            return []
        parts.insert(0, p)
        nxt = p
    return parts if len(parts) == n else []


# "全年合计受理投诉": a total word after the scope, then the measure it totals.
_NAMED_TOTAL = re.compile(r"^[,、;]?(?:全年|全市|全区|全县|全省|全局|全系统)?(?:共计|合计|总计|总共)([\u4e00-\u9fff]{2,12})$")


_RECEIVED = re.compile(r"(受理|收到|接到|接收|登记)[^,;。]{0,12}$")
_CLOSED = re.compile(r"(办结|处理完毕|办理完毕|已处理|已完成|已答复)[^,;。]{0,6}$")
_PENDING = re.compile(r"(正在|在办|未办结|办理中|尚未|仍在)[^,;。]{0,8}$")


def _status_splits(d: _Doc) -> list[Relation]:
    """"受理2917件,已处理完毕2349件,正在办理568件": what came in is closed or still open."""
    out = []
    for q in d.qs:
        if q.is_percent or not _RECEIVED.search(d.label(q)):
            continue
        seg_end = d.next_end(q.end, SEG_END)
        # The outcomes follow the figure closely: a few figures, not the rest of a long sentence
        # (looking at all of them made one 1,500-clause sentence quadratic).
        rest = [p for p in d.qs[q.index + 1 : q.index + 1 + _STATUS_REACH] if p.start < seg_end
                and compatible(p, q) and not p.is_percent]
        closed = next((p for p in rest if _CLOSED.search(d.label(p))), None)
        pending = next((p for p in rest if _PENDING.search(d.label(p))), None)
        others = [p for p in rest if p is not closed and p is not pending]
        if closed is not None and pending is not None and closed.index < pending.index and not others:
            # Any other outcome ("转交其他部门2件") would be a third part: then nothing is asserted.
            out.append(Relation("sum", "sum.status", {"total": q, "parts": [closed, pending]}))
        if _ARRIVED.search(d.label(q)):
            # "收到申请126件,受理118件,不予受理8件": what arrived is accepted or turned down.
            seg = [p for p in d.qs[q.index + 1 : q.index + 3]]
            third = d.qs[q.index + 3] if q.index + 3 < len(d.qs) else None
            more = third is not None and third.start < seg_end and compatible(third, q) and not third.is_percent
            if (len(seg) == 2 and all(compatible(p, q) and not p.is_percent and p.start < seg_end for p in seg)
                    and _ACCEPTED.search(d.label(seg[0])) and _REFUSED.search(d.label(seg[1]))
                    and not more):  # "…不予受理5件,告知3件": a third outcome, the two are not all
                out.append(Relation("sum", "sum.status", {"total": q, "parts": seg}))
    return out


_STATUS_REACH = 8
_ARRIVED = re.compile(r"(收到|接到|接收)[^,;。]{0,12}$")
_ACCEPTED = re.compile(r"^,?(依法|予以|决定|已)?受理$")
_REFUSED = re.compile(r"^,?(依法|决定)?(不予受理|不予立案|驳回申请)$")
