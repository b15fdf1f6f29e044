"""Lines closed by a line of their total: "市本级:…\n县(市、区):…\n总计:…", "…\n以上三类合计…"."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .closings import _COUNT
from .completeness import _sum_or_bounds
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .stages import naming
from .structure import _Doc
from .vocab import gated

# "合计:", "以上三类合计", "上述各项共计": a line that only states the total of the lines above it
_TOTAL_LINE = gated(re.compile(r"[ \t]*(?:(?:以上|上述)(?P<n>[两二三四五六七八九十]|\d{1,2}|各)?(?:类|项|个|种|方面)?"
                         r"(?:诉求|案件|问题|事项)?)?(?:合计|总计|共计|总数|总量)(?:为|达)?[::]?[ \t]*$"))
_LINES_MAX = 12


def closing_lines(d: _Doc) -> list[Relation]:
    """"市本级:罚没款1256.3万元\\n县(市、区):罚没款2873.9万元\\n总计:4130.2万元": a line stating only a
    total (合计, 总计) closes the item lines right above it, one figure of its unit each (a percent may
    follow), up to a heading, a blank line or a line of another shape."""
    s = d.s
    out: list[Relation] = []
    for q in d.qs:
        if q.is_percent:
            continue
        line = s.rfind("\n", 0, q.start) + 1
        m = _TOTAL_LINE.fullmatch(s, line, q.start)
        if m is None and line >= 2 and (numbered := _NUMBERED_TOTAL.fullmatch(s, line, q.start)) is not None:
            out.extend(_numbered_lines(d, q, line, _ORDINAL[numbered.group(1)]))
            continue
        if m is None or line < 2:
            continue
        parts: list[Quantity] = []
        end = line - 1
        while end > 0 and len(parts) < _LINES_MAX:
            start = s.rfind("\n", 0, end) + 1
            text = s[start:end].strip()
            # (a line's change, "较上月增加4,980件", is no second level of it)
            levels = [p for p in d.in_range(start, end) if not p.is_percent and not is_delta(d, p)
                      and not is_previous(d, p)]
            if not text or len(levels) != 1 or not compatible(levels[0], q) or levels[0].value > q.value \
                    or re.match(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)", text):
                break
            parts.insert(0, levels[0])
            end = start - 1
        n = m.group("n")
        if n and n != "各" and len(parts) != (int(n) if n.isdigit() else _COUNT[n]):
            continue  # "以上三类合计" over a run of lines that is not three: not those lines
        if len(parts) >= 2:
            out.extend(_sum_or_bounds(d, q, parts, s[parts[0].start : q.end], complete=True))
    return out


# "(七)总计办结46件": the numbered line of the total of the numbered lines above it ("(一)予以公开25件
# (自然人20件…);" … "(六)其他处理1件"), as the national form's outcomes are written out in prose
_NUMBERED_TOTAL = gated(re.compile(r"[ \t\u3000]*\(([二三四五六七八九十])\)\s*(?:合计|总计)(?:办结|答复|处理|办理)?(?:为|达)?[:：]?\s*"))
_ORDINAL = {c: k for k, c in enumerate("一二三四五六七八九十", start=1)}
_SUB_ITEM = re.compile(r"\s*(?:其中|含|包括)")
_NUMBERED_LINE = re.compile(r"[ \t\u3000]*\(([一二三四五六七八九十])\)")


def _numbered_lines(d: _Doc, q: Quantity, line: int, n: int) -> list[Relation]:
    """The lines "(1)" to "(n-1)" right above the total's line "(n)总计…", blank lines between allowed,
    each giving its item's figure first (a bracket after it breaks the item down; a 其中 after it names
    a part): all of them, in order, or no reading."""
    s = d.s
    eol = s.find("\n", q.end)
    if q.in_table or any(not p.is_percent for p in d.in_range(q.end, len(s) if eol < 0 else eol)):
        return []  # (a row of a table of columns: the table's sums read it)
    parts: list[Quantity] = []
    end = line - 1
    want = n - 1
    while end > 0 and want >= 1:
        start = s.rfind("\n", 0, end) + 1
        if not s[start:end].strip():
            end = start - 1
            continue
        m = _NUMBERED_LINE.match(s, start, end)
        if m is None or _ORDINAL[m.group(1)] != want or _SUB_ITEM.match(s, m.end(), end):
            return []  # (a line of a part, "(三)其中败诉案件3件", is in the lines above it, not beside them)
        first = next((p for p in d.in_range(start, end) if not p.is_percent), None)
        if first is None or d.in_parentheses(first) or is_delta(d, first) or is_previous(d, first) \
                or not compatible(first, q) or first.unit != q.unit:
            return []
        parts.insert(0, first)
        want -= 1
        end = start - 1
    if want or len(parts) < 2:
        return []
    named = [naming(d, p) for p in parts]
    if any(a is not None and b is not None and any(pid in b.stages and b.stages[pid] != lvl for pid, lvl in a.stages.items())
           for i, a in enumerate(named) for b in named[i + 1 :]):
        return []  # ("(一)收到申请52件 (二)受理45件 (三)审结40件": stages of one process, no partition)
    # (every line of the series, numbered to the total's: a partition by its form -- an item's own
    # words, "重复申请", say nothing of items counted twice)
    return [Relation("sum", "sum.breakdown", {"total": q, "parts": parts})]
