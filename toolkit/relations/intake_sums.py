"""The work of a period is what came in plus what was carried in ("受理2,517件…。二、审理情况 加上年结转
的312件,全年共审理案件2,829件": 2,829 = 2,517 + 312), and what came in is split into what was dealt
with at once and what was passed on ("受理诉求28.6万件…直接解答11.8万件…派发工单16.8万件").

* 加上/连同 says the figure after it is added to the period's intake, and the total after it in its
  sentence (合计, 共, 应审理…) is their sum. The intake is the nearest figure before it (in its
  sentence or up to ``_REACH`` characters back, across a heading) whose own words name an intake
  -- accepted (受理, 立案) or received (收到, 新收) -- when the words before 加上 name none ("受理
  案件加上…" names the accepted one). On the way back, figures of the intake's other side (不予受理,
  告知, 其余…), its parts (其中, 分别, "…中," and "从…看" lists) and smaller figures of a narrower set
  (涉企案件326件) are passed over; a figure of a later stage (办结, 审结, 答复…) or any other figure
  leaves the addend unclear, and nothing is read.
* 另 adds a figure to the one stated before it: "新增减税降费4.87亿元,其中…。另为企业办理社保费减免3.26亿元,
  全年累计减税降费及社保费减免8.13亿元" -- the total after it in its sentence (累计, 合计, 共…) is the
  sum of the two, the first being the nearest level of the unit before 另 that is no part of another
  (其中, 分别, 、-joined), and the only one in its sentence and up to 另 (two, and which is
  added to is open).
* What an inspection found is stopped on the spot or filed (``found_split`` of
  catalog/distributed.yaml): "发现涉水违法行为163起,现场制止纠正128起,立案查处35起".
* A hotline's intake is answered on the line or dispatched (``intake_split`` of
  catalog/distributed.yaml): a figure answered directly and the figure dispatched after it (in its
  sentence or the next two) make up the one intake figure before them in the text that both
  follow -- the nearest level of their unit whose own words name an intake, with no other level of
  the unit between (a figure of calls, a day's peak: unclear, nothing). Across a heading (the split
  under "二、办理情况") the lines may be another list: read only when the figures confirm it, as a
  classified list across a heading is; a larger figure after the dispatched one in its sentence
  ("转办600件,办结1,150件") says the sentence goes on about the whole: nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .added import _later_stage
from .label_index import after_holding, gate_chars, holding_any, may_hold, merged
from .model import Relation, compatible
from .places import compared_place_of, place_of
from .reading import phrase_words
from .roles import is_plain_level
from .structure import SENT_END, _Doc
from .sums import _adds_up
from .vocab import catalog_yaml

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_PLUS = re.compile(r"(?:加上|连同)[\u4e00-\u9fff]{0,8}$")
_SUMMED = re.compile(r"(?:合计|共计|总计|共|累计|应[\u4e00-\u9fff]{1,4}?)[\u4e00-\u9fff]{0,6}$")
_ACCEPTED = re.compile(r"(?<![不未])(?:受理|立案)")
_RECEIVED = re.compile(r"收到|新收|接收|受理")  # (a figure received names its intake too)
# the intake's other side: refused, referred elsewhere, the rest of those (never what is added to)
_OTHER_SIDE = re.compile(r"不予|未予|不受理|告知|转送|退回|移送|其余|其他|其它")
# a part of a figure before it: 其中, 分别, a list under "…中," or "从…看"
_OPENS_LIST = re.compile(r"^[,;。]?其中(?!.*其中)")  # "…。其中派单转办6,214件,即时办结…": the list's first item
_PART = re.compile(r"其中|分别|[\u4e00-\u9fff]中[,:]|[看分][,:]")
# the accepted part of what was received, by its verb ("依法受理1,302件"; not "在受理前撤回6件")
_ACCEPTED_PART = re.compile(r"(?<![不未])(?:依法|予以|决定|正式)?(?:受理|立案)[\u4e00-\u9fff]{0,6}$")
_WITHDRAWN = re.compile(r"撤回|退回|撤销|前|后")
_LATER = re.compile(r"办结|审结|结案|答复|化解|办理|审理|处理|作出|决定|完成")
_REACH = 700
# a total of the work due ("应审结案件1,717件", "共需办理…"): the sum, not a later stage's count
_DUE = re.compile(r"(?:应|需要?|应当)(?:审结|办结|结案|办理|审理|处理|答复)")


def _own(d: _Doc, q: Quantity) -> str:
    return d.own_words(q)  # (a label holds no ";": its pieces after [,:、] are the clause's)


def _is_part(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` a part of a figure stated before it: its sentence, up to it, opens a list (其中, 分别,
    "X中,", "从…看,"), or it follows a figure with nothing but 、 or 和 between?"""
    lab = d.label(q).strip()
    if lab in ("、", "和", "及", ",", ""):
        return True
    return bool(_PART.search(d.s, q.sentence[0], q.start))


