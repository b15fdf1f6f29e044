"""Lists that partition a whole by meaning, read through 分别 or item by item (issue 15, B and F).

"全年共受理申请520件。市本级、各县区分别受理186件、334件": 分别 maps the list of names onto the list
of figures, position by position; the names are the levels of the jurisdiction (its own level and
the levels below it), so the figures are all of the act -- they add up to the whole of the same act
stated elsewhere, before or after, and a gap is an error. The same holds for the quarters or halves
of the report's period ("一季度至四季度分别受理…", "前三个季度分别收到…" in a report of 1-9月), for a
second 分别 of the same names in the sentence ("…,分别纠错37件、85件"), and for items each named by
a level ("市本级查处386件,各区县查处862件", "…,全市合计7,930件").

Precision: as many names as figures, every name a level or a period of ``catalog/distributed.yaml``,
one act (the verb after 分别, or ending the names), and a whole of that act, of the parts' unit, not
itself a level's or a period's figure, not a change, larger than every part; a whole naming another
jurisdiction than the levels' (全省 over 市本级) or another period than the quarters' (全年 over the
first three) is no whole. Anything else reads nothing."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from ..numbers import ordinal_names
from ..quantities import Quantity
from .closings import _COUNT
from .completeness import says_overlap
from .label_index import may_hold
from .misprints import within_one_slip
from .model import Relation, compatible, money_value
from .periods import of_another_period
from .reading import holding
from .ref_years import years_listed
from .roles import is_delta, is_previous
from .scopes import is_additive, unit_class, words
from .sections import _fits as adds_up
from .siblings import earlier_stage_wholes
from .structure import SENT_END, _Doc, _overlap
from .vocab import catalog_yaml

_ASIDE = re.compile(r"\([^()]*\)")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[,;:。]")
_JOIN = re.compile(r"[、和及与]")
_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_REFUSED = re.compile(r"(不予|不|未|尚未|没有)$")
_OPENING = re.compile(r"^(?:其中|另外|此外|同时|全年|今年|本年度?|年内)")  # words opening a clause, before the names
_TOTAL = re.compile(r"总量|总数")
_MORE = re.compile(r"另有|另外|此外|还有|以及|其余|其他|其它|剩余")
_FROM = re.compile(r"(?:由|从)(?:上年|去年|\d{4}年)?(?:同期)?的?$")  # "由2021年的171.66万件…": a change's start
_REACHED = re.compile(r"(?:增加|增长|上升|提高|提升|下降|减少|降低|回落|增|降|减|升)(?:到|至|为)")  # "…增加到186.42万件"
_BARE_REACH = 5  # sentences back to the whole of a bare act's list ("分别办理…")
_REACH = 30  # sentences back to the whole (the nearest figure of the act is the one read)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    data = catalog_yaml("distributed.yaml")
    lv, pr = data["levels"], data["periods"]
    return {
        "own": re.compile(lv["own"]), "lower": re.compile(lv["lower"]),
        "quarter": re.compile(pr["quarter"]), "range": re.compile(pr["range"]), "half": re.compile(pr["half"]),
        "each_quarter": re.compile(pr["each_quarter"]),
        "month": re.compile(pr["month"]),
        "partial": {int(k): re.compile(v) for k, v in pr["partial"].items()},
        "not_the_year": re.compile(pr["not_the_year"]),
        "closing": re.compile(data["closing"]), "linking": re.compile(data["linking"]),
        "generic": re.compile(data["generic"]), "acts": re.compile(data["acts"]),
    }


def distributed_partitions(d: _Doc) -> list[Relation]:
    """A sum for each list of levels or periods mapped by 分别 onto its figures, or naming items of
    its own, with the whole of the same act (module doc)."""
    out: list[Relation] = []
    names_of: dict[int, list[str]] = {}  # sentence start -> the names of its last 分别 list
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        if q.is_percent:
            continue
        # the clause up to the figure, not its label: a count in the names ("前三个季度") is a figure too
        clause = d.s[d.last_before(",;:。\n", q.start) + 1 : q.start]
        tail = _NOT_CJK.sub(lambda m: m.group(0) if m.group(0) in "、" else "", _ASIDE.sub("", _cn_months(clause)))
        head, _, after = tail.rpartition("分别")
        parts = _run(d, q)
        names = (_expanded(_JOIN.split(_OPENING.sub("", head))) or []) if head else names_of.get(q.sentence[0], [])
        if head:
            names_of[q.sentence[0]] = names
        if len(parts) < 2 or len(names) != len(parts):
            continue
        kind, jurisdiction, rest = _kind(names)
        act = _vocab()["linking"].sub("", after) or rest
        if kind is None or len(act) < 2:
            continue
        out += _with_whole(d, parts, act, kind, jurisdiction)
    out += _level_items(d)
    out += _closed_lists(d)
    return out


_CLOSING = re.compile(r",?[\u4e00-\u9fff]{0,6}?(?:合计|共计|总计|累计|总共)[\u4e00-\u9fff]{0,4}")


def list_names(d: _Doc, q: Quantity) -> tuple[list[Quantity], list[str]] | None:
    """The figures of the 分别 list ``q`` is in and their names, position by position ("一季度至四季度
    分别受理4,000件、5,000件…": 第1季度 … 第4季度), when it is one (as many names as figures); else None."""
    first = q
    while first.index > 0 and "分别" not in d.label(first):
        prev = d.qs[first.index - 1]
        if prev.is_percent or not _JOIN.fullmatch(d.label(first)) or prev.sentence != q.sentence:
            return None
        first = prev
    if "分别" not in d.label(first):
        return None
    clause = d.s[d.last_before(",;:。\n", first.start) + 1 : first.start]
    # (digits kept: "10月、11月、12月" name three positions)
    tail = re.sub(r"[^\u4e00-\u9fff、\d]", "", _ASIDE.sub("", clause))
    head = tail.rpartition("分别")[0]
    names = _expanded(_JOIN.split(_OPENING.sub("", head))) if head else None
    parts = _run(d, first)
    if names and len(names) == 1 and len(parts) == 4 and (each := _vocab()["each_quarter"].match(names[0])):
        # "各季度受理量分别为…": the four quarters in order, by position (not read as a partition of a
        # whole by itself: distributed_partitions leaves a list the names do not spell out to the figures)
        names = [f"第{n}季度" for n in range(1, 4)] + [f"第4季度{names[0][each.end() :]}"]
    if not names or len(names) != len(parts) or q not in parts:
        return None
    return parts, names


def names_item(name: str, words: str, names: list[str]) -> bool:
    """names_position, and not a part of the item: "民事调解案件" is no item of "行政、民事、刑事案件
    分别为…" (words between the item's name and the noun it shares with the list's last name, 案件)."""
    if not names_position(name, words):
        return False
    if not words.startswith(name) or len(names) < 2:
        return True
    rest = words[len(name):]
    if re.match(r"(?:[\u4e00-\u9fff]{0,4}?)中(?![心级型小学等期央部])[\u4e00-\u9fff]", rest):
        return False  # ("民事案件中调解撤诉…": some of the item)
    shared = 0  # (the noun the subject ends with, as the list's last name does: 案件, 类案件, 一审案件)
    while shared < min(len(rest), len(names[-1])) and rest[-1 - shared] == names[-1][-1 - shared]:
        shared += 1
    return shared < 2 or shared == len(rest)


def names_position(name: str, words: str) -> bool:
    """Do ``words`` (a later clause's subject) open with ``name``, an item of a 分别 list ("三季度受理量"
    names 第3季度; "县级领导" names 县)?"""
    quarter = _vocab()["quarter"]
    m, w = quarter.match(name), quarter.match(words)
    if m and w:
        return _NUM[m.group(1)] == _NUM[w.group(1)]
    core = re.sub(r"(?:级|本级)$", "", name)
    if len(core) >= 2:
        return words.startswith(core)
    # (one character names a level only with 级: "市级领导", not "市场监管类")
    return bool(core) and words.startswith((core + "级", core + "本级"))


# the words before a closing word that say it closes the list: a count of its items, "these", a
# jurisdiction as a whole ("两个街道合计", "二者合计", "以上合计", "全区合计")
_OF_THE_LIST = re.compile(r"^(?:[两二三四五六七八九十]个?[\u4e00-\u9fff]{0,3}|[二两三四]者|以上|上述|前述|这些|各|全|本[年月]|当[年月]"
                          r"|共|总|累|[上下]半年|[一二三四1-4]季度)")


def _names_a_sibling(gap: str, names: list[str]) -> bool:
    """Do the words before a closing word name a group of their own ("…分别为1,862件、1,537件,区直部门
    合计3,102件": the bodies of another kind, beside the items listed) -- neither a count of the
    items, "these", nor the noun every item's name ends with?"""
    words = _NOT_CJK.sub("", gap)
    words = re.split(r"合计|共计|总计|累计|总共", words)[0]
    if not words or _OF_THE_LIST.match(words):
        return False
    shared = names[-1]
    while shared and not all(n.endswith(shared) for n in names):
        shared = shared[1:]
    return not (len(shared) >= 2 and words.endswith(shared) and len(words) - len(shared) <= 2)


def _closed_lists(d: _Doc) -> list[Relation]:
    """"城市、农村低保对象分别为3,126户5,284人、1,872户3,019人,合计4,998户8,330人": a 分别 list of
    items (one figure of each measure, as many items as names) closed by its total right after it
    (合计/共计/累计…), one total per measure -- whatever the names are, the closing word says the
    total is of the items listed."""
    out: list[Relation] = []
    for q in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        if q.is_percent or not re.search(r"分别[\u4e00-\u9fff]{0,8}$", d.label(q)):
            continue
        clause = d.s[d.last_before(",;:。\n", q.start) + 1 : q.start]
        head = _NOT_CJK.sub(lambda m: m.group(0) if m.group(0) in "、" else "", _ASIDE.sub("", clause))
        names = [n for n in _JOIN.split(_OPENING.sub("", head.rpartition("分别")[0])) if n]
        if len(names) < 2 and (start := d.last_before(",;:。\n", q.start)) > 0 and d.s[start] == ",":
            # ("2022年至2024年,全县分别受理…": the years named in the clause before)
            names = years_listed(d.s[d.last_before(",;:。\n", start - 1) + 1 : start]) or names
        items = _items(d, q)
        width = len(items[0])
        if len(names) < 2 or len(items) != len(names) or any(len(it) != width for it in items):
            continue
        last = items[-1][-1]
        closing = d.qs[last.index + 1 : last.index + 1 + width]
        gap = d.s[last.end : closing[0].start] if len(closing) == width else ""
        if len(closing) != width or not _CLOSING.fullmatch(gap) or _CHANGED.search(gap) \
                or not _counts_the_items(gap, len(items)) or _names_a_sibling(gap, names) \
                or any(d.s[a.end : b.start] not in ("", "、") for a, b in pairwise(closing)) \
                or of_another_period(d, closing[0], [it[0] for it in items]):
            continue  # ("一、二季度分别…37次、41次,下半年合计92次": the 合计 of one more period)
        for k, total in enumerate(closing):
            column = [it[k] for it in items]
            if total.is_percent or any(unit_class(p) != unit_class(total) or not compatible(p, total) or p.is_percent
                                       for p in column):
                break
            out.append(Relation("sum", "sum.breakdown", {"total": total, "parts": column}))
    return out


# ("两年累计下降4.47万件": a closing word before a change is the change's, no total of the items)
_CHANGED = re.compile(r"下降|减少|增加|增长|上升|提高|降低")
_COUNTED = re.compile(r"([两二三四五六七八九十]|\d{1,2})个?(?:年|季度|月|项|类|个)")


def _counts_the_items(gap: str, n: int) -> bool:
    """Does a count before the closing word ("三年累计") count the list's items (or is none printed)?"""
    m = _COUNTED.search(gap)
    if m is None:
        return True
    return (int(m.group(1)) if m.group(1).isdigit() else _COUNT.get(m.group(1), 1)) == n


def _items(d: _Doc, q: Quantity) -> list[list[Quantity]]:
    """The items from ``q`` on: figures printed together ("3,126户5,284人") are one item, items are
    joined by 、/和/及."""
    items = [[q]]
    prev = q
    for p in d.from_index(q.index + 1):
        between = d.s[prev.end : p.start]
        if p.sentence != q.sentence or p.is_percent:
            break
        if between == "":
            items[-1].append(p)
        elif _JOIN.fullmatch(between):
            items.append([p])
        else:
            break
        prev = p
    return items


def _run(d: _Doc, q: Quantity) -> list[Quantity]:
    """``q`` and the figures joined to it by 、/和/及 in its sentence, of its unit class."""
    run = [q]
    for p in d.from_index(q.index + 1):
        if p.is_percent or p.sentence != q.sentence or not _JOIN.fullmatch(d.s[run[-1].end : p.start]) \
                or unit_class(p) != unit_class(q):
            break
        run.append(p)
    return run


def _kind(names: list[str]) -> tuple[str | None, str, str]:
    """("levels", the jurisdiction, words after the last level) or ("quarters:N" / "halves", "",
    words after the last period) when the names are the levels of a jurisdiction or the periods of
    a partition; (None, "", "") otherwise."""
    v = _vocab()
    own = v["own"].fullmatch(names[0])
    if own:
        j = next(g for g in own.groups() if g)
        lowers = [v["lower"].fullmatch(n) for n in names[1:-1]] + [v["lower"].match(names[-1])]
        if all(m and not m.group(0).lstrip("各").startswith(j) for m in lowers) and len({m.group(0) for m in lowers}) == len(lowers):
            return "levels", j, names[-1][lowers[-1].end() :]
        return None, "", ""
    quarters = [v["quarter"].match(n) for n in names]
    if all(quarters) and [_NUM[m.group(1)] for m in quarters] == list(range(1, len(names) + 1)):
        return f"quarters:{len(names)}", "", names[-1][quarters[-1].end() :]
    halves = [v["half"].match(n) for n in names]
    if all(halves) and [m.group(1) for m in halves] == ["上半年", "下半年"]:
        return "halves", "", names[-1][halves[-1].end() :]
    months = [v["month"].match(n) for n in names]
    if all(months) and all(m.end() == len(n) for m, n in zip(months[:-1], names[:-1], strict=True)):
        first = _month(months[0])  # type: ignore[arg-type]
        nums = [_month(m) for m in months]  # type: ignore[arg-type]
        if nums == list(range(first, first + len(nums))) and (len(nums), first) in _MONTH_PERIODS:
            return f"months:{first}-{nums[-1]}", "", names[-1][months[-1].end() :]  # type: ignore[union-attr]
    return None, "", ""


_MONTH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}


