"""Text -> [Quantity]: every statistic in the text, with its evidence.

A statistic is a number with what makes it a figure: a unit or measure word, a
percent sign, a scale word, or a table cell of its own. Dates, document
numbers, ordinal and list markers, article numbers of laws, phone numbers and
the numbers inside book titles (《…》) are not statistics and are left out.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate
from sys import intern
from types import MappingProxyType
from typing import Any

from .normalize import Text
from .numbers import (
    ARABIC,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    NumberError,
    parse_values,
    step_of,
    to_plain,
)

# Measure words, longest first so that 家次 wins over 家 and 万元 over 万.
MONEY_UNITS = ("万亿元", "亿元", "千万元", "百万元", "十万元", "万元", "千元", "元")
# Any figure printed in 亿 ("供水总量1.36亿立方米", "用电量168.42亿千瓦时", "开具发票1.86亿份") stays in the
# unit printed, like money: a rounded amount, as reports and their readers hold it; in 万 a figure is
# multiplied out like a count.
KEPT_SCALES = ("亿", "万亿")
UNITS = (
    "微克/立方米", "毫克/立方米", "毫克/升",  # concentrations (PM2.5年均浓度31微克/立方米)
    "个工作日", "个百分点", "平方公里", "平方米", "立方米", "千瓦时", "千瓦",
    "人次", "家次", "户次", "项次", "批次", "架次", "车次", "台次", "艘次", "场次", "件次", "起次", "辆次",
    "个月", "小时", "分钟", "公里", "千米", "公顷", "学时", "课时", "百分点", "万册",
    "亿元", "万元", "千元", "元",
    "人", "家", "项", "条", "份", "起", "件", "次", "个", "名", "户", "所", "辆", "场", "支", "台",
    "篇", "部", "期", "处", "批", "类", "座", "间", "栋", "艘", "吨", "米", "亩", "册", "天", "周",
    "块", "套", "本", "张", "宗", "例", "只", "头", "株", "组", "队", "单", "幅", "轮", "趟", "岁",
    "倍", "位", "票", "根", "段", "盏", "具", "架", "门", "种", "样", "款", "床", "笔",
    "公斤", "千克", "卷", "则", "枚", "届", "对", "棵",
    "%", "‰",
)
_RANGE_DASH = "-~～—–"
# A measure word that is really the first character of a noun is not a unit:
# 5部门, 3项目, 12场所, 3条例, 2处罚, 4单位.
_NOT_UNIT_AFTER = {
    "部": "门署委级长", "项": "目", "场": "所地景", "条": "例款件线", "处": "罚置理室长级",
    "单": "位", "个": "人体案别性", "人": "员民大社口次均", "台": "账", "名": "单称义录",
    "类": "别型", "期": "间限刊末", "批": "准复示次", "户": "籍外口", "所": "有属在以辖",
    "队": "伍员", "组": "织建成长", "件": "事", "家": "庭属长", "次": "数要日年月序产",
    "起": "来到步草诉", "份": "额子", "元": "旦", "周": "边围期年岁", "天": "然气津",
    "篇": "章", "张": "贴", "本": "级市区县地部单次年着身", "种": "植类", "样": "板本",
    "米": "面", "宗": "旨教", "例": "如", "位": "于置", "具": "体有备", "门": "户槛",
    "卷": "宗烟入", "则": "是", "届": "时满", "笔": "录试者记画",
    "对": "于象照应比外接口策标话待此其上下该辖", "棵": "树",
}


def _unit_alternative(unit: str) -> str:
    stop = _NOT_UNIT_AFTER.get(unit)
    return re.escape(unit) + (f"(?![{stop}])" if stop else "")


_UNIT_ALT = "|".join(_unit_alternative(u) for u in sorted(set(UNITS), key=len, reverse=True))
# Chinese numerals stand alone only with one of these after them ("三次", "十二家");
# "一是", "统一", "进一步" and slogans are not figures.
_CN = "[零〇两一二三四五六七八九十百千万亿]+"

_PRE_WORDS = ("不低于", "不少于", "不小于", "不高于", "不超过",
              "将近", "接近", "不足", "不到", "大约", "大概", "超过", "多于", "近", "约", "超", "逾")
# A one-character qualifier that ends a word is that word, not a qualifier: "签约86,940人" is
# exact (签约 = signed up), "最近3年" is no approximation.
# So does "不足" after a noun it says is lacking: "事实不清、证据不足4件" counts 4 cases of that kind.
_NOT_QUALIFIER_AFTER = {"约": "签节履合预违特制公条邀践守", "近": "最附临靠贴亲", "超": "赶高", "不足": "据金量力员识度"}
_PRE_ALT = "|".join(f"(?<![{_NOT_QUALIFIER_AFTER[w]}]){w}" if w in _NOT_QUALIFIER_AFTER else w for w in _PRE_WORDS)
_QUANTITY = re.compile(
    rf"(?P<pre>{_PRE_ALT})?"
    rf"(?:百分之(?P<pct>{ARABIC}|{_CN})"
    rf"|(?P<num>{ARABIC})(?P<scale>万亿|千万|百万|十万|万|亿)?"
    rf"|(?P<cn>{_CN})(?=(?:余|多)?(?:{_UNIT_ALT})))"
    rf"(?P<q1>余|多)?"
    rf"(?P<unit>{_UNIT_ALT})?"
    rf"(?P<q2>左右|以上|上下|余|多)?"
)

# The characters a quantity can start with: a qualifier word's first, 百(分之), a digit, a
# Chinese numeral. The scan tries _QUANTITY only there, as finditer would, but
# skipping the other positions at C speed (the pattern's optional head keeps the
# regex engine from doing that itself).
_QUANTITY_START = re.compile("[" + "".join(sorted({w[0] for w in _PRE_WORDS} | {"百"})) + r"\d" + _CN[1:-2] + "]")


def _quantity_matches(s: str):
    """``_QUANTITY.finditer(s)``, the same matches."""
    match = _QUANTITY.match
    pos = 0
    for start in _QUANTITY_START.finditer(s):
        i = start.start()
        if i < pos:
            continue
        m = match(s, i)
        if m is not None:
            yield m
            pos = m.end()


# What follows a number that makes it a date, a time, an address or an ordinal.
_DATE_AFTER = re.compile(r"^(?:年|月|日|号|时|点(?!\d)|周年|届|级|楼|层|路|弄|室|栋|期间|版|章|节|条(?=[第规款之])|款|段(?=[,，。]))")
_RANGE_DATE_AFTER = re.compile(r"^[-—–~～至到]\s*\d{1,4}\s*[年月日号]")
# The same, to match at a position of the whole text (``match(s, pos)``; "^" would not match there).
_DATE_AT = re.compile(_DATE_AFTER.pattern.removeprefix("^"))
_RANGE_DATE_AT = re.compile(_RANGE_DATE_AFTER.pattern.removeprefix("^"))
# The characters they can start with: elsewhere the match is not tried.
_DATE_FIRST = frozenset("年月日号时点周届级楼层路弄室栋期版章节条款段")
_RANGE_DATE_FIRST = frozenset("-—–~～至到")
# Before a number: an ordinal (第3), a base (每10万人), a weekday. Words that only
# spoil Chinese numerals (统一, 进一步, 单一) are in _CN_WORD_BEFORE.
# (初 of a lunar day, "初8"; not 年初/期初, the start of a year or period: "高于年初7.0%的预期目标")
_ORDINAL_BEFORE = re.compile(r"(?:第|每|逐|星期|(?<![年期])初|No\.?|NO\.?)$")
_CONTACT_BEFORE = re.compile(r"(?:电话|邮编|传真|热线|手机|邮政编码|地址|QQ|qq|网址|号码|编号|代码|信箱)[:：]?\s*[\d\-—]*$")
# The characters those two can end with ("$" also matches before a final "\n"): before
# any other character neither can match, and the search is skipped.
_ORDINAL_LAST = frozenset("第每逐期初oO.\n")
# Units a phone or document number never carries: after 电话/热线 such a figure counts calls.
_COUNTED = frozenset(("件", "件次", "人次", "次", "起", "个", "条", "项", "家", "户", "宗", "批次", "单", "通"))
_CONTACT_LAST = frozenset("话编真线机码址Qq号箱:：-—")
# ASCII classes on purpose: CJK characters are \w, and "[\w.]+@" would scan every run of prose.
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./:%#?&=~+_\-]+|[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+")
# Times, dates and phone numbers start with a digit; the patterns say so first, which lets
# the regex engine skip to the digits instead of trying every position. Spelled plainly:
#   _TIME:  (?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![\d.]) | \d{4}[-/.]\d{1,2}[-/.]\d{1,2} | \d{4}-\d{1,2}(?!\d)
#   _PHONE: (?<!\d)\d{3,4}[-—]\d{6,8}(?!\d) | (?<!\d)1\d{10}(?!\d)
_TIME = re.compile(
    r"\d(?:(?<![\d.]\d)\d?:\d{2}(?::\d{2})?(?![\d.])|\d{3}[-/.]\d{1,2}[-/.]\d{1,2}|\d{3}-\d{1,2}(?!\d))"
)
_PHONE = re.compile(r"\d(?<!\d\d)(?:\d{2,3}[-—]\d{6,8}(?!\d)|(?<=1)\d{10}(?!\d))")

SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + ",，;；:：、"


# The attrs of a figure that has none: one shared read-only mapping (a long report has 200,000
# figures, and an empty dict each was 13 MB of its peak). A figure with attrs is given its own.
_NO_ATTRS: Any = MappingProxyType({})


@dataclass(slots=True)  # slots: no __dict__ per figure (~100 bytes each on a long report)
class Quantity:
    """A figure printed in the report."""

    value: Decimal  # scaled: 41.78万家 -> 417800; money stays in the printed unit
    unit: str  # measure word, "%" for percent, "" when none is printed
    qualifier: str | None  # 余, 多, 近, 约, 超, 逾, 左右, 以上, 以下 or None
    low: Decimal
    high: Decimal
    decimals: int  # decimal places as printed
    printed: str  # the whole expression as printed
    number: str  # the digits as printed ("74", "3,000", "十二")
    start: int  # span of the expression in the normalized text
    end: int
    line: int  # 1-based line in the original text
    sentence: tuple[int, int]
    clause: tuple[int, int]
    index: int = 0  # position in the report's list of quantities
    in_table: bool = False
    # Read-only unless given (equalities' sums give one); a factory only because dataclasses
    # refuse an unhashable default, and it hands out the one shared mapping.
    attrs: Mapping[str, Any] = field(default_factory=lambda: _NO_ATTRS)
    # What the unit says, read once here: the relations test these of every figure in each of
    # their ~60 walks (~60,000 reads over the bench's 30 reports), and a property costs a call each.
    # Not fields of the figure's identity (no compare, no repr); a copy (``replace``) reads its own.
    is_percent: bool = field(init=False, compare=False, repr=False)
    is_money: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.is_percent = self.unit in ("%", "‰")
        self.is_money = self.unit in MONEY_UNITS

    @property
    def plain(self) -> int | float:
        return to_plain(self.value)

    @property
    def exact(self) -> bool:
        return self.low == self.high


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


_TITLE_SPAN = re.compile(r"《[^《》\n]*》|〔[^〔〕\n]*〕|【[^【】\n]*】|\[[^\[\]\n]*\]")
_QUOTE_SPAN = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


class _Spans:
    """Sorted, non-overlapping spans with a fast membership test."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.starts = array("q")
        self.ends = array("q")
        for m in pattern.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


