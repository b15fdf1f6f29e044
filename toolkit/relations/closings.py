"""Lists closed otherwise than by a 其中 before them: a bracketed list after its total
("隐患6383项(其中:生产2715项,消防3102项…)"), a list followed by its own total ("…5件,共计48件"),
and what came in split by how it ended (收到 = 办结 + 在办; 收到 = 受理 + 不予受理)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .completeness import _sum_or_bounds, short_of_its_set
from .due_work import REST_OPENER, closing_before, forwarded_after
from .hundred import ITEM_SHARE
from .label_index import holding_any, may_hold, merged
from .model import Relation, compatible
from .named_wholes import AMBIGUOUS, named_whole
from .periods import of_another_period
from .reading import label_words
from .refused_bases import without_refused
from .respective import _RUN_JOIN, _run_before
from .roles import holds_carried, is_change_percent, is_delta, is_previous
from .scopes import figure_words, is_scope_count, items_counted, words
from .sections import _fits
from .semicolons import short_lists
from .siblings import per_each_before
from .structure import SEG_END, SENT_END, _Doc
from .sums import _adds_up
from .vocab import gated

_SENTENCE_ENDS = re.compile(r"[。\n]")
_ANOTHER_PERIOD = re.compile(r"上年|去年|上一年|同期|\d{4}年")
# a count of items named by nothing but "these" ("以上五项", "上述三类") or "the first" of a ranking ("前五类"): it
# counts the list just before ("上述解释疏导和依法终结两类" names its kinds, which lists further back may hold too)
_BARE_COUNT = re.compile(r"(?:以上|上述|前述|这|前)?")
_NOT_CJK_CHAR = re.compile(r"[^\u4e00-\u9fff]")
_BRACKETED = re.compile(r"\(([^()]{2,70})\)")
_ASIDE_OPENER = re.compile(r"(含|包括|其中|包含|以下|下同|均为|即)")
_ITEM_SEP = re.compile(r"、|,(?!\d{3}(?!\d))")  # (not a thousands comma: "罚款1,436,800元,没收…218,600元" is two items)


def _parenthesised_lists(d: _Doc) -> list[Relation]:
    """"机构7个(5科、1室、1安监中心)", "机构4个(执法大队1个、业务科室3个)": an enumeration in
    brackets right after a total, with or without measure words."""
    out = []
    for q in d.qs:
        if not d.s.startswith("(", q.end):
            continue  # (the bracket must open right after the figure: most figures end here)
        rest = d.s[q.end : q.end + 80]
        m = _BRACKETED.match(rest)
        if not m or _ASIDE_OPENER.match(m.group(1)):
            continue
        items = _ITEM_SEP.split(m.group(1))
        if len(items) < 2 or (any(_CARRIED_IN.search(it) for it in items) and any(_FORWARD.search(it) for it in items)):
            continue  # "答复497件(上年结转0件,结转下年15件)": what came in and what went on, no parts
        inner = [p for p in d.in_range(q.end, q.end + m.end()) if not p.is_percent]
        if inner and _places_of_another_unit(d, q, inner):
            continue  # "公开信息1,142条(全乡11个村、2个社区)": where the items were, not what they are
        if len(inner) == len(items) and all(compatible(q, p) for p in inner):
            # A bracket right after a total spells out what it is made of -- unless its items are some
            # categories of a closed set ("法人或其他组织申请13件(商业企业9件、法律服务机构2件)": two of the
            # form's five kinds): a shortfall is then the kinds it leaves out (completeness.short_of_its_set)
            out.extend(_sum_or_bounds(d, q, inner, m.group(1), complete=not short_of_its_set(d, inner, q)))
            continue
        if inner:
            continue
        values = [re.match(r"(\d+)[^\d]{1,8}$", it) for it in items]
        if all(values):
            nums = [Decimal(v.group(1)) for v in values if v]
            out.append(Relation("sum", "sum.enumeration", {"total": q, "parts": []}, enumerated=nums,
                                note="、".join(items)))
    return out


def _places_of_another_unit(d: _Doc, total: Quantity, inner: list[Quantity]) -> bool:
    """Does a bracket's figure count places or units (a scope noun right after it: "11个村", "2个
    社区") in another unit than the total's? The bracket says where the total's items are (and how
    many each place gives: "每村…20条"), not which kinds they are."""
    nouns = words()["scope_nouns"]
    return any(p.unit != total.unit and nouns.match(d.s, p.end) for p in inner)


# "…,共计1040家次", "…,二者合计120件", "…,需办理的申请共109件": a total right after its list.
_TRAILING_TOTAL = re.compile(r"^[,、;和及]?(?:二者|两者|两项|两类|三项|三类|四项|四类|以上各项|以上)?"
                             r"(共计|合计|总计|累计|总共|共有|共)$|^[,]?(?:需|应)[\u4e00-\u9fff]{1,8}?共$")


# A character every way a figure closes a list needs in its words: a total word (共计, 合计, 总计,
# 累计, 总共, 共有, 共需, 共: 计 or 共), a whole named by its scope (全年, 全市…, 本年度: 全 or 本) or the
# joint of a second measure of one closing ("、发现隐患": 、 和 及). A percent closes none.
_TOTAL_CHARS = frozenset("计共全本、和及")
_TOTAL_GATE = "".join(sorted(_TOTAL_CHARS))


def _trailing_totals(d: _Doc) -> list[Relation]:
    """"…286家次、315家次、242家次和197家次,共计1040家次": the total after its list. A total that
    names its measure ("城区受理投诉120件,郊区受理投诉80件,全年合计受理投诉200件") sums only parts whose
    words hold that measure, and may close the list in a sentence of its own."""
    out = []
    for q in holding_any(d, _TOTAL_GATE):  # (the figures whose label holds one: label_index)
        lab = d.label(q)
        if q.is_percent:
            continue  # (its label holds a total word, scope word or joint: the walk is over those alone)
        # "城乡建设(13.16万件)、市场监管(7.84万件),合计…": items each with its figure in brackets
        bracketed = lab.startswith(")") and q.index > 0 and d.s.startswith(")", d.qs[q.index - 1].end)
        lab = lab[1:] if bracketed else lab
        count = items_counted(d, q)
        if count is not None:  # "…移送涉嫌犯罪案件4件,五类案件共计50件": the text says how many items it adds
            if is_previous(d, q) or _ANOTHER_PERIOD.search(d.label(count) + lab):
                continue  # "…;2023年同期以上三类合计1,580件", "以上三类上年同期合计…": the items' earlier total
            parts = _counted_parts(d, count, q, int(count.value))
            if parts:
                out.extend(_sum_or_bounds(d, q, parts, d.s[parts[0].start : q.end], complete=True, counted=True))
            continue
        first = q
        counter = _item_count(d, q)
        if counter is not None and not bracketed and counter.index and d.label(counter).startswith(")") \
                and d.s.startswith(")", d.qs[counter.index - 1].end):
            bracketed = True  # "城乡建设(6,215件)、…交通运输(3,916件),三个领域合计15,003件": the count after the brackets
        if counter is not None:  # "三个街道共计检查企业303家": the count of items, then the total
            lab = _COUNTED_NOUN.sub("", lab)
        spelled = _SPELLED_COUNT.match(lab) if counter is None and not _THE_REST.search(lab) else None
        if spelled:  # "三区合计32862件": the count spelled in the words
            lab = lab[: spelled.start("c")] + lab[spelled.end("c") :]
        trailing = _TRAILING_TOTAL.match(lab) is not None  # (read once: asked three times below)
        named = None if q.is_percent or trailing else (_NAMED_TOTAL.match(lab) or _CLOSING_COMMON.match(lab))
        measure = re.sub(r"[^\u4e00-\u9fff]", "", named.group("m")) if named else ""
        weak = None if named or q.is_percent or trailing else _WHOLE_AFTER.match(lab)
        if weak:
            # "城区受理投诉1865件,郊区…。全市共受理投诉3480件": a whole named by its scope after its
            # parts, no total word -- it may as well open a list of its own, so only the figures
            # (the parts add up exactly) tie it to the list before.
            named, measure = weak, weak.group("m")
        if not q.is_percent and not named and not trailing:
            measure = _next_measure_of_a_total(d, q)  # "共计检查企业303家、发现隐患804处": the 804
            if not measure:
                continue
            first = next(p for p in d.back_from(q.index) if not _next_measure_of_a_total(d, p))
            counter = _item_count(d, first)
            head = _COUNTED_NOUN.sub("", d.label(first)) if counter else d.label(first)
            named = _NAMED_TOTAL.match(head)
            if named is None:
                named = weak = _WHOLE_AFTER.match(head)  # "全年共发生事故35起、死亡17人": the 17 too
        if q.is_percent or (named and len(measure) < 2):
            continue
        items = int(counter.value) if counter is not None else _COUNT[spelled.group("n")] if spelled else 0
        # the totals of one closing ("共计检查企业303家、发现隐患804处"): no part of one another
        run_start = first.index if named and first is not q else q.index
        due = bool(named and _DUE.search(lab))
        if due:
            measure = ""  # "新收286件,上年结转24件,共需审理310件": what is to be done, from any source
        crossed = False
        # "…供水供电6,319件。五项合计44,382件": a total counting its items opens the sentence after them
        counted_head = bool(items) and not d.in_range(q.sentence[0], q.start - len(lab))
        cut: int | None = None
        # "合计办理各类案件": the total of every kind of 案件 -- each part's own words end with the noun
        kinds = _EVERY_KIND.match(measure) if named and not weak else None
        parts: list[Quantity] = []
        skip_from = q
        for p in d.back_from(q.index):
            if p is counter or (measure and p.index >= run_start):
                skip_from = p
                continue
            nxt = parts[0] if parts and parts[0].index < skip_from.index else skip_from
            gap = d.s[p.end : nxt.start]
            if is_scope_count(d, p) and "。" not in gap and "\n" not in gap:
                continue  # "3个乡镇开展检查45次": the 3 is the scope of the 45, not an item
            if p.unit == "个" != q.unit and _COUNTED_BY_GE.match(d.s, p.end) and "。" not in gap:
                continue  # "开展2个批次专项抽检,…120件": 个 counts the noun after it (批次), not the total's items
            if ((is_delta(d, p) or is_previous(d, p)) and "。" not in gap) or (d.in_parentheses(p) and not bracketed):
                # "新收30件,比上年增加6件;…共需办理32件": a change, no item; "予以公开5件(自然人4件、商业企业
                # 1件);部分公开1件;…总计11件": a bracket breaking an item down holds none of the list's items
                skip_from = p
                continue
            if items and is_change_percent(d, p) and "。" not in gap:
                skip_from = p  # "物业管理12,406件,环比下降4.3%;劳动保障…,五项合计…": an item's change, no item
                continue
            if parts and due and cut is None and ";" in d.s[p.end : parts[0].start]:
                cut = len(parts)  # (the list may be its clause's only: read below)
            if parts and _OPENS_ITS_LIST.search(_ASIDE.sub("", gap)):
                break  # "收到申请263件,其中予以公开102件、…,合计159件": the figure before the opener is the whole
                # (not a 其中 inside an item's bracket: "不予公开6件(其中…1件、…3件),无法提供17件,…总计81件")
            if parts and "分别" in gap:
                break  # "检查2,116家次,大气、水专项分别检查512家次、436家次,合计948家次": the list opens at 分别
            ends = len(_SENTENCE_ENDS.findall(gap))
            if ends == 1 and not parts and (measure or counted_head) and not crossed and "累计" not in lab:
                crossed = True  # the named (or counted) total opens the sentence after its list
            elif ends or len(gap) > 30 or (p.is_percent and not measure):
                break
            head = _list_head(d, p)
            words = label_words(d, head)
            held = not measure or measure in words or (kinds is not None and words.endswith(kinds.group(1)))
            if measure and (p.is_percent or not held) and not _TOTAL_WORD.search(d.label(p)):
                # "甲街道检查企业120家、发现隐患341处;乙街道…": items of several measures, the
                # total naming one: the figures of the others and their percents are passed over.
                skip_from = p
                continue
            if parts and not q.is_money and p.unit != q.unit and all(x.unit == q.unit for x in parts):
                break  # "完成评估1次,划定…单元46个、…38个、…12个,共96个": the list is of its total's unit
            if p.is_percent or not (compatible(p, q) or _bare_item(d, p, head, q)) or not held \
                    or (bracketed and not d.s.startswith(")", p.end)):
                break
            parts.insert(0, p)
        if cut is not None and (cut >= 2 or len(parts) - cut >= 2) and not _adds_up(q, parts):
            # "收到1,243件…;经审查,受理684件,另有上年结转57件,合计应审理741件": work due over the
            # clause after the ';' when that adds up and the whole run does not ("新收30件,比上年增加
            # 6件;上年结转2件,共需办理32件" runs over it); neither adding up: two readings, none read
            # ("收到47件,受理43件,不予受理4件;加上…5件,共需审理48件": the 5 beside one of a list)
            if cut < 2 or not _adds_up(q, parts[-cut:]):
                continue
            parts = parts[-cut:]
        if items and len(parts) != items:
            continue  # "三个街道共计…" over another count of items: not this list
        if weak and (sum(p.value for p in parts) != q.value or q.is_money):
            continue
        if len(parts) >= 2 and not per_each_before(d, q, parts) and not of_another_period(d, q, parts):
            # (not after a figure per unit, "每个社区均配备法律顾问1名,共12名" is 12 x 1, nor of a population;
            # nor "…,下半年合计92次": one more period)
            out.extend(_sum_or_bounds(d, q, parts, d.s[parts[0].start : q.end], complete=True))
    return out


# a noun right after 个 (not an adverb of what befell the items: "问题12个已整改")
_COUNTED_BY_GE = re.compile(r"(?![已均全并正未尚都仍还])[\u4e00-\u9fff]")
_LIST_OPENS = re.compile(r"其中|包括|[:：]")
_ASIDE = re.compile(r"\([^()]*(?:\)|$)")  # a bracket in a gap, closed or running on to the item skipped
# work due ("共需审理", "共计需办理", "合计应办理"): what is to be done, from any source
_DUE = re.compile(r"(?:共|共计|合计|总计)(?:需|应)")
_EVERY_KIND = re.compile(r"^[\u4e00-\u9fff]{0,4}?各(?:类|项|种)([\u4e00-\u9fff]{2,6})$")
# a list's opener between two figures: 其中, 包括, a colon, or "<words>中" opening the clause
# ("本年度办理结果中予以公开…"; not 中心, 中央, 中小…)
# ("19个社区中,已创建…7个、…9个,合计16个", "办结的15件中,予以公开5件、部分公开3件,合计8件": the figure a
# "…中," follows is the set the list is drawn from, no item of it)
_OPENS_ITS_LIST = re.compile(r"其中|包括|[:：]|[,;][\u4e00-\u9fff]{2,12}中,?(?!心|央|间|期|旬|国|标|等|小|型|级|学|医|止|断)[\u4e00-\u9fff]"
                             r"|^[\u4e00-\u9fff]{0,8}中[,:]")


def _counted_parts(d: _Doc, count: Quantity, q: Quantity, n: int) -> list[Quantity]:
    """The list of figures of ``q``'s unit before the count, in its sentence and after the
    list's opener (其中, 包括, a colon), when it has exactly ``n`` items: "以上两类" after three
    items does not say which two."""
    parts: list[Quantity] = []
    nxt = count
    start = q.sentence[0]
    if start > 0 and not d.in_range(start, count.start) and _BARE_COUNT.fullmatch(d.label(count).strip(",;:")):
        # "…交通出行7,134件;供水供电6,319件。以上五项合计44,382件": a count opening its sentence
        # counts the list of the sentence before
        start = d.last_before(SENT_END, start - 1) + 1
    for p in d.back_from(count.index):
        if p.start < start or _LIST_OPENS.search(d.s, p.end, nxt.start):
            break
        if is_change_percent(d, p) or (p.is_percent and ITEM_SHARE.fullmatch(d.label(p).removeprefix("("))):
            continue  # "物业管理12,406件,环比下降4.3%;…": an item's change, no item; nor its share (",占16.1%", "(占6.3%)")
        if p.is_percent or not compatible(p, q):
            return []
        parts.insert(0, p)
        nxt = p
    return parts if len(parts) == n else []


# "全年合计受理投诉": a total word after the scope, then the measure it totals.
# "上半年累计发生事故" and "共需办理" total the list of their own sentence (累计 only there: a
# cumulative figure in a sentence of its own may run over more periods than the list before it).
_NAMED_TOTAL = re.compile(r"^[,、;]?(?:全年|全市|全区|全县|全省|全局|全系统|上半年|下半年|全年度|本年度|以上|上述)?"
                          r"(?:共计|合计|总计|总共|累计|共需)(?P<m>[\u4e00-\u9fff]{2,12})$")
# "…,共培训537人": a bare 共 closing the clause after the list (not "全年共受理…": _WHOLE_AFTER)
_CLOSING_COMMON = re.compile(r"^[,、;]共(?![同享建治商有])(?P<m>[\u4e00-\u9fff]{2,12})$")
_WHOLE_AFTER = re.compile(r"^[,、;]?(?:全年|全市|全区|全县|全省|全局|全系统|本年度|全年度)(?:共|总共)?"
                          r"(?P<m>[\u4e00-\u9fff]{2,12})$")
# the noun a count of items names, before the total word ("三个街道|共计…", "以上五类|合计…")
_COUNTED_NOUN = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?=共计|合计|总计|总共)")
_COUNTERS = frozenset({"个", "类", "项", "家", "所", "级", "种"})
# "三区合计", "以上四类共计", "两级总计": a count of items written out before the total word
_SPELLED_COUNT = re.compile(r"^[,、;]?(?P<c>(?:以上|上述)?(?P<n>[两二三四五六七八九十])(?:个|类|项|家|所|级|种)?"
                            r"[\u4e00-\u9fff]{0,3}?)(?=共计|合计|总计|总共)")
_THE_REST = gated(re.compile(r"(?:其余|其他|其它|剩余|另有|另外)$|^[,、;]?(?:其余|其他|其它|剩余)"))
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _item_count(d: _Doc, q: Quantity) -> Quantity | None:
    """The count right before a total's label that says how many items it adds ("三个街道共计…")."""
    if not q.index or q.is_percent:
        return None
    c = d.qs[q.index - 1]
    if (c.unit not in _COUNTERS or c.sentence != q.sentence or not 2 <= c.value <= 10 or c.value != int(c.value)
            or c.end != q.start - len(d.label(q)) or not _COUNTED_NOUN.match(d.label(q))
            or _THE_REST.search(d.label(c))):
        return None  # (not "其余4个区县合计21起": the rest of a list, one item of it)
    return c
