"""[Quantity] + catalog -> [Metric]: the named headline figures of a report.

The catalog (``catalog/metrics.yaml``) is data; this module only evaluates it.
Each quantity is offered to every catalog entry whose unit fits; the entry
with the most specific label match claims it. Each key then keeps one
headline figure: not one from a sub-campaign or a single month, not a part of
a breakdown, and otherwise the first one printed.
"""

from __future__ import annotations

import bisect
import operator
import re

# The regex parser, to find the characters a catalog pattern needs (an internal of
# ``re``: should it change, _needs_one_of filters nothing and matching stays exact).
import re._constants as _c
import re._parser as _parser
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import CatalogError
from .normalize import Text
from .quantities import Quantity
from .tables import find_tables, row_totals

_IGNORECASE = int(re.IGNORECASE)

SEGMENT_END = "。！？!?\n;"  # after NFKC: "；" is ";"

# A figure in a sentence like these is not the year's headline total.
_SUB_SCOPE = re.compile(
    r"专项(行动|整治|检查|督查|执法|活动)|行动(中|期间)|期间|活动中|百日|攻坚|试点|园区|街道|"
    r"安全生产月|宣传月|节假日|春节|国庆|汛期|进博会|二十大|冬奥|峰会|[^全]周内|当天|当日|"
    r"(?<![\d-])\d{1,2}月(份)?[,:]|^\d{1,2}月(份)?|^(上|下)半年|(?<!\d)第[一二三四]季度"
)
# _SUB_SCOPE.search(x) is (_SUB_SCOPE_ANY.search(x) or _SUB_SCOPE_HEAD.match(x)): the same
# alternatives, each starting with a character, so that the regex engine can skip to them.
_SUB_SCOPE_ANY = re.compile(
    r"专项(?:行动|整治|检查|督查|执法|活动)|行动(?:中|期间)|期间|活动中|百日|攻坚|试点|园区|街道|"
    r"安全生产月|宣传月|节假日|春节|国庆|汛期|进博会|二十大|冬奥|峰会|周内(?<=[^全]周内)|当天|当日|"
    r"\d(?<![\d-]\d)\d?月(?:份)?[,:]|第(?<!\d第)[一二三四]季度"
)
_SUB_SCOPE_HEAD = re.compile(r"\d{1,2}月(?:份)?|[上下]半年")
_PART_OF = re.compile(r"其中|包括|含")
# Targets and plans are not results.
_TARGET = re.compile(r"目标|计划|预计|力争|任务数")
_ASIDE = re.compile(r"\([^()]*\)")
# The words allowed between a label and its figure: "~$" in a catalog regex.
TAIL = (r"(?:\([^()]{0,24}\))?"
        r"(?:(?!对|向|把|将|给|与|从|开展|实施|组织|督促|指导|按照|根据|通过|同比|比上年|较)[^,;。:]){0,8}"
        r"(?:\([^()]{0,24}\))?$")


@dataclass(frozen=True)
class MetricDef:
    """One catalog entry."""

    key: str
    zh: str
    en: str
    unit: str
    units: tuple[str, ...]
    label: tuple[re.Pattern, ...]
    after: tuple[re.Pattern, ...]
    context: re.Pattern | None
    exclude: re.Pattern | None
    exclude_context: re.Pattern | None
    scope: str = "segment"
    any_label: re.Pattern | None = None  # all label patterns in one, to reject fast
    # Strings of which the label (the words after) must hold one for any pattern
    # to match: an empty set when there are no patterns, None when any text may match.
    label_chars: frozenset[str] | None = None
    after_chars: frozenset[str] | None = None


@dataclass
class Metric:
    """A named headline figure with its evidence."""

    key: str
    label_zh: str
    label_en: str
    quantity: Quantity
    evidence_text: str
    line: int
    start: int  # span of the figure in the original text
    end: int
    default_unit: str = ""

    @property
    def value(self) -> int | float:
        return self.quantity.plain

    @property
    def unit(self) -> str:
        # A bare table cell has no printed unit; the catalog's is the header's.
        return self.quantity.unit or self.default_unit

    @property
    def qualifier(self) -> str | None:
        return self.quantity.qualifier


