"""Text + [Quantity] + [Metric] -> [Relation]: the arithmetic the text states.

Five kinds, named as in the corpus contract: ``sum`` (a total and its parts), ``bound`` (a part,
a later stage or a level that cannot exceed its whole), ``ratio`` (a rate or share against its
numerator and base), ``change`` (a level with its relative and/or absolute change) and ``equal``
(two statements of one figure). Relations are found from the text; whether they hold is for
``checks``, which also weighs the other *readings* a relation may carry (it fails only if every
reading fails).

The model, one module each:

* the figures -- ``roles`` (what a figure is in time: a level, a relative or absolute change, a
  previous level, a rate per N) and ``scopes`` (what it counts: a count of places qualifying the
  next figure, an average that adds up with nothing);
* the structure -- ``structure`` (segments, sentences, paragraphs, headings, labels; every
  look-up by bisect, so each family is linear in the text's length);
* the families -- ``sums`` (其中/包括/分别为/"…中," lists; ``completeness`` says whether a list
  found under a whole is all of it, a sum, or only bounded by it), ``closings`` (brackets, 共计 after a
  list, status splits), ``respective`` (a counted list of units acting respectively: "市、县两级分别受理…"),
  ``classified`` (按…分/从…看 and headed lists, several measures at once), ``headed`` (a heading
  naming a measure over lines of one figure each), ``periods`` (the quarters or halves
  of a year add up to it, by meaning), ``adjacent`` (a list right after its whole -- in its
  clause, the clauses or the sentences after it -- confirmed by its figures or by shares that
  make 100%), ``shares``
  (named rates, 占 shares, 分别占, shares of the total a list partitions; ``ratio_expressions``: A:B and
  A:B:C; ``share_subjects``: a share whose sentence opens with a listed item's name and its change;
  ``subset_rates``: a rate named by a qualifier, of the figure so qualified over the same one
  unqualified), ``rates`` (rates named by
  their own words, bracketed shares and bases, target completion), ``per_n`` (每千/每万…),
  ``changes`` (同比/环比 with 分别, 均, named measures, deltas and previous levels), ``bounds``
  (funnels of a process and levels of a jurisdiction, by meaning; ``ladders``: grades of one
  ladder, each presupposing the one below; ``items``: lines and 、 items of a list; ``distant``: sentences apart,
  ``parallel``: two lists of one set of names; ``named_stage_lists``: items named again with 分别 at a later stage;
  ``unlisted``: parts after 上述…中 and highlights;
  ``referring``: figures saying which stage they go on from (对办结…回访); ``stage_parts``: the 其中
  part a later stage names again; ``stage_lists``: where a list turns into a funnel;
  ``catalog_bounds``: when a bound by metric names reads), ``equalities`` (restated
  figures, full rates, graded lists, back references, 'all' clauses across sentences, 一一对应,
  ``catalog_rules``: the rules of rules.yaml read against the text), ``restated`` (prose figures restated by a table's rows and cells), ``targets`` (an achieved figure against
  the target stated beside it), ``members`` (one member of a listed scope against the whole
  list), ``named_parts`` (parts of several totals under one 其中, each under the total its name
  names), ``named_wholes`` (the figure a sentence opened by "X中," or a highlight names by its
  words, further back than the sentence before), ``tables`` (``table_funnels``: columns of rising
  stages); ``misprints`` (what one misprinted digit makes: a list that overshoots by
  one slip is still the list) and ``outcomes`` (a list of outcomes is of the decided figure);
* helpers a family reads, each a module of its own: ``breakdown_totals`` (which total a 其中 part
  breaks down), ``list_columns`` (one column per measure of a list), ``classified_wholes`` (where a
  classified list's whole is stated), ``share_parts`` (a share's part and base), ``closing_lines``
  (lines closed by a total line), ``table_figures`` (total and rate columns read by the figures),
  ``refused_bases`` (a rate's base without the intake refused inside it: a reading of every ratio),
  ``part_stages`` (a 其中 list whose parts all name a stage is of that stage's figure),
  ``derived`` (differences and comparisons: never a part nor a 其中's whole), ``counted_wholes``
  (a whole that counts its kinds, 五项…, is all of a list of that many), ``nested_lists`` (an aside
  or colon after a 其中 part opens that part's own list), ``all_words`` ('all' words between two
  figures of a funnel),
  ``rate_readings`` (a far base believed only when the rate holds over it, but for one slip);
* the vocabulary is data in ``toolkit/catalog/``: ``rates.yaml`` (named rates),
  ``stages.yaml`` (process stages and levels), ``breakdowns.yaml`` (scope nouns, classification
  words, wholes, averages), ``targets.yaml`` (target words and comparators), ``periods.yaml`` (partitions of a period), ``rules.yaml``
  (cross-metric rules), ``equalities.yaml`` (grades, one-to-one words, outcome totals),
  ``outcomes.yaml`` (outcomes of decided work).

Where the text admits two readings and nothing decides between them, a family either emits
the readings (the check holds if one holds) or nothing: a check fails only on a single reading.
"""

