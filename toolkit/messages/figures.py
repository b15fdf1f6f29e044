"""Numbers as printed (decimals, units) and the names of a check's figures (labels, roles)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..errors import ToolkitError
from ..numbers import ordinal_names
from ..quantities import KEPT_SCALES
from ..relations.ref_years import years_listed

PASS, FAIL, UNVERIFIABLE = "pass", "fail", "unverifiable"
_MAX_PARTS = 6  # a breakdown of more parts is named by its first ones and "…"
_ROLE_WORDS = {
    "total": ("合计", "the total"), "parts": ("分项", "a part"), "numerator": ("分子", "the numerator"),
    "denominator": ("分母", "the denominator"), "percent": ("比率", "the rate"), "current": ("本年数", "this year"),
    "previous": ("上年数", "last year"), "smaller": ("部分", "the part"), "larger": ("整体", "the whole"),
    "values": ("数字", "a figure"), "count": ("案件数", "cases"), "amount": ("罚款金额", "fines"),
}
# Words that introduce a figure without naming it ("其中", "共计", "全年"): not part of its label.
# (A label after a year, "2024年新受理…", starts with the year's 年; 年末/年初/年底, 年检/年报/年鉴 are words.)
# (a lead word that starts a word of the name stays: 及时受理, 和解, 计划, 有效, 达标, 共同, 均衡)
_LEAD = re.compile(r"^(其中|包括|分别为|分别|共计|合计|总计|累计|全年度|全年|全区|全县|全市|本年度|本年|今年|以及|和(?!解)"
                   r"|及(?!时|格)|与|共(?!同|享|有)|计(?!划|算|生)|达到|达(?!标)|为|是|有(?!效|关|序)|均(?!衡)"
                   r"|年度|年(?![末底初检报鉴])|月份|月|日)+")
# (a trailing word that ends a word of the name stays: 违法行为, 所有, 设计, 统计)
# (尚有/另有/还有/仍有 name what is left: "尚有 29件", not "尚")
_TRAIL = re.compile(r"(分别为|共计|合计|总计|累计|达到|达|(?<![行作])为|是|共|(?<![统设审会])计|约|近|超过|(?<![所拥尚另还仍])有|了|的)+$")


# --- numbers as printed ----------------------------------------------------------------------------


def _dec(v: Any) -> Decimal | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def number(v: Any, places: int | None = None) -> str:
    """A figure as a person writes it: no exponent, no trailing zeros ("7035", "96.5", "-2");
    ``places`` fixes the decimals (a computed percent at the printed precision)."""
    d = _dec(v)
    if d is None:
        return "" if v is None else str(v)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return format(d, "f")
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "") else text


_DIGITS = re.compile(r"\d+(?:\.(\d+))?")


def decimals(printed: str | None, value: Any = None) -> int:
    """How many decimals a figure is printed with ("97.8%" -> 1), else those of ``value``."""
    m = _DIGITS.search(printed or "")
    if m:
        return len(m.group(1) or "")
    text = number(value)
    return len(text.split(".")[1]) if "." in text else 0


_UNIT = re.compile(r"[\d.,]+\s*(.*)$")


def unit_of(printed: str | None) -> str:
    """The unit of a figure's value as the checks hold it ("74万元" -> "万元", "97.8%" -> "%", "9项" -> "项"):
    money keeps its printed unit, a count printed with 万/亿 is multiplied out ("1830.28万平方米" -> "平方米"),
    a figure printed in 亿 keeps it ("1.36亿立方米" -> "亿立方米": quantities.KEPT_SCALES)."""
    m = _UNIT.search((printed or "").strip())
    unit = m.group(1).strip() if m else ""
    kept = unit.startswith(KEPT_SCALES)
    if unit[:1] in ("万", "亿") and not unit.endswith("元") and len(unit) > 1 and not kept:
        unit = unit.lstrip("万亿")
    return unit


# --- names of figures -------------------------------------------------------------------------------


_ASIDE = re.compile(r"[（(][^（()）]{1,8}[）)]")
_LISTED = re.compile(r"([^,，;；。:：]*(?:、|以及|和(?!解)|(?<![涉普危波以企])及(?!时|格))[^,，;；。:：、]*?)分别[\u4e00-\u9fff]{0,8}$")  # 分别为/达/下降/查处/受理…: the verb of the list
_LIST_SEP = re.compile(r"、|以及|和(?!解)|(?<![涉普危波以企])及(?!时|格)")  # (和解, 及时, 及格 are words)
_ORDINAL = re.compile(r"[\s(（]*[一二三四五六七八九十\d]+[)）]?")
_CONNECTOR = re.compile(r"\s*(?:、|和|及|以及|与|,|，)?\s*")
_CLAUSES = re.compile(r"[,，;；。:：、()（）\s|]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def listed_names(raw: str) -> list[str]:
    """The names of "A、B和C分别为" just before a figure, in order (none when no 分别 list ends there).
    (城镇和农村居民收入 gives "城镇": a noun the items share is not guessed, as in 企业和个体工商户.)"""
    listed = _LISTED.search(_ASIDE.sub("", raw or ""))
    if not listed:
        return []
    items = ordinal_names([i for i in _LIST_SEP.split(listed.group(1)) if i])  # (第一、二、三产业)
    return [i for i in items if not _ORDINAL.fullmatch(i)]


_FIGURE = re.compile(r"\d[\d.,]*")


def _item_of_list(sentence: str, printed: str) -> str:
    """The name of one figure of "A、B和C分别为x、y和z" cited without the others (the second
    figure's own words are only "、"): the name at its position in the list, "" when unsure."""
    if not printed or sentence.count(printed) != 1:
        return ""
    head, sep, seg = sentence[: sentence.index(printed)].rpartition("分别")
    verb = re.match(r"[\u4e00-\u9fff]{0,4}", seg)
    if not sep or verb is None or re.search(r"[,，;；。:：]", seg):
        return ""
    names = listed_names(head + sep + verb.group())
    k = len(_FIGURE.findall(seg))  # (the figures of the list before this one)
    return clean_label(names[k]) if 0 < k < len(names) else ""


def _years_before(raw: str) -> list[str]:
    """The years named in the clause before a 分别 clause that names no list of its own ("2022年至2024年,
    全县分别受理"), one by one; [] otherwise."""
    head, sep, _ = raw.rpartition("分别")
    clauses = re.split(r"[,，]", head)
    if not sep or len(clauses) < 2 or re.search(r"、|和|及", clauses[-1]):
        return []
    return years_listed(clauses[-2]) or []


# a figure right before another, joined by 、 or a comma: "来访1,136批次、2,395人次"
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*[^\d、,，;；。:：()（）\s]{1,4}[、,，]$")


def _named_with_the_one_before(sentence: str, printed: str) -> str:
    """The name of a figure printed right after another of its subject in another measure ("来访1,136
    批次、2,395人次": 来访): the words before the figure before it; "" when unsure."""
    if not printed or sentence.count(printed) != 1:
        return ""
    head = sentence[: sentence.index(printed)]
    m = _FIGURE_BEFORE.search(head)
    return clean_label(head[: m.start()]) if m else ""


# A list item that is a period ("7月、8月、9月分别受理", "2023年、2024年分别为"): its digits are its name.
_PERIOD_ITEM = re.compile(r"^(?:(?:19|20)\d\d年度?|\d{1,2}月份?|[一二三四1-4]季度|第[一二三四]季度|[上下]半年)$")
_PERIOD = re.compile(r"^(?:年度?|月份?|季度)?$")


def _item_name(name: str) -> str:
    """A 分别 list item's name as messages print it: its words, or the period it is ("7月")."""
    return name if _PERIOD_ITEM.match(name) else clean_label(name)


# (a month or quarter keeps its digits too: "7月受理", "1-9月累计", not "受理", "月累计"; so does an age
# group: "0-15岁人口", "60岁及以上人口", not "人口")
_WORD_OR_YEAR = re.compile(r"(?:19|20)\d\d(?=年)|\d{1,2}(?:[-—~至]\d{1,2})?(?=月|季度)"
                           r"|\d{1,3}(?:[-—~至]\d{1,3})?(?=周?岁)|[\u4e00-\u9fff]+")
# the age a figure's clause opens with: its label starts after it ("0-15岁" is read as a figure)
_AGE_CLAUSE = re.compile(r"(?:^|[,，;；、:：])([^,，;；、:：。]*\d{1,3}(?:[-—~至]\d{1,3})?周?岁[^,，;；、:：。\d]*)$")


def _age_group(sentence: str, printed: str) -> str:
    """The name of a figure whose clause opens with an age group ("16-59岁人口55.36万人": 16-59岁人口), else ""."""
    if not printed or sentence.count(printed) != 1:
        return ""
    m = _AGE_CLAUSE.search(sentence[: sentence.index(printed)])
    return clean_label(m.group(1)) if m else ""
# a share naming its subject, then the figure restating it ("住房物业问题占城乡建设类的54.3%,达到100,105件")
_SHARE_BEFORE = re.compile(r"(?:^|[,，;；:：。])(?:其中[,，]?)?([^,，;；:：。\d%]{2,16}?)占[^,，;；。]{0,16}?\d[\d.]*%[,，]"
                           r"(?:达到|达|为|共|计|共计|合计)?$")


def _named_by_its_share(sentence: str, printed: str) -> str:
    """The name of a figure printed right after a share of it that names its subject: that subject; "" else."""
    if not printed or sentence.count(printed) != 1:
        return ""
    m = _SHARE_BEFORE.search(sentence[: sentence.index(printed)])
    return clean_label(m.group(1)) if m else ""


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d年(?:同期)?(?=(?:为|是|有)?[^\u4e00-\u9fff]*$)")


def clean_label(raw: str) -> str:
    """The words naming a figure, from the text just before it ("项,已整改" -> "已整改")."""
    # an aside in brackets is part of the name, not a clause of its own: 执业(助理)医师 -> 执业医师
    raw = _ASIDE.sub("", raw or "")
    # the first figure after "A、B分别为" is A's (the others' labels are only "和", "、")
    raw = next(iter(listed_names(raw)), raw)
    clause = _CLAUSES.split(raw)
    words = ""
    for piece in reversed(clause):
        # (a year keeps its digits: "较2020年", not "较年")
        words = "".join(_WORD_OR_YEAR.findall(piece))
        if _NOT_CJK.sub("", words):
            break
        words = ""
    words = _TRAIL.sub("", _LEAD.sub("", words))
    if not words and (year := _YEAR_ONLY.search(raw)):
        return year.group(0)  # "(2023年为41件)": the figure is that year's, named by it
    # a long name keeps its end (the noun counted) and says it was cut, so that a name cut
    # mid-word ("务服务热线…") is not read as the report's own wording
    return words if len(words) <= 16 else "…" + words[-15:]


def _metric_label(label: str) -> str:
    """A catalog label without its alternatives ("发现/排查隐患" -> "发现隐患")."""
    label = re.sub(r"[（(][^）)]*[）)]", "", label)
    if "/" in label:
        left, right = label.split("/", 1)
        right = right.split("/")[-1]
        label = left + right[len(left):] if len(left) <= 4 else left
    return label


@lru_cache(maxsize=1)
def _catalog_labels() -> dict[str, tuple[str, str]]:
    try:
        from ..metrics import load_catalog

        return {k: (_metric_label(d.zh), d.en) for k, d in load_catalog().items()}
    except ToolkitError:  # a broken catalog must not stop a workbook being written
        return {}


def metric_label(key: str | None) -> tuple[str, str] | None:
    """(zh, en) label of a metric key of the default catalog."""
    return _catalog_labels().get(key) if key else None


@dataclass(frozen=True)
class Figure:
    """One operand of a check as the auditor reads it: its name and its printed form."""

    role: str
    printed: str
    zh: str
    en: str
    line: int | None = None

    def said(self, language: str) -> str:
        name = self.zh if language == "zh" else self.en
        return f"{name} {self.printed}".strip()


def figures_of(check: Any) -> dict[str, list[Figure]]:
    """role -> its figures, named by the words before them (text rules) or their metric label
    (catalog rules, which are about metrics)."""
    by_metric = str(getattr(check, "rule", "")).startswith("catalog.")
    out: dict[str, list[Figure]] = {}
    rest: list[str] = []  # names of a 分别 list not yet given to a figure
    for e in getattr(check, "evidence", []) or []:
        get = e.get if isinstance(e, dict) else (lambda k, _e=e: getattr(_e, k, None))
        role, printed, key = get("role"), get("printed") or "", get("key")
        raw = get("label") or ""
        words = clean_label(raw)
        if names := listed_names(raw):
            rest = [_item_name(n) for n in names[1:]]
            if _PERIOD.fullmatch(words):  # ("7月、8月分别受理": the digits stripped, "月" or nothing left)
                words = _item_name(names[0])
        elif years := _years_before(raw):  # ("2022年至2024年,全县分别受理…": the years are the names)
            words, rest = years[0], years[1:]
        elif not words and rest and _CONNECTOR.fullmatch(raw):  # "、" "和": the list's next name
            words = rest.pop(0)
        elif not words and _CONNECTOR.fullmatch(raw):  # one item of a 分别 list cited alone
            words = _item_of_list(get("text") or "", printed) or _named_with_the_one_before(get("text") or "", printed)
        elif not words:  # ("…占54.3%,达到100,105件": the figure the share named before it)
            words = _named_by_its_share(get("text") or "", printed)
            rest = []
        else:
            rest = []
        # (a label starting with a Chinese character starts right after another figure: "0-15岁|人口")
        if words and "\u4e00" <= raw[:1] <= "\u9fff" and (age := _age_group(get("text") or "", printed)):
            words = age
        metric = metric_label(key)
        zh = (metric[0] if metric and (by_metric or not words) else words) or (metric[0] if metric else "")
        en = metric[1] if metric else (f"“{words}”" if words else "")
        if not zh:
            zh, en = _ROLE_WORDS.get(role, ("", ""))
        elif not en:
            en = _ROLE_WORDS.get(role, ("", ""))[1]
        out.setdefault(role, []).append(Figure(role, printed, zh, en, get("line")))
    return out