def _compile(pattern: str, key: str, path: str) -> re.Pattern:
    pattern = pattern.replace("~$", TAIL)
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise CatalogError(f"bad regex for {key}: {pattern!r}: {exc}", path=path, location=key) from exc


_MAX_CLASS = 64  # a character class wider than this is no useful filter


def _better(a: set[str], b: set[str] | None) -> bool:
    """Is requirement ``a`` the sharper filter? Strings of two or more characters, then fewer."""
    if b is None:
        return True
    return (min(map(len, a)) >= 2, -len(a)) > (min(map(len, b)) >= 2, -len(b))


def _required(items) -> set[str] | None:
    """Strings of which any match of the parsed sequence ``items`` contains one (None: unknown)."""
    best: set[str] | None = None
    run = ""  # consecutive literal characters: a string every match contains
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            if _better({run}, best):
                best = {run}
            run = ""
        if op is _c.IN:
            need: set[str] | None = set()
            for kind, arg in av:
                if kind is _c.LITERAL:
                    need.add(chr(arg))  # type: ignore[union-attr]
                elif kind is _c.RANGE and arg[1] - arg[0] < _MAX_CLASS:
                    need.update(chr(c) for c in range(arg[0], arg[1] + 1))  # type: ignore[union-attr]
                else:  # NEGATE, CATEGORY, wide ranges
                    need = None
                    break
        elif op is _c.SUBPATTERN:
            need = None if av[1] & _IGNORECASE else _required(av[3])
        elif op is _c.ATOMIC_GROUP:
            need = _required(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            need = _required(av[2]) if av[0] >= 1 else None
        elif op is _c.BRANCH:
            need = set()
            for alt in av[1]:
                sub = _required(alt)
                if sub is None:
                    need = None
                    break
                need |= sub
        else:  # anchors, lookarounds, any character, back references
            need = None
        if need and _better(need, best):
            best = need
    if run and _better({run}, best):
        best = {run}
    return best


def _needs_one_of(patterns: tuple[re.Pattern, ...]) -> frozenset[str] | None:
    """Strings of which a text must contain one for any of ``patterns`` to match in it.

    Only a filter: a text that has one may still not match, but one without any
    cannot. None when a pattern may match without a known string.
    """
    out: set[str] = set()
    for p in patterns:
        if p.flags & _IGNORECASE or not isinstance(p.pattern, str):
            return None
        try:
            need = _required(_parser.parse(p.pattern, p.flags))
        except Exception:  # an internal of ``re`` changed: filter nothing
            return None
        if need is None:
            return None
        out |= need
    return frozenset(out)


def load_catalog(path: str | Path | None = None) -> dict[str, MetricDef]:
    """Read and validate the metric catalog (the packaged one by default)."""
    if path is None:
        if _PACKAGED_SOURCE[0] is None:  # where the package is does not change while it runs
            _PACKAGED_SOURCE[0] = resources.files("toolkit").joinpath("catalog/metrics.yaml")
        source = _PACKAGED_SOURCE[0]
        where = "toolkit/catalog/metrics.yaml"
        if isinstance(source, Path):
            # The packaged file is read again only when it changed on disk.
            try:
                st = source.stat()
            except OSError:
                pass
            else:
                stamp = (str(source), st.st_mtime_ns, st.st_size, st.st_ino)
                if _PACKAGED[0] != stamp:
                    _PACKAGED[:] = [stamp, source.read_text(encoding="utf-8")]
                return _parse_catalog(_PACKAGED[1], where)
        text = source.read_text(encoding="utf-8")
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    return _parse_catalog(text, where)


_PACKAGED: list = [None, ""]  # (path, mtime, size, inode) of the packaged catalog and its text
_PACKAGED_SOURCE: list = [None]


@lru_cache(maxsize=8)
def _parse_catalog(text: str, where: str) -> dict[str, MetricDef]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=where) from exc
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise CatalogError("expected a 'metrics' mapping", path=where)
    families = data.get("families") or {}
    out: dict[str, MetricDef] = {}
    allowed = {"zh", "en", "unit", "units", "label", "after", "context", "exclude", "exclude_context", "scope"}
    for key, entry in data["metrics"].items():
        if not isinstance(entry, dict):
            raise CatalogError("entry must be a mapping", path=where, location=key)
        unknown = set(entry) - allowed
        if unknown:
            raise CatalogError(f"unknown fields {sorted(unknown)}", path=where, location=key)
        for required in ("zh", "en", "unit", "units"):
            if required not in entry:
                raise CatalogError(f"missing field {required!r}", path=where, location=key)
        units = entry["units"]
        if isinstance(units, str):
            if units not in families:
                raise CatalogError(f"unknown unit family {units!r}", path=where, location=key)
            units = families[units]
        labels = tuple(_compile(p, key, where) for p in entry.get("label") or [])
        afters = tuple(_compile(p, key, where) for p in entry.get("after") or [])
        if not labels and not afters:
            raise CatalogError("needs at least one label or after pattern", path=where, location=key)

        def opt(name: str, _entry=entry, _key=key) -> re.Pattern | None:
            return _compile(_entry[name], _key, where) if _entry.get(name) else None

        out[key] = MetricDef(
            key=key, zh=str(entry["zh"]), en=str(entry["en"]), unit=str(entry["unit"]),
            units=tuple(str(u) for u in units), label=labels, after=afters,
            context=opt("context"), exclude=opt("exclude"), exclude_context=opt("exclude_context"),
            scope=str(entry.get("scope", "segment")),
            any_label=re.compile("|".join(f"(?:{p.pattern})" for p in labels)) if labels else None,
            label_chars=_needs_one_of(labels), after_chars=_needs_one_of(afters),
        )
        if out[key].scope not in ("segment", "sentence", "paragraph"):
            raise CatalogError(f"unknown scope {out[key].scope!r}", path=where, location=key)
    return out


