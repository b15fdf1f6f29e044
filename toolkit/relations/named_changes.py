"""Changes of figures named again by 分别 (issue 15, B): "…食品安全类315件,特种设备类87件,价格类64件…。
其中食品安全类、价格类案件分别比上年增加41件、9件,分别增长15.0%、16.4%".

The names before 分别 are not measures of the sentence but the names of figures stated before it:
each name maps onto the one earlier figure (in the sentence or the two before, of the changes'
unit) that it names -- its own words are the name, or the name with the noun the list shares
(价格类案件 names 价格类64件) -- and 分别 maps each delta and each percent onto it, position by
position. Nothing when a name names no figure or two, or the lists differ in length.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..quantities import Quantity
from .model import Relation, compatible
from .named_rates import first_rate_in
from .periods import in_a_period_list
from .reading import holding
from .roles import DOWN_WORDS, REF, UP_WORDS, is_change_percent, is_delta, is_previous
from .structure import SENT_END, _Doc, _overlap

_ASIDE = re.compile(r"\([^()]*\)")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff、]")
_NOT_CJK_ONLY = re.compile(r"[^\u4e00-\u9fff]")
_JOIN = re.compile(r"[、和及与]")
_OPENING = re.compile(r"^(?:其中|同时|此外|另外)")
# "分别比上年增加", "同比分别增长", "分别较去年同期下降": the change words after 分别
_CHANGE = re.compile(rf"^(?:同比|环比)?分别(?:比上年|较上年|比去年|较去年|比上年同期|较上年同期|同比|环比)?(?:{UP_WORDS}|{DOWN_WORDS})$")
_SHARED_NOUN = re.compile(r"(?:案件|事项|问题|领域|方面|行业|诉求|工单)$")
# the measure's word a name may add to the figure's own ("案件数", "火灾起数", "受援人数")
_MEASURE_TAIL = re.compile(r"(?:起数|件数|户数|人数)$")
_COUNT_WORD = re.compile(r"(?<=.)(?:数量|数|量)$")
# a total's own words after its name ("罚没款合计835.62万元")
_TOTAL_TAIL = re.compile(r"(?:合计|共计|总计|累计|达到|共|计|达|为)$")
_TURN = re.compile(rf"[、和及与](?:{UP_WORDS}|{DOWN_WORDS})")
_TIME = re.compile(r"(?:同比|环比|比上年|较上年)$")


def named_changes(d: _Doc) -> list[Relation]:
    """Change relations of earlier figures the names before 分别 name (module doc)."""
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        clause = d.s[d.last_before(",;:。\n", q.start) + 1 : q.start]
        head, _, rest = _NOT_CJK.sub("", _ASIDE.sub("", clause)).rpartition("分别")
        names = [n for n in _JOIN.split(_TIME.sub("", _OPENING.sub("", head))) if n]
        if len(names) < 2 or not _CHANGE.match("分别" + rest):
            continue
        subjects = _named_figures(d, q, names) or _named_in_order(d, q, names)
        if not subjects:
            continue
        first = _run(d, q)
        if q.is_percent:
            deltas, pcts = [], first
        else:
            deltas = first
            nxt = d.qs[first[-1].index + 1] if first[-1].index + 1 < len(d.qs) else None
            pcts = _run(d, nxt) if nxt is not None and nxt.is_percent and nxt.sentence == q.sentence \
                and re.fullmatch(r",?(?:分别)?(?:增长|下降|上升|减少|增加|降低)了?|,?(?:增幅|降幅|增速|幅度)(?:分别)?(?:为|是|达)?",
                                d.s[first[-1].end : nxt.start]) else []
        if len(pcts) != len(names) or (deltas and len(deltas) != len(names)):
            continue
        down = bool(re.search(DOWN_WORDS, rest))
        for i, (cur, pct) in enumerate(zip(subjects, pcts, strict=True)):
            prev = None
            if deltas:
                if not compatible(deltas[i], cur):
                    break
                prev = cur.value + deltas[i].value if down else cur.value - deltas[i].value
            pct_down = bool(re.search(DOWN_WORDS, d.label(pct))) or (down and not re.search(UP_WORDS, d.label(pct)))
            out.append(Relation("change", "change.yoy", {"current": cur, "percent": pct},
                                sign=-1 if pct_down else 1, previous=prev))
    return out


# "食品安全案件同比增长18.5%", "其中市场监管类诉求同比增长31.4%", "直接财产损失增长5.1%": one measure
# named, then its reference period (if any) and one change word, then the percent.
_ONE_NAMED = re.compile(rf"^([\u4e00-\u9fff]{{2,12}}?)(?:{REF.pattern})?(?:{UP_WORDS}|{DOWN_WORDS})了?$")


def one_named_changes(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """"…食品安全案件1,036件、药品医疗器械案件287件…。食品安全案件同比增长18.5%": a change whose clause
    names one measure and holds no figure of its own is of the one earlier figure that name names
    (``_named_figures``: in the sentence or the two before), when no other change read the percent."""
    taken = {id(r.roles.get("percent")): r for r in rels if r.kind == "change"}
    out: list[Relation] = []
    for q in d.qs:
        if not q.is_percent or not is_change_percent(d, q):
            continue
        read = taken.get(id(q))
        if read is not None and (read.previous is not None or len(read.roles) != 2):
            continue  # (read with its last year's figure: that reading stands)
        at = d.last_before(",;:。\n", q.start) + 1
        while 1 < at < q.start and d.s[at - 1] == "," and d.s[at - 2].isdigit() and d.s[at].isdigit():
            at = d.last_before(",;:。\n", at - 1) + 1  # (the comma of "1,650" ends no clause)
        clause = d.s[at : q.start]
        inside = d.in_range(at, q.start)
        if "分别" in clause:
            continue  # a list (named_changes): other readings
        prev = None
        if inside:
            # "受理申请较上年(21件)增长28.6%", "受理量较上年的21件增长…": the one figure of the clause is
            # the level compared against; the name is still of an earlier figure
            if len(inside) != 1 or inside[0].is_percent or not is_previous(d, inside[0]) or read is not None:
                continue  # a figure of its own clause: other readings
            prev = inside[0]
            clause = (re.sub(r"(?:的|[(（])$", "", d.s[at : prev.start])
                      + re.sub(r"^[)）]", "", d.s[prev.end : q.start]))
        m = _ONE_NAMED.match(_OPENING.sub("", _NOT_CJK_ONLY.sub("", clause)))
        if m is None:
            continue
        name = m.group(1)
        subjects = next((f for n in (name, re.sub(r"类[\u4e00-\u9fff]{0,3}$", "", name)) if len(n) >= 2
                         and (f := [x for x in _named_figures(d, q, [n]) if x is not prev])), [])
        if prev is not None:
            if _CARRIED.search(d.s[d.last_before("\n", q.start) + 1 : q.start]):
                continue  # (carried over and new: "受理申请" may be either, or both)
            # every figure the name names, in full or in short ("一季度受理申请10件" and "共受理政府信息
            # 公开申请27件"; "共办结…1,842件,其中按期办结1,700件"): one, or no reading
            loose = _loosely_named(d, q, name, prev)
            subjects = subjects + [x for x in loose if all(x is not y for y in subjects)]
        subjects = [x for x in subjects if not in_a_period_list(d, x)]  # (a month's figure: not the period's)
        if len(subjects) != 1 or subjects[0].is_percent or (prev is not None and not compatible(prev, subjects[0])):
            continue
        if prev is not None:
            down = bool(re.search(DOWN_WORDS, clause))
            out.append(Relation("change", "change.yoy", {"current": subjects[0], "percent": q},
                                sign=-1 if down else 1, previous=prev))
            continue
        if read is not None:
            current = read.roles["current"]
            if current is subjects[0] or _own_clause(d, current).endswith(name):  # type: ignore[arg-type]
                continue
            # "咨询投诉1,126件,其中投诉412件、咨询714件,投诉较上年增长34.2%": the change the clause
            # names is of the figure so named, not of the figure the change family found nearest
            rels.remove(read)
        down = bool(re.search(DOWN_WORDS, clause))
        out.append(Relation("change", "change.yoy", {"current": subjects[0], "percent": q}, sign=-1 if down else 1))
    return out


# A carry-over from the year before beside the year's new work ("上年结转申请5件,本年新收申请27件").
_CARRIED = re.compile(r"结转|上年度?转入|以前年度|往年")
_MEASURE_WORD = re.compile(r"(?:数量|件数|总量|总数|量|数)$")


def _loosely_named(d: _Doc, q: Quantity, name: str, prev: Quantity) -> list[Quantity]:
    """"…共受理政府信息公开申请27件…。受理申请较上年(21件)增长28.6%": a change printing its level
    compared against names its figure in short -- the name's characters in order in the figure's
    own clause, its first two as one word (受理申请 of 受理政府信息公开申请; 办结量 of 共办结投诉举报) -- the one
    earlier figure of the level's unit so named (in the sentence or the two before)."""
    short = _MEASURE_WORD.sub("", name)
    if len(short) < 2:
        return []
    start = _two_sentences_back(d, q)
    hits = []
    for p in d.in_range(start, prev.start):
        if p.is_percent or p.in_table or not compatible(p, prev) or is_delta(d, p) or is_previous(d, p):
            continue
        own = _own_clause(d, p)
        at = own.find(short[:2])  # (its first word as printed: "办结" of 区市场监管局共办结投诉举报)
        if at >= 0 and _in_order(short, own[at:]):
            hits.append(p)
    return hits


