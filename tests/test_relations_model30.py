"""Session 26 (model30): funnels (pattern E) and breakdowns without 其中 (pattern F) the engine missed.
Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def bounds(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["smaller"], c.operands["larger"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "bound"}


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


# -- 较大数额, 较重: 较 as "rather", no comparison with an earlier period


def test_a_hearing_notice_before_a_large_fine_bounds_the_hearings_asked_for(tmp_path) -> None:
    text = "对拟作出较大数额罚款的案件告知当事人听证权利36件,当事人申请听证{n}件。"
    assert bounds(tmp_path, text.format(n=5))[(5, 36)] == "pass"
    assert bounds(tmp_path, text.format(n=56))[(56, 36)] == "fail"


def test_a_figure_compared_with_last_year_is_still_no_level(tmp_path) -> None:
    # 较上年 names a change: the 12 is no figure of the year's notices
    text = "告知当事人听证权利36件,较上年增加12件,当事人申请听证20件。"
    assert (20, 12) not in bounds(tmp_path, text)


def test_the_right_to_a_hearing_named_with_a_few_words_between(tmp_path) -> None:
    text = "作出处罚决定前告知当事人享有听证权利的案件215件,当事人申请听证的{n}件。"
    assert bounds(tmp_path, text.format(n=8))[(8, 215)] == "pass"
    assert bounds(tmp_path, text.format(n=258))[(258, 215)] == "fail"


# -- a school's staff and its full-time teachers


# (model30 read 专任教师 <= 教职工 as one school's funnel; a county bulletin lists them level by level --
# "幼儿园36所,…教职工1,120人;小学15所,专任教师1,860人" failed -- so no such bound is read: merge26)
def test_teachers_of_another_school_kind_are_not_bounded_by_the_staff(tmp_path) -> None:
    text = "全县幼儿园教职工120人,小学专任教师305人。"
    assert (305, 120) not in bounds(tmp_path, text)
    text = "全县共有幼儿园36所,在园幼儿8,600人,教职工1,120人;小学15所,专任教师1,860人。"
    assert (1860, 1120) not in bounds(tmp_path, text)


# -- reviews a matter gave rise to are an intake


def test_reviews_arising_from_a_matter_bound_those_concluded(tmp_path) -> None:
    text = "因行政处罚引发行政复议14件,已审结{n}件,其中维持9件。"
    assert bounds(tmp_path, text.format(n=12))[(12, 14)] == "pass"
    assert bounds(tmp_path, text.format(n=16))[(16, 14)] == "fail"


# -- work carried in, listed in the whole's own 其中 list, voids no funnel of that whole


def test_carried_work_inside_the_whole_leaves_its_bound(tmp_path) -> None:
    text = "全年办理行政复议案件52件,其中新收47件、上年结转5件;审结{n}件。"
    assert bounds(tmp_path, text.format(n=49))[(49, 52)] == "pass"
    assert bounds(tmp_path, text.format(n=57))[(57, 52)] == "fail"


def test_carried_work_added_after_the_intake_still_voids_it(tmp_path) -> None:
    text = "全年受理行政复议案件47件;加上上年结转的5件,全年审结50件。"
    assert bounds(tmp_path, text).get((50, 47)) != "fail"


# -- the outcomes of closed requests listed in the sentence after the closed figure


def test_outcomes_in_the_next_sentence_add_up_to_the_closed(tmp_path) -> None:
    text = ("本年度办结政府信息公开申请64件,结转下年度办理2件。办结件中予以公开25件,占39.1%;部分公开7件;"
            "不予公开3件;无法提供18件;不予处理8件;其他处理{n}件。")
    assert sums(tmp_path, text.format(n=3))[(64, 25, 7, 3, 18, 8, 3)] == "pass"
    assert sums(tmp_path, text.format(n=5))[(64, 25, 7, 3, 18, 8, 5)] == "fail"


def test_outcomes_in_the_next_sentence_after_a_plain_stop(tmp_path) -> None:
    text = "全年共办结申请40件。予以公开22件,部分公开6件,无法提供{n}件,不予处理3件。"
    assert sums(tmp_path, text.format(n=9))[(40, 22, 6, 9, 3)] == "pass"


def test_no_outcomes_of_a_closed_figure_that_does_not_end_its_sentence(tmp_path) -> None:
    # the sentence goes on to what came in: the list may be of either
    text = "全年办结申请40件,收到申请43件。予以公开22件,部分公开6件,无法提供9件,不予处理6件。"
    assert not [k for k in sums(tmp_path, text) if k[0] == 40]


def test_outcomes_after_words_saying_all_was_answered(tmp_path) -> None:
    text = "全年收到依申请公开事项5件,均已按期答复:同意公开3件,信息不存在{n}件。"
    assert sums(tmp_path, text.format(n=2))[(5, 3, 2)] == "pass"
    text = "全年受理申请9件,已全部办结:予以公开4件,部分公开2件,无法提供{n}件。"
    assert sums(tmp_path, text.format(n=3))[(9, 4, 2, 3)] == "pass"


# -- a clean-up of powers or documents: what was kept, abolished and handed down


def test_a_clean_up_is_what_was_kept_abolished_and_handed_down(tmp_path) -> None:
    text = "清理区级行政权力事项2,315项,保留1,986项,取消{a}项,下放117项。"
    assert sums(tmp_path, text.format(a=212))[(2315, 1986, 212, 117)] == "pass"
    assert sums(tmp_path, text.format(a=221))[(2315, 1986, 221, 117)] == "fail"


# -- where the work stood at a date after the period (截至…已…), against what the period found


def test_what_was_put_right_by_a_later_date_is_bounded_by_what_was_found(tmp_path) -> None:
    text = "审计查出问题金额5.36亿元。截至2024年5月底,已整改问题金额{n}亿元。"
    assert bounds(tmp_path, text.format(n="4.18"))[(4.18, 5.36)] == "pass"
    assert bounds(tmp_path, text.format(n="6.18"))[(6.18, 5.36)] == "fail"


def test_a_date_part_way_through_the_year_still_bounds_nothing_of_another_period(tmp_path) -> None:
    text = "1-5月受理诉求1,200件。截至6月底,已办结1,350件。"
    assert (1350, 1200) not in bounds(tmp_path, text)


# -- what earlier years left undone is a set of its own: what this year did of it is among it


def test_problems_left_open_by_earlier_years_bound_those_put_right_this_year(tmp_path) -> None:
    text = "对以前年度审计发现尚未整改到位的23个问题跟踪督办,本年已整改{n}个,累计整改率为97.1%。"
    assert bounds(tmp_path, text.format(n=19))[(19, 23)] == "pass"
    assert bounds(tmp_path, text.format(n=29))[(29, 23)] == "fail"


def test_a_cumulative_count_after_the_closed_still_voids_the_bound(tmp_path) -> None:
    text = "受理投诉120件,办结118件,累计办结136件。"
    assert (136, 120) not in bounds(tmp_path, text)


def test_outcomes_with_shares_and_a_subtotal_between_them(tmp_path) -> None:
    text = ("全年办结33件,无结转。其中,予以公开12件、部分公开5件,两项合计17件,合计占办结总数的51.5%;"
            "无法提供9件,占27.3%;不予处理{n}件;其他处理3件。")
    assert sums(tmp_path, text.format(n=4))[(33, 12, 5, 9, 4, 3)] == "pass"
    assert sums(tmp_path, text.format(n=6))[(33, 12, 5, 9, 6, 3)] == "fail"


def test_outcomes_in_the_figures_sentence_go_on_past_a_share(tmp_path) -> None:
    text = "全年办结申请46件,予以公开20件,占43.5%;部分公开6件;无法提供{n}件;不予处理7件。"
    assert sums(tmp_path, text.format(n=13))[(46, 20, 6, 13, 7)] == "pass"
    assert sums(tmp_path, text.format(n=15))[(46, 20, 6, 15, 7)] == "fail"


def test_a_rate_after_an_outcome_ends_the_list(tmp_path) -> None:
    # a rate (纠错率) is no share of the list: the outcomes after it are not read as this list's
    text = "审结复议案件40件,撤销4件,纠错率10.0%;维持28件,驳回5件。"
    assert not [k for k in sums(tmp_path, text) if k[0] == 40 and 28 in k[1:]]


def test_an_outcome_broken_down_ends_the_list_of_outcomes(tmp_path) -> None:
    text = ("收到申请90件,加上年结转4件,全年办结92件,结转下年度2件。办结件中,予以公开41件,占44.6%;不予公开12件,"
            "其中涉及商业秘密、过程性信息和其他法律法规禁止公开的分别为5件、4件和3件。")
    assert not [k for k in sums(tmp_path, text) if k[0] == 92]


# -- a 信访 whole in 件次 and a breakdown by level in 件 after it (one measure, as under 其中)


def test_a_breakdown_in_jian_of_a_petition_whole_in_jian_ci(tmp_path) -> None:
    text = "全年共受理信访事项2,315件次,同比下降6.1%。\n\n从受理层级看,县信访局直接受理1,208件,各乡镇受理{n}件。"
    assert sums(tmp_path, text.format(n="1,107"))[(2315, 1208, 1107)] == "pass"
    assert sums(tmp_path, text.format(n="1,170"))[(2315, 1208, 1170)] == "fail"


def test_a_breakdown_in_people_is_no_part_of_a_whole_in_jian_ci(tmp_path) -> None:
    text = "全年共受理信访事项2,315件次,同比下降6.1%。\n\n从受理层级看,县信访局接待1,208人,各乡镇接待1,107人。"
    assert not [k for k in sums(tmp_path, text) if k[0] == 2315]


# -- a later stage named with the noun of a kind listed before it ("其中投诉…。投诉办结…")


def test_complaints_closed_are_bounded_by_the_complaints_listed_before(tmp_path) -> None:
    text = ("全年通过热线和网络平台受理消费者诉求4.12万件,其中投诉2.36万件、举报0.71万件、咨询1.05万件。\n"
            "投诉办结{n}万件,办结率98.7%。举报立案{m}件。")
    got = bounds(tmp_path, text.format(n="2.33", m="426"))
    assert got[(23300, 23600)] == "pass" and got[(426, 7100)] == "pass"
    assert bounds(tmp_path, text.format(n="2.63", m="426"))[(26300, 23600)] == "fail"


def test_the_noun_named_by_another_intake_between_leaves_two_readings(tmp_path) -> None:
    text = ("全年受理消费者诉求4.12万件,其中投诉2.36万件、举报0.71万件。消协组织受理投诉0.52万件。\n"
            "办结投诉2.63万件。")
    assert (26300, 23600) not in bounds(tmp_path, text)


def test_complaints_of_a_month_are_no_intake_of_the_year(tmp_path) -> None:
    text = "12月受理诉求3,120件,其中投诉1,205件、咨询1,915件。全年投诉办结13,460件。"
    assert (13460, 1205) not in bounds(tmp_path, text)


def test_a_kind_of_closing_is_no_whole_of_the_next_sentences_outcomes(tmp_path) -> None:
    # "纠错案件中," opens a list of the corrections, not of the cases closed by mediation before it
    text = "审结复议案件96件,其中维持60件、纠错14件、调解和解结案22件。纠错案件中,撤销8件、确认违法4件、责令履行2件。"
    assert not [k for k in sums(tmp_path, text) if k[0] == 22]


def test_a_defined_total_of_outcomes_ends_the_next_sentences_list(tmp_path) -> None:
    text = "全年审结复议案件210件,审结率95.0%。在审结案件中,维持150件、撤销12件、确认违法6件、驳回申请24件、终止18件,直接纠错18件。"
    got = sums(tmp_path, text)
    assert got.get((210, 150, 12, 6, 24, 18)) == "pass"
    assert not [k for k in got if k[0] == 210 and len(k) == 7]


def test_what_was_put_right_by_a_date_goes_on_from_the_whole_not_a_classified_part(tmp_path) -> None:
    text = ("查出问题金额9,820万元。按问题性质分,违规问题金额2,416万元、管理不规范金额7,404万元。"
            "截至2024年6月底,已整改8,530万元,整改率86.9%。")
    got = bounds(tmp_path, text)
    assert (8530, 2416) not in got
    assert got.get((8530, 9820)) in (None, "pass")
