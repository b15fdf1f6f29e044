"""The base a share names, found by its words wherever the report stated it.

"占全市申请总量的40.0%" names its base: the words left once the generic ones (总数, 总量, 的…) are
dropped ("全市申请") must all be in the base's own words, in order. Near the share the families
look first (``shares``, ``rates``); this module looks further back, over a fixed number of figures
(so the work stays linear), for a base stated in an earlier paragraph or section: a level of the
parts' unit, at least as large as each part, of the same jurisdiction, and -- when the words call
it a total (总量, 全部) -- a whole by its own words (全年, 全市, 共), no item of a list. Two or three
such figures are readings; more, or none, and the share is left unchecked (the base may not be
printed at all: "占全省…总数的9.6%" of a province's figure a city report does not give); a base
not found before is looked for after the shares, in their section.

A list of parts each with a share that names no base ("予以公开301件,占37.1%;部分公开44件,
占5.4%;…", also on lines of their own or with bracketed shares) is of the total the parts add up
to, stated before the list or right after it (合计); when no stated figure is that sum but the
shares add up to 100%, each whole before the list is a reading, and so is the parts' own sum
(the whole may go unprinted).

Subjects of a share (several named parts together, "A和B合计占…"; a qualified noun of the base,
"刑事法律援助案件占全部法律援助案件的") are read by ``joined_bases``."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from .implied import agrees_with, implied_whole
from .kinds import narrows_the_whole, of_another_kind
from .model import compatible, money_value
from .roles import is_delta, is_per_n, is_previous
from .scopes import words as vocabulary
from .stages import load_stages, stages_in
from .structure import _JOINED, _among_only, _Doc, _overlap, _paragraph_start, postposed
from .sums import CARRIED_OVER
from .vocab import read_entries

# Words a share's base may carry that name no figure of their own ("占总数的", "占全部…的比重").
GENERIC_BASE = re.compile(r"总数|总量|总额|总计|合计|全部|所有|总体|的|总|其|比重|比例|份额|[,;:()\s]")
TOTAL_WORD = re.compile(r"总|全部|所有")
# A figure after one of these in its sentence is an item of a list, not a total.
LISTED = re.compile(r"其中|从[^,;。]{1,12}(看|来看|上看)|按[^,;。]{1,12}(分|划分)|分[^,;。]{1,6}看")
_SCOPE = re.compile(r"全(国|省|市|区|县|州|盟|旗|镇|乡)|本(省|市|区|县)")
_OF_END = re.compile(r"[的所]+$")
_CLAUSE_CUT = re.compile(r"[,;:]")
_NOT_NAME_CHAR = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]")
FAR_REACH = 160  # figures back a named base is looked for (a fixed reach keeps the work linear)
AHEAD_REACH = 40  # figures ahead, in the section, it is looked for when none stands before


@lru_cache(maxsize=1)
def _abbreviations() -> list[tuple[str, str]]:
    """catalog/bases.yaml: (short name, printed words) of bases a share may name briefly."""
    return read_entries("bases.yaml", "abbreviations", lambda e: (str(e["short"]), str(e["full"])))


@lru_cache(maxsize=1)
def _synonyms() -> list[list[str]]:
    """catalog/bases.yaml: groups of words naming one stage of work (办结 = 办理完毕)."""
    return read_entries("bases.yaml", "synonyms", lambda e: sorted(map(str, e["words"]), key=len, reverse=True))


def as_printed(d: _Doc, words: str, pct: Quantity) -> str:
    """The base words as the report prints its figures: "办结总数" reads "办理完毕总数" when the
    nearest figure before that names the stage at all does so with 办理完毕."""
    group = next(((w, g) for g in _synonyms() for w in g if w in words), None)
    if group is None:
        return words
    word, members = group
    for q in reversed(d.qs[max(0, pct.index - FAR_REACH) : pct.index]):
        lab = cjk(d.label(q))
        if word in lab:
            return words
        other = next((m for m in members if m in lab), None)
        if other is not None:
            return words.replace(word, other)
    return words


def expand_base_words(words: str) -> str:
    """"占GDP比重" names the 地区生产总值: a base's short name in the words it is printed with."""
    for short, full in _abbreviations():
        if short in words and full not in words:
            words = words.replace(short, full)
    return words