class _SpanIndex:
    """Spans (possibly overlapping, in any order) with an O(log n) overlap test.

    ``overlaps(a, b)`` is ``any(s < b and a < e for s, e in spans)``: the spans that start
    before ``b`` are a prefix of the spans sorted by start, and one of them reaches past
    ``a`` exactly when the largest end of that prefix does.
    """

    __slots__ = ("max_end", "starts")

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = array("q", [s for s, _ in spans])
        self.max_end = array("q", accumulate((e for _, e in spans), max))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.max_end[i - 1] > a


class _PipeLines:
    """Whether the line holding a position has a "|" (is a table row), each line looked at once.

    A figure's line is found by bisection over the line breaks, not by scanning the text
    back and forth from the figure: a text of one very long line costs no more.
    """

    __slots__ = ("_breaks", "_known", "_s")

    def __init__(self, s: str):
        self._s = s
        self._breaks = array("q", [m.start() for m in _LINE_BREAK.finditer(s)])
        self._known: dict[int, bool] = {}

    def has_pipe(self, pos: int) -> bool:
        """Does the line holding ``pos`` (``pos`` not itself a line break) hold a "|"?"""
        k = bisect.bisect_left(self._breaks, pos)
        known = self._known.get(k)
        if known is None:
            start = self._breaks[k - 1] + 1 if k else 0
            end = self._breaks[k] if k < len(self._breaks) else len(self._s)
            known = self._known[k] = self._s.find("|", start, end) >= 0
        return known


