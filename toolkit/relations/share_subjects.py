"""The subject of a share whose own clause names none (and the count a per-N base is the rate of).

"…按案件类型分:食品安全案件1,036件、…。食品安全案件同比增长18.5%,占案件总数的36.1%": the clause
of 占 opens with nothing but 占; the sentence is about what its first words name (食品安全案件), whose
figure was printed before, and the only figures between are that item's changes. The share is of
that item: its subject is the sentence's opening name, read up to the change it reports.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .model import Relation, compatible
from .roles import is_change_percent, is_per_n
from .structure import _Doc, _overlap

# the words that start a change report after a name ("…案件同比增长", "…数量较上年下降")
_CHANGE_START = re.compile(r"(?:同比|环比|比上年|较上年|比去年|较去年|比2\d{3}年|较2\d{3}年|"
                           r"增长|增加|上升|下降|减少|降低|提高|回落)")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE_CUT = re.compile(r"[,;:]")
_NOT_NAME = re.compile(r"^其中|[^\u4e00-\u9fff]")
_SHARE_WORD = re.compile(r"占|比重|比例")


def subject_over_changes(d: _Doc, pct: Quantity) -> str:
    """The name the share's sentence opens with when every figure before the share in its sentence
    is a change of that name ("", otherwise)."""
    before = [q for q in d.qs[max(0, pct.index - 4) : pct.index] if q.start >= pct.sentence[0]]
    if not before or not all(q.is_percent and is_change_percent(d, q) for q in before):
        return ""
    opening = d.s[pct.sentence[0] : before[0].start]
    m = _CHANGE_START.search(opening)
    if m is None or re.search(r"[,;:]", opening[: m.start()]):
        return ""  # (a name, then its change, in the sentence's first clause)
    name = _NOT_CJK.sub("", opening[: m.start()])
    return name if len(name) >= 2 else ""


_ITEM_FRAME = re.compile(r"^(?:其中|涉及|对|因)|的$")


def names_the_item(d: _Doc, q: Quantity, subject: str) -> bool:
    """Does a name carried from the sentence's opening name figure ``q`` whole -- not just share
    words with it ("噪声污染案件" is not the "环境污染案件" listed before)?"""
    own = _ITEM_FRAME.sub("", d.own_words(q))
    return len(own) >= 2 and (subject in own or own in subject)


def count_before_rate(d: _Doc, rel: Relation) -> Relation | None:
    """The share over the count stated right before its per-N base (None when there is none)."""
    rate, part = rel.roles["denominator"], rel.roles["numerator"]
    prev = d.qs[rate.index - 1] if rate.index else None  # type: ignore[union-attr]
    if (prev is None or prev.is_percent or prev.sentence != rate.sentence or not compatible(prev, part)  # type: ignore[union-attr,arg-type]
            or prev.value < part.value or is_per_n(d, prev) or rel.readings):  # type: ignore[union-attr,operator]
        return None
    return Relation("ratio", rel.rule, {**rel.roles, "denominator": prev}, per=rel.per)


def explained_by_bracket(d: _Doc, before: list[Quantity], seg: int, numerator: Quantity, pct: Quantity) -> Quantity | None:
    """"共24件(予以公开20件、部分公开4件),占办结数的47.1%": a share after a bracket is of the figure the
    bracket explains, not of the bracket's last item."""
    if not d.in_parentheses(numerator) or ")" not in d.s[numerator.end : pct.start]:
        return numerator
    opened = d.s.rfind("(", 0, numerator.start)
    outside = [q for q in before if q.start >= seg and not d.in_parentheses(q)]
    inside = [q for q in before if opened < q.start <= numerator.start]
    # (only a bracket right after a figure, listing its kinds, explains it: "以参保个人为主(23件),占95.8%"
    # names its own part; "投诉120件(涉及物业服务80件),占16.0%" may be of either figure)
    if len(inside) < 2 or not outside or d.s[outside[-1].end : opened].strip():
        return numerator
    return outside[-1]