def cjk(text: str) -> str:
    return _NOT_CJK.sub("", text)


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def same_scope(base_words: str, label: str) -> bool:
    """A base naming a jurisdiction ("全省…总数") is not a figure labelled with another one ("全市…")."""
    want = _SCOPE.search(base_words)
    have = _SCOPE.search(label)
    return want is None or have is None or want.group() == have.group()


# "案件数" -> 案件 (not 案: 件数 is the noun and its count); "办结量" -> 办结; "追回金额" -> 追回.
_BASE_TAIL = re.compile(r"(?:数量|总数|数|量|金额|总额|额)$")


_ITEMS_COUNTED = re.compile(r"^(?:以上|上述)?[二两三四五六七八九十]+[级类项种个者方]")


def names_head(base_words: str, q: Quantity, label: str) -> bool:
    """Does figure ``q`` (its label, its unit) stand for the head noun of the base the words name
    ("全年资金支出" -> 支出; "受理案件数" -> 案件, which 件 names)? Words that name no noun of their own
    ("总数") fit any figure."""
    named = re.split(r"的|比重|比例|份额", base_words)[0]  # "受理案件数比例最高": the base ends at 比例
    # "三级合计", "以上三类合计": the count of the items a total is of names no noun
    named = _ITEMS_COUNTED.sub("", named)
    head = _BASE_TAIL.sub("", cjk(GENERIC_BASE.sub("", named)))[-2:]
    return len(head) < 2 or head in cjk(label) or (bool(q.unit) and head[-1] == q.unit[-1])


def qualifier_unsaid(d: _Doc, base_words: str, q: Quantity, part: Quantity) -> bool:
    """Do the base words qualify the measure a prose figure's label names with a set the part's sentence
    is about and the figure's sentence never says ("医院中,…床位9,326张,占医院床位的" of "全市医疗卫生机构
    1,370个,床位13,284张": 医院 is a narrower set than the figure's)? The qualifier: the base words before
    the longest end of them the label holds, less words of scope and time; its characters stand in order
    in the part's sentence up to the part and not in the figure's sentence up to the figure. (A qualifier
    the part's sentence does not say -- 新收 for 收到 -- may be the figure's own words said otherwise.)"""
    if q.in_table:
        return False  # (a cell is named by its row and column, not its sentence)
    key = _BASE_TAIL.sub("", cjk(GENERIC_BASE.sub("", base_words)))
    label = cjk(d.label(q))
    cut = next((i for i in range(len(key)) if key[i:] in label), len(key))
    if cut == len(key) or len(key) - cut < 2:
        return False  # (the label holds no end of the words: not read here)
    qualifier = _QUALIFIER_SCOPE.sub("", key[:cut])
    if load_stages().any_stage.search(qualifier):
        return False  # (a stage, "检查机构总数" of "对2,364家…开展检查": the figure's act, said otherwise)
    return (len(qualifier) >= 2 and _in_order(qualifier, cjk(d.s[part.sentence[0] : part.start]))
            and not _in_order(qualifier, cjk(d.s[q.sentence[0] : q.start])))


def qualifier_added(d: _Doc, base_words: str, q: Quantity, part: Quantity) -> bool:
    """Does a prose figure's own clause name the base words' measure narrowed by a qualifier the base
    words do not say, nor the part's sentence ("…生育保险基金支出6.84亿元" for "占当年基金支出的";
    "中央级…,地方级税收收入103.10亿元" for "占税收收入的")? Then it is one kind of what the words name,
    not all of it. (Scope and time words, acts and stages are no such qualifier: "全年完成税收收入".)"""
    if q.in_table:
        return False  # (a cell is named by its row and column)
    key = _QUALIFIER_SCOPE.sub("", _BASE_TAIL.sub("", cjk(GENERIC_BASE.sub("", base_words))))
    own = _QUALIFIER_SCOPE.sub("", d.own_words(q)).removeprefix("其中")
    if len(key) < 2 or not own.endswith(key):
        return False
    qualifier = _ACTS.sub("", own[: -len(key)])
    if len(qualifier) < 2 or load_stages().any_stage.search(qualifier):
        return False
    if not _KIND.search(qualifier) and not _kind_of_its_classification(d, q, qualifier):
        return False  # (only a kind narrows: "形成工单" is the 工单 formed, all of them -- and so does a kind
        # of the classification its sentence opens with: "从受理渠道看,…网络渠道受理371,905件" is no 受理量)
    return qualifier not in cjk(base_words) and qualifier not in cjk(d.s[part.sentence[0] : part.start])


