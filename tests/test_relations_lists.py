"""Lists the engine must read by their structure (issue 15): 分别/均 distributing over a list,
breakdowns opened by 按…分 / 从…看 / a heading with no 其中, several measures per item, and totals
restated later in other words.

Every sentence here is written for the project: a passing and a failing variant of each rule, and
consistent texts that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit
from toolkit.load import Document
from toolkit.normalize import normalize


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    out = []
    for c in toolkit.audit(p).checks:
        if kind is None or c.kind == kind:
            out.append((c.status, c.operands))
    return out


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the text's sums."""
    return {(o["total"], *o["parts"]): st for st, o in checks(tmp_path, text, "sum")}


# -- a heading over lines, several measures per line, a line that leaves a measure out ----------

_SAFETY = """市应急管理局关于2025年第一季度安全生产形势的通报
临港应急〔2025〕7号
(一)总体情况
一季度,全市共发生生产安全事故42起、死亡35人、受伤18人。
(二)按事故类别分布
道路运输:事故30起,死亡26人,受伤15人;
工矿商贸:事故9起,死亡6人,受伤3人;
火灾:事故3起,死亡{fire}人。
市应急管理局
2025年4月10日
"""


def test_a_heading_over_lines_gives_one_sum_per_measure(tmp_path) -> None:
    # 火灾 counts no one injured: the 受伤 list has two parts, and is still a list of its own.
    assert sums(tmp_path, _SAFETY.format(fire=3)) == {
        (42, 30, 9, 3): "pass", (35, 26, 6, 3): "pass", (18, 15, 3): "pass"}


def test_a_wrong_figure_on_one_line_fails_its_measure_only(tmp_path) -> None:
    assert sums(tmp_path, _SAFETY.format(fire=4)) == {
        (42, 30, 9, 3): "pass", (35, 26, 6, 4): "fail", (18, 15, 3): "pass"}


def test_title_and_signature_lines_do_not_make_a_text_wrapped() -> None:
    # Issuer above and below, document number, date: short lines with no sentence end that are
    # not wraps, so the heading "(二)按事故类别分布" stays a line of its own.
    text = normalize(Document("r.txt", _SAFETY.format(fire=3), "txt", "utf-8", "0", 0)).text
    assert "(二)按事故类别分布\n道路运输" in text


# -- a heading that names a measure over lines of one figure each (no 按…分) --------------------

_QUARTERS = """一、总体情况
全年热线共受理群众诉求86420件,办结85910件。
(二)各季度受理量
第一季度:20100件
第二季度:21500件
第三季度:23800件
第四季度:{q4}件
{after}"""


@pytest.mark.parametrize(("q4", "status"), [(21020, "pass"), (22020, "fail")])
def test_a_heading_naming_a_measure_breaks_down_the_whole_it_names(tmp_path, q4, status) -> None:
    assert sums(tmp_path, _QUARTERS.format(q4=q4, after="")) == {(86420, 20100, 21500, 23800, q4): status}


def test_a_sentence_after_the_lines_is_no_item(tmp_path) -> None:
    text = _QUARTERS.format(q4=21020, after="第三季度受强降雨影响,单日最高受理量达到1126件。\n")
    assert sums(tmp_path, text) == {(86420, 20100, 21500, 23800, 21020): "pass"}


def test_the_heading_picks_the_stage_it_names(tmp_path) -> None:
    text = "全年新收各类案件1280件,审结1216件。\n二、审结案件类型\n民事案件:700件\n行政案件:300件\n刑事案件:216件\n"
    assert sums(tmp_path, text) == {(1216, 700, 300, 216): "pass"}


