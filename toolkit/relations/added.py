"""Sums the words spell out: "A件…;加上上年结转B件,共需办理C件", "受理A件,办结B件,其余C件正在办理",
and a later clause's list that names its rest (其他处理1件) under the whole its sentence opens with.

* 加上/连同 names an addend and 共 the sum: C = A + B, where A is the one level of B's unit
  stated before 加上 in the sentence (no change, no previous year's figure); two such levels
  ("受理…,办结…,加上…") and nothing says which is added, so nothing is read.
* 其余 names the rest of a whole: after a whole and one part of it in the sentence ("受理57件,
  办结54件,其余3件正在办理"), or a 其中 list of parts ("复查462件,其中维持411件、撤销38件,其余13件
  正在办理"), the whole is the parts and the rest; several figures after the whole with no 其中
  listing them are stages of the work, not parts, and nothing is read. A figure named by nothing
  but its open state after it ("胜诉2件,1件尚在审理中") is such a rest when the one part before it
  names work closed (办结, 判决, 胜诉…; not 立案: "3件正在调查" may be of any stage), and not when
  the words say it was closed late ("3件未按期办结").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .classified import _OPENER, _REST_ITEM
from .classified_wholes import _names_whole, _opens_breakdown
from .label_index import holding_any, labelled, may_hold, may_hold_any, merged
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .scopes import is_additive, is_scope_count, opens_a_set, unit_class
from .stages import carried_over_at, load_stages, spoken_between, stages_in
from .structure import SENT_END, _Doc
from .sums import _BREAKDOWN, _adds_up
from .vocab import read_section

_REST = re.compile(r"^[,;]?(?:其余|剩余|余下)(?:的)?$")
# "对剩余的32件积案,逐件明确包案领导": what is done with the rest names it the rest, whatever follows
_REMAINING = re.compile(r"^[,;]?(?:剩余|余下)(?:的)?$")
_ACTED_ON_REST = re.compile(r"^[,;]?(?:对|针对|将)(?:其余|剩余|余下)的$")
# the rest named by what it has not yet gone through ("尚未完成整改的8个问题", "未办结的3件"), not by
# a stage done late ("未按期办结的": closed)
_UNFINISHED = re.compile(r"^[,;]?(?:对|针对)?(?:尚未|未|仍未|还未)(?:完成)?(?:整改|办结|化解|审结|结案|办理完毕|处理完毕)"
                         r"(?:到位|完成|完毕)?的$")
# the rest named by the work still under way ("…;尚在办理209件", "正在审理的5件")
# (not 整改 nor 调查: problems found may not be taken up yet, "已整改156个,正在整改20个" is no split of them)
_UNDER_WAY = re.compile(r"^[,;]?(?:尚在|正在|仍在|还在)(?:办理|审理|处理)(?:中)?(?:的)?$")
# 另有, 尚有: the rest only when the words after it say it is still open ("尚有26处正在整改")
_STILL_HAS = re.compile(r"^[,;]?(?:另有|尚有|仍有|还有|另)$")
# (carried to the next year is open too: "其余3件转入下年度办理", "其余2件结转至下一年度", "…结转至2026年")
# (and within the term the law gives, or under way: "尚有8件在审理期限内", "尚有3件在审理中")
_OPEN = re.compile(r"^(?:的)?(?:案件|申请|事项|件)?(?:正在|仍在|尚在|尚未|未|待|继续|(?:结)?转(?:入|至|到)?(?:下(?:一)?年|\d{4}年)"
                   r"|在(?:法定)?(?:审理|办理|答复)(?:期限|期)内|在(?:审理|办理|处理)中)")
_BARE = re.compile(r"^[,;]$")  # a figure after a comma, named only by the words after it
_BARE_LABELS = frozenset({",", ";"})  # (the labels ``_BARE`` matches: a label holds no line end)
_LATE = re.compile(r"^(?:的)?(?:案件|件)?(?:未|尚未)(?:按期|按时|如期|及时|在规定|在法定)")  # closed late: not open
# (not what was due: "应审结案件1,717件" holds work still open)
_CLOSED = re.compile(r"(?<![应需])(?:办结|审结|结案)|判决|裁决|胜诉|败诉|化解|整改|答复|办理完毕|处理完毕|调解成功|撤诉|终结|完成")
# a rest still under way: "其余2件在审理中", "其余4件仍在办理", "其余3件尚未审结"
_PENDING_REST = re.compile(r"[^,;。\d]{0,6}(?:正在|仍在|尚在|在)?(?:审理|办理|处理|调查|审查|核查)中|[^,;。\d]{0,6}(?:尚未|未)(?:审结|办结|结案)")
_DUE_WHOLE = re.compile(r"(?:应|需要?)(?:审结|办结|结案|办理|审理|处理|审(?=案件))")
# the words after a rest naming what kinds it is, not what became of it ("其余3件分别涉及…", "其余为…")
_KINDS_AFTER = re.compile(r"[^,;。\d]{0,5}?(?:分别|涉及|包括|主要|均为|为|系|属于?|是)")
_STILL_OPEN = re.compile(r"[,,](?:均|目前|现)?(?:正在|仍在|尚在|尚未|待|继续)")


def _level(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)


@lru_cache(maxsize=1)
def _added_vocab() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    # (a year may name the carried-in work: "加上2020年结转的2件")
    return read_section("flows.yaml", "added_totals", lambda v, _: (
        re.compile(str(v["opener"]) + r"(?:\d{4}年度?|[^,;。\d]){0,8}$"), re.compile(str(v["total"])), re.compile(str(v["joint"]))))


def added_totals(d: _Doc) -> list[Relation]:
    """"新收申请58件,…;加上上年结转的3件,共需办理61件": 61 = 58 + 3. The addends run from 加上 to
    the figure named as their sum ("加上上级补助收入24.18亿元、上年结余1.22亿元,收入总计…"); the
    level added to is the one of their unit before 加上 in the sentence. When 加上 opens its
    sentence, that level was stated in the sentences before (of its paragraph or the one before):
    "…其中受理1,042件,不予受理86件…。加上上年结转的127件,全年应审理1,169件" adds to what was
    accepted, not to what came in -- the words do not say which, so only the one figure there that
    gives the printed sum is read (none or two: nothing)."""
    out: list[Relation] = []
    if "加" not in d.s and "连同" not in d.s:
        return out
    opener, named_total, joint = _added_vocab()
    for b in may_hold(d, opener):  # (the figures whose label holds a character every opener needs)
        if not opener.search(d.label(b)) or not _level(d, b):
            continue
        addends, total = [b], None
        for q in d.qs[b.index + 1 : b.index + 8]:
            if q.sentence != b.sentence or not _level(d, q) or not compatible(q, b):
                break
            if named_total.match(d.label(q)):
                total = q
                break
            if not joint.match(d.label(q)):
                break
            addends.append(q)
        if total is None:
            continue
        levels = [q for q in d.in_range(b.sentence[0], b.start) if q.index < b.index and _level(d, q)
                  and compatible(q, b) and not d.in_parentheses(q)]
        if len(levels) == 1:
            if not _later_stage(d, total, levels[0]):
                out.append(Relation("sum", "sum.added", {"total": total, "parts": [levels[0], *addends]}))
            continue
        if levels:
            continue  # two levels before 加上 in its sentence: nothing says which is added to
        base = _base_before(d, b, total, addends)
        if base is not None:
            out.append(Relation("sum", "sum.added", {"total": total, "parts": [base, *addends]}))
    return out


def _base_before(d: _Doc, b: Quantity, total: Quantity, addends: list[Quantity]) -> Quantity | None:
    """The one level of the sentences before ``b``'s (its paragraph, or the paragraph before when
    its own opens with 加上) that, with the addends, gives the printed total."""
    start = d.last_before("\n", b.sentence[0]) + 1
    if start >= b.sentence[0] - 1:
        start = d.last_before("\n", max(0, start - 2)) + 1  # 加上 opens its paragraph: the one before
    cands = [q for q in d.in_range(start, b.sentence[0]) if _level(d, q) and compatible(q, b)
             and not d.in_parentheses(q) and q.value < total.value]
    fits = [q for q in cands if _adds_up(total, [q, *addends]) and not _later_stage(d, total, q)]
    return fits[0] if len(fits) == 1 else None


def _later_stage(d: _Doc, total: Quantity, first: Quantity) -> bool:
    """Is the total named by a later stage of a process than the figure added to ("新收212件,加上年
    结转9件,共审结205件": what was closed of the 221, not their sum)?"""
    named, was = stages_in(d.label(total)), stages_in(d.label(first))
    return any(pid in was and lvl > was[pid] for pid, lvl in named.items())


def rest_splits(d: _Doc) -> list[Relation]:
    """"受理投诉57件,办结54件,其余3件正在办理": 57 = 54 + 3."""
    out: list[Relation] = []
    # (only the figures the first test below can pass: a label holding a character of one of the
    # rest's patterns, or a bare comma)
    for c in merged(may_hold_any(d, [_REST, _REMAINING, _ACTED_ON_REST, _UNFINISHED, _UNDER_WAY, _STILL_HAS]),
                    labelled(d, _BARE_LABELS)):
        if c.index < 2:
            continue
        lab = d.label(c)
        bare = _BARE.match(lab) is not None
        # (剩余/余下 name what remains of the whole, whatever follows; 其余 "the others" may go on to
        # name kinds: "其余3件分别涉及…")
        acted = _ACTED_ON_REST.match(lab) is not None or _REMAINING.match(lab) is not None \
            or _UNFINISHED.match(lab) is not None or _UNDER_WAY.match(lab) is not None
        has = _STILL_HAS.match(lab) is not None and _OPEN.match(d.s[c.end : c.end + 12]) is not None \
            and not _LATE.match(d.s[c.end : c.end + 12])
        if not _REST.match(lab) and not acted and not has and not (
                bare and _OPEN.match(d.s[c.end : c.end + 12]) and not _LATE.match(d.s[c.end : c.end + 12])):
            continue  # 其余N件…, or a figure named by nothing but its open state after it ("1件尚在审理中")
        if not _level(d, c):
            continue  # (after the words, which most figures fail: a level's three roles are memos to ask)
        if (not acted and not _OPEN.match(d.s[c.end : c.end + 12]) and d.s[c.end : c.end + 1] not in ("。", ";", "")
                and not _STILL_OPEN.search(d.s, c.end, d.next_end(c.end, SENT_END))
                and (not _REST.match(lab) or _KINDS_AFTER.match(d.s, c.end))):
            # "其余3件分别涉及…" may name kinds, not what is left of the work -- unless its sentence
            # says the rest is still open ("其余3个涉及跨部门职责调整,正在整改中"); a rest said to go on
            # elsewhere ("其余5起在办", "其余479件已转入诉讼程序", "其余4家列入跟踪名单") is what is left
            continue
        # (a count of places or groups qualifying the figure after it is no level of it: "4个方面87个问题")
        levels = [q for q in d.in_range(c.sentence[0], c.start) if q.index < c.index and _level(d, q)
                  and compatible(q, c) and not d.in_parentheses(q) and not is_scope_count(d, q)]
        if c.unit and len([q for q in levels if q.unit == c.unit]) >= 2:
            # "执法检查1,326次,…发现问题632个,整改完成611个,…剩余21个": the rest is of a figure in its own unit
            levels = [q for q in levels if q.unit == c.unit]
        # "已办结16,862件,…,其中按时办结16,705件,…;尚在办理209件": a 其中 breaking down the closed is no
        # part of what is still open -- the rest is of the whole the closed came from (not 其余: "the others"
        # after a 其中 list may be its own rest)
        qizhong = d.s.find("其中", levels[0].end, c.start) if levels and not _REST.match(lab) else -1
        if qizhong >= 0:
            levels = [q for q in levels if q.end <= qizhong]
        semi = d.last_before(";", c.start)
        own = [q for q in levels if q.start > semi]
        if semi > c.sentence[0] and len(own) >= 2 and "其中" not in d.s[semi : c.start] \
                and all(_later_stage(d, q, own[0]) for q in own[1:]):
            # "…直接办结38,902件,直接办结率94.0%;转派47,530件,已办结47,102件,其余428件正在办理中": the
            # clause after the ";" states the work the rest is of (its later stages after it); the figures
            # before it are another matter's (not "…;A类、B类分别为38件、34件,其余61件…": kinds of a whole before)
            levels = own
        if len(levels) == 1:
            levels = _whole_before(d, levels[0]) + levels
        if len(levels) < 2 or any(not q.is_percent and not 0 <= qizhong < q.start
                                  for q in d.qs[levels[-1].index + 1 : c.index]):
            continue  # the rest follows its last part directly (its rate between them at most)
        if len(levels) > 2 and _DUE_WHOLE.search(d.own_words(levels[-2])) and _CLOSED.search(d.own_words(levels[-1])):
            levels = levels[-2:]  # "受理…,加上结转…,应审结1,717件,审结1,598件,其余119件…": the rest of the work due
        whole, parts = levels[0], levels[1:]
        if qizhong < 0 and parts and parts[0].start < semi and "其中" in d.s[whole.end : parts[0].start]:
            # "…186处,其中A类54处、…;已整改179处,剩余7处": the ";" closes the 其中 list and the rest is
            # of another breakdown -- of the whole (one figure after the ";") or of the first figure
            # after it ("…;差评49条,已整改47条,剩余2条": 49 = 47 + 2)
            after = [p for p in parts if p.start > semi]
            if not after:
                continue
            whole, parts = (after[0], after[1:]) if len(after) >= 2 else (whole, after)
        if bare and not (len(parts) == 1 and _CLOSED.search(d.own_words(parts[0]))):
            continue  # the open rest of work closed (办结, 判决…), not of any stage ("立案15件,3件正在调查")
        # several figures after the whole, no 其中 listing them under it: outcomes side by side ("调解成功82件,
        # 仲裁结案9件,其余6件": all out of the whole) or stages one within the other ("发现问题机构47家,已整改
        # 43家,其余4家": the rest is of the stage before the last) -- the words do not say which, so only a
        # reading the figures confirm is read
        confirm = len(parts) > 1 and "其中" not in d.s[whole.end : parts[0].start]
        if any(p.value > whole.value for p in parts) and not confirm:
            continue
        if "其中" in d.s[parts[0].end : c.start] and qizhong < 0:
            continue  # "…受理108件;审结102件,其中维持68件…,其余6件正在审理": a breakdown in the list, whose rest is open
        if _REST.match(lab) and _PENDING_REST.match(d.s, c.end) and _closed_work(d.own_words(whole)):
            continue  # "审结27件,其中维持…,终止3件,其余4件在审理中": the pending rest is the intake's, no outcome
        due = _DUE_WHOLE.search(d.own_words(whole)) is not None  # (work due holds the carried work in it)
        if (has or _UNFINISHED.match(lab) or _UNDER_WAY.match(lab)) and ((_carried_before(d, whole, c) and not due) or _closed_work(d.own_words(whole))):
            continue  # (older work named in the paragraph: what is open may be of it, not of the whole;
            # a whole of work closed holds none still open: "办结264件,其中…,尚未办结的4件")
        if any(compatible(q, c) and not q.is_percent for q in d.in_range(c.end, c.sentence[1]) if q.index > c.index):
            continue  # "…合格142卷,另有5卷未评定等次,不合格3卷": a figure of its kind after it, the list goes on
        if confirm:
            # (the stages' reading only where the words name two stages of one process: "维持7件,撤销2件,
            # 终止1件,尚在审理1件" are outcomes, 2 = 1 + 1 is no relation)
            readings = [(whole, parts)] + ([(levels[-2], parts[-1:])] if _later_stage(d, parts[-1], levels[-2]) else [])
            whole, parts = next(((w, ps) for w, ps in readings if sum(p.value for p in ps) + c.value == w.value),
                                (None, []))
            if whole is None:
                continue
        out.append(Relation("sum", "sum.rest", {"total": whole, "parts": [*parts, c]}))
    return out


def _closed_work(words: str) -> bool:
    """Do a whole's words name work closed ("办结264件")? Not work due ("应审结案件280件": its 结案 is
    the noun 案件 after 审结, and what is due holds what is still open)."""
    return _CLOSED.search(words) is not None and not _DUE_WHOLE.search(words)


_REFUSED = re.compile(r"^(?:依法|决定|经审查)?(?:不予|未予|不)(?:受理|立案)")


def _whole_before(d: _Doc, part: Quantity) -> list[Quantity]:
    """"派发工单46,690件。截至6月30日,已办结45,216件,其余1,474件正在办理中": the rest's sentence
    holds only what was closed; its whole is the last figure of the sentence before (same paragraph)
    when that one names an earlier stage of the same process (派发 -> 办结, 受理 -> 审结)."""
    start = d.last_before(SENT_END, part.sentence[0] - 1) + 1 if part.sentence[0] > 0 else 0
    if "\n" in d.s[start : part.sentence[0]].rstrip("\n") or not _CLOSED.search(d.own_words(part)):
        return []
    cands = [q for q in d.in_range(start, part.sentence[0]) if _level(d, q) and compatible(q, part)
             and not d.in_parentheses(q)]
    if len(cands) >= 2 and _REFUSED.match(d.own_words(cands[-1])):
        cands = cands[:-1]  # "依法受理39件,不予受理3件。已审结36件,尚有3件…": what was refused is no work to close
    if not cands or cands[-1].value < part.value:
        return []
    if _carried_before(d, cands[-1], part):
        return []  # (work carried in may be among what was closed: "上年结转5件" in the paragraph)
    was, now = stages_in(d.label(cands[-1])), stages_in(d.label(part))
    return cands[-1:] if any(pid in was and lvl > was[pid] for pid, lvl in now.items()) else []


def _carried_before(d: _Doc, whole: Quantity, c: Quantity) -> bool:
    """Does a carry-over word (上年结转, 旧存…) stand between the whole's paragraph start and the rest?"""
    start = d.last_before("\n", whole.start) + 1
    return spoken_between(carried_over_at(d, load_stages()), start, c.start)


_CARRIED = re.compile(r"结转|上年度?转入|以前年度|往年")


def rest_lists(d: _Doc) -> list[Relation]:
    """"本年度共收到申请13件,其中…11件,…2件;予以公开2件,部分公开1件,…9件,其他处理1件": a list that
    names the rest (其他…) in a later clause of the sentence whose first figure states the whole.
    Only when every figure between the whole and the list is a breakdown that adds up to it."""
    out: list[Relation] = []
    for rest in may_hold(d, _REST_ITEM):  # (the figures whose label holds a character every rest item needs)
        if rest.is_percent or not _REST_ITEM.match(d.label(rest)):
            continue
        seg = d.seg_start(rest.start)
        sent = rest.sentence[0]
        if seg <= sent or _BREAKDOWN.search(d.s, seg, rest.start) or _OPENER.search(d.s, sent, rest.start):
            continue  # the list opens its sentence, or a 其中/按…分 governs it: other rules read it
        items = [q for q in d.in_range(seg, rest.end) if not q.is_percent]
        if items and opens_a_set(d, items[0]):
            # ";64起案件中,A类29起,…其他8起": the figure naming the set the list is of is its whole
            named = items.pop(0)
            if len(items) >= 3 and all(unit_class(q) == unit_class(named) and is_additive(d, q) for q in items):
                out.append(Relation("sum", "sum.breakdown", {"total": named, "parts": items}))
            continue
        if len(items) < 3 or any(unit_class(q) != unit_class(rest) or not is_additive(d, q) for q in items):
            continue
        if any(_later_stage(d, q, p) for k, p in enumerate(items) for q in items[k + 1 :]):
            continue  # "转派47,530件,已办结47,102件,其余428件正在办理中": stages of one process, no kinds
        before = [q for q in d.in_range(sent, seg) if not q.is_percent and compatible(q, rest)]
        if not before or unit_class(before[0]) != unit_class(rest) or not _names_whole(d, before[0]):
            continue
        total, between = before[0], before[1:]
        if _CARRIED.search(d.s, max(0, sent - 200), rest.start):
            continue  # work carried over from last year may be among the outcomes: not this whole's
        if between and not _adds_up(total, between) and not (
                _opens_breakdown(d, total, between[0]) and sum(q.value for q in between) <= total.value):
            continue  # another figure of the unit stands between: the list may be its breakdown
        # "…1,128条,其中A类326条,占28.9%;B类214条,…其他306条": a 其中 naming one part (no breakdown on its
        # own; its share broke the run) may go on after the semicolon: both are readings
        go_on = len(between) == 1 and not _adds_up(total, between)
        roles = [{"total": total, "parts": between + items}] if go_on else []
        roles.append({"total": total, "parts": items})
        out.append(Relation("sum", "sum.breakdown", roles[0], readings=roles[1:]))
    return out


# "未调解成功的8件", "尚未整改到位的24处", "未被采纳的25条": the figure of what did not reach the state
# the figure before it names (its words again after 未)
_NEGATED = re.compile(r"^[,;。]?(?:另有|其余)?(?:仍|尚|还)?(?:未能|未被|未|没有)(?P<name>[\u4e00-\u9fff]{2,8}?)(?:的)?$")
_NEGATION_CHARS = re.compile(r"[未没]")  # one of them in every match of _NEGATED (its own words are the label's)
_DONE_LEAD = re.compile(r"^(?:全年|本年度?|今年)?(?:其中|已经|已|均已|全部|共|累计)?")


def negated_rests(d: _Doc) -> list[Relation]:
    """"受理调解申请67件,调解成功59件,调解成功率88.1%。未调解成功的8件": a figure named by the words of
    the figure before it after 未 is the rest of the whole that figure's clause follows: 67 = 59 + 8.
    The whole is the one level of the unit right before that figure in its sentence (two figures of
    the unit there, and which one is split is unclear: nothing)."""
    out: list[Relation] = []
    for c in holding_any(d, "未没"):
        # (the words first: every match holds 未 or 没, and most figures' words hold neither --
        # then neither the own words nor the figure's roles are read; the index lists those that do)
        if c.index < 2 or not _NEGATION_CHARS.search(d.label(c)):
            continue
        m = _NEGATED.match(d.own_words(c))
        if m is None or not _level(d, c):
            continue
        earlier = [q for q in d.qs[max(0, c.index - 4) : c.index] if not q.is_percent]
        if not earlier or not compatible(earlier[-1], c) or not _level(d, earlier[-1]):
            continue
        part = earlier[-1]
        if part.sentence != c.sentence and d.before(c.sentence[0]) != c.index:
            continue  # in the next sentence, only as its first figure
        if not _DONE_LEAD.sub("", d.own_words(part)).startswith(m.group("name")):
            # (the act may name its noun: "审结行政复议案件931件,…尚未审结78件"); or a 其中 list breaks the
            # figure the negation names down before it: "已审结6件,其中维持4件,驳回2件;尚未审结1件"
            part = _listed_over(d, c, m.group("name"))
            if part is None:
                continue
        if _more_after(d, c):
            continue  # "未调解成功的6件,另有2件正在调解中": a third part; the two are not all of it
        levels = [q for q in d.in_range(part.sentence[0], part.start) if _level(d, q) and compatible(q, c)
                  and not d.in_parentheses(q)] or _due_before(d, part)
        if len(levels) != 1 or levels[0].value < part.value or d.in_parentheses(part):
            continue
        out.append(Relation("sum", "sum.rest", {"total": levels[0], "parts": [part, c]}))
    return out


# work named as due ("应审理案件1,009件", "需办理工单…"): what was to be done this year, carried-in work
# included -- what was done and what was not add up to it
_DUE = re.compile(r"(?:应|需)(?:当|要)?(?:审理|审结|办理|办结|处理|答复|化解|整改|复核|审(?=案件))")


def _due_before(d: _Doc, part: Quantity) -> list[Quantity]:
    """The work due named by the last level of the sentence before ``part``'s ("全年应审理案件1,009件。
    全年共审结931件,…尚未审结78件"), when ``part`` opens its sentence; never a figure of what came in
    (受理962件 leaves out the work carried in, which the not-yet-done may hold)."""
    if d.in_range(part.sentence[0], part.start):
        return []  # (a figure before it in its sentence: not the sentence's opening figure)
    start = d.last_before(SENT_END, part.sentence[0] - 1) + 1 if part.sentence[0] > 0 else 0
    if "\n" in d.s[start : part.sentence[0]].rstrip("\n"):
        return []
    cands = [q for q in d.in_range(start, part.sentence[0]) if _level(d, q) and compatible(q, part)
             and not d.in_parentheses(q)]
    if not cands or cands[-1].value < part.value or not _DUE.search(d.own_words(cands[-1])):
        return []
    return cands[-1:]


_LISTED_REACH = 10  # figures a 其中 list between the negated figure and the one it negates may hold
_LIST_OPENS = re.compile(r"[,;]?其中")


def _listed_over(d: _Doc, c: Quantity, name: str) -> Quantity | None:
    """The figure of ``c``'s sentence named by the words ``c`` negates, with a 其中 list of its own
    parts right after it and nothing else up to ``c`` ("审结6件,其中维持4件,…终止1件,尚未审结1件")."""
    for k in range(c.index - 1, max(-1, c.index - _LISTED_REACH), -1):
        p = d.qs[k]
        if p.sentence != c.sentence:
            return None
        if p.is_percent or not compatible(p, c):
            continue
        if _DONE_LEAD.sub("", d.own_words(p)).startswith(name):
            if k == c.index - 1 or not _LIST_OPENS.match(d.s, p.end):
                return None
            # the list runs to its clause's end: nothing but its items before ``c`` ("…,其中被纠错2件;
            # 行政诉讼9件,尚未审结3件" is the open rest of another figure)
            semi = d.s.find(";", p.end, c.start)
            return p if semi < 0 or not d.in_range(semi, c.start) else None
    return None


_MORE_LEAD = re.compile(r"\s*(?:另有|另外|此外|还有|尚有|其余|剩余|余下)")
_ONGOING = re.compile(r"正在|尚在|仍在|尚未")


def _more_after(d: _Doc, c: Quantity) -> bool:
    """Is another figure of the unit stated after ``c`` in its sentence, or does the next sentence
    add more (另有…, …正在办理)?"""
    end = d.next_end(c.end, SENT_END)
    # (not the figures that break it down: "未调解成功的8件中,引导诉讼5件,仍在调解的3件")
    if not d.s.startswith("中", c.end) and any(_level(d, q) and compatible(q, c) for q in d.in_range(c.end, end)):
        return True
    nxt = d.in_range(end + 1, d.next_end(end + 1, SENT_END))
    return bool(nxt) and compatible(nxt[0], c) and bool(
        _MORE_LEAD.match(d.s, end + 1) or _ONGOING.search(d.s, end + 1, nxt[0].end + 8))
