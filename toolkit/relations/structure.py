"""The text around the figures: segments, sentences, paragraphs, labels, headings.

Every look-up is by bisect over positions computed once, so the families stay linear in the
text's length."""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable, Iterator
from functools import cache
from typing import TypeVar

from ..metrics import Metric
from ..normalize import Text
from ..quantities import Quantity
from .item_lines import clauses_counted
from .kinds import narrows_the_whole, of_another_kind

T = TypeVar("T")
_UNKNOWN = object()
SEG_END = "。！？!?\n;"
SENT_END = "。！？!?\n"
_HEADING = re.compile(r"\n(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}[章节部分])")
_NEGATION = re.compile("[不未]|非(?!常|法)")  # (any negation word: a set named free of it)
_CLAUSE_CUT = re.compile(r"[,;:、]")


# A clause ends at these inside a label (。 and ; end the label itself).
_NOT_CJK_OWN = re.compile(r"[^\u4e00-\u9fff]")


class _Doc:
    """Positions and neighbourhoods of the quantities in the normalized text."""

    def __init__(self, text: Text, quantities: list[Quantity], metrics: list[Metric]):
        # A half-width "." closing a sentence is already a "。" (normalize).
        self.s = text.text
        self.text = text  # (the original too: a Markdown list item's mark is dropped from ``s``)
        self.qs = quantities
        self.key_of: dict[int, str] = {m.quantity.index: m.key for m in metrics}
        # Positions of the segment ends, for bisect: label() is called for every figure. Arrays,
        # not lists: 8 bytes a position, not an int object each (a long report has millions).
        self._char_marks: dict[str, array] = {}  # one character -> its positions (sets are merged from these)
        self._seg_bounds = self._merged(SEG_END)
        self._sent_bounds = self._merged(SENT_END)
        self._starts = [q.start for q in quantities]
        self._heads = [m.start() for m in _HEADING.finditer(self.s)]
        # Every figure's label, once: each family asks for it, a dozen times a figure.
        self._label_list = [self._label_of(q) for q in quantities]
        self._marks: dict[str, array] = {SEG_END: self._seg_bounds, SENT_END: self._sent_bounds}
        self._in_aside: list[bool | None] = [None] * len(quantities)
        self._answers: dict[str, list[object]] = {}  # per_figure/memo: name -> answer by figure index
        self._opens: list[int] | None = None  # positions of "(" and ")", listed on first use
        self._closes: list[int] = []
        self._figure_sentences: list[tuple[int, int, list[Quantity]]] | None = None  # listed on first use
        self._pieces: dict[str, tuple[re.Pattern, list[str | None]]] = {}  # separators -> each figure's last piece
        # Per-document answers of the figure model (``roles``, ``figures``), computed once on first use.
        self.cache: dict[str, object] = {}

    def per_figure(self, name: str, q: Quantity, answer: Callable[[Quantity], T]) -> T:
        """``answer(q)``, computed once per figure of the document under ``name`` (a family asks
        the same question of a figure again for every list or total it may belong to); a copy of
        a figure is answered afresh."""
        known = self._answers.get(name)
        if known is None:
            known = self._answers[name] = [_UNKNOWN] * len(self.qs)
        i = q.index
        if 0 <= i < len(known) and self.qs[i] is q:
            found = known[i]
            if found is _UNKNOWN:
                found = known[i] = answer(q)
            return found  # type: ignore[return-value]
        return answer(q)

    def memo(self, name: str, q: Quantity, answer: Callable[[_Doc, Quantity], T]) -> T:
        """``answer(self, q)`` as ``per_figure`` keeps it, for a module-level ``answer`` (no closure
        made at each ask: the figure model's memos are asked ~9,000 times over the bench's reports,
        and a hit costs a list look-up, not a dict's and a lambda's)."""
        known = self._answers.get(name)
        if known is None:
            known = self._answers[name] = [_UNKNOWN] * len(self.qs)
        i = q.index
        if 0 <= i < len(known) and self.qs[i] is q:
            found = known[i]
            if found is _UNKNOWN:
                found = known[i] = answer(self, q)
            return found  # type: ignore[return-value]
        return answer(self, q)

    def from_index(self, i: int) -> Iterator[Quantity]:
        """The figures from index ``i`` on, one at a time: a walk that stops after a few figures costs
        a few steps (``qs[i:]`` copies all the rest of the list, and islice steps over the first i)."""
        qs = self.qs
        return (qs[j] for j in range(i, len(qs)))

    def back_from(self, i: int) -> Iterator[Quantity]:
        """The figures before index ``i``, nearest first, one at a time (``reversed(qs[:i])`` copies
        every figure before ``i``, once per figure asking: a walk back of a few steps costs a few)."""
        qs = self.qs
        return (qs[j] for j in range(i - 1, -1, -1))

    def seg_start(self, pos: int) -> int:
        """Start of the segment (after the last 。!?;\n) holding ``pos``."""
        i = bisect.bisect_right(self._seg_bounds, pos - 1) - 1
        return self._seg_bounds[i] + 1 if i >= 0 else 0

    def own_words(self, q: Quantity) -> str:
        """The Chinese words of the last clause of the figure's label ("…,其中税收收入" -> 其中税收收入):
        what names the figure itself. Computed once per figure."""
        return self.memo("own_words", q, _own_words)

    def clause(self, q: Quantity) -> str:
        """The figure's label after its last , : or 、 -- ``re.split("[,;:、。]", label)[-1]``, which a
        dozen families read (a label holds no 。 ; ! ? nor line end: they end its segment, so the
        families' splits at those too are this one)."""
        return self._known_piece(q, ",:、")  # (asked ~6,000 times a pass)

    def phrase(self, q: Quantity) -> str:
        """The figure's label after its last , or : -- ``re.split("[,;:。]", label)[-1]``."""
        return self._known_piece(q, ",:")  # (~3,000 asks a pass)

    def _known_piece(self, q: Quantity, seps: str) -> str:
        """``piece(q, seps)``, read straight from its list when already known (no second call)."""
        known = self._pieces.get(seps)
        if known is not None:
            i = q.index
            pieces = known[1]
            if 0 <= i < len(pieces) and self.qs[i] is q:
                found = pieces[i]
                if found is not None:
                    return found
        return self.piece(q, seps)

    def piece(self, q: Quantity, seps: str) -> str:
        """The figure's label after the last of ``seps`` in it (all of it when none is), read once per
        figure and set of separators however many families ask."""
        known = self._pieces.get(seps)
        if known is None:
            known = self._pieces[seps] = (_ends_pattern(seps), [None] * len(self.qs))
        cut, pieces = known
        i = q.index
        if 0 <= i < len(pieces) and self.qs[i] is q:
            found = pieces[i]
            if found is None:
                found = pieces[i] = cut.split(self._label_list[i])[-1]
            return found
        return cut.split(self.label(q))[-1]  # (a copy of a figure: read afresh)

    def label(self, q: Quantity) -> str:
        """Text between the previous figure (or the segment start) and this one (listed once for
        the document's own figures)."""
        i = q.index
        try:
            if self.qs[i] is q and i >= 0:  # a figure of the document (the list's own order)
                return self._label_list[i]  # type: ignore[return-value]
        except IndexError:
            pass
        return self._label_of(q)

    def _label_of(self, q: Quantity) -> str:
        start = self.seg_start(q.start)
        if q.index and self.qs[q.index - 1].end > start:
            start = self.qs[q.index - 1].end
        return self.s[start : q.start]

    def after(self, q: Quantity, limit: int = 30) -> str:
        end = q.end + limit  # a slice stops at the text's end by itself
        nxt = q.index + 1
        if nxt < len(self.qs) and self.qs[nxt].start < end:
            end = self.qs[nxt].start
        return self.s[q.end : end]

    def in_parentheses(self, q: Quantity) -> bool:
        """Is the figure inside an aside "( … )" of its sentence? (answered once per figure)"""
        i = q.index
        try:
            if self.qs[i] is q and i >= 0:
                known = self._in_aside[i]
                if known is None:
                    known = self._in_aside[i] = self._opened(q.sentence[0], q.start)
                return known
        except IndexError:
            pass
        return self._opened(q.sentence[0], q.start)

    def in_parentheses_at(self, pos: int) -> bool:
        return self._opened(self.last_before("。\n", pos) + 1, pos)

    def _opened(self, a: int, b: int) -> bool:
        """More "(" than ")" in s[a:b] -- counted by bisect over the brackets' positions (a long
        sentence counted afresh for each of its figures was quadratic)."""
        opens = self._opens
        if opens is None:  # lists the positions of "(" and ")" once
            opens = self._opens = self._merged("(")
            self._closes = self._merged(")")
        closes = self._closes
        n_open = bisect.bisect_left(opens, b) - bisect.bisect_left(opens, a)
        n_close = bisect.bisect_left(closes, b) - bisect.bisect_left(closes, a)
        return n_open > n_close

    def same_section(self, qs: list[Quantity]) -> bool:
        """No heading line ("一、", "(二)") stands between the figures."""
        a = min(q.start for q in qs)
        b = max(q.start for q in qs)
        return not _HEADING.search(self.s, a, b)

    def section_text(self, qs: list[Quantity]) -> str:
        """The text of the section(s) holding the figures, heading to heading."""
        a = min(q.start for q in qs)
        b = max(q.end for q in qs)
        heads = self._heads
        i = bisect.bisect_right(heads, a)
        start = heads[i - 1] if i else 0
        j = bisect.bisect_left(heads, b)
        end = heads[j] if j < len(heads) else len(self.s)
        return self.s[start:end]

    def positions(self, chars: str) -> array:
        """Positions of any of ``chars`` in the text, in order, listed once per set of characters."""
        marks = self._marks.get(chars)
        if marks is None:
            marks = self._marks[chars] = self._merged(chars)
        return marks

    def _merged(self, chars: str) -> array:
        """Positions of any of ``chars``: each character's positions are listed once per document
        (``str.find``, which skips to it: the sets asked for share most of their characters) and
        a set's are their merge -- what one pass of a character class over the text finds."""
        lists = []
        for c in dict.fromkeys(chars):  # (a character given twice is listed once)
            marks = self._char_marks.get(c)
            if marks is None:
                marks = self._char_marks[c] = _char_positions(self.s, c)
            lists.append(marks)
        if len(lists) == 1:
            return lists[0]
        return array("q", sorted(itertools.chain.from_iterable(lists)))

    def last_before(self, chars: str, pos: int) -> int:
        """Position of the last of ``chars`` before ``pos`` (-1: none), as ``max(s.rfind(c, 0, pos))``
        -- by bisect over positions listed once per set of characters: an rfind for a character the
        text seldom has ("!", ";") scans back to the start, once per figure."""
        marks = self._marks.get(chars) or self.positions(chars)  # (asked ~5,000 times a pass: no call when listed)
        i = bisect.bisect_left(marks, pos)
        return marks[i - 1] if i else -1

    def chinese(self) -> str:
        """The text's Chinese characters alone, listed once per report. Any piece of the text with its
        other characters taken out (``_NOT_CJK.sub("", clause)``: a figure's words) is a run of it, so
        a plain pattern -- no look-around, no anchor -- that matches nowhere in it matches no such piece:
        a family whose every reading needs one is skipped at once."""
        found = self.cache.get("chinese")
        if found is None:
            found = self.cache["chinese"] = _NOT_CJK_OWN.sub("", self.s)
        return found  # type: ignore[return-value]

    def in_range(self, a: int, b: int) -> list[Quantity]:
        """The figures starting in [a, b), by bisect (figures are in reading order)."""
        return self.qs[bisect.bisect_left(self._starts, a) : bisect.bisect_left(self._starts, b)]

    def before(self, pos: int) -> int:
        """Index of the first figure starting at or after ``pos`` (= the number of figures before it)."""
        return bisect.bisect_left(self._starts, pos)

    def figure_sentences(self) -> list[tuple[int, int, list[Quantity]]]:
        """(start, end, figures) of each sentence (up to a ``SENT_END`` character) holding a
        figure, in reading order: a walk over these, not over every sentence of the text. Listed
        once per document (five families walk them); read-only -- the lists are shared."""
        if self._figure_sentences is None:
            self._figure_sentences = self._list_figure_sentences()
        return self._figure_sentences

    def _list_figure_sentences(self) -> list[tuple[int, int, list[Quantity]]]:
        bounds, starts, n = self._sent_bounds, self._starts, len(self.qs)
        out = []
        i = 0
        while i < n:
            k = bisect.bisect_left(bounds, starts[i])
            end = bounds[k] if k < len(bounds) else len(self.s)
            j = bisect.bisect_left(starts, end, i)
            if j == i:  # a figure starting on the end character itself belongs to no sentence
                i += 1
                continue
            out.append((bounds[k - 1] + 1 if k else 0, end, self.qs[i:j]))
            i = j
        return out

    def next_end(self, pos: int, ends: str) -> int:
        """Position of the first segment (``SEG_END``) or sentence (``SENT_END``) end at or after ``pos``
        -- or of the first of any other characters ``ends`` names (a scan from ``pos``)."""
        if ends != SENT_END and ends != SEG_END:
            m = _ends_pattern(ends).search(self.s, pos)
            return m.start() if m else len(self.s)
        bounds = self._sent_bounds if ends == SENT_END else self._seg_bounds
        i = bisect.bisect_left(bounds, pos)
        return bounds[i] if i < len(bounds) else len(self.s)


