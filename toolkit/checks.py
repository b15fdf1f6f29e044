"""[Relation] -> [Check]: does the arithmetic hold?

Exact figures are checked exactly (``Decimal``). A stated percent with k
decimals passes when the computed value rounds to it at k decimals, half-up or
half-even; there is no fixed epsilon. Figures with a qualifier (余, 近, 约 …)
are intervals: a relation passes when values inside the intervals satisfy it
and the intervals are narrow, fails when no values can, and is
``unverifiable`` when they are too wide to decide.

A :class:`Tolerance` loosens this on request (which rounding conventions a printed
figure may follow, slack on rates and on sums); a check that passes only because of it
says so (``operands["within_tolerance"]``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache
from typing import Any

from .messages import render as render_message
from .numbers import to_plain
from .quantities import KEPT_SCALES, UNITS, Quantity
from .relations import _MONEY_SCALE, Relation
from .relations.misprints import _as_round_as_the_figures, _last_digit, one_slip_adds_up

# (Tolerance and using are imported from here by the API, the CLI and the compare step)
from .tolerance import ROUNDING, _tol, _within
from .tolerance import Tolerance as Tolerance
from .tolerance import using as using

PASS, FAIL, UNVERIFIABLE = "pass", "fail", "unverifiable"
# Units of amounts and measures: a change of them does not need a whole previous figure.
NON_COUNT_UNITS = frozenset({
    "元", "千元", "万元", "十万元", "百万元", "千万元", "亿元", "万亿元", "%", "‰", "个百分点", "百分点", "平方米", "平方公里", "立方米", "公里", "千米", "米",
    "吨", "亩", "公顷", "倍", "岁", "小时", "分钟", "天", "周", "个月", "个工作日", "学时", "课时", "",
    "微克/立方米", "毫克/立方米", "毫克/升", "千瓦时", "千瓦",
    # (a figure printed in 亿 stays in that unit, a rounded amount: "1.86亿份")
    *(scale + unit for scale in KEPT_SCALES for unit in UNITS if unit not in ("%", "‰")),
})
ERROR, WARNING = "error", "warning"
# An approximate relation that can hold is "pass" while its intervals are this narrow.
_NARROW = Decimal("0.1")


@dataclass(slots=True)  # slots: a long report's checks cite 300,000 figures
class Evidence:
    role: str
    printed: str
    text: str
    line: int
    start: int
    end: int
    key: str | None = None
    index: int | None = None  # the quantity's position in the report's list of quantities
    label: str = ""  # the text just before the figure: the words that name it in messages
    # The report file the sentence is from: in a cross-year check the previous year's
    # sentences come from another file than the check's own report.
    file: str = ""

    def to_dict(self) -> dict[str, Any]:
        """What ``dataclasses.asdict`` gives (every field is a str, an int or None)."""
        return {"role": self.role, "printed": self.printed, "text": self.text, "line": self.line,
                "start": self.start, "end": self.end, "key": self.key, "index": self.index,
                "label": self.label, "file": self.file}


def _copy(v: Any) -> Any:
    """A copy of a check's operand value, as ``dataclasses.asdict`` makes it (dicts, lists and
    tuples copied, the plain numbers and strings inside shared)."""
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_copy(x) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy(x) for x in v)
    return v


@dataclass(init=False, slots=True)
class Check:
    """One relation, evaluated.

    Its messages (``message_zh``, ``message_en``, ``message``) are rendered from the check when
    asked (``toolkit.messages.render``), not stored: a long report has over 100,000 checks and
    two rendered strings each were a sixth of its peak memory. Messages given to the
    constructor (cross-year checks say them their own way) are kept as given.
    """

    id: str
    kind: str
    rule: str
    status: str
    severity: str
    operands: dict[str, Any]
    expected: Any
    observed: Any
    difference: Any
    approx: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    report: str = ""
    _messages: tuple[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    def __init__(self, id: str, kind: str, rule: str, status: str, severity: str, operands: dict[str, Any],
                 expected: Any, observed: Any, difference: Any, message_zh: str | None = None,
                 message_en: str | None = None, approx: bool = False, evidence: list[Evidence] | None = None,
                 report: str = "") -> None:
        self.id, self.kind, self.rule, self.status, self.severity = id, kind, rule, status, severity
        self.operands, self.expected, self.observed, self.difference = operands, expected, observed, difference
        self.approx = approx
        self.evidence = [] if evidence is None else evidence
        self.report = report
        given = message_zh is not None or message_en is not None
        self._messages = (message_zh or "", message_en or "") if given else None

    @property
    def messages(self) -> tuple[str, str]:
        """(zh, en): as given, else rendered now from the check (each call renders afresh)."""
        return self._messages if self._messages is not None else render_message(self)

    @property
    def message_zh(self) -> str:
        return self.messages[0]

    @message_zh.setter
    def message_zh(self, value: str) -> None:
        self._messages = (value, self.messages[1])

    @property
    def message_en(self) -> str:
        return self.messages[1]

    @message_en.setter
    def message_en(self, value: str) -> None:
        self._messages = (self.messages[0], value)

    @property
    def message(self) -> str:
        return " / ".join(self.messages)

    def to_dict(self) -> dict[str, Any]:
        """The check as ``dataclasses.asdict`` gave it when the messages were fields, and ``message``."""
        zh, en = self.messages
        return {"id": self.id, "kind": self.kind, "rule": self.rule, "status": self.status,
                "severity": self.severity, "operands": _copy(self.operands), "expected": _copy(self.expected),
                "observed": _copy(self.observed), "difference": _copy(self.difference),
                "message_zh": zh, "message_en": en, "approx": self.approx,
                "evidence": [e.to_dict() for e in self.evidence], "report": self.report,
                "message": f"{zh} / {en}"}


def _rounds_to(x: Decimal, target: Decimal, places: int) -> bool:
    """Does a computed rate give the printed one, by a rounding convention the tolerance admits?"""
    tol = _tol()
    q = Decimal(1).scaleb(-places)
    with localcontext() as ctx:
        ctx.prec = 80  # absurd figures (30 digits) must not overflow the default 28-digit context
        try:
            if any(x.quantize(q, rounding=ROUNDING[r]) == target for r in tol.rounding):
                return True
            return bool(tol.rate) and abs(x - target) <= tol.rate
        except InvalidOperation:
            return False


def _half(places: int) -> Decimal:
    return Decimal(5).scaleb(-places - 1)


def _num(q: Quantity, money_unit: str | None = None) -> tuple[Decimal, Decimal, Decimal]:
    """(value, low, high) of a figure; money converted to ``money_unit`` when given."""
    low, high = q.low, q.high
    if money_unit and q.is_money and q.unit != money_unit:
        f = _MONEY_SCALE.get(q.unit, Decimal(1)) / _MONEY_SCALE.get(money_unit, Decimal(1))
        return q.value * f, low * f, high * f
    return q.value, low, high


def _scaled(q: Quantity, v: tuple[Decimal, Decimal, Decimal]) -> tuple[Decimal, Decimal, Decimal]:
    """A figure kept in 亿 ("1.36亿立方米") in its plain unit, for a ratio over a figure of another scale
    ("人均水资源量" over people): both in 亿 keep their ratio either way."""
    if q.is_money or not q.unit.startswith(KEPT_SCALES) or len(q.unit) < 2:
        return v
    f = Decimal(10**12) if q.unit.startswith("万亿") else Decimal(10**8)
    return v[0] * f, v[1] * f, v[2] * f


def _interval_status(ok_all: bool, ok_some: bool, width: Decimal, scale: Decimal) -> str:
    if ok_all:
        return PASS
    if not ok_some:
        return FAIL
    if scale and abs(width / scale) <= _NARROW:
        return PASS
    return UNVERIFIABLE


def _round_out(x: Decimal, places: int = 4) -> int | float:
    try:
        return to_plain(x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize())
    except InvalidOperation:  # pragma: no cover - huge values
        return float(x)


# --- evaluators -------------------------------------------------------------------


def _eval_sum(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool]:
    total: Quantity = rel.roles["total"]  # type: ignore[assignment]
    parts: list[Quantity] = rel.roles["parts"]  # type: ignore[assignment]
    enumerated = rel.enumerated
    unit = total.unit if total.is_money else None
    if enumerated is not None:
        vals = [(v, v, v) for v in enumerated]
        part_values = [to_plain(v) for v in enumerated]
    else:
        vals = [_num(p, unit) for p in parts]
        part_values = [to_plain(v[0]) for v in vals]
    t, tl, th = _num(total)
    lo = sum((v[1] for v in vals), Decimal(0))
    hi = sum((v[2] for v in vals), Decimal(0))
    s = sum((v[0] for v in vals), Decimal(0))
    approx = not total.exact or lo != hi
    if not approx:
        status = PASS if s == t or _within(s - t, t) else FAIL
    else:
        slack = _tol().relative * abs(t)
        ok_some = lo <= th + slack and tl - slack <= hi
        status = _interval_status(False, ok_some, max(hi, th) - min(lo, tl), t)
    ops = {"total": total.plain, "parts": part_values}
    # A gap as round as every printed figure (1,300 = 600 + 400 + a kind of 300 left out) is what a round part the
    # list leaves out makes, as well as a slip (misprints._as_round_as_the_figures); asked of a shortfall only.
    round_gap = status == FAIL and not rel.exhaustive and hi < tl and bool(parts) and not total.is_money \
        and _as_round_as_the_figures(t - s, [(q.value, _last_digit(q)) for q in [total, *parts]])
    # (a list by a classification, 分品种看, on rounded figures: a shortfall one slip of one part closes is that slip)
    slip = rel.by_class and approx and not total.qualifier and enumerated is None and one_slip_adds_up(total, parts)
    if status == FAIL and not rel.exhaustive and hi < tl and ((approx and not slip) or not _misprint_shaped(t - s)
                                                             or round_gap):
        # A list nothing calls complete may be the highlights only ("机构412个,其中医院18个、卫生院21个…"): a
        # shortfall under a rough total ("2300余人次") is no error, nor under an exact one unless one misprinted
        # digit explains it exactly (a digit replaced: k x 10^n; two neighbours swapped: 9k x 10^n).
        status = UNVERIFIABLE
        ops["unverifiable"] = ("list_may_be_incomplete" if approx else "round_shortfall" if round_gap and
                               _misprint_shaped(t - s) else "shortfall_not_a_misprint")
    return status, total.plain, to_plain(s), _round_out(s - t), ops, approx


def _misprint_shaped(diff: Decimal) -> bool:
    """Is ``diff`` what one misprinted digit makes: k x 10^n (k = 1..9, a digit replaced) or
    9k x 10^n (k = 1..9, two neighbouring digits swapped)?"""
    digits = abs(diff).normalize().as_tuple().digits
    k = int("".join(map(str, digits))) if digits else 0
    return 1 <= k <= 9 or (k % 9 == 0 and 9 <= k <= 81)


# qualifiers of a percent that state a bound, not an approximation ("95%以上", "超过90%"; "5%以下")
_AT_LEAST = frozenset({"以上", "超", "逾"})
_AT_MOST = frozenset({"以下"})


def _eval_ratio(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool]:
    num: Quantity = rel.roles["numerator"]  # type: ignore[assignment]
    den: Quantity = rel.roles["denominator"]  # type: ignore[assignment]
    pct: Quantity = rel.roles["percent"]  # type: ignore[assignment]
    per = Decimal(rel.per)
    unit = den.unit if den.is_money else None
    n, nl, nh = _scaled(num, _num(num, unit))
    dv, dl, dh = _scaled(den, _num(den, unit))
    ops: dict[str, Any] = {"numerator": num.plain, "denominator": den.plain, "percent": pct.plain}
    if rel.per != 100:
        ops["per"] = rel.per
    target = rel.rule == "ratio.target"
    if target:
        dl = dh = dv  # a target is set as the round number printed ("目标任务4万人"), not rounded to it
    approx = not (num.exact and (den.exact or target) and pct.exact)
    if dv == 0 or dl <= 0:
        return UNVERIFIABLE, pct.plain, None, None, ops, approx
    c = per * n / dv
    places = pct.decimals
    if not approx:
        status = PASS if _rounds_to(c, pct.value, places) else FAIL
    elif not (num.qualifier or den.qualifier or pct.qualifier) and _rounds_to(c, pct.value, places):
        # rounded figures ("1.2亿立方米" of "3.3亿立方米", 36.4%) that give the printed rate as printed:
        # the report is consistent as it stands (only a mismatch is left to the intervals below)
        status = PASS
    else:
        clo, chi = per * nl / dh, per * nh / dl
        slack = _half(places) + _tol().rate
        plo, phi = pct.low - slack, pct.high + slack
        if pct.qualifier in _AT_LEAST or pct.qualifier in _AT_MOST:
            # a rate stated as a bound ("按期答复率不低于95%", "超期率5%以下"): it holds on its side, however
            # far, and fails only past the bound (a figure's own rounding aside)
            ok = chi >= pct.value - slack if pct.qualifier in _AT_LEAST else clo <= pct.value + slack
            ops["bound_stated"] = True
            return (PASS if ok else FAIL), pct.plain, _round_out(c), None, ops, approx
        ok_some = clo <= phi and plo <= chi
        status = _interval_status(False, ok_some, max(chi, phi) - min(clo, plo), pct.value or Decimal(1))
    if status == FAIL and rel.base_plus is not None:
        plus = _num(rel.base_plus, unit)[0]
        if dv + plus > 0 and _rounds_to(per * n / (dv + plus), pct.value, places):
            # the rate holds over the base with last year's work carried in (relations/carried.py)
            status = UNVERIFIABLE
            ops["unverifiable"] = "base_with_carried_in"
            ops["carried_in"] = rel.base_plus.plain
    if status == FAIL and rel.base_grows and per * n / dv > pct.value:
        # a larger base -- the printed one and the unprinted work carried in -- gives any lower rate
        status = UNVERIFIABLE
        ops["unverifiable"] = "base_with_unprinted_carried_in"
    if status == FAIL and rel.average_within and pct.value and abs(c - pct.value) <= abs(pct.value) * Decimal(
            str(rel.average_within)):
        # over the period's average of the printed base, which the text does not print (relations/averages.py)
        status = UNVERIFIABLE
        ops["unverifiable"] = "average_base"
    if status == FAIL and rel.open_base:
        status = UNVERIFIABLE
        ops["unverifiable"] = "base_named_by_set"
        ops["set"] = rel.open_base
    if status == FAIL and rel.far_total:
        status = UNVERIFIABLE
        ops["unverifiable"] = "total_named_far"
        ops["set"] = rel.far_total
    if status != PASS and rel.adjusted and abs(c - pct.value) < Decimal(1).scaleb(-places):
        # the shares of a structure printed to add up to 100 (largest remainder): a unit moved
        status = PASS
        ops["adjusted_to_100"] = True
    return status, pct.plain, _round_out(c), _round_out(c - pct.value), ops, approx


_PLAIN_DECIMAL = re.compile(r"\d+(\.\d+)?")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _step(q: Quantity) -> Decimal:
    """The precision a figure is printed with, in its own scale (12.62万 -> 100)."""
    digits = q.number.replace(",", "")
    if not _PLAIN_DECIMAL.fullmatch(digits):
        return Decimal(1)
    scale = q.value / Decimal(digits) if Decimal(digits) else Decimal(1)
    return Decimal(1).scaleb(-q.decimals) * scale


def _eval_change(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool]:
    cur: Quantity = rel.roles["current"]  # type: ignore[assignment]
    pct: Quantity = rel.roles["percent"]  # type: ignore[assignment]
    sign = rel.sign
    p = pct.value * sign
    places = pct.decimals
    prev = rel.previous
    ops: dict[str, Any] = {"current": cur.plain, "percent": to_plain(p)}
    # A qualifier (余, 约 …) makes the claim undecidable; a rounded figure (3.2万) is handled by its step.
    approx = bool(cur.qualifier or pct.qualifier)
    c = cur.value
    prev_value = _num(prev, cur.unit if cur.is_money else None)[0] if isinstance(prev, Quantity) else prev
    if prev_value is not None:
        ops["previous"] = to_plain(prev_value)
        if prev_value == 0:
            return UNVERIFIABLE, to_plain(p), None, None, ops, approx
        computed = 100 * (c - prev_value) / prev_value
        if approx:
            ok = abs(computed - p) <= abs(p) * _NARROW + _half(places) + _tol().rate
            status = PASS if ok else UNVERIFIABLE
        else:
            status = PASS if _rounds_to(computed, p, places) else FAIL
        if status == FAIL and isinstance(prev, Quantity) and not (cur.exact and prev.exact):
            # levels printed rounded ("罚没款3.97亿元,增长38.6%(上年2.86亿元)"): the change of the figures
            # they round is what was stated -- it fails only when no such figures give it
            _, pl, ph = _num(prev, cur.unit if cur.is_money else None)
            if pl > 0:
                lo, hi = 100 * (cur.low - ph) / ph, 100 * (cur.high - pl) / pl
                slack = _half(places) + _tol().rate
                status = _interval_status(False, lo <= p + slack and p - slack <= hi, hi - lo, p or Decimal(1))
                ops["levels_rounded"] = True
        if status == FAIL and not rel.exhaustive:
            status = UNVERIFIABLE  # growth that may be at comparable prices (Relation.exhaustive)
            ops["unverifiable"] = "comparable_prices"
        return status, to_plain(p), _round_out(computed), _round_out(computed - p), ops, approx
    if p < -100 or (p == -100 and c != 0):
        return FAIL, to_plain(p), None, None, ops, approx
    if p == -100:
        return PASS, to_plain(p), to_plain(p), 0, ops, approx  # fell to zero
    if approx:
        return UNVERIFIABLE, to_plain(p), None, None, ops, approx
    if cur.unit in NON_COUNT_UNITS:
        # An amount's previous figure can be any number: nothing contradicts the claim.
        ops["implied_previous"] = _round_out(c / (1 + p / 100))
        return PASS, to_plain(p), to_plain(p), 0, ops, approx
    step = _step(cur)
    if step > 1:
        # "3.2万人" is itself rounded: the true count is anywhere in 31500-32500, and so many whole
        # previous counts fit that nothing contradicts the claim.
        lo = (c - step / 2) / (1 + (p + _half(places)) / 100)
        hi = (c + step / 2) / (1 + (p - _half(places)) / 100)
        ops["implied_previous"] = _round_out(c / (1 + p / 100))
        if hi - lo >= 1:
            return PASS, to_plain(p), to_plain(p), 0, ops, approx
    # No previous figure printed: some previous figure, at the precision the
    # current one is printed with, must give the stated percent.
    implied = c / (1 + p / 100)
    k = int((implied / step).to_integral_value(rounding=ROUND_HALF_UP))
    found = None
    for i in range(k - 3, k + 4):
        prev_i = i * step
        if prev_i > 0 and _rounds_to(100 * (c - prev_i) / prev_i, p, places):
            found = prev_i
            break
    ops["implied_previous"] = _round_out(implied)
    if found is not None:
        return PASS, to_plain(p), _round_out(100 * (c - found) / found), 0, ops, approx
    return FAIL, to_plain(p), None, None, ops, approx


def _eval_equal(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool]:
    values: list[Quantity] = rel.roles["values"]  # type: ignore[assignment]
    unit = next((q.unit for q in values if q.is_money), None)
    nums = [_num(q, unit) for q in values]
    approx = any(not q.exact for q in values)
    ops = {"values": [to_plain(v[0]) for v in nums]}
    first = nums[0]
    if not approx:
        status = PASS if all(v[0] == first[0] or _within(v[0] - first[0], first[0]) for v in nums) else FAIL
    else:
        lo = max(v[1] for v in nums)
        hi = min(v[2] for v in nums)
        status = _interval_status(False, lo <= hi, max(v[2] for v in nums) - min(v[1] for v in nums), first[0])
    if status == FAIL and rel.wider is not None and all(
            v[1] <= nums[rel.wider][2] for i, v in enumerate(nums) if i != rel.wider):
        status = UNVERIFIABLE  # the wider figure larger: other kinds may be counted (Relation.wider)
        ops["unverifiable"] = "assumed_equal"
    if status == FAIL and rel.qualified:
        status = UNVERIFIABLE  # "约1,300件" beside a cell of 1,360: the qualifier may stretch its rounding
        ops["unverifiable"] = "qualified_figure"
    return status, to_plain(first[0]), to_plain(nums[-1][0]), _round_out(nums[-1][0] - first[0]), ops, approx


def _eval_bound(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool]:
    small: Quantity = rel.roles["smaller"]  # type: ignore[assignment]
    large: Quantity = rel.roles["larger"]  # type: ignore[assignment]
    unit = large.unit if large.is_money else None
    s, sl, sh = _num(small, unit)
    g, gl, gh = _num(large, unit)
    approx = not (small.exact and large.exact)
    if sh <= gl or (small.exact and large.exact and _within(s - g, g)):
        status = PASS
    elif sl > gh:
        status = FAIL
    else:
        status = UNVERIFIABLE
    ops = {"smaller": small.plain, "larger": large.plain}
    if status == FAIL and not rel.exhaustive:
        status = UNVERIFIABLE  # the larger may not hold all the smaller counts (Relation.exhaustive)
        ops["unverifiable"] = "closed_older_work"
    return status, f"<= {to_plain(g)}", to_plain(s), _round_out(s - g), ops, approx


def _eval_count_amount(rel: Relation) -> tuple[str, Any, Any, Any, dict, bool, str]:
    count: Quantity = rel.roles["count"]  # type: ignore[assignment]
    amount: Quantity = rel.roles["amount"]  # type: ignore[assignment]
    a = _num(amount, "万元")[0] if amount.is_money else amount.value
    c = count.value
    ops = {"count": count.plain, "amount": amount.plain}
    if c == 0 and a > 0:
        return FAIL, 0, amount.plain, amount.plain, ops, False, ERROR
    if c > 0 and a == 0:
        return FAIL, "> 0", 0, None, ops, False, WARNING
    if c == 0:
        return PASS, 0, 0, 0, ops, False, ERROR
    avg = a / c
    low, high = (Decimal(str(x)) for x in (rel.fine_range or (0, 10**9)))
    ops["average"] = _round_out(avg)
    if low <= avg <= high:
        return PASS, f"{low}–{high}", _round_out(avg), 0, ops, False, WARNING
    return FAIL, f"{low}–{high}", _round_out(avg), None, ops, False, WARNING


_EVAL = {"sum": _eval_sum, "ratio": _eval_ratio, "change": _eval_change, "equal": _eval_equal,
         "bound": _eval_bound}

def _meaning(q: Quantity, label: str, key: str | None) -> str:
    """What a figure is, independent of where it sits: its metric key or its label words."""
    if key:
        return key
    return f"{_last_words(label)}|{q.unit}"


@lru_cache(maxsize=4096)
def _last_words(label: str) -> str:
    """The last eight CJK characters of a label (a figure is cited by check after check)."""
    return _NOT_CJK.sub("", label)[-8:]


def _sum_label(q: Quantity, labels: dict[int, str]) -> str:
    """An unprinted figure named by the parts it adds ("优秀和良好 282卷"), else "" (named by its role)."""
    parts = (q.attrs or {}).get("sum_of") or []
    if not parts and (q.attrs or {}).get("days_of"):
        return f"{q.attrs['days_of']}天数"  # (a period's days: relations/daily_averages.py)
    return "和".join(_last_words(labels.get(i, "")) for i in parts) if parts else ""


def _kind_of(roles: dict, kind: str) -> str:
    """The kind a reading's roles make (a restatement may also read as a part: "values" or
    "smaller"/"larger"), else the relation's own."""
    return "bound" if "smaller" in roles else "equal" if "values" in roles else kind


