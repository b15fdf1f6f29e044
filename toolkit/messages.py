"""What a check says to an auditor: its message, its Expected / Observed / Difference, its rule in words.

Presentation only: everything here is rendered from a check's ``kind``, ``operands``,
``status`` and evidence (each figure's printed form, its metric key and the words before
it), so the workbook can render the checks of any run, and the engine's JSON keeps its
meaning. Every figure is named ("整改率 97.8%,但 已整改 2672项 / 排查隐患 2765项 = 96.64%").

The columns mean one thing per kind (``figures``):

- sum: Expected = the stated total, Observed = the sum of the parts;
- ratio: Expected = the stated percent, Observed = the computed one at the printed decimals;
- change: Expected = the previous figure (the one printed or reported last year, else the
  nearest whole count), Observed = the previous figure the stated change implies;
- bound: Expected = the limit, Observed = the figure that must not exceed it (relation "≤");
- equal: Expected = the first statement, Observed = the last;
- count_amount: Observed = the fine per case (万元/件) or the amount, Expected = the limit.

Difference is always Observed - Expected, in the unit shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import ToolkitError

PASS, FAIL, UNVERIFIABLE = "pass", "fail", "unverifiable"
_MAX_PARTS = 6  # a breakdown of more parts is named by its first ones and "…"
_ROLE_WORDS = {
    "total": ("合计", "the total"), "parts": ("分项", "a part"), "numerator": ("分子", "the numerator"),
    "denominator": ("分母", "the denominator"), "percent": ("比率", "the rate"), "current": ("本年数", "this year"),
    "previous": ("上年数", "last year"), "smaller": ("部分", "the part"), "larger": ("整体", "the whole"),
    "values": ("数字", "a figure"), "count": ("案件数", "cases"), "amount": ("罚款金额", "fines"),
}
# Words that introduce a figure without naming it ("其中", "共计", "全年"): not part of its label.
# (A label after a year, "2024年新受理…", starts with the year's 年; 年末/年初/年底 are words.)
_LEAD = re.compile(r"^(其中|包括|分别为|分别|共计|合计|总计|累计|全年度|全年|全区|全县|全市|本年度|本年|今年|以及|和|及|与|共|计|达到|达|为|是|有|均"
                   r"|年度|年(?![末底初])|月份|月|日)+")
_TRAIL = re.compile(r"(分别为|共计|合计|总计|累计|达到|达|为|是|共|计|约|近|超过|有|了|的)+$")


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
    money keeps its printed unit, a count printed with 万/亿 is multiplied out ("1830.28万平方米" -> "平方米")."""
    m = _UNIT.search((printed or "").strip())
    unit = m.group(1).strip() if m else ""
    if unit[:1] in ("万", "亿") and not unit.endswith("元") and len(unit) > 1:
        unit = unit.lstrip("万亿")
    return unit


# --- names of figures -------------------------------------------------------------------------------