def _in_order(name: str, words: str) -> bool:
    """Are the characters of ``name`` in ``words`` in that order?"""
    i = 0
    for ch in words:
        if i < len(name) and ch == name[i]:
            i += 1
    return i == len(name)


def _run(d: _Doc, q: Quantity) -> list[Quantity]:
    """``q`` and the figures of its kind (percent or not) joined to it by 、/和 in its sentence."""
    run = [q]
    for p in d.from_index(q.index + 1):
        between = d.s[run[-1].end : p.start]
        if p.is_percent != q.is_percent or p.sentence != q.sentence or not (
                _JOIN.fullmatch(between) or (q.is_percent and _TURN.fullmatch(between))):
            break  # ("分别增长4.0%、下降2.5%": each percent may turn the change its own way)
        run.append(p)
    return run


def _two_sentences_back(d: _Doc, q: Quantity) -> int:
    """Where the sentence two before ``q``'s starts: names here look back over that far."""
    start, n = q.sentence[0], 0
    while n < 2 and start > 0:
        prev = d.last_before(SENT_END, start - 1) + 1
        if _HEADING.match(d.s[prev:start].strip()) and not d.in_range(prev, start):
            break  # (a heading between: the figures above are of another part of the report)
        n += bool(_NOT_CJK_ONLY.sub("", d.s[prev:start]))  # (a blank line between paragraphs is no sentence)
        start = prev
    return start