class _Site:
    """Where a quantity sits: the label before it, the words after it, its segment.

    ``label`` and ``after`` are read for every figure; the rest only for the few
    figures that a catalog entry describes, so it is computed on first use.
    """

    __slots__ = ("_context", "_lines", "_paragraph", "_q", "_s", "_seg", "after", "label")

    def __init__(self, label: str, after: str, s: str, q: Quantity, seg: int, lines: _Lines):
        self.label = label
        self.after = after
        self._s, self._q, self._seg, self._lines = s, q, seg, lines
        self._context: str | None = None
        self._paragraph: str | None = None

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
    def sentence(self) -> str:
        return self._s[self._q.sentence[0] : self._q.start]


_LINE_BREAK = re.compile("\n")


class _Lines:
    """The lines of a text, for the figures that read their paragraph or their table's caption.

    A line's start is found by bisection (not by scanning back from the figure), and the
    caption above a run of table rows is looked for once per run, not once per cell: the
    cost stays linear however long a line or a table is. Built on first use: most figures
    never ask.
    """

    __slots__ = ("_breaks", "_captions", "_s")

    def __init__(self, s: str):
        self._s = s
        self._breaks: array | None = None
        self._captions: dict[int, str] = {}

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
        after = s[end : min(stop, nxt, end + 40)].lstrip(",:")
        sites.append(_Site(label, after, s, q, seg, lines))
    if any(q.in_table for q in quantities):
        # A row broken down by columns under a "总计" column stands for its total, not for its
        # first column: the row's label goes to the total cell.
        for first, total in row_totals(find_tables(s, quantities)).items():
            if total.index != first and total.index < count and quantities[total.index] is total:
                sites[total.index].label, sites[first].label = sites[first].label, sites[total.index].label
    return sites


def _scoped(scope: str, site: _Site) -> str:
    if scope == "paragraph":
        return site.paragraph
    if scope == "sentence":
        return site.sentence
    return site.context