_CN_MONTH = {v: k for k, v in _MONTH_NUM.items()}


def _cn_months(text: str) -> str:
    """"4月、5月、6月" -> "四月、五月、六月": a month's digits kept through the names' reading, which
    keeps only Chinese characters."""
    return re.sub(r"(?<!\d)(1[0-2]|[1-9])月", lambda m: _CN_MONTH[int(m.group(1))] + "月", text)


def _month(m: re.Match) -> int:
    g = m.group(1)
    return int(g) if g.isdigit() else _MONTH_NUM[g]


# (count of months, first month): the periods a run of months makes up -- quarters and halves
_MONTH_PERIODS = {(3, 1), (3, 4), (3, 7), (3, 10), (6, 1), (6, 7)}
_CN = {1: "一", 2: "二", 3: "三", 4: "四"}


def _names_months_period(text: str, first: int, last: int) -> bool:
    """Does ``text`` name the quarter or half the months first..last make up ("第二季度", "4-6月",
    "上半年")?"""
    if last - first == 2:
        q = (first - 1) // 3 + 1
        if re.search(rf"第?{_CN[q]}季度|[Qq]{q}", text):
            return True
    elif first == 1:
        if "上半年" in text:
            return True
    elif "下半年" in text:
        return True
    return bool(re.search(rf"(?<!\d){first}(?:月份?)?[-—~至到]{last}月", text))


