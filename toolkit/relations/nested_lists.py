"""Lists nested inside a 其中 list: an aside or a colon right after one of its parts opens that
part's own breakdown, whose figures are no items of the list around it. Read by ``sums``."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from ..quantities import Quantity
from .clause_sets import clause_set_base
from .model import compatible, money_value
from .scopes import words
from .structure import _Doc
from .vocab import read_section

_BASE_ASIDE = re.compile(r"\)的(?:比例)?(?:为|是)?")  # "(62亿元)的52.7%": an aside closed on its share


def _aside_of_a_part(d: _Doc, q: Quantity, marker_end: int) -> bool:
    """Is ``q`` in an aside opened right after a figure of the list, past the list's marker ("其中:…
    公务用车购置及运行维护费18.60万元(公务用车购置费0万元、公务用车运行维护费18.60万元);…")? The
    aside breaks that figure down; its figures are no items of the list around it. (An aside of another
    measure, "市容环境类1,648件(罚款216.3万元)、…", is that item's figure of a parallel list: kept.) Nor is
    the base of a share, stated in an aside right after the share."""
    if not d.in_parentheses(q):
        return False
    opened = d.s.rfind("(", 0, q.start)
    k = d.before(opened)
    if opened < marker_end or k == 0:
        return False
    if _BASE_ASIDE.match(d.s, q.end) and q.index + 1 < len(d.qs) and d.qs[q.index + 1].is_percent:
        return True  # ("其中区级收入32.68亿元,完成年度预算(62亿元)的52.7%": the base of the share after it)
    holder = d.qs[k - 1]
    if holder.end == opened and holder.is_percent and "占" in d.label(holder):
        return True  # ("其中民生支出20.10亿元,占年度预算的46.8%(年度预算58.46亿元)": the share's base, no item)
    return holder.end == opened and not holder.is_percent and compatible(holder, q)


def _colon_sublists(d: _Doc) -> list[tuple[int, int]]:
    """"其中二季度901件:4月份418件、5月份296件、6月份187件": a colon right after a part of a 其中 list
    opens that part's own list -- a nested breakdown, whose items are no siblings of the part. (A colon
    after any figure was tried, session 23: "审结9件:维持6件,撤销3件,申请人撤回1件" then left its last
    item out of the list and passed a sum the figures break.)"""
    out = []
    for q in d.qs:
        if d.s.startswith(":", q.end) and not q.is_percent and q.unit:
            # (not "医护比为1:1.15": a ratio of bare numbers, whose colon opens no list)
            head = d.s[d.last_before("。\n", q.start) + 1 : q.start]
            if "其中" in head and d.in_range(d.last_before("。\n", q.start) + 1, q.start):
                out.append((q.end, q.end + 1))
    return out


# a figure closing its line with a colon, the next line opened by a list marker ("…1,926家次:\n1.网吧684家次;")
# (or a line of one named figure closed by ";": "区市场监管局946件;" -- a Markdown list's dash is read off)
_LINES_OPENED = re.compile(r"\d(?:[\u4e00-\u9fff]{1,2}|[万亿]元)?:\n(?=\(?[一二三四五六七八九十\d]{1,3}[).、．]|[-•·①]"
                           r"|[^\n\d:,;。]{1,16}[\d,.]+[^\n\d,;。]{0,4};\n)")


def lines_after_a_figure(d: _Doc) -> list[tuple[int, int]]:
    """"检查各类文化经营场所1,926家次:\n1.网吧684家次;\n2.…": the colon closing the line of a figure opens
    the list of its items on the marked lines below -- the figure's breakdown, as "其中:" opens one."""
    if ":\n" not in d.s:
        return []
    out = []
    for m in _LINES_OPENED.finditer(d.s):
        q = d.in_range(max(0, m.start() - 24), m.end())
        if q and not q[-1].is_percent and q[-1].unit and d.s[q[-1].end] == ":":
            out.append((q[-1].end, q[-1].end + 1))
    return out


