"""Text + [Quantity] + [Metric] -> [Relation]: the arithmetic the text states.

Five kinds, named as in the corpus contract:

* ``sum``    a total and its breakdown (其中, 包括, 分别为, "…中," lists, parenthesised lists)
* ``bound``  a part that cannot exceed its whole (a breakdown that is not exhaustive, 含)
* ``ratio``  a stated rate or share against its stated numerator and denominator
* ``change`` a year-over-year (or month-on-month) change of a stated figure
* ``equal``  two statements of one figure that must agree

Relations are found from the wording; whether they hold is for ``checks``.
Cross-metric rules of the catalog (``catalog/rules.yaml``) add relations by meaning.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from .errors import CatalogError
from .metrics import Metric
from .normalize import Text
from .quantities import Quantity
from .tables import Row, Table, find_tables, row_totals

SEG_END = "。！？!?\n;"
SENT_END = "。！？!?\n"

# Units that can add up together; money is compared in one unit.
_UNIT_GROUPS = [
    {"条", "篇", "件", "次", "期", "个", "份"},
    {"人", "名", "位"},
    {"人次"},
    {"家", "户", "个", "所", "处", "单位"},
    {"家次", "户次"},
    {"项", "处", "个", "条", "项次"},
    {"起", "件", "宗", "例", "次"},
    {"场", "场次", "次"},
]
_MONEY_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10_000), "十万元": Decimal(100_000),
                "百万元": Decimal(1_000_000), "千万元": Decimal(10_000_000), "亿元": Decimal(100_000_000),
                "万亿元": Decimal(10**12)}

# Words that open a breakdown of the figure before them.
_BREAKDOWN = re.compile(r"其中[,:]?|包括[:]?|分别为|分别是|办理结果如下[:]?|具体如下[:]?|情况如下[:]?")
# "所有答复件中," / "在公开信息中," at the head of a sentence: the breakdown of the sentence before.
# "新受理的行政复议151件中,…": the breakdown of the figure just before.
_FIGURE_IN_WHICH = re.compile(r"(?<=\d[件项人家起个条次户所份名])中[,:]")
_IN_WHICH = re.compile(r"(?:^|(?<=[。;\n]))(?:在|所有|全部)?[^,;。\n\d]{1,12}中,", re.M)
# A part list names "the rest": the list is meant to be complete.
_REST = re.compile(r"其他|其它|其余|剩余|另有|以上$|及以上|不属于|无法提供|不予|部分|继续有效|保留|现行有效|维持")
_COMPLEMENTS = [("重大", "一般"), ("男", "女"), ("城镇", "乡村"), ("城镇", "农村"), ("自然人", "法人"),
                ("公办", "民办"), ("简易程序", "一般程序"), ("第一产业", "第二产业"), ("一般", "较大")]

# Rates named by meaning: the words of the rate, of its numerator, of its denominator.
_RATES = [
    (re.compile(r"(隐患)?整改(完成)?率|销号率"), re.compile(r"整改|销号|消除|完成"), re.compile(r"发现|排查|检查出|查处|隐患")),
    (re.compile(r"持证率"), re.compile(r"持证|执法证|资格"), re.compile(r"人员|人数|总数|干部")),
    (re.compile(r"办结率"), re.compile(r"办结|处理完毕|办理完毕"), re.compile(r"受理|收到|接到|诉求")),
    (re.compile(r"完成率"), re.compile(r"完成|实际"), re.compile(r"目标|计划|任务")),
    (re.compile(r"纠错率"), re.compile(r"纠错"), re.compile(r"审结|办结|受理")),
    (re.compile(r"答复率|回复率"), re.compile(r"答复|回复"), re.compile(r"收到|受理")),
    (re.compile(r"通过率|合格率"), re.compile(r"通过|合格"), re.compile(r"参加|参考|考试|检测|抽检")),
    (re.compile(r"结案率"), re.compile(r"结案"), re.compile(r"立案|受理")),
    (re.compile(r"败诉率"), re.compile(r"败诉"), re.compile(r"诉讼|应诉|审结")),
    (re.compile(r"调撤率"), re.compile(r"调撤|调解|撤"), re.compile(r"审结|办结|诉讼|复议")),
    (re.compile(r"成功率"), re.compile(r"成功"), re.compile(r"调解|受理|办理|申请")),
]
_SHARE = re.compile(r"占(比)?|比重|比例|构成")
_CHANGE = re.compile(
    r"(同比|环比|较上年|比上年|较去年|比去年|与去年同期相比|较去年同期|比\d{4}年|较\d{4}年|比上月|较上月)"
    r"[^,;。%\d]{0,12}?(上升|增长|增加|提高|下降|减少|降低|回落)(了|率)?(为|达)?$"
)
_CHANGE_LOOSE = re.compile(r"(上升|增长|增加|提高|下降|减少|降低|回落)(了|率)?(为|达)?$")
_CHANGE_REF = re.compile(r"同比|环比|较上年|比上年|较去年|比去年|去年同期|上年同期|比\d{4}年|较\d{4}年|比上月|较上月"
                         r"|与(上年|去年|\d{4}年)(同期)?相比")
_DOWN = re.compile(r"下降|减少|降低|回落")
_DIFF = re.compile(r"(比上年|较上年|比去年|较去年|同比)(增加|减少|上升|下降|多|少)(了)?$")
_PREV_INLINE = re.compile(r"(比|较)(\d{4}年|上年|去年|去年同期|上年同期)(的)?\(?$")
_INCLUDES = re.compile(r"\((含|包括|其中)[^()]*$")
_HEADING = re.compile(r"\n(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[章节部分])")




@dataclass
class Relation:
    """A relation the text states, with its operands (quantities)."""

    kind: str  # sum | ratio | change | equal | bound
    rule: str
    roles: dict[str, Quantity | list[Quantity] | None]
    per: int = 100
    sign: int = 1  # change: -1 for a decrease
    previous: Quantity | Decimal | None = None  # change: the previous figure, printed or implied by a difference
    enumerated: list[Decimal] | None = None  # sum: parts printed without a measure word ("5科、1室")
    fine_range: tuple[float, float] | None = None  # count_amount: plausible average fine, 万元 per case
    exhaustive: bool = True
    source: str = "text"  # text | catalog
    keys: dict[str, str] = field(default_factory=dict)  # role -> metric key, where known
    note: str = ""

    def quantities(self) -> list[Quantity]:
        out: list[Quantity] = []
        for v in self.roles.values():
            if isinstance(v, list):
                out.extend(v)
            elif v is not None:
                out.append(v)
        return out

    def signature(self) -> tuple:
        """Identity of the relation: its kind and its operand figures (for de-duplication)."""
        parts = []
        for role, v in sorted(self.roles.items()):
            if isinstance(v, list):
                parts.append((role, tuple(sorted(q.index for q in v))))
            elif v is not None:
                parts.append((role, v.index))
        if self.kind == "equal":
            vals = self.roles["values"]
            return ("equal", tuple(sorted(q.index for q in vals)))  # type: ignore[union-attr]
        return (self.kind, tuple(parts))



def compatible(a: Quantity, b: Quantity) -> bool:
    if a.is_percent or b.is_percent:
        return a.unit == b.unit
    if a.is_money or b.is_money:
        return a.is_money and b.is_money
    if a.unit == b.unit:
        return True
    if not a.unit or not b.unit:
        return False
    return any(a.unit in g and b.unit in g for g in _UNIT_GROUPS)


def money_value(q: Quantity) -> Decimal:
    """The value of a money figure in 元 (to compare 万元 with 元)."""
    return q.value * _MONEY_SCALE.get(q.unit, Decimal(1))


class _Doc:
    """Positions and neighbourhoods of the quantities in the normalized text."""

    def __init__(self, text: Text, quantities: list[Quantity], metrics: list[Metric]):
        # A half-width "." closing a sentence is already a "。" (normalize).
        self.s = text.text
        self.qs = quantities
        self.key_of: dict[int, str] = {m.quantity.index: m.key for m in metrics}
        # Positions of the segment ends, for bisect: label() is called for every figure.
        self._seg_bounds = [i for i, ch in enumerate(self.s) if ch in SEG_END]

    def seg_start(self, pos: int) -> int:
        """Start of the segment (after the last 。!?;\n) holding ``pos``."""
        i = bisect.bisect_right(self._seg_bounds, pos - 1) - 1
        return self._seg_bounds[i] + 1 if i >= 0 else 0

    def label(self, q: Quantity) -> str:
        """Text between the previous figure (or the segment start) and this one."""
        start = self.seg_start(q.start)
        if q.index and self.qs[q.index - 1].end > start:
            start = self.qs[q.index - 1].end
        return self.s[start : q.start]

    def after(self, q: Quantity, limit: int = 30) -> str:
        end = min(len(self.s), q.end + limit)
        if q.index + 1 < len(self.qs):
            end = min(end, self.qs[q.index + 1].start)
        return self.s[q.end : end]

    def in_parentheses(self, q: Quantity) -> bool:
        """Is the figure inside an aside "( … )" of its sentence?"""
        head = self.s[q.sentence[0] : q.start]
        return head.count("(") > head.count(")")

    def in_parentheses_at(self, pos: int) -> bool:
        start = max(self.s.rfind("。", 0, pos), self.s.rfind("\n", 0, pos)) + 1
        head = self.s[start:pos]
        return head.count("(") > head.count(")")

    def same_section(self, qs: list[Quantity]) -> bool:
        """No heading line ("一、", "(二)") stands between the figures."""
        a = min(q.start for q in qs)
        b = max(q.start for q in qs)
        return not _HEADING.search(self.s, a, b)

    def section_text(self, qs: list[Quantity]) -> str:
        """The text of the section(s) holding the figures, heading to heading."""
        a = min(q.start for q in qs)
        b = max(q.end for q in qs)
        heads = [m.start() for m in _HEADING.finditer(self.s)]
        start = max((h for h in heads if h <= a), default=0)
        end = min((h for h in heads if h >= b), default=len(self.s))
        return self.s[start:end]

    def in_range(self, a: int, b: int) -> list[Quantity]:
        return [q for q in self.qs if a <= q.start < b]


# --- breakdowns ----------------------------------------------------------------


def _breakdowns(d: _Doc) -> list[Relation]:
    s = d.s
    out: list[Relation] = []
    markers: list[tuple[int, int]] = [m.span() for m in _BREAKDOWN.finditer(s)]
    markers += [(m.end() - 1, m.end()) for m in _IN_WHICH.finditer(s)]
    markers += [m.span() for m in _FIGURE_IN_WHICH.finditer(s)]
    spans = []
    for a, b in sorted(set(markers)):
        sent_start = max(s.rfind("。", 0, a), s.rfind("\n", 0, a)) + 1
        at_head = not [q for q in d.in_range(sent_start, a) if not q.is_percent]
        seg_end = _next(s, b, SEG_END)
        sent_end = _next(s, b, SENT_END)
        # "…151件中," and list openers ("办理结果如下:") break the figure down for the whole sentence.
        end = sent_end if at_head or _is_list_opener(s, a, b) or s[a:b].startswith("中") else seg_end
        if s[a:b].endswith(":") and not at_head:
            end = sent_end  # "其中:A…;B…;C…": a colon opens a list that runs across its ";"
        if b == sent_end or (b < len(s) and s[b] == "\n"):
            end = _list_lines_end(d, b)  # "其中:" closing its line: the items are the lines below
        opened = s.rfind("(", sent_start, a)
        if opened >= 0 and s.find(")", opened, a) < 0:
            close = s.find(")", b)
            if 0 <= close < end:
                end = close  # "(其中:…)" ends with its parenthesis
        spans.append((a, b, end, at_head))
    nested_parts: set[int] = set()
    # Inner breakdowns first: a nested 其中 removes its parts from the outer list.
    for a, b, end, at_head in sorted(spans, key=lambda x: x[2] - x[0]):
        found = [q for q in d.in_range(b, end) if not q.is_percent and q.index not in nested_parts]
        totals = _totals_before(d, a, at_head)
        if not found or not totals:
            continue
        for group in _segment_groups(d, found):
            for total, parts, others in _assign_parts(d, totals, _drop_derived(d, group)):
                parts = _contiguous(d, total, parts)
                others = [t for t in others if t.value != total.value]  # "收到22起…答复22起": same figure either way
                if parts and others:
                    # Several figures could be the total and nothing in the words decides:
                    # take the one the parts add up to, or leave the breakdown unchecked.
                    sums = {t.index: _contiguous(d, t, parts) for t in [total, *others]}
                    fits = [t for t in [total, *others] if _adds_up(t, sums[t.index])]
                    if not fits or len({t.value for t in fits}) > 1:
                        continue  # none, or several different totals, fit: the text leaves it open
                    total, parts = fits[0], sums[fits[0].index]
                if parts and _paired_elsewhere(d, total, parts, a):
                    continue
                if parts:
                    nested_parts.update(q.index for q in parts)
                    out.extend(_sum_or_bounds(d, total, parts, s[a:end]))
    return out


def _segment_groups(d: _Doc, parts: list[Quantity]) -> list[list[Quantity]]:
    """A list whose ";"-separated pieces each hold several figures is several breakdowns
    ("城镇…,乡村…;男性…,女性…"); one figure a piece is one list ("予以公开35件;部分公开1件;…")."""
    pieces: list[list[Quantity]] = []
    for q in parts:
        if pieces and not re.search(r"[;]", d.s[pieces[-1][-1].end : q.start]):
            pieces[-1].append(q)
        else:
            pieces.append([q])
    if len(pieces) > 1 and sum(len(p) >= 2 for p in pieces) >= 2:
        columns = _columns(pieces)
        return columns if columns else pieces
    return [parts]


def _columns(pieces: list[list[Quantity]]) -> list[list[Quantity]] | None:
    """Pieces that each give one figure of each of several kinds ("医疗机构案件143件,罚没款121.6万元;
    公共场所案件96件,罚没款28.3万元;…"): the figures of one kind, across the pieces, are one list."""
    first = pieces[0]
    if len(first) < 2 or any(len(p) != len(first) for p in pieces):
        return None
    for p in pieces:
        if any(compatible(x, y) for i, x in enumerate(p) for y in p[i + 1 :]):
            return None  # two figures of one kind in a piece: each piece is its own breakdown
        if not all(compatible(x, y) for x, y in zip(first, p, strict=True)):
            return None
    return [[p[j] for p in pieces] for j in range(len(first))]


def _assign_parts(d: _Doc, totals: list[Quantity], parts: list[Quantity]
                  ) -> list[tuple[Quantity, list[Quantity], list[Quantity]]]:
    """Give each part to its total: of its own unit, then the one whose label it shares
    ("出动执法人员…执法人员"), then the nearest. Returns (total, parts, other candidates):
    the other candidates are left when the choice rested on nearness alone."""
    out: dict[int, list[Quantity]] = {}
    doubt: dict[int, list[Quantity]] = {}
    for p in parts:
        cands = [t for t in totals if t.unit == p.unit] or [t for t in totals if compatible(t, p)]
        cands = [t for t in cands if t.index != p.index]
        if not cands:
            continue
        words = re.sub(r"[^\u4e00-\u9fff]", "", d.label(p))
        scored = [(_overlap(re.sub(r"[^\u4e00-\u9fff]", "", d.label(t)), words), t) for t in cands]
        best = max(score for score, _ in scored)
        # Two shared characters are often generic (信息, 公开); three name the same thing.
        if best >= 3 and sum(score == best for score, _ in scored) == 1:
            target = next(t for score, t in scored if score == best)
            out.setdefault(target.index, []).append(p)
        else:
            target = cands[0]
            out.setdefault(target.index, []).append(p)
            doubt.setdefault(target.index, [t for t in cands[1:] if t.unit == target.unit or compatible(t, target)])
    by_index = {t.index: t for t in totals}
    return [(by_index[i], ps, doubt.get(i, [])) for i, ps in out.items()]


def _paired_elsewhere(d: _Doc, total: Quantity, parts: list[Quantity], marker: int) -> bool:
    """A part larger than its supposed total, while an earlier figure of the sentence could
    hold it ("在校学生8.5万人,专任教师6000人,其中…学生5万人"): the pairing is in doubt."""
    big = max(parts, key=lambda p: p.value)
    if big.value <= total.value:
        return False
    head = re.sub(r"[^\u4e00-\u9fff]", "", d.label(big))[-2:]
    if len(head) < 2:
        return False
    # Doubt only when another figure of the same clause group is named by the same noun
    # ("在校学生8.5万人 … 学生5万人").
    return any(q is not total and compatible(q, total) and q.value >= big.value
               and re.sub(r"[^\u4e00-\u9fff]", "", d.label(q)).endswith(head)
               for q in d.in_range(d.seg_start(marker), marker))


def _adds_up(total: Quantity, parts: list[Quantity]) -> bool:
    value = money_value(total) if total.is_money else total.value
    return len(parts) >= 2 and sum((money_value(p) if total.is_money else p.value) for p in parts) == value


def _contiguous(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts that follow each other closely; a breakdown that adds up stops there."""
    out: list[Quantity] = []
    running = Decimal(0)
    target = money_value(total) if total.is_money else total.value
    for q in parts:
        if out and len(d.s[out[-1].end : q.start]) > 60:
            break
        out.append(q)
        running += money_value(q) if total.is_money else q.value
        if len(out) >= 2 and running == target:
            break
    return out


def _list_lines_end(d: _Doc, pos: int) -> int:
    """End of the list items on the lines after ``pos`` ("其中:\n投诉8126件,\n举报3354件,\n…"):
    short lines each holding a figure, up to the first that closes the sentence."""
    s = d.s
    end = pos
    line_start = pos + 1 if pos < len(s) and s[pos] == "\n" else pos
    while line_start < len(s):
        line_end = s.find("\n", line_start)
        line_end = len(s) if line_end < 0 else line_end
        line = s[line_start:line_end].strip()
        if not line or len(line) > 60 or "|" in line or not d.in_range(line_start, line_end):
            break
        end = line_end
        if line.endswith(("。", "!", "?")):
            break
        line_start = line_end + 1
    return end


def _is_list_opener(s: str, a: int, b: int) -> bool:
    return bool(re.match(r"(办理结果|具体|情况)", s[a:b])) or s[max(0, a - 1)] == "。"


def _next(s: str, pos: int, ends: str) -> int:
    for i in range(pos, len(s)):
        if s[i] in ends:
            return i
    return len(s)


def _totals_before(d: _Doc, marker: int, at_head: bool) -> list[Quantity]:
    """The figures a breakdown at ``marker`` may break down, the nearest first."""
    s = d.s
    if at_head:
        # "…8起,处罚金额为74万元。其中,…": the figures of the sentence before.
        sent = max(s.rfind("。", 0, marker), s.rfind("\n", 0, marker)) + 1
        # "在公开信息中," may open the sentence after its own figures.
        end = marker if d.in_range(sent, marker) else sent - 1
        if end < 0:
            return []
        start = max(s.rfind("。", 0, end), s.rfind("\n", 0, end)) + 1
        cands = [q for q in d.in_range(start, end) if not q.is_percent]
    else:
        start = d.seg_start(marker)
        if not [q for q in d.in_range(start, marker) if not q.is_percent]:
            # "…3560件,同比增长12.3%;其中民事案件2100件…": the total is before the ";".
            start = max(s.rfind("。", 0, marker), s.rfind("\n", 0, marker)) + 1
        cands = _drop_derived(d, [q for q in d.in_range(start, marker) if not q.is_percent])
        cands = [q for q in cands if not d.in_parentheses(q) or d.in_parentheses_at(marker)]
        # A breakdown right after "…N件," belongs to that figure, not to earlier ones.
        if cands:
            last = cands[-1]
            between = s[last.end : marker]
            if len(re.findall(r"[\u4e00-\u9fff]", between.replace("均为", ""))) > 16 and not _INCLUDES.search(between):
                return []
            cands = [q for q in cands if q is last or not compatible(q, last)]
    cands = [q for q in _drop_derived(d, cands) if not d.in_parentheses(q) or not at_head]
    return sorted(cands, key=lambda q: -q.index)  # the nearest first


def _drop_derived(d: _Doc, group: list[Quantity]) -> list[Quantity]:
    """Leave out figures that are differences or comparisons, not parts ("比上年增加14所")."""
    out = []
    for q in group:
        lab = d.label(q)
        if re.search(r"(比|较|同比|环比)[^,;。]{0,8}(增加|减少|上升|下降|多|少)[^,;。]{0,3}$", lab):
            continue
        if re.search(r"(较|比)[^,;。]{0,8}(同期|上年|去年)的?$", lab):
            continue
        out.append(q)
    return out


def _sum_or_bounds(d: _Doc, total: Quantity, parts: list[Quantity], span_text: str,
                   complete: bool = False) -> list[Relation]:
    if total.index in {p.index for p in parts}:
        return []
    if len(parts) == 1:
        return [Relation("bound", "bound.part", {"smaller": parts[0], "larger": total})]
    vals = [money_value(p) if total.is_money else p.value for p in parts]
    tval = money_value(total) if total.is_money else total.value
    s = sum(vals)
    labels = "".join(d.label(p) for p in parts)
    exhaustive = (
        complete
        or s == tval
        or s > tval
        or bool(_REST.search(labels))
        or "分别为" in span_text
        or any(a in labels and b in labels for a, b in _COMPLEMENTS)
        # Two highlighted kinds can cover most of a total and still leave others out
        # ("卫生技术人员3.41万人,其中执业医师1.36万人,注册护士1.57万人"): a pair must cover nearly all.
        or (tval > 0 and s / tval >= (Decimal("0.9") if len(parts) == 2 and not _parallel(d, parts)
                                      else Decimal("0.75")))
        # A list of three or more that covers much of the total is meant as the whole of it;
        # a short list of highlights (7 + 2 + 1 of 144) is not.
        or (len(parts) >= 3 and tval > 0 and s / tval >= Decimal("0.4"))
    )
    if exhaustive:
        return [Relation("sum", "sum.breakdown", {"total": total, "parts": parts})]
    # A list that covers part of the total only: each part is at most the total.
    return [Relation("bound", "bound.part", {"smaller": p, "larger": total}) for p in parts]


def _parallel(d: _Doc, parts: list[Quantity]) -> bool:
    """Are the parts named in parallel ("通过网站发布…,通过新媒体发布…", "自然人申请…,法人申请…"):
    the same words opening or closing each label? Then they split one thing between them."""
    labels = [re.sub(r"^其中|[^\u4e00-\u9fff]", "", d.label(p)) for p in parts]
    if any(len(lab) < 3 for lab in labels):
        return False
    a, b = labels
    return a[:2] == b[:2] or a[-2:] == b[-2:]


def _parenthesised_lists(d: _Doc) -> list[Relation]:
    """"机构7个(5科、1室、1安监中心)", "机构4个(执法大队1个、业务科室3个)": an enumeration in
    brackets right after a total, with or without measure words."""
    out = []
    for q in d.qs:
        rest = d.s[q.end : q.end + 80]
        m = re.match(r"\(([^()]{2,70})\)", rest)
        if not m or re.match(r"(含|包括|其中|包含|以下|下同|均为|即)", m.group(1)):
            continue
        items = re.split(r"[、,]", m.group(1))
        if len(items) < 2:
            continue
        inner = [p for p in d.in_range(q.end, q.end + m.end()) if not p.is_percent]
        if len(inner) == len(items) and all(compatible(q, p) for p in inner):
            # A bracket right after a total spells out what it is made of.
            out.extend(_sum_or_bounds(d, q, inner, m.group(1), complete=True))
            continue
        if inner:
            continue
        values = [re.match(r"(\d+)[^\d]{1,8}$", it) for it in items]
        if all(values):
            nums = [Decimal(v.group(1)) for v in values if v]
            out.append(Relation("sum", "sum.enumeration", {"total": q, "parts": []}, enumerated=nums,
                                note="、".join(items)))
    return out


_TRAILING_TOTAL = re.compile(r"^[,、;和及]?(共计|合计|总计|累计|总共|共有|共)$")


def _trailing_totals(d: _Doc) -> list[Relation]:
    """"…286家次、315家次、242家次和197家次,共计1040家次": the total after its list."""
    out = []
    for q in d.qs:
        if q.is_percent or not _TRAILING_TOTAL.match(d.label(q)):
            continue
        parts: list[Quantity] = []
        for p in reversed(d.qs[: q.index]):
            nxt = parts[0] if parts else q
            gap = d.s[p.end : nxt.start]
            if p.is_percent or "。" in gap or "\n" in gap or len(gap) > 30 or not compatible(p, q):
                break
            parts.insert(0, p)
        if len(parts) >= 2:
            out.extend(_sum_or_bounds(d, q, parts, d.s[parts[0].start : q.end], complete=True))
    return out


_RECEIVED = re.compile(r"(受理|收到|接到|接收|登记)[^,;。]{0,12}$")
_CLOSED = re.compile(r"(办结|处理完毕|办理完毕|已处理|已完成|已答复)[^,;。]{0,6}$")
_PENDING = re.compile(r"(正在|在办|未办结|办理中|尚未|仍在)[^,;。]{0,8}$")


def _status_splits(d: _Doc) -> list[Relation]:
    """"受理2917件,已处理完毕2349件,正在办理568件": what came in is closed or still open."""
    out = []
    for q in d.qs:
        if q.is_percent or not _RECEIVED.search(d.label(q)):
            continue
        seg_end = _next(d.s, q.end, SEG_END)
        rest = [p for p in d.in_range(q.end, seg_end) if compatible(p, q) and not p.is_percent]
        closed = next((p for p in rest if _CLOSED.search(d.label(p))), None)
        pending = next((p for p in rest if _PENDING.search(d.label(p))), None)
        others = [p for p in rest if p is not closed and p is not pending]
        if closed is not None and pending is not None and closed.index < pending.index and not others:
            # Any other outcome ("转交其他部门2件") would be a third part: then nothing is asserted.
            out.append(Relation("sum", "sum.status", {"total": q, "parts": [closed, pending]}))
        if _ARRIVED.search(d.label(q)):
            # "收到申请126件,受理118件,不予受理8件": what arrived is accepted or turned down.
            seg = [p for p in d.qs[q.index + 1 : q.index + 3]]
            if (len(seg) == 2 and all(compatible(p, q) and not p.is_percent and p.start < seg_end for p in seg)
                    and _ACCEPTED.search(d.label(seg[0])) and _REFUSED.search(d.label(seg[1]))):
                out.append(Relation("sum", "sum.status", {"total": q, "parts": seg}))
    return out


_ARRIVED = re.compile(r"(收到|接到|接收)[^,;。]{0,12}$")
_ACCEPTED = re.compile(r"^,?(依法|予以|决定|已)?受理$")
_REFUSED = re.compile(r"^,?(依法|决定)?(不予受理|不予立案|驳回申请)$")


_TAKERS = re.compile(r"(参训|参加培训|受训|参考|参加考试|参加考核|报名)")
_PASSERS = re.compile(r"(取得|通过|合格|获得|考核合格|结业)")


def _subsets_by_meaning(d: _Doc) -> list[Relation]:
    """"600人次参训,共180人次取得资质": those who passed are among those who took part."""
    out = []
    for q in d.qs:
        if q.is_percent or not _TAKERS.search(d.label(q)[-6:] + d.after(q, 6)):
            continue
        sent_end = q.sentence[1]
        for p in d.in_range(q.end, sent_end):
            if compatible(p, q) and not p.is_percent and _PASSERS.search(d.after(p, 8) + d.label(p)[-4:]):
                out.append(Relation("bound", "bound.meaning", {"smaller": p, "larger": q}))
                break
    return out


_RATIO_EXPR = re.compile(r"(比|比例|结构)(为|是|达到|达)?$")


def _ratio_expressions(d: _Doc, sums: list[Relation]) -> list[Relation]:
    """"性别比为105.23:100" and "三次产业增加值结构为6.0:46.9:47.1"."""
    out = []
    for q in d.qs:
        if not _RATIO_EXPR.search(d.label(q)) or d.s[q.end : q.end + 1] not in (":", "∶"):
            continue
        chain = [q]
        while chain[-1].index + 1 < len(d.qs):
            nxt = d.qs[chain[-1].index + 1]
            if d.s[chain[-1].end : nxt.start] in (":", "∶"):
                chain.append(nxt)
            else:
                break
        if len(chain) == 2 and chain[1].value in (1, 100, 1000):
            # A:100 -- two figures stated just before, in that order.
            sent = q.sentence[0]
            before = [p for p in d.qs if sent <= p.start < q.start and not p.is_percent and p.unit]
            # "男女性别比": each operand's label names one side of the ratio.
            sides = set(re.sub(r"[^\u4e00-\u9fff]", "", d.label(q).split("比")[0]))
            if (len(before) >= 2 and compatible(before[-2], before[-1])
                    and all(sides & set(d.label(p)) for p in before[-2:])):
                out.append(Relation("ratio", "ratio.expression",
                                    {"numerator": before[-2], "denominator": before[-1], "percent": chain[0]},
                                    per=int(chain[1].value)))
        elif len(chain) >= 3:
            # A:B:C -- the shares of the parts of the last breakdown with as many parts.
            para = d.s.rfind("\n", 0, q.start)
            cands = [r for r in sums if r.kind == "sum" and r.roles.get("parts")
                     and len(r.roles["parts"]) == len(chain)  # type: ignore[arg-type]
                     and para <= r.roles["total"].start < q.start]  # type: ignore[union-attr]
            if cands:
                rel = max(cands, key=lambda r: r.roles["total"].start)  # type: ignore[union-attr]
                total: Quantity = rel.roles["total"]  # type: ignore[assignment]
                members = {total.index, *(p.index for p in rel.roles["parts"])}  # type: ignore[union-attr]
                last = max(members)
                between = [p for p in d.qs if last < p.index < q.index]
                if any(compatible(p, total) for p in between):
                    continue  # another total ("2021年…972846万元") stands between: not its structure
                for part, share in zip(rel.roles["parts"], chain, strict=True):  # type: ignore[arg-type]
                    out.append(Relation("ratio", "ratio.structure",
                                        {"numerator": part, "denominator": rel.roles["total"], "percent": share}))
    return out


def _includes(d: _Doc) -> list[Relation]:
    """"20起(含2起生产安全事故)": the included figure is at most the total."""
    out = []
    for q in d.qs:
        m = re.match(r"\((含|包括|包含)", d.s[q.end : q.end + 4])
        if not m:
            continue
        close = d.s.find(")", q.end)
        inner = [p for p in d.in_range(q.end, close if close > 0 else q.end) if compatible(q, p) and not p.is_percent]
        for p in inner:
            out.append(Relation("bound", "bound.includes", {"smaller": p, "larger": q}))
    return out


# --- tables ------------------------------------------------------------------------

_SHARE_HEAD = re.compile(r"比例|比重|占比|构成|占")
_TOTAL_HEAD = re.compile(r"^(总计|合计|总数|共计|全部)$")
_TOTAL_COLUMN = re.compile(r"^(总计|合计|小计)")
_GROUP_ROW = re.compile(r"^[-—\s]*$")


def _table_relations(d: _Doc, tables: list[Table]) -> list[Relation]:
    out: list[Relation] = []
    for t in tables:
        out += _share_rows(d, t)
        out += _share_columns(d, t)
        out += _total_rows(d, t)
        out += _total_columns(d, t)
        out += _ordinal_total_rows(t)
    return out


_ORDINAL_TOTAL = re.compile(r"^\(([一二三四五六七八九十]{1,3})\)\s*(总计|合计)$")
_FIRST_ORDINAL = re.compile(r"^\(一\)")


def _ordinal_total_rows(t: Table) -> list[Relation]:
    """"(七)总计" closing the items "(一)予以公开" … "(六)其他处理" (each perhaps with numbered
    sub-rows): column by column, the rows from "(一)" on add up to it. Rows may carry one
    label cell more or less (a flattened rowspan): the figures are lined up from the right."""
    out: list[Relation] = []
    for i, row in enumerate(t.rows):
        if not _ORDINAL_TOTAL.match(row.head):
            continue
        start = next((k for k in range(i - 1, -1, -1)
                      if any(_FIRST_ORDINAL.match(c.text) for c in t.rows[k].cells)), None)
        if start is None:
            continue
        width = len(row.numbers)
        group = t.rows[start:i]
        if width < 1 or len(group) < 2:
            continue
        if any(len(r.numbers) != width or _tail_unread(r, width) for r in [*group, row]):
            continue  # a row of another shape, or a cell the toolkit cannot read
        for col in range(width):
            total = row.numbers[col][1]
            parts = [r.numbers[col][1] for r in group]
            if not total.is_percent and not any(p.is_percent for p in parts):
                out.append(Relation("sum", "sum.table_total", {"total": total, "parts": parts}))
    return out


def _tail_unread(row: Row, width: int) -> bool:
    """Does the row hold, among its last ``width`` filled cells, one that is not a figure?"""
    filled = [c for c in row.cells if c.text]
    return any(c.quantity is None for c in filled[-width:])


def _share_rows(d: _Doc, t: Table) -> list[Relation]:
    """"数量|75件|16件 …" over "占新受理数比例|49.66%|10.59% …": each share against its count."""
    out = []
    for i, row in enumerate(t.rows):
        pcts = [(j, q) for j, q in row.numbers if q.is_percent]
        if not pcts or not _SHARE_HEAD.search(row.head):
            continue
        counts = next((r for r in reversed(t.rows[:i]) if any(not q.is_percent for _, q in r.numbers)), None)
        if counts is None:
            continue
        words = re.sub(r"占|比例|比重|的|总数|数", "", row.head)
        prose = [q for q in d.qs if q.start < t.rows[0].start and not q.in_table]
        den = _find_by_label(d, prose, words, t.rows[0].start) if len(words) >= 2 else None
        if den is None:
            continue
        for j, pct in pcts:
            num = counts.cells[j].quantity if j < len(counts.cells) else None
            if num is not None and not num.is_percent and compatible(num, den):
                out.append(Relation("ratio", "ratio.table_share", {"numerator": num, "denominator": den,
                                                                   "percent": pct}))
    return out


def _share_columns(d: _Doc, t: Table) -> list[Relation]:
    """A "构成(%)" column: each row's figure over the total row's; rows of a group add up."""
    out: list[Relation] = []
    header = next((r for r in t.rows if r.is_header and any(_SHARE_HEAD.search(c.text) for c in r.cells)), None)
    if header is None:
        return out
    k = next(j for j, c in enumerate(header.cells) if _SHARE_HEAD.search(c.text))
    data = [r for r in t.rows if r.start > header.start]
    m = next((j for j in range(1, k) if any(_cell(r, j) is not None for r in data)), None)
    if m is None:
        return out
    total = next((r for r in data if _cell(r, k) is not None and _cell(r, k).value == 100), None)  # type: ignore[union-attr]
    if total is None or _cell(total, m) is None:
        return out
    tq = _cell(total, m)
    group: list[Row] = []
    for r in data:
        if r is total:
            continue
        if all(_GROUP_ROW.match(c.text) for c in r.cells[1:]):
            out += _group_sum(d, tq, group)  # type: ignore[arg-type]
            group = []
            continue
        num, share = _cell(r, m), _cell(r, k)
        if num is None:
            continue
        group.append(r)
        if share is not None:
            out.append(Relation("ratio", "ratio.table_share", {"numerator": num, "denominator": tq,
                                                               "percent": share}))
    out += _group_sum(d, tq, group, m)  # type: ignore[arg-type]
    return out


def _unread(row: Row, j: int) -> bool:
    """A non-empty cell holding something that is not a figure the toolkit read."""
    if j >= len(row.cells):
        return False
    c = row.cells[j]
    return c.quantity is None and bool(c.text) and not re.fullmatch(r"[-—–/\s]*|0", c.text) \
        and bool(re.search(r"\d", c.text))


def _cell(row: Row, j: int) -> Quantity | None:
    return row.cells[j].quantity if j < len(row.cells) else None


def _group_sum(d: _Doc, total: Quantity, rows: list[Row], m: int = 1) -> list[Relation]:
    parts = [q for r in rows if (q := _cell(r, m)) is not None]
    if len(parts) < 2:
        return []
    return [Relation("sum", "sum.table_group", {"total": total, "parts": parts})]


def _total_rows(d: _Doc, t: Table) -> list[Relation]:
    """A "总计" row: the figures above it add up to it (by column, or all of one kind)."""
    out: list[Relation] = []
    for i, row in enumerate(t.rows):
        if not _TOTAL_HEAD.match(row.head):
            continue
        nums = [(j, q) for j, q in row.numbers if not q.is_percent]
        above = [r for r in t.rows[:i] if r.numbers]
        headers = [r for r in t.rows[:i] if r.is_header]
        if len(nums) == 1 and headers:
            # "省份|数量|省份|数量": one total for every figure of the table.
            cols = {j for r in above for j, q in r.numbers}
            names = {headers[0].cells[j].text for j in cols if j < len(headers[0].cells)}
            unread = any(_unread(r, j) for r in t.rows[:i] for j in range(len(r.cells)))
            if len(names) == 1 and not unread:
                parts = [q for r in above for _, q in r.numbers if not q.is_percent]
                if len(parts) >= 2:
                    out.append(Relation("sum", "sum.table_total", {"total": nums[0][1], "parts": parts}))
            continue
        data = [r for r in above if len(r.cells) == len(row.cells)]
        if len(data) != len(above):
            continue  # ragged rows (a flattened rowspan) shift the columns
        for j, q in nums:
            if any(_unread(r, j) for r in t.rows[:i]):
                continue  # a cell of the column the toolkit cannot read ("-5", "120*")
            parts = [p for r in data if (p := _cell(r, j)) is not None and not p.is_percent]
            if len(parts) >= 2:
                out.append(Relation("sum", "sum.table_total", {"total": q, "parts": parts}))
    return out


def _total_columns(d: _Doc, t: Table) -> list[Relation]:
    """A column headed "总计": in each row, the figures of the other columns add up to it."""
    out: list[Relation] = []
    for i, h in enumerate(t.rows):
        texts = [c.text for c in h.cells if c.text]
        if not h.is_header or not texts or not _TOTAL_COLUMN.match(texts[-1]):
            continue
        if sum(1 for c in h.cells if _TOTAL_COLUMN.match(c.text)) > 1:
            # "维持|纠正|其他|尚未审结|总计|维持|…|总计": several blocks, each with its own total.
            return _total_column_blocks(t, h, i)
        data = False
        for r in t.rows[i + 1 :]:
            if r.is_header and data:
                break  # a new header after rows of figures: another table, its own columns
            data = data or bool(r.numbers)
            nums = [(j, q) for j, q in r.numbers if not q.is_percent]
            filled = [j for j, c in enumerate(r.cells) if c.text]
            k = max(j for j, c in enumerate(h.cells) if c.text)  # the 总计 column itself
            if len(r.cells) != len(h.cells) or _cell(r, k) is None or (filled and filled[-1] != k):
                # A header over several rows does not line up: the row must end with its total.
                k = filled[-1] if filled else -1
            total = _cell(r, k)
            first = nums[0][0] if nums else k
            if total is None or len(nums) < 3 or nums[-1][1] is not total or any(_unread(r, j) for j in range(first, k)):
                continue
            out.append(Relation("sum", "sum.table_row", {"total": total, "parts": [q for j, q in nums[:-1]]}))
        break
    return out


def _total_column_blocks(t: Table, h: Row, i: int) -> list[Relation]:
    """Rows of a table whose header repeats a block of columns ending in a total: each block
    of each row adds up to its own total. A header of unequal blocks is left unchecked."""
    totals = [j for j, c in enumerate(h.cells) if _TOTAL_COLUMN.match(c.text)]
    g = totals[0] + 1
    if any(j != (n + 1) * g - 1 for n, j in enumerate(totals)) or len(h.cells) != g * len(totals) or g < 3:
        return []
    out: list[Relation] = []
    for r in t.rows[i + 1 :]:
        if r.is_header or not r.numbers:
            continue
        if len(r.cells) % g:
            continue  # the row does not line up with the blocks
        for b in range(0, len(r.cells), g):
            block = r.cells[b : b + g]
            if any(c.quantity is None and c.text for c in block):
                continue  # a cell the toolkit cannot read
            total = block[-1].quantity
            parts = [c.quantity for c in block[:-1] if c.quantity is not None]
            if total is None or total.is_percent or len(parts) < 2:
                continue
            out.append(Relation("sum", "sum.table_row", {"total": total, "parts": parts}))
    return out


# --- ratios --------------------------------------------------------------------


def _ratios(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    for q in d.qs:
        if not q.is_percent:
            continue
        lab = d.label(q)
        per = 1000 if q.unit == "‰" else 100
        if _CHANGE_LOOSE.search(lab) and _CHANGE_REF.search(d.s[d.seg_start(q.start) : q.start]):
            continue  # a change, not a share
        if "百分点" in lab:
            continue
        rate = next((r for r in _RATES if r[0].search(lab)), None)
        if _TARGETED.search(d.s[q.sentence[0] : q.start]) and not (rate is not None and "完成" in rate[0].pattern):
            continue  # "力争…占比达到80%以上": a target, not a figure of the year
        if rate is not None:
            rel = _named_rate(d, q, rate, per)
            if rel:
                out.append(rel)
            continue
        if _SHARE.search(lab):
            rel = _share(d, q, lab, per)
            if rel:
                out.append(rel)
    return out


_TARGETED = re.compile(r"力争|争取|目标|预计|预期|计划(到|在|于)|到20\d\d年(底|末)?")
_PER_HEAD = re.compile(r"每(千|万|十万)(人|人口|常住人口|户籍人口|居民)(拥有|平均|均)?(?P<what>[^,;:。\d]{1,16})$")
_PER_SCALE = {"千": 1000, "万": 10_000, "十万": 100_000}
_POPULATION = re.compile(r"(常住|户籍|总|年末|年平均|平均)人口(数|总数)?(为|达|达到|约|共)?$")


def _per_capita(d: _Doc) -> list[Relation]:
    """"每千人口床位数6.12张" with "床位2.86万张" and "常住人口467.3万人": a rate per thousand
    (ten thousand) people of a figure stated in the report, over the population it states."""
    out: list[Relation] = []
    pops = [q for q in d.qs if q.unit in ("人", "名") and not q.is_percent and _POPULATION.search(d.label(q))]
    if not pops:
        return out
    for q in d.qs:
        if q.is_percent or not q.unit:
            continue
        m = _PER_HEAD.search(d.label(q))
        if not m:
            continue
        what = re.sub(r"[()]|数|量|发生率|拥有量|拥有|率|为|达到|达|有", "", m.group("what"))
        if len(what) < 2:
            continue
        cands = [p for p in d.qs[: q.index] if not p.is_percent and p.unit == q.unit
                 and not _PER_HEAD.search(d.label(p)) and not _TARGETED.search(d.s[p.sentence[0] : p.start])
                 and p.start >= q.start - 1500]
        scored = [(_overlap(re.sub(r"[()]", "", d.label(p)), what), p) for p in cands]
        scored = [(sc, p) for sc, p in scored if sc >= min(len(what), 2)]
        if not scored:
            continue
        if re.search(r"拥有量|保有量|有效|存量", m.group("what")):
            # A stock ("发明专利拥有量") is not the year's flow ("发明专利授权612件").
            scored = [(sc, p) for sc, p in scored
                      if not re.search(r"授权|新增|新登记|新设|申请|全年|本年|发生", d.label(p))]
            if not scored:
                continue
        best = max(sc for sc, _ in scored)
        # Of the figures so named, the whole ("发生火灾682起"), not one of its kinds ("其他场所火灾238起").
        # The label that ends with the thing counted ("发生火灾682起", not "火灾扑救1126起"), then
        # the larger figure.
        numerator = max((p for sc, p in scored if sc == best),
                        key=lambda p: (re.sub(r"[^\u4e00-\u9fff]", "", d.label(p))[-2:] in what,
                                       "其中" not in d.label(p), p.value))
        # The population: the nearest statement before the rate, else the first after it.
        before = [p for p in pops if p.start < q.start]
        den = before[-1] if before else next(p for p in pops)
        if den.index == numerator.index or _TARGETED.search(d.s[q.sentence[0] : q.start]):
            continue
        out.append(Relation("ratio", "ratio.per_capita",
                            {"numerator": numerator, "denominator": den, "percent": q},
                            per=_PER_SCALE[m.group(1)]))
    return out


_NEGATED = re.compile(r"(未|尚未|正在|不|没有|仍在)[^,;。]{0,3}$")


def _named_rate(d: _Doc, pct: Quantity, rate, per: int) -> Relation | None:
    """"发现隐患100处,已整改95处,整改率95%": the rate's numerator and denominator by meaning."""
    _, num_words, den_words = rate
    window = [q for q in d.qs if q.index < pct.index and not q.is_percent
              and q.start >= _paragraph_start(d, pct.start) and not d.in_parentheses(q)]
    window = window[-8:]

    def says(q: Quantity, words: re.Pattern, after: bool = True) -> bool:
        # The words of the label, or of the clause right after the figure ("28项重大事故隐患已整改").
        texts = [d.label(q)]
        if after:
            texts.append(re.split(r"[,;。]", d.after(q, 10))[0])
        for text in texts:
            m = words.search(text)
            if m and not _NEGATED.search(text[: m.start()]):  # 未整改, 不合格, 正在办理
                return True
        return False

    numerator = next((q for q in reversed(window) if says(q, num_words, after=False)), None) or next(
        (q for q in reversed(window) if says(q, num_words)), None)
    if numerator is None:
        return None
    cands = [q for q in window if q is not numerator and compatible(q, numerator) and says(q, den_words)
             and not says(q, num_words, after=False)]
    # The base is usually stated first ("发现…100处,已整改95处"), sometimes after ("已整改95处,共发现100处").
    before = [q for q in cands if q.index < numerator.index]
    denominator = before[-1] if before else (cands[0] if cands else None)
    if denominator is None:
        return None
    return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": denominator, "percent": pct},
                    per=per)


def _paragraph_start(d: _Doc, pos: int) -> int:
    return d.s.rfind("\n", 0, pos) + 1


def _share(d: _Doc, pct: Quantity, lab: str, per: int) -> Relation | None:
    """"其中…42件,占42.86%" / "总人数为12人,占比31.58%" / "…增加值占地区生产总值比重为16.6%"."""
    seg = d.seg_start(pct.start)
    before = [q for q in d.qs if q.index < pct.index and not q.is_percent]
    if not before:
        return None
    # Numerator: the figure just before in the same segment, else the subject named in the label.
    numerator = before[-1] if before[-1].start >= seg else None
    base_words = ""
    m = re.search(r"占(.{0,16}?)(的)?(比重|比例|比)?(为|达|是)?$", lab)
    if m:
        base_words = m.group(1)
    if "分别" in lab:
        return None  # "分别占65.5%、34.5%": a list of shares, not paired here
    subject = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"占|比重|比例", lab)[0])
    if len(subject) >= 2:
        # "男性占50.5%", "一般程序案件占比60%": the label names whose share it is.
        named = _find_by_label(d, before, subject, pct.start)
        if named is not None:
            numerator = named
    if numerator is None:
        return None
    denominator = None
    if base_words:
        denominator = _find_by_label(d, [q for q in before if q.index != numerator.index
                                         and compatible(q, numerator)], base_words, pct.start)
    if denominator is None:
        found, denominator = _breakdown_total(d, numerator)
        if found and denominator is None:
            return None  # inside a breakdown whose total the text leaves open
    if denominator is None:
        # A bare "占比": the share of the paragraph's first figure of that kind.
        para = _paragraph_start(d, numerator.start)
        denominator = next((q for q in d.qs if para <= q.start < numerator.start and compatible(q, numerator)
                            and not d.in_parentheses(q) and not q.is_percent), None)
    if denominator is None or denominator.index == numerator.index or not compatible(numerator, denominator):
        return None
    return Relation("ratio", "ratio.share", {"numerator": numerator, "denominator": denominator, "percent": pct},
                    per=per)