def _own_words(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK_OWN.sub("", d.clause(q))


@cache
def _ends_pattern(ends: str) -> re.Pattern:
    return re.compile("[" + re.escape(ends) + "]")


_CHAR_SETS: dict[str, re.Pattern] = {}


def _positions(s: str, chars: str) -> array:
    """Positions of any of ``chars`` in ``s``, in order (one regex pass): the plain computation
    ``_Doc`` merges per character."""
    pat = _CHAR_SETS.get(chars)
    if pat is None:
        pat = _CHAR_SETS[chars] = re.compile("[" + "".join(re.escape(c) for c in chars) + "]")
    return array("q", [m.start() for m in pat.finditer(s)])


_ONE_CHAR: dict[str, re.Pattern] = {}
_START = re.Match.start


def _char_positions(s: str, c: str) -> array:
    """Positions of the character ``c`` in ``s``, in order: the starts of a one-character pattern's
    matches, mapped in C (a ``str.find`` loop steps in Python from each to the next: for the commas,
    full stops and line ends of a report, a third slower)."""
    if c not in s:  # (most characters a gate asks for are not in a given report: one scan in C, no regex)
        return array("q")
    pat = _ONE_CHAR.get(c)
    if pat is None:
        pat = _ONE_CHAR[c] = re.compile(re.escape(c))
    return array("q", map(_START, pat.finditer(s)))


# --- breakdowns ----------------------------------------------------------------


# a figure naming the set its clause breaks down ("败诉的7件中,", "审结的12件案件中:")
_OPENS_A_SET = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:之|当)?中[,:]")