# a classification opening a sentence ("从受理渠道看,", "按经营地分,", "分渠道看,"): its noun
_CLASSIFIED_BY = re.compile(r"(?:从|按照?)([\u4e00-\u9fff]{2,10}?)(?:来看|上看|看|划分|分)[,:]|分([\u4e00-\u9fff]{2,6}?)看[,:]")


def _kind_of_its_classification(d: _Doc, q: Quantity, qualifier: str) -> bool:
    """Is ``q`` listed after a classification its sentence opens with, its qualifier naming a kind of
    that classification's noun ("从受理渠道看,…网络渠道受理…": 渠道)? (Not a verb or a manner: "依法受理",
    "造成群众损失" after "从案件类别看".)"""
    m = _CLASSIFIED_BY.search(d.s, q.sentence[0], q.start)
    return m is not None and _overlap(cjk(m.group(1) or m.group(2)), qualifier) >= 2


# what ends a kind's name ("地方级", "生育保险", "工业", "刑事类"), never a verb's ("形成", "回访")
_KIND = re.compile(r"(?:级|类|型|性|险|业|种|制)$")
# verbs, joints and list openers a figure's clause opens with that qualify nothing ("共组织", "累计完成", "和", "包括")
_ACTS = re.compile(r"^(?:[和及与]|全[年部]|共计?|合计|总计|累计|实现|完成|组织|发生|达到|为|有|包括|包含|其中|含|即)+")


_QUALIFIER_SCOPE = re.compile(r"(?:19|20)\d\d年度?|全年|全[国省市区县州镇乡]|本(?:省|市|区|县|年度?|季度?|月|周)|当[年月季]"
                              r"|年末|年初|今年|[上下]半年|[一二三四]季度|\d{1,2}月")


def size(q: Quantity) -> Decimal:
    """A figure's size for comparing a part with its base (money in 元: 3218.6万元 < 45.62亿元)."""
    return money_value(q) if q.is_money else q.value


def names_a_base(words: str) -> bool:
    """Do the words after 占 name a figure ("全省新收申请", "城镇居民"), not just "总数"?"""
    return len(cjk(GENERIC_BASE.sub("", words))) >= 2


def _in_order(key: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in key)


# Words of a paragraph's opening figure that say when, where, or what was done, not what is counted.
_NOT_SUBJECT = re.compile(r"(?:19|20)\d\d年度?|全年|全[省市区县镇乡]|本年度?|今年|我[局委办区县市镇]|共计?|累计|合计"
                          r"|受理|新收|收到|办理|办结|结案|审结|答复|处理|接收|各类|[^\u4e00-\u9fff]")


_TOTAL_NAMED = re.compile(r"总数|总量|总计|总额|全部")
_AS_A_PART = re.compile(r"其中[,:]?[\u4e00-\u9fff]{0,8}$")


# counters of occasions (hearings, sessions) and of cases: addable words, yet one is never the other's base
_OCCASIONS = frozenset({"次", "场", "场次"})
_CASES = frozenset({"件", "起", "宗", "例"})