def _match(defn: MetricDef, q: Quantity, site: _Site) -> tuple[float, float]:
    """How specifically ``defn`` describes ``q``: (by the label before, by the words after)."""
    by_label = by_after = 0.0
    labels = defn.label if defn.any_label is not None and defn.any_label.search(site.label) else ()
    for p in labels:
        m = p.search(site.label)
        if m:
            # Longer labels are more specific; a match ending right at the figure is closer.
            by_label = max(by_label, 10 + (m.end() - m.start()) - 0.5 * (len(site.label) - m.end()))
    for p in defn.after:
        m = p.search(site.after)
        if m:
            by_after = max(by_after, 5 + (m.end() - m.start()) * 0.5)
    if not (by_label or by_after):
        return 0.0, 0.0
    if defn.exclude and defn.exclude.search(site.label):
        return 0.0, 0.0
    if defn.context:
        scoped = _scoped(defn.scope, site)
        m = defn.context.search(scoped)
        if not m or _item_of_a_list(scoped, m.start()):
            return 0.0, 0.0
    if defn.exclude_context and defn.exclude_context.search(site.context):
        return 0.0, 0.0
    # The catalog's own unit fits better than a tolerated one; entries that
    # demand a context are narrower than the generic ones.
    bonus = (1 if defn.unit == q.unit else 0) + (2 if defn.context else 0)
    return (by_label + bonus if by_label else 0.0), (by_after + bonus if by_after else 0.0)


_ITEM_ENDS = re.compile(r"\d[^\d,，、。;；]{0,4}、")


def _item_of_a_list(text: str, at: int) -> bool:
    """Is the context word at ``at`` one item of a "、" list of figures, with the figure in a
    later clause? In "一般程序案件214件、简易程序案件112件,罚没款418.6万元" the amount may be
    either item's or the whole list's: neither item's context decides it."""
    ends = [i for i in (text.find(",", at), text.find("，", at)) if i >= 0]
    if not ends:
        return False  # the figure is in the item's own clause
    return text[at - 1 : at] == "、" or _ITEM_ENDS.search(text, at, min(ends)) is not None


def _headline_penalty(q: Quantity, site: _Site) -> float:
    penalty = 0.0
    sentence = site.sentence
    if _SUB_SCOPE_ANY.search(sentence) or _SUB_SCOPE_HEAD.match(sentence):
        penalty += 2
    if _PART_OF.search(site.context):
        penalty += 1
    if q.in_table:
        penalty += 0.5  # prose states the headline; tables repeat it
    if _TARGET.search(site.label):
        penalty += 3
    return penalty


class _Candidates:
    """Catalog entries offered one kind of figure, indexed by the strings their patterns need.

    An entry whose label patterns need one of some strings cannot describe a
    figure whose label holds none of them (the same for the words after): only
    the entries that can are scored, in catalog order. A needed string is looked
    up by its first two characters (or its one), each entry being a bit of a mask.
    """

    def __init__(self, defs: list[MetricDef]):
        self.defs = defs
        self.always = 0
        self.label1: dict[str, int] = {}
        self.label2: dict[str, int] = {}
        self.after1: dict[str, int] = {}
        self.after2: dict[str, int] = {}
        for i, d in enumerate(defs):
            bit = 1 << i
            for needs, one, two in ((d.label_chars if d.label else frozenset(), self.label1, self.label2),
                                    (d.after_chars if d.after else frozenset(), self.after1, self.after2)):
                if needs is None:
                    self.always |= bit
                    continue
                for need in needs:
                    if len(need) >= 2:
                        two[need[:2]] = two.get(need[:2], 0) | bit
                    else:
                        one[need] = one.get(need, 0) | bit

        # One pass of a regex finds, at each position, the longest key there; a
        # two-character key's mask includes that of its first character's.
        self.label_keys, self.label_masks = self._finder(self.label1, self.label2)
        self.after_keys, self.after_masks = self._finder(self.after1, self.after2)

    @staticmethod
    def _finder(one: dict[str, int], two: dict[str, int]) -> tuple[re.Pattern | None, dict[str, int]]:
        masks = dict(one)
        for k, m in two.items():
            masks[k] = m | one.get(k[0], 0)
        if not masks:
            return None, masks
        alts = [re.escape(k) for k in sorted(two)]
        if one:
            alts.append("[" + "".join(re.escape(c) for c in sorted(one)) + "]")
        return re.compile("(?=(" + "|".join(alts) + "))", re.DOTALL), masks

    def for_site(self, site: _Site) -> list[MetricDef]:
        found = self.always
        if self.label_keys is not None:
            masks = self.label_masks
            for key in self.label_keys.findall(site.label):
                found |= masks[key]
        if self.after_keys is not None:
            masks = self.after_masks
            for key in self.after_keys.findall(site.after):
                found |= masks[key]
        out = []
        defs = self.defs
        while found:
            low = found & -found
            out.append(defs[low.bit_length() - 1])
            found ^= low
        return out