def _list_lines_end(d: _Doc, pos: int) -> int:
    """End of the list items on the lines after ``pos`` ("其中:\n投诉8126件,\n举报3354件,\n…"):
    short lines each holding a figure, up to the first that closes the sentence."""
    s = d.s
    end = pos
    line_start = pos + 1 if pos < len(s) and s[pos] == "\n" else pos
    named = 0  # item lines so far, each its name and a colon ("来信:612件次")
    marked = 0  # item lines so far, each opened by a list marker ("(一)", "1.", "-")
    first_style: str | None = None  # the kind of marker they are opened by
    ordinal: int | None = None  # the number of the last marker ("(三)" -> 3; None: unnumbered)
    counts: list[int] = []  # the figures of one measure each item line counts in clauses of their own
    while line_start < len(s):
        line_end = s.find("\n", line_start)
        line_end = len(s) if line_end < 0 else line_end
        line = s[line_start:line_end].strip()
        if not line or len(line) > 60 or "|" in line or not d.in_range(line_start, line_end):
            break
        style = _marker_style(line)
        if style is not None and marked and (style != first_style or not _next_ordinal(line, ordinal)):
            break  # "- 求助类:562件\n(五)全年共计检查…": a marker of another kind, or out of sequence ("(四)…\n
            # (六)…"), is the outer list's next item
        if style is not None:
            first_style = first_style or style
            ordinal = _ordinal(line)
            marked += 1
        elif marked >= 2:
            break  # "(一)咨询…\n(二)…\n全年共受理来电来信918件": a line with no marker after marked items is none
        if end > pos and _OPENS_A_SET.match(s, d.in_range(line_start, line_end)[0].end):
            break  # "…\n其他领域14件\n败诉的7件中,因程序违法4件,…": a set of its own, broken down on its line
        if _NAMED_ITEM.match(line):
            named += 1
        elif named >= 2:
            # "来信:612件次\n来访:…\n来访中,集体访…。", "(一)咨询类…\n(二)投诉类…\n咨询类诉求由座席…":
            # a line after the named, numbered or bulleted items, marked as none of them, is none of them
            break
        counts.append(clauses_counted(d, line_start, line_end))
        end = line_end
        if line.endswith(("。", "!", "?")) and not (marked and _marked_item_next(d, line_end, first_style, ordinal)):
            break  # (a line of marked items ends its sentence, the next marked item goes on with the list)
        line_start = line_end + 1
    # ("1.网吧800家次,责令整改50家次;\n2.歌舞娱乐场所600家次;": one item with a count in a clause after its own,
    # the others without: which are the parts is open; items each with 收入, 支出, 结余 are read by position)
    return pos if max(counts, default=1) > 1 and len(set(counts)) > 1 else end