_SUMMED_SHARE = re.compile(r"[,;]?[\u4e00-\u9fff]{0,8}?(?:合计|共计|总计|两者|二者|两项|两类|以上[\u4e00-\u9fff]{0,3})(?:共同)?占")
_LIST_JOIN = re.compile(r"[、和及与][\u4e00-\u9fff]{0,12}")


def summed_share(d: _Doc, numerator: Quantity | None, lab: str) -> bool:
    """"予以公开22件、部分公开9件,合计占办结总数的43.7%": a share of a list's sum, which is not printed
    (the list's last item is no numerator)."""
    return (numerator is not None and numerator.index > 0 and bool(_SUMMED_SHARE.match(lab))
            and bool(_LIST_JOIN.fullmatch(d.label(numerator))))


def another_kind(words: str, subject: str) -> bool:
    """Do a figure's words and a share's subject share only the subject's head noun, the words
    before it being the figure's nowhere ("其中高速公路612公里;农村公路占比约82%": 公路 alone, 农村
    not; "第二产业增加值…第三产业增加值占比…")? Then the share is of another kind of that noun."""
    run = _overlap(words, subject)
    if not run or run >= len(subject) or subject[-run:] not in words:
        return False
    modifier = subject[:-run]
    return len(modifier) >= 2 and _overlap(words, modifier) < 2


