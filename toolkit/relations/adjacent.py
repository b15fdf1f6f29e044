"""A list right after its whole, with no word opening it: "全年受理诉求1500件,咨询类900件、投诉类
450件、求助类150件,分别占60%、30%、10%".

Nothing in the words says the figures after the whole are its parts, so only two things may say
it: the figures (the list adds up to the whole exactly) or the list's own shares (分别占 / 占比分别为
a chain of one percent per item whose sum is 100%, so the list is all of what the shares are of).
In the second reading the sum may fail; in the first it cannot. The whole is the first figure of
its sentence, named as a whole (全年, 共, 全市…); the items are the run of figures of its unit right
after it, joined by 、/和/及 (the first after a comma), each named by a few words of its own.

The same holds for items in clauses after the whole's (";", ":"), in sentences of their own, and
in a sentence restating the measures of the sentence before (``implicit_lists``): no word says
"breakdown" there either, so the figures must confirm each reading."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .classified import _OPENER, _pieces
from .classified_wholes import _candidates, _measure_words
from .equalities import _graded_vocabulary
from .list_columns import _measure_columns as _columns
from .misprints import within_one_slip
from .model import Relation, compatible, money_value
from .named_partitions import defined_by_its_parts
from .periods import of_a_running_span
from .reading import holding
from .roles import is_delta, is_previous
from .scopes import figure_words as _words
from .scopes import is_additive, is_scope_count, unit_class, words
from .sections import _fits
from .structure import _Doc, _overlap
from .sums import _BREAKDOWN, _drop_derived
from .vocab import gated

# (compiled once: read per figure or per list)
_SEMI_OR_COLON = re.compile(r"[;:]")

_FIRST = re.compile(r"[,:]?[\u4e00-\u9fff]{1,8}")  # ",咨询类": the first item's own name
_NEXT = re.compile(r"[、和及与][\u4e00-\u9fff]{0,8}")  # "、投诉类"
# after a colon the items may run over ";" and be counted off: ":一是咨询类900件;二是投诉类720件"
# (a colon opening the list names the items as its own: their names may run longer, "…64个:预算执行和
# 决算草案审计12个,经济责任审计18个")
_FIRST_AFTER_COLON = re.compile(r":[\u4e00-\u9fff]{1,14}")
_NEXT_AFTER_COLON = re.compile(r"[、和及与;,]?(?:[一二三四五六七八九十]是)?[\u4e00-\u9fff]{0,14}")
_SHARES = re.compile(r"[,;]?(?:分别占|占比分别为|分别占比|占比分别是|分别占全部|各占|占比依次为|依次占)"
                     r"[\u4e00-\u9fff]{0,8}?(?:的)?$")
_OPENERS = gated(re.compile(r"其中|包括|分别为|分别是|分别有|按照?|从|(?<![初高])中[,:]"))


def lists_after_their_whole(d: _Doc) -> list[Relation]:
    """A sum for each list that follows its whole in one sentence and adds up to it, or whose
    shares add up to 100%."""
    out: list[Relation] = []
    for pos, _end, figs in d.figure_sentences():
        levels = [q for q in figs if not q.is_percent]
        if len(levels) < 3:
            continue
        whole = levels[0]
        # (a colon right after the figure opens its items: "在校学生7.86万人:小学4.12万人,初中…")
        if not _is_whole(d, whole, pos) and not d.s.startswith(":", whole.end):
            continue
        parts = _run_after(d, whole)
        if len(parts) < 2 or _OPENERS.search(d.s, whole.end, parts[-1].start):
            continue  # an opener between: the families that read openers read it
        if _graded_vocabulary()["graded_by"].search(d.label(parts[0])):
            continue  # "评查案卷52份,评定为优秀9份…": grades of what was checked (equalities reads them)
        shares = _shares_after(d, parts)
        total_v = _value(whole)
        if sum(_value(p) for p in parts) == total_v or (shares and _whole_by_shares(shares)):
            out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
    return out


def clause_runs_after_their_whole(d: _Doc) -> list[Relation]:
    """"共梳理文件213件,继续有效176件,修改21件,废止16件": clauses of a few words and one figure each
    after the whole's, taken only when they add up to it exactly (read after the other families: a
    change, a previous level or a balance they read is theirs)."""
    out: list[Relation] = []
    for pos, _end, figs in d.figure_sentences():
        levels = [q for q in figs if not q.is_percent]
        if len(levels) < 3 or not _is_whole(d, levels[0], pos):
            continue
        parts = _run_after(d, levels[0], _NEXT_CLAUSE)
        # (not stages of a process: "收到申请860件,按期答复812件,结转48件" goes on to what became of it)
        if (len(parts) >= 2 and len(_drop_derived(d, parts)) == len(parts)
                and not any(_STAGE_CLAUSE.search(d.label(p)) for p in parts)
                and not _graded_vocabulary()["graded_by"].search(d.label(parts[0]))  # (grades: equalities')
                and sum(_value(p) for p in parts) == _value(levels[0])):
            out.append(Relation("sum", "sum.breakdown", {"total": levels[0], "parts": parts}))
    return out


# "自然人、法人或其他组织分别申请774件、86件": names listed, then 分别 and the act, opening the sentence.
# (a name may hold a short aside: "因公出国(境)费、公务用车购置及运行费、公务接待费分别为…")
_NAME = r"(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff]{1,4}\)){1,14}"
_NAMES_FIRST = re.compile(rf"^{_NAME}(?:[、和及与]{_NAME})+分别[\u4e00-\u9fff]{{0,6}}$")


_NUMERALS = "一二三四五六七八九十"
_COUNTED_NAMES = re.compile(r"([二三四五六七八九十])(?:类|个|项|种)[\u4e00-\u9fff]{0,6}分别")


_NAMES_EACH = re.compile(r"[\u4e00-\u9fff]{0,6}分别[\u4e00-\u9fff]{0,6}")  # (compiled once: read per figure)

def _count_of_names(d: _Doc, q: Quantity) -> int | None:
    """"行政处罚、行政强制、信息公开三类案件分别为156件…": the count of the names (a figure of its
    own, "三类") right before ``q``, when the names open the sentence; else None."""
    if q.is_percent or not q.index or not _NAMES_EACH.fullmatch(d.label(q)):
        return None
    c = d.qs[q.index - 1]
    if (c.unit not in ("类", "个", "项", "种") or c.value != int(c.value) or c.sentence != q.sentence
            or c.sentence[0] != d.seg_start(c.start) or d.in_range(c.sentence[0], c.start)
            or not re.fullmatch(r"[\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,12})+", d.label(c))):
        return None
    return int(c.value)


def named_lists(d: _Doc) -> list[Relation]:
    """"全年共受理申请860件。自然人、法人或其他组织分别申请774件、86件,分别占90%、10%": a list of
    names mapped by 分别 onto figures, opening its sentence, whose shares make 100% (or whose names
    are counted: "三类案件分别为…") is the whole of the one figure of its unit named as a whole in
    the sentence before (none other there as large); otherwise only when it adds up to it exactly."""
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the names are mapped by 分别 in either form: most figures' words have none)
        count = _count_of_names(d, q)
        if count is None and (q.is_percent or not _NAMES_FIRST.match(_names_text(d, q))
                              or q.sentence[0] != d.seg_start(q.start)):
            continue
        parts = [q]
        for p in d.from_index(q.index + 1):
            if p.is_percent or not re.fullmatch(r"[、和及与]", d.label(p)) or not compatible(p, q):
                break
            parts.append(p)
        if len(parts) < 2:
            continue
        shares = _shares_after(d, parts)
        counted = _COUNTED_NAMES.search(d.label(q))
        # whole by its shares (100%) or by a count of the names ("三类案件分别为…") -- else only if
        # the figures add up exactly
        head = d.last_before("。\n", q.sentence[0] - 1) + 1
        big = max(p.value for p in parts)
        # (not last year's level, a change nor the base of a share printed after it: "共新收817件,较上年
        # 的736件增长11.0%", "支出决算42.36万元,完成预算48.00万元的88.3%" name one whole)
        before = [w for w in d.in_range(head, q.sentence[0]) if not w.is_percent and compatible(w, q)
                  and unit_class(w) == unit_class(q) and w.value >= big and not is_previous(d, w)
                  and not is_delta(d, w) and not _share_base(d, w)]
        if len({w.value for w in before}) != 1 or of_a_running_span(d, before[0], parts):
            continue  # (one whole, of the parts' period: "1—11月累计…" is no whole of a month's list)
        # (a whole of the parts named by definition is named as a whole by its own name: "“三公”经费")
        defined = defined_by_its_parts(d.label(before[0]), d.label(q).split("分别")[0], len(parts))
        if not defined and not _is_whole(d, before[0], head):
            continue
        # A count of the names makes them the whole only when the noun it counts names what the
        # whole counts ("咨询、投诉、求助三类诉求分别为…" under "受理诉求200件"; "三类分别为" says not what).
        noun = re.sub(r"分别.*$|^.*?[类个项种]", "", d.label(q) if count else counted.group(0) if counted else "")
        named = _overlap(noun, _words(d, before[0])) >= 2
        whole_by_words = bool(shares and _whole_by_shares(shares)) or (named and (bool(
            counted and _NUMERALS.index(counted.group(1)) % 10 + 1 == len(parts)) or count == len(parts))) \
            or defined
        if whole_by_words or sum(_value(p) for p in parts) == _value(before[0]):
            out.append(Relation("sum", "sum.breakdown", {"total": before[0], "parts": parts}))
    return out


def _share_base(d: _Doc, w: Quantity) -> bool:
    """Is ``w`` the base of a percent printed right after it ("预算48.00万元的88.3%")?"""
    nxt = w.index + 1
    return nxt < len(d.qs) and d.qs[nxt].is_percent and d.s[w.end : d.qs[nxt].start] == "的"


def _names_text(d: _Doc, q: Quantity) -> str:
    """The words from the sentence's start to ``q``: its label, or -- when counts of places stand in
    the names ("区法律援助中心和12个司法所分别办理…") -- those words without the counts; "" when a
    figure of ``q``'s kind or a percent stands before it."""
    inner = d.in_range(q.sentence[0], q.start)
    if not inner:
        return d.label(q)
    if any(w.is_percent or w.unit == q.unit or not _COUNT_IN_NAME.fullmatch(w.printed) for w in inner):
        return ""
    return _COUNT_IN_NAME.sub("", d.s[q.sentence[0] : q.start])