def _marked_item_next(d: _Doc, line_end: int, style: str | None, ordinal: int | None) -> bool:
    """Is the line after ``line_end`` a short item opened by the next list marker of kind ``style``,
    holding a figure?"""
    start = line_end + 1
    end = d.s.find("\n", start)
    end = len(d.s) if end < 0 else end
    line = d.s[start:end].strip()
    return bool(line) and len(line) <= 60 and _marker_style(line) == style and _next_ordinal(line, ordinal) \
        and bool(d.in_range(start, end))


_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}


def _ordinal(line: str) -> int | None:
    """The number a marker gives its line ("(三)" -> 3, "12." -> 12, "十一、" -> 11); None: unnumbered."""
    m = re.match(r"\(?([一二三四五六七八九十]{1,3}|\d{1,2})", line)
    if m is None:
        return None
    t = m.group(1)
    if t.isdigit():
        return int(t)
    if len(t) == 1:
        return _CN_DIGITS[t]
    tens, _, ones = t.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _next_ordinal(line: str, last: int | None) -> bool:
    """Does ``line``'s marker number follow ``last`` (or is either unnumbered)?"""
    n = _ordinal(line)
    return last is None or n is None or n == last + 1


def _marker_style(line: str) -> str | None:
    """The kind of list marker opening ``line`` ("(一)", "1.", "-", "①"), None when there is none."""
    m = _ITEM_MARKER.match(line)
    if m is None:
        return None
    c = m.group()[0]
    return "paren" if c == "(" else "dash" if c in "-•·" else "num" if c.isdigit() else "circled"

