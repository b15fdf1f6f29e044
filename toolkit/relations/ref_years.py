"""Which year a change is measured against, and which year a printed previous level is of.

"2024年受理案件1,320件,上年为1,250件,比2022年增长10.0%": the 10.0% is against 2022's figure,
which is not printed -- 1,250 is 2023's. "全年受理1,320件,较2022年的1,200件增加120件,比上年增长
5.6%" in a report of 2024: the 5.6% is against last year's figure, and 1,200 is 2022's. A change names its reference
year by number (比2022年, 与2022年相比) or as the year before (同比, 比上年, 较去年); a previous level
names its year the same ways (较2022年的, 2022年为, 上年为). The two are one year when they name it
alike, or when one says 上年 and the other names the year before the current figure's year (the year
its sentence names: "2024年受理…", else the report's year); otherwise the level is no previous of that
change. When the figure's year is not known at all, a level beside the change is taken as meant.
Also here: the parts of the year a change or a share's base names (a change of 1-11月 is no change of
the year's level; "占上半年受理总量的" is over the half-year's figure).
"""

from __future__ import annotations

import re

from ..metadata import _TITLE_YEAR
from ..quantities import Quantity
from .model import Relation
from .roles import year_of_position
from .structure import _Doc
from .vocab import gated

LAST = 0  # "the year before the current one" (上年, 去年, 同比)

_NAMED_REF = re.compile(r"(?:比|较|与|同)((?:19|20)\d\d)年(?:同期)?[^,;。%\d]{0,8}$")
_LAST_REF = re.compile(r"同比|上年|去年|上一年")
_LEVEL_YEAR = re.compile(r"((?:19|20)\d\d)年度?(?:同期|全年)?[^\d,;。()]{0,8}$")
_LAST_LEVEL = re.compile(r"上年|去年|上一年")
_OWN_YEAR = re.compile(r"((?:19|20)\d\d)年")
_COMPARED = re.compile(r"[比较与由从同]$")  # "较2022年的…": a year compared against, not the figure's own


def change_reference(d: _Doc, pct: Quantity) -> int | None:
    """The year a change percent is against: a year, ``LAST`` (the year before), or None (not said)."""
    lab = re.split(r"[,;]", d.label(pct))[-1]
    m = _NAMED_REF.search(lab)
    if m is not None:
        return int(m.group(1))
    return LAST if _LAST_REF.search(lab) else None


def level_year(d: _Doc, prev: Quantity) -> int | None:
    """The year a previous level is of: a year, ``LAST``, or None (not said)."""
    year = year_of_position(d, prev)
    if year is not None:
        return year
    lab = re.split(r"[,;]", d.label(prev))[-1]
    if _LAST_LEVEL.search(lab):
        return LAST
    m = _LEVEL_YEAR.search(lab)
    return int(m.group(1)) if m is not None else None


def current_year(d: _Doc, cur: Quantity) -> int | None:
    """The year the current figure is of: the one its sentence names before it ("2024年受理…"), else
    the report's year (its title's, as the metadata reads it); None when neither is known."""
    year = year_of_position(d, cur)
    if year is not None:
        return year
    own = [m for m in _OWN_YEAR.finditer(d.s, cur.sentence[0], cur.start)
           if not _COMPARED.search(d.s, max(0, m.start() - 2), m.start())]
    if own:
        return int(own[-1].group(1))
    if "report_year" not in d.cache:  # (a sentence naming no year is of the report's year)
        m = _TITLE_YEAR.search(d.s, 0, _title_end(d.s))
        d.cache["report_year"] = int(m.group(1)) if m else None
    return d.cache["report_year"]  # type: ignore[return-value]


def _title_end(s: str) -> int:
    """Where the title ends: the end of the first line that holds any words (a year alone in the
    text, "同比下降15.2%(2023年245件)", is no report's year)."""
    start = 0
    while start < len(s):
        end = s.find("\n", start)
        end = len(s) if end < 0 else end
        if s[start:end].strip():
            return end
        start = end + 1
    return len(s)


# a change's own clause opening with its own year ("2023年增长13.2%"), not a year compared against
_OWN_CHANGE_YEAR = re.compile(r"^((?:19|20)\d\d)年度?(?![比较与同])")


def changed_in_another_year(d: _Doc, pct: Quantity, cur: Quantity) -> bool:
    """Does the change's own clause open with a year other than the one ``cur`` stands for in a list over
    years ("2022年、2023年…分别为1,120件和1,268件,2021年增长13.2%": 2021's change, not 1,268's)?"""
    own = _OWN_CHANGE_YEAR.match(re.split(r"[,;]", d.label(pct))[-1])
    return own is not None and year_of_position(d, cur) not in (None, int(own.group(1)))