def _expanded(names: list[str]) -> list[str] | None:
    """The names with a range of quarters spelled out ("一季度至四季度" -> four quarters) and a bare
    numeral given the last name's period ("一、二季度" -> 一季度, 二季度)."""
    v = _vocab()
    if len(names) == 1:
        m = v["range"].match(names[0])
        if m is None:
            return names
        a, b = (1, _NUM[m.group(3)]) if m.group(3) else (_NUM[m.group(1)], _NUM[m.group(2)])
        if a != 1 or b <= a:
            return None
        rest = names[0][m.end() :]
        return [f"第{n}季度" for n in range(1, b)] + [f"第{b}季度{rest}"]
    if len(names) > 1 and all(n in _NUM for n in names[:-1]) and v["quarter"].match(names[-1]):
        return [f"{n}季度" for n in names[:-1]] + [names[-1]]
    return ordinal_names(names)  # "第一、二、三产业": 第一产业, 第二产业, 第三产业


def _with_whole(d: _Doc, parts: list[Quantity], act: str, kind: str, jurisdiction: str) -> list[Relation]:
    end = d.next_end(parts[-1].end, SENT_END)
    if _MORE.search(d.s, parts[-1].end, end) or _MORE.match(d.s, end + 1):
        return []  # "…分别受理186件、534件,其余140件由省级机关受理": the names are not all of it
    whole = _whole_before(d, parts, act, kind, jurisdiction) or _whole_after(d, parts, act, kind, jurisdiction)
    if whole is None:
        return []
    if sum(p.value for p in parts) > whole.value and says_overlap(d, whole, parts):
        # "检查…58,921家次,市级检查49,360家次,县级检查31,739家次,部分企业接受了多级检查": the levels
        # overlap -- each is bounded by the whole, none summed
        return [Relation("bound", "bound.part", {"smaller": p, "larger": whole}) for p in parts]
    if whole.is_money and sum(money_value(p) for p in parts) != money_value(whole):
        # "全年共投入资金20万元,市级、县级、乡级分别投入9万元、3万元和2万元": money the levels put in
        # need not be all of it (funds from above, from society): each within the whole, no sum --
        # unless the figures make it (a partition by jurisdiction adds up)
        return [Relation("bound", "bound.part", {"smaller": p, "larger": whole}) for p in parts]
    # Levels named in a list may leave one out (村级, 市直; "其中县级、乡级领导分别接访200批次、500批次"
    # of 1,000 received: leaders of two levels, not all who received): a shortfall fails only where one
    # misprinted digit explains it. Periods of their whole (quarters of the half-year) are all of it.
    return [Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}, exhaustive=kind != "levels")]


