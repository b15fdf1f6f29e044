"""Session 22's speed changes (perf32) give the answers of the plain computations they replace, and
do the work once where it was done over and over."""

from __future__ import annotations

import random
import re
from typing import ClassVar

import pytest

from toolkit.normalize import Text
from toolkit.quantities import Quantity, find_quantities
from toolkit.relations.structure import _Doc


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def test_a_rows_figures_are_read_once() -> None:
    # The table families ask a row for its figures thousands of times a pass: read once, the same
    # list each time (never changed: a row's cells are never changed once read).
    from toolkit.tables import find_tables

    s = "表1 收支情况\n项目|本年|上年\n收入|120|100\n支出|90|80\n"
    text = Text(s, list(range(len(s))), s)
    tables = find_tables(s, find_quantities(text))
    assert tables
    header, first = tables[0].rows[0], tables[0].rows[1]
    assert first.numbers is first.numbers
    assert [j for j, _ in first.numbers] == [1, 2] and [q.plain for _, q in first.numbers] == [120, 100]
    assert header.is_header and not first.is_header and first.head == "收入"


_CARRIED_IN_BEFORE = (r"(?:上年|去年|上一年度?|以前年度)[^,;。]{0,4}结转|结转(?!下|至下|到下|至\d|到\d)|旧存|旧案|积存"
                      r"|(?:上年|上一年|去年)度?未结")


def test_carried_in_words_are_skipped_to_and_read_as_before() -> None:
    # Each alternative opens with its own first character, so the engine skips to those over the
    # report; "(?:A|B)C" written "AC|BC" finds the same match at every start.
    from toolkit.relations.carried import _CARRIED
    from toolkit.relations.closings import _CARRIED_IN
    from toolkit.relations.vocab import _skipped_to

    try:
        import re._parser as sre_parse  # type: ignore[import-not-found]
    except ImportError:  # (Python 3.10)
        import sre_parse  # type: ignore[no-redef]
    assert _skipped_to(sre_parse.parse(_CARRIED_IN.pattern))
    assert _skipped_to(sre_parse.parse(_CARRIED.pattern))
    before = re.compile(_CARRIED_IN_BEFORE)
    carried_before = re.compile(_CARRIED_IN_BEFORE + r"|旧存|上年未结|上年度未结")
    rng = random.Random(32)
    chars = list("上年去一度以前结转下至到1旧存案积未,;。的")
    texts = ["上一年度结转30件", "以前年度积存旧案", "结转至下年", "去年度未结3件", "上年结转,上年未结"]
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 16))) for _ in range(4000)]
    for s in texts:
        for a in range(len(s) + 1):
            assert [m.span() for m in before.finditer(s, a)] == [m.span() for m in _CARRIED_IN.finditer(s, a)], s
            assert [m.span() for m in carried_before.finditer(s, a)] == [m.span() for m in _CARRIED.finditer(s, a)], s


def test_union_totals_compares_no_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # The level before a pair of complements was found by ``levels.index``, which compared every
    # level before it field by field: quadratic in a long text. Now by the walk's own place.
    from toolkit.relations.tail_totals import union_totals

    s = "".join(f"第{k}项工作完成{k + 10}件。" for k in range(1, 40)) + "进出口总额86.4亿元,增长11.3%。出口61.9亿元;进口24.5亿元。"
    d = _doc(s)
    compared: list[int] = []
    eq = Quantity.__eq__

    def counting(self: Quantity, other: object) -> bool:
        compared.append(1)
        return eq(self, other)

    monkeypatch.setattr(Quantity, "__eq__", counting)
    found = union_totals(d)
    assert [(str(r.roles["total"].value), [str(p.value) for p in r.roles["parts"]]) for r in found] == [("86.4", ["61.9", "24.5"])]
    assert not compared


def test_kinds_inside_read_each_kind_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each earlier part's kind (its name less a work word) was read again for every later part.
    from toolkit.relations import nested_lists

    s = "其中公路建设7.82亿元,农村公路3.15亿元,站场建设0.42亿元,水运建设0.31亿元,城市道路建设0.22亿元。"
    d = _doc(s)
    parts = list(d.qs)
    real = nested_lists._tail_end
    reads: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern) -> None:
            self.pattern = pattern

        def sub(self, repl: str, text: str) -> str:
            reads.append(text)
            return self.pattern.sub(repl, text)

    monkeypatch.setattr(nested_lists, "_tail_end", lambda tails: Counting(real(tails)))
    found = nested_lists.kinds_inside(d, parts)
    assert {p: q for p, q in found.items()} == {parts[1].index: parts[0]}
    assert len(reads) == len(set(reads))