_CLAUSES = re.compile(r"[,，;；。:：、()（）\s|]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def clean_label(raw: str) -> str:
    """The words naming a figure, from the text just before it ("项,已整改" -> "已整改")."""
    clause = _CLAUSES.split(raw or "")
    words = ""
    for piece in reversed(clause):
        words = _NOT_CJK.sub("", piece)
        if words:
            break
    words = _TRAIL.sub("", _LEAD.sub("", words))
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
        from .metrics import load_catalog

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
    for e in getattr(check, "evidence", []) or []:
        get = e.get if isinstance(e, dict) else (lambda k, _e=e: getattr(_e, k, None))
        role, printed, key = get("role"), get("printed") or "", get("key")
        words = clean_label(get("label") or "")
        metric = metric_label(key)
        zh = (metric[0] if metric and (by_metric or not words) else words) or (metric[0] if metric else "")
        en = metric[1] if metric else (f"“{words}”" if words else "")
        if not zh:
            zh, en = _ROLE_WORDS.get(role, ("", ""))
        elif not en:
            en = _ROLE_WORDS.get(role, ("", ""))[1]
        out.setdefault(role, []).append(Figure(role, printed, zh, en, get("line")))
    return out


# --- Expected / Observed / Difference -------------------------------------------------------------------


@dataclass(frozen=True)
class Columns:
    """The numeric columns of a check: one meaning per kind (see the module's docstring)."""

    expected: Decimal | None
    observed: Decimal | None
    difference: Decimal | None
    relation: str  # how Observed must stand to Expected: "=", "≤", "≥"
    unit: str
    places: int | None = None  # decimals to show (a percent at its printed decimals)


def _first(figs: dict[str, list[Figure]], role: str) -> Figure | None:
    got = figs.get(role)
    return got[0] if got else None


def _percent_places(check: Any, figs: dict[str, list[Figure]]) -> int:
    pct = _first(figs, "percent")
    return decimals(pct.printed if pct else None, check.operands.get("percent"))


def _computed_rate(ops: dict[str, Any]) -> Decimal | None:
    n, d = _dec(ops.get("numerator")), _dec(ops.get("denominator"))
    if n is None or not d:
        return None
    return Decimal(ops.get("per", 100)) * n / d


def _whole_previous(ops: dict[str, Any]) -> Decimal | None:
    implied = _dec(ops.get("implied_previous"))
    return implied.to_integral_value(rounding=ROUND_HALF_UP) if implied is not None else None


def _is_count(unit: str) -> bool:
    from .checks import NON_COUNT_UNITS  # the engine's list of amounts and measures

    return unit not in NON_COUNT_UNITS and not re.search(r"[万亿]", unit)


def columns(check: Any, figs: dict[str, list[Figure]] | None = None) -> Columns:
    """Expected, Observed and Difference of ``check`` as numbers, with the relation and unit;
    shown with as many decimals as the figures have (132.4万元, never 132万元). ``figs``: the
    check's ``figures_of``, when the caller has them already."""
    col = _columns(check, figs)
    if col.places is None:
        shown = [decimals(None, v) for v in (col.expected, col.observed) if v is not None]
        col = Columns(col.expected, col.observed, col.difference, col.relation, col.unit, max(shown, default=0))
    return col


def expected_places(col: Columns, kind: str) -> int:
    """Decimals of the Expected figure: a change's whole previous count (or last year's figure) and
    a fine's limit keep their own ("5起" beside "5.33起", "500万元/件"); else Observed's."""
    if kind in ("change", "count_amount") and col.expected is not None:
        return min(col.places or 0, decimals(None, col.expected))
    return col.places or 0


def shown(check: Any) -> tuple[str, str, str]:
    """Expected, Observed and Difference of ``check`` as an auditor reads them, units and all:
    ("97.8%", "96.6%", "-1.2%"); a limit says its relation ("≤ 9项")."""
    col = columns(check)

    def text(v: Decimal | None, places: int, signed: bool = False) -> str:
        if v is None:
            return ""
        body = number(v, places)
        return ("+" if signed and v > 0 else "") + body + col.unit

    relation = "" if col.relation in ("", "=") else col.relation + " "
    expected = text(col.expected, expected_places(col, check.kind))
    return ((relation + expected) if expected else "", text(col.observed, col.places or 0),
            text(col.difference, col.places or 0, signed=True))


def _columns(check: Any, figs: dict[str, list[Figure]] | None = None) -> Columns:
    ops, kind = check.operands, check.kind
    figs = figures_of(check) if figs is None else figs

    def diff(e: Decimal | None, o: Decimal | None) -> Decimal | None:
        return None if e is None or o is None else o - e

    if kind == "sum":
        total = _first(figs, "total")
        e = _dec(ops.get("total"))
        o = sum((_dec(p) or Decimal(0) for p in ops.get("parts") or []), Decimal(0))
        return Columns(e, o, diff(e, o), "=", unit_of(total.printed) if total else "")
    if kind == "ratio":
        places = _percent_places(check, figs)
        e = _dec(ops.get("percent"))
        c = _computed_rate(ops)
        o = c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) if c is not None else None
        if o is not None and o == e and check.status == FAIL:
            places += 2  # equal at the printed decimals only by half-up: show where it differs
            o = c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return Columns(e, o, diff(e, o), "=", "‰" if ops.get("per") == 1000 else "%", places)
    if kind == "change":
        cur = _first(figs, "current")
        unit = unit_of(cur.printed) if cur else ""
        implied = _dec(ops.get("implied_previous"))
        cur_v, pct = _dec(ops.get("current")), _dec(ops.get("percent"))
        if implied is None and cur_v is not None and pct is not None and pct != -100:
            implied = cur_v / (1 + pct / 100)
        o = implied.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if implied is not None else None
        if o is not None and o == o.to_integral_value() and implied != o:  # 65.9999, not a misleading 66.00
            o = implied.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        if "previous" in ops:
            e = _dec(ops["previous"])
        elif _is_count(unit):
            e = _whole_previous({"implied_previous": implied})
        else:
            e = o
        shown = None if o is None or o == o.to_integral_value() else max(2, -o.normalize().as_tuple().exponent)
        return Columns(e, o, diff(e, o), "=", unit, shown)
    if kind == "bound":
        large = _first(figs, "larger")
        e, o = _dec(ops.get("larger")), _dec(ops.get("smaller"))
        return Columns(e, o, diff(e, o), "≤", unit_of(large.printed) if large else "")
    if kind == "equal":
        vals = [_dec(v) for v in ops.get("values") or []]
        first = _first(figs, "values")
        e, o = (vals[0], vals[-1]) if vals else (None, None)
        return Columns(e, o, diff(e, o), "=", unit_of(first.printed) if first else "")
    if kind == "count_amount":
        count, amount = _dec(ops.get("count")), _dec(ops.get("amount"))
        amt = _first(figs, "amount")
        unit = unit_of(amt.printed) if amt else "万元"
        if count == 0:
            return Columns(Decimal(0), amount, amount, "=", unit)
        avg = _dec(ops.get("average"))
        low, high = _fine_range(check)
        if avg is None:  # cases but no fines: the amount must be above zero
            return Columns(Decimal(0), amount, None, ">", unit)
        places = 2 if avg >= Decimal("0.01") else 4  # a fine per case to the 100 元, or to the 元 when tiny
        if high is not None and avg > high:
            return Columns(high, avg, avg - high, "≤", "万元/件", places)
        if low is not None and avg < low:
            return Columns(low, avg, avg - low, "≥", "万元/件", places)
        return Columns(high, avg, None, "≤", "万元/件", places)
    return Columns(None, None, None, "", "")


