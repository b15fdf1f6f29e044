"""False alarms found on consistent texts written for the project (session 25, helper fa62: 12345 hotline
monthly/quarterly/annual analyses, 统计 月报/季报/快报 of districts and counties, 政府信息公开 annual reports
restating the national table in prose). Each rule is a statement about how Chinese reports state figures,
tested on project sentences, with a variant whose arithmetic is broken that must still fail where the
reading is unique (or the reason it abstains)."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- a figure of the wider place the report compares itself with ("同期全市…", "占全市的", "居全市第3位")
# is neither the whole of the report's own split nor the base of its own shares ---

_PLACE = ("某区12345热线5月运行分析\n本月，某区12345热线共受理群众诉求40000件，日均1333件。\n"
          "同期全市12345热线受理诉求218000件，某区受理量占全市的18.3%，受理总量居全市第3位。\n"
          "热线即时答复办结25000件，转派承办单位办理的工单{w}件。\n"
          "按诉求类型分，咨询类16000件、投诉类9000件、求助类15000件，分别占受理总量的40.0%、22.5%、37.5%。")


def test_a_whole_of_the_wider_place_is_not_the_reports_own(tmp_path) -> None:
    assert failing(tmp_path, _PLACE.format(w=15000)) == []
    # the split is still read, over the district's own intake (40000 = 25000 + 15000)
    broken = failing(tmp_path, _PLACE.format(w=16000))
    assert broken and all("218000" not in m for m in broken)
    # a share naming the wider place is still of its figure
    assert any("218000" in m for m in passing(tmp_path, _PLACE.format(w=15000)))
    assert failing(tmp_path, _PLACE.format(w=15000).replace("18.3%", "19.3%"))


# --- an X率 is not over a count of X itself ("申请退单600件,经审核同意退单420件,退单率4.0%": the rate
# counts the 退单 of the dispatched work, 600 of 15000; the 420 approved of the 600 applied for is no
# reading) -- unless the count names the X due (应整改, 应办结: the rate's own work) ---

_RETURNED = ("某县12345热线第二季度分析。转派工单15000件。承办单位申请退单600件，经审核同意退单420件，退单率{r}%；"
             "因群众不满意启动重办300件，重办后办结270件，重办率2.0%。")


def test_a_rate_of_x_is_not_over_a_count_of_x(tmp_path) -> None:
    assert failing(tmp_path, _RETURNED.format(r="4.0")) == []
    # the approved over the applied (70.0%) is not read either: no reading of the rate is printed
    assert failing(tmp_path, _RETURNED.format(r="70.0")) == []
    # a rate over the X due, or over another stage's count, is still read
    assert failing(tmp_path, "某局2024年工作总结。应整改问题120个，已整改110个，整改率90.0%。")  # 91.7%
    assert failing(tmp_path, "某局2024年工作总结。应整改问题120个，已整改110个，整改率91.7%。") == []
    assert failing(tmp_path, "某局2024年工作总结。受理投诉500件，办结480件，办结率95.0%。")  # 96.0%


# --- a total after a classified list whose words join the names of two of its items (予以公开和部分公开
# 的合计) is their subtotal, not the whole of the list ---

_OUTCOMES = ("某县自然资源局2022年政府信息公开工作年度报告\n（二）依申请公开。全年新收申请227件，上年结转10件，共计237件。"
             "已办结232件，结转下年度继续办理5件。\n从办理结果看，予以公开139件，占已办结申请的59.9%；部分公开78件；"
             "不予公开6件；无法提供4件；不予处理3件；其他处理{other}件。予以公开和部分公开的合计{sub}件，占93.5%。")


def test_a_subtotal_of_two_items_is_no_whole_of_the_list(tmp_path) -> None:
    assert failing(tmp_path, _OUTCOMES.format(other=2, sub=217)) == []
    assert failing(tmp_path, _OUTCOMES.format(other=2, sub=218))  # 139 + 78 = 217
    # the list is of the 232 closed (a list adding up to none of the figures before is left unread)
    assert any("232" in m and "139" in m for m in passing(tmp_path, _OUTCOMES.format(other=2, sub=217)))


# --- a share naming no base, whose only candidate figures stand in another section of the report, is of
# figures its own section does not print ---

_SECTIONS = ("2023年1—6月某区国民经济主要指标月报\n二、工业\n1—6月，全区规模以上工业企业实现总产值85.01亿元。"
             "轻工业完成产值33.42亿元，重工业完成产值51.59亿元{share}。\n三、投资与消费\n"
             "1—6月，全区固定资产投资同比增长6.2%。亿元以上项目92个，完成投资占比42.1%。")


def test_a_bare_share_does_not_reach_into_another_section(tmp_path) -> None:
    assert failing(tmp_path, _SECTIONS.format(share="")) == []
    # a share in the numerator's own section is read as before (51.59 / 85.01 = 60.7%)
    assert failing(tmp_path, _SECTIONS.format(share="，占比65.0%"))


# --- "与上月相比" / "与上季度相比" set the reference of a change as 比上月 does: the difference after its
# percent ("上升9.7%,增加4995件") is that change's, never the level of the next clause's change ---

_MONTHS = ("某区12345热线6月运行分析。本月共受理群众诉求56645件{stop}与上月相比，受理量上升{m}%，增加4995件；"
           "与去年同期相比，增加2407件，增长{y}%。")


def test_a_difference_after_its_month_on_month_percent_is_a_difference(tmp_path) -> None:
    assert failing(tmp_path, _MONTHS.format(stop="。", m="9.7", y="4.4")) == []
    assert failing(tmp_path, _MONTHS.format(stop="，", m="9.7", y="4.4")) == []
    assert failing(tmp_path, _MONTHS.format(stop="，", m="9.7", y="6.4"))  # 2407 / 54238 = 4.4%
    assert failing(tmp_path, _MONTHS.format(stop="，", m="12.7", y="4.4"))  # 4995 / 51650 = 9.7%


# --- a channel named by a Latin word ("政务服务APP7539件") is a count like any other: read, so a list of
# channels is not short of it ---

_CHANNELS = ("本月某县12345热线共受理群众诉求{t}件。从受理渠道看，热线电话受理10486件，政府网站8516件，"
             "政务服务APP7539件，短信及其他渠道受理4553件。")


def test_a_count_after_a_latin_word_is_read(tmp_path) -> None:
    assert failing(tmp_path, _CHANNELS.format(t=31094)) == []
    assert failing(tmp_path, _CHANNELS.format(t=31194))
    # a code before a figure is still none ("G20", "IPV6")
    assert failing(tmp_path, "某市2024年共举办G20相关会议12场，其中线上5场、线下7场。") == []


# --- the national table's 复议/诉讼 outcomes end with the cases still open (尚未审结): a list after what
# was brought (提起行政诉讼5件) holds them; after what was closed (审结6件) it does not ---

def test_cases_still_open_are_an_outcome_of_what_was_brought(tmp_path) -> None:
    brought = "某局2023年政府信息公开年报。提起行政诉讼{n}件，结果维持2件、结果纠正1件、其他结果0件、尚未审结1件。"
    assert failing(tmp_path, brought.format(n=4)) == []
    assert failing(tmp_path, brought.format(n=5))
    closed = "某局2024年法治政府建设报告。全年发生行政复议案件7件，审结6件，复议机关维持5件、撤销1件，尚在审理1件。"
    assert failing(tmp_path, closed) == []


# --- a flow's whole is named in its own clause: words before a colon head a list ("办理结果:予以公开29件"),
# they name no whole of the 办结/结转 identity ---

def test_a_list_heading_before_a_colon_names_no_whole(tmp_path) -> None:
    text = ("某局2022年政府信息公开年报。本年新收申请92件，上年结转6件。本年度办理结果：予以公开29件，部分公开27件，"
            "不予公开26件，无法提供14件，不予处理1件，其他处理0件，总计办结{n}件；结转下年度继续办理1件。")
    assert failing(tmp_path, text.format(n=97)) == []
    # a whole named in its own clause is read as before
    flow = "某局2022年政府信息公开年报。本年度共办理申请{n}件，其中办结97件，结转下年度继续办理1件。"
    assert failing(tmp_path, flow.format(n=98)) == []
    assert failing(tmp_path, flow.format(n=99))


# --- a rate whose name negates a named rate (不满意率) is none of it: not read over the 满意 figure ---

def test_a_negated_rate_name_is_not_the_named_rate(tmp_path) -> None:
    text = ("某县12345热线10月简报。本月回访工单1000件，其中非常满意700件、满意200件、基本满意60件、不满意40件。"
            "满意率（非常满意、满意和基本满意之和占回访量的比例）为96.00%，不满意率{u}%。")
    assert failing(tmp_path, text.format(u="4.00")) == []
    assert failing(tmp_path, "某县12345热线10月简报。本月回访工单1000件，其中满意950件，满意率96.0%。")  # 95.0%


# --- words naming all of a work load (全部工单, 工单总量) and no stage of it name no figure of a stage past
# the work taken in and handed on (回访工单, 办结工单): a share of all the work orders is not over those
# called back, stated passages before ---

_ALL = ("热线数据汇编。\n\n1. 全年共回访工单8.24万件，群众评价满意7.36万件、基本满意0.52万件、不满意0.36万件。\n\n"
        "2. 本年度主动公开政府信息3126条。\n\n3. 全年共受理12345转办的涉企诉求3650件，占全部工单的{s}%。")


def test_all_the_work_is_not_a_later_stage_of_it(tmp_path) -> None:
    assert failing(tmp_path, _ALL.format(s="4.8")) == []
    # the work handed on is all of it: still read
    text = "某区热线年报。全年派发工单5000件，办结工单4900件，其中涉企诉求240件，占全部工单的{s}%。"
    assert failing(tmp_path, text.format(s="4.8")) == []
    assert failing(tmp_path, text.format(s="5.8"))


# --- "较第二季度的79,315件" names the level of another quarter as "较二季度的" does: the previous level,
# never the current one of the change ---

_QUARTERS = ("某区热线第三季度分析。第三季度共受理群众诉求86420件，较第二季度的79315件增加7105件，环比增长{m}%；"
             "较上年同期的81250件增加5170件，同比增长6.4%。")


def test_a_quarter_named_with_its_ordinal_is_the_previous_level(tmp_path) -> None:
    assert failing(tmp_path, _QUARTERS.format(m="9.0")) == []
    assert failing(tmp_path, _QUARTERS.format(m="8.0"))  # 7105 / 79315 = 9.0%