from __future__ import annotations

from ..metrics import Metric
from ..normalize import Text
from ..quantities import Quantity
from ..tables import find_tables
from .account_totals import account_totals
from .added import added_totals, negated_rests, rest_splits
from .adjacent import (
    clause_runs_after_their_whole,
    clauses_after_their_whole,
    lists_after_their_whole,
    named_lists,
    sentences_after_their_whole,
)
from .at_least import at_least
from .averages import average_bases
from .balances import balance_sheets, balances
from .bounds import _includes, _subsets_by_meaning
from .bracket_names import bracket_names
from .carried import (
    carried_in_bases,
    carried_in_closings,
    carried_in_rates,
    chapter_carried_closings,
    chapter_carried_splits,
    new_intake_closings,
)
from .catalog_rules import _catalog_rules, _covered_by_text, load_rules
from .changes import _changes
from .classified import _classified
from .closing_lines import closing_lines
from .closings import (
    _parenthesised_lists,
    _status_splits,
    _trailing_totals,
    all_of_a_list,
    carried_forward_splits,
    continued_lists,
)
from .complement_splits import complement_splits
from .confirmed_lists import confirmed_lists
from .counted_points import counted_points
from .counted_wholes import counted_wholes
from .cumulative import cumulative_bounds, share_base_bounds
from .daily_averages import daily_averages
from .decisions import decision_splits
from .differences import printed_differences
from .distributed import distributed_partitions
from .due_work import due_totals, due_work
from .each_rate import each_rates
from .equalities import _repeated_metrics, by_meaning
from .flow_balance import flow_balances
from .flows import flows
from .group_rates import group_rates
from .headed import headed_lists
from .households import household_bounds
from .hundred import forced_to_100
from .intake_sums import added_up, found_splits, intake_splits, others_added
from .involving import involving_parts
from .item_shares import item_measure_shares
from .ladders import ladder_bounds
from .line_lists import line_lists
from .members import member_bounds
from .model import _MONEY_SCALE, Relation, compatible, money_value
from .named_by_parts import named_by_its_parts
from .named_changes import named_changes, named_rates_by_position, one_named_changes
from .named_closings import named_closings, named_totals
from .named_partitions import named_partitions
from .named_parts import named_parts
from .named_per_n import named_per_n
from .named_sets import named_set_bounds
from .named_shares import named_shares
from .named_stage_lists import named_stage_lists
from .net_growth import net_growth
from .opinions import opinion_sums
from .outcome_lists import defined_totals, outcome_lists, outcomes_after
from .paired_measures import paired_bounds, with_paired_measures
from .paragraph_bases import paragraph_bases
from .part_rates import part_rates
from .part_readings import read_parts
from .per_n import _per_capita, slash_rates
from .per_unit import per_unit_averages
from .period_cells import period_cells
from .period_lists import period_lists
from .period_rows import period_rows_in_prose
from .periods import period_partitions
from .places import of_another_place
from .points import points_changes
from .price_basis import at_current_prices_only
from .printed_alike import printed_alike
from .qualified_rates import believed
from .rate_funnels import rate_funnels
from .rates_of_itself import rates_of_itself
from .ratio_expressions import _ratio_expressions
from .recovered import recovered_levels
from .rectified import rectified_splits
from .ref_years import of_the_period_named
from .refused_bases import with_refused_readings
from .respective import respective_splits, respective_stages
from .restated import restated_in_tables
from .restated_lists import restated_above, restated_with_all
from .restated_prose import restated_in_section, restated_prose
from .semicolons import semicolon_lists
from .set_members import set_member_bounds
from .set_rates import counted_set_rates
from .shares import _ratios
from .stated_excess import stated_excess
from .structure import _Doc
from .sums import _breakdowns
from .table_sub_rows import sub_columns, sub_row_breakdowns, whole_first_rows
from .tables import _table_relations
from .tail_totals import tail_totals, union_totals
from .targets import target_bounds
from .timely_bases import timely_bases
from .timely_parts import parts_not_all
from .to_date import to_date_bounds
from .two_years import two_year_changes
from .victims import victim_bounds

