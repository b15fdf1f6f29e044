"""Daily averages over the days of their period: "全年共受理群众诉求73,200件,日均受理200件" is the year's
figure over its days -- 366 in a leap year, 365 else; a quarter's, a month's or a span of months' own days
("一季度…日均", "8月份…日均", "1-9月…日均").

Read only where the period is certain:

* the average is named 日均 / 平均每天 / 平均每日 (its own clause's words end so, a verb or noun after it
  at most), and its total is the figure right before it in its sentence, counted alike (not a change,
  a previous year's figure or a percent), whose clause names the average's verb (受理) and no 其中;
* the period is the part of the year the total's sentence names before it, else the one the title names,
  else the whole year; a period whose days depend on the year (February in it) needs the year (the
  sentence's, else the title's);
* the average names no subject of its own ("网络渠道日均", "其中夜间日均": a part's average) other than the
  total's, and the total's sentence names no span outside one year's calendar (近三年, 自…以来, 假期, 汛期);
* no working days (工作日) or other day count is spoken of in the sentence: the days are then another count.

The day count is a figure the text does not print (``attrs["days_of"]`` names its period); an average cut
off or rounded up at its last digit is no misprint (``per_unit._one_step``). Reports also divide by the days
the service worked (working days, "日均约232个" of 57,908 calls a year) or read a month as 30 days: an average
the calendar days do not give is unverifiable while some count of days from the period's fewest working days
(``_FEWEST_WORKED``) to its calendar days gives it; it fails only past that (a misprint of the total or the
average that no count of days explains).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible
from .per_unit import _one_step
from .reading import holding
from .ref_years import _title_end, current_year, period_named
from .roles import is_delta, is_previous
from .structure import _Doc

# the average's own words: 日均 / 平均每天 / 平均每日, then at most a verb or noun ("日均受理", "日均接听来电")
_DAILY = re.compile(r"(?:日均|平均每[天日])[\u4e00-\u9fff]{0,6}(?:为|达|达到|约|是)?$")
# another day count the average may be over ("按工作日计", "250个工作日", "开放日"), or several days named
_OTHER_DAYS = re.compile(r"工作日|开放日|营业日|个?天[内中里]|\d+天")
_QUARTER = {"一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12), "上半年": (1, 6),
            "下半年": (7, 12), "前三季度": (1, 9)}
# the fewest days of a period a service may work, of its calendar days (February with the Spring Festival:
# about 16 working days of 28)
_FEWEST_WORKED = Decimal("0.55")
# a span that is no part of one year's calendar: several years, a span since a start, a holiday or a season
# ("近三年累计", "自10月开通以来", "国庆假期", "汛期"): its days are not the named period's
_SPAN_WORDS = re.compile(r"以来|至今|截[至止]|近[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年来|历年|假期|长假|"
                         r"期间|节日|高峰|汛期|旺季|淡季")
# words before 日均 that name no scope of their own ("全年日均", "年内平均每天")
_GENERIC = re.compile(r"全年|年内|全天|平均|累计|合计|共|实现|约")
_SPAN = re.compile(r"^(\d{1,2})(?:-|至)(\d{1,2})月$")
_MONTH = re.compile(r"^(\d{1,2})月$")
_CN_MONTH = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"十一": 11, "十二": 12}


def daily_averages(d: _Doc) -> list[Relation]:
    """Each daily average over its total and the days of its period (module doc)."""
    out: list[Relation] = []
    for y in holding(d, "均"):
        if y.is_percent or not y.unit or y.in_table or y.index == 0:
            continue
        phrase = re.split(r"[,;:、。()]", d.label(y))[-1]
        if not _DAILY.search(phrase):
            continue
        total = d.qs[y.index - 1]
        if total.sentence != y.sentence or total.is_percent or total.in_table or not compatible(total, y) \
                or total.unit != y.unit or is_delta(d, total) or is_previous(d, total) or total.value <= y.value:
            continue
        own = re.sub(r"[^\u4e00-\u9fff]", "", _GENERIC.sub("", phrase[: _DAILY.search(phrase).start()]))
        if own and own not in d.clause(total):
            continue  # (an average of a part: "网络渠道日均受理80件", "其中夜间时段日均…" after the whole's total)
        if _SPAN_WORDS.search(d.s, total.sentence[0], total.start):
            continue  # (a total over years, since a start, or over a holiday: not the period's calendar days)
        what = re.sub(r"^(?:日均|平均每[天日])|(?:为|达|达到|约|是)$", "", phrase[_DAILY.search(phrase).start():])
        clause = d.clause(total)
        if "其中" in clause or (what and what[:2] not in clause):
            continue  # (a part's figure, "其中来电60,000件,日均受理…"; or a total of another act than the average's)
        if _OTHER_DAYS.search(d.s, y.sentence[0], y.sentence[1]):
            continue  # (over working days, or over a span of days the sentence names: another count)
        days, name = _days(d, total)
        if days is None:
            continue
        count = replace(total, value=Decimal(days), low=Decimal(days), high=Decimal(days), unit="天", qualifier=None,
                        decimals=0, printed=f"{days}天", number=str(days), index=-1 - total.index,
                        attrs={"days_of": name})
        # (the days the service worked may be fewer: working days, a month read as 30 days -- any count from
        # the fewest working days of the period up to its calendar days makes the average unverifiable)
        worked = replace(count, low=(days * _FEWEST_WORKED).quantize(Decimal(1)), high=Decimal(days + 1))
        avg = _one_step(y)
        out.append(Relation("ratio", "ratio.average", {"numerator": total, "denominator": count, "percent": avg},
                            per=1, readings=[{"numerator": total, "denominator": worked, "percent": avg}]))
    return out


def _days(d: _Doc, total: Quantity) -> tuple[int | None, str]:
    """The days of the period the total is of, and the period's name (None: not certain)."""
    part = period_named(d.s[total.sentence[0] : total.start])
    if part is None:
        part = period_named(d.s[: _title_end(d.s)])
    year = current_year(d, total)
    if part is None:
        return (None, "") if year is None else (366 if calendar.isleap(year) else 365, f"{year}年")
    months = _months(part)
    if months is None:
        return None, ""
    first, last = months
    if year is None and first <= 2 <= last:
        return None, ""  # (February's days need the year)
    y = year or 2001  # (any common year: February is not in the span)
    days = sum(calendar.monthrange(y, m)[1] for m in range(first, last + 1))
    return days, f"{year}年{part}" if year else part


def _months(part: str) -> tuple[int, int] | None:
    """The first and last month of a part of the year named in one name (``ref_years._canonical``)."""
    if part in _QUARTER:
        return _QUARTER[part]
    if m := _SPAN.match(part):
        a, b = int(m.group(1)), int(m.group(2))
        return (a, b) if 1 <= a <= b <= 12 else None
    if m := _MONTH.match(part):
        n = int(m.group(1))
        return (n, n) if 1 <= n <= 12 else None
    bare = re.sub(r"月份?$", "", part)
    if bare in _CN_MONTH:
        return _CN_MONTH[bare], _CN_MONTH[bare]
    if m := re.match(r"^前([一二三四五六七八九十\d]{1,2})个?月$", part):
        n = int(m.group(1)) if m.group(1).isdigit() else _CN_MONTH.get(m.group(1), 0)
        return (1, n) if 1 <= n <= 12 else None
    return None