_LINE_BREAK = re.compile("\n")


def _list_marker(text: str, m: re.Match) -> bool:
    """"1." "2、" "(3)" "(一)" "①" at the head of a block or sentence."""
    a, b = m.span()
    if m.group("unit") or m.group("scale") or m.group("q1") or m.group("q2") or m.group("pre"):
        return False
    after = text[b : b + 1]
    before = text[max(0, a - 1) : a]
    head = a == 0 or text[a - 1] in "\n。;；:：!！?？ |"
    if after in ("、", ".", "．") and not text[b + 1 : b + 2].isdigit() and head:
        return True
    return before in "(（" and after in ")）"


def find_quantities(text: Text) -> list[Quantity]:
    """Every statistic in ``text``, in reading order."""
    s = text.text
    title, quote = _Spans(_TITLE_SPAN, s), _Spans(_QUOTE_SPAN, s)
    # A URL needs "http", "www." or "@": most reports have none, and the scan is then skipped.
    urls = _spans(_URL, s) if ("@" in s or "http" in s or "www." in s) else []
    skip = _SpanIndex(urls + _spans(_TIME, s) + _spans(_PHONE, s))
    sentences = _boundaries(s, SENTENCE_END)
    clauses = _boundaries(s, CLAUSE_END)
    rows = _PipeLines(s)
    bisect_right = bisect.bisect_right
    out: list[Quantity] = []
    # The figures of one sentence (clause) share its span: one tuple, not one per figure.
    sentence = clause = (-1, -1)
    for m in _quantity_matches(s):
        q = _quantity(text, s, m, title, quote, skip, rows)
        if q is None:
            continue
        start = q.start
        if not sentence[0] <= start < sentence[1]:
            i = bisect_right(sentences, start) - 1
            sentence = (sentences[i], sentences[i + 1] if i + 1 < len(sentences) else sentences[-1])
        q.sentence = sentence
        if not clause[0] <= start < clause[1]:
            i = bisect_right(clauses, start) - 1
            clause = (clauses[i], clauses[i + 1] if i + 1 < len(clauses) else clauses[-1])
        q.clause = clause
        q.in_table = rows.has_pipe(start)
        q.index = len(out)
        out.append(q)
    return out