_HEADING = re.compile(r"#|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、]|\*\*")


def _named_figures(d: _Doc, q: Quantity, names: list[str]) -> list[Quantity]:
    """The one earlier figure each name names (in the sentence or the two before), else []."""
    start = _two_sentences_back(d, q)
    # (a list printed one item a line, "查封、扣押46件;\n限制生产…12件;\n…": its lines up to the one
    # ending in a full stop before them, at most _LINES lines back)
    lines = start
    for _ in range(_LINES):
        if lines <= 0 or d.s[lines - 2 : lines - 1] in ("。", ":", "") or d.s[lines - 1] != "\n":
            break
        lines = d.last_before("\n", lines - 2) + 1
    start = min(start, lines)
    clause_start = d.last_before(",;:。\n", q.start)
    earlier = [p for p in d.in_range(start, clause_start)
               if not p.is_percent and not p.in_table and not is_delta(d, p) and not is_previous(d, p)]
    out = []
    noun = _SHARED_NOUN.search(names[-1])  # the noun the names share, printed once at the end
    bare = [_SHARED_NOUN.sub("", n) if k == len(names) - 1 else n for k, n in enumerate(names)]
    owns = [_TOTAL_TAIL.sub("", _NOT_CJK.sub("", d.clause(p))) for p in earlier]
    for k, name in enumerate(bare):
        wanted = {name, name + noun.group()} if noun else {name}
        hits = [p for p, own in zip(earlier, owns, strict=True) if any(own.endswith(w) for w in wanted)]
        if not hits:  # "查封扣押" names "查封、扣押46件", "限产停产" names "限制生产、停产整治12件"
            hits = [p for p in earlier if any(_abbreviates(w, _own_clause(d, p)) for w in wanted)]
        if not hits:
            # "法律援助案件数" / "火灾起数" name "法律援助案件846件" / "发生火灾486起" (the measure's
            # word left out); "小学、初中在校生": the first names take the noun the last one ends with
            wider = {_MEASURE_TAIL.sub("", w) for w in wanted} | {_COUNT_WORD.sub("", w) for w in wanted}
            if k < len(names) - 1:
                wider |= {name + names[-1][-n:] for n in (2, 3, 4) if len(names[-1]) > n}
            elif k:
                # "农民工、未成年人受援人数": the last name carries the noun the earlier ones leave out
                wider |= {name[:-n] for n in (2, 3, 4) if len(name) - n >= 2}
            wider = {w for w in wider if len(w) >= 2}
            hits = [p for p, own in zip(earlier, owns, strict=True) if any(own.endswith(w) for w in wider)]
        if len({(p.value, p.unit) for p in hits}) == 1:
            hits = hits[:1]  # (one figure stated again: "来访546批次。来访546批次、1,284人次")
        if len(hits) != 1:
            return []
        out.append(hits[0])
    return out if len({p.index for p in out}) == len(out) else []