_TOTAL_WORD = re.compile(r"共计|合计|总计|总共|累计")
_JOINED_MEASURE = re.compile(r"[、和及]([\u4e00-\u9fff]{2,12})")  # (compiled once: asked ~450 times a pass)


def _next_measure_of_a_total(d: _Doc, q: Quantity) -> str:
    """The measure ``q`` names when it follows a named total in its clause, joined by 、/和
    ("共计检查企业303家、发现隐患804处": 发现隐患): a second total of the same closing; else ""."""
    lab = d.label(q)
    m = _JOINED_MEASURE.fullmatch(lab) if lab[:1] in "、和及" else None  # (a match opens with one)
    if m is None or not q.index:
        return ""
    prev = d.qs[q.index - 1]
    head = _COUNTED_NOUN.sub("", d.label(prev)) if _item_count(d, prev) is not None else d.label(prev)
    if prev.is_percent or prev.sentence != q.sentence or not (
            _NAMED_TOTAL.match(head) or _WHOLE_AFTER.match(head) or _next_measure_of_a_total(d, prev)):
        return ""
    return m.group(1)


_JOINER_ONLY = re.compile(r"[、和及与]")


def _list_head(d: _Doc, p: Quantity) -> Quantity:
    """The first item of the 、 list ``p`` ends ("分别发放低保金4126.3万元、1938.7万元": the
    1938.7's words are a joiner only, its measure is the list head's)."""
    k = p.index
    while k > 0 and _JOINER_ONLY.fullmatch(d.label(d.qs[k])) and d.qs[k - 1].sentence == p.sentence \
            and not d.qs[k - 1].is_percent:
        k -= 1
    return d.qs[k]


