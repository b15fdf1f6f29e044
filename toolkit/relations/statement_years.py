"""Two statements of one metric that are not one figure stated twice: a figure whose sentence names a year that
neither the other statement nor the report's title names is of another period (a comparison with the year
before); a name with a qualifier inserted (网上办理, 审结涉企…) is of a part."""

from __future__ import annotations

import re

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