_COUNT_IN_NAME = re.compile(r"\d{1,4}(?:个|家|所|支)")


def _is_whole(d: _Doc, q: Quantity, pos: int) -> bool:
    """(Kept per figure of the document and sentence start: five walks over the sentences ask it of
    each first figure; a copy of a figure is read afresh.)"""
    own = 0 <= q.index < len(d.qs) and d.qs[q.index] is q
    known = d.cache.get("adjacent_whole")
    if known is None:
        known = d.cache["adjacent_whole"] = {}
    found = known.get((q.index, pos)) if own else None  # type: ignore[attr-defined]
    if found is None:
        found = (is_additive(d, q) and not is_scope_count(d, q) and not d.in_parentheses(q)
                 and bool(words()["wholes"].search(d.s, pos, q.start)))
        if own:
            known[(q.index, pos)] = found  # type: ignore[index]
    return found


def _value(q: Quantity) -> Decimal:
    return money_value(q) if q.is_money else q.value


_STAGE_CLAUSE = re.compile(r"审结|办结|结案|答复|办理完毕|处理完毕|结转|受理")
_NEXT_CLAUSE = re.compile(r"[,、和及与][\u4e00-\u9fff]{0,8}")  # ",修改21件,废止16件"


def _run_after(d: _Doc, whole: Quantity, nxt: re.Pattern = _NEXT) -> list[Quantity]:
    """The figures of the whole's unit listed right after it: ",咨询类900件、投诉类450件…"."""
    run: list[Quantity] = []
    for q in d.from_index(whole.index + 1):
        lab = d.label(q)
        if not run:
            joined = _FIRST.fullmatch(lab) or _FIRST_AFTER_COLON.fullmatch(lab)
        else:
            joined = (_NEXT_AFTER_COLON if d.label(run[0]).startswith(":") else nxt).fullmatch(lab)
        if (q.is_percent or not joined or q.sentence != whole.sentence or not compatible(q, whole)
                or unit_class(q) != unit_class(whole) or not is_additive(d, q) or is_scope_count(d, q)
                or q.value > whole.value):
            break
        if not run and not lab.startswith((",", ":")):
            break
        run.append(q)
    return run