def same_year(d: _Doc, pct: Quantity, prev: Quantity, cur: Quantity) -> bool:
    """Is ``prev`` of the year the change ``pct`` of ``cur`` is measured against (module doc)?
    True when either does not say its year."""
    ref, of = change_reference(d, pct), level_year(d, prev)
    if ref is None or of is None or ref == of:
        return True
    return _one_year(ref, of, current_year(d, cur))


def _one_year(ref: int, of: int, now: int | None) -> bool:
    """Are two different namings of a year (``LAST`` or a year's number) one year, for a figure of ``now``?"""
    if now is None:
        # 上年 against a year named, and the figure's own year not said: the writer who prints the
        # level beside the change ("同比下降15.2%(2023年245件)") means the year before. Not a change that
        # names its year by number beside a level said to be 上年's ("上年为8,100人,比2022年增长8.3%"):
        # who means last year says 同比 -- a number names another year (and two numbers two years).
        return ref == LAST
    if LAST not in (ref, of):
        return False
    return (of if ref == LAST else ref) == now - 1


def references_apart(d: _Doc, delta: Quantity, pct: Quantity) -> bool:
    """Do a difference and a percent of one figure name two different years to compare against ("比上年增加
    34件,较2021年增长28.2%": the 34 is no difference from 2021's level)? Not when either names none."""
    a, b = change_reference(d, delta), change_reference(d, pct)
    return a is not None and b is not None and a != b and not _one_year(b, a, current_year(d, delta))


# A part of the year a figure or a change is of ("1-11月", "前三季度", "上半年", "四季度", "12月份"),
# unless compared against ("比上半年", "较一季度").
_PART_OF_YEAR = gated(re.compile(
    r"(?<![比较与同\d])(\d{1,2}\s*[-—–~至到]\s*\d{1,2}月|前[一二三四五六七八九十\d]{1,2}个?(?:月|季度)|[上下]半年"
    r"|第?[一二三四1-4]季度|(?<![\d-])\d{1,2}月份?(?![\d日底末])|[一二三四五六七八九十]{1,3}月份?(?![底末]))"))
_CLAUSE_START = ",;:(。\n"


def parts_of_year(d: _Doc, q: Quantity) -> set[str]:
    """The parts of the year the own clause of ``q`` names before it (blanks dropped)."""
    start = max(d.last_before(_CLAUSE_START, q.start) + 1, q.sentence[0])
    return {re.sub(r"\s|份|第", "", m.group(1)) for m in _PART_OF_YEAR.finditer(d.s, start, q.start)}


def of_another_period(d: _Doc, pct: Quantity, cur: Quantity) -> bool:
    """Does the change's own clause name a part of the year the level's clause does not ("全年…
    1,200亿元,比上年增长8.2%(1-11月增长7.9%)": the 7.9% is of the eleven months' figure, not printed)?"""
    own = parts_of_year(d, pct)
    return bool(own) and not own <= parts_of_year(d, cur)


_WHOLE_YEAR = re.compile(r"全年|本年度?|全年度")


def whole_year_of_a_part(d: _Doc, said: list[Quantity | None], cur: Quantity) -> bool:
    """The converse of ``of_another_period``: does the change's own clause (its percent's or its
    difference's: ``said``) name the whole year while the level's clause names a part of it ("三季度立案
    27件,环比…;全年立案数较上年减少9件,下降10.6%": the year's change, of the year's figure, not the quarter's)?"""
    if not parts_of_year(d, cur):
        return False
    for q in said:
        if q is not None:
            start = max(d.last_before(_CLAUSE_START, q.start) + 1, q.sentence[0])
            if _WHOLE_YEAR.search(d.s, start, q.start) and not parts_of_year(d, q):
                return True
    return False


_SAME_PART = (
    (re.compile(r"^(?:1-6月|1至6月|前6个?月|前六个?月|第?二季度末)$"), "上半年"),
    (re.compile(r"^(?:1-3月|1至3月|前3个?月|前三个?月|第?[一1]季度)$"), "一季度"),
    (re.compile(r"^(?:1-9月|1至9月|前9个?月|前九个?月|前三季度|前3季度)$"), "前三季度"),
    (re.compile(r"^第?([二三四2-4])季度$"), None),
)
_DIGIT_ORDINAL = {"2": "二", "3": "三", "4": "四"}


def _canonical(part: str) -> str:
    """One name for a part of the year however printed ("1-6月" = "上半年", "第三季度" = "三季度")."""
    part = re.sub(r"\s|份", "", part).replace("—", "-").replace("–", "-").replace("~", "-").replace("到", "至")
    for pattern, name in _SAME_PART:
        m = pattern.match(part)
        if m and name:
            return name
        if m:
            return _DIGIT_ORDINAL.get(m.group(1), m.group(1)) + "季度"
    return part