def included_in_the_part_before(d: _Doc, q: Quantity, marker_end: int = 0) -> Quantity | None:
    """The figure whose clause ``q``'s own clause continues by saying what it includes ("其中持证的
    318人,含法制审核人员27人", "受理86件,其中含结转5件" is not: the 含 opens the list itself). A clause
    opened by an includes word (含, 包含, 其中含…; catalog ``includes``) right after a figure of the list
    breaks that figure down: its figures are that figure's parts, bounded by it, no siblings of it.
    None when ``q``'s clause opens otherwise, or no figure of the list (past ``marker_end``) ends the
    clause before it."""
    # (the holder is read once per figure -- every breakdown around the figure and the includes walk
    # ask it -- and only the list's marker, which differs from ask to ask, is tested each time)
    holder = d.memo("included_before", q, _included_before)
    return None if holder is None or holder.start < marker_end else holder


def _included_before(d: _Doc, q: Quantity) -> Quantity | None:
    """``included_in_the_part_before`` with no marker (``marker_end`` 0): the figure ending the clause
    before ``q``'s, when ``q``'s clause opens with an includes word and continues it."""
    s = d.s
    clause = d.last_before(",;。\n", q.start)
    if clause < 0 or s[clause] in "。\n":
        return None
    m = words()["includes"].match(s, clause + 1)
    if m is None or s.startswith("量", m.end()) or d.in_parentheses(q):
        return None  # (not "含量…"; an aside "(含…)" is _included_aside's)
    k = d.before(clause)
    if k == 0:
        return None
    holder = d.qs[k - 1]
    if holder.is_percent or not compatible(holder, q) or s[holder.end : clause].strip("的") \
            or holder.sentence != q.sentence:
        return None
    return holder


_STOP_LEVEL = {"、": 1, ",": 2, ";": 3}
_REST = re.compile(r"^(?:其他|其它|其余|剩余|另有)")
_CJK_ONLY = re.compile(r"[^\u4e00-\u9fff]")


def _stop_before(d: _Doc, a: Quantity, b: Quantity) -> int:
    """The level of the last stop between two figures (、 < , < ;), 0 when none."""
    return next((_STOP_LEVEL[c] for c in reversed(d.s[a.end : b.start]) if c in _STOP_LEVEL), 0)


def _own_words(d: _Doc, q: Quantity) -> str:
    return _CJK_ONLY.sub("", re.split(r"[,;:、]", d.label(q))[-1])


def leaves_the_kinds(d: _Doc, parts: list[Quantity], q: Quantity) -> bool:
    """Does ``q`` leave a list of kinds ("其中生态环境领域41件、食品药品领域19件,发出检察建议68件")?
    Items joined by 、 whose words all end in one noun (领域, 类, 案件) name kinds of the whole; a figure
    after a stronger stop (, ;) whose words do not end so, and do not name the rest (其他…), says
    something new of the whole (an action on it, a later stage), not one more kind."""
    if len(parts) < 2 or any(_stop_before(d, a, b) != 1 for a, b in pairwise(parts)):
        return False
    if _stop_before(d, parts[-1], q) < 2:
        return False
    labels = [_own_words(d, p) for p in parts]
    tail = labels[0]
    for lab in labels[1:]:
        while tail and not lab.endswith(tail):
            tail = tail[1:]
    own = _own_words(d, q)
    return bool(tail) and bool(own) and not own.endswith(tail) and not _REST.match(own)


def involved_value_of_another(d: _Doc, part: Quantity, total: Quantity) -> bool:
    """Is ``part`` money the cases counted just before it involve ("罚没款1.62亿元;其中查处传销案件12件,
    涉案金额3.36亿元"; catalog ``involved_values``) while ``total`` is money of another kind (罚没款,
    入库税款)? The value the counted cases involve is an attribute of that count: no part of money
    collected, fined or paid, only of a whole named as involved too. (Money named so right after
    the 其中 of a money total, "追回基金2561万元,其中移交司法机关涉及金额70.2万元", is its part.)"""
    involved = words()["involved_values"]
    if not part.is_money or not involved.search(d.label(part)) or involved.search(d.label(total)):
        return False
    k = part.index - 1
    count = d.qs[k] if 0 <= k < len(d.qs) and d.qs[k + 1] is part else None
    return count is not None and count.start > total.end and not count.is_money and not count.is_percent


# (the total word after the name or before it: "纠错案件合计30件", "合计纠错30件", "共纠错30件"; or a
# clause opening on a word pointing back at the items just listed: ",以上直接纠错30件", ",上述共计…")
_SUBTOTAL_WORDS = re.compile(r"^[,;、]?(?:[\u4e00-\u9fff]{0,12}?(?:合计|共计|小计|总计|共)|(?:合计|共计|小计|总计|共)[\u4e00-\u9fff]{1,8})$"
                             r"|^[,;](?:以上|上述|前述)[\u4e00-\u9fff]{1,10}$")


