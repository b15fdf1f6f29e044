"""Shares and named rates in the many ways reports word them: the share before its part, the base
named before 占, a change standing between part and share, a rate of a kind of the work done, a
rate's base stated paragraphs before. Every sentence here is written for the project."""

from __future__ import annotations

import toolkit
from tests.helpers import ratios


def failing(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands.get("numerator"), c.operands.get("denominator"), c.operands.get("percent"))
            for c in toolkit.audit(p).checks if c.status == "fail"]


# --- the share printed before its part ---------------------------------------------------------

def test_the_share_before_its_part(tmp_path) -> None:
    text = "本年度共办结信访事项640件,其中占比{p}%的208件为首次办理事项。"
    assert ratios(tmp_path, text.format(p="32.5")) == [(208, 640, 32.5, "pass")]
    assert ratios(tmp_path, text.format(p="35.2")) == [(208, 640, 35.2, "fail")]


def test_the_part_restated_after_a_share_that_names_its_subject(tmp_path) -> None:
    text = "全年共受理劳动争议案件1,500件,工资报酬类争议在全部案件中占{p}%,为630件。"
    assert ratios(tmp_path, text.format(p="42.0")) == [(630, 1500, 42, "pass")]
    assert ratios(tmp_path, text.format(p="24.0")) == [(630, 1500, 24, "fail")]


def test_the_base_named_before_zhan(tmp_path) -> None:
    text = "全年共受理劳动争议案件1,500件。其中工资报酬类630件,在受理案件总数中占{p}%。"
    assert ratios(tmp_path, text.format(p="42.0")) == [(630, 1500, 42, "pass")]
    assert ratios(tmp_path, text.format(p="43.0")) == [(630, 1500, 43, "fail")]


def test_a_change_between_a_part_and_its_share_is_neither(tmp_path) -> None:
    # 150 is how much the part grew, not the part: 630 / 1,500 = 42.0%.
    text = "全年共受理劳动争议案件1,500件,工资报酬类630件,较上年增加150件,占受理总数的42.0%。"
    assert failing(tmp_path, text) == []
    assert (630, 1500, 42, "pass") in ratios(tmp_path, text)


# --- a rate of a kind of the work done ----------------------------------------------------------

def test_a_rate_on_time_may_be_of_the_work_done(tmp_path) -> None:
    # 7,742 / 7,900 closed = 98.0%; of the 8,000 received it would be 96.8%: both are readings.
    text = "全年共受理信访件8,000件,办结7,900件,办结率98.8%。其中按期办结7,742件,按期办结率{p}%。"
    assert failing(tmp_path, text.format(p="98.0")) == []
    assert failing(tmp_path, text.format(p="96.8")) == []
    # Off over both: it fails, naming its readings.
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="91.0"))] == [(7742, 91)]


def test_a_rate_on_time_over_the_closed_stated_a_paragraph_before(tmp_path) -> None:
    text = "全年共受理信访件8,000件,办结7,900件。\n其中按期办结7,742件,按期办结率{p}%。"
    assert failing(tmp_path, text.format(p="98.0")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="90.0"))] == [(7742, 90)]


# --- a named rate whose base is stated paragraphs before -----------------------------------------

def test_a_rate_over_a_whole_stated_in_an_earlier_subsection(tmp_path) -> None:
    text = ("一、案件办理\n(一)受理情况。全年共审结行政复议案件400件,比上年增加12件。\n"
            "(二)审理结果。维持原行政行为250件;撤销、变更、确认违法等纠错88件,纠错率{p}%。")
    assert ratios(tmp_path, text.format(p="22.0")) == [(88, 400, 22, "pass")]
    assert ratios(tmp_path, text.format(p="24.0")) == [(88, 400, 24, "fail")]


def test_a_rate_over_an_item_its_numerator_names(tmp_path) -> None:
    # 办结投诉 is of the 投诉 listed under the total: 4,704 / 4,800 = 98.0% (of the 9,000 it is 52.3%).
    text = ("一、受理情况\n全年共受理投诉、举报和咨询9,000件,其中投诉4,800件、举报1,200件、咨询3,000件。\n"
            "(二)办理情况。全年办结投诉4,704件,办结率{p}%。")
    assert failing(tmp_path, text.format(p="98.0")) == []
    assert ratios(tmp_path, text.format(p="98.0"))[-1][3] == "pass"
    assert [f[1:] for f in failing(tmp_path, text.format(p="89.0"))] == [(4704, 4800, 89)]