# The numbers after a bare one up to the last of its list, which carries the list's measure word.
_SHARED_UNIT = re.compile(rf"(?:、{ARABIC}(?![\d.]))*(?:、|和|及){ARABIC}(?P<scale>万亿|千万|百万|十万|万|亿)?(?P<unit>{_UNIT_ALT})")
_ORDINAL_RUN = re.compile(rf"(?:第|每|No\.?)(?:{ARABIC}、)*$")
_NOT_AFTER_PREV = "-—–~～"  # "2015—2020": the second half of a date range
_RATIO = (":", "∶")
# "比值大于1", "比值为1.2", "万车死亡率2.52", "收入倍差1.97": a bare number the words name as a ratio's value
# (not "死亡率13.73/10万": a rate per N, read with its base).
_RATIO_WORD = re.compile(r"(?:比值|比率|死亡率|发病率|倍差)(?:为|是|达到?|提升至|提高到|降至|大于|小于|不低于|不高于|高于|低于|超过|不少于)?$"
                         r"|[\u4e00-\u9fff](?<![占同环对相])比(?:为|是)$")  # ("城乡居民收入比为1.95": A to 1)
# "性别比(以女性为100,男性对女性的比例)为104.21": the ratio's word, an aside saying how it is read, its value
_RATIO_ASIDE = re.compile(r"[\u4e00-\u9fff](?<![占同环对相])比[(（][^()（）]{1,40}[)）](?:为|是)$")
_YEAR = re.compile(r"(19|20)\d\d")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,8}$")