def _bare_item(d: _Doc, p: Quantity, head: Quantity, total: Quantity) -> bool:
    """A figure printed with no unit in a 分别 list of its total's sentence ("门急诊人次分别为48.6万、
    21.3万,合计70.9万人次"): the list's items are counted in the unit the total prints; its other
    items are bare too (a list of one unit and a bare figure is no such list)."""
    if p.unit or p.is_percent or not total.unit or total.is_percent or p.sentence != total.sentence:
        return False
    if "分别" not in d.label(head):
        return False
    run = d.qs[head.index : total.index]
    return all(not x.unit and not x.is_percent for x in run)


# (or what was due this year, the work carried in with it: "应审理232件;已审结209件,尚在审理23件";
# or handed on: "交办工单9,874件,已办结9,612件,在办262件")
_RECEIVED = gated(re.compile(r"(受理|收到|接到|接收|登记|交办|转办|转派|派发|派单|(?:应当?|需要?)(?:审理|审结|办结|办理|处理)|(?:共|全年)审理)[^,;。]{0,12}$"))
_CLOSED = re.compile(r"(办结|处理完毕|办理完毕|已处理|已完成|已答复|(?<![应需未])(?:审结|结案))[^,;。]{0,6}$")
_PENDING = re.compile(r"(正在|在办|未办结|办理中|尚未|仍在|尚在)[^,;。]{0,8}$")