def test_no_far_base_past_a_chapter(tmp_path) -> None:
    text = ("一、受理情况\n全年共受理投诉9,000件。\n二、专项行动\n开展专项整治,办结投诉4,704件,办结率{p}%。")
    assert failing(tmp_path, text.format(p="89.0")) == []


def test_no_far_base_when_the_base_is_beside_in_another_unit(tmp_path) -> None:
    # 抽查2,500户次 is the base (in 户次); a count of 户 stated before is not.
    text = ("一、基本情况\n全区共有企业18,000户。\n(二)抽查情况。全年抽查企业2,500户次,发现问题企业300户,"
            "问题发现率12.0%。")
    assert failing(tmp_path, text) == []


# --- 分别占 two named bases; a two-part list over the figure it adds up to ------------------------

def test_respective_shares_of_two_named_bases(tmp_path) -> None:
    text = ("全区全年共发生火灾120起,直接经济损失450万元。\n(二)居住场所\n居住场所发生火灾78起、损失171万元,"
            "分别占火灾总起数和直接经济损失总额的{a}%和38.0%。")
    assert ratios(tmp_path, text.format(a="65.0")) == [(78, 120, 65, "pass"), (171, 450, 38, "pass")]
    assert failing(tmp_path, text.format(a="56.0")) == [("ratio.share", 78, 120, 56)]


def test_two_parts_over_the_figure_they_add_up_to(tmp_path) -> None:
    # 5.13万 + 2.07万 = 7.2万: one share (71.3%) is of it, so the other (30.8%, not 28.8%) is off.
    text = "全年办理不动产登记7.2万件。\n一、办理方式\n线上办理5.13万件,占比71.3%;窗口办理2.07万件,占比{b}%。"
    assert failing(tmp_path, text.format(b="28.8")) == []
    assert failing(tmp_path, text.format(b="30.8")) == [("ratio.share", 20700, 72000, 30.8)]
    # Neither share of it (both off): nothing says the list is of that figure.
    assert failing(tmp_path, text.format(b="30.8").replace("71.3%", "75.3%")) == []


# --- rates named by their base: 参保率, 覆盖率; numerators listed together --------------------------

def test_an_insurance_rate_over_the_population(tmp_path) -> None:
    text = "全县户籍人口42万人,参加城乡居民基本医疗保险40.32万人,参保率{p}%。"
    assert ratios(tmp_path, text.format(p="96.0")) == [(403200, 420000, 96, "pass")]
    assert ratios(tmp_path, text.format(p="99.0")) == [(403200, 420000, 99, "fail")]


def test_a_coverage_rate_over_the_places_counted(tmp_path) -> None:
    text = "全区共有社区(村)150个,公共法律服务工作室覆盖144个,覆盖率{p}%。"
    assert ratios(tmp_path, text.format(p="96.0")) == [(144, 150, 96, "pass")]
    assert ratios(tmp_path, text.format(p="90.0")) == [(144, 150, 90, "fail")]


def test_a_rate_may_count_its_listed_numerators_together(tmp_path) -> None:
    # 36 + 48 = 84 of 120 is 70.0%; 48 alone is 40.0%: the sum is a reading, so nothing fails.
    rate = "全年共排查隐患120处,整改一般隐患36处,整改较大隐患48处,整改率{p}%。"
    assert failing(tmp_path, rate.format(p="70.0")) == []
    assert [f[1] for f in failing(tmp_path, rate.format(p="75.0"))] == [48]


# --- two plausible bases: readings, never a failure on one of them -------------------------------

def test_a_rate_by_its_own_name_with_two_wholes_before_it(tmp_path) -> None:
    # 3,069 of the 3,410 closed is 90.0%; of the 3,600 received 85.25%: either holds, neither fails.
    text = "全年受理来信3,600件,办结3,410件,其中来信人满意3,069件,来信人满意率{p}%。"
    assert failing(tmp_path, text.format(p="90.0")) == []
    assert failing(tmp_path, text.format(p="85.25")) == []
    assert [f[1] for f in failing(tmp_path, text.format(p="80.0"))] == [3069]


def test_shares_of_a_base_not_printed_are_not_checked(tmp_path) -> None:
    text = "本区受理劳动争议案件1,420件,占全市同类案件总数的23.6%;其中工资类案件610件,占全省工资类案件的3.1%。"
    assert failing(tmp_path, text) == []
    assert ratios(tmp_path, text) == []