def of_another_subject(d: _Doc, base: Quantity, part: Quantity, base_words: str) -> bool:
    """Is ``base`` in an earlier paragraph about another subject than ``part``'s ("全区受理城市管理类
    投诉举报12,486件,办结12,301件…" before "全年新收政府信息公开申请53件…予以公开和部分公开合计27件,
    占办结总数的54.0%": the 办结 of complaints is no base of the outcomes of applications)? Only when
    the words name a stage and nothing it is of (办结总数, 受理总量), and the part's paragraph opens
    with a figure of its own. The subject of a paragraph: what its first figure counts; the base's
    own words may name the part's subject too. Unsure (a subject of under two characters): no.
    Nor is a 其中 part ever what words naming a total name ("其中即办件97,781件" for "占办件总量的")."""
    if _TOTAL_NAMED.search(base_words) and _AS_A_PART.search(d.s, d.seg_start(base.start), base.start):
        return True
    if "案件" in base_words and {base.unit, part.unit} & _OCCASIONS and {base.unit, part.unit} & _CASES:
        return True  # "开庭审理行政案件52次" is no base of "案件23件": occasions counted, not cases
    if (measure := _planned_measure(d, base_words, part)) is not None and base.sentence != part.sentence:
        # a plan of another measure (the 年度预算 of 一般公共预算收入 is none of 政府性基金预算收入's)
        return not measure or measure not in cjk(d.s[base.sentence[0] : base.start])
    here, there = _paragraph_start(d, part.start), _paragraph_start(d, base.start)
    if there >= here or _NOT_SUBJECT.sub("", GENERIC_BASE.sub("", base_words)):
        return False
    first = next((q for q in d.in_range(here, part.start)
                  if not q.is_percent and compatible(q, part) and size(q) >= size(part)), None)
    if first is None:
        return False
    opening = next((q for q in d.in_range(there, base.end) if not q.is_percent), base)
    a, b, own = (_NOT_SUBJECT.sub("", d.label(q)) for q in (first, opening, base))
    return len(a) >= 2 and len(b) >= 2 and _overlap(a, b) < 2 and _overlap(a, own) < 2


# all of a work load by its noun ("全部工单", "诉求总量", "工单总数")
_WORK_LOAD = re.compile(r"(?:全部|所有)(工单|诉求|案件|事项|来电|来信|申请)|(工单|诉求|案件|事项|来电|来信|申请)(?:总数|总量)")


def past_the_intake(d: _Doc, base_words: str, q: Quantity) -> bool:
    """Do base words naming all of something (全部工单, 诉求总量) and no stage of its process meet a
    figure whose own clause names a stage past the work taken in and handed on (办结工单, 回访工单)?
    What was closed or called back is a part of all of it, not its whole."""
    own = re.split(r"[,;:。]", d.label(q))[-1]
    named = stages_in(base_words)
    if TOTAL_WORD.search(base_words) and named and max(named.values()) == 1:
        # "占调解总量的", "占受理总数的": all of an act its first stage names; a figure of a later stage of
        # that act's process ("调解成功", "办结") is what came of it, a part
        have = stages_in(own)
        return any(have.get(p, 0) >= 2 for p, st in named.items() if st == 1)
    noun = _WORK_LOAD.search(base_words)
    if noun is None or any(st > 0 for st in named.values()):
        return False  # (a work load only: "全部财政收入完成6.82亿元" names no stage of a work load)
    return (noun.group(1) or noun.group(2)) in own and any(st >= 2 for st in stages_in(own).values())


# a running total's frame: to a date, since a time (截至本期, 年初以来, 今年以来, 1—11月)
_TO_DATE = re.compile(r"截至|截止|以来|(?<![\d.])1\s*[-—~至]\s*\d{1,2}\s*月")