def _status_splits(d: _Doc) -> list[Relation]:
    """"受理2917件,已处理完毕2349件,正在办理568件": what came in is closed or still open."""
    out = []
    for q in may_hold(d, _RECEIVED):  # (only the figures whose label holds a character every match needs: label_index)
        if q.is_percent or not _RECEIVED.search(d.label(q)):
            continue
        seg_end = d.next_end(q.end, SEG_END)
        if _DUE_WHOLE.search(d.label(q)):  # ("全年应审理232件;已审结209件,尚在审理23件": the sentence goes on)
            seg_end = max(seg_end, q.sentence[1])
        # The outcomes follow the figure closely: a few figures, not the rest of a long sentence
        # (looking at all of them made one 1,500-clause sentence quadratic).
        # (a bracket after an outcome breaks that outcome down: "办结21,509件(含8月结转在办件412件)")
        rest = [p for p in d.qs[q.index + 1 : q.index + 1 + _STATUS_REACH] if p.start < seg_end
                and compatible(p, q) and not p.is_percent and not d.in_parentheses(p)]
        closed = next((p for p in rest if _CLOSED.search(d.label(p))), None)
        pending = next((p for p in rest if _PENDING.search(d.label(p))), None)
        others = [p for p in rest if p is not closed and p is not pending]
        if closed is not None and pending is not None and closed.index < pending.index and not others \
                and (_DUE_WHOLE.search(d.label(q)) or not holds_carried(d, closed)):
            # Any other outcome ("转交其他部门2件") would be a third part: then nothing is asserted; nor
            # when what was closed holds work carried in ("审结396件(含2022年结转11件)") over an intake.
            out.append(Relation("sum", "sum.status", {"total": q, "parts": [closed, pending]}))
        if _ARRIVED.search(d.label(q)):
            # "收到申请126件,受理118件,不予受理8件": what arrived is accepted or turned down.
            seg = [p for p in d.qs[q.index + 1 : q.index + 3]]
            third = d.qs[q.index + 3] if q.index + 3 < len(d.qs) else None
            more = third is not None and third.start < seg_end and compatible(third, q) and not third.is_percent
            if (len(seg) == 2 and all(compatible(p, q) and not p.is_percent and p.start < seg_end for p in seg)
                    and _ACCEPTED.search(d.label(seg[0])) and _REFUSED.search(d.label(seg[1]))
                    and not more):  # "…不予受理5件,告知3件": a third outcome, the two are not all
                out.append(Relation("sum", "sum.status", {"total": q, "parts": seg}))
    return out


