"""The message of a check in Chinese and English: every figure named, the arithmetic shown."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from .difference import Columns, _computed_rate, _fine_range, _first, columns
from .figures import _MAX_PARTS, FAIL, UNVERIFIABLE, Figure, _dec, decimals, figures_of, number

# --- messages --------------------------------------------------------------------------------------------

# How a rate per N is printed after its value ("4518.18/万").
_PER_WORDS = {100: "百", 1000: "千", 10_000: "万", 100_000: "10万", 1_000_000: "百万", 100_000_000: "亿"}


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
    "list_may_be_incomplete": ("合计或分项为约数(或经四舍五入),且文中未说明已列全,分项之和小于合计不能判为错误:",
                               "the total or the parts are approximate (or rounded) and the text does not say the "
                               "list is complete, so a shortfall is not an error: "),
    "shortfall_not_a_misprint": ("文中未说明已列全(可能只列了主要项目),差额也不是一个数字印错所致,分项之和小于合计不能判为错误:",
                                 "the text does not say the list is complete (it may name the main items only) "
                                 "and the shortfall is not what one misprinted digit makes, so it is not an error: "),
    "average_base": ("该比率按期内平均数(如年平均人口)计算,文中只给出期末数,按期末数计算略有出入,无法判定:",
                     "the rate is over the period's average (the year's average population), which the text "
                     "does not print; over the year-end figure it is slightly off, so it cannot be decided: "),
    "base_with_unprinted_carried_in": ("完成数含上年结转但未写明其数,比率的基数可能为本年受理数加上年结转数,按本年受理数计算不符,无法判定:",
                                       "what was closed includes last year's work, whose count the text does not "
                                       "print; the rate's base may be this year's intake plus that work, so a rate "
                                       "below the one over the intake alone cannot be decided: "),
    "base_with_carried_in": ("完成数含上年结转,比率按本年受理数计算不符、按受理数加上年结转数计算相符,文中未写明基数,无法判定:",
                             "what was closed includes last year's work, and the rate agrees over this year's intake "
                             "plus the work carried in, not over the intake alone; the text does not say which base "
                             "it used: "),
    "base_named_by_set": ("句首写明比率所在的集合,但文中未找到该集合的数字,按其他数字计算不符,无法判定:",
                          "the sentence names the set its rate is of, but no figure before it is named so; over "
                          "the base found otherwise the rate disagrees, so it cannot be decided: "),
    "total_named_far": ("平均数所除的总数只在前文远处按名称找到(可能是同名的另一集合),按其计算不符,无法判定:",
                        "the total the average divides is found only by its name, far before it (it may be "
                        "another set of that name); over it the average disagrees, so it cannot be decided: "),
    "assumed_equal": ("两数相等是按此类报告的惯例推定的(如执法决定均为处罚决定),较宽一方大于较窄一方并不矛盾(可能含其他种类),无法判定:",
                      "the two figures are equal only by what such reports usually count (every decision a "
                      "penalty); the wider one being larger is no contradiction (it may count other kinds), so "
                      "it cannot be decided: "),
    "closed_older_work": ("收到数写明为新收或文中写明有上年结转,办结数可能含以前年度结转的旧案,办结数大于收到数不能判为错误:",
                          "what came in is named as new (新收), or the text says work was carried over; what was "
                          "closed may include older work carried in, so closing more than came in is not an error: "),
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
        zh, en = (zh + "(各项占比经舍入调整使合计为100,差一个末位单位)",
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
        per = ops.get("per") or 100
        sign = "‰" if per == 1000 else "%"
        c = _computed_rate(ops)
        shown = number(c, max(col.places or 0, 2)) + sign if c is not None else "?"
        if c is not None and (per not in (100, 1000) or col.unit not in ("%", "‰")):
            # a rate per N ("每万人诉求量 4518.18/万", "每百户拥有汽车 45.60/百"), not a percent
            shown = f"{number(c, max(col.places or 0, 2))}/{_PER_WORDS.get(per, number(per))}"
            if per == 1:  # an average per unit (人均办结 13件, 户均 0.05万元): in the average's own unit
                shown = f"{number(c, max(col.places or 0, 2))}{'' if col.unit in ('%', '‰') else col.unit}"
        frac_zh = f"{num.said('zh') if num else number(ops.get('numerator'))} / " \
                  f"{den.said('zh') if den else number(ops.get('denominator'))}"
        frac_en = f"{num.said('en') if num else number(ops.get('numerator'))} / " \
                  f"{den.said('en') if den else number(ops.get('denominator'))}"
        # a share named only by 占, or by the verb of a structure's change ("…调整为9.9:43.9:46.2"): say whose
        if pct and num and pct.zh in ("占", "占比", "比率", "调整", "优化", "转变", "演变", "变化", "变"):
            if col.unit in ("%", "‰"):
                pct = Figure(pct.role, pct.printed, f"{num.zh}占比", f"share of {num.en}", pct.line)
            else:  # a rate per N is named by what it counts (注册护士 3.03人 per 千人)
                pct = Figure(pct.role, pct.printed, num.zh, num.en, pct.line)
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


# A change against another period than last year's ("环比", "较一季度减少348件", "比上月增长"): said so.
_AGAINST_PERIOD = re.compile(r"环比|[比较](?:上|[一二三四1-4])季度|[比较][上下]半年|[比较]上月|[比较]\d{1,2}月")


_COMPARED_WITH = re.compile(r"与((?:19|20)?[^,;。与]{1,24}?)(?:的[\d.,]+\s*[^\d,;。]{0,3})?相比"
                            r"|[比较](预算|计划|目标|调整预算|年初预算)(?:数)?(?:减少|增加|下降|增长|节约|超支)")


def _compared_with(check: Any) -> tuple[str, str, str]:
    """How the change is measured: (同比, 上年, last year), or (环比, 上期, the previous period)."""
    def get(e: Any, k: str) -> str:
        return str((e.get(k) if isinstance(e, dict) else getattr(e, k, "")) or "")

    evidence = getattr(check, "evidence", []) or []
    words = "".join(get(e, "label") for e in evidence)
    cur = next((e for e in evidence if get(e, "role") == "current"), None)
    pct = next((e for e in evidence if get(e, "role") == "percent"), None)
    if cur is not None and pct is not None and get(cur, "text") == get(pct, "text"):
        # the words between the level and its percent ("1,126件,较一季度减少348件,下降30.9%")
        line, a = get(cur, "text"), get(cur, "printed")
        i = line.find(a) if a else -1
        j = line.find(get(pct, "printed"), i + len(a)) if i >= 0 else -1
        words += line[i:j] if j > i else ""
    own = get(pct, "label") if pct is not None else ""  # (the percent's own words say it first)
    if (named := _COMPARED_WITH.search(words)) and not re.search(r"同比|上年|去年", own):
        # "与2010年第六次全国人口普查的51.36万人相比", "比预算减少13.58万元": against what the text names
        base = named.group(1) or named.group(2)
        return f"与{base}相比", base, "the level compared with"
    if re.search(r"同比|上年|去年", own):
        return "同比", "上年", "last year"
    if _AGAINST_PERIOD.search(own) or (_AGAINST_PERIOD.search(words) and not re.search(r"同比|上年|去年", words)):
        return "环比", "上期", "the previous period"
    return "同比", "上年", "last year"


def _render_change(check: Any, figs: dict[str, list[Figure]], col: Columns) -> tuple[str, str]:
    ops, ok = check.operands, check.status != FAIL
    cur = _first(figs, "current")
    p = _dec(ops.get("percent")) or Decimal(0)
    c_zh = cur.said("zh") if cur else number(ops.get("current"))
    c_en = cur.said("en") if cur else number(ops.get("current"))
    pct = f"{number(abs(p))}%"
    ref_zh, prev_zh, ref_en = _compared_with(check)
    zh_claim = f"{c_zh},{ref_zh}{'下降' if p < 0 else '增长'} {pct}"
    en_claim = f"{c_en}, {'down' if p < 0 else 'up'} {pct} on {ref_en}"
    unit = col.unit
    if "previous" in ops:
        prev = _first(figs, "previous")
        p_zh = prev.said("zh") if prev else f"{number(ops['previous'])}{unit}"
        p_en = prev.said("en") if prev else f"{number(ops['previous'])}{unit}"
        cur_v, prev_v = _dec(ops.get("current")), _dec(ops["previous"])
        if not prev_v:
            return f"{zh_claim};{prev_zh} {p_zh},无法计算", f"{en_claim}; {ref_en} {p_en}: cannot be computed"
        computed = number(number(100 * (cur_v - prev_v) / prev_v, max(decimals(None, ops.get("percent")) + 1, 2))) + "%"
        if ok:
            return f"{zh_claim};{prev_zh} {p_zh},算得 {computed}", f"{en_claim}; {ref_en} {p_en} gives {computed}"
        return (f"{zh_claim},但{prev_zh} {p_zh}:({number(cur_v)} − {number(prev_v)}) / {number(prev_v)} = {computed}",
                f"{en_claim}, but {ref_en} {p_en}: ({number(cur_v)} − {number(prev_v)}) / {number(prev_v)}"
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
        return f"{zh_claim}({prev_zh}约 {implied})", f"{en_claim} ({ref_en} about {implied})"
    whole = col.expected
    if whole is None or whole <= 0:
        return (f"{zh_claim},则{prev_zh}为 {formula} = {implied},不是整数",
                f"{en_claim}, so {ref_en} would be {formula} = {implied}, not a whole number")
    cur_v = _dec(ops.get("current")) or Decimal(0)
    places = decimals(None, ops.get("percent"))
    exact = 100 * (cur_v - whole) / whole
    gives = number(exact, places)
    if _dec(gives) == p:  # equal at the printed decimals only by another rounding: show where it differs
        gives = number(exact, places + 2)
    gives = ("+" if exact > 0 else "") + gives + "%"
    stated = ("+" if p > 0 else "") + number(p) + "%"
    return (f"{zh_claim},则{prev_zh}为 {formula} = {implied};{prev_zh}须为整数,最接近的 {number(whole)}{unit} 对应 "
            f"{gives},不是 {stated}",
            f"{en_claim}, so {ref_en} would be {formula} = {implied}; a count is whole, and the nearest, "
            f"{number(whole)}{unit}, gives {gives}, not {stated}")