def _intake_before(d: _Doc, b: Quantity, named: str, due: bool = False) -> Quantity | None:
    """The intake figure ``b`` is added to (see the module's docstring), or None when unclear.

    ``due``: the total names the work due (应审结…). Work refused at the door never becomes due, so
    an accepted figure listed as a part of the received one ("收到…1,486件。收到的申请中,依法受理
    1,302件,不予受理97件…。加上上年结转的146件,全年应审结案件1,448件") is what the carried work adds to."""
    need = _ACCEPTED if _ACCEPTED.search(named) else _RECEIVED
    skipped: list[Quantity] = []
    accepted_part: Quantity | None = None
    for k in range(b.index - 1, -1, -1):
        q = d.qs[k]
        if q.start < b.start - _REACH:
            return None
        if q.is_percent or not compatible(q, b) or not is_plain_level(d, q):
            continue
        own = _own(d, q)
        if _OTHER_SIDE.search(own) or _is_part(d, q):
            if due and not named and accepted_part is None and not _OTHER_SIDE.search(own) \
                    and _ACCEPTED_PART.search(own) and not _WITHDRAWN.search(own) and _is_part(d, q):
                accepted_part = q
            skipped.append(q)
            continue
        if need.search(own) or (need is _RECEIVED and _ACCEPTED.search(own)):
            if named and not _RECEIVED.search(named) and not need.search(own):
                return None
            if accepted_part is not None and accepted_part.value < q.value and not _ACCEPTED.search(own):
                return accepted_part  # (the received whole the accepted part was listed under)
            if any(s.value > q.value for s in skipped if not _OTHER_SIDE.search(_own(d, s))
                   and not _is_part(d, s)):
                return None  # a larger figure of another set passed over: not a narrower set of it
            return q
        if _LATER.search(own):
            return None  # a later stage stands between: which one is added to is open
        skipped.append(q)  # a narrower set ("涉企行政复议案件326件"): smaller than the intake, checked above
    return None


def added_up(d: _Doc) -> list[Relation]:
    """"全年受理劳动人事争议案件6,215件…。加上年结转的403件,应结案件6,618件": 6,618 = 6,215 + 403."""
    out: list[Relation] = []
    if "加上" not in d.s and "连同" not in d.s:
        return out
    for b in may_hold(d, _PLUS):  # (only the figures whose label holds a character every match needs: label_index)
        own = _own(d, b)
        if b.is_percent or not _PLUS.search(own):
            continue
        c = next((q for q in d.qs[b.index + 1 : b.index + 3] if q.sentence == b.sentence and not q.is_percent
                  and compatible(q, b) and _SUMMED.search(_own(d, q))), None)
        if c is None:
            continue
        named = _PLUS.split(own)[0]  # "受理案件加上…": the words naming what is added to
        a = _intake_before(d, b, named, due=bool(_DUE.search(_own(d, c))))
        if a is None or c.value <= max(a.value, b.value):
            continue
        if _is_part(d, a) and a.value + b.value != c.value:
            continue  # (the accepted part of what was received: believed only when it gives the sum)
        if _later_stage(d, c, a) and not _DUE.search(_own(d, c)):
            continue  # "受理114件,加上上年结转22件,共审结117件": what was closed of the 136, not their sum
        out.append(Relation("sum", "sum.breakdown", {"total": c, "parts": [a, b]}))
    return out


@lru_cache(maxsize=1)
def _split_words() -> tuple[re.Pattern, ...]:
    v = catalog_yaml("distributed.yaml")["intake_split"]
    return tuple(re.compile(v[k]) for k in ("direct", "dispatched", "intake", "more"))


