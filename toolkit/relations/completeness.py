"""Is a list its whole's complete breakdown? A sum when the words or the figures say so, else bounds.

"受理投诉300件,其中食品类120件、药品类80件": nothing says the two kinds are all, so each is bounded by the
300; "…,其他100件" names the rest, so the three add up to it. The completeness test of every family
that finds a list under a whole (``sums``, ``closings``, ``named_parts``): the words that name the rest
or two complements (``catalog/complements.yaml``), attributes that overlap (``catalog/attributes.yaml``),
grades short of the failing one, highlights, shares that add up to more than the whole.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from ..quantities import Quantity
from .category_sets import category_gate, category_of, category_sets
from .contracted_wholes import contracted_whole
from .grade_lists import upper_grades_only
from .implied import agrees_with
from .misprints import within_one_slip
from .model import Relation, money_value
from .nested_lists import flow_of_a_part, item_in_another_unit, kinds_inside
from .periods import names_its_whole_period
from .reading import label_words
from .roles import is_change_percent
from .scopes import is_additive, words
from .set_members import by_property, owned_by_a_count
from .structure import SEG_END, _Doc, _paragraph_start
from .vocab import VocabGate, gated, lacks, read_entries, vocab_gate

# (compiled once: read per figure or per list)
_ITEM_CLAUSE_END = re.compile(r"[,;:、。]")
_CLAUSE_OF = re.compile(r"[,;:、]")
_PHRASE_END = re.compile(r"[,;:。]")

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")  # (compiled once: labels are stripped to their words per part)

# Words naming "the rest" of a list (so the list is meant whole). Ordinary outcomes (维持, 部分公开,
# 不予公开) are not among them: "维持41件,纠错11件" may leave 驳回 and 终止 out.
_REST = re.compile(r"其他|其它|其余|剩余|另有|以上$|及以上|不属于|无法提供|继续有效|保留|现行有效")


@lru_cache(maxsize=1)
def _complements() -> list[tuple[str, str]]:
    """catalog/complements.yaml: pairs of kinds that between them make up a whole."""
    return read_entries("complements.yaml", "complements", lambda e: (str(e["a"]), str(e["b"])))


def own_words(d: _Doc, parts: list[Quantity]) -> str:
    """The parts' own words: each label's last clause, without the words before it that name the
    list's set ("一般程序案件中,举行听证23件,…重大执法决定48件": 一般 names the set, no part beside 重大)."""
    return "".join(_ITEM_CLAUSE_END.split(d.label(p))[-1] for p in parts)


def parts_name_complements(d: _Doc, parts: list[Quantity]) -> bool:
    """``names_its_complements`` by the parts' own words (``own_words``)."""
    return names_its_complements(own_words(d, parts))


_NON = re.compile(r"非([\u4e00-\u9fff]{2})")


def names_its_complements(text: str) -> bool:
    """Do the words name two kinds that make up a whole between them (出口 and 进口; 税收收入 and
    非税收入: a part named "非X" beside one named "X…")?"""
    if any(a in text and b in text for a, b in _complements()):
        return True
    # ("非税收入中罚没收入20亿元" names a part drawn from the rest, not the rest: no complement.)
    return any(re.search(f"(?<!非){m.group(1)}", text) and "中" not in re.split(r"[\d,;。、:]", text[m.end() :])[0]
               for m in _NON.finditer(text))

# A rest said to be still under way ("…,其余2件正在审理中", "剩余3件尚未办结"): no outcome of what was
# concluded. (The words right after the rest's figure, up to its clause's end.)
_PENDING = re.compile(r"[^,;。\d]{0,6}(?:正在|仍在|尚在|在)?(?:审理|办理|处理|调查|审查|核查)中|[^,;。\d]{0,6}(?:尚未|未)(?:审结|办结|结案|办理完毕|处理完毕)")
# a whole that counts what was concluded (审结, 办结, 结案)
_CONCLUDED = re.compile(r"审结|办结|结案|办理完毕|处理完毕|已办理")


_LEFT_OVER = re.compile(r"(?:剩余|结余|节余|尚余|余下)")
_USED = re.compile(r"支出|使用|动用|花费|开支|拨付")