def _fine_range(check: Any) -> tuple[Decimal | None, Decimal | None]:
    """The average fine's range of a count_amount rule, from the check's Expected ("0.005–500")."""
    m = re.fullmatch(r"\s*([\d.]+)\s*[–-]\s*([\d.]+)\s*", str(check.expected or ""))
    return (Decimal(m.group(1)), Decimal(m.group(2))) if m else (None, None)


# --- messages --------------------------------------------------------------------------------------------


def _parts(figs: list[Figure], language: str) -> str:
    shown = [f.said(language) for f in figs[:_MAX_PARTS]]
    if len(figs) > _MAX_PARTS:
        shown.append(f"…({len(figs)} 项)" if language == "zh" else f"… ({len(figs)} parts)")
    return " + ".join(shown)


def _signed(d: Decimal | None, unit: str) -> str:
    if d is None:
        return ""
    text = number(d)
    return f"{'+' if d > 0 else ''}{text}{unit}"


# Why a check could not decide, by the reason its evaluator recorded in the operands.
_UNDECIDED = {
    None: ("区间过宽,无法判定:", "intervals too wide to decide: "),
    "several_readings": ("文中有多种读法,部分读法下数字相符、部分不符,无法判定:",
                         "the text can be read in more than one way, and the figures agree under some "
                         "readings only: "),
    "list_may_be_incomplete": ("合计为约数且文中未说明已列全,分项之和小于合计不能判为错误:",
                               "the total is approximate and the text does not say the list is complete, so a "
                               "shortfall is not an error: "),
    "shortfall_not_a_misprint": ("文中未说明已列全(可能只列了主要项目),差额也不是一个数字印错所致,分项之和小于合计不能判为错误:",
                                 "the text does not say the list is complete (it may name the main items only) "
                                 "and the shortfall is not what one misprinted digit makes, so it is not an error: "),
    "average_base": ("该比率按期内平均数(如年平均人口)计算,文中只给出期末数,按期末数计算略有出入,无法判定:",
                     "the rate is over the period's average (the year's average population), which the text "
                     "does not print; over the year-end figure it is slightly off, so it cannot be decided: "),
    "base_with_carried_in": ("完成数含上年结转,比率按本年受理数计算不符、按受理数加上年结转数计算相符,文中未写明基数,无法判定:",
                             "what was closed includes last year's work, and the rate agrees over this year's intake "
                             "plus the work carried in, not over the intake alone; the text does not say which base "
                             "it used: "),
    "round_shortfall": ("文中未说明已列全,差额与各数一样是整数(可能是未列出的一项),分项之和小于合计不能判为错误:",
                        "the text does not say the list is complete and the shortfall is as round as every "
                        "figure (a kind left out would make it too), so it is not an error: "),
}


def _reading(ops: dict) -> str:
    """One reading's operands in a line ("37.1% = 301 / 860")."""
    if "numerator" in ops:
        return f"{number(ops.get('numerator'))} / {number(ops.get('denominator'))}"
    if "parts" in ops:
        return f"{number(ops.get('total'))} = " + " + ".join(number(p) for p in ops.get("parts") or [])
    return ", ".join(f"{k}={v}" for k, v in ops.items() if k not in ("readings", "unverifiable"))