_STATUS_REACH = 8
_DUE_WHOLE = re.compile(r"(?:应当?|需要?)(?:审理|审结|办结|办理|处理)[^,;。]{0,12}$")
_ARRIVED = re.compile(r"(收到|接到|接收)[^,;。]{0,12}$")
_ACCEPTED = re.compile(r"^,?(依法|予以|决定|已)?受理$")
_REFUSED = re.compile(r"^,?(依法|决定)?(不予受理|不予立案|驳回申请)$")


# gated: the optional opening words made the alternation be tried at every character of the text
# (the body that acted may stand before the 'all' word: ",公安机关已全部纠正", ",承办单位均已办结")
_LIST_ALL = gated(re.compile(r"(?:[,;](?:[\u4e00-\u9fff]{0,4}(?:机关|单位|部门))?)?(?:已|均已|并|且)?(?:全部|均|全数|一律|全都)"
                             r"(?:已|已经|按期|按时|依法|及时)*([\u4e00-\u9fff]{2,4})"))


_WHOLE_LEAD = re.compile(r"^(?:全年|年内|本年度?|今年|全[市县区])+")


def all_of_a_list(d: _Doc) -> list[Relation]:
    """"办理人大代表建议35件、政协委员提案42件,已全部办复,办复77件": an 'all' clause after a list
    says every item of it reached the stage its verb names; the figure of that stage right after,
    named by the verb ("办复77件"), counts the whole list -- their sum. The list is two figures or
    more of one unit joined by 、/和; the stage figure stands in the same sentence, counted alike,
    or opens the next sentence of the paragraph ("…全部办结。全年共办结建议提案111件")."""

    s = d.s
    out: list[Relation] = []
    for m in _LIST_ALL.finditer(s):
        k = d.before(m.start())
        if k <= 0 or k >= len(d.qs) or d.qs[k - 1].end != m.start():
            continue  # the clause follows the list's last figure right away
        last = d.qs[k - 1]
        nxt = d.qs[k]
        if nxt.is_percent or last.is_percent:
            continue
        if nxt.sentence == last.sentence:
            run = _run_before(d, nxt)
            head = re.split(r"[,;]", d.label(nxt))[-1]
        else:
            # "…提案63件,全部按期办结。全年共办结建议提案111件": the stage figure opens the next
            # sentence of the paragraph, its words before it its stage and a whole's words only
            run = [last]
            for p in d.back_from(last.index):
                if p.is_percent or p.sentence != last.sentence or not _RUN_JOIN.fullmatch(s[p.end : run[0].start]):
                    break
                run.insert(0, p)
            between = s[last.end : nxt.start]
            head = re.split(r"。", between)[-1]
            if between.count("。") != 1 or "\n" in between or d.s[nxt.sentence[0] - 1] != "。":
                continue
            head = _WHOLE_LEAD.sub("", head)
        verb = m.group(1)[:2]
        if (len(run) < 2 or run[-1].index != last.index or not all(compatible(p, nxt) for p in run)
                or not re.fullmatch(rf"(?:共|共计|合计)?{verb}[\u4e00-\u9fff]{{0,6}}", head)
                or any(is_scope_count(d, p) or d.in_parentheses(p) for p in run)):
            continue
        out.append(Relation("sum", "sum.breakdown", {"total": nxt, "parts": run}, exhaustive=True))
    return out


