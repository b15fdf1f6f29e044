"""Lines closed by a line of their total: "市本级:…\n县(市、区):…\n总计:…", "…\n以上三类合计…"."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .closings import _COUNT
from .completeness import _sum_or_bounds
from .model import Relation, compatible
from .roles import is_delta, is_previous
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
