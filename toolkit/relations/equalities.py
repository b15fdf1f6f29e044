"""Equalities: one metric restated (the catalog's cross-metric rules: ``catalog_rules``), and equalities by meaning
(``by_meaning``: a rate of 100% over its figures, grades that add up to what was checked, a
figure that refers back to a set stated before), which also runs the bounds by meaning."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from ..quantities import Quantity
from ..tables import Table, row_totals
from .abbreviations import names_stem
from .all_words import first_of_its_stage_list, listed_after_colon
from .among_stage import among_stage
from .bounds import _PUNCT, _WIDER, _funnel_candidate, _funnels, _qualified_parts, _respective_funnels
from .carried_over import _carried_over
from .cell_measures import cell_of_period, column_heads, of_another_body, other_measure, table_of, unit_disagrees
from .distant import distant_funnels
from .graded import _graded_lists, _graded_vocabulary, _sum_of  # noqa: F401  (_sum_of: read from here by others)
from .identities import identities
from .label_index import holding_any
from .model import Relation, compatible
from .named_again import narrower_or_period, sets_named_again, stated_alike
from .objects_again import objects_again
from .pair_ties import PairTies
from .parallel import parallel_funnels
from .qualified_rates import names_its_own_set, strict_base_unsaid
from .restated import new_and_carried
from .restated_units import amounts_restated, caption_units, in_table_unit
from .roles import holds_carried, is_delta, is_previous
from .scopes import counts_the_names
from .stages import _same_count, _same_thing, _stage_in, carried_over_at, every_at, load_stages, naming
from .statement_years import clause_words, names_another_whole, plan_apart, years_apart
from .structure import _Doc, _overlap
from .unlisted import _aforesaid, _highlighted, _visited_among_visits
from .unread import unread_full_rates

# (compiled once: read per figure or per list)
_ITEM_CLAUSE_END = re.compile(r"[,;:、。]")
_AFTER_END = re.compile(r"[,;:。()]")
_YEAR_HEAD_WORDS = re.compile(r"^\d{4}年(度|末|底)?")
_NOT_CJK_OR_DIGIT = re.compile(r"[^\u4e00-\u9fff\d]")
_TOTAL_AND_SCOPE_WORDS = re.compile(r"(共|为|达|有|总计|合计|共计|累计|全年|全县|全市|全区|本年度|本年|今年)")


def _label_words(d: _Doc, q: Quantity) -> str:
    lab = d.label(q)
    if q.in_table:
        # The row's header: its first cell that is not a bare figure.
        row = d.s[d.last_before("\n", q.start) + 1 : q.start]
        lab = next((c for c in row.split("|") if c.strip() and not re.fullmatch(r"[\d.,%\s]+", c)), "")
    else:
        # "共收到8份政府信息公开申请": the noun can follow the figure -- up to the next
        # punctuation ("办结47件,结转下年度…2件": the words after the comma are the next figure's).
        lab += _AFTER_END.split(d.after(q, 12))[0]
    lab = _YEAR_HEAD_WORDS.sub("", _NOT_CJK_OR_DIGIT.sub("", lab))
    return _TOTAL_AND_SCOPE_WORDS.sub("", lab)


def _repeated_metrics(d: _Doc, metrics_all: dict[str, list[Quantity]],
                      tables: list[Table] | None = None) -> list[Relation]:
    """One metric printed twice (prose and table, summary and section): the figures must agree.

    Only figures whose labels say the same thing are paired, each with the first statement
    (pairing every two restatements would grow with the square of their number). Two prose
    statements with one label may describe two scopes (a year, a school level), so they are
    paired only when they agree; a table restating the prose may not differ.
    """
    out = []
    totals = row_totals(tables) if tables else {}
    # The first cell of a row of several figures that no header ties to a total column: the
    # row's label may name it or the row's last figure (a total column the text did not head).
    # ("项目|预算数|执行数|完成预算%|增长%": the prose may restate any cell of the row -- each a reading)
    row_of = {nums[0].index: nums[1:] for t in tables or () for row in t.rows
              if len(nums := [q for _, q in row.numbers if not q.is_percent]) >= 2}
    heads, where = (column_heads(tables), table_of(tables)) if tables else ({}, {})
    captions = caption_units(d, tables) if tables else []
    for key, qs in metrics_all.items():
        # ("…收到和处理政府信息公开申请情况、存在问题三个部分": the figure counts the names, not the metric)
        qs = [q for q in qs if q.in_table or not counts_the_names(d, q)]
        if tables:
            mapped = {}
            for q in qs:
                # (a row breaking a figure down by columns, "自然人|商业企业|…|总计", stands as its total column)
                t = totals.get(q.index, q) if q.in_table else q
                mapped.setdefault(t.index, t)
            qs = list(mapped.values())
            if len(qs) < 2:
                continue
        first = qs[0]
        a = _label_words(d, first)
        narrower = _less_named_cells(d, first, a, qs[1:], where) if not first.in_table else set()
        for other in qs[1:]:
            if other.index in narrower or (other.in_table and not first.in_table and unit_disagrees(
                    d, first, other, heads.get(other.index, ""))) or (other.in_table != first.in_table and (
                    of_another_body(d, *sorted((first, other), key=lambda q: q.in_table)))):
                continue  # a channel's row beside the whole's; a row of 费用 in 万元 for a count of 件; one body's table
            if not (compatible(first, other) or not other.unit or not first.unit):
                continue
            if first.value != other.value and first.in_table == other.in_table \
                    and not _one_whole_twice(d, first, other):
                continue
            if _scaled_copy(first.value, other.value):
                continue  # "35.6万元" and a table "(单位:元)" showing 356000: the same figure in another unit
            if first.in_table != other.in_table and first.value != other.value \
                    and _with_carried(d, first, other, tables or [], where, totals):
                continue  # "收到申请41件(含上年结转3件)": new and carried work together, the table's 新收 row is 38
            b = _label_words(d, other)
            shared = _overlap(a, b) if a and b else 0
            if shared >= 4 and shared >= 0.5 * min(len(a), len(b)):
                cell = other if other.in_table else first if first.in_table else None
                if cell is not None and first.in_table != other.in_table and other_measure(
                        b if cell is first else a, (a if cell is first else b) + heads.get(cell.index, "")):
                    continue  # one row's name crossed with two measures (增加值 in the prose, 投资额 in the table)
                alts = row_of.get(cell.index, []) if cell is not None and cell.index not in totals else []
                prose, on_right = (first, True) if cell is other else (other, False)
                cell, alts = cell_of_period(d, prose, cell, alts, heads)  # ("1-11月,…" over "11月|1-10月|1-11月")
                values = [first, other] if cell is None else [prose, cell] if on_right else [cell, prose]
                if cell is not None and prose.is_money and first.in_table != other.in_table:
                    # (a prose amount over a table printed in another unit: "27.24亿元" of "272,436" under
                    # "执行数（万元）" -- each cell read in its column's or caption's unit, rounded)
                    unit_of = lambda c: in_table_unit(c, heads.get(c.index, ""), captions[where[c.index]]  # noqa: E731
                                                      if c.index in where else "")
                    pair = amounts_restated(prose, unit_of(cell))
                    if pair is None:
                        continue
                    values = list(pair) if on_right else list(reversed(pair))
                    alts = [p[1] for alt in alts if "%" not in heads.get(alt.index, "")
                            and (p := amounts_restated(prose, unit_of(alt))) is not None]
                    prose = pair[0]
                readings = [{"values": [prose, alt]} for alt in alts] if first.in_table != other.in_table else []
                out.append(Relation("equal", "equal.restated", {"values": values}, keys={"values": key},
                                    readings=readings))  # type: ignore[arg-type]
    return out


def _with_carried(d: _Doc, first: Quantity, other: Quantity, tables: list[Table], where: dict[int, int],
                  totals: dict[int, Quantity]) -> bool:
    """Does the prose figure of a prose/table pair count work carried in beside the cell's new work --
    by an aside ("41件(含上年结转3件)") or by its value (the cell plus the table's 上年结转 row)?"""
    prose, cell = (other, first) if first.in_table else (first, other)
    if holds_carried(d, prose):
        return True
    k = where.get(cell.index)
    return k is not None and new_and_carried(prose, cell, tables[k], totals)


def _less_named_cells(d: _Doc, first: Quantity, a: str, others: list[Quantity], where: dict[int, int]) -> set[int]:
    """The cells of one table that a prose figure's words name less fully than another cell of that
    table ("政府网站公开政府信息数" beside "主动公开政府信息数" for "主动公开政府信息186条"), and
    cells tied for the fullest with other figures (two readings): their indices."""
    by_table: dict[int, list[tuple[int, Quantity]]] = {}
    for q in others:
        b = _label_words(d, q) if q.in_table and q.index in where else ""
        if b:
            by_table.setdefault(where[q.index], []).append((_overlap(a, b) if a else 0, q))
    out: set[int] = set()
    for cells in by_table.values():
        best = max(s for s, _ in cells)
        top = [q for s, q in cells if s == best]
        out |= {q.index for s, q in cells if s < best}
        if len({q.value for q in top}) > 1:
            out |= {q.index for q in top}
    return out


# (and spans of several years: "五年来", "近三年", "“十四五”期间", "2021年以来"; a part named by its
# timeliness: "按期办结信访事项2,830件" beside "办结信访事项2,838件")
_NARROWER = re.compile(r"本级|[省市县区镇乡]级|乡镇|街道|[省市县区]直|其中|上年|去年|同期|半年|季度|\d{1,2}月|以前|结转|累计"
                       r"|[两二三四五六七八九十\d]年(?:来|间)|近[两二三四五六七八九十\d]{1,2}年|期间|以来|历年|按期|按时|超期|逾期|限时")


def _one_whole_twice(d: _Doc, a: Quantity, b: Quantity) -> bool:
    """"一、总体情况 全市共收到行政复议申请1,356件 … 二、… 全年收到行政复议申请1,365件": two prose
    figures of one metric, each named as the whole (全年, 全市, 共), with a heading between, neither
    narrowed to a level, a period, a carried-over part or a 其中, nor qualified in brackets after it:
    one figure stated twice, so they must agree."""
    if a.in_table or b.in_table or a.sentence == b.sentence or not (a.exact and b.exact):
        return False
    if not _HEADING.search(d.s, a.end, b.start):
        return False  # no heading between: not a summary and its section (one line per unit, a part…)
    for q in (a, b):
        head = d.s[q.sentence[0] : q.start]
        if not _WHOLE_WORD.search(head) or _NARROWER.search(head) or d.s.startswith("(", q.end):
            return False
    if years_apart(d, ha := d.s[a.sentence[0] : a.start], hb := d.s[b.sentence[0] : b.start]) or plan_apart(ha, hb):
        return False
    if bool(_GRAND_TOTAL.search(d.s[a.sentence[0] : a.start])) != bool(_GRAND_TOTAL.search(d.s[b.sentence[0] : b.start])):
        return False
    wa, wb = _label_words(d, a), _label_words(d, b)
    if not (wa and wb) or _overlap(wa, wb) < max(4, 0.7 * min(len(wa), len(wb))) or names_another_whole(wa, wb):
        return False
    # An item of a list is named by its list's subject too ("各类事故115起、死亡91人" is not
    # "生产安全事故73起、死亡54人"): the words of the clauses holding them must agree as well.
    ca, cb = clause_words(d, a), clause_words(d, b)
    return _overlap(ca, cb) >= max(4, 0.7 * min(len(ca), len(cb)))


# (共 as "in all", not inside 公共, 共同, 共享: "一般公共预算支出" names no whole)
_WHOLE_WORD = re.compile(r"全年|全市|全县|全区|全省|本年度|(?<!公)共(?!同|享|建|治)")
_GRAND_TOTAL = re.compile(r"总计$")  # "支出总计": the account's grand total (with 上解, 结转), no plain 支出
_HEADING = re.compile(r"\n[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[章部分节])")


def _scaled_copy(x: Decimal, y: Decimal) -> bool:
    if not x or not y:
        return False
    return any(x * f == y or y * f == x for f in (Decimal(1000), Decimal(10_000), Decimal(100_000_000)))


# --- equalities by meaning ------------------------------------------------------------------


def by_meaning(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Relations that hold by what the words mean: full rates, graded lists and figures that
    refer back to one stated before (here), then the funnels of ``bounds`` (which leave alone
    the pairs these already tie) and the units visited among the visits."""
    from .all_repeated import all_repeated, restated_subjects  # (all_repeated reads this module)

    eq = _full_rates(d, found) + _graded_lists(d, found) + _back_references(d, found)
    eq += sets_named_again(d, found + eq)
    eq += objects_again(d, found + eq)
    eq += stated_alike(d, found + eq) + identities(d)
    eq += restated_subjects(d, found + eq)
    funnels = _funnels(d, found + eq)
    eq += _every_one_went_on(d, found + eq + funnels) + _one_to_one(d, found + eq)
    eq += all_repeated(d, found + eq + funnels)  # (the funnels' equal.stage pairs are tied already)
    funnels += distant_funnels(d, found + eq + funnels)
    funnels += among_stage(d, found + eq + funnels)
    out = (eq + funnels + _respective_funnels(d, found) + parallel_funnels(d) + _visited_among_visits(d, found)
           + _aforesaid(d, found) + _qualified_parts(d, found) + _highlighted(d, found))
    return out + full_rates_found(found + out)  # (last: the bounds of the pair stay claims of their own)


def _one_to_one(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"印发规范性文件6件,同步发布政策解读6篇,做到一一对应": the two figures of the sentence
    before the words (exactly two levels counted alike, none after them in the sentence) are
    equal. Any other count of figures is more than one reading: nothing."""

    words = re.compile(_graded_vocabulary()["one_to_one"])
    tied: set[tuple[int, ...]] | None = None  # the figures each equality ties: listed when first asked
    out: list[Relation] = []
    for m in words.finditer(d.s):
        k = d.before(m.start())
        if not k:
            continue
        sentence = d.qs[k - 1].sentence
        if sentence[1] <= m.start() or (k < len(d.qs) and d.qs[k].start < sentence[1]):
            continue  # the words close the figures' sentence
        figs = [q for q in d.qs[max(0, k - 12) : k] if q.sentence == sentence and not q.is_percent
                and not d.in_parentheses(q) and not is_delta(d, q) and not is_previous(d, q)]
        if len(figs) == 2 and compatible(*figs) and not figs[0].in_table \
                and "其中" not in d.s[figs[0].end : figs[1].start]:
            # (not "出台8件,其中6件同步发布解读,做到一一对应": a part, the 6 of the 8 that have one)
            if tied is None:
                tied = {tuple(sorted(q.index for q in r.quantities())) for r in found if r.kind == "equal"}
            if tuple(sorted(q.index for q in figs)) not in tied:
                out.append(Relation("equal", "equal.one_to_one", {"values": figs}))
    return out


# (a subject may stand before the 'all' word: "申请听证的12件,我局均依法组织听证")
_ALL_HEAD = re.compile(r"[,;:]?(?:[我本][局委办院厅队所站])?(?:已|并|且|依法|都|也|已经)*")
_ALL_REACH = 12  # figures after the 'all' words where the later stage may be printed


def _every_one_went_on(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"发现隐患120处,已全部整改。…共整改隐患120处": a figure followed right away by an 'all'
    word (``every`` of stages.yaml) whose clause names a later stage of the figure's process says
    every one of them reached it; the first later figure of the paragraph named by that stage,
    counted alike, equals it (``equal.stage``) -- unless a figure between names a stage of the
    process (it may be the one meant). Within one sentence only the figure right after the 'all'
    clause is the later stage ("报告患者416例,全部纳入管理416例"; not a 其中 part of it)."""

    v = load_stages()
    carried = carried_over_at(d, v)
    levels = dict(v.processes)
    tied: PairTies | None = None  # the pairs an equality or rate ties: indexed when first asked
    out: list[Relation] = []
    for m in every_at(d, v):
        k = d.before(m.start()) - 1  # the figure right before the 'all' word
        if k < 0:
            continue
        r = d.qs[k]
        if r.is_percent or r.in_table or r.sentence[1] <= m.start() or not _ALL_HEAD.fullmatch(d.s, r.end, m.start()):
            continue  # "对实名来信均予以答复": all of a part named between, not of the figure
        first = naming(d, r)
        tail = _PUNCT.split(d.s[m.end() : m.end() + 16])[0]
        if first is None or "其中" in d.label(r):
            continue
        went = {}  # process -> the later stage the 'all' clause names
        for pid, lvl in first.stages.items():
            named = [x for x in (_stage_in(tail, [b for b, _ in levels[pid]], v),
                                 _stage_in(tail, [a for _, a in levels[pid]], v)) if x is not None]
            if named and max(named) > lvl:
                went[pid] = max(named)
        if not went:
            continue
        para_end = d.s.find("\n", m.end())
        para_end = len(d.s) if para_end < 0 else para_end
        for q in d.qs[k + 1 : k + 1 + _ALL_REACH]:
            if q.start >= para_end:
                break
            later = naming(d, q)
            if later is None or not went.keys() & later.stages.keys():
                continue
            # every process the 'all' clause moved on ("全部按期办结": 办结 of the requests, of
            # the assigned ones…) is at that stage in the later figure's words
            reached = all(later.stages[p] == went[p] for p in went.keys() & later.stages.keys())
            # (a rate between is no figure of the process: "全部办结,办结率100%,办结321件")
            beside = q.sentence == r.sentence and (any(not p.is_percent for p in d.qs[k + 1 : q.index])
                                                   or "其中" in d.label(q)
                                                   or _counts_those(d.s[m.end() : q.start])
                                                   or listed_after_colon(d, m.end() + len(tail), q))
            if reached and not beside and _same_count(later, first) \
                    and compatible(q, r) and _same_thing(later, first) and not (
                        _carried_in(carried, r.sentence) if q.sentence == r.sentence else _carried_over(d, carried, r, q)) \
                    and not (_WIDER.search(d.label(q)) and not _WIDER.search(d.label(r))) \
                    and not first_of_its_stage_list(d, later):  # ("答复结果:予以公开5件,部分公开2件")
                if tied is None:  # (asked of the few pairs that get this far)
                    tied = PairTies(found, lambda r2: r2.kind in ("equal", "ratio"))
                if (q.index, r.index) not in tied:
                    out.append(Relation("equal", "equal.stage", {"values": [r, q]}))
            break  # the first figure of the process after the 'all' words decides
    return out


def _counts_those(clause: str) -> bool:
    """Is the 'all' clause the name of the figure right after it ("已全部答复的有409条": those all
    answered number 409, not every one was answered)?"""
    return not _PUNCT_ANY.search(clause) and bool(re.search(r"的(?:有|为|是|达|计|共)?$", clause))


_PUNCT_ANY = re.compile(r"[,;:、。()!?\n|]")


def _carried_in(carried: list[int], span: tuple[int, int]) -> bool:
    """A carry-over word in the sentence ("受理52件(含上年结转4件),全部办结,办结52件"): within one
    sentence, the words that speak of older work are the sentence's own."""
    i = bisect.bisect_left(carried, span[0])
    return i < len(carried) and carried[i] < span[1]


_RATE_NAMES = re.compile(r"((?:[\u4e00-\u9fff]{1,6}率)(?:[和与及、][\u4e00-\u9fff]{1,6}率)*)(?:均|都|全部|分别)?"
                         r"(?:为|达|达到|是)?$")


_ALL_OF_ITSELF = re.compile(r",?[^,;。\d]{0,3}?(?:全部|均已|均|悉数|全数|一律)")  # ("申请听证28件,均依法组织听证")


# "发现问题并依法处理", "排查出并整改": two acts joined by 并, each of the figure's own words
_BOTH_ACTS = re.compile(r"([\u4e00-\u9fff]{2,8}?)并(?:依法|及时|立即|全部|均|已)?([\u4e00-\u9fff]{2,4})")


def _after_its_own_act(words: str, stems: list[str]) -> bool:
    """Do the numerator's words name the act the rate is over before the rate's own ("发现问题并依法
    处理"), the rates naming the second act only (not "公开并解读…,公开率和解读率均为100%")?"""
    m = _BOTH_ACTS.search(words)
    return m is not None and any(s in m.group(2) for s in stems) and not any(s in m.group(1) for s in stems)


def _full_rates(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"印发规范性文件2件,公开并解读2件,公开率和解读率均为100%": a rate of 100% whose name
    names the figure before it (公开并解读 2件), over the earlier stage of that figure's process
    (印发 2件); a figure named by no stage ("发布解读材料14件") is over the figure just before it
    when that one opens a process (印发). Both a ratio (100% may be rounded: 199 of 200) and an
    equality (a rate of 100% says every one) are stated."""

    out: list[Relation] = []
    for pct, m, used in unread_full_rates(d, found, _RATE_NAMES):
        if _bracket_after(d, pct):
            continue  # (a bracket after the rate states its own figures: "安置率100%(计划安置对象86人)")
        stems = [w[:-1] for w in re.split(r"[和与及、]", m.group(1)) if len(w) >= 3]
        before = [q for q in d.qs[max(d.before(pct.sentence[0]), pct.index - 10) : pct.index] if not q.is_percent][-6:]
        named = {q.index: naming(d, q) for q in before}
        numerator = next((n for q in reversed(before) if (n := named[q.index]) is not None
                          and stems and all(s in n.words for s in stems)), None)
        if numerator is not None and _ALL_OF_ITSELF.match(d.s, numerator.q.end):
            # ("刑满释放人员29人全部落实衔接,衔接率100%": all 29 of themselves, no earlier base -- the
            # rate is of the 29 over the 29)
            if numerator.q.index not in used and pct.sentence == numerator.q.sentence:
                out.append(Relation("ratio", "ratio.full", {"numerator": numerator.q, "denominator": numerator.q,
                                                            "percent": pct}))
            continue
        if numerator is None or numerator.q.index in used:
            out += _unnamed_full_rate(d, pct, stems, before, used) if numerator is None else []
            continue
        if _after_its_own_act(numerator.words, stems):
            continue  # "发现问题并依法处理的68件,处理率100%": over those found, the same 68 -- no figure before
        earlier = [q for q in before if q.index < numerator.q.index]
        if numerator.stages:
            base = _funnel_candidate(d, numerator, earlier, lambda q, named=named: named.get(q.index))
        else:
            # The nearest figure counted alike that opens a process ("印发9件,公开9件,解读9件,解读率
            # 100%": 印发, over the 公开 between, itself a later stage of the same documents).
            opened = next((n for q in reversed(earlier) if compatible(q, numerator.q)
                           and (n := named.get(q.index)) is not None and 0 in n.stages.values()), None)
            between = [q for q in earlier if opened is not None and q.index > opened.q.index
                       and compatible(q, numerator.q)]
            base = opened if opened is not None and all(q.value == opened.q.value for q in between) else None
        if base is None:
            out += _unnamed_full_rate(d, pct, stems, before, used)
            continue
        if base.q.index in used or (base.q.value != numerator.q.value and strict_base_unsaid(d, pct, base.q)):
            continue  # (a wider figure than the rate's base, "一审诉讼86件" for 出庭应诉率: believed only if it holds)
        out.append(Relation("ratio", "ratio.full", {"numerator": numerator.q, "denominator": base.q, "percent": pct}))
        if _one_short_shows(pct, base.q):
            out.append(Relation("equal", "equal.full_rate", {"values": [base.q, numerator.q]}))
    return out


def full_rates_found(found: list[Relation]) -> list[Relation]:
    """"开庭审理的案件126件,行政机关负责人出庭应诉126件,出庭应诉率100%": a rate of 100% another
    family read (its numerator and base named by its own words) says every one of the base went on:
    the two figures are one count (``equal.full_rate``). Only a ratio of one reading (a rate that may
    be of another base says nothing of this one), counted alike, and not where the figures show the
    100% is a rounding (998 of 1,000 printed "100%": the ratio holds, the equality is not said)."""
    tied: set[frozenset[int]] | None = None  # the figures each equality ties: listed when first asked
    out: list[Relation] = []
    for r in found:
        if r.kind != "ratio" or r.readings or r.base_plus is not None or r.per != 100:
            continue
        pct, num, base = r.roles.get("percent"), r.roles.get("numerator"), r.roles.get("denominator")
        if not (isinstance(pct, Quantity) and isinstance(num, Quantity) and isinstance(base, Quantity)):
            continue
        if pct.value != 100 or num.is_percent or base.is_percent or not compatible(num, base) \
                or num.unit != base.unit or base.value <= 0 or num.index == base.index:
            continue
        if tied is None:
            tied = {frozenset(q.index for q in r2.quantities()) for r2 in found if r2.kind == "equal"}
        if frozenset((num.index, base.index)) in tied:
            continue
        rounding = Decimal(5).scaleb(-pct.decimals - 1)
        if num.value != base.value and abs(num.value * 100 / base.value - 100) <= rounding:
            continue  # a rounded rate: some short of every one, printed 100%
        tied.add(frozenset((num.index, base.index)))
        out.append(Relation("equal", "equal.full_rate", {"values": [base, num]}))
    return out


def _one_short_shows(pct: Quantity, base: Quantity) -> bool:
    """Would one item short of the base show in the rate as printed? A rate printed with decimals
    ("入学率100.00%" of 84,649, 84,645 enrolled: 99.995%) is a rounding, and says every one only when
    one short would print below it; "100%" says every one as it stands."""
    if pct.decimals == 0 or base.value <= 0:
        return True
    return Decimal(100) / base.value > Decimal(5).scaleb(-pct.decimals - 1)


def _unnamed_full_rate(d: _Doc, pct: Quantity, stems: list[str], before: list[Quantity],
                       used: set[int]) -> list[Relation]:
    """"新增执法人员142人,全部参加培训,参训142人,参训率100%": a rate of 100% whose stages the
    vocabulary does not order (参训, 报备, 核查) is over the one figure of its sentence, in the
    numerator's unit, before the figure its own words name (the rate's stem in them); two such
    figures are two readings of the base: nothing."""
    if not stems:
        return []
    mine = [q for q in before if q.sentence == pct.sentence and not d.in_parentheses(q)
            and not is_delta(d, q) and not is_previous(d, q)]
    num = next((q for q in reversed(mine) if all(names_stem(st, d.own_words(q)) for st in stems)), None)
    qualified = False
    if num is None and len(stems) == 1 and len(stems[0]) >= 4:
        # "任务完成率" over "已完成419户": the figure names the rate's act (完成), the base its object (任务)
        num = next((q for q in reversed(mine) if stems[0][-2:] in d.own_words(q)), None)
        qualified = True
    if num is None or "其中" in d.label(num):
        return []
    bases = [q for q in mine if q.index < num.index and q.unit == num.unit]
    if qualified and not (len(bases) == 1 and stems[0][:-2] in d.own_words(bases[0])):
        return []
    if len(bases) != 1 or "其中" in d.s[bases[0].end : num.start] or {bases[0].index, num.index} & used:
        return []
    if names_its_own_set(d.own_words(num), stems[0], d.own_words(bases[0])) or (
            ";" in d.s[bases[0].end : num.start] and not any(d.own_words(num).endswith(st) for st in stems)):
        # "记录1,286件,记录率100%;重大执法决定法制审核案件64件,审核率100%": after a semicolon, an item naming
        # what it counts after its act (…审核案件) is of its own set, unprinted; one naming the act alone
        # ("…;报市政府备案36件,备案率100%") goes on with the things before it. So is one naming, before its
        # act, a set the base does not name ("重大执法决定法制审核48件" after the cases recorded).
        return []
    return [Relation("ratio", "ratio.full", {"numerator": num, "denominator": bases[0], "percent": pct})] + (
        [Relation("equal", "equal.full_rate", {"values": [bases[0], num]})] if _one_short_shows(pct, bases[0]) else [])


def _bracket_after(d: _Doc, pct: Quantity) -> bool:
    """Does a bracket holding a figure follow the percent right away?"""
    if not d.s.startswith("(", pct.end):
        return False
    close = d.s.find(")", pct.end)
    return close > 0 and any(not q.is_percent for q in d.in_range(pct.end, close))


# "在全年286件立案案件中,": the figure names, by its stage, a set stated before.
_IN_WHICH_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}中$")
# "被撤销的2件": the figure counts those the text said were 撤销 before.
_PASSIVE = re.compile(r"被([\u4e00-\u9fff]{2,4})的$")
_OTHER_YEAR = re.compile(r"\d{4}年|上年|去年|上一年|前年|同期")
# work due ("需办理的25件", "应审理的…"): what was new and what was carried in together
_DUE_WORK = re.compile(r"(?:需|应当?|应该)[\u4e00-\u9fff]{0,2}(?:办理|审理|处理|答复|办结|审结|受理)")
_BACK = 40  # figures looked back for the one referred to
_BACK_CHARS = 3000


def _another_kind_of(lab: str, aft: str, other: str) -> bool:
    """"在检查的1,286家定点医疗机构中" after "检查定点医药机构1,758家": the noun after a 在-figure (its last
    four characters) and the earlier figure's words hold one head noun (机构) but not the words before
    it (医疗 beside 医药): a kind of the set, not the set. ("在全年268件立案案件中" after "立案查处违法案件
    268件" says 立案 too; after "立案268件" the head 案件 is not said at all: the set either way.)"""
    if not lab.startswith("在"):
        return False
    noun = re.sub(r"[^\u4e00-\u9fff]", "", aft)[:-1][-4:]
    words = re.sub(r"[^\u4e00-\u9fff]", "", other)
    return len(noun) == 4 and noun[-2:] in words and noun[:2] not in words


def _back_references(d: _Doc, found: list[Relation]) -> list[Relation]:
    """A figure that refers back to a set stated before restates its count. Only two forms
    name that set without a second reading: "在全年268件立案案件中," names a stage, and the
    set is the one figure of that stage before it that is no part of a breakdown (two such
    figures: nothing); "撤销2件…被撤销的2件" names the verb of the item it counts (the nearest
    figure whose words end with it). A figure of another year gives nothing."""

    v = load_stages()
    # the parts and the pairs equalities tie, listed when first asked (by the few figures that
    # refer back at all)
    parts: set[int] | None = None
    together: PairTies | None = None
    out: list[Relation] = []
    for q in holding_any(d, "在的被"):  # (the figures whose label holds one of them: label_index)
        if q.is_percent or q.is_money or q.in_table or not q.unit:
            continue
        full = d.label(q)
        if "被" not in full and "在" not in full and "的" not in full:
            continue  # (no piece of the label can hold 被, start with 在 or end with 的: most figures)
        lab = _ITEM_CLAUSE_END.split(full)[-1]
        if "被" not in lab and not lab.startswith("在") and not lab.endswith("的"):
            continue  # neither "被…的" nor "(在)…的N件…中": most figures, told apart without the words after
        aft = re.split(r"[,;:、。()]", d.after(q, 16))[0]
        passive = _PASSIVE.search(lab)
        # "在全年268件立案案件中,", "全年受理的156件行政复议案件中,": the set named before.
        in_which = ((lab.startswith("在") or lab.endswith("的")) and _IN_WHICH_AFTER.fullmatch(aft)
                    and d.s.startswith(aft + ",", q.end))
        # Without 在, the noun after the figure must name the set ("受理的156件行政复议案件中"), and the
        # figure referred to must count it ("受理的41件中" names no set: another count may be meant).
        noun = "" if lab.startswith("在") or passive else aft[:-1][-4:]
        if in_which and not lab.startswith("在") and len(noun) < 2:
            continue
        if not (passive or in_which) or _OTHER_YEAR.search(lab):
            continue
        if in_which and (narrower_or_period(lab + aft)):
            continue  # "在县本级受理的92件…中", "在1-6月受理的…中": a narrower set than the whole
        me = naming(d, q)
        if me is None:
            continue
        stages = {pid: lvl for pid, levels in v.processes
                  if (lvl := _stage_in(lab + aft, [b for b, _ in levels], v)) is not None}
        if not passive and not stages:
            continue
        if parts is None:
            parts = {p.index for r in found for role in ("parts", "smaller")
                     for p in (r.roles.get(role) if isinstance(r.roles.get(role), list) else [r.roles.get(role)])
                     if isinstance(p, Quantity)}
        lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
        cands = []
        for r in reversed(d.qs[lo : q.index]):
            if r.is_percent or r.in_table or d.in_parentheses(r) or not compatible(r, q):
                continue
            it = naming(d, r)
            if it is None or not _same_count(me, it):
                continue
            if passive:
                # the nearest figure of the verb, unless another before it says the verb of another
                # value ("复议:结果纠正1件…诉讼:结果纠正0件。…被纠正的1件": whose 纠正 is not said)
                if re.split(r"[,;:、。]", d.label(r))[-1].endswith(passive.group(1)):
                    if cands and cands[0].value != r.value:
                        cands = []
                        break
                    cands = cands or [r]
            elif bool(_DUE_WORK.search(lab)) != bool(_DUE_WORK.search(d.label(r))):
                continue  # "新收23件…另有结转2件…在全年需办理的25件中": work due is no restated intake
            elif it.stages == stages and r.index not in parts and "其中" not in d.label(r) \
                    and noun in re.sub(r"[^\u4e00-\u9fff]", "", d.label(r)) and not _another_kind_of(lab, aft, d.label(r)):
                cands.append(r)
        if len(cands) == 1:
            if together is None:
                together = PairTies(found, lambda r: r.kind == "equal")
            if (cands[0].index, q.index) not in together:
                out.append(Relation("equal", "equal.back_reference", {"values": [cands[0], q]}))
    return out
