"""Where a figure stands: its line, sentence, paragraph and table caption."""

from __future__ import annotations

import bisect
import re
from array import array

from ..normalize import Text
from ..quantities import Quantity
from ..tables import find_tables, row_totals
from .words import _ASIDE, SEGMENT_END


class _Site:
    """Where a quantity sits: the label before it, the words after it, its segment.

    ``label`` and ``after`` are read for every figure; the rest only for the few
    figures that a catalog entry describes, so it is computed on first use.
    """

    __slots__ = ("_context", "_lines", "_paragraph", "_q", "_s", "_section", "_seg", "after", "label")

    def __init__(self, label: str, after: str, s: str, q: Quantity, seg: int, lines: _Lines):
        self.label = label
        self.after = after
        self._s, self._q, self._seg, self._lines = s, q, seg, lines
        self._context: str | None = None
        self._paragraph: str | None = None
        self._section: str | None = None

    def _surroundings(self) -> None:
        s, q = self._s, self._q
        para = self._lines.start_of(q.start)
        context = _ASIDE.sub("", s[self._seg : q.start])
        paragraph = s[para : q.start]
        if q.in_table:
            # A table cell's subject is in the table's caption, the line above the table.
            caption = self._lines.caption(para)
            context = caption + "\n" + context
            paragraph = caption + "\n" + paragraph
        self._context, self._paragraph = context, paragraph

    @property
    def context(self) -> str:
        """The segment up to the figure, asides in parentheses removed."""
        if self._context is None:
            self._surroundings()
        return self._context  # type: ignore[return-value]

    @property
    def paragraph(self) -> str:
        """The paragraph up to the figure."""
        if self._paragraph is None:
            self._surroundings()
        return self._paragraph  # type: ignore[return-value]

    @property
    def section(self) -> str:
        """What the figure's section is about, broadest first: the report's title, the headings
        above the figure (the chapter's, then the sub-section's), its paragraph up to it."""
        if self._section is None:
            # (the paragraph's last few hundred characters: a long unbroken text costs no more)
            self._section = self._lines.heads_above(self._q.start) + "\n" + self.paragraph[-_SECTION_TAIL:]
        return self._section

    @property
    def sentence(self) -> str:
        return self._s[self._q.sentence[0] : self._q.start]


_LINE_BREAK = re.compile("\n")


_SECTION_TAIL = 400

# A heading line: "一、…", "(二)…", "第三部分…" (Markdown marks are gone after normalising); its text
# is read up to its first sentence end ("(一)案件受理。全年…": a run-in heading).
_HEAD = re.compile(r"^[ \t]*(?:([一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])|"
                   r"(\([一二三四五六七八九十]{1,3}\)))([^\n。]{0,40})", re.MULTILINE)


class _Lines:
    """The lines of a text, for the figures that read their paragraph or their table's caption.

    A line's start is found by bisection (not by scanning back from the figure), and the
    caption above a run of table rows is looked for once per run, not once per cell: the
    cost stays linear however long a line or a table is. Built on first use: most figures
    never ask.
    """

    __slots__ = ("_breaks", "_captions", "_heads", "_s", "_title")

    def __init__(self, s: str):
        self._s = s
        self._breaks: array | None = None
        self._captions: dict[int, str] = {}
        self._heads: tuple[list[int], list[str]] | None = None
        self._title = ""

    def heads_above(self, pos: int) -> str:
        """The report's title (its first two lines) and the headings of the section holding ``pos``:
        the last chapter heading ("一、") before it and a sub-section heading ("(一)") after that one."""
        if self._heads is None:
            starts, texts = [], []
            for m in _HEAD.finditer(self._s):
                starts.append(m.start())
                # a chapter heading restarts the sub-sections: "(" marks a sub-section's text
                texts.append(("" if m.group(1) else "(") + m.group(0).strip())
            self._heads = (starts, texts)
            self._title = "\n".join([ln.strip()[:60] for ln in self._s[:400].split("\n") if ln.strip()][:2])
        starts, texts = self._heads
        k = bisect.bisect_right(starts, pos)
        out = []
        while k > 0:
            k -= 1
            text = texts[k]
            if text.startswith("("):
                if not out:
                    out.append(text[1:])
                continue
            out.append(text)
            break
        return self._title + "\n" + "\n".join(reversed(out))

    def start_of(self, pos: int) -> int:
        """Where the line holding ``pos`` starts (``s.rfind("\\n", 0, pos) + 1``)."""
        if self._breaks is None:
            self._breaks = array("q", [m.start() for m in _LINE_BREAK.finditer(self._s)])
        k = bisect.bisect_left(self._breaks, pos)
        return self._breaks[k - 1] + 1 if k else 0

    def caption(self, line_start: int) -> str:
        """The nearest line above ``line_start`` that is not a table row ("" when none): a
        table's caption. Each line above is looked at once over all calls."""
        found = self._captions.get(line_start)
        if found is not None:
            return found
        s = self._s
        visited = []
        end = line_start - 1
        found = ""
        while end > 0:
            if (known := self._captions.get(end + 1)) is not None:
                found = known
                break
            start = s.rfind("\n", 0, end) + 1
            visited.append(end + 1)
            line = s[start:end]
            if "|" not in line and line.strip():
                found = line
                break
            end = start - 1
        # Every line start passed on the way up has the same answer: the caption found.
        for k in visited:
            self._captions[k] = found
        self._captions[line_start] = found
        return found


_SEGMENT_END = re.compile("[" + re.escape(SEGMENT_END) + "]")
_AFTER_STOP = re.compile(r"[,;。:!?\n]")