def test_stage_words_in_order_read_only_the_processes_met() -> None:
    # The stage words of a clause in reading order: only the processes some word of which may occur
    # in it are read (their gate), with the plain computation's answer.
    from toolkit.relations.bounds import _INNER_NEGATION, _stage_words_in_order
    from toolkit.relations.stages import load_stages

    v = load_stages()
    reads: list[str] = []

    class Counting:
        def __init__(self, pattern: re.Pattern) -> None:
            self.pattern = pattern

        def finditer(self, text: str) -> object:
            reads.append(self.pattern.pattern)
            return self.pattern.finditer(text)

    class Vocab:  # the vocabulary with its words counted when read through ``processes``
        processes = tuple((pid, tuple((Counting(b) if b is not None else None, a) for b, a in levels))
                          for pid, levels in v.processes)
        processes_met = v.processes_met
        negation = v.negation

    def plain(words: str) -> list[dict[str, int]]:
        at: dict[int, dict[str, int]] = {}
        for pid, levels in v.processes:
            for level, (before, _) in enumerate(levels):
                for m in before.finditer(words) if before is not None else ():
                    if not v.negation.search(words[: m.start()]) and not _INNER_NEGATION.search(m.group()):
                        at.setdefault(m.start(), {})[pid] = level
        return [at[k] for k in sorted(at)]

    rng = random.Random(22)
    pieces = ["受理", "办结", "审结", "立案", "结案", "收到", "答复", "未", "不予", "整改", "发现", "投诉", "的", ","]
    texts = ["受理投诉86件,办结80件", "共发现问题73个,已整改70个", "收到申请41件,答复41件", "未办结", ""]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(500)]
    for words in texts:
        assert _stage_words_in_order(words, Vocab()) == plain(words), words  # type: ignore[arg-type]
    assert not reads  # (the rows of the processes met carry their own words)


def test_the_catalogs_bounds_are_listed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The funnels look up the catalog's bound rules by pair: listed once per catalog, not per report.
    from toolkit.relations import bounds, catalog_rules

    rules = catalog_rules.load_rules()
    walks: list[int] = []

    class Counted(list):
        def __iter__(self) -> object:
            walks.append(1)
            return super().__iter__()

    counted = Counted(rules)
    monkeypatch.setattr(catalog_rules, "load_rules", lambda: counted)
    for s in ("受理投诉86件,办结80件。", "收到申请41件,答复41件。", "发现问题73个,整改70个。"):
        bounds._funnels(_doc(s), [])
    assert len(walks) == 1


class _CountingText(str):
    """A text that counts its ``rfind`` calls from its start (a scan back over all of it)."""

    scans: ClassVar[list[int]] = []

    def rfind(self, sub: str, *args: int) -> int:  # type: ignore[override]
        if args and args[0] == 0:
            _CountingText.scans.append(1)
        return super().rfind(sub, *args)


def test_clause_starts_are_found_without_scanning_back() -> None:
    # The start of a figure's clause, the last stop before it, by bisect over the stops' places: an
    # ``rfind`` from the text's start for a stop the text seldom has (";", ":") read back over the
    # whole text, once per figure -- quadratic in a long report.
    from toolkit.relations.part_readings import _names_before_each
    from toolkit.relations.siblings import item_beside_others, per_each_before

    s = _CountingText("全年共受理案件120件,其中行政处罚、行政许可各30件;其他60件。立案与结案分别为12件、10件。")
    text = Text(s, list(range(len(s))), s)
    d = _Doc(text, find_quantities(text), [])
    d.s = s  # (the counting text itself, not a copy)
    _CountingText.scans.clear()
    assert [_names_before_each(d, q) for q in d.qs] == [1, 2, 1, 1, 1]
    per_each_before(d, d.qs[3], d.qs[1:3])
    item_beside_others(d, d.qs[3], s.index("分别"))
    assert not _CountingText.scans
    rng = random.Random(7)
    for _ in range(300):
        t = "".join(rng.choice("甲乙,;:。()\n") for _ in range(rng.randint(0, 30)))
        doc = _doc(t)
        for pos in range(len(t) + 1):
            for chars in (",;:。()\n", ",;:。\n", "。\n", ",;。\n"):
                assert doc.last_before(chars, pos) == max(t.rfind(c, 0, pos) for c in chars)
