"""The stage vocabulary of ``catalog/stages.yaml``: per process, per stage (earliest first) the words
before and after a figure that name it; loaded once and validated (a bad entry is a CatalogError
naming the file). ``stages`` reads a figure's words by it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from .vocab import Occurs, char_class, gated, looks_past, pair_scan, pairs_over

_STAGES_PATH = "toolkit/catalog/stages.yaml"


@dataclass(frozen=True)
class Stages:
    """The stage vocabulary: per process, per stage (earliest first) its before/after words."""

    processes: tuple[tuple[str, tuple[tuple[re.Pattern | None, re.Pattern | None], ...]], ...]
    negation: re.Pattern
    carry_over: re.Pattern
    not_counted: re.Pattern
    period: re.Pattern
    year: re.Pattern
    units: tuple[frozenset[str], ...]
    visits: dict[str, frozenset[str]]  # a unit of visits (家次) -> units of what is visited (家)
    every: re.Pattern  # words saying the later stage took all of the earlier (均, 全部)
    qualifiers: re.Pattern  # words singling out a kind of what the figure before counts (重点, 较大)
    not_a_level: re.Pattern
    neutral: re.Pattern
    whole: re.Pattern
    own: re.Pattern
    any_stage: re.Pattern  # any stage word at all
    stage_words: tuple[re.Pattern, ...]  # each stage's words, to strip them from a figure's words
    # Per process: (id, before words per stage, after words per stage, any before word, any after
    # word, any word at all, its words, its gate): a figure's words are read only by the processes
    # whose words occur in them at all (one search each instead of one per stage word). The gate:
    # characters one of which every before, after or other word of the process holds (None: not
    # known); words holding none of them name no stage of the process, decided by one set test.
    by_process: tuple[tuple[str, tuple, tuple, Occurs | None, Occurs | None, Occurs | None,
                            tuple[re.Pattern, ...], frozenset[str] | None], ...] = field(
        init=False, repr=False, compare=False)
    mentioned: Occurs = field(init=False, repr=False, compare=False)  # does any stage word occur
    # The gates at once: each gate character -> the processes (a bit each) whose gate holds it, the
    # processes with no gate, and the rows of each set of processes met so far.
    _gated_by: dict[str, int] = field(init=False, repr=False, compare=False)
    _gate_chars: frozenset[str] = field(init=False, repr=False, compare=False)
    _gate_class: re.Pattern = field(init=False, repr=False, compare=False)  # any one of ``_gate_chars``
    _ungated: int = field(init=False, repr=False, compare=False)
    # Finer: each pair of characters one of which every match of a process's words holds ("已?办结"
    # needs 办结, ``pairs_over``) -> those processes, met only by a text holding the pair (found by
    # one scan); ``_gated_by`` files the processes with no such pairs.
    _paired_by: dict[str, int] = field(init=False, repr=False, compare=False)
    _pair_scan: re.Pattern | None = field(init=False, repr=False, compare=False)
    _rows_of: dict[int, tuple] = field(init=False, repr=False, compare=False)
    # Per process: (no before word reads past its match's end, no after word before its start).
    # Then a process none of whose words occur in a figure's words has none in their prefix (the
    # label) nor in their suffix (the words after the figure): ``_naming`` asks no more.
    _local: dict[str, tuple[bool, bool]] = field(init=False, repr=False, compare=False)
    # kinds named beside the qualified ones ("简易程序案件…,普通程序案件…"): a figure so named is no whole
    kinds: re.Pattern | None = None
    # the one kind named the most frequent ("涉及公安类案件最多,共56件"): a part of the whole before
    superlatives: re.Pattern | None = None
    bodies: re.Pattern | None = None  # bodies doing work of their own (消协, 平台, 部门)
    # kinds of administrative matter (行政许可, 行政处罚, 信访…): two figures naming two of them are
    # the work of two processes, whatever stage words they share
    matters: re.Pattern | None = None
    # processes whose later stages name their outcome ("评为优秀", "确诊宫颈癌", "普高上线"): the
    # later figure's other words qualify the outcome, they do not name another thing
    outcome_named: frozenset[str] = frozenset()
    # processes that count only some units ("培训6期" counts sessions, not people trained)
    counts: dict[str, frozenset[str]] = field(default_factory=dict)
    amounts: frozenset[str] = frozenset()  # processes counted in money too ("问题金额2.36亿元,已整改2.11亿元")
    # periods that start after the year does: their work holds what the months before left open
    backlog: re.Pattern | None = None
    # ladders of grades, each presupposing the one below (ladders.py): (name words, grades lowest first)
    ladders: tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...] = ()
    # stages that work carried in from the year before swells (审结, 办结…: table_funnels.py)
    carried_swells: re.Pattern | None = None
    # what came in named as new (新收): closings after it may hold older work (bounds._carried_over)
    new_intake: re.Pattern | None = None

    def __post_init__(self) -> None:
        rows = []
        for pid, levels in self.processes:
            befores = tuple(b for b, _ in levels)
            afters = tuple(a for _, a in levels)
            words = tuple(p for pair in levels for p in pair if p is not None)
            any_before, any_after, any_word = _any_of(befores), _any_of(afters), _any_of(words)
            rows.append((pid, befores, afters, any_before, any_after, any_word, words,
                         _gate_over(any_word, any_before, any_after)))
        object.__setattr__(self, "by_process", tuple(rows))
        object.__setattr__(self, "mentioned", Occurs(self.any_stage))
        gated_by: dict[str, int] = {}
        paired_by: dict[str, int] = {}
        paired = 0  # the processes filed by their pairs
        for i, row in enumerate(rows):
            pairs = pairs_over(row[6], "，")  # (the comma ``_without_referred`` writes into a label)
            if pairs is not None:
                paired |= 1 << i
                for pair in pairs:
                    paired_by[pair] = paired_by.get(pair, 0) | 1 << i
                continue
            for c in row[7] or ():
                gated_by[c] = gated_by.get(c, 0) | 1 << i
        object.__setattr__(self, "_paired_by", paired_by)
        object.__setattr__(self, "_pair_scan", pair_scan(paired_by) if paired_by else None)
        object.__setattr__(self, "_gated_by", gated_by)
        object.__setattr__(self, "_gate_chars", frozenset(gated_by))
        object.__setattr__(self, "_gate_class", char_class(gated_by) if gated_by else re.compile("(?!)"))
        object.__setattr__(self, "_ungated", sum(1 << i for i, row in enumerate(rows)
                                                 if row[7] is None and not paired >> i & 1))
        object.__setattr__(self, "_rows_of", {})
        object.__setattr__(self, "_local", {
            pid: (not any(looks_past(b, "end") for b, _ in levels if b is not None),
                  not any(looks_past(a, "start") for _, a in levels if a is not None))
            for pid, levels in self.processes})

    def processes_met(self, text: str) -> tuple:
        """The rows of ``by_process`` whose gate ``text`` meets (or that have none), in order: the
        processes whose words may occur in the text."""
        mask = self._ungated
        # (the gate characters the text holds, found by one scan: a set of all its characters
        # hashes a new string for each Chinese one)
        for c in set(self._gate_class.findall(text)):
            mask |= self._gated_by[c]
        if self._pair_scan is not None:
            paired_by = self._paired_by
            for pair in set(self._pair_scan.findall(text)):
                mask |= paired_by.get(pair, 0)
        rows = self._rows_of.get(mask)
        if rows is None:
            rows = self._rows_of[mask] = tuple(row for i, row in enumerate(self.by_process) if mask >> i & 1)
        return rows


def _any_of(patterns: tuple[re.Pattern | None, ...]) -> Occurs | None:
    """Does one of ``patterns`` match somewhere in a text? (None: none given)."""
    given = [p.pattern for p in patterns if p is not None]
    return Occurs(gated(re.compile("|".join(f"(?:{w})" for w in given)))) if given else None


def _gate_over(*occurs: Occurs | None) -> frozenset[str] | None:
    """The first one's gate when it holds the others' gates (a text holding none of its characters
    then matches none of them); None when some gate is not known or not held."""
    gates = [o.chars if o is not None else frozenset() for o in occurs]
    if any(g is None for g in gates) or not all(g <= gates[0] for g in gates[1:]):  # type: ignore[operator]
        return None
    return gates[0]


def _compile(value: object, where: str) -> re.Pattern:
    if isinstance(value, list):
        if not value or not all(isinstance(v, str) and v for v in value):
            raise CatalogError("expected a list of words", path=_STAGES_PATH, location=where)
        value = "|".join(f"(?:{v})" for v in value)
    if not isinstance(value, str) or not value:
        raise CatalogError("expected a regular expression", path=_STAGES_PATH, location=where)
    try:
        return re.compile(value)
    except re.error as exc:
        raise CatalogError(f"bad regular expression: {exc}", path=_STAGES_PATH, location=where) from exc


def parse_stages(data: object) -> Stages:
    """Validate the YAML data of ``stages.yaml``; a ``CatalogError`` names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("processes"), list):
        raise CatalogError("expected a 'processes' list", path=_STAGES_PATH)
    procs = []
    outcome_named: set[str] = set()
    counts: dict[str, frozenset[str]] = {}
    words: list[str] = []
    patterns: list[re.Pattern] = []
    for p in data["processes"]:
        pid = p.get("id") if isinstance(p, dict) else None
        stages = p.get("stages") if isinstance(p, dict) else None
        if not isinstance(pid, str) or not isinstance(stages, list) or len(stages) < 2:
            raise CatalogError("a process needs an id and two or more stages", path=_STAGES_PATH, location=str(pid))
        compiled = []
        for st in stages:
            where = f"{pid}.{st.get('id') if isinstance(st, dict) else st}"
            if not isinstance(st, dict) or not (st.get("before") or st.get("after")):
                raise CatalogError("a stage needs 'before' or 'after' words", path=_STAGES_PATH, location=where)
            before = _compile(st["before"], where + ".before") if st.get("before") else None
            after = _compile(st["after"], where + ".after") if st.get("after") else None
            words += [x.pattern for x in (before, after) if x is not None]
            patterns += [x for x in (before, after) if x is not None]
            compiled.append((before, after))
        procs.append((pid, tuple(compiled)))
        if p.get("outcome_named"):
            outcome_named.add(pid)
        if p.get("counts"):
            counts[pid] = frozenset(p["counts"])
    levels = data.get("levels")
    if not isinstance(levels, dict):
        raise CatalogError("expected 'levels' with 'whole' and 'own' words", path=_STAGES_PATH)
    return Stages(
        processes=tuple(procs),
        negation=gated(_compile(_or_topic(data), "negation")),
        carry_over=gated(_compile(data.get("carry_over"), "carry_over")),
        every=gated(_compile(data.get("every"), "every")),
        qualifiers=_compile(data.get("qualifiers") or ["重点"], "qualifiers"),
        not_counted=_compile(data.get("not_counted"), "not_counted"),
        period=gated(_compile(data.get("period"), "period")),
        year=gated(_compile(data.get("year"), "year")),
        units=_unit_groups(data.get("units")),
        visits=_visits(data.get("visits")),
        not_a_level=gated(_compile(data.get("not_a_level"), "not_a_level")),
        neutral=gated(_compile(data.get("neutral"), "neutral")),  # (~100 words: tried only where one can start)
        whole=gated(_compile(levels.get("whole"), "levels.whole")),
        own=gated(_compile(levels.get("own"), "levels.own")),
        any_stage=gated(re.compile("|".join(f"(?:{w})" for w in words))),
        stage_words=tuple(patterns),
        kinds=_compile(data["kinds"], "kinds") if data.get("kinds") else None,
        superlatives=_compile(data["superlatives"], "superlatives") if data.get("superlatives") else None,
        bodies=_compile(data["bodies"], "bodies") if data.get("bodies") else None,
        matters=_compile(data["matters"], "matters") if data.get("matters") else None,
        backlog=_compile(data["backlog"], "backlog") if data.get("backlog") else None,
        outcome_named=frozenset(outcome_named),
        counts=counts,
        amounts=frozenset(p["id"] for p in data["processes"] if p.get("amounts")),
        ladders=_ladders(data.get("ladders")),
        carried_swells=_compile(data["carried_swells"], "carried_swells") if data.get("carried_swells") else None,
        new_intake=_compile(data["new_intake"], "new_intake") if data.get("new_intake") else None,
    )