def period_named(text: str) -> str | None:
    """The last part of the year ``text`` names (not one compared against), in one name; None if none."""
    found = list(_PART_OF_YEAR.finditer(text))
    return _canonical(found[-1].group(1)) if found else None


_BASE_WORDS = re.compile(r"占([^,;。\d]{2,16}?)的|在([^,;。\d]{2,16}?)中(?:的|所)?占")


def _reads(r: Relation) -> list[dict]:
    return [r.roles, *(r.readings or [])]


def of_the_period_named(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """"一季度受理512件,占上半年受理总量的46.3%": a share whose base words name a part of the year is of
    that part's figure -- the figure whose sentence names that part last before it, not a figure of
    the whole year (全年受理2,300件) nor of another part. Readings over other figures are dropped;
    a share left with none is no relation (the part's figure is not printed)."""
    out = []
    for r in ratios:
        pct = r.roles.get("percent")
        m = _BASE_WORDS.search(d.label(pct)) if isinstance(pct, Quantity) else None
        wanted = period_named(m.group(1) or m.group(2)) if m else None
        if wanted is None:
            out.append(r)
            continue
        kept = [x for x in _reads(r) if isinstance(base := x.get("denominator"), Quantity)
                and period_named(d.s[base.sentence[0] : base.start]) == wanted]
        if kept:
            r.roles, r.readings = kept[0], kept[1:]
            out.append(r)
    return out


_REF_YEAR = re.compile(r"(?:比|较|与)((?:19|20)\d\d)年(?:同期)?[^,;。%\d]{0,8}$")
_REF_YEAR_DELTA = re.compile(r"(?:比|较|与)((?:19|20)\d\d)年(?:同期)?(?:相比)?,?(?:增加|减少|多|少|上升|下降)了?$")
_DELTA_THEN_RATE = re.compile(r"[,、]?(?:增长|下降|增幅|降幅|上升|减少)(?:了|为)?")


def of_the_year_named(d: _Doc, pct: Quantity, prevs: list[Quantity], prev: Quantity) -> Quantity | None:
    """The previous level of the year the change names ("…分别受理170件、187件、210件,2025年比2024年增长
    12.3%,比2023年增长23.5%": 170 for the second), ``prev`` when it names none or the year is not
    known of the levels, None when no level of that year is printed."""
    m = _REF_YEAR.search(d.label(pct))
    before = d.qs[pct.index - 1] if pct.index else None
    if m is None and before is not None and before.sentence == pct.sentence and not before.is_percent \
            and _DELTA_THEN_RATE.fullmatch(d.label(pct)):
        # "2022年比2020年增加38宗,增长21.6%": the year the difference names is the change's too
        m = _REF_YEAR_DELTA.search(d.label(before))
    if m is None:
        return prev
    year = int(m.group(1))
    known = {q.index: y for q in prevs if (y := _year_of(d, q)) is not None}
    if prev.index not in known:
        return prev
    return next((q for q in reversed(prevs) if known.get(q.index) == year), None)


# "2020年176宗、2021年198宗": a level of a list over years, its year opening its own item
_ITEM_YEAR = re.compile(r"(?:^|[、,;:]|为|是)((?:19|20)\d\d)年度?(?:为|是|有|达)?$")


def _year_of(d: _Doc, q: Quantity) -> int | None:
    """The year of a level by its position, else by its own words (``LAST``, 0, is a year: 上年)."""
    y = year_of_position(d, q)
    return y if y is not None else _own_year(d, q)


def _own_year(d: _Doc, q: Quantity) -> int | None:
    m = _ITEM_YEAR.search(d.label(q))
    return int(m.group(1)) if m else None


_YEAR_RANGE = re.compile(r"(\d{4})年?(?:至|到|-|—|~)(\d{4})年(?:度|间)?")
_YEAR_LIST = re.compile(r"\d{4}年度?(?:[、和及与]\d{4}年度?)+")


def years_listed(clause: str) -> list[str] | None:
    """The years a clause of nothing else names, one by one ("2022年至2024年" -> 2022年, 2023年, 2024年;
    "2022年、2023年和2024年"), the names a 分别 list in the clause after it maps its figures onto; else None."""
    text = clause.strip(" ,;:")
    if (m := _YEAR_RANGE.fullmatch(text)) is not None:
        a, b = int(m.group(1)), int(m.group(2))
        return [f"{y}年" for y in range(a, b + 1)] if 0 < b - a <= 10 else None
    if _YEAR_LIST.fullmatch(text):
        return re.findall(r"\d{4}年", text)
    return None