_FORWARD = re.compile(r"结转(?:至|到)?下(?:一)?年度?|转入下(?:一)?年度?|结转(?:至|到)?\d{4}年")
# (not the work due: "应审结案件294件" names what was to be closed, no closing)
_CLOSED_HEAD = re.compile(r"(?<![应需])(?:办结|审结|办理完毕|答复|作出答复)[^,;。]{0,6}$")
_RECEIVED_WHOLE = re.compile(r"(?:共|全年|本年度?|全市|全县|全区)[^,;。]{0,10}?(?:收到|受理|接收|新收)[^,;。]{0,12}$"
                             r"|(?P<due>(?:需要?|应当?)(?:办理|处理|审理|审结|办结|答复|审(?=案件)|办)[^,;。]{0,10}$)"
                             r"|(?P<sum>^[,;]?(?:合计|共计|总计|共)$)"  # (handled: "全年办理215件(含上年结转9件)")
                             r"|(?P<handled>(?:共|全年|本年度?)(?:(?![需应])[^,;。]){0,10}?办理[^,;。]{0,12}$)")
_NONE_CARRIED = re.compile(r"无|没有")
# (written out word by word, each alternative opening with its own first character: the engine
# then skips to those characters over the report, instead of trying the groups at every position;
# "(?:A|B)C" is "AC|BC", the same match at each start)
_CARRIED_IN = re.compile(r"上年[^,;。]{0,4}结转|去年[^,;。]{0,4}结转|上一年度?[^,;。]{0,4}结转|以前年度[^,;。]{0,4}结转"
                         r"|结转(?!下|至下|到下|至\d|到\d)|旧存|旧案|积存|上年度?未结|上一年度?未结|去年度?未结")