def test_changes_and_points_are_not_shares(tmp_path) -> None:
    text = ("全年受理劳动争议案件1,420件,同比增长18.0%。其中工资类案件610件,占比较上年提高4.5个百分点;"
            "社保类案件320件,占比较上年下降6.2%。")
    assert [r for r in ratios(tmp_path, text) if r[2] in (4.5, 6.2)] == []
    assert failing(tmp_path, text) == []


# --- shares of a target ---------------------------------------------------------------------------

def test_completion_over_a_plan_named_before_the_done_work(tmp_path) -> None:
    # 计划完成 names the plan first: it is the base of 完成率, not another figure of the work done.
    text = "全年计划完成高标准农田建设2.4万亩。实际完成2.61万亩,完成率{p}%。"
    assert ratios(tmp_path, text.format(p="108.75")) == [(26100, 24000, 108.75, "pass")]
    assert ratios(tmp_path, text.format(p="118.75")) == [(26100, 24000, 118.75, "fail")]


def test_a_share_of_the_target_in_the_same_sentence(tmp_path) -> None:
    for verb in ("完成全年目标的", "占全年目标的"):
        text = f"全年非税收入目标为80,000万元,实际入库86,000万元,{verb}{{p}}%。"
        assert ratios(tmp_path, text.format(p="107.5")) == [(86000, 80000, 107.5, "pass")]
        assert ratios(tmp_path, text.format(p="110.5")) == [(86000, 80000, 110.5, "fail")]


def test_a_far_base_that_no_slip_explains_is_not_believed(tmp_path) -> None:
    # The 12315 platform's own intake is not printed: 4,000 of the 9,000 received in all is 44.4%,
    # nowhere near 99.0% and no single misprinted digit away from it -- no check, no alarm.
    text = ("一、受理情况\n全年共受理投诉9,000件。\n(二)平台办理。12315平台办结投诉4,000件,办结率99.0%。")
    assert failing(tmp_path, text) == []
    # One slipped digit away (4,000 of 4,040 is 99.0%; printed 4,000 of 4,400): checked, and failing.
    slipped = ("一、受理情况\n全年共受理投诉4,400件。\n(二)平台办理。全年办结投诉4,000件,办结率99.0%。")
    assert [f[1:] for f in failing(tmp_path, slipped)] == [(4000, 4400, 99)]


def test_a_base_named_by_a_synonym_of_its_printed_words(tmp_path) -> None:
    # 办结 and 办理完毕 name one stage: "占办结总数的" is of the 办理完毕 figure, not of the 新收.
    text = "本年度新收申请350件,本年度办理完毕336件。\n办理结果:部分公开84件,占办结总数的{p}%。"
    assert ratios(tmp_path, text.format(p="25.0")) == [(84, 336, 25, "pass")]
    assert ratios(tmp_path, text.format(p="24.0")) == [(84, 336, 24, "fail")]


def test_a_bare_share_in_a_paragraph_of_its_own(tmp_path) -> None:
    # The wholes of the paragraphs before are readings (2,500 received, 2,480 closed).
    text = "全年共受理投诉2,500件。\n\n全年办结投诉2,480件。\n\n涉及预付卡的投诉460件,占{p}%。"
    assert failing(tmp_path, text.format(p="18.4")) == []  # 460 / 2,500
    assert failing(tmp_path, text.format(p="18.5")) == []  # 460 / 2,480
    assert [f[1] for f in failing(tmp_path, text.format(p="13.4"))] == [460]  # one slip from 18.4
    # Far from any whole (no slip explains it): the base is some figure not printed; no check.
    assert failing(tmp_path, text.format(p="62.0")) == []
    # Not past a chapter heading.
    chapter = "一、受理\n全年共受理投诉2,500件。\n二、类型\n涉及预付卡的投诉460件,占13.4%。"
    assert failing(tmp_path, chapter) == []


def test_shares_listed_in_order_with_yici(tmp_path) -> None:
    text = "全年调处纠纷2,000件,其中婚姻家庭、邻里、合同纠纷分别为700件、500件、800件,占比依次为35.0%、{b}%、40.0%。"
    assert failing(tmp_path, text.format(b="25.0")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(b="52.0"))] == [(500, 52)]


def test_a_rate_of_units_over_visits(tmp_path) -> None:
    # 家 found over 家次 checked: 96 / 1,600 = 6.0%.
    text = "全年检查餐饮单位1,600家次,发现问题单位96家,问题发现率{p}%。"
    assert ratios(tmp_path, text.format(p="6.0")) == [(96, 1600, 6, "pass")]
    assert ratios(tmp_path, text.format(p="9.6")) == [(96, 1600, 9.6, "fail")]


