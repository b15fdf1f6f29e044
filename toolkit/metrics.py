"""[Quantity] + catalog -> [Metric]: the named headline figures of a report.

The catalog (``catalog/metrics.yaml``) is data; this module only evaluates it.
Each quantity is offered to every catalog entry whose unit fits; the entry
with the most specific label match claims it. Each key then keeps one
headline figure: not one from a sub-campaign or a single month, not a part of
a breakdown, and otherwise the first one printed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .errors import CatalogError
from .normalize import Text
from .quantities import Quantity

SEGMENT_END = "。！？!?\n;"  # after NFKC: "；" is ";"

# A figure in a sentence like these is not the year's headline total.
_SUB_SCOPE = re.compile(
    r"专项(行动|整治|检查|督查|执法|活动)|行动(中|期间)|期间|活动中|百日|攻坚|试点|园区|街道|"
    r"安全生产月|宣传月|节假日|春节|国庆|汛期|进博会|二十大|冬奥|峰会|[^全]周内|当天|当日|"
    r"(?<![\d-])\d{1,2}月(份)?[,:]|^\d{1,2}月(份)?|^(上|下)半年|(?<!\d)第[一二三四]季度"
)
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


def load_catalog(path: str | Path | None = None) -> dict[str, MetricDef]:
    """Read and validate the metric catalog (the packaged one by default)."""
    if path is None:
        source = resources.files("toolkit").joinpath("catalog/metrics.yaml")
        text, where = source.read_text(encoding="utf-8"), "toolkit/catalog/metrics.yaml"
    else:
        text, where = Path(path).read_text(encoding="utf-8"), str(path)
    return _parse_catalog(text, where)


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
        )
        if out[key].scope not in ("segment", "sentence", "paragraph"):
            raise CatalogError(f"unknown scope {out[key].scope!r}", path=where, location=key)
    return out


@dataclass
class _Site:
    """Where a quantity sits: the label before it, the words after it, its segment."""

    label: str
    after: str
    context: str  # the segment up to the figure, asides in parentheses removed
    paragraph: str  # the paragraph up to the figure
    sentence: str


def _segment_start(bounds: list[int], pos: int) -> int:
    """Start of the segment holding ``pos``; ``bounds`` are the positions of SEGMENT_END characters."""
    i = bisect.bisect_right(bounds, pos - 1) - 1
    return bounds[i] + 1 if i >= 0 else 0


def _caption(s: str, line_start: int) -> str:
    """The nearest line above a table that is not a table row."""
    end = line_start - 1
    while end > 0:
        start = s.rfind("\n", 0, end) + 1
        line = s[start:end]
        if "|" not in line and line.strip():
            return line
        end = start - 1
    return ""


def _sites(text: Text, quantities: list[Quantity]) -> list[_Site]:
    s = text.text
    bounds = [i for i, ch in enumerate(s) if ch in SEGMENT_END]
    sites = []
    for i, q in enumerate(quantities):
        seg = _segment_start(bounds, q.start)
        left = seg
        if i and quantities[i - 1].end > seg:
            left = quantities[i - 1].end
        # Table cells: the label is the row header, the text before the first "|".
        label = s[left : q.start]
        if q.in_table and "|" in label.strip("| "):
            label = label.rsplit("|", 2)[0] + "|"
        nxt = quantities[i + 1].start if i + 1 < len(quantities) else len(s)
        stop = len(s)
        for j in range(q.end, min(len(s), q.end + 40)):
            if s[j] in ",;。:!?\n":
                stop = j
                break
        if stop == q.end and stop < len(s) and s[stop] in ",:":
            # "1件,已结转至2026年": the words after a comma still describe the figure.
            stop = next((j for j in range(q.end + 1, min(len(s), q.end + 40)) if s[j] in ",;。:!?\n"), len(s))
        after = s[q.end : min(stop, nxt, q.end + 40)].lstrip(",:")
        para = s.rfind("\n", 0, q.start) + 1
        context = _ASIDE.sub("", s[seg : q.start])
        paragraph = s[para : q.start]
        if q.in_table:
            # A table cell's subject is in the table's caption, the line above the table.
            caption = _caption(s, para)
            context = caption + "\n" + context
            paragraph = caption + "\n" + paragraph
        sites.append(_Site(label=label, after=after, context=context,
                           paragraph=paragraph, sentence=s[q.sentence[0] : q.start]))
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
    if defn.context and not defn.context.search(_scoped(defn.scope, site)):
        return 0.0, 0.0
    if defn.exclude_context and defn.exclude_context.search(site.context):
        return 0.0, 0.0
    # The catalog's own unit fits better than a tolerated one; entries that
    # demand a context are narrower than the generic ones.
    bonus = (1 if defn.unit == q.unit else 0) + (2 if defn.context else 0)
    return (by_label + bonus if by_label else 0.0), (by_after + bonus if by_after else 0.0)


def _headline_penalty(q: Quantity, site: _Site) -> float:
    penalty = 0.0
    if _SUB_SCOPE.search(site.sentence):
        penalty += 2
    if _PART_OF.search(site.context):
        penalty += 1
    if q.in_table:
        penalty += 0.5  # prose states the headline; tables repeat it
    if _TARGET.search(site.label):
        penalty += 3
    return penalty


@lru_cache(maxsize=8)
def _by_unit(defs: tuple[MetricDef, ...]) -> dict[str, list[MetricDef]]:
    """The entries that accept each unit (most figures fit a handful of entries)."""
    out: dict[str, list[MetricDef]] = {}
    for d in defs:
        for u in d.units:
            out.setdefault(u, []).append(d)
    return out


Claims = dict[str, list[tuple[float, int]]]


def metric_claims(text: Text, quantities: list[Quantity], catalog: dict[str, MetricDef]) -> Claims:
    """For each key, the figures that claim it, as (headline penalty, index).

    Computed once per report and shared by ``find_metrics`` and ``all_metric_claims``.
    """
    by_unit = _by_unit(tuple(catalog.values()))
    claims: Claims = {}
    for i, (q, site) in enumerate(zip(quantities, _sites(text, quantities), strict=True)):
        defs = by_unit.get(q.unit, ()) if q.unit or not q.in_table else catalog.values()
        scored = {d.key: _match(d, q, site) for d in defs}
        scored = {k: v for k, v in scored.items() if v[0] or v[1]}
        if not scored:
            continue
        primary = max(scored, key=lambda k: (max(scored[k]), k))
        keys = {primary}
        # "共收到申请1件,已结转至下年": a figure described by the words after it
        # can be a second metric besides the one its label names.
        keys.update(k for k, (by_label, by_after) in scored.items() if by_after and not by_label)
        penalty = _headline_penalty(q, site)
        for key in keys:
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