def render(check: Any) -> tuple[str, str]:
    """(zh, en) message of a check, naming every figure it compares by its words and number."""
    zh, en = _render(check)
    if check.status == UNVERIFIABLE:
        why = _UNDECIDED.get(check.operands.get("unverifiable"), _UNDECIDED[None])
        zh, en = why[0] + zh, why[1] + en
    readings = check.operands.get("readings") or []
    if len(readings) > 1:
        other = "; ".join(_reading(r) for r in readings[1:])
        if check.status == FAIL:
            zh, en = zh + f"(另一读法 {other} 也不成立)", en + f" (the other reading, {other}, fails too)"
        elif check.status == UNVERIFIABLE:
            zh, en = zh + f"(另一读法:{other})", en + f" (other reading: {other})"
    if check.operands.get("adjusted_to_100"):
        zh, en = (zh + "(各项占比按最大余数法调整为合计100,差一个末位单位)",
                  en + " (the shares were rounded to add up to 100: one unit of the last digit moved)")
    if check.operands.get("within_tolerance"):
        zh, en = zh + "(在设定的容差内)", en + " (within the tolerance set for this run)"
    return zh, en


def _render(check: Any) -> tuple[str, str]:
    ops, kind, ok = check.operands, check.kind, check.status != FAIL
    figs = figures_of(check)
    col = columns(check, figs)
    f = lambda role: _first(figs, role)  # noqa: E731
    if kind == "sum":
        total, parts = f("total"), figs.get("parts") or []
        unit = col.unit
        if not parts:  # an enumeration the text lists without figures of their own
            listed = " + ".join(number(p) for p in ops.get("parts") or [])
            parts_zh = parts_en = listed
        else:
            parts_zh, parts_en = _parts(parts, "zh"), _parts(parts, "en")
        t_zh = total.said("zh") if total else number(ops.get("total"))
        t_en = total.said("en") if total else number(ops.get("total"))
        s = f"{number(col.observed)}{unit}"
        if ok:
            return f"{t_zh} = {parts_zh}", f"{t_en} = {parts_en}"
        return (f"{t_zh},但 {parts_zh} = {s}(差 {_signed(col.difference, unit)})",
                f"{t_en}, but {parts_en} = {s} (difference {_signed(col.difference, unit)})")
    if kind == "ratio":
        pct, num, den = f("percent"), f("numerator"), f("denominator")
        sign = "‰" if ops.get("per") == 1000 else "%"
        c = _computed_rate(ops)
        shown = number(c, max(col.places or 0, 2)) + sign if c is not None else "?"
        frac_zh = f"{num.said('zh') if num else number(ops.get('numerator'))} / " \
                  f"{den.said('zh') if den else number(ops.get('denominator'))}"
        frac_en = f"{num.said('en') if num else number(ops.get('numerator'))} / " \
                  f"{den.said('en') if den else number(ops.get('denominator'))}"
        if pct and num and pct.zh in ("占", "占比", "比率"):  # a share named only by 占: say whose
            pct = Figure(pct.role, pct.printed, f"{num.zh}占比", f"share of {num.en}", pct.line)
        p_zh = pct.said("zh") if pct else f"{number(ops.get('percent'))}{sign}"
        p_en = pct.said("en") if pct else f"{number(ops.get('percent'))}{sign}"
        if c is None:
            return f"{p_zh}:分母 {frac_zh} 为 0,无法计算", f"{p_en}: the base of {frac_en} is 0"
        if ok:
            return f"{p_zh} = {frac_zh}({shown})", f"{p_en} = {frac_en} ({shown})"
        return f"{p_zh},但 {frac_zh} = {shown}", f"{p_en}, but {frac_en} = {shown}"
    if kind == "change":
        return _render_change(check, figs, col)
    if kind == "bound":
        small, large = f("smaller"), f("larger")
        s_zh = small.said("zh") if small else number(ops.get("smaller"))
        s_en = small.said("en") if small else number(ops.get("smaller"))
        g_zh = large.said("zh") if large else number(ops.get("larger"))
        g_en = large.said("en") if large else number(ops.get("larger"))
        if ok:
            return f"{s_zh} 不超过 {g_zh}", f"{s_en} does not exceed {g_en}"
        more = f"{number(col.difference)}{col.unit}"
        return f"{s_zh} 超过 {g_zh}(多 {more})", f"{s_en} exceeds {g_en} (by {more})"
    if kind == "equal":
        vals = figs.get("values") or []
        zh_list = " 与 ".join(v.said("zh") for v in vals) or " 与 ".join(number(v) for v in ops.get("values") or [])
        en_list = " and ".join(v.said("en") for v in vals) or " and ".join(number(v) for v in ops.get("values") or [])
        if ok:
            return f"{zh_list} 一致", f"{en_list} agree"
        return (f"{zh_list} 应相等,相差 {_signed(col.difference, col.unit)}",
                f"{en_list} must be equal; they differ by {_signed(col.difference, col.unit)}")
    if kind == "count_amount":
        count, amount = f("count"), f("amount")
        c_zh = count.said("zh") if count else number(ops.get("count"))
        c_en = count.said("en") if count else number(ops.get("count"))
        a_zh = amount.said("zh") if amount else number(ops.get("amount"))
        a_en = amount.said("en") if amount else number(ops.get("amount"))
        if _dec(ops.get("count")) == 0:
            if ok:
                return f"{c_zh},{a_zh}", f"{c_en}, {a_en}"
            return f"{c_zh},但 {a_zh}:没有案件就不应有罚款", f"{c_en} but {a_en}: no cases, yet fines"
        avg = _dec(ops.get("average"))
        if avg is None:
            return f"{c_zh},但 {a_zh}:有案件而罚款为 0", f"{c_en} but {a_en}: cases, yet no fines"
        per = f"{number(avg)} 万元/件"
        low, high = _fine_range(check)
        span = f"{number(low)}–{number(high)} 万元/件" if low is not None else ""
        if ok:
            return f"{c_zh},{a_zh}:平均每件 {per}", f"{c_en}, {a_en}: {number(avg)} 万元 per case"
        return (f"{c_zh},{a_zh}:平均每件 {per},超出合理范围 {span}",
                f"{c_en}, {a_en}: {number(avg)} 万元 per case, outside {span.replace('/件', ' per case')}")
    return str(getattr(check, "message_zh", "")), str(getattr(check, "message_en", ""))