def _shares_after(d: _Doc, parts: list[Quantity]) -> list[Quantity]:
    """The chain of percents right after the list that names them as the items' shares, one each."""
    k = parts[-1].index + 1
    if k >= len(d.qs) or not d.qs[k].is_percent or not _SHARES.search(d.label(d.qs[k])):
        return []
    chain = [d.qs[k]]
    for q in d.from_index(k + 1):
        if not q.is_percent or d.s[chain[-1].end : q.start] not in ("", "、", "和", "及", ","):
            break
        chain.append(q)
    return chain if len(chain) == len(parts) else []


def _whole_by_shares(shares: list[Quantity]) -> bool:
    """Do the shares add up to 100% within what their rounding allows (half a last digit each)?"""
    total = sum(q.value for q in shares)
    slack = sum((q.high - q.low) / 2 if q.high != q.low else _half_digit(q) for q in shares)
    return abs(total - 100) <= slack


def _half_digit(q: Quantity) -> Decimal:
    exp = q.value.as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (exp - 1) if isinstance(exp, int) else Decimal(0)


_COUNTED_OFF = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|\d+[.、]|[一二三四五六七八九十]+、)")
_SENTENCES_MAX = 6


def sentences_after_their_whole(d: _Doc) -> list[Relation]:
    """"全年共受理投诉3480件。城区受理投诉1865件。郊区受理投诉1240件。农村受理投诉375件。": parts in
    sentences (or lines) of their own after the whole's sentence, one figure of its unit each, named
    alike (their words end the same, or they are counted off: 一是, 二是). No word says it is a
    breakdown, so only parts that add up to the whole exactly are read as one -- or three or more
    closed by the rest (其他…), which says the run is the whole of something."""
    out: list[Relation] = []
    sentences = d.figure_sentences()
    for k, (pos, end, figs) in enumerate(sentences):
        if k + 2 >= len(sentences) or d.s[end + 1 : sentences[k + 1][0]].strip() \
                or d.s[sentences[k + 1][1] + 1 : sentences[k + 2][0]].strip():
            continue  # (two parts at least, each in the sentence right after the one before: the
            # walk below stops at the first words between -- tested first, before the whole's roles)
        levels = [q for q in figs if not q.is_percent]
        if not levels or not _is_whole(d, levels[0], pos):
            continue
        whole = levels[0]
        if any(unit_class(q) == unit_class(whole) for q in _drop_derived(d, levels[1:])):
            continue  # two figures of the unit: which one the parts add up to is the figures' guess
        parts: list[Quantity] = []
        prev_end = end
        for pos2, end2, figs2 in sentences[k + 1 : k + 1 + _SENTENCES_MAX]:
            if d.s[prev_end + 1 : pos2].strip():
                break  # text without figures between: the run ends
            # one figure of the unit, or more after a 其中 breaking the first down ("医院86个,其中…")
            cut = _BREAKDOWN.search(d.s, pos2, end2)
            mine = [q for q in _drop_derived(d, figs2) if not q.is_percent and unit_class(q) == unit_class(whole)
                    and (cut is None or q.start < cut.start())]
            if (len(mine) != 1 or mine[0] is not next(q for q in figs2 if not q.is_percent)
                    or not compatible(mine[0], whole) or not is_additive(d, mine[0])
                    or _OPENERS.search(d.s, pos2, mine[0].start)):
                break
            parts.append(mine[0])
            prev_end = end2
        # a run closed by the rest (其他…) is whole by its words: then it may fail
        closed = len(parts) >= 3 and bool(re.match(r"其他|其它|其余", d.s[parts[-1].sentence[0] : parts[-1].start].strip()))
        if len(parts) >= 2 and _alike(d, parts) and (closed or sum(_value(p) for p in parts) == _value(whole)):
            out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
    return out