def carried_forward_splits(d: _Doc) -> list[Relation]:
    """"全年共收到申请642件(含上年结转25件)…全年办结申请601件,结转下年度继续办理41件": what was
    to be handled this year is closed or carried forward -- the two add up to the received total.
    The total is the one figure before them named as received in a whole (共收到, 全年受理), which
    holds the work carried in when the text speaks of any ("(含上年结转25件)"); else nothing."""
    s = d.s
    out: list[Relation] = []
    for q in merged(may_hold(d, _FORWARD), may_hold(d, REST_OPENER)):  # (only the figures whose label holds a character every match needs: label_index)
        if q.is_percent or not (_FORWARD.search(d.label(q)) or forwarded_after(d, q)) or q.index == 0:
            continue
        closed = closing_before(d, q)  # ("办结14件,办结率82.4%,结转下年度3件": past the closing's rate)
        if (closed is None or closed.is_percent or not compatible(closed, q) or closed.sentence != q.sentence
                or not _CLOSED_HEAD.search(re.split(r"[,;]", d.label(closed))[-1])):
            continue
        if any(_CLOSED_HEAD.search(re.split(r"[,;]", d.label(p))[-1]) for p in d.in_range(q.sentence[0], closed.start)
               if compatible(p, q) and not p.is_percent):
            continue  # "办结投诉100件,办结举报15件,结转下年度5件": two closings, the one before is a part
        carried_in = _carried_in(d)
        named = _opened_set(d, closed)
        if named is not None:
            # "受理1,137件…;受理案件中,审结1,052件,结转85件": the split of the set the clause names, not of
            # a received or due total before it -- the figure named so, unless work carried in may be in it
            if isinstance(named, Quantity) and compatible(named, q) and not carried_in:
                out.append(Relation("sum", "sum.status", {"total": named, "parts": [closed, q]}))
            continue
        cands = []
        for t in d.qs[max(0, closed.index - 60) : closed.index]:
            if t.is_percent or not compatible(t, q) or d.in_parentheses(t) \
                    or not _RECEIVED_WHOLE.search(re.split(r"[,;。]", d.label(t))[-1]):
                continue
            # "共需办理61件" (what was due this year) holds the work carried in by its words, and so
            # does a bare total right after the carried-in figure ("新收37件,上年结转6件,合计43件")
            named = _RECEIVED_WHOLE.search(re.split(r"[,;。]", d.label(t))[-1])
            if named.group("sum") and not _sums_the_carry(d, t):
                continue
            bracket = bool(re.match(r"\((?:含|包括|其中)[^()]{0,8}结转", s[t.end : t.end + 14]))
            if named.group("handled") and not bracket:
                continue
            holds_carry = bracket or bool(named.group("due") or named.group("sum"))
            if carried_in and not holds_carry:
                continue  # work carried in, not in this figure: the total is not printed
            cands.append(t)
        dues = [t for t in cands if _RECEIVED_WHOLE.search(re.split(r"[,;。]", d.label(t))[-1]).group("due")]
        if dues and len({t.value for t in dues}) == 1:
            cands = dues  # the work due ("应审结1,448件") is what is closed or carried on, not the received
        if len({t.value for t in cands}) == 1:
            rel = Relation("sum", "sum.status", {"total": cands[-1], "parts": [closed, q]})
            # "收到申请291件;受理245件,不予受理46件;…审结228件,结转17件": what is closed or carried on is the
            # work accepted, the received less the refused (refused_bases), as well as the whole received
            extra = without_refused(d, cands[-1], closed, apart=True)
            rel.readings = [{**rel.roles, "total": b} for b in extra]
            out.append(rel)
    return out


