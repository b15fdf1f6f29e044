"""Figures under a heading that announces plans: targets, not figures of the year reported.

Reports close with the next period's aims under a heading of their own ("四、2024年目标", "三、下一步
工作打算", "五、2017年工作计划"), stating them as plain figures ("即办件占比达到70%以上"), without the
力争/争取 a forecast sentence carries elsewhere. Such a figure is a target; a share or rate read from it
compares nothing the report achieved. A heading that also names what was done or found ("目标任务完成
情况", "存在问题和下一步打算") announces results too: there only a figure stated as a level to reach
(达到/提高到/保持在/不低于 …) is a target.
"""

from __future__ import annotations

import bisect
import re

from ..quantities import Quantity
from .structure import _Doc

# (forward words only: "坚持目标导向", "计划生育", "统筹安排" head sections of results)
_PLAN_HEADING = re.compile(r"下一步|下一年|明年|今后|打算|展望|努力方向|工作思路|工作计划|工作安排|工作目标"
                           r"|(?:19|20)\d\d年[^,;。]{0,6}(?:目标|计划|安排|思路|重点)")
_RESULT_HEADING = re.compile(r"完成|落实|执行|情况|成效|成绩|问题|不足|困难|做法|回顾")
_TO_REACH = re.compile(r"(?:达到|提高到|提升到|提高至|提升至|增加到|增至|保持在|稳定在|控制在|降至|降低到|降低至|"
                       r"不低于|不少于|不高于|不超过)[^,;。\d]{0,4}$")


def _heading_line(d: _Doc, pos: int) -> tuple[str, int]:
    """The heading line ("四、…", "(二)…") of the section holding ``pos`` and where that line ends;
    ("", 0) before the first heading."""
    heads = d._heads
    i = bisect.bisect_right(heads, pos)
    if not i:
        return "", 0
    start = heads[i - 1] + 1
    end = d.s.find("\n", start)
    end = end if end >= 0 else len(d.s)
    return d.s[start:end][:40], end


def under_plans(d: _Doc, q: Quantity) -> bool:
    """Is the percent ``q`` a target stated under a heading that announces plans?"""
    head, end = _heading_line(d, q.start)
    if not head or q.start < end or not _PLAN_HEADING.search(head):
        return False  # (a figure in the heading's own line is no plan's: "一、目标完成率98%")
    if not _RESULT_HEADING.search(head):
        return True
    return bool(_TO_REACH.search(d.s[max(q.sentence[0], q.start - 16) : q.start]))