_NAMED_ITEM = re.compile(r"[^,;。:\d]{1,12}:")
_ITEM_MARKER = re.compile(r"(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、．](?!\d)|[-•·]|[①-⑳])")
# (compiled once: asked per breakdown and per candidate figure)
_OPENER_WORDS = re.compile(r"(办理结果|具体|情况)")
# (nor a rank: "一季度受理量最多,占全年的65.5%" names the 一季度 item, as "一季度最多" does)
# (at the subject's end only: "最多跑一次事项" is the name of a reform)
_NOT_NAMING = re.compile(r"[,;:()\s]|的|总数|数量|总量|数|(?:(?:最|较)(?:多|高|大|少|低)|居首位?|排名?第一位?|位居第一)(?=$|[,;:()\s])")
_PUNCT_SPACE = re.compile(r"[,;:()\s]")
_OPENING = 80  # the title line's characters: a period named there is the report's own span
_OWN_PERIOD = re.compile(r"本(?:季度|季|月|年度|年|期|半年)")  # (not 当月: the month just named)
_NAMED_PERIOD = re.compile(r"当(?:月|期|季度|季)")
_SPAN = re.compile(r"累计|\d{1,2}\s*[-—–~至到]\s*\d{1,2}月|[一二三四五六七八九十]{1,2}[-—–至到][一二三四五六七八九十]{1,2}月|前[一二三四五六七八九十\d]{1,2}个?月")
_OTHER_PERIOD = re.compile(r"[一二三四1-4第]季度|[上下]半年|[上去前]年|上(?:季度|月|期)|\d{1,2}月|[一二三四五六七八九十]{1,2}月")
# A negated word ("不予受理", "未办结", "不满意") names the opposite of what it negates: it names no
# base "受理总数" / "办结总数" / "满意数" that does not say the negation itself.
# (非 too: 非税收入 is no 税收, 非户籍人口 no 户籍人口 -- but 非常 is "very", 非法 "illegal")
_NEGATED = re.compile(r"(?:不予|未予|尚未|暂未|未|不|非(?!常|法))[\u4e00-\u9fff]{2}")


def _is_list_opener(s: str, a: int, b: int) -> bool:
    return bool(_OPENER_WORDS.match(s[a:b])) or s[max(0, a - 1)] == "。"


def _paragraph_start(d: _Doc, pos: int) -> int:
    return d.last_before("\n", pos) + 1