def _opened_set(d: _Doc, closed: Quantity) -> Quantity | object | None:
    """The set a "X中," opening the closed figure's clause or sentence names ("受理案件中,审结…"): the
    figure named so, else ``AMBIGUOUS``; None when the clause does not open so."""
    from .sums import _IN_WHICH  # (sums reads this module's helpers)

    head = max(d.last_before(";", closed.start), d.last_before(SENT_END, closed.start)) + 1
    opener = _IN_WHICH.match(d.s, head)
    if opener is None or opener.end() > closed.start or d.in_range(head, opener.start()):
        return None
    whole = named_whole(d, head, d.s[head : opener.end() - 2])
    return whole if isinstance(whole, Quantity) else AMBIGUOUS


def _sums_the_carry(d: _Doc, t: Quantity) -> bool:
    """Is the bare total ``t`` (合计, 共) right after a carried-in figure of its sentence, a new intake
    before that one ("新收申请37件,上年结转6件,合计43件"): the sum of the two, the work of the year?"""
    prev = [p for p in d.qs[max(0, t.index - 2) : t.index] if not p.is_percent]
    return (len(prev) == 2 and all(p.sentence == t.sentence and compatible(p, t) for p in prev)
            and bool(_CARRIED_IN.search(re.split(r"[,;。]", d.label(prev[1]))[-1]))
            and not _CARRIED_IN.search(re.split(r"[,;。]", d.label(prev[0]))[-1]))


def _carried_in(d: _Doc) -> bool:
    """Does the text (prose or table) speak of work carried in from the year before, not as none
    ("上年结转…0")?"""
    def answer() -> bool:
        for m in _CARRIED_IN.finditer(d.s):
            if _NONE_CARRIED.search(d.s, max(0, m.start() - 2), m.end()):
                continue  # "无上年结转", "上年无结转申请": none carried in
            k = d.before(m.end())
            nxt = d.qs[k] if k < len(d.qs) else None
            if nxt is None or nxt.start - m.end() > 30 or nxt.value != 0:
                return True
        return False

    if "carried_in" not in d.cache:
        d.cache["carried_in"] = answer()
    return bool(d.cache["carried_in"])


# (the last name may go on with the total's own words: "…和责令履行三类直接纠错的案件共")
def continued_lists(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"年末户籍人口52.6万人。其中城镇人口21.3万人。乡村人口31.3万人。": a 其中 list that closes its
    sentence short of its whole may go on in the next sentence, whose figures count what its parts
    count (their words end alike). Nothing but the figures says so: the sum is emitted only when
    the parts of both sentences add up to the whole."""

    s = d.s
    out: list[Relation] = []
    for total, parts in short_lists(found):
        last = parts[-1]
        if (len({p.sentence for p in parts}) != 1 or not re.search(r"其中", s[total.end : parts[0].start])
                or s[last.sentence[1] - 1 : last.sentence[1]] != "。"):
            continue
        start = last.sentence[1]
        nxt = [q for q in d.in_range(start, d.next_end(start, "。\n")) if not q.is_percent]
        endings = {_tail(d, p) for p in parts}
        if (not nxt or any(not compatible(q, total) or d.in_parentheses(q) or is_scope_count(d, q) for q in nxt)
                or not all(_tail(d, q) in endings and len(_tail(d, q)) == 2 for q in nxt)):
            continue
        if _fits(total, parts + nxt):
            out.append(Relation("sum", "sum.breakdown", {"total": total, "parts": parts + nxt}, exhaustive=True))
    return out


def _tail(d: _Doc, q: Quantity) -> str:
    """The last two characters of a figure's words (人口, 投诉)."""

    return figure_words(d, q)[-2:]