def _render_change(check: Any, figs: dict[str, list[Figure]], col: Columns) -> tuple[str, str]:
    ops, ok = check.operands, check.status != FAIL
    cur = _first(figs, "current")
    p = _dec(ops.get("percent")) or Decimal(0)
    c_zh = cur.said("zh") if cur else number(ops.get("current"))
    c_en = cur.said("en") if cur else number(ops.get("current"))
    pct = f"{number(abs(p))}%"
    zh_claim = f"{c_zh},同比{'下降' if p < 0 else '增长'} {pct}"
    en_claim = f"{c_en}, {'down' if p < 0 else 'up'} {pct} on last year"
    unit = col.unit
    if "previous" in ops:
        prev = _first(figs, "previous")
        p_zh = prev.said("zh") if prev else f"{number(ops['previous'])}{unit}"
        p_en = prev.said("en") if prev else f"{number(ops['previous'])}{unit}"
        cur_v, prev_v = _dec(ops.get("current")), _dec(ops["previous"])
        if not prev_v:
            return f"{zh_claim};上年 {p_zh},无法计算", f"{en_claim}; last year {p_en}: cannot be computed"
        computed = number(number(100 * (cur_v - prev_v) / prev_v, max(decimals(None, ops.get("percent")) + 1, 2))) + "%"
        if ok:
            return f"{zh_claim};上年 {p_zh},算得 {computed}", f"{en_claim}; last year {p_en} gives {computed}"
        return (f"{zh_claim},但上年 {p_zh}:({number(cur_v)} − {number(prev_v)}) / {number(prev_v)} = {computed}",
                f"{en_claim}, but last year {p_en}: ({number(cur_v)} − {number(prev_v)}) / {number(prev_v)}"
                f" = {computed}")
    if col.observed is None:
        if p <= -100 and ok:
            return f"{zh_claim}(降为 0)", f"{en_claim} (fell to zero)"
        if p < -100:
            return f"{zh_claim}:下降不能超过 100%", f"{en_claim}: a fall cannot exceed 100%"
        return zh_claim, en_claim
    implied = f"{number(col.observed)}{unit}"
    formula = f"{number(ops.get('current'))} ÷ (1 {'−' if p < 0 else '+'} {pct})"
    if ok:
        return f"{zh_claim}(上年约 {implied})", f"{en_claim} (last year about {implied})"
    whole = col.expected
    if whole is None or whole <= 0:
        return (f"{zh_claim},则上年为 {formula} = {implied},不是整数",
                f"{en_claim}, so last year would be {formula} = {implied}, not a whole number")
    cur_v = _dec(ops.get("current")) or Decimal(0)
    places = decimals(None, ops.get("percent"))
    exact = 100 * (cur_v - whole) / whole
    gives = number(exact, places)
    if _dec(gives) == p:  # equal at the printed decimals only by another rounding: show where it differs
        gives = number(exact, places + 2)
    gives = ("+" if exact > 0 else "") + gives + "%"
    stated = ("+" if p > 0 else "") + number(p) + "%"
    return (f"{zh_claim},则上年为 {formula} = {implied};上年须为整数,最接近的 {number(whole)}{unit} 对应 "
            f"{gives},不是 {stated}",
            f"{en_claim}, so last year would be {formula} = {implied}; a count is whole, and the nearest, "
            f"{number(whole)}{unit}, gives {gives}, not {stated}")