# The noun of the work every figure of a hotline or a case load shares ("办结工单", "受理案件"): the
# words before it name the act that picks the set out ("接通来电": the calls answered, not 接听来电 received).
_WORK_NOUN = re.compile(r"(?:工单|案件|事项|诉求|来电|来信)$")
_SCOPE_LEAD = re.compile(r"全|本|我|该|各|今年|当年|年内")


def _find_by_label(d: _Doc, cands: list[Quantity], words: str, pos: int) -> Quantity | None:
    """The latest figure before ``pos`` in the same paragraph whose label ends like ``words``."""
    said, words = words, _NOT_NAMING.sub("", words)
    # "占本季度受理总量的": the report's own period names no figure of another one ("一季度受理14.23万件")
    own_period = _OWN_PERIOD.match(words)
    if own_period:
        words = words[own_period.end() :]
    # "占当月受理总量的": the month just named, never a span of months or a running total ("1-9月累计受理")
    named_period = _NAMED_PERIOD.match(words) if not own_period else None
    if named_period:
        words = words[named_period.end() :]
    if len(words) < 2:
        return None
    para = _paragraph_start(d, pos)
    generic = _WORK_NOUN.search(words)
    act = words[: generic.start()] if generic is not None and generic.start() >= 2 else ""
    act = "" if _SCOPE_LEAD.match(act) else act  # ("全镇工单": a scope, no act)
    scope = _SCOPE.search(words)
    negated_free = not _NEGATION.search(words)
    stock = STOCK.search(words)
    best = None
    best_score: tuple[int, ...] = (0, 0, 0, -(10**6))
    for q in cands:
        if q.start < para - 400:
            continue
        # (a bracket right after the figure before is that figure's: "6,635人(户籍人口),常住人口6,102人")
        lab = _PUNCT_SPACE.sub("", _JOINED.sub("", _LEADING_ASIDE.sub("", d.label(q))))
        if postposed(d, q):
            continue  # "造成12人死亡、30人受伤": each noun after its figure; the 死亡 before "、" is the 12's
        if (own_period and _OTHER_PERIOD.search(d.own_words(q))) or (named_period and _SPAN.search(d.own_words(q))):
            continue
        if negated_free:
            lab = _NEGATED.sub("", lab)
        score = _overlap(lab, words)
        if score < max(2, len(words) // 2) or (words[0] in "无未" and words[0] not in lab):
            continue  # (also "无差评事项": what is not so is named by no figure that is)
        if q.start < para and "(" in d.label(q) and \
                (bare := _overlap(_PUNCT_SPACE.sub("", _ASIDES.sub("", d.label(q))), words)) < score and bare < 4:
            continue  # a figure of an earlier paragraph named only by its bracketed alias is not named
            # ("廉租住房(公共租赁住房)建设补充资金" is no "租赁住房" of a later paragraph's shares)
        if act and _overlap(lab, act) < 2:
            continue  # "办结工单中…": the set is named by its act (办结), not the work's noun every figure shares
        if stock and not STOCK.search(lab):
            continue  # "个人住房贷款余额占…": a balance, never the flow "回收个人住房贷款…" nor a limit
        if of_another_kind(lab, words) or narrows_the_whole(_CLAUSE_CUT.split(lab)[-1], said, d.s[:_OPENING].split("\n", 1)[0]):
            continue  # "户籍人口" is not "常住人口6,102人", "农村居民" not "城镇居民…": another kind of the noun
        if not _SAYS_DUE.search(words) and (_DUE_WORK.search(lab) or (
                (due := _DUE.search(lab)) and words[:2] in due.group(due.lastindex))):
            continue  # "应审结案件1,803件", "通知负责人出庭…": what was due, never the "审结案件" done
            # (nor "全镇工单": "全年应办理工单1,883件" counts last year's carried in too)
        if not _FOLLOW_UP.search(words) and re.search(_FOLLOW_UP.pattern + "[^,;。]{0,4}" + re.escape(words[-2:]), lab):
            continue  # "回访我镇工单1,527件": those called back, not the "全镇工单"
        if "中" in lab and _among_only(d.label(q), words):
            continue  # "转办工单中,按时签收83,752件": a member of the set the words name, not the set
        if _later_act_of(lab, words):
            continue  # "转派工单办结174,809件" for "转派总量": what was closed of the set, not the set
        # Ties: the label naming the same jurisdiction ("全市申请总量" -> "全市共收到…申请"), then
        # the one sharing more of the words, then the one whose own words add least to them
        # ("常住人口" is "常住人口271.45万人", not "其中城镇常住人口176.43万人"), then the later one.
        own = _NOT_CJK_OWN.sub("", _CLAUSE_CUT.split(lab)[-1])
        key = (score, int(scope is not None and scope.group() in lab), len(set(lab) & set(words)),
               -max(0, len(own) - score))
        if key >= best_score:
            best, best_score = q, key
    return best


_LEADING_ASIDE = re.compile(r"^\([^()]*\)")
_POSTPOSED = re.compile(r"[\u4e00-\u9fff]{1,6}[、和及]")  # a label of the figure before's noun and a joint
_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]")


