"""A later stage named with the noun of a kind stated before it, sentences apart: "受理消费者诉求8.63万件,其中
投诉5.27万件、举报1.68万件…。投诉办结5.18万件" -- the figure named by nothing but the noun (投诉) is what came in
of that kind, and the figure its noun and a later stage name (投诉办结, 已办结投诉, 投诉事项已办结) goes on from it.

The stage vocabulary names no stage by a bare noun ("群众举报56条" may be one kind of a list), so the funnels of
``stages`` leave such a pair alone; the later figure's words say which kind it goes on from. Read only where the
text leaves one reading:

* the later figure names one intake noun (``_NOUN``) and a closing (办结, 办理完毕; 立案 only of reports, 举报立案),
  and no scope or period of its own beyond the report's year;
* looking back (up to ``_SPAN`` characters), the nearest figure counted alike whose own words are that noun alone
  (其中投诉, 投诉量) is the one; a figure between naming the noun otherwise (受理投诉…, another value) leaves two
  readings, unless it names a month or quarter (a part of the period);
* both name the same period, and no carried-over work is spoken of between them (``carried_over``).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .carried_over import _carried_over
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .stages import carried_over_at, load_stages, naming
from .structure import _Doc

_SPAN = 1500  # characters looked back
_NOUN = r"[\u4e00-\u9fff]{0,3}?(?:投诉|举报|诉求|咨询|求助|建议|留言|来信)"
_LEAD = r"(?:全年|本年度?|当年|本季度|本月|其中)?"
# the later figure: the noun and a closing, in either order ("投诉办结", "办结投诉", "投诉事项已办结")
_LATER = re.compile(rf"^{_LEAD}(?:(?P<n1>{_NOUN})(?:事项|类|件)?(?:已|均已)?(?P<a>办结|办理完毕|处理完毕|立案)"
                    rf"|(?:已|共)?(?:办结|办理完毕|处理完毕)(?P<n2>{_NOUN})(?:事项|件)?)$")
# the earlier figure: the noun alone ("其中投诉", "投诉量", "投诉"), in a list or a clause of its own
_EARLIER = re.compile(rf"^(?:其中|另有)?(?P<noun>{_NOUN})(?:量|总量|数量|事项)?(?:为|达|共)?$")
_PART_OF_PERIOD = re.compile(r"\d{1,2}月|[一二三四1-4]季度|上半年|下半年")
_GATE = re.compile(r"办结|办理完毕|处理完毕|立案")


def noun_funnels(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Later stages named with the noun of a kind stated before them (module doc)."""
    out: list[Relation] = []
    if not _GATE.search(d.s):
        return out
    bounded = {r.roles["smaller"].index for r in found if r.kind == "bound" and isinstance(r.roles.get("smaller"), Quantity)}
    carried = None
    for m in _GATE.finditer(d.s):
        k = d.before(m.end())
        if k >= len(d.qs):
            break
        s = d.qs[k]
        if s.index in bounded or s.is_percent or s.in_table or s.start - m.end() > 8:
            continue
        later = _LATER.match(d.own_words(s))
        noun = later.group("n1") or later.group("n2") if later is not None else ""
        if later is None or (later.group("a") == "立案" and "举报" not in noun):
            continue  # (a case filed is of a report: "举报立案"; complaints are mediated, not filed)
        if is_delta(d, s) or is_previous(d, s) or d.in_parentheses(s) or _PART_OF_PERIOD.search(d.label(s)):
            continue
        whole = _earlier(d, s, noun)
        if whole is None:
            continue
        if carried is None:
            carried = carried_over_at(d, load_stages())
        if _carried_over(d, carried, whole, s):
            continue
        bounded.add(s.index)
        out.append(Relation("bound", "bound.stage", {"smaller": s, "larger": whole}))
    return out


def _earlier(d: _Doc, s: Quantity, noun: str) -> Quantity | None:
    """The one figure before ``s`` named by ``noun`` alone (module doc), else None."""
    for r in reversed(d.qs[max(0, s.index - 40) : s.index]):
        if r.end < s.start - _SPAN:
            return None
        if r.is_percent or r.in_table or not compatible(r, s) or noun not in d.label(r)[-12:]:
            continue
        own = d.own_words(r)
        m = _EARLIER.match(own)
        if m is not None and m.group("noun") == noun and not d.in_parentheses(r) and not is_delta(d, r) \
                and not is_previous(d, r) and r.value >= 0 and not _PART_OF_PERIOD.search(d.label(r)):
            a, b = naming(d, r), naming(d, s)
            if a is not None and b is not None and a.period != b.period and not (a.period <= {"year"} and b.period <= {"year"}):
                return None  # another period's
            if set(_PART_OF_PERIOD.findall(d.s, r.sentence[0], r.start)) != set(_PART_OF_PERIOD.findall(d.s, s.sentence[0], s.start)):
                return None  # "12月受理…,其中投诉1,205件。全年投诉办结…": the sentence names another period
            return r
        if noun in own and not _PART_OF_PERIOD.search(d.label(r)):
            return None  # the noun named otherwise between ("受理投诉…", "投诉办结…"): two readings
    return None