def far_named_base(d: _Doc, base_words: str, parts: list[Quantity]) -> list[Quantity]:
    """The figures, before the first part (else after the last, in its section), that the base
    words name (one per value, the nearest first); empty when the words name no base or more
    than three figures fit them."""
    # ("三级合计", "以上三类合计": the count of the items a total is of names no figure -- not the
    # "乡三级…" item of the list the part is in)
    from .distributed import unnamed_item  # (here: distributed reads this module, through completeness)

    key = _BASE_TAIL.sub("", cjk(GENERIC_BASE.sub("", _ITEMS_COUNTED.sub("", base_words))))
    if len(key) < 2 or not parts:
        return []
    first = min(parts, key=lambda p: p.index)
    big = max(size(p) for p in parts)
    total = bool(TOTAL_WORD.search(base_words))
    partition = d.cache.get("partition", {})
    found: dict = {}
    last = max(parts, key=lambda p: p.index)
    # Before the parts; else after them in their section ("…占立案总数的40.2%。全年共立案1,846件"
    # sums a section up after its items).
    ahead = [q for q in d.qs[last.index + 1 : last.index + 1 + AHEAD_REACH] if d.same_section([last, q])]
    for q in [*reversed(d.qs[max(0, first.index - FAR_REACH) : first.index]), None, *ahead]:
        if q is None:
            if found:
                break
            continue
        if (q.is_percent or not compatible(q, first) or size(q) < big or d.in_parentheses(q)
                or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)):
            continue
        head = d.s[q.sentence[0] : q.start]
        if q.index > last.index and _TO_DATE.search(head) and not _TO_DATE.search(d.s, first.sentence[0], first.start):
            continue  # ("…占受理总量的54.3%。截至本期,累计受理诉求304,058件": a running total, of a longer period)
        # The words name the figure by its own label, or by its sentence's subject and its own
        # measure ("全市共发生事故47起、死亡39人" is "全市事故死亡人数": 全市…事故 open the sentence,
        # 死亡 and 人 are the figure's own).
        if not (_in_order(key, own_name(d.label(q)) + noun_after(d, q))
                or (_in_order(key, cjk(head) + q.unit) and names_head(base_words, q, d.label(q))
                    and not _subject_of_another(d, q, key))):
            continue
        if postposed(d, q) and not _in_order(key, noun_after(d, q)):
            continue  # ("造成12人死亡、30人受伤": the 死亡 is the 12's; the 30 is named 受伤)
        if (not same_scope(base_words, head) or of_another_kind(cjk(d.own_words(q)), key)
                or narrows_the_whole(cjk(d.piece(q, ",;:、")), base_words, d.s[:80].split("\n", 1)[0])):  # ("按期办结…" is no "投诉总数")
            continue  # (nor another kind of the noun: "户籍人口" is no "…(户籍人口),常住人口6,102人")
        if _among_only(d.label(q), key) or of_another_subject(d, q, first, base_words):
            continue  # "转派工单中,区县承办6,284件": one of the set the words name, not the set
        if unnamed_item(d, q, base_words) or qualifier_added(d, base_words, q, first):
            continue  # an item the words do not name ("一至四季度分别受理…", "从受理渠道看,…网络渠道受理…")
        if total and past_the_intake(d, base_words, q):
            continue  # "全年共回访工单8.24万件 … 占全部工单的4.8%": what was called back is not all of it
        if total and (q.index in partition or LISTED.search(head)  # type: ignore[operator]
                      or not vocabulary()["wholes"].search(head)) and not _named_exactly(d, q, key):
            continue
        found.setdefault(q.value, q)
    return list(found.values()) if len(found) <= 3 else []


# what may stand before a stage's words in the name of all that went through it ("经审查,依法受理"):
# a period, a channel or a negation before them names a part ("二季度受理", "电话受理", "不予受理")
_PLAIN_LEAD = re.compile(r"(?:经审查|经审核|审查后|全年|共|累计|依法|决定|予以|正式|已)*")


def _named_exactly(d: _Doc, q: Quantity, key: str) -> bool:
    """Is ``q`` named by the base's words themselves, its own name ending with them ("经审查,依法受理
    1,975件" for "占受理总数的"): the total of that stage, though it is one outcome of what came in?"""
    own = own_name(d.label(q))
    return own.endswith(key) and bool(_PLAIN_LEAD.fullmatch(own[: -len(key)])) and "其中" not in d.label(q)


