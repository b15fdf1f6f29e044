"""Two statements of one metric that are not one figure stated twice: a figure whose sentence names a year that
neither the other statement nor the report's title names is of another period (a comparison with the year
before); a figure planned (预期, 计划, 安排) beside one achieved is of another stage; a name with a qualifier inserted
(网上办理, 审结涉企…) is of a part."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")


def years_apart(d: _Doc, head_a: str, head_b: str) -> bool:
    """Do two statements name different years ("2023年,全县作出行政处罚决定1,105件" in a comparison
    with the year before, beside the report's "全年作出…1,286件")? A year neither the other statement
    nor the report's title names is another period: two figures of two years need not agree."""
    ya, yb = set(_YEAR.findall(head_a)), set(_YEAR.findall(head_b))
    if ya == yb:
        return False
    # (the report's year: the title's, else the latest its opening names -- "一、总体情况 2025年,全市…")
    title = set(_YEAR.findall(d.s[: max(d.s.find("\n"), 0)][:120])) or set(sorted(_YEAR.findall(d.s[:300]))[-1:])
    return bool((ya ^ yb) - title)


# words that make a figure a plan or a forecast, not what was done ("收入预期133,600万元", "支出安排…", "计划完成")
_PLANNED = re.compile(r"预期|预计|计划|安排|拟|目标|力争|争取")


def plan_apart(head_a: str, head_b: str) -> bool:
    """Is one of two statements of a metric a plan or forecast and the other not ("收入完成126,482万元" in
    the year's outturn, "收入预期133,600万元" in next year's budget)? A plan is no restatement of an outturn."""
    return bool(_PLANNED.search(head_a)) != bool(_PLANNED.search(head_b))


def qualifier_inserted(a: str, b: str) -> bool:
    """Is one name the other with two or more characters inserted ("办理行政许可" and "网上办理行政许可",
    "审结行政复议案件" and "审结涉企行政复议案件")? The longer names a part (a channel, a kind) of the
    shorter's whole, not the whole again."""
    short, long = sorted((a, b), key=len)
    extra, k = [], 0
    for c in long:
        if k < len(short) and c == short[k]:
            k += 1
        else:
            extra.append(c)
    # (not the whole's own subject: "各级行政复议机关共收到…" names all of it)
    return k == len(short) and len(extra) >= 2 and not _WHOLE_SUBJECT.search("".join(extra))


_WHOLE_SUBJECT = re.compile(r"[共各全总]")
# the body named as the respondent of the case: "被申请行政复议案件", "被诉行政案件", "作为被告"
_RESPONDENT = re.compile(r"被申请|被诉|被起诉|被告|被复议")


def roles_differ(a: str, b: str) -> bool:
    """Does one name count the cases the body answered as respondent ("被申请行政复议案件") and the other
    not ("办理行政复议案件": those it decided)? Two wholes, however alike their words."""
    return bool(_RESPONDENT.search(a)) != bool(_RESPONDENT.search(b))


def names_another_whole(a: str, b: str) -> bool:
    """Do two alike names count two wholes: a part of the other's (``qualifier_inserted``) or the body in
    another role (``roles_differ``)?"""
    return qualifier_inserted(a, b) or roles_differ(a, b)


def clause_words(d: _Doc, q: Quantity) -> str:
    """The Chinese words of the clause up to a figure, its list's earlier items included."""
    start = max(d.s.rfind(c, q.sentence[0], q.start) for c in ",;:") + 1
    words = _NOT_CJK.sub("", d.s[max(start, q.sentence[0]) : q.start])
    return _UNIT_OR_WHOLE.sub("", words)


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_UNIT_OR_WHOLE = re.compile(r"^(?:全年|全县|全市|全区|本年度|本年|今年|共|总计|合计|共计|累计)+")