# A span of days or an occasion inside the report's period ("11月15日开栓后至12月31日", "活动期间").
_SPAN_OF_ITS_OWN = re.compile(r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|期间")
_SAME_SPAN = re.compile(r"占同期|占同一时期|占同时段")


_ITEMS_TOGETHER = re.compile(r"(?:这|以上|上述)?[两二三四五六七八九十]者(?:共同|合计|共|一起)?(?:占|在)")


def base_of_its_own_span(d: _Doc, pct: Quantity, lab: str) -> bool:
    """"11月15日开栓后至12月31日,共受理供暖类诉求3,862件,占同期受理量的21.6%": a share of "同期" X
    whose sentence names a span of days (or an occasion's 期间) is over X of that span -- printed in
    the sentence before the part, or nowhere (not the year's X stated elsewhere). So is the share of
    the items listed together ("分别为386件、317件和162件,三者占全部案件的58.4%"): of their sum, unprinted."""
    if _ITEMS_TOGETHER.match(_CLAUSE_CUT.split(lab)[-1]):
        return True
    if not _SAME_SPAN.search(_CLAUSE_CUT.split(lab)[-1]):
        return False
    opened = d.s[pct.sentence[0] : pct.start]
    span = _SPAN_OF_ITS_OWN.search(opened)
    if span is None:
        return False
    here = [q for q in d.qs[max(0, pct.index - 12) : pct.index] if q.start >= pct.sentence[0] and not q.is_percent]
    return len(here) < 2 or not any(compatible(q, here[-1]) and q.value > here[-1].value for q in here[:-1])


def of_another_kind(d: _Doc, named: Quantity, subject: str, base_words: str) -> bool:
    """Is the figure a share's subject found by its words a kind of the subject's head noun other
    than the subject ("其中高速公路612公里;农村公路占比约82%")? A whole the base words name is not
    ("刑事法律援助案件占全部法律援助案件的…": its part is found by the subject's words after), but a
    figure naming no such whole is ("第三产业增加值877.1亿元。民营经济增加值占地区生产总值的比重为
    52.6%": a part printed nowhere)."""
    words = _NOT_CJK.sub("", d.label(named))
    from .joined_bases import joined_names  # (joined_bases reads the share modules' helpers)

    names = joined_names(subject)
    # (one name holding 和 is one kind: "批发和零售业法人单位占…" of the figure "批发和零售业2,316个")
    joined = subject[: subject.find(names[1]) + 2] if len(names) >= 2 and names[1] in subject else ""
    if len(names) >= 2 and all(len(n) >= 2 for n in names) and not all(n in words for n in names) \
            and joined not in words:
        return True  # "维持和变更的占…": of the two kinds together, not of the one the figure is
    if not another_kind(words, subject):
        return False
    own, base = _NOT_CJK.sub("", d.own_words(named)), _NOT_CJK.sub("", base_words)
    head = subject[-_overlap(words, subject) :]
    kind = _GENERIC_BASE.sub("", base.removesuffix(head)) if base.endswith(head) else ""
    if len(kind) >= 2 and _overlap(own, kind) < 2:
        return True  # "城镇人口…。少数民族人口占户籍人口的": 城镇 is neither the subject's kind nor the base's
    return not base_words or _overlap(own, base) < 2


# the words of a base naming all of it, no kind ("全部法律援助案件", "总人口")
_GENERIC_BASE = re.compile(r"全部|所有|全|总|各类|的")
# what a subject's name may end with beyond its kind's name ("高级职称人员" of "副高级职称…人")
_SUBJECT_TAIL = re.compile(r"(?:人员|人数|数量|总数|数|量)$")


def kinds_of_the_subject(d: _Doc, named: Quantity, subject: str) -> bool:
    """Is the figure found by a share's subject one of two kinds the subject names together: its own
    words and those of a figure beside it in its sentence are the subject's name, each qualified
    otherwise ("其中正高级职称…人、副高级职称…人,高级职称人员占…": the share is of their sum, which is
    not printed)? A single qualified figure may be the subject said more fully, and is left alone."""
    core = _SUBJECT_TAIL.sub("", subject)
    own = _NOT_NAME.sub("", d.own_words(named))
    if len(core) < 2 or not own.endswith(core) or own == core:
        return False
    for k in (named.index - 1, named.index + 1):
        if 0 <= k < len(d.qs) and d.qs[k].sentence == named.sentence and compatible(d.qs[k], named):
            other = _NOT_NAME.sub("", d.own_words(d.qs[k]))
            if other.endswith(core) and other != core and other != own:
                return True
    return False


# a subject that counts what one stage of work handled: "转办量", "受理总数", "办结数"
_STAGE_COUNT = re.compile(r"(?:量|数|总量|总数|件数)$")


def of_its_stage(d: _Doc, named: Quantity | None, subject: str) -> Quantity | None:
    """``named``, unless the share's subject counts one stage of a process (工单转办量: 转办) and the
    figure stands for another stage of it ("转办工单办结14,705件": what was closed of the dispatched work)."""
    from .stages import another_stage, stages_in  # (stages reads the share modules' vocabulary)

    if named is None or not _STAGE_COUNT.search(subject):
        return named
    staged = stages_in(subject)
    return None if staged and another_stage(d, named, staged) else named


# An aside saying what the figure before holds ("共23件(含上年结转),占…") names no subject: the share is
# of that figure, not of the carried-in count the aside names.
_HOLDS_ASIDE = re.compile(r"^\((?:含|包括|包含|均含|其中含)[^()]*\)")


def share_subject(lab: str) -> str:
    """The subject of a share: the last clause before 占 naming anything, 其中 and asides left out."""
    clauses = [_NOT_NAME.sub("", c)
               for c in _CLAUSE_CUT.split(_SHARE_WORD.split(_HOLDS_ASIDE.sub("", lab))[0])]
    return next((c for c in reversed(clauses) if len(c) >= 2), "")


BARE_SCOPE = re.compile(r"(?:全|本)(?:国|省|市|区|县|州|盟|旗|镇|乡)(?:的)?")  # base words naming a scope only


def of_its_measure(d: _Doc, numerator: Quantity, wholes: list[Quantity | None], base_words: str = "") -> Quantity | None:
    """The first of ``wholes`` (figures that may be a share's base: the paragraph's, or the one its
    words name first) -- unless its measure is not the part's and a later one's is: "全县行政许可2.4万件,
    行政处罚6,000件…。其中县市场监管局行政处罚1,500件,占全县的25.0%" is a share of the 行政处罚, the
    measure the part's words end with, not of the first figure of another measure. Base words naming
    more than a scope (全县, 本市) name the measure themselves: their figure stands."""
    first = wholes[0] if wholes else None
    if first is None or (base_words and not BARE_SCOPE.fullmatch(base_words)):
        return first
    part = _NOT_CJK.sub("", d.own_words(numerator))

    def measure(q: Quantity) -> str:
        return _NOT_CJK.sub("", d.own_words(q))[-2:]

    if len(measure(first)) < 2 or part.endswith(measure(first)) or not part:
        return first
    named = next((q for q in wholes[1:] if q is not None and len(measure(q)) == 2 and part.endswith(measure(q))), None)
    if named is None and first.unit != numerator.unit:
        # a bare scope names no measure; the part's unit and its sentence's words do: the figure in that
        # unit of the sentence the scope's figure opens whose words its sentence names most, the first of
        # a tie ("全市…排查矛盾纠纷5.62万次,调解矛盾纠纷41,826件,调解成功41,053件。调解纠纷数排名前三的
        # 是…三地合计16,423件,占全市的39.3%": of the 件 mediated, not the 次 screened)
        head = _NOT_CJK.sub("", d.s[numerator.sentence[0] : numerator.start])
        cands = sorted({q.index: q for q in wholes[1:] if q is not None and q.unit == numerator.unit
                        and q.sentence == first.sentence and q.value >= numerator.value}.values(),
                       key=lambda q: (-_overlap(head, _NOT_CJK.sub("", d.own_words(q))), q.index))
        if cands and _overlap(head, _NOT_CJK.sub("", d.own_words(cands[0]))) >= 2:
            named = cands[0]
    return named or first


def measure_named(d: _Doc, numerator: Quantity, subject: str) -> Quantity:
    """"（二）生态环境领域862件,罚没款4,126.8万元;…生态环境领域罚没款占全市的22.2%": a subject naming an
    item and then a measure is the figure of that measure on the item's line (the one after the item's
    own figure, named by the measure's words), not the item's first figure."""
    k = numerator.index + 1
    nxt = d.qs[k] if k < len(d.qs) else None
    if nxt is None or nxt.is_percent or nxt.sentence != numerator.sentence or "\n" in d.s[numerator.end : nxt.start]:
        return numerator
    own = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"[,;:、]", d.label(nxt))[-1])
    if len(own) < 2 or not subject.endswith(own) or own in d.label(numerator) or len(subject) <= len(own):
        return numerator
    return nxt