# A base named only as a plan ("占年度预算的", "完成全年计划的", "为年初目标的"): the plan is the part's
# own measure's -- each measure has its own budget or target.
_PLAN_BASE = re.compile(r"^(?:年度|全年|本年|年初|当年|调整)*(?:预算|计划|目标|任务|预期)(?:数|任务|目标)?$")
# What opens a figure's own words before its measure (scope, period) and follows it (the verb).
_MEASURE_CUT = re.compile(r"^(?:其中|全[省市区县镇乡]|本级|[县市区]级|上半年|下半年|前三季度|[一二三四]季度|当月|累计)+"
                          r"|(?:累计)?(?:完成|实现|达到|达|为|共|合计)+$")


def _planned_measure(d: _Doc, base_words: str, part: Quantity) -> str | None:
    """When the base words name a plan only (``_PLAN_BASE``): the measure the part counts, which a plan
    figure of another sentence must name (empty when the part's words name none: no such figure
    then); None for other base words."""
    if not _PLAN_BASE.match(cjk(GENERIC_BASE.sub("", base_words))):
        return None
    return _MEASURE_CUT.sub("", _MEASURE_CUT.sub("", cjk(d.own_words(part))))


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}")


def own_name(label: str) -> str:
    """The Chinese words naming a figure: its label, less what a joiner put before it."""
    return cjk(_JOINED.sub("", label))


def _subject_of_another(d: _Doc, q: Quantity, key: str) -> bool:
    """Do the base words name another figure of ``q``'s sentence that stands between the sentence's
    subject and ``q``, while ``q``'s own words add nothing to them ("受理案件连同上年结转的203件,
    本年度共需审理2,612件" -- 受理案件 is not the 2,612 needing review)?"""
    prev = q.index - 1
    while prev >= 0 and d.qs[prev].is_percent and d.qs[prev].start >= q.sentence[0]:
        prev -= 1  # (the figures before it in its sentence, from the nearest: a fixed walk)
    if prev < 0 or d.qs[prev].start < q.sentence[0]:
        return False
    if not compatible(d.qs[prev], q) and key.endswith(q.unit):
        # ("来访1,136批次、2,395人次" for 来访人次: the figure before is of another measure, the words name
        # this one's: one subject in two measures)
        return False
    own = cjk(d.own_words(q))
    return not any(key[i : i + 2] in own for i in range(len(key) - 1))


def noun_after(d: _Doc, q: Quantity) -> str:
    """The noun a figure is written before when its words end in 的 ("全年受理的41,207件投诉",
    "对受理的9,864件举报"): the figure's name continues after it; "" otherwise."""
    if not d.label(q).endswith("的"):
        return ""
    m = _NOUN_AFTER.match(d.s, q.end)
    return m.group() if m else ""


# A share printed right after its part that names no base ("予以公开301件,占37.1%", "占比15.7%").
_BARE_SHARE = re.compile(r"^\($|^[,(]?(约)?(占|占比|所占比例|所占比重)(为|达到|达|是|约)?$")
# A total printed right after the list ("…,合计812件").
_TRAILING_TOTAL = re.compile(r"^\)?[,;]?(合计|共计|总计|共|计)$")
# A share that names its base ("占办结总数的44.2%"): it may open a list of bare ones.
_NAMED_SHARE = re.compile(r"^[,]?(约)?占[^,;。\d]{1,16}的(比重|比例)?(为|达到|达|是)?$")
RUN_REACH = 60  # figures back a listed run of shares looks for the total its parts add up to
_READING_REACH = 30  # figures back (within the section) its candidate bases are read from
_MAX_READINGS = 3


def adds_to_whole(pcts: list[Quantity]) -> bool:
    """Do the printed shares add up to 100%, within the rounding of each (37.1 + 5.4 + 8.3 + 49.3)?"""
    slack = sum(Decimal(5) / Decimal(10) ** (p.decimals + 1) for p in pcts)
    return sum(p.low for p in pcts) - slack <= 100 <= sum(p.high for p in pcts) + slack


def pair_at(d: _Doc, i: int) -> Quantity | None:
    """The part of the share at index ``i`` when the share follows it in one clause, else None."""
    if i < 1 or i >= len(d.qs):
        return None
    pct, part = d.qs[i], d.qs[i - 1]
    if not pct.is_percent or part.is_percent or "\n" in d.s[part.end : pct.start]:
        return None
    lab = d.label(pct)
    if d.s[part.end : pct.start] != lab or not (_BARE_SHARE.match(lab) or _NAMED_SHARE.match(lab)):
        return None
    if lab.startswith("(") and d.s[pct.end : pct.end + 1] != ")":
        return None  # "(37.1%)": the bracket holds the share alone
    return part