def test_a_share_raised_from_last_years(tmp_path) -> None:
    # 40.0% is last year's share (its part is not printed); 46.0% is this year's: 1,150 / 2,500.
    text = "全年共受理投诉2,500件,其中网购投诉1,150件,占比由上年的40.0%提高到{p}%。"
    assert ratios(tmp_path, text.format(p="46.0")) == [(1150, 2500, 46, "pass")]
    assert ratios(tmp_path, text.format(p="48.0")) == [(1150, 2500, 48, "fail")]


def test_a_named_base_two_figures_fit_equally(tmp_path) -> None:
    # "受理总量" fits the city's 1,500 and the counties' 900 alike: 90 is 6.0% of one, 10.0% of the other.
    text = "全市共受理行政复议申请1,500件,市本级受理600件。县区受理900件中,撤销案件90件,占受理总量的{p}%。"
    assert failing(tmp_path, text.format(p="6.0")) == []
    assert failing(tmp_path, text.format(p="10.0")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="8.0"))] == [(90, 8)]


# --- bases and numerators named by the clause they open ---------------------------------------------

def test_a_rate_over_the_set_its_clause_opens_with(tmp_path) -> None:
    # "转办工单中实际解决…": of the 5,200 dispatched, not of the 5,150 closed on time before it.
    text = "共转办工单5,200件。\n承办单位按期办结5,150件;转办工单中实际解决4,680件,解决率{p}%。"
    assert [r for r in ratios(tmp_path, text.format(p="90.0")) if r[0] == 4680] == [(4680, 5200, 90, "pass")]
    assert [r for r in ratios(tmp_path, text.format(p="91.0")) if r[0] == 4680] == [(4680, 5200, 91, "fail")]


def test_a_breakdown_openers_words_name_no_item(tmp_path) -> None:
    # 从审结结果看: 审结 names the list, not its first item (维持95件); 纠错率 is over the 160 审结.
    text = ("受理的案件中已审结160件。从审结结果看,维持95件,撤销20件,确认违法8件,终止37件。"
            "纠错合计28件,纠错率{p}%。")
    assert failing(tmp_path, text.format(p="17.5")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="71.5"))] == [(28, 71.5)]


def test_a_case_closing_rate_over_the_caseload(tmp_path) -> None:
    # 共需审理 is the caseload 结案率 is over: 1,900 / 2,100 = 90.5% (of the 1,850 受理 it would be 102.7%).
    text = "全年依法受理1,850件,连同上年结转的250件,本年度共需审理2,100件,至年底审结1,900件,结案率{p}%。"
    assert failing(tmp_path, text.format(p="90.5")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="95.0"))] == [(1900, 95)]


def test_a_plain_rate_and_its_on_time_kind_listed_with_fenbie(tmp_path) -> None:
    # 办结率 counts all closed (3,960 / 4,000); 按期办结率 is of the 4,000 or of the 3,960 closed.
    text = "派单工单4,000件。派单工单中,已办结3,960件,其中按期办结3,900件,办结率和按期办结率分别为99.0%和{p}%。"
    assert failing(tmp_path, text.format(p="97.5")) == []   # 3,900 / 4,000
    assert failing(tmp_path, text.format(p="98.48")) == []  # 3,900 / 3,960
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="79.5"))] == [(3900, 79.5)]


def test_a_rate_over_the_figure_its_clause_is_among(tmp_path) -> None:
    # "听证的40件案件中,…组织听证40件": the 40 heard, not the 95 filed before.
    text = "全年立案95件,结案88件。申请听证的40件案件中,依法组织听证40件,听证率{p}%。"
    rows = [r for r in ratios(tmp_path, text.format(p="100")) if r[0] == 40]
    assert rows in ([], [(40, 40, 100, "pass")])
    assert failing(tmp_path, text.format(p="100")) == []


def test_a_rate_over_an_item_its_noun_names_in_the_window(tmp_path) -> None:
    # 投诉办结 is of the 投诉 listed (4,970 / 5,020 = 99.0%), not of all 9,600 received.
    text = "全年受理投诉举报咨询9,600件,其中投诉5,020件、举报1,380件、咨询3,200件。投诉办结4,970件,办结率{p}%。"
    assert failing(tmp_path, text.format(p="99.0")) == []
    assert [(f[1], f[3]) for f in failing(tmp_path, text.format(p="90.0"))] == [(4970, 90)]