def _is_part_like(own: str, kind: str) -> bool:
    """Do the words before a figure's act name a level (a period) -- a part of a list of the kind
    read, not its whole?"""
    v = _vocab()
    words = re.sub(r"(?:共|累计|合计|共计)$", "", re.sub(r"^(?:其中|全年|今年|本年度?)", "", own))
    if kind == "levels":
        return bool(v["own"].fullmatch(words) or v["lower"].fullmatch(words))
    return bool(v["quarter"].fullmatch(words) or v["half"].fullmatch(words)
                or re.fullmatch(v["month"].pattern.lstrip("^"), words))


def _fits(d: _Doc, t: Quantity, parts: list[Quantity], act: str, kind: str, jurisdiction: str) -> bool | None:
    """True when ``t`` is the whole of the parts' act; None when it is of the act but no whole of
    these parts (the search stops there); False when it is not of the act."""
    if t.is_percent or t.in_table or unit_class(t) != unit_class(parts[0]) or not compatible(t, parts[0]) \
            or is_delta(d, t) or is_previous(d, t) or not is_additive(d, t) or d.in_parentheses(t):
        return False
    lab = _ASIDE.sub("", d.label(t))
    if t.index and _REACHED.fullmatch(_NOT_CJK.sub("", lab)) and _FROM.search(d.label(d.qs[t.index - 1])):
        # "受理诉求由上年的171.66万件增加到186.42万件": the level reached is named by the words before
        # the level it rose from
        lab = _ASIDE.sub("", d.label(d.qs[t.index - 1]))
    own = _NOT_CJK.sub("", re.split(r"[,;:]", lab)[-1])
    verb = act[:2]
    at = own.rfind(verb)
    if at >= 0 and any(m.group() not in act and m.start() > at + 2 for m in _vocab()["acts"].finditer(own, at + 2)):
        return False  # "对办结件回访12,936件": another act closes the words, the figure is its
    total = _TOTAL.search(own)
    if at < 0 and total and len(act) >= 4 and _overlap(act[2:], own[: total.start()]) >= 2:
        at = total.start() - 2  # "信访总量3,862件次" over "分别受理信访事项…": the total of the noun
    elif at < 0 or _REFUSED.search(own[:at]):
        return False
    else:
        noun, wanted = (_vocab()["generic"].sub("", w) for w in (act[2:], own[at + 2 :]))
        if len(noun) >= 2 and len(wanted) >= 2 and _overlap(noun, wanted) < 2:
            return False  # another noun of the same verb ("受理公开申请…" / "分别受理复议申请…")
    if "其中" in own:
        return False  # a part of some whole ("其中按期办结…"): the whole is further back
    months_whole = kind.startswith("months") and _names_months_period(own[:at], *map(int, kind[7:].split("-")))
    if (_is_part_like(own[:at], kind) and not _names_the_periods(t, kind, own[:at]) and not months_whole) \
            or "分别" in own:
        return None  # ("二季度共受理…" over 4月、5月、6月 is the quarter's whole, no quarter of a year)
    sent = d.s[t.sentence[0] : t.start]
    from .classified import _OPENER  # (here: classified imports this module)
    if t.sentence != parts[0].sentence and ("其中" in sent or _OPENER.search(sent)):  # a part, no whole of a list:
        return None if "其中" in sent else False  # "其中,…" (whole before it); "从渠道看,网络受理…" (skipped)
    if kind == "levels":
        wider = re.search(r"全([省市县区州])", sent)
        if wider and wider.group(1) != jurisdiction:
            return None  # "全省…市本级": the levels listed are not the province's
    elif kind.startswith("months"):
        first, last = (int(x) for x in kind.split(":")[1].split("-"))
        if not (_names_months_period(sent, first, last) or _names_months_period(_title(d), first, last)):
            return None  # a whole of another period (全年, 上半年 over three months)
        if _vocab()["month"].search(own) or re.search(r"\d{1,2}月", own):
            return None  # a month's own figure
    else:
        head = _title(d)
        n = int(kind.split(":")[1]) if kind.startswith("quarters") else 4
        if n < 4:
            if not (_vocab()["partial"][n].search(sent) or _vocab()["partial"][n].search(head)):
                return None
        elif _vocab()["not_the_year"].search(own):
            return None  # (a report of fewer quarters cannot list all four: its title is not asked)
    return True if t.value > max(p.value for p in parts) else None