def _find_by_label(d: _Doc, cands: list[Quantity], words: str, pos: int) -> Quantity | None:
    """The latest figure before ``pos`` in the same paragraph whose label ends like ``words``."""
    words = re.sub(r"[,;:()\s]|的|总数|数量|总量|数", "", words)
    if len(words) < 2:
        return None
    para = _paragraph_start(d, pos)
    best = None
    best_score = 0
    for q in cands:
        if q.start < para - 400:
            continue
        lab = re.sub(r"[,;:()\s]", "", d.label(q))
        score = _overlap(lab, words)
        if score >= max(2, len(words) // 2) and score >= best_score:
            best, best_score = q, score
    return best


def _overlap(a: str, b: str) -> int:
    """Length of the longest common substring (labels are short)."""
    best = 0
    for i in range(len(b)):
        for j in range(i + best + 1, len(b) + 1):
            if b[i:j] in a:
                best = j - i
            else:
                break
    return best


def _breakdown_total(d: _Doc, part: Quantity) -> tuple[bool, Quantity | None]:
    """Is ``part`` inside a 其中/…中 breakdown, and which total does it break down (None: unclear)?"""
    s = d.s
    sent_start = s.rfind("。", 0, part.start) + 1
    markers = list(_BREAKDOWN.finditer(s, max(0, sent_start - 1), part.start)) + list(
        _IN_WHICH.finditer(s, max(0, sent_start - 1), part.start))
    if not markers:
        return False, None
    m = max(markers, key=lambda x: x.start())
    at_head = not d.in_range(sent_start, m.start())
    totals = [t for t in _totals_before(d, m.start(), at_head) if compatible(t, part)]
    if len(totals) > 1:
        # "收到申请45件,上年结转2件。…中," -- which one the shares are of, the text does not say.
        words = re.sub(r"[^\u4e00-\u9fff]", "", d.label(part))
        scored = [(_overlap(re.sub(r"[^\u4e00-\u9fff]", "", d.label(t)), words), t) for t in totals]
        best = max(sc for sc, _ in scored)
        leaders = [t for sc, t in scored if sc == best]
        return True, (leaders[0] if best >= 3 and len(leaders) == 1 else None)
    return True, (totals[0] if totals else None)


# --- changes -------------------------------------------------------------------


def _is_change_percent(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q)
    seg_text = d.s[d.seg_start(q.start) : q.start]
    return bool(_CHANGE.search(lab) or (_CHANGE_LOOSE.search(lab) and _CHANGE_REF.search(seg_text)))


def _changes(d: _Doc) -> list[Relation]:
    """Change claims: chains of percents ("分别下降28.1%、31.0%") and the figures they are about."""
    out: list[Relation] = []
    done: set[int] = set()
    for q in d.qs:
        if not q.is_percent or q.index in done or not _is_change_percent(d, q):
            continue
        chain = [q]
        while chain[-1].index + 1 < len(d.qs):
            nxt = d.qs[chain[-1].index + 1]
            if nxt.is_percent and d.s[chain[-1].end : nxt.start] in ("、", ",", "和", "及"):
                chain.append(nxt)
            else:
                break
        done.update(p.index for p in chain)
        lab = d.label(q)
        sign = -1 if _DOWN.search(lab[-8:]) else 1
        subjects, prev_q, diff_q = _change_context(d, q)
        if not subjects:
            continue
        seg_text = d.s[d.seg_start(q.start) : q.start]
        if len(chain) > 1:
            if len(subjects) < len(chain):
                continue
            pairs = list(zip(subjects[: len(chain)], chain, strict=True))  # 分别: in the order listed
        elif re.search(r"均|双", lab) or re.search(r"(均|双)[^,;。]{0,6}(上升|增长|增加|下降|减少)", seg_text):
            pairs = [(cur, q) for cur in subjects]  # "均下降25%": every figure of the group
        else:
            named = _named_subject(d, subjects, lab)
            pairs = [(named or _closest(subjects, diff_q), q)]
        for cur, pct in pairs:
            prev: Quantity | Decimal | None = None
            if prev_q is not None and compatible(prev_q, cur):
                prev = prev_q
            elif diff_q is not None and compatible(diff_q, cur) and diff_q.index > cur.index and len(pairs) == 1:
                down = bool(re.search(r"减少|下降|少", d.label(diff_q)))
                diff = diff_q.value
                if cur.is_money:  # "3.5万元,比上年增加5000元": the difference in the current's unit
                    diff = money_value(diff_q) / _MONEY_SCALE.get(cur.unit, Decimal(1))
                prev = cur.value + diff if down else cur.value - diff
            out.append(Relation("change", "change.yoy", {"current": cur, "percent": pct}, sign=sign, previous=prev))
            if isinstance(prev, Quantity) and diff_q is not None and compatible(diff_q, cur):
                # "较去年同期的355起,下降101起": the two figures and the difference add up.
                if sign < 0:
                    out.append(Relation("sum", "sum.difference", {"total": prev, "parts": [cur, diff_q]}))
                else:
                    out.append(Relation("sum", "sum.difference", {"total": cur, "parts": [prev, diff_q]}))
    return out


def _change_context(d: _Doc, pct: Quantity) -> tuple[list[Quantity], Quantity | None, Quantity | None]:
    """The figures a change is about (the last group before it), the previous figure, the difference."""
    s = d.s
    sent = max(s.rfind("。", 0, pct.start), s.rfind("\n", 0, pct.start), s.rfind(";", 0, pct.start)) + 1
    before = [q for q in d.qs if sent <= q.start < pct.start and not q.is_percent]
    prev_q = diff_q = None
    for q in reversed(before):
        ql = d.label(q)
        if prev_q is None and (_PREV_INLINE.search(ql) or re.search(r"(较|比)(上年|去年|\d{4}年)?(同期)?的?$", ql)
                               or re.search(r"(上年|去年|\d{4}年)(同期)?(为|是|有|共)?$", ql)):
            prev_q = q
        elif diff_q is None and (_DIFF.search(ql) or re.search(r"^,?(下降|减少|增加|上升)了?$", ql)):
            diff_q = q
    subjects = [q for q in before if q is not prev_q and q is not diff_q and not d.in_parentheses(q)]
    if subjects and any(q.is_percent and subjects[-1].index < q.index < pct.index
                        and not _is_change_percent(d, q) for q in d.qs):
        # "受理100件,办结率为98.5%,同比提高1.2%": the change may be the rate's, not the count's.
        return [], prev_q, diff_q
    if not subjects and s[sent - 1 : sent] == ";":
        # "…;环比…分别上升53.3%、33.3%": the figures are in the sentence before the ";".
        sent = max(s.rfind("。", 0, pct.start), s.rfind("\n", 0, pct.start)) + 1
        before = [q for q in d.qs if sent <= q.start < pct.start and not q.is_percent]
        subjects = [q for q in before if q is not prev_q and q is not diff_q and not d.in_parentheses(q)]
    if not subjects:
        return [], prev_q, diff_q
    # The last group: figures listed together ("23起、死亡20人、受伤6人").
    group = [subjects[-1]]
    for q in reversed(subjects[:-1]):
        between = s[q.end : group[0].start]
        if re.search(r"[。;]", between) or len(re.sub(r"\([^()]*\)", "", between)) > 14:
            break
        group.insert(0, q)
    return group, prev_q, diff_q


def _named_subject(d: _Doc, subjects: list[Quantity], lab: str) -> Quantity | None:
    """"起数同比下降16.67%" / "受伤人数上升20%": the figure the change names."""
    cands = subjects
    if "起数" in lab:
        cands = [q for q in subjects if q.unit == "起"] or subjects
    elif "人数" in lab or "人次" in lab:
        cands = [q for q in subjects if q.unit in ("人", "名", "人次")] or subjects
    words = re.sub(r"(同比|环比|上升|增长|增加|提高|下降|减少|降低|人数|起数|数量|,|、|;|均|分别)", "", lab)
    if len(words) >= 2:
        best = max(cands, key=lambda q: _overlap(d.label(q), words))
        if _overlap(d.label(best), words) >= 2:
            return best
    if len(cands) == 1 and cands is not subjects:
        return cands[0]
    return None


def _closest(subjects: list[Quantity], diff_q: Quantity | None) -> Quantity:
    if diff_q is not None:
        earlier = [q for q in subjects if q.index < diff_q.index and compatible(q, diff_q)]
        if earlier:
            return earlier[-1]
    return subjects[-1]


# --- equalities by meaning, catalog rules ------------------------------------------


@lru_cache(maxsize=1)
def load_rules() -> list[dict]:
    text = resources.files("toolkit").joinpath("catalog/rules.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    rules = data.get("rules")
    if not isinstance(rules, list):
        raise CatalogError("expected a 'rules' list", path="toolkit/catalog/rules.yaml")
    for r in rules:
        if r.get("kind") not in ("sum", "ratio", "equal", "bound", "count_amount"):
            raise CatalogError(f"unknown kind {r.get('kind')!r}", path="toolkit/catalog/rules.yaml",
                               location=str(r.get("id")))
    return rules


def _catalog_rules(d: _Doc, metrics: list[Metric]) -> list[Relation]:
    by_key = {m.key: m.quantity for m in metrics}
    out: list[Relation] = []
    for r in load_rules():
        kind = r["kind"]
        roles: dict[str, Quantity | list[Quantity] | None] = {}
        keys: dict[str, str] = {}
        ok = True
        for role in ("total", "numerator", "denominator", "percent", "smaller", "larger", "count", "amount"):
            if role in r:
                q = by_key.get(r[role])
                if q is None:
                    ok = False
                    break
                roles[role] = q
                keys[role] = r[role]
        for role in ("parts", "values"):
            if role in r:
                qs = [by_key.get(k) for k in r[role]]
                if any(q is None for q in qs):
                    ok = False
                    break
                roles[role] = qs  # type: ignore[assignment]
                keys[role] = ",".join(r[role])
        if not ok:
            continue
        if r.get("same_section") and not d.same_section(_flat(roles)):
            continue
        if r.get("unless") and re.search(r["unless"], d.section_text(_flat(roles))):
            continue  # the report says something that voids the rule ("行政强制决定3起")
        fine = tuple(r["average_fine"]) if kind == "count_amount" and r.get("average_fine") else None
        out.append(Relation(kind, f"catalog.{r['id']}", roles, source="catalog", keys=keys, fine_range=fine))
    return out


def _flat(roles: dict) -> list[Quantity]:
    out = []
    for v in roles.values():
        if isinstance(v, list):
            out.extend(v)
        elif v is not None:
            out.append(v)
    return out


def _label_words(d: _Doc, q: Quantity) -> str:
    lab = d.label(q)
    if q.in_table:
        # The row's header: its first cell that is not a bare figure.
        row = d.s[d.s.rfind("\n", 0, q.start) + 1 : q.start]
        lab = next((c for c in row.split("|") if c.strip() and not re.fullmatch(r"[\d.,%\s]+", c)), "")
    else:
        # "共收到8份政府信息公开申请": the noun can follow the figure -- up to the next
        # punctuation ("办结47件,结转下年度…2件": the words after the comma are the next figure's).
        lab += re.split(r"[,;:。()]", d.after(q, 12))[0]
    lab = re.sub(r"^\d{4}年(度|末|底)?", "", re.sub(r"[^\u4e00-\u9fff\d]", "", lab))
    return re.sub(r"(共|为|达|有|总计|合计|共计|累计|全年|全县|全市|全区|本年度|本年|今年)", "", lab)


def _table_total_cell(tables: list[Table], q: Quantity) -> Quantity:
    """The figure that stands for a table row as a whole: for the first figure of a row that
    breaks a figure down by columns ("自然人|商业企业|…|总计"), the row's total column (metrics
    already claim that one; see ``tables.row_totals``); else the cell."""
    return row_totals(tables).get(q.index, q)


def _repeated_metrics(d: _Doc, metrics_all: dict[str, list[Quantity]],
                      tables: list[Table] | None = None) -> list[Relation]:
    """One metric printed twice (prose and table, summary and section): the figures must agree.

    Only figures whose labels say the same thing are paired, each with the first statement
    (pairing every two restatements would grow with the square of their number). Two prose
    statements with one label may describe two scopes (a year, a school level), so they are
    paired only when they agree; a table restating the prose may not differ.
    """
    out = []
    for key, qs in metrics_all.items():
        if tables:
            mapped = {}
            for q in qs:
                t = _table_total_cell(tables, q) if q.in_table else q
                mapped.setdefault(t.index, t)
            qs = list(mapped.values())
            if len(qs) < 2:
                continue
        first = qs[0]
        a = _label_words(d, first)
        for other in qs[1:]:
            if not (compatible(first, other) or not other.unit or not first.unit):
                continue
            if first.value != other.value and first.in_table == other.in_table:
                continue
            if _scaled_copy(first.value, other.value):
                continue  # "35.6万元" and a table "(单位:元)" showing 356000: the same figure in another unit
            b = _label_words(d, other)
            shared = _overlap(a, b) if a and b else 0
            if shared >= 4 and shared >= 0.5 * min(len(a), len(b)):
                out.append(Relation("equal", "equal.restated", {"values": [first, other]}, keys={"values": key}))
    return out


def _scaled_copy(x: Decimal, y: Decimal) -> bool:
    if not x or not y:
        return False
    return any(x * f == y or y * f == x for f in (Decimal(1000), Decimal(10_000), Decimal(100_000_000)))


def find_relations(text: Text, quantities: list[Quantity], metrics: list[Metric],
                   restated: dict[str, list[Quantity]] | None = None, doc: _Doc | None = None) -> list[Relation]:
    """Every relation the text states, de-duplicated, in reading order."""
    d = doc if doc is not None else _Doc(text, quantities, metrics)
    rels: list[Relation] = []
    rels += _breakdowns(d)
    rels += _includes(d)
    rels += _parenthesised_lists(d)
    rels += _trailing_totals(d)
    rels += _status_splits(d)
    rels += _subsets_by_meaning(d)
    tables = find_tables(d.s, quantities)
    rels += _table_relations(d, tables)
    rels += _ratios(d)
    rels += _per_capita(d)
    rels += _changes(d)
    rels += _repeated_metrics(d, restated or {}, tables)
    rels += _ratio_expressions(d, rels)
    text_sigs = {r.signature() for r in rels}
    for r in _catalog_rules(d, metrics):
        if r.signature() not in text_sigs and not _covered_by_text(r, rels):
            rels.append(r)
    seen: set = set()
    out = []
    for r in rels:
        sig = r.signature()
        if sig in seen:
            continue
        seen.add(sig)
        out.append(r)
    out.sort(key=lambda r: min((q.start for q in r.quantities()), default=0))
    return out


def _covered_by_text(rule: Relation, rels: list[Relation]) -> bool:
    """A catalog rule restating a relation the text already gave (same figures) adds nothing."""
    mine = {q.index for q in rule.quantities()}
    for r in rels:
        if r.kind == rule.kind and {q.index for q in r.quantities()} == mine:
            return True
        if rule.kind == "bound" and r.kind == "ratio" and mine <= {q.index for q in r.quantities()}:
            return True
    return False