def intake_splits(d: _Doc) -> list[Relation]:
    """"全市热线受理诉求186,420件…直接答复109,352件,直办率58.66%。需要部门办理的转派承办单位77,068件":
    186,420 = 109,352 + 77,068."""
    direct, dispatched, intake, more = _split_words()
    out: list[Relation] = []
    # (the clause words are the label's and up to 12 after the figure: a gate character in either)
    gate = gate_chars(direct)
    walk = d.qs if gate is None else merged(holding_any(d, gate), after_holding(d, gate, 12))
    for a in walk:
        if a.is_percent or a.in_table or not direct.search(_clause_words(d, a)) or not is_plain_level(d, a):
            continue
        end = d.next_end(d.next_end(d.next_end(a.end, SENT_END) + 1, SENT_END) + 1, SENT_END)
        later = [q for q in d.in_range(a.end, end) if not q.is_percent and compatible(q, a)]
        first = _dispatched_before(d, a, dispatched, direct)
        if first is not None:  # "形成工单5,842件,直接答复7,432件": the dispatched first, in its sentence
            a, later = first, [a, *later]
        elif not later or not is_plain_level(d, later[0]) or not dispatched.search(_clause_words(d, later[0])) \
                or direct.search(_clause_words(d, later[0])):
            continue  # the next figure of the unit is the dispatched one, or nothing is read
        b = later[0]
        after = [q for q in d.in_range(b.end, d.next_end(d.next_end(b.end, SENT_END) + 1, SENT_END))
                 if not q.is_percent and compatible(q, b)]
        if after and more.search(_clause_words(d, after[0])):
            continue  # another way out after the two ("另有无效来电…"): the two may not be all of it
        if any(q.value > b.value and is_plain_level(d, q) for q in d.in_range(b.end, d.next_end(b.end, SENT_END))
               if not q.is_percent and compatible(q, b)):
            continue  # "直接办结400件,转办600件,办结1,150件": the sentence goes on about the whole
        named = _named_by_opener(d, a)
        # ("有效诉求中,直接解答…,转办…", "对有效来电,直接答复…": the split of the figure so named)
        w = named if named is not None and is_plain_level(d, named) else _whole_before(d, a, b, intake)
        if w is None or w.value <= max(a.value, b.value):
            continue
        if _heading_between(d, w.end, a.start) and not _adds_up(w, [a, b]):
            continue  # across a heading ("二、办理情况\n（一）办理方式"), only when the figures confirm it
        # Said in a sentence of their own, with nothing calling them the whole's breakdown, the two may
        # leave some out (invalid calls, work in hand): a shortfall no misprint of a figure explains is
        # open (by_class: on rounded figures, one slip of one part closing it still fails)
        said_whole = named is not None or w.sentence == a.sentence or _BROKEN_DOWN.search(
            d.s[a.sentence[0] : min(a.start, b.start)]) is not None
        out.append(Relation("sum", "sum.intake_split", {"total": w, "parts": [a, b]}, exhaustive=said_whole,
                            by_class=True))
    return out


# words opening a breakdown of what came in: "其中,…", "按处置方式分,…", "分为…", "包括…"
_BROKEN_DOWN = re.compile(r"其中|按[\u4e00-\u9fff]{1,8}分|分为|包括")


# a list opened by "X中," ("有效诉求中,直接解答…", "在办结的工单中:…") or "对X," ("对有效来电,直接答复…"):
# X names the figure it breaks down
_OPENER = re.compile(r"(?:^|[,;。\n])(?:(?:在|从|对)?([\u4e00-\u9fff]{2,12}?)(?:当)?中|对([\u4e00-\u9fff]{2,12}?))[,:]")


def _dispatched_before(d: _Doc, a: Quantity, dispatched: re.Pattern, direct: re.Pattern) -> Quantity | None:
    """The figure of ``a``'s unit right before it in its sentence, when it is the dispatched one
    ("形成工单5,842件,直接答复7,432件") and ``a`` is the last of the unit in its sentence."""
    k = a.index - 1
    while k >= 0 and d.qs[k].is_percent:
        k -= 1
    b = d.qs[k] if k >= 0 else None
    if b is None or b.sentence != a.sentence or not compatible(b, a) or not is_plain_level(d, b):
        return None
    if not dispatched.search(_clause_words(d, b)) or direct.search(_clause_words(d, b)) \
            or (_is_part(d, b) and not _OPENS_LIST.match(d.label(b))):
        return None  # (a part of a list before it; one opening the 其中 that ``a`` ends splits the whole)
    if any(not q.is_percent and compatible(q, a) for q in d.in_range(a.end, a.sentence[1])):
        return None  # "转办600件,直接答复400件,办结950件": the sentence goes on with more of the unit
    return b


