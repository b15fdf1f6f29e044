"""Which stage of a process, which level and which period name a figure: the reading of a figure's
words by the vocabulary of ``catalog/stages.yaml`` (``stage_vocab``: loaded once, validated).
The bounds and equalities by meaning pair figures by what this module says of them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from ..quantities import Quantity
from .stage_vocab import Stages, load_stages, parse_stages  # noqa: F401  (read from here by many families)
from .structure import _Doc
from .vocab import lacks, strip_all

# --- which stage names a figure ---------------------------------------------------------------


@dataclass(slots=True)  # slots: one per figure, held by a family's walk over a long report
class _Named:
    """What the words around a figure say: its stage in each process, its level, its other words."""

    q: Quantity
    stages: dict[str, int]  # process id -> stage position (0 = earliest)
    scope: str | None  # "whole" (全区), "own" (本级) or None
    place: str | None  # the kind of jurisdiction its level words name: 区 of 全区, 区政府本级, 区级
    _rest: str | None  # see ``rest``; None until asked for
    words: str  # all the naming words
    mentions: bool  # some stage word, even negated ("不予受理"), names it
    period: frozenset[str]  # the period words of its label ("1-6月"); none for the report's year
    _v: Stages | None = field(default=None, repr=False, compare=False)
    _present: tuple[re.Pattern, ...] = field(default=(), repr=False, compare=False)

    @property
    def rest(self) -> str:
        """The naming words that are neither stage, level nor neutral (read only when the figure
        is the later one of a pair: most figures never are), nor period words."""
        if self._rest is None:
            v = self._v
            assert v is not None
            rest = v.neutral.sub("", v.whole.sub("", v.own.sub("", _AMONG.sub("", _strip(self.words, self._present)))))
            if self.period:  # (a date names no thing: "截至12月底已整改55个")
                rest = v.period.sub("", v.year.sub("", rest))
            self._rest = _NOT_CJK.sub("", rest)
        return self._rest


_PLACES = "省市县区州旗盟镇"
_YEAR: frozenset[str] = frozenset({"year"})
_NO_PERIOD: frozenset[str] = frozenset()
# The stages of a figure naming none: one shared read-only mapping (``naming`` keeps every figure's
# answer for the document; an empty dict each was ~64 bytes a figure of a long report).
_NO_STAGES: dict[str, int] = MappingProxyType({})  # type: ignore[assignment]
_PUNCT = re.compile(r"[,;:、。()!?\n|]")
_NO_LIST_PUNCT = re.compile(r"[,;:。()!?\n|]")
_TOTAL_OF_NAMES = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:共|共计|合计|总计)$")  # "…、乳腺癌共
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_AMONG = re.compile(r"^中|[和及与](?=的?$)")  # left of "<stage>中", "满意和基本满意" once the stage words go


def _naming(d: _Doc, q: Quantity, v: Stages) -> _Named | None:
    if not q.unit or q.in_table or q.is_percent or (q.is_money and not v.amounts) or d.in_parentheses(q):  # (cheapest first)
        return None
    label = d.label(q)
    lab = d.piece(q, ",:、()|")  # (``_PUNCT.split(label)[-1]``: a label holds none of 。;!?\n)
    if not lab and label.endswith(":"):
        lab = _PUNCT.split(label[:-1])[-1]  # "受理:142件", "-审结:138件": the words before the colon
    elif lab.endswith(("共", "计")) and _TOTAL_OF_NAMES.search(lab) and label.endswith(lab) and label[-len(lab) - 1 : -len(lab)] == "、":
        lab = _NO_LIST_PUNCT.split(label)[-1]  # "确诊宫颈癌、乳腺癌共23例": the names listed are its name
    elif not lab and label.endswith(")") and label.rfind("(") > 0:
        lab = _PUNCT.split(label[: label.rfind("(")])[-1]  # "受理投诉举报(含热线转办)15,862件": before the aside
    aft = d.after(q, 24)
    cut = _PUNCT.search(aft)
    if cut:
        aft = aft[: cut.start()]
    elif q.index + 1 < len(d.qs) and q.end + len(aft) >= d.qs[q.index + 1].start:
        aft = ""  # the words run into the next figure: they name that one
    if v.not_a_level.search(lab) and v.not_a_level.search(v.year.sub("", lab)):
        return None  # (not "截至年底已整改到位": the report's year, not a date part-way)
    opened = _SET_OPENED.match(lab) if "中" in lab else None
    if opened is not None:
        # "审结的案件中维持4件": the set the figure is drawn from (its stage word) opens the words; the
        # figure is named by the words after it -- a part of that set, not the set's stage
        lab = lab[opened.end() :]
    words = lab + aft
    # The processes some word of which may occur: a process's gate is a set of characters one of
    # which each of its words holds, so words without any of them name none of its stages.
    rows = v.processes_met(words)
    if q.is_money and not _money_named(q, rows, words, lab, aft, v):
        return None  # (~50 money figures a pass: each read with every process's words before, ~60 us)
    # the stage words of the processes whose words occur at all; some stage word occurs iff some
    # process's words do (``any_stage`` is the alternation of all processes' words)
    present: list[re.Pattern] = []
    said: set[str] = set()  # the processes some word of which occurs in the words
    for row in rows:
        # (a row with a gate met it already: its words' own gate is that gate, so search at once)
        if row[5] is not None and (row[5].pattern.search(words) if row[7] is not None else row[5](words)):
            present += row[6]
            said.add(row[0])
    mentions = bool(present)
    own, whole = v.own.search(lab), v.whole.search(lab)
    period = (frozenset(m.group() for m in v.period.finditer(label)) if v.period.search(label) else None) or (
        _YEAR if v.year.search(lab) else _NO_PERIOD)  # shared: an empty frozenset is 216 bytes
    if not mentions and not own and not whole:  # most figures: no stage, no level (money: no figure of a funnel)
        return None if q.is_money else _Named(q, _NO_STAGES, None, None, "", words, False, period)
    stages = _stages_of(q, rows, words, lab, aft, v, said)
    scope = "own" if own else "whole" if whole else None
    level_word = own.group() if own else whole.group().lstrip("全我本") if whole else ""
    place = level_word[0] if level_word and level_word[0] in _PLACES else None
    if stages and not lacks(v.not_counted, words) and any(
            v.not_counted.match(words, m.end(), m.end() + 6) for pat in present for m in pat.finditer(words)):
        stages = {}  # "设置受理窗口12个": the stage word names a place, not work done
    return None if q.is_money and not stages else _Named(  # (money of no process counting it: no figure)
        q, _shared(stages), scope, place, None, words, mentions, period, v, _shared_words(present))


def _money_named(q: Quantity, rows: tuple, words: str, lab: str, aft: str, v: Stages) -> bool:
    """Does a process counted in money (``amounts``: "问题金额2.36亿元,已整改2.11亿元") name a stage of
    the money figure ``q``? If none does, ``_naming`` reads None whatever the other processes' words
    say (money counts no work of theirs), so those are not searched."""
    return bool(_stages_of(q, [row for row in rows if row[0] in v.amounts], words, lab, aft, v))


def _stages_of(q: Quantity, rows: tuple | list, words: str, lab: str, aft: str, v: Stages,
               said: set[str] | None = None) -> dict[str, int]:
    """The stage each process of ``rows`` names the figure by (its label piece ``lab``, the words
    ``aft`` after it; ``words`` = lab + aft), and the processes some word of which occurs in
    ``words`` (``said``: read here when not given). Each process's stage is read from its own row
    alone, so the stages of some rows are those rows' stages among all rows'."""
    if said is None:
        said = {row[0] for row in rows if row[5] is not None and (
            row[5].pattern.search(words) if row[7] is not None else row[5](words))}
    stages: dict[str, int] = {}
    own_lab = _without_referred(lab, v)
    for pid, befores, afters, any_before, any_after, _, _, _ in rows:
        if (pid in v.counts and q.unit not in v.counts[pid]) or (q.is_money and pid not in v.amounts):
            continue  # "组织执法培训6期": sessions, not people trained; "挽回损失312万元": money counts no work
        # (a process whose words occur nowhere in ``words`` = lab + aft has none in lab or aft when its words
        # read nothing past that piece (``_local``), or that piece is all of ``words``: no words after or before)
        if pid in said:  # (``_stage_in`` at once: where ``any_before``, its before words' alternation, finds none, it finds none)
            found = _stage_in(own_lab, befores, v) if any_before is not None else None
            before_local = after_local = False
        else:
            before_local, after_local = v._local[pid]
            before_local, after_local = before_local or not aft, after_local or not lab
            found = _stage_in(own_lab, befores, v) if any_before is not None and not (
                before_local and own_lab is lab) and any_before(own_lab) else None
        if found is None and any_after is not None and not after_local and any_after(aft):
            found = _stage_in(aft, afters, v)
        if found is not None:
            stages[pid] = found
    return stages


# A figure's stages and present stage words, one shared read-only object per distinct value (the
# vocabulary allows few: processes x stages): ``naming`` keeps every figure's answer for the
# document, and a dict and a tuple each were ~290 bytes a figure of a long report. Keyed in
# order, as families read them in order.
_STAGES_SEEN: dict[tuple, dict[str, int]] = {}
_WORDS_SEEN: dict[tuple, tuple[re.Pattern, ...]] = {}


def _shared(stages: dict[str, int]) -> dict[str, int]:
    if not stages:
        return _NO_STAGES
    key = tuple(stages.items())
    found = _STAGES_SEEN.get(key)
    if found is None:
        found = _STAGES_SEEN[key] = MappingProxyType(stages)  # type: ignore[assignment]
    return found


def _shared_words(present: list[re.Pattern]) -> tuple[re.Pattern, ...]:
    key = tuple(map(id, present))  # (the vocabulary's patterns live as long as the process)
    found = _WORDS_SEEN.get(key)
    if found is None or list(found) != present:
        found = _WORDS_SEEN[key] = tuple(present)
    return found


_UNASKED = object()


def naming(d: _Doc, q: Quantity) -> _Named | None:
    """``_naming`` of the figure by the stage vocabulary, computed once per figure of the document
    and shared by every family that asks (funnels, distant and parallel funnels, lists cut at a
    later stage, back references, catalog bounds): a figure's naming depends on its own words only.
    A copy of a figure is named afresh."""
    i = q.index
    memo = d.cache.get("naming")
    if memo is None:
        memo = d.cache["naming"] = [_UNASKED] * len(d.qs)
    if 0 <= i < len(memo) and d.qs[i] is q:
        found = memo[i]  # type: ignore[index]
        if found is _UNASKED:
            found = memo[i] = _naming(d, q, load_stages())  # type: ignore[index]
        return found  # type: ignore[return-value]
    return _naming(d, q, load_stages())


# a set opening a figure's words with no stop after it ("审结的案件中维持…", "办结的工单中按期办结…")
_SET_OPENED = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:案件|工单|事项|申请|诉求|信访件)中(?![心央间期旬止断转])(?=[\u4e00-\u9fff])")
_REFERRING = re.compile(r"对(?:已|按期|按时|如期|及时)?")


def _without_referred(lab: str, v: Stages) -> str:
    """``lab`` without the stage word right after 对 when another stage word follows it ("对办结工单
    回访": the figure counts callbacks, of work closed -- 办结 names what it goes on from, not it)."""
    k = lab.find("对")
    if k < 0:
        return lab
    at = _REFERRING.match(lab, k).end()
    m = v.any_stage.match(lab, at)
    if m is None or m.end() == at:
        return lab
    rest = lab[: k] + "，" * (m.end() - k) + lab[m.end() :]
    return rest if v.any_stage.search(rest, m.end()) else lab


def carried_over_at(d: _Doc, v: Stages) -> list[int]:
    """Where each carry-over word of the text starts, listed once per document (three walks ask)."""
    found = d.cache.get("carried_over")
    if found is None:
        found = d.cache["carried_over"] = [m.start() for m in v.carry_over.finditer(d.s)]
    return found  # type: ignore[return-value]


def spoken_between(positions: list[int], lo: int, hi: int) -> bool:
    """Does one of ``positions`` (in order: ``carried_over_at``'s) fall in [lo, hi)? By bisect: a walk
    over every carry-over word of the text, once per figure asking, grew with the square of it."""
    i = bisect.bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


def every_at(d: _Doc, v: Stages) -> list[re.Match]:
    """The 'all' words of the text (``every``), found once per document (three families walk them;
    read-only: the list is shared)."""
    found = d.cache.get("every")
    if found is None:
        found = d.cache["every"] = list(v.every.finditer(d.s))
    return found  # type: ignore[return-value]


def _strip(text: str, patterns: tuple[re.Pattern, ...] | list[re.Pattern]) -> str:
    """``text`` without every character some stage word covers (each word's own longest match,
    so "已执行完毕" loses all of it, not just "已执行"); ``strip_all`` searches only with the words
    some character of the text can start."""
    return strip_all(text, patterns)


# "作出不予处罚决定" is no penalty; 不合格 and 未通过 (a screening not passed) are findings
_INNER_NEGATION = re.compile(r"不(?!合格|通过)|未(?!通过)|免")


def _stage_in(text: str, patterns: list[re.Pattern | None], v: Stages) -> int | None:
    """The latest stage a word in ``text`` names, not negated ("受理并办结": 办结)."""
    negation = v.negation  # (a loop, not ``any`` over a generator: ~2,400 levels tried a pass)
    for level in range(len(patterns) - 1, -1, -1):  # (the latest first: the first found is the answer)
        pat = patterns[level]
        if pat is not None:
            for m in pat.finditer(text):
                # (a negation word holds a character: none stands before a match at 0 -- no search)
                if not (m.start() and negation.search(text, 0, m.start())) and not _INNER_NEGATION.search(m.group()):
                    return level
    return None


def _same_thing(later: _Named, earlier: _Named, context: str = "") -> bool:
    """The later figure names nothing beyond its stage, or shares two characters with the earlier
    figure's words or with ``context`` (the subject of the earlier figure's sentence, when that
    figure names nothing but its stage: "收到复议申请312件,经审查,决定受理287件。审结复议案件270件")."""
    rest = later.rest
    if another_body(later, earlier.words + context):
        return False  # "受理投诉1,206件,12315平台转办投诉1,300件": another body's work
    if len(rest) < 2:  # one character left ("审执结": 审) names no other thing
        return True
    return any(rest[i : i + 2] in earlier.words or rest[i : i + 2] in context for i in range(len(rest) - 1))


def same_work(pid: str, later: _Named, earlier: _Named, context: str = "") -> bool:
    """Is ``later`` a later stage of the work ``earlier`` counts, in process ``pid``? Its words
    name the same thing (``_same_thing``); in a process whose later stages name their outcome
    (``outcome_named``: "参加中考6,820人,普高上线4,106人") any words but another body's do."""
    if pid in load_stages().outcome_named:
        return not another_body(later, earlier.words + context)
    return _same_thing(later, earlier, context)


def another_kind(p: _Named, c: _Named) -> bool:
    """Do two figures of one stage each name a kind the other does not ("遗传代谢病筛查17,391人;
    听力筛查17,402人"): side by side, neither goes on from the other (a figure naming nothing
    more, "直接办结400件,…办结950件", may hold the other)."""
    a, b = p.rest, c.rest
    return any(a[i : i + 2] not in b for i in range(len(a) - 1)) and any(b[i : i + 2] not in a for i in range(len(b) - 1))


def another_body(later: _Named, earlier_words: str) -> bool:
    """Do the later figure's own words (its rest) name a body the earlier words do not?"""
    bodies = load_stages().bodies
    return bodies is not None and any(m.group() not in earlier_words for m in bodies.finditer(later.rest))


_STATUS = re.compile(r"(?:其中|均|全部|目前|现)?已")
# what is done to a fixed set of findings (整改, 追回…), not the flow of work still coming in ("派发工单46,302件,截至
# 10月8日,已办结46,318件": the closings to a later date hold work dispatched after the count)
_REMEDIED = re.compile(r"整改|销号|清退|追缴|追回|收回|归还|化解|清偿|处置")
_PROBLEMS = re.compile(r"问题|隐患|缺陷|违法违规行为|违法行为|违规行为")
_PROBLEM_UNITS = frozenset("个处项条")


def _same_count(p: _Named, c: _Named) -> bool:
    """Counted alike (one unit, or one group of ``units``) and named for the same period (``p`` the
    later figure, ``c`` the earlier)."""
    a, b = p.q.unit, c.q.unit
    if a != b and not any(a in g and b in g for g in load_stages().units):
        return False
    if a != b and a in _PROBLEM_UNITS and _PROBLEMS.search(p.words):
        return False  # "抽查执法案卷120件,发现问题236个": problems counted by themselves, several in one file
    backlog = load_stages().backlog
    if backlog is not None and (p.period or c.period) and any(backlog.fullmatch(x) for x in p.period | c.period) \
            and not _STATUS.match(p.words):
        # "12月受理1862件,办结1903件": the month closes what earlier months left open (not "转办工单
        # 2.3万件,已办结2.2万件": what of those items is closed by now)
        return False
    years = (set(_A_YEAR.findall(p.words)), set(_A_YEAR.findall(c.words))) if "年" in p.words else ((), ())
    if all(years) and years[0] != years[1]:
        return False  # "2023年告知听证权利案件12件。2024年举行听证15件": two years' work
    if not c.period and "截至" in p.period and _STATUS.match(p.words) and _REMEDIED.search(p.words):
        # "查出问题金额8.64亿元。截至2023年6月底,已整改6.92亿元": where the work named by no period stood at a
        # date (not after a figure of the year: "全年受理143件。截至6月底,已审结…" is part-way through it)
        return True
    return not p.period or p.period == c.period or (p.period == {"year"} and not c.period)


_A_YEAR = re.compile(r"(?:19|20)\d\d年")


def counted_among(p: _Named, c: _Named) -> bool:
    """``_same_count``, or ``p`` counts distinct units and ``c`` visits to them ("检查企业326家次,
    发现问题的118家": the firms found at fault were visited at least once each; ``visits``)."""
    if _same_count(p, c):
        return True
    units = load_stages().visits.get(c.q.unit)
    return bool(units) and p.q.unit in units and _same_count(dataclasses.replace(p, q=c.q), c)


def _scopes_fit(p: _Named, c: _Named) -> bool:
    """A figure naming no level goes on in the level of the figures before it; one naming its
    own level is bounded by that level, the whole or a figure naming none; the whole only by the whole."""
    if p.scope is not None and c.scope is not None and p.place and c.place and p.place != c.place:
        return False  # "全区受理480件,市级交办530件", "全区受理48件。全市审结312件": another jurisdiction's
    # (naming its own level after a figure naming none: "申请复核21件,市级复核机关受理23件" -- a
    # figure naming no level is of the report's whole jurisdiction, which bounds its own level)
    return p.scope is None or p.scope == c.scope or (p.scope == "own" and c.scope in ("whole", None))


# A figure named as a whole of the year or of every kind may hold more than one before it that is
# not named so ("专项检查…12处" vs "全年共整改各类隐患1,360处").
WIDER = re.compile(r"全年|各类|累计|共计|总计|合计|共")


def stages_in(text: str) -> dict[str, int]:
    """The stage each process's words in ``text`` name ("在作出处罚决定的案件中": the penalty stage)."""
    v = load_stages()
    out: dict[str, int] = {}
    # (only the processes whose gate the text meets: a process's before words each hold a character
    # of its gate, so the others' words occur nowhere in it -- one scan instead of ~35 searches)
    for pid, befores, _, any_before, *_ in v.processes_met(text):
        if any_before is not None and any_before(text):
            found = _stage_in(text, list(befores), v)
            if found is not None:
                out[pid] = found
    return out


def later_stage(d: _Doc, part: Quantity, whole: Quantity) -> bool:
    """Does ``part`` name a later stage than ``whole`` of a process both name ("收到申请86件,其中受理74件":
    the part is the work that went on, no mere kind of the whole)?"""
    a, b = naming(d, part), naming(d, whole)
    return a is not None and b is not None and any(b.stages.get(pid, lvl) < lvl for pid, lvl in a.stages.items())


def another_stage(d: _Doc, q: Quantity, named: dict[str, int]) -> bool:
    """Does ``q`` stand for another stage of a process than the one ``named`` gives it (a count of
    cases filed under "在作出处罚决定的案件中,…")?"""
    me = naming(d, q)
    return me is not None and any(pid in named and named[pid] != st for pid, st in me.stages.items())