def _whole_before(d: _Doc, parts: list[Quantity], act: str, kind: str, jurisdiction: str) -> Quantity | None:
    first = parts[0]
    start = first.sentence[0]
    # ("市级、区县级、乡镇级分别办理…": levels under a bare act name no noun; a figure of the act
    # paragraphs back, "全年办理公证887件", may count anything -- only a whole a few sentences back is
    # theirs. The quarters partition the year's figure, wherever it is.)
    bare = kind == "levels" and len(_NOT_CJK.sub("", act)) <= 2
    for _ in range(_BARE_REACH if bare else _REACH):
        if start <= 0:
            break
        start = d.last_before(SENT_END, start - 1) + 1
    for t in reversed(d.in_range(start, first.start)):
        ok = _fits(d, t, parts, act, kind, jurisdiction)
        if ok is None:
            return None
        if ok:
            return t
    return None


def _whole_after(d: _Doc, parts: list[Quantity], act: str, kind: str, jurisdiction: str) -> Quantity | None:
    """"…分别按期办结1,516件次、2,241件次。全县按期办结3,775件次": a whole closing the list, named
    by a word of the whole, in the sentence or the one after."""
    last = parts[-1]
    end = d.next_end(d.next_end(last.end, SENT_END) + 1, SENT_END)
    for t in d.in_range(last.end, end):
        if t.is_percent:
            continue
        ok = _fits(d, t, parts, act, kind, jurisdiction)
        if ok is None:
            return None
        if ok and (_vocab()["closing"].search(d.label(t)) or _names_the_periods(t, kind, _own(d, t))):
            return t
        if ok is False and _vocab()["closing"].fullmatch(_own(d, t)) and unit_class(t) == unit_class(last) \
                and compatible(t, last) and t.value > max(p.value for p in parts):
            return t  # "…,全市合计7,930件": the closing words alone name the list's whole
    return None