__all__ = ["_MONEY_SCALE", "Relation", "_Doc", "compatible", "find_relations", "load_rules", "money_value"]


def find_relations(text: Text, quantities: list[Quantity], metrics: list[Metric],
                   restated: dict[str, list[Quantity]] | None = None, doc: _Doc | None = None) -> list[Relation]:
    """Every relation the text states, de-duplicated, in reading order."""
    d = doc if doc is not None else _Doc(text, quantities, metrics)
    rels: list[Relation] = []
    # (the tables first: a cell under a header naming a change is no part of a sum -- scopes.is_additive)
    tables = find_tables(d.s, quantities)
    d.cache["tables"] = tables  # (the caller names table cells by their row and column)
    rels += _breakdowns(d)
    # (the parts of the 其中 lists: a classified list after them may add up to one -- classified._read_list)
    d.cache["breakdown_parts"] = frozenset(p.index for r in rels if r.kind == "sum" for p in r.roles.get("parts") or ())
    rels += continued_lists(d, rels)
    rels += semicolon_lists(d, rels)
    rels += _classified(d)
    rels += headed_lists(d)
    rels += line_lists(d)  # "分学段情况如下:\n小学:在校生…,招生…": first figures of item lines, by their sum
    rels += period_partitions(d)
    rels += period_lists(d)  # "4月、5月、6月分别受理…": every part of a period, named before 分别
    rels += named_partitions(d)
    rels += lists_after_their_whole(d)
    rels += named_lists(d)
    rels += sentences_after_their_whole(d)
    rels += clauses_after_their_whole(d)
    rels += _includes(d)
    rels += _parenthesised_lists(d)
    rels += _trailing_totals(d)
    rels += counted_points(d)  # "…6,590万元:一是…;二是…;三是…": points counted off after a figure
    rels += named_closings(d)  # "…,义务教育阶段在校生共5.0万人": a total named by its own words, by its figures
    rels += named_totals(d)
    rels += closing_lines(d)
    rels += restated_above(d)
    rels += restated_with_all(d)
    rels += all_of_a_list(d)
    rels += named_by_its_parts(d)
    rels += _status_splits(d)
    rels += rectified_splits(d)  # "指出问题183个,已整改156个,正在整改27个": statuses of what was found
    rels += added_totals(d)
    rels += due_totals(d)  # "新收91件,另有上年结转9件,全年应办理100件": intake + carried in
    rels += rest_splits(d)
    rels += negated_rests(d)
    rels += respective_splits(d)
    rels += respective_stages(d)
    rels += named_stage_lists(d)  # items named again with 分别 at a later stage (审结 after 新收)
    rels += distributed_partitions(d)
    rels += outcome_lists(d)
    rels += outcomes_after(d, rels)
    rels += defined_totals(d, rels)
    rels += added_up(d)
    rels += intake_splits(d)
    rels += others_added(d)
    rels += found_splits(d)
    rels += complement_splits(d)  # a test's whole: what passed and what failed (合格…不合格)
    rels += decision_splits(d)  # a decision's whole: what it granted and what it refused
    rels += bracket_names(d)
    rels += balances(d)
    rels += balance_sheets(d)  # assets = liabilities + net assets
    rels += account_totals(d)  # 收入总计 = 支出总计 (+ carried out)
    rels += opinion_sums(d)
    rels += at_least(d)  # 满意及以上: the grades from the top down to it
    rels += _subsets_by_meaning(d)
    rels += involving_parts(d)
    rels += net_growth(d)
    rels += clause_runs_after_their_whole(d)  # (after the families whose relations it could restate)
    rels += _table_relations(d, tables)
    rels += sub_row_breakdowns(tables)  # "一般公共预算收入|48.65" over "其中:税收收入|35.12"
    rels += whole_first_rows(tables)  # "一般公共预算收入" over "税收收入", "其中:…", "非税收入": a complement pair
    rels += sub_columns(tables)  # "行政诉讼(件)|其中败诉(件)": the part beside its whole
    rels += period_rows_in_prose(d, tables)  # "一季度755件" below rows 1月…12月: the quarter's months
    own = part_rates(d, rels)  # an item's own rate over its list's whole: no other base for that rate
    taken = {id(r.roles["percent"]) for r in own}
    ratios = [r for r in _ratios(d, rels) if id(r.roles.get("percent")) not in taken]
    ratios = of_the_period_named(d, ratios)  # "占上半年受理总量的": of the half-year's figure, not the year's
    ratios = of_another_place(d, ratios)  # "全省同期…婴儿死亡率为2.46‰": not over the report's own counts
    ratios = paragraph_bases(d, ratios)  # a list's shares of a far named base, of their paragraph's whole
    with_refused_readings(d, ratios)  # ("收到86件,其中不予受理4件,…审结率": of the 82 accepted too)
    rels += believed(d, own + ratios)  # (a qualified rate over a figure not named so: only if it holds)
    rels += share_base_bounds(d, ratios)  # "…1,126名,占在编人员1,208名的93.2%": the part within its base
    rels += item_measure_shares(d, rels)
    rels += named_shares(d)  # "维持、撤销分别占审结案件的61.7%、13.6%": figures named again, their shares
    rels += group_rates(d, rels)
    rels += counted_set_rates(d, rels)
    rels += recovered_levels(d, rels)  # "恢复到2019年(5,247.1万人次)的108.8%": a level over an earlier year's  # "312个行政村中,…298个,通客车率95.5%": a rate of the set counted
    rels += each_rates(d)
    rels += _per_capita(d)
    rels += named_per_n(d)
    rels += per_unit_averages(d)  # 人均, 户均, 平均每个…: a total over a count
    rels += daily_averages(d)  # 日均: a total over its period's days (366 in a leap year)
    rels += slash_rates(d)
    rels += _changes(d)
    rels += named_changes(d)
    rels += two_year_changes(d)  # "2011年、2012年…分别为2,614件和2,846件,2012年增长8.9%"
    rels += one_named_changes(d, rels)
    rels += named_rates_by_position(d)
    rels += points_changes(d)
    rels += printed_differences(d)
    rels += union_totals(d)  # "进出口总额…。出口…;进口…": a total named by both complements, then them
    rels += tail_totals(d)  # "职工…参保86.42万人,城乡居民…142.18万人,全市…228.06万人": complements, then their total  # "63件,比上年(48件)增加15件": level, previous and difference, no percent
    rels += flows(d)
    rels += target_bounds(d)
    rels += victim_bounds(d)  # "死亡事故94起,造成108人死亡": events harming one at least
    rels += to_date_bounds(d)  # "10月…3起。1-10月累计…27起": a month within the year to date
    rels += household_bounds(d)  # "低保612户1,037人": a household holds one person at least
    rels += member_bounds(d)
    rels += ladder_bounds(d)
    rels += cumulative_bounds(d)  # "新增示范校9所,累计达到46所": the new within the running total
    rels += _repeated_metrics(d, restated or {}, tables)
    rels += restated_in_tables(d, tables)
    rels += period_cells(d, tables, rels)  # "1-8月…公路客运量629.2万人次": the row's cell of that period
    rels += restated_prose(d, rels)  # a total of the summary stated again in its chapter
    rels += restated_in_section(d, rels)  # a figure of a list taken up again in its section
    rels += _ratio_expressions(d, rels)
    rels += by_meaning(d, rels)
    rels += rates_of_itself(d, rels)  # a 100% rate over the one count of its sentence
    rels += named_set_bounds(d)  # "转派工单中,已办结…": a later stage among a set named by its earlier one
    rels += set_member_bounds(d)  # "全县14个乡镇中,已有11个乡镇…": members of a counted set, by a property
    rels += carried_forward_splits(d)  # after the funnels: the bound 办结 <= 收到 stays too
    rels += flow_balances(d, rels)  # the balances carried_forward_splits leaves (a list between, 旧存 within)
    rels += confirmed_lists(d, rels)  # four kinds or more a section below the one figure they add up to
    rels += due_work(d, rels)  # "新收14件,上年结转2件,应办16件;办结15件,结转下年1件" (those not said already)
    rels = parts_not_all(d, named_parts(d, rels))  # (named_parts: parts named after one of several totals; an
    # 'all' stage's part named by its timeliness, 其中按期办结, is bounded, not equal)
    carried_in_bases(d, rels)  # closing rates whose base may hold last year's work
    timely_bases(d, rels)  # 按时办结率: over the closed or over the work due
    rels += carried_in_rates(d, rels)  # closing rates no family read, over this year's and last year's work
    average_bases(d, rels)  # vital rates over the year's average population
    rels += rate_funnels(d, rels)  # "…办结6,178件,办结率99.4%" over 受理6,214件: the funnel the rate states
    forced_to_100(rels)  # the shares of a whole printed to make 100, one a unit off its exact value
    new_intake_closings(d, rels)  # closings after 新收: may hold older work
    carried_in_closings(d, rels)  # closings beside carried-in work: over the intake and that work too
    chapter_carried_closings(d, rels)  # closings in a chapter that speaks of carried-in work
    rels = chapter_carried_splits(d, rels)  # closed + open over an intake there: with that work too
    counted_wholes(d, rels)  # "五项…总收入": a list of that many kinds is all of it
    with_paired_measures(d, rels)  # "642件886人": a rate over cases may be over people too
    rels += paired_bounds(d, rels)  # and a funnel over them holds in people too
    at_current_prices_only(d, rels)  # a growth at comparable prices is no ratio of the printed levels
    rels = read_parts(d, rels)  # "A、B各1个", "9次、涉及…185条", limits: what each listed figure adds
    sigs = [r.signature() for r in rels]  # each relation's once
    text_sigs = set(sigs)
    for r in _catalog_rules(d, metrics):
        sig = r.signature()
        if sig not in text_sigs and not _covered_by_text(r, rels):
            rels.append(r)
            sigs.append(sig)
    kept = {id(r) for r in stated_excess(rels)}  # "结案436件,结案率105.8%" over 立案412件: no bound 结案 <= 立案
    rels, sigs = [r for r in rels if id(r) in kept], [s for r, s in zip(rels, sigs, strict=True) if id(r) in kept]
    known = {id(r): sig for r, sig in zip(rels, sigs, strict=True)}  # (every one alive: ids stay theirs)
    rels = printed_alike(rels)  # (the catalog's bounds too: a funnel printed alike is an equality)
    sigs = [known.get(id(r)) or r.signature() for r in rels]  # (only the equalities it adds are new)
    seen: set = set()
    out = []
    for r, sig in zip(rels, sigs, strict=True):
        if sig in seen:
            continue
        seen.add(sig)
        out.append(r)
    out.sort(key=lambda r: min((q.start for q in r.quantities()), default=0))
    return out