_SET_OPENER = re.compile(r"[^,;:。\d]{2,16}(?<![初高])中[,:]")


def _opens_set(d: _Doc, part: Quantity) -> bool:
    """Is ``part`` the first figure of a sentence opened by the name of a set ("仲裁案件中,")?"""
    first = d.before(part.sentence[0]) == part.index
    return first and bool(_SET_OPENER.match(d.s, part.sentence[0])) and "其中" not in d.s[part.sentence[0] : part.start]


def share_run(d: _Doc, pct: Quantity) -> list[tuple[Quantity, Quantity]]:
    """The list of (part, share) pairs ``pct`` belongs to: consecutive items of one paragraph, each
    a part and its share ("予以公开301件,占37.1%;部分公开44件,占5.4%;…"), of one unit. Computed
    once per list."""
    runs: dict = d.cache.setdefault("share_runs", {})  # type: ignore[assignment]
    if pct.index in runs:
        return runs[pct.index]
    run: list[tuple[Quantity, Quantity]] = []
    if pair_at(d, pct.index) is not None and _BARE_SHARE.match(d.label(pct)):
        i = pct.index
        # The items may stand on lines of their own ("咨询类19,870件,占46.6%。\n投诉类…"): the list is
        # the run of consecutive pairs, however it is laid out.
        # (a sentence opened by the name of its own set, "仲裁案件中,涉及劳动报酬的520件,占60.5%", starts
        # another list: its parts are of that set, not of the whole the run before it shares)
        while pair_at(d, i - 2) is not None and _BARE_SHARE.match(d.label(d.qs[i])) and not _opens_set(d, d.qs[i - 1]):
            i -= 2
        j = pct.index
        while pair_at(d, j + 2) is not None and _BARE_SHARE.match(d.label(d.qs[j + 2])) \
                and not _opens_set(d, d.qs[j + 1]):
            j += 2
        run = [(d.qs[k - 1], d.qs[k]) for k in range(i, j + 1, 2)]
        if len(run) < 2 or not all(compatible(run[0][0], p) for p, _ in run) or any(
                is_delta(d, p) or is_per_n(d, p) for p, _ in run):
            run = []
    for _, c in run or [(None, pct)]:
        runs[c.index] = run
    return run


