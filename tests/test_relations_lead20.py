"""Session 20 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _checks(tmp_path, text: str, rule: str) -> list:
    return [c for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in _checks(tmp_path, text, rule)]


# 出庭应诉率 may be over the suits concluded (审结) as well as over all the suits brought: a rate that
# fails over the suits but holds over the concluded ones is no error.
@pytest.mark.parametrize("text,status", [
    ("全区共发生一审行政应诉案件186件，已审结162件，其中败诉11件。行政机关负责人出庭应诉162件，出庭应诉率100%。", "pass"),
    ("一审行政诉讼案件共95件，审结88件，负责人出庭应诉80件，出庭率90.9%。", "pass"),
    ("全市行政应诉案件120件，行政机关负责人出庭应诉96件，出庭应诉率80.0%。", "pass"),
    # neither base gives the rate: an error on either reading
    ("全区共发生一审行政应诉案件186件，已审结162件。行政机关负责人出庭应诉150件，出庭应诉率100%。", "fail"),
])
def test_appearance_rate_over_suits_concluded(tmp_path, text, status):
    assert _rule(tmp_path, text, "ratio.rate") == [status]


# A set named at the head of a rate's sentence by an abbreviation of an earlier figure's words
# ("转办件" of "转交承办单位办理", "复议案件" of "行政复议申请"): the rate is of that figure.
@pytest.mark.parametrize("text,status", [
    ("全年共受理群众诉求186,432件。其中,即时办结98,215件;转交承办单位办理88,217件。"
     "转办件中,已办结85,934件,办结率97.4%;正在办理2,283件。", "pass"),
    ("全年共受理群众诉求186,432件。其中,直接答复98,215件;转交承办单位办理88,217件。"
     "转办件中,已办结85,934件,办结率96.4%。", "fail"),
    ("本季度热线接听来电52,310个,直接解答31,022个,派发工单21,288件。派单中,按期办结20,965件,按期办结率98.5%。",
     "pass"),
])
def test_a_set_named_by_an_abbreviation(tmp_path, text, status):
    assert status in _rule(tmp_path, text, "ratio.rate")
    if status == "pass":
        assert "fail" not in _rule(tmp_path, text, "ratio.rate")


def test_a_set_no_figure_is_named_by_leaves_the_rate_undecided(tmp_path):
    # "督办件" names a set none of the figures before is named by: over the intake the rate disagrees,
    # but the rate is the 督办件's, whose count is not printed
    text = ("全年共受理群众诉求186,432件。其中,即时办结98,215件;转交承办单位办理88,217件。"
            "督办件中,已办结85,934件,办结率96.4%。")
    checks = [c for c in _checks(tmp_path, text, "ratio.rate") if "办结率" in c.message_zh]
    assert [c.status for c in checks] == ["unverifiable"]
    assert "句首写明比率所在的集合" in checks[0].message_zh


# "三次产业结构由上年的A:B:C调整为D:E:F": the structure after 调整为 is this year's, checked against the
# parts; the one after 由 is last year's and is never checked against this year's parts.
@pytest.mark.parametrize("text,statuses", [
    ("全年地区生产总值528.64亿元。其中,第一产业增加值52.37亿元;第二产业增加值231.85亿元;第三产业增加值244.42亿元。"
     "三次产业结构由上年的10.3:43.1:46.6调整为9.9:43.9:46.2。", ["pass", "pass", "pass"]),
    ("全年地区生产总值528.64亿元。其中,第一产业增加值52.37亿元;第二产业增加值231.85亿元;第三产业增加值244.42亿元。"
     "三次产业结构由上年的10.3:43.1:46.6优化为9.9:44.9:45.2。", ["pass", "fail", "fail"]),
    ("实现地区生产总值186.42亿元,第一产业增加值31.28亿元,第二产业增加值62.15亿元,第三产业增加值92.99亿元,"
     "三次产业比例由2022年的17.4:32.9:49.7变为16.8:33.3:49.9。", ["pass", "pass", "pass"]),
])
def test_a_structure_changed_from_last_years(tmp_path, text, statuses):
    checks = _checks(tmp_path, text, "ratio.structure")
    assert [c.status for c in checks] == statuses
    assert all("10.3" not in c.message_zh and "17.4" not in c.message_zh for c in checks)
    assert "调整 " not in checks[0].message_zh  # named as the first part's share, not by the verb


# A rate named by its base and what it counts, base first (营业收入利润率 = 利润 / 营业收入, as 资产负债率 is)
@pytest.mark.parametrize("text,status", [
    ("规模以上工业企业实现营业收入1,286.4亿元,比上年增长7.6%;利润总额68.9亿元,下降4.8%。营业收入利润率为5.36%。", "pass"),
    ("规上工业企业营业收入486.37亿元,实现利润总额21.85亿元,营业收入利润率4.94%。", "fail"),
    ("全县规模以上工业企业实现主营业务收入212.6亿元,利润11.3亿元,主营业务收入利润率5.3%。", "pass"),
])
def test_profit_margin_over_revenue(tmp_path, text, status):
    assert _rule(tmp_path, text, "ratio.rate") == [status]


# Shares of a whole printed to make exactly 100 ("其余各类" printed as 100 less the others): one a unit
# of the last digit off its exact value is the rounding, not an error; two units off is.
@pytest.mark.parametrize("text,status", [
    ("全年受理信访事项8,462件次。从反映问题看,城乡建设类2,163件次,占25.6%;劳动和社会保障类1,482件次,占17.5%;"
     "农村农业类1,127件次,占13.3%;国土资源类986件次,占11.7%;其余各类2,704件次,占31.9%。", "pass"),
    ("全年受理信访事项8,462件次。从反映问题看,城乡建设类2,163件次,占25.6%;劳动和社会保障类1,482件次,占17.5%;"
     "农村农业类1,127件次,占13.3%;国土资源类986件次,占11.7%;其余各类2,704件次,占30.9%。", "fail"),
    # the shares add up to 100.1: no forced list, plain rounding decides
    ("全年受理信访事项8,462件次。从反映问题看,城乡建设类2,163件次,占25.6%;劳动和社会保障类1,482件次,占17.5%;"
     "农村农业类1,127件次,占13.3%;国土资源类986件次,占11.7%;其余各类2,704件次,占32.0%。", "pass"),
])
def test_shares_forced_to_make_100(tmp_path, text, status):
    last = [c for c in _checks(tmp_path, text, "ratio.share") if "其余各类" in c.message_zh]
    assert [c.status for c in last] == [status]


def test_shares_not_all_of_the_whole_are_not_forced(tmp_path):
    # the listed kinds leave some of the whole out (their shares cannot be rounded to its 100)
    text = ("全年受理信访事项8,462件次。其中,城乡建设类2,163件次,占25.6%;劳动和社会保障类1,482件次,占17.5%;"
            "农村农业类1,127件次,占13.3%;国土资源类986件次,占11.7%;其余各类2,708件次,占31.9%。")
    last = [c for c in _checks(tmp_path, text, "ratio.share") if "其余各类" in c.message_zh]
    assert [c.status for c in last] == ["fail"]


# What was done and what was not of work named as due ("应审理", carried-in work included) add up to
# it across a sentence end; a figure of what came in (受理) is no such whole -- carried-in work the
# text does not print may be among what is not yet done.
@pytest.mark.parametrize("text,statuses", [
    ("加上2022年结转的47件,全年应审理案件1,009件。全年共审结行政复议案件931件,审结率92.3%,尚未审结78件结转至2024年办理。",
     ["pass"]),
    ("全年应审理案件1,009件。全年共审结行政复议案件931件,审结率92.3%,尚未审结68件。", ["fail"]),
    ("全年受理行政复议案件962件。全年共审结行政复议案件931件,尚未审结78件。", []),
])
def test_done_and_not_yet_done_of_work_due(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.rest") == statuses


# The verb of an intake may stand before a 、 list of what came in ("接收群众来电、来信、网络留言等各类
# 诉求信息423,516件"): the figure is the intake the two ways of handling it add up to.
@pytest.mark.parametrize("text,status", [
    ("2021年,平台共接收群众来电、来信、网络留言等各类诉求信息423,516件,较2020年(358,247件)增加65,269件,增长18.2%。"
     "其中,热线电话来电352,108件,网络渠道71,408件。\n全年直接办结(含政策咨询解答)246,093件,转派各承办单位177,423件。",
     "pass"),
    ("2021年,平台共接收群众来电、来信、网络留言等各类诉求信息423,516件,较2020年(358,247件)增加65,269件,增长18.2%。"
     "其中,热线电话来电352,108件,网络渠道71,408件。\n全年直接办结(含政策咨询解答)264,093件,转派各承办单位177,423件。",
     "fail"),
])
def test_intake_named_before_a_list_of_channels(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.intake_split") == [status]


# A share of a set named by its act ("占转派总量的29.5%") is over the figure of that act, not over what
# was closed of it ("转派工单办结174,809件" names the set's later stage).
@pytest.mark.parametrize("text,status", [
    ("全年直接办结246,093件,转派各承办单位177,423件。转派工单办结174,809件,办结率98.5%。\n"
     "各镇共承办工单52,314件,占转派总量的29.5%。", "pass"),
    ("全年直接办结246,093件,转派各承办单位177,423件。转派工单办结174,809件,办结率98.5%。\n"
     "各镇共承办工单52,314件,占转派总量的30.5%。", "fail"),
])
def test_a_named_base_is_not_its_later_stage(tmp_path, text, status):
    shares = [c.status for c in _checks(tmp_path, text, "ratio.share") if "转派总量" in c.message_zh]
    assert shares == [status]


# 另有 after a 其中 part adds what the whole may not count ("执法人员28名,其中持证的26名,另有辅助执法人员
# 41名") as often as it names the whole's rest: the list ends before it unless the figures make it the rest.
@pytest.mark.parametrize("text,rule,statuses", [
    ("执法队现有执法人员28名,其中持证的26名,另有辅助执法人员41名。", "sum.breakdown", []),
    ("全年受理案件120件,其中简易程序80件,另有移送案件12件。", "sum.breakdown", []),
    ("全年收到申请50件,其中予以公开30件,另有20件不予公开。", "sum.breakdown", ["pass"]),
    ("执法队现有执法人员28名,其中持证的26名,另有辅助执法人员41名。", "bound.part", ["pass"]),
])
def test_an_addition_after_qizhong_is_no_part(tmp_path, text, rule, statuses):
    assert _rule(tmp_path, text, rule) == statuses


# The rest is of the figure in its own unit: counts of inspections (次) before the problems (个)
# found are no whole of what is left to put right.
@pytest.mark.parametrize("text,status", [
    ("全年共开展执法检查1,326次,出动执法人员5,874人次,发现并督促整改各类问题632个,整改完成611个,整改率96.7%,"
     "剩余21个问题正在整改。", "pass"),
    ("全年共开展执法检查1,326次,出动执法人员5,874人次,发现并督促整改各类问题632个,整改完成611个,整改率96.7%,"
     "剩余20个问题正在整改。", "fail"),
])
def test_the_rest_of_a_figure_in_its_own_unit(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.rest") == [status]


# Rates named by meaning, vocabulary in catalog/rates.yaml: 存贷比 (loans over deposits), 整改到位率
# (what was put right of the problems found).
@pytest.mark.parametrize("text,status", [
    ("10月末,金融机构人民币各项存款余额812.45亿元,比年初增加61.27亿元;各项贷款余额637.18亿元,比年初增加48.92亿元。"
     "存贷比为78.4%。", "pass"),
    ("10月末,金融机构人民币各项存款余额812.45亿元,比年初增加61.27亿元;各项贷款余额637.18亿元,比年初增加48.92亿元。"
     "存贷比为76.4%。", "fail"),
    ("随机抽取检查对象3,582户,发现问题企业297户。对发现问题的企业,已责令整改291户,整改到位率98.0%。", "pass"),
    ("随机抽取检查对象3,582户,发现问题企业297户。对发现问题的企业,已责令整改291户,整改到位率96.0%。", "fail"),
])
def test_rates_named_by_meaning(tmp_path, text, status):
    statuses = _rule(tmp_path, text, "ratio.rate")
    assert status in statuses and (status == "fail" or "fail" not in statuses)


def test_loans_to_deposits_with_two_deposit_figures_is_not_guessed(tmp_path):
    text = ("10月末,金融机构人民币各项存款余额812.45亿元,其中住户存款余额512.30亿元;各项贷款余额637.18亿元,"
            "其中住户贷款余额201.5亿元。存贷比为70.4%。")
    assert "fail" not in _rule(tmp_path, text, "ratio.rate")


# A level, the level it is compared with and their difference, printed with no percent, add up
# (a day's average between the level and its comparison is passed over).
@pytest.mark.parametrize("text,statuses", [
    ("全年共受理政府信息公开申请63件,比上年(48件)增加15件。", ["pass"]),
    ("全年共受理政府信息公开申请63件,比上年(48件)增加16件。", ["fail"]),
    ("查处案件38起,较去年同期的45起减少7起。", ["pass"]),
    ("查处案件38起,较去年同期的45起减少8起。", ["fail"]),
    ("全年共受理诉求423,516件,日均1,160件,较2020年(358,247件)增加65,269件。", ["pass"]),
    ("全年共受理诉求423,516件,日均1,160件,较2020年(358,247件)增加62,569件。", ["fail"]),
    # work carried in is no previous level, 新增 no difference from one
    ("上年结转8件,新收40件,增加12件。", []),
])
def test_a_difference_from_a_printed_previous_without_a_percent(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.difference") == statuses


# An average per case or event ("平均每起", "平均每件") is the amount over the count of that classifier.
@pytest.mark.parametrize("text,status", [
    ("实施行政处罚286起,罚款金额共计468.5万元,平均每起1.64万元。", "pass"),
    ("实施行政处罚286起,罚款金额共计468.5万元,平均每起1.84万元。", "fail"),
    ("办理法律援助案件412件,发放办案补贴82.4万元,平均每件0.2万元。", "pass"),
])
def test_an_average_per_case(tmp_path, text, status):
    assert _rule(tmp_path, text, "ratio.average") == [status]


# A total after its parts, named by the words they share, when the parts' qualifiers make up a whole
# between them (职工 and 城乡居民, 城镇 and 农村); two districts of a city are no such pair.
@pytest.mark.parametrize("text,statuses", [
    ("年末,职工基本养老保险参保人数86.42万人,城乡居民基本养老保险参保人数142.18万人,全市基本养老保险参保人数228.60万人。",
     ["pass"]),
    ("年末,职工基本养老保险参保人数86.42万人,城乡居民基本养老保险参保人数142.18万人,全市基本养老保险参保人数228.06万人。",
     ["fail"]),
    ("城镇常住人口33.15万人,农村常住人口31.85万人,全县常住人口65.00万人。", ["pass"]),
    ("A区地区生产总值86.42亿元,B区地区生产总值142.18亿元,全市地区生产总值528.06亿元。", []),
])
def test_a_total_named_by_the_words_its_complements_share(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.breakdown") == statuses


# A classified list ("按医院等级分,…") whose whole is a part of an earlier list ("其中:医院142个"): the
# figures decide -- the one earlier figure the list adds up to exactly is its whole.
@pytest.mark.parametrize("text,statuses", [
    ("全市医疗卫生机构3,126个。其中:医院142个,基层医疗卫生机构2,897个。按医院等级分,三级医院18个,二级医院47个,"
     "一级医院52个,未定级医院25个。", ["pass"]),
    ("全市医疗卫生机构3,126个。其中:医院142个,基层医疗卫生机构2,897个。医院中,公立医院63个,民营医院79个。"
     "按医院等级分,三级医院18个,二级医院47个,一级医院52个,未定级医院25个。", ["pass", "pass"]),
])
def test_a_classified_list_of_an_earlier_part(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.breakdown") == statuses


def test_a_year_keeps_its_digits_in_a_figures_name(tmp_path):
    text = "全年共受理诉求423,516件,日均1,160件,较2020年(358,247件)增加65,269件。"
    (check,) = _checks(tmp_path, text, "sum.difference")
    assert "较2020年 358,247件" in check.message_zh


def test_a_part_under_qizhong_is_no_whole_of_a_later_list_of_periods(tmp_path):
    # the months are of the quarter's whole intake, not of the phone channel named under 其中
    text = ("2024年第三季度12345热线运行情况\n\n本季度热线共受理群众诉求186,432件。其中,网络渠道受理43,916件,"
            "电话渠道受理142,516件。\n\n各月情况:7月、8月、9月分别受理61,208件、64,917件、60,307件。")
    checks = [c for c in _checks(tmp_path, text, "sum.breakdown") if "7月" in c.message_zh]
    assert "fail" not in [c.status for c in checks]


# A total named by both complements (进出口 of 出口 and 进口) before them, their change percents
# between: the two add up to it -- unless a narrower period or a part names them.
@pytest.mark.parametrize("text,statuses", [
    ("全年进出口总额86.4亿元,同比增长11.3%。出口61.9亿元,增长14.8%;进口24.5亿元,增长4.1%。", ["pass"]),
    ("全年进出口总额86.4亿元,同比增长11.3%。出口61.9亿元,增长14.8%;进口25.5亿元,增长4.1%。", ["fail"]),
    ("全年外贸进出口总值312.6亿元。一季度出口61.9亿元,进口24.5亿元。", []),
])
def test_a_total_named_by_both_complements_before_them(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.breakdown") == statuses


# A period named once at the head of a 其中 list ("其中,一季度出口…,进口…") is the list's: its figures
# are of that part of the year, each within the whole, no breakdown of it; a list of every period
# (一季度…四季度) still is.
@pytest.mark.parametrize("text,rule,statuses", [
    ("全年外贸进出口总值312.6亿元。其中,一季度出口61.9亿元,进口24.5亿元。", "sum.breakdown", []),
    ("全年外贸进出口总值312.6亿元。其中,一季度出口61.9亿元,进口24.5亿元。", "bound.part", ["pass", "pass"]),
    ("全年受理480件,其中一季度120件,二季度130件,三季度110件,四季度120件。", "sum.breakdown", ["pass"]),
])
def test_a_period_heading_a_qizhong_list(tmp_path, text, rule, statuses):
    assert _rule(tmp_path, text, rule) == statuses


# "全区行政处罚案件中,…" names the whole of the scope: a figure of some of its bodies ("上述5个部门行政处罚
# 案件合计3,290件") is no whole of the list, whatever words they share.
@pytest.mark.parametrize("text,status", [
    ("全区共实施行政处罚3,862件。上述5个部门行政处罚案件合计3,290件,占全区的85.2%。全区行政处罚案件中,"
     "适用简易程序1,214件,适用普通程序2,648件,普通程序案件占68.6%。", "pass"),
    ("全区共实施行政处罚3,862件。上述5个部门行政处罚案件合计3,290件,占全区的85.2%。全区行政处罚案件中,"
     "适用简易程序1,214件,适用普通程序2,638件。", "fail"),
])
def test_a_whole_scope_set_is_not_a_narrower_figure(tmp_path, text, status):
    checks = [c for c in audit_text(tmp_path, text, ".txt") if "1,214件" in c.message_zh]
    assert [c.status for c in checks] == [status]
    assert "3,290件" not in checks[0].message_zh


def test_the_items_of_a_list_with_a_longer_verb_are_named_by_the_list(tmp_path):
    text = "全年接收信访件501件。上半年、下半年分别接收信访件284件、217件,合计501件。"
    messages = [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.rule == "sum.breakdown"]
    assert messages and all("上半年 284件 + 下半年 217件" in m for m in messages)


# A name joined by 和 that a figure above prints as one ("批发和零售业2,316个") is one item, not two names
# whose sum the share is of: the share of 批发和零售业 is checked over the whole.
@pytest.mark.parametrize("text,status", [
    ("全县法人单位8,642个。按行业门类分组:批发和零售业2,316个;制造业1,127个;其他行业5,199个。"
     "批发和零售业法人单位占全部法人单位的26.8%。", "pass"),
    ("全县法人单位8,642个。按行业门类分组:批发和零售业2,316个;制造业1,127个;其他行业5,199个。"
     "批发和零售业法人单位占全部法人单位的28.6%。", "fail"),
])
def test_a_joined_name_printed_as_one_is_one_item(tmp_path, text, status):
    assert _rule(tmp_path, text, "ratio.share") == [status]


# What was closed holding work carried in ("审结396件(含2022年结转11件)") is no part of the intake's split
# into closed and still open: 413 received = 396 - 11 + 28.
@pytest.mark.parametrize("text,statuses", [
    ("2023年,县政府共收到行政复议申请441件,受理413件,审结396件(含2022年结转11件),受理后尚在审理的28件。", []),
    ("受理413件,审结385件,尚在审理28件。", ["pass"]),
    ("受理413件,审结384件,尚在审理28件。", ["fail"]),
])
def test_closed_work_holding_carried_work_is_no_part_of_the_intake(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.status") == statuses