def test_a_run_of_shares_of_a_figure_they_do_not_exhaust(tmp_path) -> None:
    # 150 and 90 are 50.0% and 30.0% of the 300 closed; 21 is 7.0% of it, not 9.0%.
    text = ("已办结300件,结转下年度12件。办结的申请中,予以公开和部分公开合计150件,占50.0%;无法提供的90件,占30.0%;"
            "不予公开21件,占{p}%;不予处理25件;其他处理14件。")
    assert failing(tmp_path, text.format(p="7.0")) == []
    assert [(f[1], f[2], f[3]) for f in failing(tmp_path, text.format(p="9.0"))] == [(21, 300, 9)]


def test_one_named_base_serves_the_next_bare_share_of_its_sentence(tmp_path) -> None:
    # The parts are listed in the sentence before; the named base (答复总量, the 80) serves both shares.
    text = ("答复办理的80件中,予以公开36件、部分公开12件、无法提供20件、不予处理8件、其他处理4件。"
            "予以公开的占答复总量的45.0%,不予处理的8件占比为{p}%。")
    assert failing(tmp_path, text.format(p="10.0")) == []
    assert [(f[1], f[2], f[3]) for f in failing(tmp_path, text.format(p="12.0"))] == [(8, 80, 12)]


def test_a_share_about_one_line_of_a_list_above(tmp_path) -> None:
    # 死亡人数 of the 道路运输 line (46), over all deaths (80): not the 火灾 line's 2.
    text = ("全年共发生事故150起、死亡80人。按行业领域分:\n道路运输事故96起、死亡46人;\n工矿商贸事故40起、死亡32人;\n"
            "火灾事故14起、死亡2人。\n道路运输事故起数占事故总起数的64.0%,死亡人数占总死亡人数的{p}%。")
    assert failing(tmp_path, text.format(p="57.5")) == []
    assert [(f[1], f[2], f[3]) for f in failing(tmp_path, text.format(p="75.5"))] == [(46, 80, 75.5)]


# --- a base named by the noun written after its figure ------------------------------------------

def test_a_base_written_before_its_noun_in_an_earlier_section(tmp_path) -> None:
    # "对受理的4,250件举报": the figure's name (举报) follows it; the share names 受理举报.
    text = ("一、总体情况\n全年受理各类诉求12,600件,其中投诉8,350件、举报4,250件。\n"
            "二、举报处理\n对受理的4,250件举报,均已完成核查。经核查,立案578件,立案数占受理举报的{p}%。")
    assert (578, 4250, 13.6, "pass") in ratios(tmp_path, text.format(p="13.6"))
    assert (578, 4250, 16.3, "fail") in ratios(tmp_path, text.format(p="16.3"))


def test_a_smaller_figure_the_words_name_is_passed_over_for_the_named_total(tmp_path) -> None:
    # 和解投诉1,120件 names 投诉 too but is smaller than the part: the base is the 9,600 complaints.
    text = ("全年受理的9,600件投诉中,已办结9,420件。通过在线平台和解投诉1,120件。\n"
            "按性质划分:\n商品类投诉5,280件,占投诉总量的{p}%;\n服务类投诉4,320件,占45.0%。")
    assert (5280, 9600, 55.0, "pass") in ratios(tmp_path, text.format(p="55.0"))
    # One slip off (55.0 printed 50.5) over every reading (the 9,600 received, the 9,420 closed the
    # sentence also names): it fails.
    assert [r[3] for r in ratios(tmp_path, text.format(p="50.5")) if r[0] == 5280] == ["fail"]
    # Off by more than a slip: the nearer smaller figure casts doubt on what the words name, so
    # the far base is not believed and nothing fails.
    assert [r for r in ratios(tmp_path, text.format(p="31.0")) if r[0] == 5280 and r[3] == "fail"] == []


# --- the subject is the last clause before 占, an item the sentence opens with ---------------------

def test_an_item_named_by_the_sentence_is_not_lifted_to_its_lists_whole(tmp_path) -> None:
    text = ("全年共发生火灾事故240起,死亡12人。\n按场所分:\n- 居民住宅:发生火灾150起,死亡9人;\n"
            "- 商业场所:发生火灾60起,死亡2人;\n- 其他场所:发生火灾30起,死亡1人。\n"
            "居民住宅仍是火灾主要发生地,火灾起数占全部火灾起数的{p}%,死亡人数占全部死亡人数的75.0%。")
    got = ratios(tmp_path, text.format(p="62.5"))
    assert (150, 240, 62.5, "pass") in got and (9, 12, 75.0, "pass") in got
    assert (150, 240, 65.2, "fail") in ratios(tmp_path, text.format(p="65.2"))
