"""False alarms found by writing consistent passages in the styles of the reports (review10): each
test holds a consistent variant that must not fail and, where the text admits one reading, an
inconsistent variant that still fails. Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def checks(tmp_path, text: str) -> list:
    return audit_text(tmp_path, text)


def fails(tmp_path, text: str) -> list:
    return [(c.rule, c.operands) for c in checks(tmp_path, text) if c.status == "fail"]


def changes(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["current"], c.operands["percent"]): c.status
            for c in checks(tmp_path, text) if c.kind == "change"}


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in checks(tmp_path, text) if c.kind == "sum"}


# --- a percent whose own clause names another measure than the delta before it ---------------

def test_a_percent_naming_its_own_measure_is_not_the_delta_before_it(tmp_path) -> None:
    text = ("全年共接报火灾1286起,受伤11人,直接财产损失2318.6万元,与上年相比,火灾起数下降8.3%,"
            "受伤人数增加3人,直接财产损失上升10.2%。")
    got = changes(tmp_path, text)
    assert (11, 10.2) not in got  # 3/8 = 37.5%: the 10.2% is the loss's, not the injured's
    assert got[(2318.6, 10.2)] == "pass"
    assert not fails(tmp_path, text)


def test_a_percent_naming_the_deltas_own_measure_is_still_its_change(tmp_path) -> None:
    text = "全年发生事故{a}起,受伤11人,同比受伤人数增加3人,受伤人数上升{p}%。"
    assert changes(tmp_path, text.format(a=40, p="37.5"))[(11, 37.5)] == "pass"
    assert changes(tmp_path, text.format(a=40, p="30.5"))[(11, 30.5)] == "fail"


def test_a_percent_right_after_a_delta_in_its_clause_is_its_change(tmp_path) -> None:
    text = "全年办理法律援助案件236件,比上年增加28件,增幅为{p}%。"
    assert changes(tmp_path, text.format(p="13.46"))[(236, 13.46)] == "pass"
    assert changes(tmp_path, text.format(p="14.46"))[(236, 14.46)] == "fail"


# --- 加上…共 + a later stage: what was closed of the sum, not the sum ------------------------

def test_plus_then_a_total_named_by_a_later_stage_is_no_sum(tmp_path) -> None:
    text = "全年共收到行政复议申请115件,依法受理114件,加上上年结转22件,共审结117件。"
    assert (117, 114, 22) not in sums(tmp_path, text)
    assert not fails(tmp_path, text)


def test_plus_then_a_total_due_is_the_sum(tmp_path) -> None:
    text = "全年依法受理行政复议申请114件,加上上年结转22件,共需审理{t}件。"
    assert sums(tmp_path, text.format(t=136))[(136, 114, 22)] == "pass"
    assert sums(tmp_path, text.format(t=163))[(163, 114, 22)] == "fail"


# --- a bracket of what came in and what went on is no breakdown ------------------------------

def test_a_bracket_of_carried_in_and_carried_forward_work_is_no_breakdown(tmp_path) -> None:
    text = ("本年度共收到申请512件,按期答复497件(上年结转0件,结转下年15件)。其中予以公开233件,占46.9%;"
            "部分公开71件,占14.3%;不予公开18件,占3.6%;无法提供142件,占28.6%;不予处理33件,占6.6%。")
    assert (497, 0, 15) not in sums(tmp_path, text)
    assert not fails(tmp_path, text)


def test_a_bracket_of_new_and_carried_in_work_is_still_a_breakdown(tmp_path) -> None:
    text = "全年收到政府信息公开申请{t}件(新收申请40件、上年结转6件),均已办结。"
    assert sums(tmp_path, text.format(t=46))[(46, 40, 6)] == "pass"
    assert sums(tmp_path, text.format(t=45))[(45, 40, 6)] == "fail"


# --- a delta of decrease named by 减收/减支 -----------------------------------------------------

def test_less_revenue_is_a_decrease(tmp_path) -> None:
    text = "全年组织税收收入505.8亿元,同比减收18.6亿元、下降{p}%。"
    assert changes(tmp_path, text.format(p="3.5"))[(505.8, -3.5)] == "pass"
    assert changes(tmp_path, text.format(p="4.5"))[(505.8, -4.5)] == "fail"


# --- equalities a report kind assumes: the wider figure larger is no contradiction -------------

def catalog(tmp_path, text: str) -> dict[str, tuple]:
    return {c.rule: (c.status, c.operands.get("values")) for c in checks(tmp_path, text) if c.rule.startswith("catalog.")}


def test_decisions_of_every_kind_may_outnumber_the_penalties(tmp_path) -> None:
    text = "全年共作出行政执法决定2386件。行政处罚方面,立案1262件,作出处罚{n}件,罚款共计836.4万元。"
    assert catalog(tmp_path, text.format(n=1204))["catalog.decisions.are.penalties"][0] == "unverifiable"
    assert catalog(tmp_path, text.format(n=2386))["catalog.decisions.are.penalties"][0] == "pass"
    # more penalties than decisions of every kind: impossible by meaning
    assert catalog(tmp_path, text.format(n=2486))["catalog.decisions.are.penalties"][0] == "fail"


def test_reviews_may_outnumber_the_major_decisions_not_the_other_way(tmp_path) -> None:
    text = "全年重大行政执法决定法制审核{r}件,作出重大行政执法决定58件。"
    assert catalog(tmp_path, text.format(r=62))["catalog.major.decisions.reviewed"][0] == "unverifiable"
    assert catalog(tmp_path, text.format(r=55))["catalog.major.decisions.reviewed"][0] == "fail"


def test_an_assumed_equality_the_text_makes_a_breakdown_is_not_read(tmp_path) -> None:
    text = "全年作出行政执法决定2386件,其中行政处罚1204件,行政许可986件,行政强制196件。"
    assert "catalog.decisions.are.penalties" not in catalog(tmp_path, text)
    assert sums(tmp_path, text)[(2386, 1204, 986, 196)] == "pass"
    assert not fails(tmp_path, text)


def test_the_amount_of_the_whole_is_not_one_listed_kinds(tmp_path) -> None:
    text = "全年作出行政处罚决定3126件,其中适用简易程序2186件,适用普通程序940件,罚款总额2863.5万元。"
    assert not [c for c in checks(tmp_path, text) if c.rule == "catalog.penalties.simple_procedure.fines"]
    assert not fails(tmp_path, text)


# --- a month's closings hold what the months before left open ----------------------------------

def bounds(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["smaller"], c.operands["larger"]): c.status
            for c in checks(tmp_path, text) if c.kind == "bound"}


def test_a_month_may_close_more_than_it_received(tmp_path) -> None:
    text = "全年受理投诉举报18462件,办结18231件。其中12月受理1862件,办结1903件。"
    got = bounds(tmp_path, text)
    assert got[(18231, 18462)] == "pass"
    assert (1903, 1862) not in got
    assert not fails(tmp_path, text)


def test_what_of_a_months_items_is_closed_by_now_is_still_bounded(tmp_path) -> None:
    text = "11月份转办工单{a}件,已办结22817件。"
    assert bounds(tmp_path, text.format(a=23126))[(22817, 23126)] == "pass"
    assert bounds(tmp_path, text.format(a=21126))[(22817, 21126)] == "fail"


def test_the_year_still_bounds_what_it_closed(tmp_path) -> None:
    text = "全年受理投诉举报{a}件,办结18231件。"
    assert bounds(tmp_path, text.format(a=18462))[(18231, 18462)] == "pass"
    assert bounds(tmp_path, text.format(a=18123))[(18231, 18123)] == "fail"


def test_work_carried_in_from_the_month_before_voids_the_funnel(tmp_path) -> None:
    text = "全年热线受理群众诉求234600件,办结251120件(含去年12月转入件)。"
    assert (251120, 234600) not in bounds(tmp_path, text)


# --- a count of places opening a set is no total of what the places did ----------------------

def test_a_count_of_districts_is_no_total_of_their_cases(tmp_path) -> None:
    text = "全市16个区中,甲区、乙区、丙区受理量分别为2862件、1936件、1524件,三区合计{t}件。"
    got = sums(tmp_path, text.format(t=6322))
    assert not [k for k in got if k[0] == 16]
    assert got[(6322, 2862, 1936, 1524)] == "pass"
    assert sums(tmp_path, text.format(t=6422))[(6422, 2862, 1936, 1524)] == "fail"


def test_a_count_of_places_still_adds_up_its_places(tmp_path) -> None:
    text = "全县{n}个乡镇中,已建成标准化司法所的9个,在建的3个。"
    assert sums(tmp_path, text.format(n=12))[(12, 9, 3)] == "pass"
    assert sums(tmp_path, text.format(n=13))[(13, 9, 3)] == "fail"


# --- one figure stated twice: a list's items are named by the list's subject too ----------------

def equals(tmp_path, text: str) -> dict[tuple, str]:
    return {tuple(c.operands["values"]): c.status for c in checks(tmp_path, text) if c.kind == "equal"}


def test_deaths_of_all_accidents_are_not_deaths_of_work_accidents(tmp_path) -> None:
    text = ("一、总体情况\n全年共发生各类事故115起、死亡91人、受伤82人。\n"
            "二、安全生产\n全年共发生生产安全事故73起、死亡54人、受伤28人。\n")
    assert (91, 54) not in equals(tmp_path, text)
    assert not fails(tmp_path, text)


def test_one_whole_stated_twice_in_two_sections_must_agree(tmp_path) -> None:
    text = ("一、总体情况\n全年共发生生产安全事故73起、死亡54人。\n"
            "二、事故情况\n全年共发生生产安全事故{n}起、死亡54人,同比分别下降5.2%、10.0%。\n")
    assert equals(tmp_path, text.format(n=73))[(73, 73)] == "pass"
    assert equals(tmp_path, text.format(n=37))[(73, 37)] == "fail"


# --- the text's own total of a catalog rule's parts ------------------------------------------

def test_parts_the_text_totals_itself_are_not_summed_to_a_metric_elsewhere(tmp_path) -> None:
    text = ("立案查处安全生产违法行为285起,罚款457.84万元。"
            "普通程序案件罚款2786.3万元,简易程序案件罚款77.2万元,合计{t}万元。")
    assert not [c for c in checks(tmp_path, text.format(t="2863.5")) if c.rule == "catalog.penalties.amount.procedure.split"]
    assert not fails(tmp_path, text.format(t="2863.5"))
    assert sums(tmp_path, text.format(t="2683.5"))[(2683.5, 2786.3, 77.2)] == "fail"


# --- quarters whose own whole follows them are no breakdown of a figure before ----------------

def test_quarters_closed_by_their_year_are_not_of_the_figure_before(tmp_path) -> None:
    text = ("全年收到行政许可申请608件,受理562件,办结546件。\n\n"
            "一季度受理投诉举报497件,二季度843件,上半年合计1340件;三季度294件,四季度160件,全年共计1794件。")
    assert not [k for k in sums(tmp_path, text) if k[0] == 562]
    assert not fails(tmp_path, text)


def test_quarters_after_their_year_still_add_up(tmp_path) -> None:
    text = "全年热线共受理来电{t}件。第一季度受理10235件,第二季度受理12876件,第三季度受理13540件,第四季度受理11469件。"
    assert sums(tmp_path, text.format(t=48120))[(48120, 10235, 12876, 13540, 11469)] == "pass"
    assert sums(tmp_path, text.format(t=48210))[(48210, 10235, 12876, 13540, 11469)] == "fail"


# --- a classified list's own closing total is no item of it ---------------------------------

def test_the_closing_total_of_a_classified_list_is_no_item(tmp_path) -> None:
    text = ("(四)全年收到行政许可申请895件,受理872件,办结849件。\n\n六、工作情况\n2025年受理申请67件,其中网络申请51件、信函申请16件。\n\n"
            "(七)按照行为类别分,行政许可类复议案件126件,行政处罚类208件,信息公开类94件,行政不作为类67件,其他类41件,共计{t}件。\n")
    got = sums(tmp_path, text.format(t=536))
    assert not [k for k in got if k[0] == 872]
    assert got[(536, 126, 208, 94, 67, 41)] == "pass"
    assert sums(tmp_path, text.format(t=563))[(563, 126, 208, 94, 67, 41)] == "fail"


# --- a change naming its years names no figure by them ----------------------------------------

def test_a_change_between_two_years_listed_is_the_later_years(tmp_path) -> None:
    text = "(五)2024年和2025年,全区分别受理行政复议案件318件和356件,2025年比2024年增长{p}%。"
    got = changes(tmp_path, text.format(p="11.9"))
    assert (318, 11.9) not in got
    assert not fails(tmp_path, text.format(p="11.9"))


# --- a table's total and a short measure in the paragraph after the table ---------------------

_DISTRICTS = ("| 区 | 受理 | 办结 | 办结率 |\n| --- | --- | --- | --- |\n| 甲区 | 2862 | 2841 | 99.3% |\n"
              "| 乙区 | 1936 | 1930 | 99.7% |\n| 丙区 | 1524 | 1498 | 98.3% |\n| 合计 | 6322 | 6269 | 99.2% |\n\n")


def test_a_paragraph_after_a_table_on_another_subject_restates_no_total(tmp_path) -> None:
    text = _DISTRICTS + "全年收到行政许可申请754件,受理718件,办结691件,按时办结率96.24%。\n"
    assert not [c for c in checks(tmp_path, text) if c.rule == "equal.table_total"]
    assert not fails(tmp_path, text)


def test_a_paragraph_after_a_table_one_misprint_off_its_total_restates_it(tmp_path) -> None:
    text = _DISTRICTS + "全年共受理{n}件,办结6269件。\n"
    assert equals(tmp_path, text.format(n=6322))[(6322, 6322)] == "pass"
    assert equals(tmp_path, text.format(n=6332))[(6332, 6322)] == "fail"


# --- a catalog sum whose total the text breaks down itself ----------------------------------

def test_a_total_the_text_breaks_down_takes_no_part_from_elsewhere(tmp_path) -> None:
    text = ("全年行政处罚案件162件(其中简易程序19件、普通程序143件)。\n\n"
            "一般程序案件和简易程序案件分别占64.7%和35.3%(共1862件,一般程序1204件)。")
    assert not [c for c in checks(tmp_path, text) if c.rule == "catalog.penalties.procedure.split"]
    assert sums(tmp_path, text)[(162, 19, 143)] == "pass"


# --- a one-character noun after a count of places names no set stated before -----------------

def test_a_count_of_districts_is_no_set_of_communities_named_again(tmp_path) -> None:
    text = ("全年开展普法宣传活动566场,覆盖145个社区。\n\n"
            "全市16个区中,甲区、乙区、丙区受理量分别为2862件、1936件、1524件,三区合计6322件。")
    assert not [c for c in checks(tmp_path, text) if c.rule == "equal.named_again"]
    assert not fails(tmp_path, text)


# --- a rate's base far away is believed when it explains the rate, not when a slip of its own does

def test_a_far_population_a_slip_away_is_no_base_of_a_coverage_rate(tmp_path) -> None:
    text = ("全年道路交通事故死亡97人,年末常住人口412.6万人,每10万人口死亡2.35人。\n\n"
            "年末全市基本医疗保险参保人数137.29万人,参保率96.3%。")
    assert not [c for c in checks(tmp_path, text) if c.kind == "ratio" and c.operands.get("numerator") == 1372900]
    assert not fails(tmp_path, text)


def test_a_far_base_that_explains_the_rate_is_still_its_base(tmp_path) -> None:
    text = ("年末户籍人口142.6万人。\n\n全年经济运行平稳。\n\n"
            "年末全市基本医疗保险参保人数137.29万人,参保率{p}%。")
    got = {(c.operands.get("denominator"), c.operands.get("percent")): c.status for c in checks(tmp_path, text.format(p="96.3"))
           if c.kind == "ratio"}
    assert got.get((1426000, 96.3)) == "pass"


# --- a share named by its part: 非X is no X ------------------------------------------------------

def shares(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["numerator"], c.operands["denominator"], c.operands["percent"]): c.status
            for c in checks(tmp_path, text) if c.kind == "ratio"}


def test_the_share_of_tax_is_not_the_non_tax_revenues(tmp_path) -> None:
    text = "全年一般公共预算收入186.42亿元,其中税收收入142.86亿元,非税收入43.56亿元,税收占比{p}%。"
    assert shares(tmp_path, text.format(p="76.6"))[(142.86, 186.42, 76.6)] == "pass"
    assert not fails(tmp_path, text.format(p="76.6"))
    assert shares(tmp_path, text.format(p="67.6"))[(142.86, 186.42, 67.6)] == "fail"


def test_very_satisfied_is_still_satisfied(tmp_path) -> None:
    text = "回访群众1200人,其中非常满意960人,非常满意占比{p}%。"
    assert shares(tmp_path, text.format(p="80.0"))[(960, 1200, 80)] == "pass"
    assert shares(tmp_path, text.format(p="86.0"))[(960, 1200, 86)] == "fail"


# --- a list closed by its own total is no breakdown of a figure before -------------------------

def test_a_classified_list_with_its_own_total_takes_no_whole_a_slip_away(tmp_path) -> None:
    text = ("全年收到行政许可申请637件,受理606件,办结598件。\n"
            "按照行为类别分,行政许可类复议案件126件,行政处罚类208件,信息公开类94件,行政不作为类67件,其他类41件,共计{t}件。\n")
    got = sums(tmp_path, text.format(t=536))
    assert not [k for k in got if k[0] == 606]
    assert got[(536, 126, 208, 94, 67, 41)] == "pass"
    assert sums(tmp_path, text.format(t=586))[(586, 126, 208, 94, 67, 41)] == "fail"


# --- a catalog sum whose part the text puts in a sum of its own --------------------------------

def test_a_part_the_text_sums_elsewhere_is_no_part_of_a_metric_total(tmp_path) -> None:
    text = ("全年立案查处违法案件126件,作出行政处罚决定138件(含简易程序处罚21件)。\n"
            "全年行政处罚案件311件(其中简易程序110件、普通程序201件)。")
    assert not [c for c in checks(tmp_path, text) if c.rule == "catalog.penalties.procedure.split"]
    assert sums(tmp_path, text)[(311, 110, 201)] == "pass"
    assert not fails(tmp_path, text)


# --- a member of a set named before it is no restatement of the set's row ---------------------

def test_a_warning_among_the_penalties_is_not_the_penalties_row(tmp_path) -> None:
    text = ("在作出的行政处罚中,警告126件,罚款1864件,没收违法所得38件,责令停产停业12件,其他4件,共计2044件。\n\n"
            "| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 2508 |\n| 行政处罚 | {n} |\n")
    assert not [c for c in checks(tmp_path, text.format(n=797)) if c.rule == "equal.restated_table"
                and 126 in c.operands["values"]]
    assert not fails(tmp_path, text.format(n=797))


# --- a rate per N of the figure in its own paragraph, not a larger one above -------------------

def test_a_rate_per_100k_is_of_the_deaths_in_its_own_paragraph(tmp_path) -> None:
    text = ("全市共发生道路交通事故652起,死亡118人,受伤703人。\n\n"
            "全年道路交通事故死亡97人,年末常住人口412.6万人,每10万人口死亡{r}人。")
    got = {(c.operands["numerator"], c.operands["percent"]): c.status for c in checks(tmp_path, text.format(r="2.35"))
           if c.rule == "ratio.per_capita"}
    assert got == {(97, 2.35): "pass"}
    bad = {(c.operands["numerator"], c.operands["percent"]): c.status for c in checks(tmp_path, text.format(r="2.53"))
           if c.rule == "ratio.per_capita"}
    assert bad == {(97, 2.53): "fail"}


# --- a share whose sentence states its own figures is about them, not an item above -----------

def test_a_share_of_batches_is_of_the_batches_in_its_sentence(tmp_path) -> None:
    text = ("全年接待来访群众约3.2万人次,同比增长12.6%。\n"
            "全年接待群众来访286批次1862人次,其中集体访12批次386人次,集体访批次占比{p}%。")
    assert shares(tmp_path, text.format(p="4.2"))[(12, 286, 4.2)] == "pass"
    assert not fails(tmp_path, text.format(p="4.2"))
    assert shares(tmp_path, text.format(p="5.2"))[(12, 286, 5.2)] == "fail"


# --- a line that opens its own list is no item of a heading's list ----------------------------

def test_a_whole_opening_its_list_under_a_heading_is_no_item(tmp_path) -> None:
    text = ("全市各级行政机关共办理行政复议案件8732件,其中市本级520件。\n\n八、工作情况\n一、行政许可\n"
            "全年共办理行政许可事项3862件。其中:\n1.企业设立登记1286件;\n2.食品经营许可1862件;\n"
            "3.药品经营许可214件;\n4.其他许可{n}件。\n")
    got = sums(tmp_path, text.format(n=500))
    assert not [k for k in got if k[0] == 8732]
    assert got[(3862, 1286, 1862, 214, 500)] == "pass"
    assert sums(tmp_path, text.format(n=600))[(3862, 1286, 1862, 214, 600)] == "fail"


# --- requests received are no restatement of a row of decisions --------------------------------

_DECISIONS = "\n\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 2256 |\n| 行政处罚 | 426 |\n"


def test_licence_requests_are_not_the_licensing_decisions_row(tmp_path) -> None:
    text = "全年受理行政许可申请2318件,办结2271件。" + _DECISIONS
    assert not [c for c in checks(tmp_path, text) if c.rule == "equal.restated_table"]
    assert not fails(tmp_path, text)


def test_licensing_decisions_in_prose_restate_the_row(tmp_path) -> None:
    text = "全年作出行政许可决定{n}件。" + _DECISIONS
    assert equals(tmp_path, text.format(n=2256))[(2256, 2256)] == "pass"
    assert equals(tmp_path, text.format(n=2265))[(2265, 2256)] == "fail"


def test_the_applicant_and_the_respondent_name_no_request() -> None:
    from toolkit.relations.restated import _INTAKE

    assert _INTAKE.search("全年受理行政许可申请")
    assert _INTAKE.search("本年度新收政府信息公开申请")
    assert not _INTAKE.search("因本机关不掌握相关信息而告知申请人的")
    assert not _INTAKE.search("因政府信息公开被申请行政复议")


def test_a_base_on_the_line_before_in_its_sentence_is_still_checked_with_its_slips(tmp_path) -> None:
    # a PDF copy breaks the line inside a sentence: the base is in the numerator's paragraph
    text = "全区共有养老机构14家,床位{b}张,入住老人1387人;\n其中护理型床位1296张,占比60.0%。"
    assert shares(tmp_path, text.format(b=2160)).get((1296, 2160, 60)) == "pass"
    assert shares(tmp_path, text.format(b=2190)).get((1296, 2190, 60)) == "fail"