# --- rules in words -----------------------------------------------------------------------------------------


RULE_TEXT = {
    "sum.breakdown": ("其中/包括/分别为 列出的分项之和等于合计", "parts listed with 其中/包括/分别为 add up to the total"),
    "sum.enumeration": ("合计后括号内列举的分项之和等于合计", "a bracketed enumeration after a total adds up to it"),
    "sum.difference": ("上年数、本年数与增减数相符", "last year's figure, this year's and the stated difference agree"),
    "sum.status": ("受理数等于已办结数加在办数", "received = closed + still open"),
    "sum.points": ("今年的比率等于上年的比率加减所述百分点", "this year's rate is last year's plus or minus the points stated"),
    "change.table": ("表中两年的数字与增减百分比一致", "the table's change column matches its two years' figures"),
    "sum.table_balance": ("表中本年新收加上年结转等于办理结果总计加结转下年度(表的勾稽关系)",
                          "new plus carried-in requests equal the outcomes' total plus those carried forward "
                          "(the table's own identity)"),
    "sum.table_group": ("表中分组各行之和等于总计行", "the rows of a table group add up to the total row"),
    "sum.table_total": ("表中各行之和等于总计行", "the rows of a table add up to its total row"),
    "sum.table_row": ("表中一行各列之和等于总计列", "the cells of a row add up to its total column"),
    "bound.part": ("分项不超过合计(列举不完整时)", "a listed part does not exceed its total (list not exhaustive)"),
    "bound.includes": ("括号内“含”的数不超过合计", "a figure 'included' in brackets does not exceed the total"),
    "bound.meaning": ("取得资格者不多于参加者", "those who passed do not outnumber those who took part"),
    "ratio.rate": ("比率按其分子、分母计算,四舍五入到所列小数位", "a rate equals numerator/denominator, rounded to the printed decimals"),
    "ratio.share": ("占比按分项与合计计算", "a share equals part/total, rounded to the printed decimals"),
    "ratio.table_share": ("表中占比按对应数量计算", "a table share equals its count over the base"),
    "ratio.table_rate": ("表中比率按同行两列数量计算", "a table rate equals the row's two counts its columns name"),
    "ratio.expression": ("A:100 形式的比值按两数计算", "an A:100 ratio equals the two stated figures"),
    "ratio.named_per_n": ("按比率名称所指的分子、分母和单位计算(如万车死亡率=道路交通死亡人数/机动车万辆数)",
                          "a rate per N its own name defines (万车死亡率 = road deaths per 10,000 vehicles)"),
    "ratio.group_rate": ("按名称所指的几类分项合计占总数计算(如优良率=优秀+良好)",
                         "a rate of a group of the listed kinds over their whole (优良率 = excellent + good)"),
    "ratio.structure": ("A:B:C 结构按各分项占合计计算", "an A:B:C structure equals each part over the total"),
    "change.yoy": ("同比变化:计数类上年数须为整数;给出上年数时按其计算",
                   "a change: for counts the implied previous figure is whole; a printed previous figure is used"),
    "change.previous_report": ("本年同比与上年报告数相符", "this year's change agrees with last year's report"),
    "equal.restated": ("同一数字在正文与表格中一致", "one figure restated (prose and table) is the same"),
    "bound.visited": ("其中所列单位数不超过检查的家次", "units listed under visits do not outnumber the visits"),
    "bound.target": ("实际达到的数在旁边写明的目标(考核指标)一侧", "an achieved figure is on the side of the target stated beside it"),
    "bound.member": ("所列渠道(平台、部门)之一的数不超过全部所列之和", "one member of a listed scope does not exceed the whole list's figure"),
    "bound.level": ("本级的数不超过全辖区的数", "a level's own figure does not exceed its whole jurisdiction's"),
    "equal.back_reference": ("回指的数与先前所述的数一致(如“在全年N件…中”)", "a figure referred back to agrees with its first statement"),
    "equal.named_again": ("再次提及的同一集合(如“上述N起事故中”“按N万常住人口计算”)与先前所述的数一致", "a set named again (\"上述N起事故中\", \"按N万常住人口计算\") has the count first stated"),
    "sum.named_again": ("再次提及的两类合称(如“上述N件复议诉讼案件”)等于先前两数之和", "two sets named again together (\"上述N件复议诉讼案件\") are the sum of their counts"),
    "equal.table_total": ("表格合计行的数与正文所述的同一总数一致", "a table's total row agrees with the whole the prose states"),
    "equal.alike": ("文中说明相同(“同样为”“与…一致”)的两个数相等", "two figures the text says are alike (同样为, 与…一致) are equal"),
    "sum.identity": ("按定义成立的关系(如人口自然增长率=出生率-死亡率)", "an identity by definition (natural growth rate = birth rate - death rate)"),
    "sum.disclosure_group": ("正文所述的某类处理结果(如不予公开)等于申请情况表中该类各小项之和", "a result group the prose states (不予公开…) is the sum of its numbered rows in the application table"),
    "equal.review_table": ("正文所述的政府信息公开行政复议(诉讼)数与复议诉讼情况表一致", "the prose count of reviews (suits) over disclosure agrees with the review and litigation table"),
    "sum.review_table": ("正文所述的行政诉讼数等于表中未经复议直接起诉与复议后起诉两个总计之和", "the prose count of suits is the sum of the table's two litigation totals"),
    "equal.full_rate": ("比率为100%时两数相等", "a 100% rate makes its two figures equal"),
    "equal.one_to_one": ("“一一对应”的两个数相等", "two sets said to correspond one to one are equally many"),
    "equal.restated_table": ("正文所述数字与表格所列一致", "a figure of the prose agrees with the table row restating it"),
    "equal.stage": ("“均/全部”办理的数与所收数相等", "what was all handled equals what came in"),
    "ratio.bracket_share": ("括号内占比按分项与合计计算", "a share in brackets equals its part over the total"),
    "ratio.full": ("100%的比率按其分子、分母计算", "a 100% rate equals its numerator over its denominator"),
    "ratio.own_name": ("以名称命名的比率(如核查属实率)按所指分子、分母计算", "a rate named by its own words equals the figures it names"),
    "ratio.per_capita": ("每千(万)人等比率按所述基数计算", "a rate per thousand (ten thousand) equals the figure over its stated base"),
    "ratio.listed_share": ("各分项所附占比按该列表所分的合计(或各占比共同指向的基数)计算",
                           "each item's share is of the whole its list partitions (or the base its shares agree on)"),
    "ratio.stated_base": ("括号写明基数(以…为基数)的比率按该基数计算", "a rate whose base the text states in brackets equals its figure over that base"),
    "ratio.target": ("完成目标的百分比按完成数与目标数计算", "the share of a target reached equals the figure over the target"),
    "sum.added": ("“加上…共…”的合计等于两数之和", "a figure 加上 (plus) another makes the 共 total after them"),
    "sum.rest": ("总数等于已述部分加“其余”部分", "a whole is its stated part plus the rest (其余)"),
    "sum.named_partition": ("按定义构成总量的各部分(如三次产业增加值)之和等于总量", "the parts that make up a whole by definition (the three industries) add up to it"),
    "sum.flow": ("收到数等于新收数加上年结转数", "received = new + carried over from last year"),
    "sum.share_partition": ("占比合计为100%的各分项之和等于其基数",
                            "parts whose shares of one base add up to 100% add up to that base"),
    "sum.graded": ("评定等次的各数之和等于抽查数", "the grades add up to what was checked"),
    "bound.stage": ("后一环节的数不超过前一环节(如办结不多于受理)",
                    "a later stage does not outnumber an earlier one (closed <= received)"),
}
# A rule this table does not know yet is described by its kind.
_KIND_TEXT = {
    "sum": ("分项之和等于合计", "the parts add up to the total"),
    "ratio": ("比率按其分子、分母计算,四舍五入到所列小数位", "a rate equals numerator/denominator at the printed decimals"),
    "change": ("同比变化与本年数、上年数相符", "a change agrees with this year's and last year's figures"),
    "bound": ("部分不超过整体", "a part does not exceed its whole"),
    "equal": ("应当相等的数字相等", "figures that must agree are equal"),
}


