"""Small readings of a share's part and base (``shares``): siblings whose shares agree on a base, the
figures about the topic a sentence names, an item named as the whole, the totals the lists found so far
partition."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .bases import names_head, pair_at, past_the_intake, same_scope, size
from .clause_sets import figure_set_named
from .distributed import list_names, names_item
from .hundred import shares_fall_short
from .implied import agrees_with
from .model import Relation, compatible
from .named_rates import _FAR_RATE, _is_item, _own_share
from .preambles import CHAPTER, preamble_end
from .rate_readings import explained_readings
from .scopes import words
from .share_subjects import BARE_SCOPE
from .stages import stages_in
from .structure import _Doc, _overlap, _paragraph_start


def _siblings_agree(d: _Doc, pct: Quantity, base: Quantity) -> bool:
    """Are the parts listed right after the share ``pct``, each with its bare or bracketed share
    (two at least), all of ``base``?"""
    pairs = []
    i = pct.index + 2
    while (part := pair_at(d, i)) is not None and part.sentence == pct.sentence:
        pairs.append((part, d.qs[i]))
        i += 2
    return len(pairs) >= 2 and all(agrees_with([pair], base.value) for pair in pairs)


def _of_topic(d: _Doc, cands: list[Quantity], pct: Quantity) -> list[Quantity]:
    """The candidates on the line or clause of the item the share's sentence opens with, when it
    opens with the name of one ("道路运输领域仍是事故主要来源,…死亡人数占…" under "-道路运输:发生
    事故96起,死亡79人"); all of them when it names none."""
    if any(q.sentence == pct.sentence for q in cands):
        return cands  # the share's sentence states figures of its own: it is about them, no item above
    head = d.s[pct.sentence[0] : d.next_end(pct.sentence[0], ",;")]
    topic = []
    for q in cands:
        name = _ITEM_NAME.match(d.s, d.seg_start(q.start))
        if name and q.sentence != pct.sentence and name.group(1) in head:
            topic.append(q)
        elif name is None and q.sentence != pct.sentence:
            # A line of a list that opens with the topic's words ("道路运输事故121起、死亡58人…;" under
            # "按行业领域分:" and "道路运输事故起数占…,死亡人数占…").
            line = _cjk(d.s[d.last_before("\n", q.start) + 1 : q.start])[:4]
            if len(line) == 4 and line in _cjk(head):
                topic.append(q)
    return topic or cands


_ITEM_NAME = re.compile(r"[-•·*\s]*([\u4e00-\u9fff]{2,6})[:：]")


def _whole_if_as_named(d: _Doc, part: Quantity, subject: str) -> Quantity:
    """"追回资金2.4亿元,其中市级1.3亿元…。追回金额占…": words that name an item of a breakdown no
    better than its whole name the whole (an item is named by its own qualifier)."""
    total = d.cache.get("partition", {}).get(part.index)  # type: ignore[union-attr]
    if total is None:
        return part
    own = _cjk(re.sub(r"^.*其中", "", d.label(part)))
    if len(own) >= 2 and own in subject:
        return part  # "其中,投诉16,208件…投诉占比56.6%": the item's own name is the subject
    lead, colon, items = d.label(part).rpartition(":")
    if colon and total.sentence == part.sentence and _overlap(_cjk(items), subject) < _overlap(_cjk(lead), subject) >= 3:
        return total  # "X是重点:甲365期、乙12期,三类合计1,581条": X, named before the colon, is the list's whole
    fits_total = _overlap(_cjk(d.label(total)), subject)
    return total if fits_total >= 2 and fits_total >= _overlap(_cjk(d.label(part)), subject) else part


# work due (应审, 需办理): the whole a closing and its open rest split
_DUE = re.compile(r"(?:应|需要?)(?:审结|办结|结案|办理|审理|处理|审(?=案件))")


_STILL_OPEN = re.compile(r"^[,;、]?(?:尚未|未|仍在|尚在|正在)")


def _done_and_open(d: _Doc, r: Relation) -> bool:
    """Is ``r`` work split into what is done and what is still open ("应审理290件,审结268件,尚未审结22件")?"""
    parts = r.roles.get("parts") or []
    return r.kind == "sum" and len(parts) == 2 and bool(_STILL_OPEN.match(d.own_words(parts[-1]))) \
        and not _STILL_OPEN.match(d.own_words(parts[0]))


def _partitions(found: list[Relation], d: _Doc | None = None) -> dict[int, Quantity]:
    """part index -> total, for the breakdowns that add up to their total (a partition). The parts of
    an intake split (settled at once, handed on) are listed in ``d.cache["acts"]`` too: two acts on
    the intake, no kinds of it -- a base named by their noun ("占全部工单") may still be one of them."""
    out: dict[int, Quantity] = {}
    if d is not None:
        # (and the work done of work split into done and still open, "已审结421件,尚未审结44件": a stage,
        # the base of the rates of what closing decided, no kind of the work due)
        d.cache["acts"] = {q.index for r in found if r.rule == "sum.intake_split" for q in r.roles.get("parts") or []} \
            | {q.index for r in found if _done_and_open(d, r) for q in r.roles["parts"][:-1]}
    for r in found:
        if r.kind != "sum" or not r.rule.startswith("sum.") or r.enumerated is not None:
            continue
        if r.rule in ("sum.rest", "sum.status") and r.roles.get("total") is not None \
                and _DUE.search(d.own_words(r.roles["total"]) if d is not None else ""):  # type: ignore[arg-type]
            continue  # the work due split into closed and open: states of the work, no kinds -- a rate
            # over what was closed ("审结168件,尚有8件…。纠错率16.7%") still reads it as its base
        total = r.roles.get("total")
        parts = r.roles.get("parts") or []
        if not isinstance(total, Quantity) or not isinstance(parts, list) or len(parts) < 2:
            continue
        if sum(p.value for p in parts) != total.value:
            continue  # a list that does not add up does not tell the base
        for p in parts:
            out.setdefault(p.index, total)
    return out


def _partition_total(d: _Doc, part: Quantity) -> Quantity | None:
    """The total the part's list adds up to -- not a sum of the items named after them that is itself
    a share of a wider base ("…873件;…1,102件。上述四类合计6,098件,占受理总数的68.4%"): the items
    are a selection, and a bare share of one ("2,187件,占24.5%") is of that wider base."""
    total = d.cache.get("partition", {}).get(part.index)  # type: ignore[union-attr]
    if total is None or not compatible(total, part) or part.index > total.index:
        return None if total is None or not compatible(total, part) else total
    if shares_fall_short(d, total):
        return None
    nxt = d.qs[total.index + 1] if total.index + 1 < len(d.qs) else None
    if (_SELECTION_SUM.search(d.s, d.seg_start(total.start), total.start) and nxt is not None and nxt.is_percent and nxt.sentence == total.sentence
            and (re.search(r"占[\u4e00-\u9fff]{2,}", d.label(nxt)) or (_BARE_SHARE.fullmatch(d.label(nxt)) and nxt.value < 100))):
        # (a bare "占52.0%" of the closing sum is a share of the wider base too: a whole is 100% of itself)
        return None
    return total


# ("前五类合计", "前8类合计": the first items of a ranking -- a selection too; "上述8类诉求合计"; "咨询类和
# 求助类合计", "咨询、求助两类共": two items named again, added up -- a selection of the list)
_SELECTION_SUM = re.compile(r"(?:(?:上述|以上|前述|这|前(?=[两二三四五六七八九十\d]))[\u4e00-\u9fff\d]{0,6}"
                            r"|[\u4e00-\u9fff]{1,8}(?:和|与|及|、)[\u4e00-\u9fff]{1,10})(?:合计|共计|共|总计)")
_BARE_SHARE = re.compile(r"[,;]?(?:占比|占)(?:为|达)?")


def subtotal_of(d: _Doc, base: Quantity) -> list[Quantity]:
    """The total a 小计 base is itself a part of ("生态环境|1,215" under "小计(市级部门)|19,477" over
    "合计|46,218"): a share naming no base of a row in a subtotal's group may be of the whole table,
    a reading beside the subtotal."""
    if not base.in_table or "小计" not in d.label(base):
        return []
    wider = _partition_total(d, base)
    return [wider] if wider is not None else []


_TOTAL_WORDS = re.compile(r"总数|总量|总计|总额|数量|全部|所有|的|数")


def parts_name_their_total(d: _Doc, total: Quantity, base_words: str) -> bool:
    """Do the base's words, without the words of a whole (总数, 全部), name what every part of the
    partition ``total`` adds up from counts ("部门报备87件,乡镇报备25件" -> "报备总数")? Then the base
    is that total, however the total itself is named ("备案审查112件")."""
    key = _cjk(_TOTAL_WORDS.sub("", base_words))
    if len(key) < 2 or not _TOTAL_WORDS.search(base_words):
        return False
    parts = _parts_of(d).get(id(total), [])
    return len(parts) >= 2 and all(key in d.own_words(p) for p in parts)


_SCOPE_WORD = re.compile(r"全(?:国|省|市|区|县|州)|本(?:省|市|区|县)")


def ratio_names_its_parts(d: _Doc, q: Quantity, parts: list[Quantity], total: Quantity) -> bool:
    """Does a two-figure ratio ("普职比为63.3∶36.7") name the two parts of the breakdown before it:
    the two characters before 比 one in each part's name, in either order, and no jurisdiction its
    whole's name lacks ("全省在校生男女比" is the province's, not that of 男生/女生 counted here)?"""
    clause = re.split(r"[,;:。]", d.label(q))[-1]
    name = _cjk(clause.split("比")[0])[-2:]
    if len(name) < 2 or len(parts) != 2:
        return False
    scope = _SCOPE_WORD.search(clause)
    if scope and scope.group() not in d.s[total.sentence[0] : total.end]:
        return False
    a, b = (d.label(p) for p in parts)
    return (name[0] in a and name[1] in b) or (name[1] in a and name[0] in b)


def scope_of_base_said(d: _Doc, base_words: str, base: Quantity) -> bool:
    """A base naming a jurisdiction ("在全省新登记主体中的占比") is a figure whose own sentence names
    it, or the report's own jurisdiction (one it names outside a base: "年末全县…企业87家"): a figure
    of no stated scope is the report's own, and the report may be of a city."""
    scope = _SCOPE_WORD.search(base_words)
    if scope is None or scope.group() in d.s[base.sentence[0] : base.end]:
        return True
    return _own_scope(d, scope.group())


def _own_scope(d: _Doc, scope: str) -> bool:
    """Does the report name the jurisdiction outside a base ("全市全年共收到…"): its own?"""
    return any(m.start() == 0 or d.s[m.start() - 1] not in "占在的于" for m in re.finditer(scope, d.s))


def sibling_share_of_a_scope(d: _Doc, pct: Quantity, numerator: Quantity) -> bool:
    """"其中过夜游客600万人次,占全省过夜游客的7.5%,一日游游客1,800万人次,占10.3%": the share before a
    bare 占, of a part listed beside this one, names a base of a jurisdiction -- the bare one is of
    that jurisdiction's like figure too, not of the two parts' total."""
    wholes = d.cache.get("partition", {})  # type: ignore[union-attr]
    mine = wholes.get(numerator.index)
    prev = [q for q in d.qs[d.before(pct.sentence[0]) : numerator.index] if q.is_percent]
    if mine is None or not prev:
        return False
    share = prev[-1]
    part = d.qs[share.index - 1] if share.index else None
    said = d.s[part.end : share.start] if part is not None else ""
    scope = re.search(r"占(" + _SCOPE_WORD.pattern + ")", said)
    return (part is not None and part.index != numerator.index and wholes.get(part.index) is mine
            and scope is not None and not _own_scope(d, scope.group(1)))


def base_qualified_by_the_part(d: _Doc, base_words: str, base: Quantity, part: Quantity) -> bool:
    """"在公办学校就读5.71万人,占公办学校在校生的13.8%": the base's words qualify its noun (公办学校) as
    the part's own words do, and the figure found for the noun ("义务教育在校生49.9万人") lacks that
    qualifier: the base is the qualified set, which the text does not print."""
    words, label = _cjk(base_words), _cjk(d.label(base))
    k = next((k for k in range(len(words), 1, -1) if words[-k:] in label), 0)
    qualifier = words[: len(words) - k] if k else ""
    return (len(qualifier) >= 2 and qualifier not in label and qualifier in _cjk(d.label(part))) \
        or base_qualified_otherwise(d, base_words, base)


def _qualifiers(d: _Doc, base_words: str, base: Quantity) -> tuple[str, str]:
    """(the words qualifying the base's noun that ``base``'s label lacks, the words before the noun in
    that label); ("", "") when the words qualify nothing the label does not say."""
    words = _QUANTITY_TAIL.sub("", _cjk(base_words))
    label = _cjk(re.split(r"[,;。]", d.label(base))[-1])
    k = next((k for k in range(len(words), 1, -1) if words[-k:] in label), 0)
    qualifier = _NOT_QUALIFYING.sub("", words[: len(words) - k]) if k else ""
    if len(qualifier) < 2 or qualifier in label:
        return "", ""
    return qualifier, label[: label.find(words[-k:])]


def base_qualified_otherwise(d: _Doc, base_words: str, base: Quantity) -> bool:
    """"审结民商事案件98436件 … 占一审民商事案件的38.2%": the base's words qualify its noun (一审) as the
    figure found for the noun does not, and that figure's own words qualify it by a stage (审结) the
    base's words do not name: two sets of the noun, the base not printed."""
    qualifier, before = _qualifiers(d, base_words, base)
    own = stages_in(before) if qualifier else {}
    return bool(own) and not (own.items() & stages_in(base_words).items())


def base_named_otherwise(d: _Doc, base_words: str, base: Quantity) -> bool:
    """"住院手术3.12万台次 … 日间手术4862台次,占择期手术的21.4%": the base's words qualify the noun (择期)
    and the figure found for it is qualified by words of its own (住院) sharing none of them -- maybe
    another set of the noun: believed only when the share holds over it (or one slip away)."""
    qualifier, before = _qualifiers(d, base_words, base)
    own = _NOT_QUALIFYING.sub("", before)[-2:]
    return len(own) == 2 and own not in base_words and _overlap(qualifier, before) < 2


# words before a noun that qualify no set of it (time, scope, totals, verbs of stating)
_NOT_QUALIFYING = re.compile(r"其中|全年|全市|全区|全县|全省|全镇|全国|本年度|本年|当年|本季度|本月|年末|年初|全部|所有"
                             r"|各类|各项|共计|合计|累计|完成|实现|共|总|有|为|的|达|计|\d")


_QUANTITY_TAIL = re.compile(r"(?:总数|总量|总额|数量|数|量)$")


def position_named(d: _Doc, before: list[Quantity], pct: Quantity, subject: str
                   ) -> tuple[tuple[list[Quantity], list[str]] | None, list[Quantity]]:
    """The nearest 分别 list before a share (in its sentence or the one before) and the figures of
    it whose position the share's subject names ("一季度至四季度分别受理…,三季度受理量最高,占全年的
    27.7%": the third)."""
    k = d.before(pct.sentence[0])
    near = d.qs[k - 1].sentence[0] if k else pct.sentence[0]  # (the sentence before the share's)
    listed = next((ln for q in reversed(before[-8:]) if q.sentence[0] >= near
                   and (ln := list_names(d, q)) is not None), None)
    at = [p for p, n in zip(*listed, strict=True) if names_item(n, subject, listed[1])] if listed else []
    return listed, at


# A unit of two characters named in a share's subject ("接访批次", "诊疗人次").
_COUNTED_IN = re.compile(r"批次|人次|件次|户次|家次|架次|车次|场次|项次")


def counted_in(subject: str, cands: list[Quantity]) -> list[Quantity]:
    """"县级领导接访批次在…中的占比": a subject naming what it is counted in (批次) is no figure of
    another unit ("县级领导包案化解的212件")."""
    m = _COUNTED_IN.search(subject)
    return [q for q in cands if q.unit == m.group()] if m else cands


def names_the_year(base_words: str) -> bool:
    """Do a share's base words name the year its list of quarters or halves partitions (全年)?"""
    return bool(re.fullmatch(r"全年度?|本年度?|年度|全年总量|全年受理量", base_words))


def base_of_sentence_before(d: _Doc, pct: Quantity, part: Quantity, per: int) -> Relation | None:
    """"…四类合计2,514件,占受理总量的73.6%。重复信访事项421件,占12.3%": a bare 占 with no base of its
    own, in the sentence after one whose share named its base (same paragraph), may be of that
    base -- believed only when the share holds over it, or would but for one misprinted digit."""
    k = d.before(pct.sentence[0])
    if not k or "\n" in d.s[d.qs[k - 1].end : pct.sentence[0]]:
        return None
    named = d.cache.get("share_bases", {}).get(d.qs[k - 1].sentence, [])  # type: ignore[union-attr]
    if len({b.index for b in named}) != 1 or not compatible(named[0], part) or named[0].value < part.value:
        return None
    return explained_readings("ratio.share", part, [named[0]], pct, per, most=1, text=d.s)


_ALL = re.compile(r"^(?:全部|所有)(?=.)")
_FAR_WHOLES = 60  # figures back a generic total is looked for


def generic_base_far(d: _Doc, pct: Quantity, part: Quantity, per: int, base_words: str) -> Relation | None:
    """"## 二、…\n- 前三类合计2,473件次,占总量的58.6%": a share of "总量" (the words name no noun) whose
    paragraph states no base is of the report's total of the part's unit -- the wholes stated
    before (全年, 共, 全县…: no item of a list), nearest first, one to three values as readings,
    believed only when one explains the share (it holds, or would but for one misprinted digit)."""
    if not words()["generic_totals"].fullmatch(_ALL.sub("", base_words)):
        return None  # (总量, 总数, 总额, 合计…: breakdowns.yaml's generic totals)
    found: dict = {}
    for q in reversed(d.qs[max(0, part.index - _FAR_WHOLES) : part.index]):
        if (q.is_percent or q.unit != part.unit or q.value <= part.value or d.in_parentheses(q)
                or not words()["wholes"].search(d.s[q.sentence[0] : q.start]) or _is_item(d, q)):
            continue
        found.setdefault(q.value, q)
    return explained_readings("ratio.share", part, list(found.values())[:3], pct, per, most=3, text=d.s)


_CLOSING_TOTAL = re.compile(r"(?:总数|总量|总计|合计|共计|总共)(?:为|达)?$")


def total_after_part(d: _Doc, part: Quantity, pct: Quantity) -> Quantity | None:
    """The one total closing the list between a part named again and its bare share ("自然人申请21件,
    法人或其他组织申请279件,申请总数300件,自然人申请占7.0%": the 300)."""
    found = [q for q in d.qs[part.index + 1 : pct.index] if q.sentence == part.sentence and not q.is_percent
             and compatible(q, part) and q.unit == part.unit and q.value >= part.value
             and not d.in_parentheses(q) and _CLOSING_TOTAL.search(re.sub(r"[^\u4e00-\u9fff]", "", d.label(q)))]
    return found[0] if len(found) == 1 else None


def list_siblings(d: _Doc, part: Quantity) -> set[int]:
    """The indices of the other figures of the 分别 list ``part`` is in ("市、县、乡三级分别受理418件、
    269件、659件": 418 and 659 beside 269), empty when it is in none."""
    listed = list_names(d, part)
    return {q.index for q in listed[0] if q is not part} if listed else set()


_REST = re.compile(r"其他|其它|其余")
_SUBTOTAL = re.compile(r"合计|共计|小计|总计|^共$|^计$")


def complete_list_sum(d: _Doc, part: Quantity, pct: Quantity):  # -> Decimal | None
    from .completeness import names_its_complements  # (completeness reads the shares' vocabulary)

    """The sum of the list ``part`` is an item of, in its sentence, when the list names its rest
    ("涉及规划建设的927件,涉及征地补偿的217件,涉及其他事项的119件": all of it) -- also after the share
    ("…类1,216件,占35.1%;…;其余730件涉及其他领域"); else None."""
    # (not a figure closing some of them: "予以公开7件、部分公开2件,合计9件,占47.4%;不予公开1件;…")
    items = [q for q in d.qs[d.before(part.sentence[0]) : d.before(part.sentence[1])]
             if not q.is_percent and q.sentence == part.sentence and q.unit == part.unit
             and not _SUBTOTAL.search(re.split(r"[,;:、]", d.label(q))[-1])]
    if len(items) < 2 or part not in items:
        return None
    if not _REST.search(d.label(items[-1])) and not (
            len(items) == 2 and names_its_complements("".join(d.label(q) for q in items))):
        return None  # (nor two complements: "自然人提出申请55件,法人或者其他组织提出申请36件")
    return sum(q.value for q in items)


def earlier_wholes(d: _Doc, part: Quantity, pct: Quantity, per: int, fits) -> Relation | None:
    """The wholes (全年, 共 … no item of a list) of the paragraphs before the part's, within its
    chapter, nearest first: one to three values are readings, believed only when one of them
    explains the share (it holds, or would but for one misprinted digit)."""
    found: dict = {}
    whole = complete_list_sum(d, part, pct)  # (a list naming its rest adds up to its whole)
    # A share that holds over the list's own sum is of that sum: a far figure one digit off it is
    # another whole ("处理96件(含上年结转5件)" beside "自然人55件,法人36件,自然人占60.4%"), no misprint of it.
    exact = whole is not None and agrees_with([(part, pct)], whole, per)
    for q in reversed(d.qs[max(0, part.index - _FAR_RATE) : d.before(_paragraph_start(d, part.start))]):
        if CHAPTER.search(d.s, q.start, part.start):
            break
        if fits(q) and words()["wholes"].search(d.s[q.sentence[0] : q.start]) and not _is_item(d, q) \
                and (q.value == whole if exact else may_be_sum(whole, q)):
            found.setdefault(q.value, q)
    end = preamble_end(d)
    if not found and end < part.start:
        # "一、全年火灾基本情况\n…共接报火灾2,316起…\n二、火灾主要特点\n…引发火灾913起,占39.4%": a share of
        # a later chapter, its own naming no whole, is of the report's totals -- as readings, likewise
        # (believed only over a total the share holds over, or a share of its sentence does: a slip
        # away from a total of the whole report is no sign the part is of it)
        stop = d.before(end)
        pairs = [(part, pct), *((d.qs[p.index - 1], p) for p in d.in_range(*part.sentence)
                               if p.is_percent and p is not pct and p.index and not d.qs[p.index - 1].is_percent)]
        for q in reversed(d.qs[max(0, stop - _FAR_RATE) : stop]):
            if fits(q) and words()["wholes"].search(d.s[q.sentence[0] : q.start]) and not _is_item(d, q) \
                    and (q.value == whole if exact else may_be_sum(whole, q)) \
                    and agrees_with([(n, p) for n, p in pairs if compatible(n, q)], q.value, per):
                found.setdefault(q.value, q)
    return explained_readings("ratio.share", part, list(found.values()), pct, per, most=3, text=d.s)


# "以调解方式结案的", "通过调解和解方式结案的": a subject naming a part by the manner it was closed in.
_MANNER = re.compile(r"^(?:以|通过|经|采取|运用)?([\u4e00-\u9fff]{2,6}?)(?:的)?(?:方式|形式|途径)"
                     r"(?:结案|办结|审结|处理|解决|化解|终结|办理)?(?:的)?$")


# "投诉类诉求", "咨询类": a subject naming a kind of a classification listed before.
_KIND = re.compile(r"^([\u4e00-\u9fff]{2,6}?)类(?:[\u4e00-\u9fff]{0,4})$")


def by_manner(d: _Doc, cands: list[Quantity], subject: str) -> Quantity | None:
    """"在审结的案件中,调解撤诉2,981件,裁决1,834件;以调解方式结案的占61.9%": the one figure before
    (the nearest sentences) whose own words hold the manner's name (调解), an item of a list; and
    "按诉求类型分,投诉5.42万件、求助…。投诉类诉求占42.2%": the one item whose own words end with the
    kind's name."""
    m = _MANNER.match(subject)
    kind = _KIND.match(subject) if m is None else None
    if m is None and kind is None:
        return None
    def names(q: Quantity) -> bool:
        own = d.own_words(q)
        return m.group(1) in own if m else re.sub("类$", "", own).endswith(kind.group(1))  # type: ignore[union-attr]

    found = [q for q in cands if names(q) and (_is_item(d, q) or "、" in d.label(q) or "," in d.label(q))]
    return found[-1] if len({q.value for q in found}) == 1 else None


def opened_by_a_set(d: _Doc, q: Quantity) -> bool:
    """Is ``q``'s sentence opened by the name of a set and 中 with no comma after it ("裁决案件中终局
    裁决186件"; ``set_nouns`` of breakdowns.yaml end the name)? The share of a figure there is of that
    set, which the paragraph's first figure need not be."""
    m = _SET_OPENED.match(d.s, q.sentence[0], q.start)
    return m is not None and re.search(f"(?:{words()['set_nouns'].pattern})$", m.group(1)) is not None


def set_named(d: _Doc, q: Quantity) -> Quantity | None:
    """The one figure before ``q``'s sentence, in its paragraph, of its kind and no smaller, whose own
    words are the name of the set the sentence opens with, without its set noun ("裁决案件中…" -> the
    figure named 裁决: "…调解撤诉612件,裁决412件"); None when none or several values."""
    m = _SET_OPENED.match(d.s, q.sentence[0], q.start)
    if m is None:
        return None
    name = re.sub(f"(?:{words()['set_nouns'].pattern})$", "", _cjk(m.group(1)))
    if len(name) < 2:
        return None
    found = {p.value: p for p in d.in_range(_paragraph_start(d, q.start), q.sentence[0])
             if not p.is_percent and compatible(p, q) and p.value >= q.value and _cjk(d.own_words(p)) == name}
    return next(iter(found.values())) if len(found) == 1 else None


_SET_OPENED = re.compile(r"\s*(?:在|所有|全部)?([^,;:。、\d]{2,12}?)中(?=[\u4e00-\u9fff])")


def may_be_sum(whole, q: Quantity) -> bool:
    """Can ``q`` be the printed sum ``whole`` of a list (None: no sum known) -- equal, or one
    misprinted digit away (a digit replaced, two neighbours swapped), which the checks then report?"""
    if whole is None or q.value == whole:
        return True
    a, b = str(q.value), str(whole)
    if len(a) != len(b):
        return False
    off = [i for i in range(len(a)) if a[i] != b[i]]
    return len(off) == 1 or (len(off) == 2 and off[1] == off[0] + 1 and a[off[0]] == b[off[1]] and a[off[1]] == b[off[0]])


_PUNCT_SPACE = re.compile(r"[,;:()\s]")  # (compiled once: read per candidate base)
_CLAUSE_END = re.compile(r"[,;:。]")


def tied_bases(d: _Doc, cands: list[Quantity], words: str, chosen: Quantity, part: Quantity,
                pct: Quantity) -> list[Quantity]:
    """The candidates the base's words name exactly as well as ``chosen`` (the same longest common
    run of characters), of the same jurisdiction, at least the part, no item of a list: at most
    two, nearest first."""
    key = re.sub(r"[,;:()\s]|的|总数|数量|总量|数", "", words)
    para = _paragraph_start(d, pct.start)

    def score(q: Quantity) -> int:
        return _overlap(_PUNCT_SPACE.sub("", d.label(q)), key)

    best = score(chosen)
    out = [q for q in reversed(cands) if q.index != chosen.index and q.start >= para - 400 and score(q) == best
           and size(q) >= size(part) and same_scope(words, d.label(q)) and names_head(words, q, d.label(q))
           and not _is_item(d, q) and not _own_share(d, q)  # (a member after "X中," is not X)
           and not past_the_intake(d, words, q)]  # ("调解成功" is no "调解总量")
    return out[:2]


def base_of_its_stage(d: _Doc, base_words: str, base: Quantity, numerator: Quantity, pct: Quantity) -> Quantity | None:
    """The base the words name checked against the stage they name: "共新收申请275件…予以公开和部分公开
    合计100件,占已办结申请的37.0%。…截至年底已办结270件" -- 已办结申请 are not the 275 received, whatever
    noun they share. ``base`` when its words name no other stage of a process the base's words
    name; else the one figure of the share's paragraph (before or after it) whose words name that
    stage, of the part's kind and no smaller; else None (the base is not printed as named). Words
    naming all of it (全部工单, 工单总量) and no stage name no figure of a stage past the work taken in
    and handed on (办结, 回访): None then too."""
    # (a later stage only: "诉求总量" names what came in by its noun, received or accepted alike)
    wanted = {p: st for p, st in stages_in(base_words).items() if st > 0}
    # (the base's own clause: words of the sentence before it may name another figure's stage)
    own = _CLAUSE_END.split(d.label(base))[-1]
    if past_the_intake(d, base_words, base):
        return None  # "全年共回访工单8.24万件 … 占全部工单的4.8%": what was closed or called back is not all of it
    if not wanted or not _other_stage(stages_in(own), wanted):
        return base
    start = _paragraph_start(d, pct.start)
    end = d.s.find("\n", pct.end)
    found = {q.value: q for q in d.in_range(start, len(d.s) if end < 0 else end)
             if q.index not in (numerator.index, pct.index) and not q.is_percent and compatible(q, numerator)
             and q.value >= numerator.value and _names_stage(stages_in(d.s[q.sentence[0] : q.start]), wanted)
             and not _other_stage(stages_in(re.split(r"[,;:。]", d.label(q))[-1]), wanted)}
    return next(iter(found.values())) if len(found) == 1 else None


_OPENED_SET = re.compile(r"\s*(?:在|所有|全部)?([^,;:。、\d]{2,12}?)中[,:]")
_BASE_GENERIC = re.compile(r"总数|总量|总额|总计|全部|所有|数量|的|数|量")


def base_of_the_opened_set(d: _Doc, base_words: str, part: Quantity) -> Quantity | None:
    """"…转派10,417件。转派工单中,区直部门承办6,605件,占转派工单的63.4%": a base named as the set the
    sentence opens with ("X中,") is that set's figure, which the sentences before name by X or by
    X's qualifier, the words before its noun (转派, 移交核查 for 移交线索) -- not another figure sharing
    X's noun (形成工单18,352件). The one figure of the part's paragraph so named, of its kind and no
    smaller; None when none or several values."""
    if (figure := figure_set_named(d, base_words, part)) is not None:
        return figure  # ("审结复议案件181件中纠错79件,占审结总数的": the set by its figure)
    m = _OPENED_SET.match(d.s, part.sentence[0], part.start)
    if m is None:
        return None
    name = _cjk(m.group(1))
    if len(name) < 3 or _cjk(_BASE_GENERIC.sub("", base_words)) != _BASE_GENERIC.sub("", name):
        return None
    found = {}
    for q in d.in_range(_paragraph_start(d, part.start), part.sentence[0]):
        own = re.sub(r"^(?:其中|全年|共|已|累计)+", "", _cjk(d.own_words(q)))
        if (not q.is_percent and compatible(q, part) and q.value >= part.value and len(own) >= 2
                and (own == name or own.startswith(name[:-2]))):
            found[q.value] = q
    return next(iter(found.values())) if len(found) == 1 else None


def _other_stage(named: dict[str, int], wanted: dict[str, int]) -> bool:
    """Do the words name another stage of a process the wanted stage is of?"""
    return any(p in named and named[p] != st for p, st in wanted.items())


def _names_stage(named: dict[str, int], wanted: dict[str, int]) -> bool:
    return any(named.get(p) == st for p, st in wanted.items())


def label_with_subject(d: _Doc, q: Quantity, base_words: str) -> str:
    """The base's label, and -- when its words are only some of the words naming the base ("已答复"
    for 已答复申请) -- the sentence before it in its paragraph, whose subject they go on with
    ("共受理政府信息公开申请23件,…。已答复23件") and its own sentence's words before it."""
    label = d.label(q)
    if BARE_SCOPE.fullmatch(base_words) and base_words[:2] in d.s[q.sentence[0] : q.start]:
        return d.s[q.sentence[0] : q.start]  # ("全县行政许可…,行政处罚6,000件" for 占全县的: of that scope)
    own = _cjk(re.split(r"[,;:。]", label)[-1])
    if len(own) < 2 or own not in _cjk(base_words):
        return label
    start = d.last_before("。\n", q.sentence[0] - 1) + 1
    # (and the words of its own sentence before it: "接听来电4.62万个,接通4.51万个" -- 来电 is the topic)
    return d.s[q.sentence[0] : q.start] if "\n" in d.s[start : q.sentence[0]] else d.s[start : q.start]


def _parts_of(d: _Doc) -> dict[int, list[Quantity]]:
    """The partition's parts by their total (once per partition: a walk over every part per share
    grew with the square of the report)."""
    partition = d.cache.get("partition", {})
    cached = d.cache.get("parts_of")
    if cached is None or cached[0] is not partition:  # type: ignore[index]
        by_total: dict[int, list[Quantity]] = {}
        for i, t in partition.items():  # type: ignore[union-attr]
            by_total.setdefault(id(t), []).append(d.qs[i])
        cached = d.cache["parts_of"] = (partition, by_total)
    return cached[1]  # type: ignore[index]


# "…,申请人中法人或其他组织17件,占21.0%", "来访群众中,…": a clause opened by the set its part is of
_CLAUSE_SET = re.compile(r"([\u4e00-\u9fff]{2,8}?)中(?![心国央小学华部])")


def not_of_clause_set(d: _Doc, part: Quantity, base: Quantity | None) -> Quantity | None:
    """``base`` unless the part's own clause opens with the name of a set ("申请人中…") that the
    base's own words do not name: a share found by position is of that set, which the figure before
    (办结, 结转) need not be -- then no base (None)."""
    if base is None:
        return None
    m = _CLAUSE_SET.match(re.split(r"[,;:。]", d.s[d.seg_start(part.start) : part.start])[-1].strip())
    if m is None or m.group(1).endswith(("其", "集", "高", "初", "其他", "之")):
        return base
    stem = re.sub(f"(?:人|者|{words()['set_nouns'].pattern})$", "", m.group(1))
    return base if len(stem) < 2 or stem in _cjk(d.own_words(base)) else None