def subtotal_of_the_last(d: _Doc, out: list[Quantity], q: Quantity) -> bool:
    """Is ``q`` named by a total word (合计, 共计, 小计) and the sum of the last two or more parts
    listed before it -- a subtotal of those kinds, not one more part of the list?"""
    if not _SUBTOTAL_WORDS.match(d.label(q)) or len(out) < 2:
        return False
    value = (lambda p: money_value(p)) if q.is_money else (lambda p: p.value)
    running = Decimal(0)
    for k, p in enumerate(reversed(out), 1):
        running += value(p)
        if k >= 2 and running == value(q):
            return True
    return False


@lru_cache(maxsize=1)
def _added_words() -> re.Pattern:
    return read_section("flows.yaml", "cumulative", lambda v, _: re.compile(str(v["new"])))


def added_in_the_year(d: _Doc, total: Quantity, out: list[Quantity], q: Quantity) -> bool:
    """Does ``q``'s clause, after a stronger stop than the list's first joint, count what was added
    over the year (cumulative ``new`` of flows.yaml: 新增, 新建…) while neither the whole nor the list's
    first part does? A list of the kinds of a stock ("现有民警412名,其中…") is followed by the year's
    additions; a whole added itself ("新增减税降费…共计9.84亿元,其中…") has additions for parts."""
    new = _added_words()
    clause = _KIND_CLAUSE.split(d.label(q))[-1]
    return (_stop_before(d, out[-1], q) >= 2 and bool(new.match(clause)) and not new.search(d.label(out[0]))
            and not new.search(d.label(total)))


_KIND_CLAUSE = re.compile(r"[,;:、]")
_OPENER = re.compile(r"^(?:其中|包括|包含|含)")
_CUT = re.compile(r"\d")
_NOT_A_KIND = re.compile(r"^(?:其他|其它|其余|剩余|另有|非|除)")
_NOT_A_KIND_FIRST = "其剩另非除"  # (the characters a match opens with: tested first, in C)


def _kind_name(d: _Doc, q: Quantity) -> str:
    """The Chinese words naming a part: its label's last clause, without an opener (其中, 包括) and a trailing 的."""
    return _OPENER.sub("", _CJK_ONLY.sub("", _KIND_CLAUSE.split(d.label(q))[-1])).removesuffix("的")


@lru_cache(maxsize=1)
def _ends(degrees: re.Pattern) -> re.Pattern:
    return re.compile(f"(?:{degrees.pattern})")  # (anywhere in the qualifier: "上年结转的…中本年准予许可")


@lru_cache(maxsize=1)
def _tail_end(tails: re.Pattern) -> re.Pattern:
    return re.compile(f"(?:{tails.pattern})$")  # (compiled once: ``re.sub`` with its text looked it up at each pair)


def kinds_inside(d: _Doc, parts: list[Quantity]) -> dict[int, Quantity]:
    """The parts named by a narrower kind of an earlier part of the list ("其中公路建设7.82亿元,农村
    公路3.15亿元,站场建设0.42亿元": 农村公路 is a kind of 公路, whose building the first part counts;
    "其中企业126家,工业企业48家"), each with the part it lies inside: the name is a qualifier and the
    whole of the earlier part's kind (its name without a ``work_tails`` word), or of its name. Such a
    part is no sibling of the others: the list is nested, not a partition of the whole."""
    tails, degrees = _tail_end(words()["work_tails"]), _ends(words()["degrees"])
    out: dict[int, Quantity] = {}
    # (a name cut by a figure in its clause, "16-59岁人口", is not the whole name: no kind read from it)
    names = [_kind_name(d, p) if not _CUT.search(d.s, d.last_before(",;:、。\n", p.start) + 1, p.start) else ""
             for p in parts]
    kinds: list[str | None] = [None] * len(parts)  # each earlier name's kind, read once (not once per later part)
    for k, (p, name) in enumerate(zip(parts, names, strict=True)):
        if len(name) < 4 or (name[0] in _NOT_A_KIND_FIRST and _NOT_A_KIND.match(name)):
            continue
        for i, (q, earlier) in enumerate(zip(parts[:k], names[:k], strict=True)):
            kind = kinds[i]
            if kind is None:
                kind = kinds[i] = tails.sub("", earlier)
            narrow = name.removesuffix(earlier[len(kind):])
            # (a qualifier of two characters at least: "社区级" is no narrower "区级")
            if len(kind) >= 2 and not (earlier[:1] in _NOT_A_KIND_FIRST and _NOT_A_KIND.match(earlier)) and q.index not in out \
                    and len(narrow) >= len(kind) + 2 and narrow.endswith(kind) \
                    and not degrees.search(narrow[: -len(kind)]):
                out[p.index] = q  # ("部分属实" after "属实": a degree of it, a sibling outcome)
                break
    earlier = {p.index: p for p in parts}
    for p in parts[1:]:
        # "准予许可5,806件,不予许可66件,准予许可中当场办结3,417件": a part whose clause opens with the
        # set an earlier part names (…中) is taken from that part, not listed beside it
        if p.index not in out and (s := clause_set_base(d, p)) is not None and s.index in earlier \
                and s.index < p.index:
            out[p.index] = s
    return out