def _names_the_periods(t: Quantity, kind: str, own: str) -> bool:
    """Do the words of a figure after a list of the first quarters name their span ("一、二、三季度
    分别受理…,前三季度共受理38,620件")? Then it closes the list as its whole."""
    if not kind.startswith("quarters:") or int(kind.split(":")[1]) >= 4:
        return False
    return bool(_vocab()["partial"][int(kind.split(":")[1])].search(own))


def _title(d: _Doc) -> str:
    """The report's opening lines (its title and heading, which name the period it covers)."""
    title = d.cache.get("distributed.title")
    if title is None:
        lines = []
        for line in d.s.lstrip("\n").split("\n")[:4]:
            if len(line) > 60 or line.rstrip().endswith(("。", ".")):
                break  # the text has begun
            lines.append(line)
        title = d.cache["distributed.title"] = "\n".join(lines)
    return title  # type: ignore[return-value]


def _level_items(d: _Doc) -> list[Relation]:
    """"市本级查处386件,各区县查处862件": clauses each opened by a level, own level first, one
    figure each, of one act -- the levels' figures add up to the whole of that act."""
    v = _vocab()
    out: list[Relation] = []
    for q in may_hold(d, v["own"]):  # (only the figures whose label holds a character every match needs: label_index)
        if q.is_percent:
            continue
        own_words = _own(d, q)
        own = v["own"].match(own_words)
        if own is None or "分别" in own_words:
            continue
        j = next(g for g in own.groups() if g)
        act = re.sub(r"^(?:共|累计)", "", own_words[own.end() :])
        if len(act) < 2 or _item_before(d, q, act):
            continue
        parts = [q]
        for p in d.from_index(q.index + 1):
            if p.is_percent or unit_class(p) != unit_class(q) \
                    or d.next_end(d.next_end(parts[-1].end, SENT_END) + 1, SENT_END) < p.start:
                break  # (an item in the sentence of the one before or in the next)
            if d.s.startswith("中", p.end):
                break  # "县区受理900件中,…": the figure opens a set of its own, no item of a list
            words = _own(d, p)
            low = v["lower"].match(words)
            if low is None or low.group(0).lstrip("各").startswith(j) \
                    or re.sub(r"^(?:共|累计)", "", words[low.end() :]) != act \
                    or not re.fullmatch(r"[,;。]", d.s[parts[-1].end : p.start].strip()[:1] or ","):
                break
            parts.append(p)
        if len(parts) < 2:
            continue
        out += _with_whole(d, parts, act, "levels", j)
    return out


