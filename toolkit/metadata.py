"""Report metadata from the text: agency, reporting year, document number, date."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[【(]\s*((?:19|20)\d{2})\s*[〕\]】)]\s*\d{1,4}\s*号")
# The end of every _DOC_NUMBER match: no _DOC_NUMBER match can start more than 12
# characters and a run of white space before one of these (_doc_number_scan_start).
_DOC_NUMBER_TAIL = re.compile(r"[〔\[【(]\s*(?:19|20)\d{2}\s*[〕\]】)]\s*\d{1,4}\s*号")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度)?[^。\n]{0,40}(?:报告|公报|公告|总结|统计|情况)")
_YEAR_DU = re.compile(r"((?:19|20)\d{2})\s*年度")
_ANY_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# What an agency's name ends with: bureaus, commissions, offices, governments, institutes and
# centres, and the fire and law-enforcement units (消防救援大队, 交通运输综合行政执法支队), stations
# and institutes (司法所, 水文站) - not 场所 or 网站.
_SUFFIX = (r"(?:监督管理局|管理局|局|委员会|办公室|办公厅|办事处|人民政府|政府|厅|委|院|中心|部|署"
           r"|总队|支队|大队|中队|(?<!场)所|(?<!网)站|馆)")
_AGENCY = re.compile(
    rf"([\u4e00-\u9fff]{{2,24}}?{_SUFFIX})"
    r"(?:关于|\s*(?:19|20)\d{2}\s*年)"
)
# The end of every _AGENCY match; the match starts at most 24 characters before it.
_AGENCY_TAIL = re.compile(rf"{_SUFFIX}(?:关于|\s*(?:19|20)\d{{2}}\s*年)")
_AGENCY_LINE = re.compile(rf"^\s*([\u4e00-\u9fff]{{4,24}}{_SUFFIX})\s*(?:文件)?\s*$")
_COMPILER = re.compile(rf"由([\u4e00-\u9fff]{{4,30}}?{_SUFFIX})(?:负责)?编制")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_SPACE = re.compile(r"\s+")
_ISO_DATE = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_CITED_TITLE = re.compile(r"《[^《》]*》")
# A service number inside a name (某市12345政务服务便民热线管理中心): the CJK run before it is
# the place, without which two cities' hotline centres would share one name.
_PLACE_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗|盟|镇|乡|街道))\s*(\d{3,6})\s*$")
_LEADING_NOISE = re.compile(r"^(?:特编制|编制|现将|现发布|发布|特向社会公布|公布|本|我|根据|关于|现|特)+")


@dataclass
class ReportMeta:
    """What the report says about itself; any field may be None."""

    agency: str | None = None
    year: int | None = None
    doc_number: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd


def _doc_number_scan_start(head: str) -> int | None:
    """Where ``_DOC_NUMBER.finditer(head)`` can find its first match (None: it finds none).

    The pattern is up to 12 CJK characters, white space, then a tail; finditer from
    here finds the same matches as from 0, without trying the pattern at every
    position of the text (it backtracks over up to 12 characters at each).
    """
    start = None
    for m in _DOC_NUMBER_TAIL.finditer(head):
        i = m.start()
        while i > 0 and head[i - 1].isspace():
            i -= 1
        i = max(0, i - 12)
        start = i if start is None else min(start, i)
    return start


def _with_place(head: str, start: int, name: str) -> str:
    """``name`` (found at ``start``) with the place and service number printed just before it."""
    m = _PLACE_NUMBER.search(head, max(0, start - 20), start)
    if m is None:
        return name
    return _LEADING_NOISE.sub("", m.group(1)) + m.group(2) + name


def find_metadata(text: str) -> ReportMeta:
    """Best-effort metadata from the report's opening (and its signature date)."""
    head = text[:1500]
    meta = ReportMeta()
    start = _doc_number_scan_start(head)
    for m in _DOC_NUMBER.finditer(head, start) if start is not None else ():
        # The report's own number heads a line; a cited one sits inside a sentence.
        line_start = head.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start <= 2:
            meta.doc_number = _SPACE.sub("", m.group(0))
            break
    m = _TITLE_YEAR.search(head) or _YEAR_DU.search(head)
    if m:
        meta.year = int(m.group(1))
    else:
        years = Counter(int(y) for y in _ANY_YEAR.findall(text[:20000]))
        if years:
            meta.year = years.most_common(1)[0][0]
    for line in head.splitlines()[:12]:
        lm = _AGENCY_LINE.match(line)
        if lm:
            meta.agency = lm.group(1)
            break
    if meta.agency is None:
        m = _COMPILER.search(head)
        if m:
            meta.agency = _with_place(head, m.start(1), m.group(1))
    if meta.agency is None:
        # A name inside a cited title (《国务院办公厅…关于印发…的通知》) is another document's issuer.
        titles = [t.span() for t in _CITED_TITLE.finditer(head)]
        for tail in _AGENCY_TAIL.finditer(head):
            if any(a < tail.start() < b for a, b in titles):
                continue
            m = _AGENCY.search(head, max(0, tail.start() - 24))
            if m and not any(a < m.start() < b for a, b in titles):
                name = _LEADING_NOISE.sub("", m.group(1))
                meta.agency = _with_place(head, m.start(), name) if name else None
            break
    dates = list(_DATE.finditer(text[-600:])) or list(_ISO_DATE.finditer(head))
    if dates:
        y, mo, d = dates[-1].groups()
        meta.date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    return meta