def _named_by_a_word(s: str, start: int, unit: str) -> bool:
    """"政务服务APP7539件": a count of what the word names, its unit a counted one (no code: G20, IPV6)."""
    return unit in _COUNTED and _WORD_BEFORE.search(s, max(0, start - 9), start) is not None


def _quantity(text: Text, s: str, m: re.Match, title: _Spans, quote: _Spans, skip: _SpanIndex,
              rows: _PipeLines) -> Quantity | None:
    pre, pct, num, scale, cn, q1, unit, q2 = m.groups()
    unit = unit or ""
    scale = scale or ""
    a, b = m.span()
    core_start, core_end = m.span(3 if num else 5 if cn else 2)  # num, cn or pct
    prev_char = s[core_start - 1] if core_start else ""
    next_char = s[core_end] if core_end < len(s) else ""

    if skip and skip.overlaps(core_start, core_end):
        return None
    if title.starts and core_start in title:
        return None  # 《…(2015—2020)》, 〔2022〕
    if (prev_char.isascii() and prev_char.isalpha() and not _named_by_a_word(s, core_start, unit)) or (
        not unit and next_char.isascii() and next_char.isalpha()
    ):
        return None  # IPV6, G20, 5G, v1.0
    if prev_char in _NOT_AFTER_PREV and core_start >= 2 and s[core_start - 2].isdigit() and not unit:
        return None  # the second half of a date range "2015—2020"
    lead = m.start(2) - 3 if pct is not None else core_start  # "百分之" is not an ordinal
    if lead > 0 and s[lead - 1] in _ORDINAL_LAST and _ORDINAL_BEFORE.search(s, max(0, lead - 3), lead):
        return None
    if (prev_char and (prev_char in _CONTACT_LAST or prev_char.isspace() or prev_char.isdigit())
            and unit not in _COUNTED and _CONTACT_BEFORE.search(s, max(0, core_start - 12), core_start)):
        return None  # not "电话8126件": a number and what it counts is no phone number
    if pct is None and not unit and not scale and (
            (next_char in _DATE_FIRST and _DATE_AT.match(s, core_end))
            or (b < len(s) and s[b] in _DATE_FIRST and _DATE_AT.match(s, b))):
        return None
    if next_char in _RANGE_DATE_FIRST and _RANGE_DATE_AT.match(s, core_end):
        return None
    if (unit == "周" or unit == "期") and _DATE_AT.match(s, b, b + 8):
        return None
    if not (unit or scale or q1 or q2 or pre) and _list_marker(s, m):
        return None

    if cn is not None:
        # A Chinese numeral is a figure only with a measure word, outside slogans.
        if not unit or unit in ("%", "‰") or (quote.starts and core_start in quote):
            return None
        if (cn in ("一", "万", "亿", "千", "百", "十") or (cn.endswith(("万", "亿")) and len(cn) == 1)) \
                and not (cn in ("一", "十") and _one_in_a_list(s, a, b, unit)):
            return None  # 一次性, 一批, 一家: too often words, not counts (but "二级医院一家、", "设立十个站,其中…")
        if unit in ("起",) and s[b : b + 2].startswith(("来", "到", "步")):
            return None
        if unit == "次" and "\u4e00" <= s[b : b + 1] <= "\u9fff":
            return None  # "二次办结后满意的856件", "三次产业": an ordinal before what it qualifies, no count
        if prev_char in _CN_WORD_BEFORE:
            return None
        if _NUMBERED_NAME.match(s, core_start):
            return None  # "违反中央八项规定精神82个": a policy's name holds the numeral, no count
    if num is not None and not unit and not scale and not q1 and not q2 and not pre and s[core_end : core_end + 1] in ("、", "和", "及"):
        # "分别为348、327、550件": numbers listed with 、 share the measure word (and scale) printed
        # after the last of them -- unless the list is of ordinals ("第12、13条")
        shared = _SHARED_UNIT.match(s, core_end)
        if shared and not _ORDINAL_RUN.search(s, max(0, core_start - 40), core_start):
            unit, scale = shared.group("unit"), shared.group("scale") or ""
    if num is not None and not unit and not scale and not q1 and not q2:
        # A bare number: a figure only in a table cell or as a ratio ("16.90:1"); years are not.
        value_text = num.replace(",", "")
        cell = rows.has_pipe(a)
        # A bare 19xx/20xx in prose is a year; in a table cell it is a value (甘肃|1992).
        if not cell and _YEAR.fullmatch(value_text) and "." not in num:
            return None
        ratio = (next_char in _RATIO or (prev_char in _RATIO and a >= 2 and s[a - 2].isdigit())
                 or (bool(_RATIO_WORD.search(s, max(0, core_start - 8), core_start)) and next_char != "/")
                 or (s[core_start - 2 : core_start - 1] in ")）" and bool(_RATIO_ASIDE.search(s, max(0, core_start - 48), core_start))))
        if not (cell or ratio):
            return None
        if cell and (("\u4e00" <= next_char <= "\u9fff")
                     or (next_char in _RANGE_DASH and s[core_end + 1 : core_end + 2].isdigit())):
            # words of a row's name ("其中:65周岁及以上|72.64", "16-59岁|318.57"): no figure
            return None
    if not unit and not scale and quote.starts and core_start in quote:
        return None  # “1+4”文件, “3061”体系

    qualifier = None
    if pre:
        qualifier = PREFIX_QUALIFIERS[pre]
    if q1:
        qualifier = SUFFIX_QUALIFIERS[q1]
    if q2:
        qualifier = SUFFIX_QUALIFIERS[q2]
    if pct is not None:
        unit = "%"
    if unit == "百分点":
        unit = "个百分点"
    money = unit in MONEY_UNITS
    measured = scale in KEPT_SCALES and bool(unit) and unit not in ("%", "‰")
    if (money or measured) and scale:
        unit = scale + unit  # 1.2万亿元 is rare; keep what is printed
        scale = ""
    number = pct or num or cn
    try:
        value, low, high, decimals = parse_values(number, scale, qualifier, money or measured)
    except NumberError:
        return None
    start = a if pre else core_start
    if qualifier is None and _rounded(num, scale, unit):
        # "156.8万人", "2,345.6亿元": the printed figure is a rounding; it stands for the half-step
        # around it, in the unit of ``value``. A count has its scale multiplied out (156.8万人 is
        # 1568000, +-500); an amount stays in its printed unit (2865.43亿元 is 2865.43, +-0.005:
        # the half-step of its last printed digit, as its decimals say).
        half = Decimal(5).scaleb(-decimals - 1) if money or measured else step_of(num, 1) * _SCALES[scale] / 2
        low, high = value - half, value + half
    # Positional, in the order of Quantity's fields: a dataclass takes keyword arguments
    # several times slower (~2 µs for these 13), and this runs for every figure.
    return Quantity(
        value,  # value
        intern(unit),  # unit: measure words are few, one string each (a new one per match before)
        qualifier,  # qualifier
        low,  # low
        high,  # high
        decimals,  # decimals
        s[start:b],  # printed
        number,  # number
        start,  # start
        b,  # end
        text.line_of(core_start),  # line
        (0, 0),  # sentence
        (0, 0),  # clause
    )


_SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "十万": Decimal(100_000), "百万": Decimal(1_000_000),
           "千万": Decimal(10_000_000), "万亿": Decimal(10**12)}


def _rounded(num: str | None, scale: str, unit: str) -> bool:
    """A count printed in 万/亿 ("156.8万人"), or an amount in 亿元 and above, is a rounded figure.

    Amounts in 万元 are not: reports print fines and budgets to the 万元 they add up in.
    """
    if num is None:
        return False
    if unit in MONEY_UNITS:
        return unit in ("亿元", "万亿元")
    if unit.startswith(KEPT_SCALES) and len(unit) > 1:
        return True  # an amount of a measure in 亿, like 亿元
    return bool(scale) and scale in _SCALES


def _one_in_a_list(s: str, a: int, b: int, unit: str) -> bool:
    """Is "一<unit>" an item of a list of counts in that unit ("三级医院三家、二级医院一家、一级医院五家"):
    closed by a list's punctuation, with a count of its unit just before it or right after? Is
    "十<unit>" a whole broken down after it ("设立十个站,其中街道一个、社区九个"), or an item as 一 is?"""
    if b >= len(s) or s[a - 1 : a] in _CN_WORD_BEFORE:
        return False
    if s[a : a + 1] == "十":
        # ten, when parts in its unit follow ("新设立十个便民服务站,其中街道一个、…") or it closes a list
        # of them ("…一级医院六家,合计十家")
        unit_re = re.escape(unit)
        if (re.match(rf"[^。;]{{0,16}}?[,,]其中[^。;\d]{{0,10}}?(?:\d|[一二三四五六七八九两])[\d,.]*{unit_re}", s[b : b + 40])
                or re.search(rf"(?:\d|[一二三四五六七八九两])[\d,.]*{unit_re}[,,、]?(?:合计|共计|总计|共有|共)$",
                             s[max(0, a - 24) : a])):
            return True
        # (or an item of a list of counts, as 一 is: "维持六十一件、驳回十件、撤销九件")
    if s[b] not in "、,;。":
        return False
    unit_re = re.escape(unit)
    before = re.search(rf"(?:\d|[二三四五六七八九十两])[\d,.]*[十百千]?[一二三四五六七八九]?{unit_re}[、,;][^、,;。\d]{{0,10}}$",
                       s[max(0, a - 24) : a])
    after = re.match(rf"[、,;][^、,;。\d]{{0,10}}?(?:\d|[一二三四五六七八九十两])[\d,.]*[十百千]?[一二三四五六七八九]?{unit_re}",
                     s[b : b + 24])
    return bool(before or after)


_CN_WORD_BEFORE = set("统进唯逐第每之其这那某哪任同单万乃")
# Names of policies and doctrines that hold a numeral and a measure word: a name, never a count
# (the same names in quotes are slogans, skipped anyway).
_NUMBERED_NAME = re.compile(r"八项规定|三项制度|两个(?:确立|维护|务必|责任|只增不减)|四个(?:意识|自信|全面)|三个代表")


_END_PATTERNS: dict[str, re.Pattern] = {}


def _boundaries(s: str, ends: str) -> array:
    pattern = _END_PATTERNS.get(ends)
    if pattern is None:
        pattern = _END_PATTERNS[ends] = re.compile("[" + re.escape(ends) + "]")
    bounds = array("q", (0,))
    bounds.extend(m.end() for m in pattern.finditer(s))
    bounds.append(len(s))
    return bounds


def _enclosing(bounds: array, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, pos) - 1
    start = bounds[i]
    end = bounds[i + 1] if i + 1 < len(bounds) else bounds[-1]
    return start, end