_WHOLE_LEAD = re.compile(r"^(?:全[省市县区州]|共|合计|共计|总计|累计|全年|今年|本年)")


def _item_before(d: _Doc, q: Quantity, act: str) -> bool:
    """Is the figure right before the own level's item another item of the same act, listed with
    it ("其中区政府办公室公开2,317条,区级部门公开11,286条,街道公开5,039条": the office counts too,
    beside the own level's departments)? Then the levels from there on are not all of the act.
    (A whole before them names itself so: "全区共公开…,区本级公开…".)"""
    if not q.index:
        return False
    p = d.qs[q.index - 1]
    if p.is_percent or p.sentence != q.sentence or unit_class(p) != unit_class(q) \
            or not re.fullmatch(r"[,;、]", d.s[p.end : q.start].strip()[:1] or "."):
        return False  # (the text after the figure before opens with the separator, then the item's own words)
    words = re.sub(r"^其中", "", _own(d, p))
    return words.endswith(act) and not _WHOLE_LEAD.match(words)


def _own(d: _Doc, q: Quantity) -> str:
    """The Chinese words of the figure's own clause, asides removed (read once per figure)."""
    return d.memo("distributed_own", q, _own_words)


def _own_words(d: _Doc, q: Quantity) -> str:
    lab = d.label(q)
    # (with no aside in the label, its last piece after , or : -- read once for the document)
    return _NOT_CJK.sub("", d.phrase(q) if "(" not in lab else _CLAUSE.split(_ASIDE.sub("", lab))[-1])