def postposed(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` one of a list whose nouns follow their figures ("造成12人死亡、30人受伤"), so that its
    label (the words before it: "死亡、") names the figure before and its own noun is the one after it?"""
    return _POSTPOSED.fullmatch(d.label(q)) is not None and _CJK_NEXT.match(d.s, q.end) is not None
_ASIDES = re.compile(r"\([^()]*\)")
# A balance's words: what stands at a date (余额, 结余), not what moved in the period.
STOCK = re.compile(r"余额|存量|结余|结存")


_DUE_WORK = re.compile(r"(?:应|共需|需)(?:当|该)?(?:办理|办结|审结|审理|受理|出庭|答复|处理|整改|回访|完成)")
_SAYS_DUE = re.compile(r"^应|^通知|应(?:当|该)?(?:办理|办结|审结|审理|受理|出庭|答复|处理|整改|回访|完成)|需")
_FOLLOW_UP = re.compile(r"回访|督办|退回|重办|抽查|评查|复核|复查")  # acts on part of a set already counted
_SCOPE = re.compile(r"全(国|省|市|区|县|州|盟|旗|镇|乡)|本(省|市|区|县|级)")
# (not 供应, 响应, 适应, 对应, 相应; a notice to appear is the appearance due)
_DUE = re.compile(r"(?<![供响适对相])应(?:当|该)?([\u4e00-\u9fff]{2})|通知[\u4e00-\u9fff]{0,10}?(出庭|到庭|到场|参加)")
# "受理案件连同上年结转的203件", "新收案件加上旧存的45件": the figure after the joiner is what follows
# it, not the thing before it.
_JOINED = re.compile(r"^.*(?:连同|加上)")
# "X中," opens a clause about members of X ("转办工单中,按时签收83,752件"): the figure after it is
# one of X, not X itself -- also with no comma when X is a set of cases or requests ("普通程序案件中当面
# 听取意见317件": of the cases heard under that procedure)
_AMONG = re.compile(r"[\u4e00-\u9fff]{2,}(?<![初高])中(?=[,:])"
                    r"|[\u4e00-\u9fff]+(?:案件|工单|诉求|申请|事项|投诉|举报)中(?![心央级型等期间])(?=[\u4e00-\u9fff])")


_LATER_ACT = re.compile(r"办结|办理完毕|答复|回访|签收|结案|审结|整改|满意")


def _later_act_of(label: str, words: str) -> bool:
    """Does ``label`` name, after the words it shares with ``words``, an act on the set that the
    words do not name ("转派工单办结" against "转派")?"""
    if len(words) < 2:
        return False
    at = label.find(words[:2])
    if at < 0:
        return False
    return any(m.group() not in words for m in _LATER_ACT.finditer(label, at + 2))


def _among_only(label: str, words: str) -> bool:
    """Do the words match ``label`` only in its "X中," opener (so the figure is a member of X)?"""
    if not _AMONG.search(label):
        return False
    rest = re.sub(r"[,;:()\s]", "", _AMONG.sub("", label))
    return _overlap(rest, words) < max(2, len(words) // 2)


def _overlap(a: str, b: str, floor: int = 0) -> int:
    """Length of the longest common substring (labels are short). With ``floor``: the length when
    it is longer than ``floor``, else ``floor`` (only runs longer than it are looked for -- what a
    caller asking ``>= floor + 1`` needs; a long threshold skips most of the search)."""
    best = floor
    n = len(b)
    for i in range(n - best):  # (a run starting later is no longer than the best)
        j = i + best + 1
        while j <= n and b[i:j] in a:
            best = j - i
            j += 1
    return best