@dataclass
class _Index:
    by_unit: dict[str, _Candidates]
    every: _Candidates  # for a table cell without a unit: the whole catalog


_INDEXES: list[tuple[dict, tuple[MetricDef, ...], _Index]] = []


def _index(catalog: dict[str, MetricDef]) -> _Index:
    """The catalog's entries by unit (most figures fit a handful), built once per catalog."""
    defs = tuple(catalog.values())
    for cat, seen, index in _INDEXES:
        if cat is catalog and len(seen) == len(defs) and all(map(operator.is_, seen, defs)):
            return index
    by_unit: dict[str, list[MetricDef]] = {}
    for d in defs:
        for u in d.units:
            by_unit.setdefault(u, []).append(d)
    index = _Index({u: _Candidates(ds) for u, ds in by_unit.items()}, _Candidates(list(defs)))
    _INDEXES.insert(0, (catalog, defs, index))
    del _INDEXES[8:]
    return index


_NO_CANDIDATES = _Candidates([])

Claims = dict[str, list[tuple[float, int]]]


def metric_claims(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef]) -> Claims:
    """For each key, the figures that claim it, as (headline penalty, index).

    Computed once per report and shared by ``find_metrics`` and ``all_metric_claims``.
    """
    index = _index(catalog)
    claims: Claims = {}
    for i, (q, site) in enumerate(zip(quantities, _sites(text, quantities), strict=True)):
        cands = index.by_unit.get(q.unit, _NO_CANDIDATES) if q.unit or not q.in_table else index.every
        scored = {}
        for d in cands.for_site(site):
            v = _match(d, q, site)
            if v[0] or v[1]:
                scored[d.key] = v
        if not scored:
            continue
        primary = max(scored, key=lambda k: (max(scored[k]), k))
        keys = {primary}
        # "共收到申请1件,已结转至下年": a figure described by the words after it
        # can be a second metric besides the one its label names.
        keys.update(k for k, (by_label, by_after) in scored.items() if by_after and not by_label)
        penalty = _headline_penalty(q, site)
        # Sorted, not set order: set order changes with PYTHONHASHSEED, and so would the
        # order of the metrics of one figure from one process to the next.
        for key in [primary, *sorted(keys - {primary})]:
            claims.setdefault(key, []).append((penalty, i))
    return claims


def find_metrics(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef] | None = None,
                 claims: Claims | None = None) -> list[Metric]:
    """The catalog's metrics found in the text, one headline figure per key."""
    catalog = catalog if catalog is not None else load_catalog()
    if claims is None:
        claims = metric_claims(text, quantities, catalog)
    out = []
    for key, cands in claims.items():
        _, i = min(cands)
        q = quantities[i]
        d = catalog[key]
        sent = text.text[q.sentence[0] : q.sentence[1]].strip()
        start, end = text.original_span(q.start, q.end)
        out.append(Metric(key=key, label_zh=d.zh, label_en=d.en, quantity=q, evidence_text=sent,
                          line=q.line, start=start, end=end, default_unit=d.unit))
    out.sort(key=lambda m: m.quantity.index)
    return out


def all_metric_claims(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef] | None = None,
                      claims: Claims | None = None) -> dict[str, list[Quantity]]:
    """Every figure of each key that is not from a sub-campaign or a target, in order.

    One metric printed twice must be printed the same; ``relations`` checks that.
    """
    catalog = catalog if catalog is not None else load_catalog()
    if claims is None:
        claims = metric_claims(text, quantities, catalog)
    out: dict[str, list[Quantity]] = {}
    for key, cands in claims.items():
        # Parts of a breakdown and table cells are restatements too; sub-campaigns and targets are not.
        qs = [quantities[i] for pen, i in sorted(cands, key=lambda c: c[1]) if pen < 2]
        if len(qs) > 1:
            out[key] = qs
    return out