_HEADING_LINE = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|#+)")
_DISTANT_REACH = 30  # sentences (or list lines) back to a headline whole in an earlier section


def distant_whole(d: _Doc, parts: list[Quantity], opener: int, listed: frozenset[int]) -> list[Quantity]:
    """"1-9月,全市共发生事故143起…\\n二、事故特点\\n(二)分区域情况\\n从发生地看,江北区31起,…,其余4个
    区县合计21起": a breakdown in a section of its own, with no whole in it, of the headline whole of
    an earlier section -- the one figure of its unit named as a whole (全市, 共…) that the parts add
    up to, exactly or but for one misprinted digit; none when two such figures differ."""

    if len(parts) < 2:
        return []
    heading = d.last_before("\n", opener)
    while heading > 0 and not _HEADING_LINE.match(d.s, heading + 1):
        heading = d.last_before("\n", heading)
    if heading < 0 or any(unit_class(q) == unit_class(parts[0]) for q in d.in_range(heading, opener)):
        return []  # the list's own section states figures of its unit: the families read those
    start = opener
    for _ in range(_DISTANT_REACH):
        start = d.last_before(SENT_END, start - 1) if start > 0 else -1
        if start < 0:
            break
    big = max(p.value for p in parts)
    named = [q for q in d.in_range(max(start, 0), opener)
             if not q.is_percent and not q.in_table and q.index not in listed and q.value > big
             and unit_class(q) == unit_class(parts[0]) and compatible(q, parts[0]) and is_additive(d, q)
             and not is_delta(d, q) and not is_previous(d, q) and not d.in_parentheses(q)
             and words()["wholes"].search(d.s, q.sentence[0], q.start)]
    fits = {q.value: q for q in named if adds_up(q, parts) or within_one_slip(q, parts)}
    if len(fits) != 1:
        return []
    fit = next(iter(fits.values()))
    if not adds_up(fit, parts):
        # Fitted by a slip only, to a later stage ("审结331件") of what an earlier headline figure
        # counts every one of ("共发生案件347件"): kinds are as much of that one -- each a reading,
        # the first stage first (a sum then fails only if no reading holds).
        return [*earlier_stage_wholes(d, fit, named, opener), fit]
    return [fit]


def unnamed_item(d: _Doc, q: Quantity, words: str) -> bool:
    """Is ``q`` an item of a 分别 list whose name at its place ``words`` do not say? ("电话、网站渠道受理量
    分别为…": the words of the list's measure, 受理量, are in its label, but "全年受理量" names no channel.)"""
    if "分别" not in d.s[q.sentence[0] : q.start]:
        return False  # (cheap test first: no 分别 before it in its sentence, no such list)
    listed = list_names(d, q)
    return listed is not None and listed[1][listed[0].index(q)] not in words