# a base named by its scope alone, its total words at most ("全县", "全市的总量"); BARE_SCOPE above reads
# the 全/本 scopes of base words, without 总量
_SCOPE_ALONE = re.compile(r"全[省市县区镇乡国]的?(?:总[量数])?")
_KIND_TAIL = re.compile(r"领域|方面|行业|系统|部门|类$|类别")
_SHARE_OF_SCOPE = re.compile(r"占(.{0,16}?)(的)?(比重|比例|比)?(为|达到|达|是|约)?$")


# a weight in a scoring scheme ("纳入年度绩效考评,权重占10%", "分值占考核总分的5%"): a share of points,
# of no figure the text counts
_WEIGHT = re.compile(r"权重|分值|赋分|总分")


def of_another_measure(d: _Doc, rel: Relation, lab: str) -> bool:
    """"乡镇共实施行政处罚423件,占全县的5.1%": a base named by its scope alone (全县, 全市) is the
    scope's figure of the part's own measure (处罚), not a whole of another (执法行为 86,542); a
    weight's share (``_WEIGHT`` in the share's clause) is of points, no counted figure's."""
    if _WEIGHT.search(re.split(r"[,;:]", lab)[-1]):
        return True
    m = _SHARE_OF_SCOPE.search(lab)
    if m is None or not _SCOPE_ALONE.fullmatch(m.group(1)):
        return False
    num, den = rel.roles["numerator"], rel.roles["denominator"]
    tail = _cjk(d.own_words(num))[-2:]  # type: ignore[arg-type]
    if len(tail) < 2 or tail in _cjk(d.own_words(den)) or _KIND_TAIL.search(tail):  # type: ignore[arg-type]
        return False  # (nor when the part is named by its kind, "生态环境领域900件": no measure, an item)
    # (only where the text prints a wider figure of that measure: "行政处罚8,237件" -- else the part's
    # words may name a kind, "市场监管领域4,268件", of the whole found)
    return any(q is not den and not q.is_percent and compatible(q, num) and q.value > num.value  # type: ignore[arg-type]
               and _cjk(d.own_words(q)).endswith(tail) for q in d.qs[max(0, num.index - 40) : num.index])  # type: ignore[union-attr]