@pytest.mark.parametrize("text", [
    # the heading names nothing stated before: no whole
    "全年新收各类案件1280件。\n二、信访事项类型\n来信:700件\n来访:300件\n",
    # the figure before is not named as a whole: a line of another list, not what the heading counts
    "电话渠道受理1420件;\n三、各季度受理量\n第一季度:300件\n第二季度:400件\n",
])
def test_no_sum_when_the_heading_names_no_whole(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {}


def test_markdown_items_and_paragraphs_stay_lines_of_their_own(tmp_path) -> None:
    md = ("全年热线共受理群众诉求86420件。\n\n### 按诉求类型分\n\n- 咨询类41236件\n- 投诉类28415件\n"
          "- 求助类12769件\n- 建议类4000件\n\n建议类诉求较上年明显增多。\n")
    text = normalize(Document("r.md", md, "md", "utf-8", "0", 0)).text
    assert "咨询类41236件\n投诉类28415件\n求助类12769件\n建议类4000件\n建议类诉求" in text
    p = tmp_path / "r.md"
    p.write_text(md, encoding="utf-8")
    assert [(c.status, c.operands["total"]) for c in toolkit.audit(p).checks if c.kind == "sum"] == [("pass", 86420)]


# -- parts across sentences: a 其中 part, then the rest under 按…分 --------------------------------

@pytest.mark.parametrize(("admin", "status"), [(100, "pass"), (110, "fail")])
def test_a_qizhong_part_and_the_classified_rest_are_one_list(tmp_path, admin, status) -> None:
    text = f"全年办理法律援助案件1548件,其中刑事案件612件。按案件类型分,民事案件836件,行政案件{admin}件。"
    got = sums(tmp_path, text)
    if status == "pass":
        assert got == {(1548, 612, 836, admin): "pass"}
    else:  # together they do not add up: nothing says the 其中 part belongs to the list
        assert not any(st == "fail" for st in got.values())


def test_a_classified_list_that_adds_up_alone_keeps_out_the_qizhong_part(tmp_path) -> None:
    text = "全年办理法律援助案件1548件,其中农民工案件612件。按案件类型分,民事案件1200件,行政案件348件。"
    assert sums(tmp_path, text) == {(1548, 1200, 348): "pass"}


# -- "审结的156件行政复议案件中,": the figure before 中 is the whole ------------------------------

@pytest.mark.parametrize(("last", "status"), [(15, "pass"), (25, "fail")])
def test_a_figure_named_before_zhong_is_broken_down(tmp_path, last, status) -> None:
    text = f"在审结的156件行政复议案件中,维持98件、撤销12件、确认违法6件、驳回25件、终止{last}件。"
    assert sums(tmp_path, text) == {(156, 98, 12, 6, 25, last): status}


def test_a_count_of_places_is_broken_down_by_places_only(tmp_path) -> None:
    assert sums(tmp_path, "全县12个乡镇卫生院中,9个达到基本标准,3个达到推荐标准。") == {(12, 9, 3): "pass"}
    # the workrooms are counted in 个 too, but they are no places of the 9
    assert sums(tmp_path, "全市9个县市区中,有7个县市区建立了联动机制,建成调解工作室46个。") == {}


# -- graded files add up to the sampled files, also when the sampled list prints its own total ----

@pytest.mark.parametrize(("good", "status"), [(10, "pass"), (12, "fail")])
def test_grades_add_up_to_the_total_of_the_sampled_list(tmp_path, good, status) -> None:
    text = (f"全年抽查行政处罚案卷40份、行政许可案卷20份,共计60份,评查结果为优秀12份、良好36份、"
            f"合格{good}份、不合格2份。")
    assert sums(tmp_path, text) == {(60, 40, 20): "pass", (60, 12, 36, good, 2): status}


# -- totals restated later in other words: 共需, 累计, 上述, "N件…中", "N处隐患已全部整改" --------------

@pytest.mark.parametrize(("total", "status"), [(310, "pass"), (301, "fail")])
def test_what_is_to_be_done_totals_new_and_carried_work(tmp_path, total, status) -> None:
    text = f"全年新收行政复议案件286件,加上上年结转的24件,共需审理{total}件。"
    assert sums(tmp_path, text) == {(total, 286, 24): status}


def test_a_cumulative_total_closes_the_list_of_its_own_sentence_only(tmp_path) -> None:
    assert sums(tmp_path, "一季度全市共发生事故15起,二季度发生事故18起,上半年累计发生事故33起。") == {(33, 15, 18): "pass"}
    # in a sentence of its own it may run over more periods than the list before it
    assert sums(tmp_path, "4月发生事故15起,5月发生事故18起。1—5月累计发生事故61起。") == {}


@pytest.mark.parametrize(("total", "status"), [(153, "pass"), (155, "fail")])
def test_shangshu_restates_the_list_before_it(tmp_path, total, status) -> None:
    text = f"全年共办理市人大代表建议65件、市政协提案88件。上述{total}件建议提案已全部办结。"
    assert sums(tmp_path, text) == {(total, 65, 88): status}


def test_shangshu_restates_nothing_its_noun_does_not_name(tmp_path) -> None:
    assert sums(tmp_path, "全年受理投诉65件、举报88件。上述153件建议提案已全部办结。") == {}


def equals(tmp_path, text: str) -> list[tuple[str, list]]:
    return [(st, o["values"]) for st, o in checks(tmp_path, text, "equal")]


@pytest.mark.parametrize(("again", "status"), [(156, "pass"), (158, "fail")])
def test_a_set_named_again_before_zhong_restates_its_count(tmp_path, again, status) -> None:
    text = (f"全年受理行政复议案件156件。全年受理的{again}件行政复议案件中,维持98件、撤销12件、"
            f"确认违法6件、驳回25件、终止{again - 141}件。")
    assert equals(tmp_path, text) == [(status, [156, again])]


def test_a_bare_count_before_zhong_names_no_set(tmp_path) -> None:
    text = "全年受理纳税人诉求1362件,已办结1355件。受理的41件中,审结38件,尚未审结3件。"
    assert equals(tmp_path, text) == []


@pytest.mark.parametrize(("again", "status"), [(2316, "pass"), (2136, "fail")])
def test_all_of_a_set_restates_its_count(tmp_path, again, status) -> None:
    text = f"全市共排查整治安全隐患2316处。截至年底,{again}处隐患已全部整改销号。"
    assert equals(tmp_path, text) == [(status, [2316, again])]


@pytest.mark.parametrize("text", [
    # all of a part: the rest is named beside it
    "全年共收到政府信息公开申请58件。56件申请均已按时作出答复,2件正在办理。",
    # two sets the noun names: which one is meant is not said
    "全市共排查安全隐患2316处,其中重大隐患16处。16处隐患已全部整改。",
])
def test_no_restatement_when_the_set_is_not_the_one_before(tmp_path, text) -> None:
    assert [st for st, _ in equals(tmp_path, text)] == []


# -- 分别 over two lists of one process, over named rates, and with the reference left out --------

@pytest.mark.parametrize(("second", "status"), [(338, "pass"), (348, "fail")])
def test_fenbie_maps_a_later_stage_onto_the_list_before(tmp_path, second, status) -> None:
    text = f"全年受理投诉1286件、举报342件,分别办结1270件、{second}件。"
    got = [(st, o["smaller"], o["larger"]) for st, o in checks(tmp_path, text, "bound")]
    assert ("pass", 1270, 1286) in got and (status, second, 342) in got


def test_fenbie_over_two_lists_of_one_stage_is_no_funnel(tmp_path) -> None:
    text = "全年受理投诉1286件、举报342件,分别较上年增加126件、30件。"
    assert checks(tmp_path, text, "bound") == []


@pytest.mark.parametrize(("rate", "status"), [("13.1", "pass"), ("13.6", "fail")])
def test_named_rates_take_the_percents_in_their_order(tmp_path, rate, status) -> None:
    text = f"全年审结行政复议案件320件,其中维持186件、纠错42件,维持率、纠错率分别为58.1%、{rate}%。"
    got = [(st, o["numerator"], o["denominator"]) for st, o in checks(tmp_path, text, "ratio")]
    assert got == [("pass", 186, 320), (status, 42, 320)]


_SCHOOLS = "全县普通高中在校生10538人,比上年增长1.2%。小学、初中学校分别为38所、21所,分别{verb}2.7%、{p}%。"


@pytest.mark.parametrize(("p", "status"), [("5.0", "pass"), ("7.0", "fail")])
def test_fenbie_without_a_reference_in_a_report_that_compares_with_last_year(tmp_path, p, status) -> None:
    got = [(st, o["current"]) for st, o in checks(tmp_path, _SCHOOLS.format(verb="增长", p=p), "change")]
    assert got == [("pass", 10538), ("pass", 38), (status, 21)]


@pytest.mark.parametrize("verb", ["年均增长", "累计增长", "较年初增长"])
def test_no_change_against_another_base(tmp_path, verb) -> None:
    got = [o["current"] for _, o in checks(tmp_path, _SCHOOLS.format(verb=verb, p="7.0"), "change")]
    assert got == [10538]


def test_fenbie_stages_step_back_when_work_was_carried_over(tmp_path) -> None:
    text = "上年结转投诉5件。全年受理投诉1286件、举报342件,分别办结1270件、345件。"
    assert [st for st, _ in checks(tmp_path, text, "bound") if st == "fail"] == []


# -- numbered sections under a heading restate the measures of the paragraph above the heading ---

_SECTIONS = """全年共发生生产安全事故42起、死亡35人。
(二)分行业情况
1.道路运输领域。全年发生道路运输事故30起、死亡26人。
2.工矿商贸领域。全年发生工矿商贸事故9起、死亡{mine}人。
3.其他领域。全年发生火灾等其他事故3起、死亡3人。
"""


@pytest.mark.parametrize(("mine", "status"), [(6, "pass"), (8, "fail")])
def test_numbered_sections_under_a_heading_break_down_the_paragraph_above(tmp_path, mine, status) -> None:
    assert sums(tmp_path, _SECTIONS.format(mine=mine)) == {(42, 30, 9, 3): "pass", (35, 26, mine, 3): status}


def test_numbered_sections_that_do_not_add_up_twice_are_no_breakdown(tmp_path) -> None:
    # Under a heading that names no classification, one measure adding up confirms nothing.
    text = _SECTIONS.format(mine=6).replace("事故9起", "事故12起").replace("分行业情况", "重点领域")
    assert sums(tmp_path, text) == {}
    # Under "分行业情况" the sections are classes: the measure that does not add up fails.
    text = _SECTIONS.format(mine=6).replace("事故9起", "事故12起")
    assert sums(tmp_path, text) == {(42, 30, 12, 3): "fail", (35, 26, 6, 3): "pass"}


# -- an 'all' clause after a list: the stage figure after it counts the whole list --------------

@pytest.mark.parametrize(("done", "status"), [(77, "pass"), (76, "fail")])
def test_all_of_a_list_reached_the_stage_its_figure_counts(tmp_path, done, status) -> None:
    text = f"全年共办理人大代表建议35件、政协委员提案42件,均已按期办结,共办结{done}件,满意率100%。"
    assert sums(tmp_path, text) == {(done, 35, 42): status}


def test_a_qizhong_after_an_all_clause_breaks_down_no_single_item(tmp_path) -> None:
    text = "全年办理人大代表建议35件、政协委员提案42件,均已办结,其中按期办结70件。"
    assert checks(tmp_path, text, "bound") == [] and sums(tmp_path, text) == {}


@pytest.mark.parametrize(("rate", "status"), [("92.3", "pass"), ("93.3", "fail")])
def test_the_appearance_rate_is_of_the_cases_answered(tmp_path, rate, status) -> None:
    text = f"全年应诉行政诉讼案件26件,行政机关负责人出庭应诉24件,出庭应诉率{rate}%。"
    assert [(st, o["numerator"], o["denominator"]) for st, o in checks(tmp_path, text, "ratio")] == [(status, 24, 26)]


_NESTED = """(一)收案情况。全年新收行政复议申请500件。经审查,受理460件,不予受理25件,告知15件。
(二)被申请人情况。从被申请人看,以区政府为被申请人的120件,以区政府部门为被申请人的{dept}件,以街道为被申请人的90件。
"""


def test_a_part_of_one_list_is_the_whole_of_the_list_under_the_next_heading(tmp_path) -> None:
    assert sums(tmp_path, _NESTED.format(dept=250)) == {(500, 460, 25, 15): "pass", (460, 120, 250, 90): "pass"}
    # across a heading only the figures decide: a list that does not add up names no whole
    assert sums(tmp_path, _NESTED.format(dept=260)) == {(500, 460, 25, 15): "pass"}


# -- what was received is closed or carried forward (政府信息公开, 行政复议) -------------------------

@pytest.mark.parametrize(("forward", "status"), [(3, "pass"), (4, "fail")])
def test_closed_and_carried_forward_add_up_to_what_was_received(tmp_path, forward, status) -> None:
    text = f"本年度共收到政府信息公开申请58件。全年办结55件,结转下年度继续办理{forward}件。"
    assert sums(tmp_path, text) == {(58, 55, forward): status}


def test_the_received_total_holds_the_work_carried_in(tmp_path) -> None:
    text = "本年度共收到政府信息公开申请58件(含上年结转2件)。全年办结55件,结转下年度继续办理3件。"
    assert sums(tmp_path, text) == {(58, 55, 3): "pass"}


@pytest.mark.parametrize("text", [
    # work carried in beside the new requests: the total to be handled is not printed
    "本年度共收到政府信息公开申请56件,上年结转2件。全年办结55件,结转下年度继续办理3件。",
    # a level of the jurisdiction is no whole
    "市本级收到申请58件。全年办结55件,结转下年度继续办理3件。",
])
def test_no_split_without_the_total_to_be_handled(tmp_path, text) -> None:
    assert all(total != 58 for total, *_ in sums(tmp_path, text))


@pytest.mark.parametrize(("up", "status"), [(3, "pass"), (4, "fail")])
def test_a_count_of_places_with_an_aside_before_zhong(tmp_path, up, status) -> None:
    text = f"全市10个县(市、区)中,7个县(市、区)事故起数同比下降,{up}个县(市、区)同比上升。"
    assert sums(tmp_path, text) == {(10, 7, up): status}


_OUTCOMES = ("全年审结行政复议案件320件,其中维持186件、驳回40件、确认违法12件、撤销36件、变更2件、责令履行8件、"
             "终止36件。通过确认违法、撤销、变更{etc}、责令履行直接纠错{n}件。")


@pytest.mark.parametrize(("n", "status"), [(58, "pass"), (56, "fail")])
def test_a_total_named_by_its_parts_names(tmp_path, n, status) -> None:
    assert sums(tmp_path, _OUTCOMES.format(etc="", n=n)).get((n, 12, 36, 2, 8)) == status


def test_a_list_of_names_closed_by_deng_may_leave_items_out(tmp_path) -> None:
    text = _OUTCOMES.format(etc="", n=56).replace("责令履行直接纠错", "责令履行等方式纠错")
    assert not any(total == 56 for total, *_ in sums(tmp_path, text))


# -- two classifications of one whole, in one sentence or on lines ------------------------------

@pytest.mark.parametrize("sep", [";", "。", "。\n"])
def test_each_opener_ends_the_list_before_it(tmp_path, sep) -> None:
    text = f"全年受理投诉举报12486件。按类型分,投诉11041件,举报1445件{sep}按渠道分,电话8126件,网络{{net}}件。"
    assert sums(tmp_path, text.format(net=4360)) == {(12486, 11041, 1445): "pass", (12486, 8126, 4360): "pass"}
    assert sums(tmp_path, text.format(net=4630)) == {(12486, 11041, 1445): "pass", (12486, 8126, 4630): "fail"}


def test_a_count_after_dianhua_is_no_phone_number(tmp_path) -> None:
    text = "全年受理投诉举报12486件。按类型分,投诉11041件,举报1445件。\n从渠道看:\n电话8126件;\n网络4360件。\n"
    assert sums(tmp_path, text) == {(12486, 11041, 1445): "pass", (12486, 8126, 4360): "pass"}
    # a phone number stays one
    assert sums(tmp_path, "全年受理投诉200件,其中网上120件、来电80件。举报电话12315。") == {(200, 120, 80): "pass"}


def test_a_classification_of_a_stage_is_not_of_the_whole_before(tmp_path) -> None:
    text = ("全年共受理行政复议申请86件,其中依法受理78件,不予受理8件。从被申请人看,区政府部门42件,街道办事处36件。"
            "从审结情况看,维持45件,撤销6件,驳回13件,终止8件。")
    assert not any(total == 78 and 45 in parts for total, *parts in sums(tmp_path, text))


# -- a 其中 list that goes on in the next sentence ------------------------------------------------

def test_a_qizhong_list_goes_on_in_the_next_sentence_when_it_adds_up(tmp_path) -> None:
    text = "年末全县户籍人口52.6万人。其中城镇人口21.3万人。乡村人口31.3万人。"
    assert sums(tmp_path, text) == {(526000, 213000, 313000): "pass"}


@pytest.mark.parametrize("text", [
    "年末全县户籍人口52.6万人。其中城镇人口21.3万人。乡村人口30.3万人。",   # does not add up: no reading
    "年末全县户籍人口52.6万人。其中城镇人口21.3万人。流动党员31.3万人。",   # adds up, counts something else
])
def test_no_continued_list_unless_the_figures_confirm_it(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {}


def test_an_average_per_person_or_day_is_no_list_for_jun(tmp_path) -> None:
    # 比上年 only in another paragraph: "日均增长" is not "均增长" over a list
    text = "全年受理投诉1200件,比上年增长5%。\n窗口日均受理投诉40件、咨询25件,日均增长8%。\n"
    assert [o["current"] for _, o in checks(tmp_path, text, "change")] == [1200]


@pytest.mark.parametrize("text, whole, closed, rest", [
    ("全年受理劳动监察投诉842件,办结836件,其余6件正在办理中。", 842, 836, 6),
    ("全年受理群众来信215件,已办结209件,剩余6件尚在办理。", 215, 209, 6),
    ("本年度共受理消费投诉1,304件,处理完毕1,290件,余下14件仍在调查。", 1304, 1290, 14),
])
def test_the_rest_named_open_by_the_words_after_it(tmp_path, text, whole, closed, rest) -> None:
    # what came in is closed or, the rest, still open: "其余6件正在办理中" names its state after it
    assert sums(tmp_path, text) == {(whole, closed, rest): "pass"}
    wrong = f"{rest + 2}件".join(text.rsplit(f"{rest}件", 1))  # (the last one: "836件" holds "6件" too)
    assert sums(tmp_path, wrong) == {(whole, closed, rest + 2): "fail"}


def test_the_rest_is_what_is_left_whatever_became_of_it(tmp_path) -> None:
    # (session 24, model26: 其余 names the remainder of the whole -- "其余6件已移送公安机关" as much as
    # "其余6件正在办理中"; a transfer the report counted as closed would not be called the rest)
    assert sums(tmp_path, "全年受理劳动监察投诉842件,办结836件,其余6件已移送公安机关。") == {(842, 836, 6): "pass"}
    assert sums(tmp_path, "全年受理劳动监察投诉842件,办结836件,其余7件已移送公安机关。") == {(842, 836, 7): "fail"}