def _sites(text: Text, quantities: list[Quantity]) -> list[_Site]:
    s = text.text
    n = len(s)
    bounds = [m.start() for m in _SEGMENT_END.finditer(s)]
    sites = []
    count = len(quantities)
    bisect_right = bisect.bisect_right
    after_stop = _AFTER_STOP.search
    lines = _Lines(s)
    prev_end = 0
    for i, q in enumerate(quantities):
        start, end = q.start, q.end
        # The start of the segment holding the figure (bounds: the SEGMENT_END positions).
        j = bisect_right(bounds, start - 1) - 1
        seg = bounds[j] + 1 if j >= 0 else 0
        left = prev_end if i and prev_end > seg else seg
        prev_end = end
        # Table cells: the label is the row header, the text before the first "|".
        label = s[left:start]
        if q.in_table and "|" in label.strip("| "):
            label = label.rsplit("|", 2)[0] + "|"
        nxt = quantities[i + 1].start if i + 1 < count else n
        limit = min(n, end + 40)
        m = after_stop(s, end, limit)
        stop = m.start() if m else n
        if stop == end and stop < n and s[stop] in ",:":
            # "1件,已结转至2026年": the words after a comma still describe the figure, unless
            # the clause after it holds the next figure: "办结47件,结转下年度2件", "审结79件,
            # 败诉2件" - those words are that figure's label.
            if nxt < n and not after_stop(s, end + 1, nxt):
                stop = end
            else:
                m = after_stop(s, end + 1, limit)
                stop = m.start() if m else n
        if nxt < stop and (k := s.find("、", end, nxt)) >= 0:
            stop = k  # "胜诉19件、败诉2件": the words after a 、 before the next figure are that figure's label
        after = s[end : min(stop, nxt, end + 40)].lstrip(",:")
        sites.append(_Site(label, after, s, q, seg, lines))
    _respective_labels(sites, quantities)
    _paired_amounts(sites, quantities)
    if any(q.in_table for q in quantities):
        # A row broken down by columns under a "总计" column stands for its total, not for its
        # first column: the row's label goes to the total cell.
        for first, total in row_totals(find_tables(s, quantities)).items():
            if total.index != first and total.index < count and quantities[total.index] is total:
                sites[total.index].label, sites[first].label = sites[first].label, sites[total.index].label
    return sites




# "城镇和农村居民人均可支配收入分别为42,386元和21,574元": names listed before 分别, one per figure after it
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{1,12}[、和及与])+[\u4e00-\u9fff]{1,16})分别(?:为|是|达到|达|有|实现)?$")
_JOINER = re.compile(r"^[、和及与,]$")


def _respective_labels(sites: list[_Site], quantities: list[Quantity]) -> None:
    """Give each figure of a 分别 list the name at its position: the first figure's label names the whole
    list (and would claim the last name's metric), the others' labels are only "和" or "、". The names
    before the last share its noun when they are qualifiers of one width ("城镇" and "农村居民人均可支配
    收入": 城镇居民人均可支配收入)."""
    for i, site in enumerate(sites):
        m = _LISTED.search(site.label)
        if m is None:
            _yearly(sites, quantities, i)
            continue
        items = [x for x in re.split(r"[、和及与]", m.group(1)) if x]
        run = _run_from(sites, quantities, i, len(items))
        if len(run) != len(items):
            continue  # (the figures do not match the names one to one: no position to read)
        # (the qualifiers' width: a middle item's, else two characters -- the first item may hold words
        # of the sentence before the list, "全年城镇")
        width = len(items[1]) if len(items) > 2 else 2
        shared = items[-1][width:] if all(len(x) == width for x in items[1:-1]) and len(items[-1]) > width else ""
        names = [x + shared if x is not items[-1] else x for x in items]
        head = site.label[: m.start()]
        for pos, name in zip(run, names, strict=True):
            sites[pos].label = head + name


def _run_from(sites: list[_Site], quantities: list[Quantity], i: int, most: int) -> list[int]:
    """The figures of a 分别 run from ``i`` on: joined by 、/和 and of one unit, at most ``most`` of them."""
    run = [i]
    k = i + 1
    while k < len(sites) and len(run) < most and _JOINER.match(sites[k].label.strip()) \
            and quantities[k].unit == quantities[i].unit:
        run.append(k)
        k += 1
    return run


# "2022年、2023年以本局为被申请人的行政复议案件分别为2件、1件": one figure per year listed
_YEARS_LISTED = re.compile(r"((?:(?:19|20)\d\d年度?[、和及与至])+(?:19|20)\d\d年度?)([^,;。\d]{0,30}?)分别(?:为|是|达到|达|有)?$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _yearly(sites: list[_Site], quantities: list[Quantity], i: int) -> None:
    """The figures of a 分别 list of years: the latest year's is the figure the noun names; an earlier
    year's keeps only its year (a comparison, no figure of the report's year)."""
    m = _YEARS_LISTED.search(sites[i].label)
    if m is None:
        return
    years = [int(y) for y in _YEAR.findall(m.group(1))]
    run = _run_from(sites, quantities, i, len(years))
    if len(run) != len(years) or len(set(years)) != len(years):
        return
    head = sites[i].label[: m.start()]
    for pos, year in zip(run, years, strict=True):
        sites[pos].label = head + f"{year}年" + (m.group(2) if year == max(years) else "")


def _paired_amounts(sites: list[_Site], quantities: list[Quantity]) -> None:
    """"发放租赁补贴3,416户、1,037.2万元": an amount joined by a bare "、" to a count before it is
    that count's amount -- it shares the count's label (its own label is only the "、")."""
    for i in range(1, len(sites)):
        q, prev = quantities[i], quantities[i - 1]
        if q.is_money and not prev.is_money and not q.in_table and sites[i].label.strip() == "、":
            sites[i].label = sites[i - 1].label