def _alike(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts named alike: counted off, or their words ending in the same two characters?"""
    heads = [d.s[p.sentence[0] : p.start].strip() for p in parts]
    if all(_COUNTED_OFF.match(h) for h in heads) or re.match(r"其他|其它|其余", heads[-1]):
        return True  # counted off, or closed by the rest (其他…): a list by its words
    ends = {re.sub(r"[^\u4e00-\u9fff]", "", h)[-2:] for h in heads}
    return len(ends) == 1 and len(next(iter(ends))) == 2


def clauses_after_their_whole(d: _Doc) -> list[Relation]:
    """"全年共发生事故77起、死亡56人;道路运输事故58起、死亡41人;工矿商贸事故19起、死亡15人。": the
    whole's clause, then items split by ";" (or opened by ":") restating its measures, in one
    sentence -- read as the items of a sentence after the whole's are (``classified._restated``:
    the figures must confirm it)."""
    out: list[Relation] = []
    s = d.s
    for pos, end, figs in d.figure_sentences():
        levels = [q for q in figs if not q.is_percent]
        if len(levels) < 3 or not _is_whole(d, levels[0], pos):
            continue
        m = _SEMI_OR_COLON.search(s, levels[0].end, end)
        if m is None or _OPENERS.search(s, pos, end) or not d.in_range(m.end(), end):
            continue
        out.extend(_restated(d, (pos, m.start()), (m.end(), end)))
    return out


def implicit_lists(d: _Doc) -> list[Relation]:
    """"全年共发生事故77起,死亡56人。道路运输事故58起,死亡41人;工矿商贸事故19起,死亡15人。": a
    sentence of parallel items, with no word that opens a breakdown, restating the measures of the
    sentence before. Nothing in the words says it is a breakdown, so the figures must confirm it:
    one measure is summed only when it adds up; several only when two or more add up and at most
    one does not (then that one fails)."""

    out: list[Relation] = []
    s = d.s
    prev: tuple[int, int] | None = None
    prev_units: set[str] = set()
    after = 0  # start of the sentence after the last one with figures
    for pos, end, figs in d.figure_sentences():
        if pos != after:
            prev = None  # a sentence without figures stands between
        units = [unit_class(q) for q in figs if not q.is_percent]
        # Cheap test first: two figures of a unit the sentence before also has.
        if (prev is not None and any(units.count(u) >= 2 for u in prev_units & set(units))
                and not _BREAKDOWN.search(s, pos, end) and not _OPENER.search(s, pos, end)):
            out.extend(_restated(d, prev, (pos, end)))
        prev, prev_units, after = (pos, end), set(units), end + 1
    return out


def _restated(d: _Doc, whole: tuple[int, int], sentence: tuple[int, int]) -> list[Relation]:

    items = [q for q in _drop_derived(d, d.in_range(*sentence)) if is_additive(d, q)
             and not is_scope_count(d, q) and not d.in_parentheses(q)]
    pieces = _pieces(d, items)
    piece_of = {q.index: i for i, piece in enumerate(pieces) for q in piece}
    matched = []
    for column, strict in _columns(d, pieces):
        labels = [_words(d, p) for p in column]
        parallel = len({piece_of[p.index] for p in column}) == len(column) or len(set(labels)) == len(labels)
        measure = _measure_words(d, column)
        if strict or not parallel or len(measure) < 2:
            continue
        cands = _candidates(d, column, [whole])
        scored = [(_overlap(_words(d, q), measure), q) for q in cands]
        scored = [(sc, q) for sc, q in scored if sc >= 4 or (sc >= 2 and _words(d, q).endswith(measure[-1]))]
        if not scored:
            continue
        best = max(sc for sc, _ in scored)
        leaders = {q.value: q for sc, q in scored if sc == best}
        if len(leaders) == 1:
            matched.append((next(iter(leaders.values())), column))
    # (One measure one slip away from its whole -- a part or the whole mistyped -- is confirmed too.)
    fits = [_fits(t, ps) or within_one_slip(t, ps) for t, ps in matched]
    if (len(matched) == 1 and fits[0]) or (len(matched) >= 2 and sum(fits) >= 2 and len(fits) - sum(fits) <= 1):
        return [Relation("sum", "sum.breakdown", {"total": t, "parts": ps}) for t, ps in matched]
    return []