@lru_cache(maxsize=1)
def _catalog_rules() -> dict[str, dict[str, Any]]:
    import yaml

    try:
        text = resources.files("toolkit").joinpath("catalog/rules.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return {f"catalog.{r['id']}": r for r in data.get("rules") or [] if isinstance(r, dict) and "id" in r}


def _names(keys: Iterable[str], language: str) -> list[str]:
    out = []
    for k in keys:
        label = metric_label(k)
        out.append((label[0] if language == "zh" else label[1]) if label else k)
    return out


def rule_text(rule: str) -> tuple[str, str]:
    """(zh, en) description of a rule in words; a catalog rule names its metrics by label."""
    if rule in RULE_TEXT:
        return RULE_TEXT[rule]
    r = _catalog_rules().get(rule)
    if r is None:
        return _KIND_TEXT.get(rule.split(".")[0], (rule, rule))
    kind = r.get("kind")
    out = []
    for lang in ("zh", "en"):
        if kind == "sum":
            parts = _names(r.get("parts") or [], lang)
            total = _names([r.get("total", "")], lang)[0]
            out.append(f"{' + '.join(parts)} = {total}")
        elif kind == "bound":
            small, large = _names([r.get("smaller", ""), r.get("larger", "")], lang)
            out.append(f"{small} ≤ {large}")
        elif kind == "equal":
            vals = _names(r.get("values") or [], lang)
            out.append(" = ".join(vals))
        elif kind == "ratio":
            num, den, pct = _names([r.get("numerator", ""), r.get("denominator", ""), r.get("percent", "")], lang)
            out.append(f"{pct} = {num} / {den}")
        elif kind == "count_amount":
            count, amount = _names([r.get("count", ""), r.get("amount", "")], lang)
            low, high = (r.get("average_fine") or [None, None])[:2]
            if lang == "zh":
                out.append(f"{count} 为 0 时 {amount} 为 0;平均每件罚款在 {number(low)}–{number(high)} 万元之间")
            else:
                out.append(f"no {count}, no {amount}; the fine per case is {number(low)}–{number(high)} 万元")
        else:
            out.append(rule)
    if r.get("same_section"):
        out = [out[0] + "(同一段落内)", out[1] + " (within one paragraph)"]
    return out[0], out[1]


# --- one root cause, one flag group ------------------------------------------------------------------------


@dataclass
class FlagGroup:
    """Flags with one root cause: ``root`` (a flag, or None when the cause is the report's own
    convention) states it, ``members`` follow from it."""

    number: int
    cause_zh: str
    cause_en: str
    root: Any | None
    members: list[Any] = field(default_factory=list)


def _truncates(check: Any) -> bool | None:
    """Does an exact rate check hold when its computed percent is truncated, not rounded?
    None when it cannot tell (an approximate figure, no base)."""
    if check.kind != "ratio" or getattr(check, "approx", False):
        return None
    c = _computed_rate(check.operands)
    stated = _dec(check.operands.get("percent"))
    if c is None or stated is None:
        return None
    places = _percent_places(check, figures_of(check))
    return c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN) == stated


