"""One named member of a listed scope against the whole scope: "共通过政务网、政务微博等渠道发布信息
700余条 …。政务网发布信息107条" -- what one channel (platform, department, medium) of a list did cannot
exceed what the whole list did, when both figures name the same action.

The scope is an enumeration "通过|依托|在|利用 A、B(和C)等 …" before a figure in its clause; the member's
figure comes later, in the next sentences of the same paragraph, its clause opening with one of the
listed names and its label ending with the same words as the whole's (发布信息). Anything less says
nothing: a member figure of another action, or a name that is not in the list, is not bounded.
"""

from __future__ import annotations

import re

from .bases import cjk as _cjk
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import SEG_END, SENT_END, _Doc

_SCOPE = re.compile(r"(?:通过|依托|利用|在)([^,。;:()]{4,60}?)等")
_SPLIT = re.compile(r"[、和及]")
_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9“”]{2,12}$")
_SENTENCES = 3  # how many sentences after the whole a member's figure may be in
_ACTION = 4  # characters of the action the member's figure must repeat ("发布信息")
_REACH = 24  # figures looked at after the whole (a fixed reach keeps long paragraphs linear)




def member_bounds(d: _Doc) -> list[Relation]:
    s = d.s
    out: list[Relation] = []
    for m in _SCOPE.finditer(s):
        names = [n.strip() for n in _SPLIT.split(m.group(1))]
        if len(names) < 2 or not all(_NAME.match(n) for n in names):
            continue
        clause_end = d.next_end(m.end(), SEG_END)
        first = d.before(m.end())
        if first >= len(d.qs) or d.qs[first].start >= clause_end:
            continue
        whole = d.qs[first]
        if whole.is_percent or is_delta(d, whole) or is_previous(d, whole):
            continue
        measure = _cjk(s[m.end() : whole.start])  # "网络渠道主动发布信息"
        end = whole.end
        for _ in range(_SENTENCES):
            end = d.next_end(end + 1, SENT_END)
        paragraph_end = s.find("\n", whole.end)
        if paragraph_end >= 0:
            end = min(end, paragraph_end)
        for q in d.qs[whole.index + 1 : whole.index + 1 + _REACH]:
            if q.start >= end:
                break
            if q.sentence == whole.sentence or not compatible(q, whole) or q.is_percent:
                continue
            label = d.label(q)
            clause = s[d.seg_start(q.start) : q.start]
            clause = clause[max(clause.rfind(","), clause.rfind(",")) + 1 :]
            named = [n for n in names if clause.startswith(n)]
            if len(named) != 1 or label != clause:
                continue  # the member must open the figure's own clause, with no figure before it
            action = _cjk(label[len(named[0]) :])  # "政务网发布信息107条" -> 发布信息
            if len(action) < _ACTION or not measure.endswith(action) or is_delta(d, q) or is_previous(d, q):
                # The member's words must be the whole's action itself: "全年共发布各类信息", "累计
                # 发布信息" or "受理市民诉求" under "主动公开政府信息", "受理企业诉求" are other figures.
                continue
            out.append(Relation("bound", "bound.member", {"smaller": q, "larger": whole}))
    return out