def _named_in_order(d: _Doc, q: Quantity, names: list[str]) -> list[Quantity]:
    """"下达行政处罚决定书247份,罚款金额2,863.5万元,处罚案件数和罚款金额同比分别增长…": the names
    a report gives its measures need not be their printed words; the figures right before the
    names' clause, as many as the names, in the sentence, are theirs in order when each name shares
    two characters with its own figure's words and more with it than with any other's."""
    clause_start = d.last_before(",;:。\n", q.start)
    before = [p for p in d.in_range(q.sentence[0], clause_start) if not p.is_percent]
    if not before:
        return _named_in_the_sentence_before(d, q, names)
    run = before[-len(names):]
    if len(run) != len(names) or any(is_delta(d, p) or is_previous(d, p) or p.in_table for p in run):
        return []
    owns = [_own_clause(d, p) for p in run]
    for k, name in enumerate(names):
        scores = [_overlap(own, name) for own in owns]
        if scores[k] < 2 or any(v >= scores[k] for j, v in enumerate(scores) if j != k):
            return []
    return run


def _named_in_the_sentence_before(d: _Doc, q: Quantity, names: list[str]) -> list[Quantity]:
    """"立案1,538起,结案1,497起,罚款286.42万元。与上年相比,立案数和罚款金额分别增加126起、31.58万元": a
    sentence of changes with no figure before its names speaks of the sentence before it; each name
    is the figure there whose own words share the most with it (two characters at least, more than
    any other figure's), the figures in the names' order."""
    opening = _NOT_CJK_ONLY.sub("", d.s[q.sentence[0] : d.last_before(",;:。\n", q.start) + 1])
    if _OPENING.sub("", REF.sub("", opening)):
        return []  # ("全市与上年相比,…": a scope or time of its own, maybe not the sentence before's)
    start = d.last_before(SENT_END, q.sentence[0] - 1) + 1
    cands = [p for p in d.in_range(start, q.sentence[0]) if not p.is_percent and not p.in_table
             and not is_delta(d, p) and not is_previous(d, p)]
    owns = [_own_clause(d, p) for p in cands]
    out: list[Quantity] = []
    for name in names:
        scores = [_overlap(own, name) for own in owns]
        best = max(scores, default=0)
        if best < 2 or scores.count(best) != 1:
            return []
        own = owns[scores.index(best)]
        # (the words a name puts before what it shares with the figure are the figure's too: "全年立案数"
        # is no name of "一季度立案800起", "全市立案数" none of "城区立案800起")
        lead = next(name[:i] for i in range(len(name)) if name[i : i + best] in own)
        if lead not in own:
            return []
        out.append(cands[scores.index(best)])
    return out if all(a.index < b.index for a, b in pairwise(out)) else []