def _named_by_opener(d: _Doc, a: Quantity) -> Quantity | None:
    """The figure a list opened by "X中," in ``a``'s sentence breaks down: the nearest one before
    the opener whose own words hold X ("有效诉求43.18万件" for "有效诉求中,"); None when there is no
    opener or no figure is so named (then X may name the intake loosely: "受理量中,")."""
    head = d.s[a.sentence[0] : a.start]
    m = next(reversed(list(_OPENER.finditer(head))), None)  # (the last opener before the figure)
    if m is None:
        return None
    name = m.group(1) or m.group(2)
    start = a.sentence[0] + m.start(1 if m.group(1) else 2)
    for k in range(a.index - 1, -1, -1):  # (back from the figure: not a list of every figure before it)
        q = d.qs[k]
        if q.end > start:
            continue
        if q.start < start - 2 * _REACH:
            return None
        if not q.is_percent and compatible(q, a) and name in _NOT_CJK.sub("", _own(d, q)):
            return q
    return None


def _clause_words(d: _Doc, q: Quantity) -> str:
    """The words of ``q``'s clause: its label's last clause and the words right after it."""
    return d.memo("intake_clause_words", q, _read_clause_words)  # (read once per figure)


def _read_clause_words(d: _Doc, q: Quantity) -> str:
    return phrase_words(d, q) + _NOT_CJK.sub("", _AFTER_CLAUSE.split(d.after(q, 12))[0])


# a heading line: 一、 / (一) / 第一章 / a Markdown heading, with no figure on it (not a numbered item)
_HEADING = re.compile(r"\n[ \t\u3000#]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分])[^\n\d]*(?=\n)")


def _heading_between(d: _Doc, a: int, b: int) -> bool:
    return _HEADING.search(d.s, a, b) is not None
_AFTER_CLAUSE = re.compile(r"[,;。、]")


def _whole_before(d: _Doc, a: Quantity, b: Quantity, intake: re.Pattern) -> Quantity | None:
    """The nearest intake level before ``a`` within ``_REACH`` characters, passing over only the
    parts and items of lists (kinds of requests, channels), figures smaller than ``a``, those of
    a narrower time (a day's average, a month) too small to hold ``a`` and ``b`` and those of another
    place (places.place_of)."""
    past_cumulative = False
    for k in range(a.index - 1, -1, -1):
        q = d.qs[k]
        if q.start < a.start - 2 * _REACH:
            return None
        if q.is_percent or not compatible(q, a) or not is_plain_level(d, q):
            continue
        if compared_place_of(d, q) not in ("", place_of(d, a)):
            continue  # "同期全市受理诉求…": a whole of another place the report compares itself with
        if _CUMULATIVE.search(d.clause(q)):
            # "10月受理52,814件。…1-10月累计接收561,237件。\n本月直接答复…;转派…": the running total of
            # the months is a wider time; the month's figure before it is the whole -- when it adds up
            past_cumulative = True
            continue
        if NARROWER_TIME.search(d.clause(q)):
            if intake.search(_own(d, q)) and q.value >= a.value + b.value:
                return None  # "12月受理4,100件": the split may be that month's
            continue  # a day's average, a month's or the peak: of a narrower time, no whole
        listed = _is_part(d, q) or _listed(d, q)
        if (intake.search(_own(d, q)) or intake.search(_CLAUSE_END.split(d.label(q))[-1])) and not listed:
            if past_cumulative and a.value + b.value != q.value:
                return None
            return q  # (the verb may stand before a 、 list of what came in: "接收群众来电、来信、网络留言…")
        if q.value > a.value and not listed:
            return None  # a larger figure of something else: the whole is unclear
    return None


_CLAUSE_END = re.compile(r"[,;:。\n]")
# (the words a narrower time or an average is named by: "日均受理3,900余件", "12月受理23,915件")
NARROWER_TIME = re.compile(r"[日月周]均|平均|最高|最低|峰值|高峰|单日|\d{1,2}月(?!份?以来)|[一二三四1-4]季度|[上下]半年")
# (a run of months, "1-10月累计": not a bare 累计, which an annual report's whole may say, "全年累计受理")
_CUMULATIVE = re.compile(r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}月")
_LIST_HEAD = re.compile(r"[:：]|^[\s\-*·•]*[(（]?[一二三四五六七八九十\d]+[)）、.]")