def _eval_readings(rel: Relation) -> tuple[Relation, tuple]:
    """A relation the text states in more than one possible way (two plausible bases …): it holds
    if one reading holds, it fails only if every reading fails; otherwise it is unverifiable and
    names the readings."""
    alts = [rel, *(replace(rel, kind=_kind_of(roles, rel.kind), roles={k: v for k, v in roles.items() if k != "previous"},
                           previous=roles.get("previous", rel.previous), readings=[]) for roles in rel.readings)]
    results = [(alt, _EVAL[alt.kind](alt)) for alt in alts]
    passing = [r for r in results if r[1][0] == PASS]
    if passing:
        return passing[0]
    first, (status, expected, observed, diff, ops, approx) = results[0]
    ops = dict(ops)
    ops["readings"] = [res[4] for _, res in results]
    if any(res[0] != FAIL for _, res in results):
        status = UNVERIFIABLE
        ops["unverifiable"] = "several_readings"
    return first, (status, expected, observed, diff, ops, approx)


def evaluate(rel: Relation, *, report_id: str, labels: dict[int, str], keys: dict[int, str],
             evidence_of, names: dict[int, str] | None = None) -> Check:
    """Evaluate one relation into a Check. ``labels`` (the words before each figure) make its id;
    ``names`` (a table cell's row and column) override them in what the auditor reads."""
    # A figure short of the target printed beside it is a fact to look at, not a misprint.
    severity = WARNING if rel.rule == "bound.target" else ERROR
    if rel.kind == "count_amount":
        status, expected, observed, diff, ops, approx, severity = _eval_count_amount(rel)
    elif rel.readings:
        rel, (status, expected, observed, diff, ops, approx) = _eval_readings(rel)
    else:
        status, expected, observed, diff, ops, approx = _EVAL[rel.kind](rel)
        if status == PASS and not _tol().is_default:
            with using(None):
                strict = _EVAL[rel.kind](rel)[0]
            if strict != PASS:
                ops["within_tolerance"] = True  # the auditor's tolerance, not the text, makes it pass
    meaning = []
    for role, v in sorted(rel.roles.items()):
        qs = v if isinstance(v, list) else [v] if v is not None else []
        for q in qs:
            meaning.append(f"{role}={_meaning(q, labels.get(q.index, ''), keys.get(q.index))}")
    ident = hashlib.sha1("\x1f".join([report_id, rel.rule, *sorted(meaning)]).encode("utf-8")).hexdigest()[:16]
    evidence = []
    for role, v in rel.roles.items():
        qs = v if isinstance(v, list) else [v] if v is not None else []
        for q in qs:
            evidence.append(ev := evidence_of(role, q))
            ev.label = ((names or {}).get(q.index) or labels.get(q.index) or _sum_label(q, labels))[-40:]
    # No messages given: the check renders them when asked (toolkit.messages names every
    # figure by its words), so 100,000 checks do not hold 200,000 strings.
    return Check(id=ident, kind=rel.kind, rule=rel.rule, status=status, severity=severity, operands=ops,
                 expected=expected, observed=observed, difference=diff, approx=approx, evidence=evidence)