# a section heading ("三、投资与消费", "## 二、工业"): a top-level part of the report
_SECTION_HEADING = re.compile(r"\n[ \t\u3000#*]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])")
_BASE_NAMED = re.compile(r"占[^,;。\d]{2,16}的|在[^,;。\d]{2,16}中")


def within_its_section(d: _Doc, rel: Relation | None, lab: str) -> Relation | None:
    """"二、工业 …重工业完成产值51.59亿元… 三、投资与消费 …亿元以上项目92个,完成投资占比42.1%": a
    share naming no base, with a numerator in another section of the report not named by the share's
    subject, is of figures its own section does not print -- no reading (a base its words name may
    be further back)."""
    if rel is None or _BASE_NAMED.search(lab):
        return rel
    pct, num = rel.roles.get("percent"), rel.roles.get("numerator")
    if isinstance(pct, Quantity) and isinstance(num, Quantity) and num.end < pct.start \
            and _SECTION_HEADING.search(d.s, num.end, pct.start):
        # (unless the part's own words say the share's subject: "二、主要特点 …网上信访占比49.4%" of the
        # "网上信访1,227件次" of the section before)
        subject = share_subject(lab)
        return rel if len(subject) >= 2 and subject in _NOT_CJK.sub("", d.own_words(num)) else None
    return rel


# an average over a period or a unit ("月均1,433件", "日均受理", "户均0.5万元"): no part of a whole
_AVERAGE = re.compile(r"(?:[月日周季年户人]均|平均)[\u4e00-\u9fff]{0,4}$")


def level_of_an_average(d: _Doc, before: list[Quantity], numerator: Quantity | None) -> Quantity | None:
    """The numerator of a share whose nearest figure is an average ("受理…8,600件,…,月均1,433件,占全部诉求
    (62,418件)的13.8%"): the level the sentence states before it, which the share is of; None when it
    states none. Any other numerator as it is."""
    if numerator is None or not _AVERAGE.search(d.clause(numerator)):
        return numerator
    level = [q for q in before if q.sentence == numerator.sentence and q.index < numerator.index
             and compatible(q, numerator) and not _AVERAGE.search(d.clause(q))]
    return level[-1] if level else None


_BARE_SHARE = re.compile(r"[,;]占")  # a share's clause naming no subject of its own ("…,占结案总数的21.5%")
_LIST_OPENER = re.compile(r"[,;]其中[,:]?[\u4e00-\u9fff]{1,12}")  # the first item of a 其中 list, by its words


def of_the_lists_whole(d: _Doc, rel: Relation | None, lab: str) -> Relation | None:
    """"结案40件,其中调解25件、和解15件,占审结总数的20.0%": a bare 占 after a 其中 list of two items or
    more is of the clause's subject, the figure the 其中 details (40), or of the list's last item alone
    (15): both are readings, the whole first. Paired by position (the figure right before ",其中"),
    never by which reading holds."""
    if rel is None or rel.rule != "ratio.share" or not _BARE_SHARE.match(lab):
        return rel
    num, den = rel.roles.get("numerator"), rel.roles.get("denominator")
    if not isinstance(num, Quantity) or num.index < 2 or not _LIST_JOIN.fullmatch(d.label(num)):
        return rel
    i = num.index - 1
    while i > 0 and d.qs[i].sentence == num.sentence and _LIST_JOIN.fullmatch(d.label(d.qs[i])):
        i -= 1
    first, whole = d.qs[i], d.qs[i - 1] if i else None
    if (whole is None or first.sentence != num.sentence or whole.sentence != num.sentence
            or not _LIST_OPENER.fullmatch(d.label(first)) or whole.is_percent or not compatible(whole, num)
            or (isinstance(den, Quantity) and den.index == whole.index)):
        return rel
    return Relation("ratio", "ratio.share", {**rel.roles, "numerator": whole}, per=rel.per,
                    readings=[rel.roles, *rel.readings])