def run_bases(d: _Doc, run: list[tuple[Quantity, Quantity]]) -> list[Quantity]:
    """The base of a listed run of shares that names none: the figure stated before the list that
    its parts add up to (the list partitions it: "收到860件,按期答复812件。予以公开301件,占37.1%;…"
    is of the 812); failing that, when the shares add up to 100% (a partition of a base whose
    figure or parts carry a slip), each figure before the list that can be the whole is a reading
    (at most three). Empty when nothing says the list is a partition."""
    cache: dict = d.cache.setdefault("run_bases", {})  # type: ignore[assignment]
    key = run[0][1].index
    if key in cache:
        return cache[key]
    parts = [p for p, _ in run]
    first = parts[0]
    big = max(p.value for p in parts)
    total = sum(p.value for p in parts)
    whole = adds_to_whole([c for _, c in run])
    partition = d.cache.get("partition", {})

    def can_be_whole(q: Quantity) -> bool:
        return (not q.is_percent and compatible(q, first) and q.value >= big and not d.in_parentheses(q)
                and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)
                and q.index not in partition and not _has_share(d, q)  # type: ignore[operator]
                and not CARRIED_OVER.search(d.label(q)))  # "结转下年度27件": work left over, no whole

    out: list[Quantity] = []
    last = run[-1][1].index + 1
    after = d.qs[last] if last < len(d.qs) else None
    if after is not None and _TRAILING_TOTAL.match(d.label(after)) and compatible(after, first) and after.value == total:
        out = [after]  # "…无法提供400件(49.3%),合计812件"
    else:
        exact = next((q for q in reversed(d.qs[max(0, first.index - RUN_REACH) : first.index])
                      if q.value == total and can_be_whole(q)), None)
        # Two parts whose shares do not add up: the figure they add up to is their whole when one
        # share at least is of it ("共受理12.6万件…电话8.82万件,占比70.0%;网络3.78万件,占比33.0%").
        if exact is not None and (len(parts) >= 3 or whole or agrees_with(run, exact.value)):
            out = [exact]
    if not out:
        out = [q] if (q := agreed_base(d, run)) is not None else []
    printed = bool(out)
    if not out and whole:
        found: dict = {}
        for q in reversed(d.qs[max(0, first.index - _READING_REACH) : first.index]):
            if not d.same_section([q, first]):
                break
            if can_be_whole(q) and not LISTED.search(d.s, q.sentence[0], q.start):
                found.setdefault(q.value, q)
        out = list(found.values()) if len(found) <= _MAX_READINGS else []
    if not printed and len(parts) >= 3 and len(out) < _MAX_READINGS:
        # The whole may go unprinted ("收到申请860件(含结转48件)。予以公开301件,占37.1%;…" of the
        # 812 answered): the whole the parts and their shares imply is a reading too -- their sum,
        # or the sum with one slipped part undone (``implied``: one typo, one failing check).
        implied = implied_whole(run, 1000 if run[0][1].unit == "‰" else 100, adds_up=whole)
        if implied is not None:
            out.append(implied)
    cache[key] = out
    return out


def agreed_base(d: _Doc, run: list[tuple[Quantity, Quantity]]) -> Quantity | None:
    """A figure before the list that all its shares but one are of ("已办结274件。…合计120件,占43.8%;
    …103件,占37.6%;…16件,占5.4%": 120 and 103 are 43.8% and 37.6% of 274): the list's base, though
    the list need not be all of it; the odd share is the slip. The nearest such figure in the
    section, no item of a list; None when fewer than two shares agree on one."""
    first = run[0][0]
    big = max(p.value for p, _ in run)
    partition = d.cache.get("partition", {})
    whole = with_rest(d, run)
    if whole is not None and not all(agrees_with([pair], whole) for pair in run):
        whole = None
    # (a list naming its rest whose shares all hold over its own sum is of that sum, printed or not:
    # "…卫生健康类2,651件,占11.4%;其余5,622件" -- no figure near the sum is its base)
    for q in reversed(d.qs[max(0, first.index - _READING_REACH) : first.index]):
        if not d.same_section([q, first]):
            break
        if (q.is_percent or not compatible(q, first) or q.value < big or d.in_parentheses(q) or is_delta(d, q)
                or is_previous(d, q) or is_per_n(d, q) or q.index in partition  # type: ignore[operator]
                or _has_share(d, q) or LISTED.search(d.s, q.sentence[0], q.start)):
            continue
        if whole is not None and q.value != whole:
            continue
        if sum(agrees_with([pair], q.value) for pair in run) >= max(2, len(run) - 1):
            return q
    return None


_REST_ITEM = re.compile(r"(?:其余|其他|其它|剩余)[^,;,;。]{0,6}$")


def with_rest(d: _Doc, pairs: list[tuple[Quantity, Quantity]]):  # -> Decimal | None
    """The sum of a list of (part, share) items with the item after the last share that names the
    list's rest ("其余5,622件"), in the list's sentence; None when there is no such item."""
    last = pairs[-1][1]
    nxt = d.qs[last.index + 1] if last.index + 1 < len(d.qs) else None
    if nxt is None or nxt.is_percent or nxt.sentence != last.sentence or not compatible(nxt, pairs[0][0]) \
            or not _REST_ITEM.search(d.label(nxt)):
        return None
    return sum(p.value for p, _ in pairs) + nxt.value


def _has_share(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` followed by a share of its own (an item of another list, not a whole)?"""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return nxt is not None and nxt.is_percent and "占" in d.label(nxt) and nxt.sentence == q.sentence