def flag_groups(checks: list[Any]) -> list[FlagGroup]:
    """Root causes among one report's checks: a report that truncates its percentages (every
    exact rate holds truncated, two or more fail rounded), and shares that fail because their
    total's breakdown fails (the share's base is the total of a failing sum)."""
    groups: list[FlagGroup] = []
    flags = [c for c in checks if c.status == FAIL]
    grouped: set[int] = set()
    for s in flags:
        if s.kind != "sum":
            continue
        totals = {e.index for e in s.evidence if e.role == "total" and e.index is not None}
        members = [c for c in flags if c.kind == "ratio" and id(c) not in grouped
                   and any(e.role == "denominator" and e.index in totals for e in c.evidence)]
        if members:
            total = _first(figures_of(s), "total")
            name = total.said("zh") if total else ""
            name_en = total.said("en") if total else ""
            groups.append(FlagGroup(len(groups) + 1, f"{name} 的分项之和不符,以它为分母的占比随之不符",
                                    f"the parts of {name_en} do not add up; the shares over it fail with it",
                                    s, members))
            grouped.update(id(c) for c in members)
            grouped.add(id(s))
    # Rates explained by a failing total are left out: they say nothing about the rounding.
    rates = [(c, _truncates(c)) for c in checks if c.kind == "ratio" and id(c) not in grouped]
    truncated = [c for c, t in rates if t and c.status == FAIL]
    if len(truncated) >= 2 and all(t is not False for _, t in rates):
        groups.insert(0, FlagGroup(
            0, f"本报告的百分数是截断值(舍去尾数,不是四舍五入):{len(truncated)} 个比率按截断全部相符",
            f"this report truncates its percentages (not rounded): all {len(truncated)} rates hold when truncated",
            None, truncated))
    for n, g in enumerate(groups, start=1):
        g.number = n
    return groups