def flow_of_a_part(d: _Doc, parts: list[Quantity]) -> bool:
    """Is a later part named by an earlier part's kind with a word of time or flow before it (``flows``:
    "其中亿元以上项目69个,新开工亿元以上项目63个", "就业…,新增就业…")? It is another measure of that kind,
    no sibling of the earlier part: the list is no partition of its whole."""
    flows = words().get("flows")
    if flows is None or len(parts) < 2 or not flows.search(d.s, parts[0].end, parts[-1].start):
        return False  # (no word of flow between the first part and the last: no later part named so)
    tails = _tail_end(words()["work_tails"])
    names = [_kind_name(d, p) if not _CUT.search(d.s, d.last_before(",;:、。\n", p.start) + 1, p.start) else ""
             for p in parts]
    for k, name in enumerate(names):
        for earlier in names[:k] if len(name) >= 4 else ():
            kind = tails.sub("", earlier)
            narrow = name.removesuffix(earlier[len(kind):])
            if len(kind) >= 2 and len(narrow) > len(kind) and narrow.endswith(kind) and flows.search(narrow[: -len(kind)]):
                return True
    return False


# an item's name: a few words of its own, no detail verb of the item before ("涉及…", "挽回…")
_ITEM_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
_DETAIL = re.compile(r"涉及|挽回|金额|罚款|罚没|人次|其中|共|合计|累计|达")
_KIND_COUNTS = frozenset({"类", "项", "种", "位"})  # counts of the kinds ("以上五类"), ranks: no item
_ITEM_BREAK = re.compile(r"[;；\n]")


def item_in_another_unit(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Does the list hold an item counted in a unit of its own, between its parts or right after them
    ("其中来信176件、来访10批40人次、网上信访2004件" under 信访事项2,190件)? The item is a kind of the
    whole, in batches, not in the whole's unit: the parts in that unit leave it out, and their
    shortfall is its figure, which no sum in 件 can hold."""
    # (the list's separator is the one before its last part: the first part may carry details after
    # it -- "讨薪420件,为515名农民工追讨…;婚姻家庭230件、…、其他60件")
    sep = d.s[parts[-2].end : parts[-1].start][:1] if len(parts) >= 2 else "、"
    last = parts[-1].index + 1
    if last < len(d.qs) and d.s[parts[-1].end : d.qs[last].start][:1] != sep:
        last -= 1  # (an item after the last part is one only after the list's own separator)
    if parts[0].index < total.index <= last:
        last = total.index - 1  # ("…1,207件\n以上五类合计11,765件": nothing past a closing total)
    taken = {p.index for p in parts}
    for q in d.qs[parts[0].index + 1 : last + 1]:
        if q.index in taken or q.is_percent or compatible(q, total) or q.unit in _KIND_COUNTS:
            continue
        if q.index + 1 in taken and not _ITEM_BREAK.search(d.s, q.end, d.qs[q.index + 1].start):
            continue  # ("城市低保1,236户1,908人", "道路交通事故28起、死亡26人": another measure of a part's own item)
        before = d.s[d.qs[q.index - 1].end : q.start]
        name = before[1:]
        if before[:1] == sep and _ITEM_NAME.match(name) and not _DETAIL.search(name):
            return True
    return False