def _listed(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` an item of a list: numbered or bulleted, after a colon in its sentence, or in the
    lines after a line that ends with a colon ("从受理渠道看:"), no full stop between?"""
    if _LIST_HEAD.search(d.s[q.sentence[0] : q.start]):
        return True
    colon = max(d.s.rfind(":", 0, q.start), d.s.rfind("：", 0, q.start))
    return colon >= 0 and q.start - colon < 300 and "。" not in d.s[colon : q.start] \
        and d.s[colon + 1 : colon + 2] == "\n"


# the sum named with the names of both ("累计减税降费及社保费减免"): a longer name after 累计/合计
_SUMMED_LONG = re.compile(r"(?:合计|共计|总计|累计|共)[\u4e00-\u9fff]{0,14}$")
_ANOTHER = re.compile(r"^(?:另外|另|此外|还)(?:为|有|对|向)?")
_LEAD = re.compile(r"^[\s,;。]+")


def others_added(d: _Doc) -> list[Relation]:
    """"…4.87亿元,其中…。另为企业办理社保费减免3.26亿元,全年累计…8.13亿元": 8.13 = 4.87 + 3.26."""
    out: list[Relation] = []
    if "另" not in d.s and "此外" not in d.s and "还" not in d.s:
        return out
    for b in may_hold(d, _ANOTHER):  # (only the figures whose label holds a character every match needs: label_index)
        if b.is_percent or not is_plain_level(d, b):
            continue
        if not _ANOTHER.match(_LEAD.sub("", d.label(b))):
            continue
        c = next((q for q in d.qs[b.index + 1 : b.index + 3] if q.sentence == b.sentence and not q.is_percent
                  and compatible(q, b) and _SUMMED_LONG.search(_own(d, q))), None)
        if c is None:
            continue
        a = None
        for k in range(b.index - 1, max(-1, b.index - 12), -1):
            q = d.qs[k]
            if q.is_percent or not compatible(q, b) or not is_plain_level(d, q):
                continue
            if _is_part(d, q):
                continue
            a = q
            break
        if a is None or a.start < b.start - _REACH or c.value <= max(a.value, b.value):
            continue
        levels = [q for q in d.in_range(a.sentence[0], b.start) if not q.is_percent and compatible(q, b)
                  and is_plain_level(d, q) and not _is_part(d, q)]
        if levels != [a]:
            continue  # two levels before 另 ("办理120件,审结110件。另有10件…"): which one is added to is open
        if d.s.rfind("\n\n", a.end, b.start) >= 0:
            continue  # (another paragraph block)
        out.append(Relation("sum", "sum.added", {"total": c, "parts": [a, b]}))
    return out


@lru_cache(maxsize=1)
def _found_words() -> tuple[re.Pattern, ...]:
    v = catalog_yaml("distributed.yaml")["found_split"]
    return tuple(re.compile(v[k]) for k in ("found", "on_spot", "filed"))


def found_splits(d: _Doc) -> list[Relation]:
    """"发现涉水违法行为163起,现场制止纠正128起,立案查处35起": 163 = 128 + 35."""
    found, on_spot, filed = _found_words()
    out: list[Relation] = []
    if "发现" not in d.s:
        return out
    for w in may_hold(d, found):  # (only the figures whose label holds a character every match needs: label_index)
        if w.is_percent or not found.search(_own(d, w)) or not is_plain_level(d, w):
            continue
        rest = [q for q in d.in_range(w.end, w.sentence[1]) if not q.is_percent and compatible(q, w)]
        if len(rest) != 2 or not all(is_plain_level(d, q) and not _is_part(d, q) for q in rest):
            continue  # exactly the two ways, nothing more of the unit in the sentence
        names = [_own(d, q) for q in rest]
        spot = [bool(on_spot.search(n)) and not filed.search(n) for n in names]
        case = [bool(filed.search(n)) and not on_spot.search(n) for n in names]
        if sorted(spot) != [False, True] or sorted(case) != [False, True] or spot == case:
            continue
        if any(q.value > w.value for q in rest):
            continue
        out.append(Relation("sum", "sum.breakdown", {"total": w, "parts": rest}))
    return out