def _ladders(value: object) -> tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...]:
    """``ladders``: a list of {name, grades (two or more, lowest first)}."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(e, dict) and isinstance(e.get("grades"), list)
                                              and len(e["grades"]) >= 2 for e in value):
        raise CatalogError("expected 'ladders': a list of {name, grades}", path=_STAGES_PATH, location="ladders")
    return tuple((_compile(e.get("name"), "ladders.name"), tuple(_compile(g, "ladders.grades") for g in e["grades"]))
                 for e in value)


def _or_topic(data: dict) -> object:
    """The `negation` words and the `topic` words: after either a stage word names no stage."""
    neg, topic = data.get("negation"), data.get("topic")
    if not topic:
        return neg
    if not isinstance(neg, str) or not isinstance(topic, str):
        raise CatalogError("expected regular expressions", path=_STAGES_PATH, location="negation/topic")
    return f"(?:{neg})|(?:{topic})"


def _unit_groups(value: object) -> tuple[frozenset[str], ...]:
    if not isinstance(value, list) or not all(isinstance(g, list) and g and all(isinstance(u, str) for u in g)
                                              for g in value):
        raise CatalogError("expected 'units': a list of lists of measure words", path=_STAGES_PATH, location="units")
    return tuple(frozenset(g) for g in value)


def _visits(value: object) -> dict[str, frozenset[str]]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(u, list) and u
                                              for k, u in value.items()):
        raise CatalogError("expected 'visits': unit of visits -> list of units", path=_STAGES_PATH, location="visits")
    return {k: frozenset(u) for k, u in value.items()}


@lru_cache(maxsize=1)
def load_stages() -> Stages:
    text = resources.files("toolkit").joinpath("catalog/stages.yaml").read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CatalogError(f"not valid YAML: {exc}", path=_STAGES_PATH) from exc
    return parse_stages(data)