_LINES = 6


def _own_clause(d: _Doc, p: Quantity) -> str:
    """The words of the figure's own clause, its 、 items run together ("查封、扣押" -> 查封扣押)."""
    return _NOT_CJK_ONLY.sub("", d.phrase(p))


def _abbreviates(name: str, words: str) -> bool:
    """Is ``name`` the words shortened: its characters in order in them, the first the words' first,
    the last in their last two, each gap at most two characters (限产停产 of 限制生产停产整治)?"""
    if len(name) < 4 or len(words) < len(name) or not words.startswith(name[0]):
        return False
    at = 0
    for ch in name[1:]:
        nxt = words.find(ch, at + 1, at + 4)
        if nxt < 0:
            return False
        at = nxt
    return at >= len(words) - 3


# "种子、农药、肥料的抽检不合格率分别为4.9%、6.9%、6.5%": names, then a named rate and 分别
_RATE_AFTER = re.compile(r"^的?([\u4e00-\u9fff]{0,6}率)(?:分别)?(?:为|是|达到|达)?$")


def named_rates_by_position(d: _Doc) -> list[Relation]:
    """"抽检种子183批次、农药204批次…;不合格产品中,种子9批次、农药13批次…,种子、农药的抽检不合格率
    分别为4.9%、6.4%": each name names two earlier figures of one unit -- the earlier its base, the
    later its numerator -- and the rate (a named rate of catalog/rates.yaml) maps onto them by
    position. Nothing unless every name names exactly two figures and the rate's words for its
    numerator and base are in the later and the earlier figure's sentence."""

    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        if not q.is_percent:
            continue
        clause = _NOT_CJK.sub("", d.s[d.last_before(",;:。\n", q.start) + 1 : q.start])
        head, _, _ = clause.partition("分别")
        m = re.search(r"^(.*?[^的])的?([\u4e00-\u9fff]{0,6}率)$", head)
        if m is None:
            continue
        names = [n for n in _JOIN.split(_OPENING.sub("", m.group(1))) if n]
        rate = first_rate_in(m.group(2))
        pcts = _run(d, q)
        if rate is None or len(names) < 2 or len(pcts) != len(names):
            continue
        pairs = [_two_named(d, q, name) for name in names]
        if any(p is None for p in pairs):
            continue
        for (base, num), pct in zip(pairs, pcts, strict=True):  # type: ignore[misc]
            if rate[1].search(d.s[num.sentence[0] : num.start]) and rate[2].search(d.s[base.sentence[0] : base.start]):
                out.append(Relation("ratio", "ratio.rate", {"numerator": num, "denominator": base, "percent": pct}))
    return out


def _two_named(d: _Doc, q: Quantity, name: str) -> tuple[Quantity, Quantity] | None:
    """(base, numerator): the two figures before ``q`` (in its sentence or the two before) whose own
    words are ``name``, of one unit, the later the smaller; else None."""
    start = _two_sentences_back(d, q)
    hits = [p for p in d.in_range(start, d.last_before(",;:。\n", q.start))
            if not p.is_percent and not p.in_table
            and _OPENING.sub("", _NOT_CJK.sub("", d.clause(p))) == name]
    if len(hits) != 2 or not compatible(hits[0], hits[1]) or hits[1].value > hits[0].value:
        return None
    return hits[0], hits[1]