def _drop_pending_rest(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts without a last one that names the rest as still pending ("审结27件,其中维持18件,…,终止3件,
    其余4件在审理中") when the whole counts what was concluded: pending cases are the intake's rest,
    no outcome of the concluded ones. (Under an intake, "受理31件,审结27件,其余4件在审理中", they are a part.)
    Nor one left over ("实际支出1,620万元,其中…540万元,剩余380万元转入…") under an amount used: what is
    left is the rest of the sum the use was out of, no part of the use."""
    last = _NOT_CJK.sub("", _ITEM_CLAUSE_END.split(d.label(parts[-1]))[-1]) if parts else ""
    if len(parts) >= 2 and _LEFT_OVER.match(last) and _USED.search(_ITEM_CLAUSE_END.split(d.label(total))[-1]):
        return parts[:-1]
    if len(parts) < 3 or not _REST.search(_ITEM_CLAUSE_END.split(d.label(parts[-1]))[-1]):
        return parts
    if not _PENDING.match(d.s, parts[-1].end) or not _CONCLUDED.search(_ITEM_CLAUSE_END.split(d.label(total))[-1]):
        return parts
    return parts[:-1]


_BESIDE = re.compile(r"另有|另外|此外|还有")
_SUB_PERIOD = gated(re.compile(r"[一二三四1-4]季度|[上下]半年|\d{1,2}[-—~至]\d{1,2}月|(?<![\d-])\d{1,2}月(?!\d)|[一二三四五六七八九十]{1,2}月"))


def _worth(total: Quantity, q: Quantity, end: str = "value") -> Decimal:
    """``q``'s value (or its ``low``/``high`` end) in the unit ``total`` is compared in."""
    v = getattr(q, end)
    return v * (money_value(q) / q.value) if total.is_money and q.value else v


def _may_add_up(total: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the total within the rounding of the printed figures?"""
    return sum(_worth(total, p, "low") for p in parts) <= _worth(total, total, "high") \
        and sum(_worth(total, p, "high") for p in parts) >= _worth(total, total, "low")


def _sum_or_bounds(d: _Doc, total: Quantity, parts: list[Quantity], span_text: str,
                   complete: bool = False, prefix: list[Quantity] | None = None,
                   counted: bool = False) -> list[Relation]:
    if total.index in {p.index for p in parts}:
        return []
    parts = [p for p in parts if not owned_by_a_count(d, p, total)]  # ("有11个乡镇的120个行政村": the 120 are the 11's)
    if not parts:
        return []
    parts = _drop_pending_rest(d, total, parts)
    if len(parts) > 1 and len(_SUB_PERIOD.findall(_PHRASE_END.split(d.label(parts[0]))[-1])) == 1 \
            and not all(_SUB_PERIOD.search(_ITEM_CLAUSE_END.split(d.label(p))[-1]) for p in parts[1:]) \
            and not _SUB_PERIOD.search(d.label(total)):
        # "全年进出口总值312.6亿元。其中,一季度出口61.9亿元,进口24.5亿元": a period named once, at the
        # list's head, is the list's -- its figures are of that part of the year, each within the whole
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if len(parts) > 1 and _BESIDE.match(last := _ITEM_CLAUSE_END.split(d.label(parts[-1]))[-1]) \
            and len(_NOT_CJK.sub("", _BESIDE.sub("", last, 1))) >= 2 and not _may_add_up(total, parts):
        # "执法人员28名,其中持证的26名,另有辅助执法人员41名": 另有 naming a kind of its own adds what the whole
        # may not count ("另有12件结转…" is the rest); unless the figures make it the rest, the list ends before it
        parts = parts[:-1]
    # Averages and per-capita figures ("城镇居民人均可支配收入52316元", "每千人口医师2.87人") do not add up.
    if not is_additive(d, total) or shares_name_another_whole(d, total, parts):
        return []
    parts = [p for p in parts if is_additive(d, p)]
    if not parts or _counts_another_noun(d, total, parts):
        return []
    inside = kinds_inside(d, parts) if len(parts) > 1 else {}
    if inside and not _may_add_up(total, parts):
        # "其中公路建设7.82亿元,农村公路3.15亿元,站场建设0.42亿元": a narrower kind of an earlier part lies
        # inside it (unless the list adds up as printed, the parts read side by side): bounded by that part.
        # The others may still leave kinds out: summed only when they reach the whole.
        rest = [p for p in parts if p.index not in inside]
        nested = [Relation("bound", "bound.part", {"smaller": p, "larger": inside[p.index]}) for p in parts
                  if p.index in inside]
        if sum(_worth(total, p) for p in rest) < _worth(total, total) and not _may_add_up(total, rest):
            return nested + [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in rest]
        return nested + _sum_or_bounds(d, total, rest, span_text, complete)
    if len(parts) == 1 or _several_attributes(d, parts) or _shares_overlap(d, parts) or _nested_thresholds(d, parts) \
            or flow_of_a_part(d, parts):  # ("亿元以上项目…,新开工亿元以上项目…": another measure of a part)
        # One part, or parts named by different attributes of people (女性…、少数民族…、35岁以下…),
        # which overlap and leave others out: each is only bounded by the total (but a part of those
        # who took part in something over the year, which the count at a moment need not hold).
        flows = _flow_attributes() if len(parts) > 1 else None
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts
                if flows is None or not flows.search(d.label(p))]
    vals = [money_value(p) if total.is_money else p.value for p in parts]
    tval = money_value(total) if total.is_money else total.value
    s = sum(vals)
    labels = "".join(d.label(p) for p in parts)
    open_ended = _open_ended(d, parts)
    # Complete by the words (其余, 分别为, 男/女, a bracket or a 共计 closing the list) or by the figures.
    stated = (
        complete
        or s == tval
        or s > tval
        or bool(_REST.search(labels))
        # ("A级和B级纳税人分别为6,214户、27,903户" names some kinds only: a 分别为 says which figure is
        # whose, not that the kinds are all -- a shortfall only a slip explains still fails)
        # "重大…8起、罚款96.5万元,一般…41起、罚款33.9万元": complements anywhere in the list name it whole.
        or names_its_complements(own_words(d, parts) + span_text)
        # "二季度…共接收38.62万件,其中4月、5月、6月分别接收…": every part of the period, by its names
        or ("分别" in labels and names_its_whole_period(d, total, parts))
        or contracted_whole(d, total, parts)  # ("罚没款…,其中罚款…、没收违法所得…": 罚 + 没, but for a slip)
    )
    if not complete and s != tval and not _REST.search(labels) and upper_grades_only(d, parts):
        # "A级景区32家,其中5A级2家、4A级11家": the lower grades left out (grade_lists.py), each bounded
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not complete and s < tval and not _AS_FOLLOWS.search(span_text) and short_of_its_set(d, parts, total):
        # "办结的申请中,予以公开46件;部分公开13件;无法提供61件;不予处理20件": four of the six outcomes
        # (无法提供 is no rest here): the shortfall is 不予公开 and 其他处理, which the text does not give.
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not complete and s < tval and _no_correction(d, parts):
        # "审结1,591件。审结案件中,维持812件,驳回236件,终止343件": a review's outcomes with none of the
        # corrections (撤销, 变更, 确认违法, 责令履行) leave a whole class out -- a shortfall is theirs
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not complete and _ladder_grades(d, parts):
        # "持证3,862人,其中通过基本级考试的3,862人、中级1,206人、高级318人": a higher grade of a ladder
        # presupposes the lower (ladders.py), so the grades nest -- each bounded, none summed
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not stated and s < tval and _grades_short_of_failing(d, parts):
        # "评查案卷320卷,其中优秀112卷、良好146卷、合格53卷": grades that stop before the failing
        # grade leave out exactly the files that failed -- the shortfall is what the text does
        # not say, so no reading calls the list complete; each grade is bounded by the total.
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if s < tval and _highlights_between(d, total, parts[0]):
        # "受理投诉2,460件,排名前三的分别是…412件、…386件、…215件": the main kinds only, each bounded
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if s < tval and (_rest_unfigured(d, parts[-1]) or item_in_another_unit(d, total, parts)):
        # ("其中来信176件、来访10批40人次、网上信访2004件": an item counted in batches is left out of the sum)
        # "…二级公路7,536公里,其余为三级及以下公路": the rest is named with no figure -- the list is
        # not all of the whole, and what it leaves out is not printed: each part is bounded
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if s != tval and by_property(d, total, parts):
        # "全市9个县中,有7个县…达到100%,有3个县…零纠错": members of a set by properties that may overlap
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if s != tval and says_overlap(d, total, parts):
        # "主动公开信息9,767条,其中门户网站9,291条,政务新媒体9,701条(部分信息多渠道同时发布)": the
        # words say one item may be counted in several parts (nor need the parts cover every channel)
        # -- each is bounded, none summed
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if s != tval and _published_through_channels(d, parts) and not within_one_slip(total, parts):
        # "主动公开信息316条,其中通过门户网站公开204条,通过微信公众号公开187条": one item may go out
        # on several channels, and not every channel need be listed -- each is bounded, none summed
        # (unless one misprinted figure is all that keeps them from adding up: a partition, mistyped)
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not complete and s > tval and open_ended and not _REST.search(labels):
        # "其中涉及网约车平台的421辆,涉及'黑出租'的96辆" of 412: kinds named by what they concern
        # may overlap, so parts adding up past the whole are no error; each is still at most it.
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    if not stated and s < tval and open_ended:
        # "其中婚姻家庭纠纷1,236件、邻里纠纷1,862件、合同纠纷826件等": highlights, each part bounded
        return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
    exhaustive = (
        stated
        # Two highlighted kinds can cover most of a total and still leave others out
        # ("卫生技术人员3.41万人,其中执业医师1.36万人,注册护士1.57万人"): a pair must cover nearly all.
        or (tval > 0 and s / tval >= (Decimal("0.9") if len(parts) == 2 and not _parallel(d, parts)
                                      else Decimal("0.75")))
        # A list of three or more that covers much of the total is meant as the whole of it;
        # a short list of highlights (7 + 2 + 1 of 144) is not.
        or (len(parts) >= 3 and tval > 0 and s / tval >= Decimal("0.4"))
    )
    shares = _shares_of(d, parts)
    if shares is not None and shares < Decimal("99") and s < tval and not counted:
        # The parts' own shares add up to well under 100% ("咨询2000件、投诉1500件,占比分别为40%、
        # 30%"): the report says the list is not the whole. (Not of a total that counts its items,
        # "…,占7.4%。前五类合计…": that total is of these items alone, their shares of a wider whole.)
        stated = exhaustive = False
    if exhaustive:
        # Complete only because the list covers most of the total: a shortfall may be a part the
        # report does not list, so checks cannot call it an error (Relation.exhaustive=False).
        # A list whose first items already add up and that goes on ("民事1,120件、刑事740件、农民工
        # 讨薪560件" of 1,860) may list a cross-cutting kind after its partition: both are readings.
        readings = [{"total": total, "parts": prefix}] if prefix else []
        rels = [Relation("sum", "sum.breakdown", {"total": total, "parts": parts}, exhaustive=stated,
                         readings=readings)]
        if not stated and s < tval:
            # a list nothing calls complete that falls short may be highlights: the sum is read
            # only where one misprint explains the shortfall, and each part is bounded anyway
            rels += [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]
        return rels
    # A list that covers part of the total only: each part is at most the total.
    return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]


_OPEN_BRACKET = re.compile(r"(\d+(?:\.\d+)?)[^\d,;:、。]{0,3}?及?以([上下])")


def _nested_thresholds(d: _Doc, parts: list[Quantity]) -> bool:
    """Are two parts named by open brackets the same way at different thresholds ("60岁及以上…,65岁及以上…",
    "500万元以上…,1000万元以上…")? The one group holds the other: they overlap, no partition."""
    seen: dict[str, set[str]] = {}
    for p in parts:
        # (the clause's own words up to the figure: a threshold in 岁 is a figure of its own, so no label)
        m = _OPEN_BRACKET.search(_ITEM_CLAUSE_END.split(d.s[max(0, p.start - 20) : p.start])[-1])
        if m:
            seen.setdefault(m.group(2), set()).add(m.group(1))
    return any(len(v) >= 2 for v in seen.values())


_NOUN_RIGHT_AFTER = re.compile(r"[\u4e00-\u9fff]{2,10}")
_PREDICATE = re.compile(r"(?:已|未|被|达到|达|完成|通过|实现|获得|获|取得|开展|建成|纳入|列入|评为|为|是|有|在|属于|符合|存在)")


def _counts_another_noun(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """"项目涉及14个乡镇126个行政村…。其中,厕所改造项目32个,污水治理项目28个": a count in 个 counts the
    noun right after it (行政村); a list whose items all end in one word of another kind (项目), which
    the total's own words do not say either, counts that word's things, not the total's."""
    noun = _NOUN_RIGHT_AFTER.match(d.s, total.end) if total.unit == "个" and len(parts) >= 2 else None
    if noun is None or any(p.unit != "个" for p in parts):
        return False
    names = [m.group() if (m := _NOUN_RIGHT_AFTER.match(d.s, p.end)) else _NOT_CJK.sub("", d.label(p)) for p in parts]
    if any(_PREDICATE.match(n) for n in names):
        return False  # "12个卫生院中,9个达到基本标准": words after a part that say what it did count the total's things
    ends = {n[-2:] for n in names}
    end = ends.pop() if len(ends) == 1 else ""
    return len(end) == 2 and end[-1] != noun.group()[-1] and end not in noun.group() + d.label(total)


# ("…,其余为三级及以下公路。", "…,其余正在办理。", "…,剩余部分仍在审查中": the rest named, what it is
# or where it stands said, and no figure given it up to the clause's end)
_REST_UNFIGURED = re.compile(r"[,;、]\s*(?:其余|其他|其它|剩余|余下)(?:的|部分)?[^。;\d]*(?:[。;]|$)")


def _rest_unfigured(d: _Doc, last: Quantity) -> bool:
    """Does the clause right after a list's last part name the rest without a figure ("…,其余为三级及
    以下公路。", "…,其余正在办理。")?"""
    return bool(_REST_UNFIGURED.match(d.s, last.end, d.next_end(last.end, SEG_END) + 1))


def says_overlap(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Do the words from the total's sentence to the end of the last part's (with an aside right after
    it) say one thing may be counted in several parts (``overlaps`` of breakdowns.yaml: 交叉, 重复,
    多渠道同时发布), other than after 不/无/未 ("不重复计算")?"""
    end = parts[-1].sentence[1]
    if d.s.startswith("(", end):
        end = max(end, d.s.find(")", end))
    text = d.s[min(total.sentence[0], parts[0].sentence[0]) : end + 1]
    return any(text[max(0, m.start() - 1) : m.start()] not in ("不", "无", "未") for m in words()["overlaps"].finditer(text))


def _published_through_channels(d: _Doc, parts: list[Quantity]) -> bool:
    """Is every part named by a channel of publication in its own clause (``channels`` of
    breakdowns.yaml: 门户网站, 公开栏, 微信公众号)?"""
    channels = words()["channels"]
    return all(channels.search(re.split(r"[,;:、。]", d.label(p))[-1]) for p in parts)


def may_overlap(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Does a list that does not add up count one item in several parts: the words say so
    (``says_overlap``), or every part is a channel of publication -- unless one misprinted figure is
    all that keeps it from adding up (a partition, mistyped) -- or it is two breakdowns of the whole one
    after the other (``two_breakdowns``)? Each part is then bounded, none summed."""
    return says_overlap(d, total, parts) or (_published_through_channels(d, parts) and not within_one_slip(total, parts)) \
        or two_breakdowns(total, parts) is not None


def two_breakdowns(total: Quantity, parts: list[Quantity]) -> int | None:
    """Where a list splits into two runs, each adding up to the whole ("线下评价20.10万条,线上评价12.40万条;
    区级评价22.30万条,镇街评价10.20万条" of 32.50万): two ways of breaking one whole down, not one
    list -- the index the second run starts at; None when no split adds up on both sides."""
    def adds_up(run: list[Quantity]) -> bool:
        return sum(p.low for p in run) <= total.high and sum(p.high for p in run) >= total.low

    return next((k for k in range(2, len(parts) - 1) if adds_up(parts[:k]) and adds_up(parts[k:])), None)


# "办理结果如下:" announces the whole list of results, whatever categories it leaves out
_AS_FOLLOWS = re.compile(r"如下|具体为|具体是")


_UPHELD = re.compile(r"维持")
_CORRECTED = re.compile(r"撤销|变更|确认违法|确认无效|责令履行|纠错|纠正|改变")
_REVIEW_OUTCOME = re.compile(r"维持|驳回|终止|撤回|调解|和解")


def _no_correction(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts a review's outcomes (维持 among them, each an outcome) with no correction named?"""
    clauses = [_CLAUSE_OF.split(d.label(p))[-1] for p in parts]
    return (len(parts) >= 2 and any(_UPHELD.search(c) for c in clauses)
            and all(_REVIEW_OUTCOME.search(c) for c in clauses) and not any(_CORRECTED.search(c) for c in clauses))


def short_of_its_set(d: _Doc, parts: list[Quantity], total: Quantity | None = None) -> bool:
    """Does every part name one category of a closed set (``category_sets``: the disclosure outcomes
    予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理), one each, and the list leave some of the
    set's categories out? Its shortfall is then the categories it does not name."""
    from .distributed import list_names  # (imported here: distributed imports this module)

    clauses = [_CLAUSE_OF.split(d.label(p))[-1] for p in parts]
    # (a 分别 list names each part by position: "予以公开和部分公开的分别为14件和4件")
    for k, p in enumerate(parts):
        if (listed := list_names(d, p)) is not None:
            clauses[k] = listed[1][[q.index for q in listed[0]].index(p.index)]
    gate, starts = category_gate()
    opened = [gate.opened(text) for text in clauses]
    for (categories, kinds), at in zip(category_sets(), starts, strict=False):
        named = [category_of(text, categories, o, at) for text, o in zip(clauses, opened, strict=True)]
        # ("医院14个,乡镇卫生院17个,村卫生室361个": two kinds of 基层医疗卫生机构, and no 专业公共卫生机构)
        if kinds and total is not None and any(c.search(_CLAUSE_OF.split(d.label(total))[-1]) for c in categories):
            continue  # "基层医疗卫生机构…,其中乡镇卫生院…": the whole is one category, its kinds are not the set's
        if kinds and any(_REST.search(text) for text in clauses):
            continue  # "…村卫生室324个、其他卫生机构37个": the rest named, the list is all of the whole
        if all(k is not None for k in named) and (kinds or len(set(named)) == len(named)) \
                and len(set(named)) < len(categories):
            return True
    return False


def siblings_of_the_whole(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts before the first that names another category of the closed set the whole's own
    words name ("不予公开的70件中,属于行政执法案卷的25件、…37件;…无法提供65件;不予处理20件": 无法提供 is
    the whole's sibling, not a reason it was withheld): the list of the whole ends there."""
    own = _CLAUSE_OF.split(d.label(total))[-1]
    gate, starts = category_gate()
    mine_opened = gate.opened(own)
    for (categories, _kinds), at in zip(category_sets(), starts, strict=False):
        mine = category_of(own, categories, mine_opened, at)
        if mine is None:
            continue
        for k, p in enumerate(parts):
            item = _CLAUSE_OF.split(d.label(p))[-1]
            if category_of(item, categories, gate.opened(item), at, mine) is not None:
                return parts[:k]
    return parts


def _grades_short_of_failing(d: _Doc, parts: list[Quantity]) -> bool:
    """Is every part a grade of one review (``graded`` of equalities.yaml: 优秀, 良好, 合格…) and
    none the failing grade (不合格, 较差)? Such a list names only the grades that were awarded
    well, and says nothing of how many failed."""
    from .equalities import _graded_vocabulary

    v = _graded_vocabulary()
    names = [v["grades"].search(_CLAUSE_OF.split(d.label(p))[-1]) for p in parts]
    return all(names) and not any(v["failing"].search(m.group(1)) for m in names if m)


def _ladder_grades(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts different grades of one ladder of stages.yaml (基本级, 中级, 高级 of 执法资格),
    the first naming the ladder?"""
    from .stages import load_stages

    clauses = [_ITEM_CLAUSE_END.split(d.label(p))[-1] for p in parts]
    for name, grades in load_stages().ladders:
        if not name.search(clauses[0] + d.after(parts[0], 12)):
            continue
        found = [[g for g, pat in enumerate(grades) if pat.search(c)] for c in clauses]
        if all(len(f) == 1 for f in found) and len({f[0] for f in found}) == len(found):
            return True
    return False


def _highlights_between(d: _Doc, total: Quantity, first: Quantity) -> bool:
    """Do the words from the total to its first part say the parts are the main kinds only
    (``highlights`` of breakdowns.yaml: 主要集中在, 排名前三的, 居前)?"""
    return total.end < first.start and bool(words()["highlights"].search(d.s, total.end, first.start))


def _open_ended(d: _Doc, parts: list[Quantity]) -> bool:
    """Does the list say it is open (``open_ends`` of breakdowns.yaml): 等 right after its last
    part, or every part named by 涉及 (kinds by what they concern, which may overlap)?"""
    if d.s.startswith("等", parts[-1].end) or d.label(parts[-1]).endswith("等"):
        return True  # "…合同纠纷826件等", "…合同纠纷等826件"
    ends = words()["open_ends"]
    # (each item's words from the figure before it: a count inside them, "同时涉及两类问题的6户",
    # cuts the label short)
    items = [d.label(parts[0]), *(d.s[a.end : b.start] for a, b in pairwise(parts))]
    if all(ends.search(_ITEM_CLAUSE_END.split(text)[-1]) for text in items):
        return True
    # "涉及占道经营、噪声扰民、违规停车的分别有9,215件、5,380件、4,706件": the kinds are named by
    # what they concern before 分别, and such kinds may overlap or leave others out.
    head = d.label(parts[0])
    return "分别" in head and bool(ends.search(re.split(r"[,;:。]", head.split("分别")[0])[-1]))


@lru_cache(maxsize=1)
def _attributes() -> list[tuple[str, re.Pattern]]:
    return read_entries("attributes.yaml", "attributes", lambda e: (str(e["id"]), re.compile(e["words"])))


@lru_cache(maxsize=1)
def _flow_attributes() -> re.Pattern:
    """The words of the attributes counted over the year (``flow: true``): 参加培训."""
    flows = read_entries("attributes.yaml", "attributes", lambda e: e["words"] if e.get("flow") else "")
    return re.compile("|".join(f"(?:{w})" for w in flows if w) or r"(?!)")


def _attribute_gate() -> VocabGate:
    """Which attributes' words a label can hold: one scan of it, not a search per attribute."""
    return vocab_gate(_attributes(), lambda attributes: (words for _, words in attributes))


@lru_cache(maxsize=1)
def _any_attribute() -> re.Pattern:
    """Every attribute's words at once: a label lacking the characters they need names none."""
    return re.compile("|".join(f"(?:{words.pattern})" for _, words in _attributes()))


_SHARE_WORD = re.compile(r"占|率|比重|比例")
_CHANGE_WORD = re.compile(r"增长|下降|提高|降低|减少|增加|上升|回落|增幅|降幅")


def _shares_overlap(d: _Doc, parts: list[Quantity]) -> bool:
    """Do the shares printed right after the parts add up to well over 100%? ("可网上办理的1,198项,
    网上可办率93.2%;'最多跑一次'事项1,256项,占97.7%": two attributes of one set of items, which
    overlap, not a partition of it)."""
    shares = []
    for k, p in enumerate(parts):
        stop = parts[k + 1].start if k + 1 < len(parts) else d.next_end(p.end, SEG_END)
        pct = next((q for q in d.in_range(p.end, stop) if q.is_percent and q.unit == "%"), None)
        if pct is not None and _SHARE_WORD.search(d.label(pct)) and not is_change_percent(d, pct) \
                and not _CHANGE_WORD.search(d.label(pct)) and d.s.find("百分点", pct.end, pct.end + 4) < 0:
            shares.append(pct.value)
    return len(shares) >= 2 and sum(shares) > 101


def _several_attributes(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts named by two attributes of people or more (catalog/attributes.yaml)?"""
    attributes = _attributes()
    named = {aid for p in parts if not lacks(_any_attribute(), lab := d.label(p))
             for aid, words in map(attributes.__getitem__, _attribute_gate().may_match(lab)) if words.search(lab)}
    return len(named) >= 2


def _exact_prefix(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity] | None:
    """The first two or more parts, short of all of them, that add up to the total exactly --
    unless a part after them names the rest ("…,其他1件", "不属于政府信息1件"): a list that closes
    with its rest is one partition to its end, so a prefix that adds up is a misprint's doing,
    not a partition followed by a cross-cutting kind."""
    target = money_value(total) if total.is_money else total.value
    running = Decimal(0)
    for k, p in enumerate(parts[:-1], start=1):
        running += money_value(p) if total.is_money else p.value
        if k >= 2 and running == target:
            if any(_REST.search(d.label(q)) for q in parts[k:]):
                return None
            return parts[:k]
    return None


def _shares_of(d: _Doc, parts: list[Quantity]) -> Decimal | None:
    """The sum of the percents the parts are given (one after each part, or a 分别占 list after the
    last one), or None when they are not given one each."""
    last = parts[-1]
    after = d.qs[last.index + 1 : last.index + 1 + len(parts)]
    if len(after) == len(parts) and all(q.is_percent and q.sentence == last.sentence for q in after) \
            and re.search(r"占", d.label(after[0])):
        return sum((q.value for q in after), Decimal(0))
    each = [d.qs[p.index + 1] if p.index + 1 < len(d.qs) else None for p in parts]
    if all(q is not None and q.is_percent and re.search(r"占", d.label(q)) for q in each):
        return sum((q.value for q in each if q is not None), Decimal(0))
    return None


def shares_name_another_whole(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Is ``total`` in another paragraph than its list, whose parts carry shares ("城乡建设类116件,占3.7%")
    that each hold over the list's own sum and not all over ``total``? Then the shares say the list
    is of an unprinted whole ("…其余719件" of 3,137), not of that far figure (2,888 of another topic)."""
    if total.is_money or _paragraph_start(d, total.start) == _paragraph_start(d, parts[0].start):
        return False
    # each part with the share right after it -- or the part that share's own subject names ("…法人31件,
    # 自然人申请占比60.3%": of the 自然人 item)
    pairs = []
    for p in parts:
        q = d.qs[p.index + 1] if p.index + 1 < len(d.qs) else None
        if q is None or not q.is_percent or q.sentence != p.sentence or not re.search(r"占", d.label(q)):
            continue
        subject = _NOT_CJK.sub("", re.split(r"占", _CLAUSE_OF.split(d.label(q))[-1])[0])
        if len(subject) >= 2:
            named = [r for r in parts if _NOT_CJK.sub("", _CLAUSE_OF.split(d.label(r))[-1])[:2] in subject]
            if len(named) != 1:
                continue
            p = named[0]
        pairs.append((p, q))
    if len(pairs) < (1 if _REST.search("".join(d.label(p) for p in parts)) or
                     names_its_complements("".join(d.label(p) for p in parts)) else 2):
        return False  # (one share says it of a list whole by its words: "自然人…47件,法人…31件,自然人占60.3%")
    s = sum(p.value for p in parts)
    return all(agrees_with([pair], s) for pair in pairs) and not all(agrees_with([pair], total.value) for pair in pairs)


def _parallel(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts named in parallel ("通过网站发布…,通过新媒体发布…", "自然人申请…,法人申请…"):
    the same words opening or closing each label? Then they split one thing between them."""
    # The words only, then a leading 其中 dropped (",其中解读材料" -> "解读材料").
    labels = [re.sub(r"^其中", "", label_words(d, p)) for p in parts]
    if any(len(lab) < 3 for lab in labels):
        return False
    a, b = labels
    return a[:2] == b[:2] or a[-2:] == b[-2:]


