"""False alarms found on consistent texts written blind to the engine (session 19, helper fa39:
政府信息公开 reports, 统计公报, 月报, 预决算 and 审计 reports). Each rule is a statement about how
Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is
broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text, failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a decision named as the cause of what is counted ("因答复引发行政复议17件") does not make the
# count decided work: its list may hold those still being heard ---

def test_a_decision_that_caused_the_count_is_no_decided_stage(tmp_path) -> None:
    for text in ("全年因政府信息公开申请答复引发行政复议17件,其中结果维持11件、结果纠正2件、其他结果1件、尚未审结3件。",
                 "申请人对答复不服提起行政诉讼9件,其中维持5件、纠正1件、尚未审结3件。",
                 "因信访事项处理意见引起复查申请12件,其中维持8件,撤销1件,正在办理3件。"):
        assert failing(tmp_path, text) == [], text
    text = "全年因政府信息公开申请答复引发行政复议17件,其中结果维持11件、结果纠正2件、其他结果1件、尚未审结4件。"
    assert any("17件" in m and "18件" in m for m in failing(tmp_path, text))
    # decided work itself still leaves its open rest out ("审结110件,其中…正在审理" is tested elsewhere)


# --- 政府信息公开 applicants fall in the national form's six kinds: a list of two of the five kinds of
# 法人或其他组织 leaves the other three out ---

def test_two_kinds_of_legal_person_leave_the_others_out(tmp_path) -> None:
    for text in ("新收申请中,自然人申请287件,法人或其他组织申请125件,其中商业企业申请96件、法律服务机构申请21件。",
                 "法人或其他组织提出申请58件,其中企业51件,律师事务所4件。",
                 "来自法人或其他组织的申请34件,其中商业企业30件、科研机构2件。"):
        assert failing(tmp_path, text) == [], text
    # more than the whole still fails; all five named add up
    assert failing(tmp_path, "法人或其他组织申请125件,其中商业企业申请106件、法律服务机构申请21件。")
    full = "法人或其他组织申请125件,其中商业企业96件、科研机构2件、社会公益组织5件、法律服务机构21件、其他1件。"
    assert ("sum.breakdown", "pass") in [(r, s) for r, s, _ in checks(tmp_path, full)]
    assert failing(tmp_path, full.replace("其他1件", "其他3件"))


# --- a figure that counts the names listed right before it ("A、B、C六个部分") restates no table row ---

GK_TABLE = ("<table border=\"1\"><tr><td>项目</td><td>自然人</td><td>商业企业</td><td>总计</td></tr>"
            "<tr><td>一、本年新收政府信息公开申请数量</td><td>97</td><td>41</td><td>138</td></tr>"
            "<tr><td>二、上年结转政府信息公开申请数量</td><td>5</td><td>3</td><td>8</td></tr></table>")


def test_a_count_of_the_names_before_it_restates_no_row(tmp_path) -> None:
    for intro in ("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和"
                  "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。",
                  "报告分为总体情况、收到和处理政府信息公开申请情况、存在问题三个部分。"):
        html = f"<html><body><p>{intro}</p>{GK_TABLE}</body></html>"
        assert [c.message_zh for c in audit_text(tmp_path, html, ".html") if c.status == "fail"] == [], intro
    # a figure of the prose naming the row is still paired with it, and a misprint fails
    html = f"<html><body><p>全年新收政府信息公开申请136件。</p>{GK_TABLE}</body></html>"
    assert any("136" in c.message_zh for c in audit_text(tmp_path, html, ".html") if c.status == "fail")


# --- "被纠正的1件" refers back to the figure of its verb only when the figures of that verb before it
# agree: "复议…结果纠正1件;诉讼…结果纠正0件" leaves open whose 纠正 it names ---

def test_a_passive_reference_to_verbs_of_several_values_is_open(tmp_path) -> None:
    text = ("行政复议:结果维持2件,结果纠正1件,其他结果0件,尚未审结1件,总计4件。"
            "行政诉讼:结果维持1件,结果纠正0件,其他结果0件,尚未审结1件,总计2件。"
            "被纠正的1件为上年受理、本年作出决定。")
    assert failing(tmp_path, text) == []
    assert "equal.back_reference" not in [r for r, _, _ in checks(tmp_path, text)]
    # one figure of the verb before: the reference is read, and a misprint fails
    text = "全年办理行政复议案件40件,其中维持25件,撤销6件,驳回9件。被撤销的5件均已重新作出决定。"
    assert any("被撤销" in m for m in failing(tmp_path, text))


# --- a bracket after a total that counts places in another unit ("信息1,142条(11个村、2个社区)") says
# where the items are, not which they are ---

def test_places_in_a_bracket_are_no_parts_of_another_unit(tmp_path) -> None:
    for text in ("全年通过村务公开栏公开信息1,142条(全乡11个村、2个社区,每村每季度不少于20条)。",
                 "全年开展普法宣传活动326次(覆盖18个乡镇、4个街道)。",
                 "共排查隐患2,415项(涉及37个单位、9个企业)。"):
        assert failing(tmp_path, text) == [], text
    # places counted in the total's own unit still add up to it
    assert any("14个" in m for m in failing(tmp_path, "全乡设村务公开栏14个(11个村、2个社区)。"))


# --- a chapter whose heading names another year ("三、2021年预算草案") states that year's figures in the
# summary's words: no restatement of the report's year ---

BUDGET = ("关于某区2020年预算执行情况和2021年预算草案的报告\n一、2020年预算执行情况\n"
          "全区一般公共预算收入完成38.62亿元。加上上级补助收入16.27亿元、调入资金3.21亿元,收入总计58.10亿元。\n"
          "二、落实区人大决议情况\n全年累计减税降费6.84亿元。\n三、{year}年预算草案\n"
          "2021年全区一般公共预算收入预期目标为40.16亿元。加上上级补助收入{aid}亿元、调入资金2.60亿元,收入总计56.56亿元。\n")


def test_a_chapter_of_another_year_restates_nothing(tmp_path) -> None:
    assert failing(tmp_path, BUDGET.format(year="2021", aid="13.80")) == []
    # a chapter of the report's own year restating the summary in the same words still must agree
    assert any("16.27" in m and "13.80" in m for m in failing(tmp_path, BUDGET.format(year="2020", aid="13.80")))


# --- a target is named in its own clause: "新开工计划总投资5000万元以上项目286个,完成投资412.6亿元" names each
# project's planned cost, and neither figure is the year's plan ---

def test_the_target_is_named_in_its_own_clause(tmp_path) -> None:
    text = ("1-8月,全市新开工计划总投资5000万元以上项目286个,比上年同期多41个,完成投资412.6亿元。全年计划实施的"
            "市级重点项目320个中,已开工298个,开工率93.1%;完成投资1,046.8亿元,占年度计划的72.6%。")
    assert failing(tmp_path, text) == []
    text = ("今年全市计划实施重点项目320个,年度计划投资1,442亿元。1-8月,已开工298个;完成投资1,046.8亿元,"
            "占年度计划的{}%。")
    assert ("ratio.target", "pass") in [(r, s) for r, s, _ in checks(tmp_path, text.format("72.6"))]
    assert any("72.59" in m for m in failing(tmp_path, text.format("74.6")))


# --- "A与B之比为X:1" names its two sides: the figures so named, not the last two before it ---

PENSION = ("年末全市参加基本养老保险人数326.84万人。其中,参加城镇职工基本养老保险人数198.27万人(在职职工146.85万人,"
           "离退休人员51.42万人),参加城乡居民基本养老保险人数128.57万人。城镇职工基本养老保险在职职工与离退休人员"
           "之比为{}:1。")


def test_a_ratio_of_two_named_sides(tmp_path) -> None:
    assert failing(tmp_path, PENSION.format("2.86")) == []
    assert ("ratio.expression", "pass") in [(r, s) for r, s, _ in checks(tmp_path, PENSION.format("2.86"))]
    assert any("146.85" in m and "51.42" in m for m in failing(tmp_path, PENSION.format("2.96")))
    text = "全年城镇居民人均可支配收入45,870元,农村居民人均可支配收入21,364元,城镇与农村居民收入之比为{}:1。"
    assert failing(tmp_path, text.format("2.15")) == []
    assert failing(tmp_path, text.format("2.25"))


# --- 国家级/省级/市级 ranks of a listing: "市级214项" beside "全市共有国家级…12项" is a rank, not the city's
# own level bounded by a whole ---

def test_ranks_of_a_listing_are_no_levels(tmp_path) -> None:
    for text in ("全市共有国家级非物质文化遗产代表性项目12项、省级68项、市级214项。",
                 "全县共有国家级示范合作社3家、省级17家、县级86家。"):
        assert failing(tmp_path, text) == [], text
    # the jurisdiction's own level is still bounded by its whole
    assert failing(tmp_path, "全区共受理行政复议申请620件。区政府本级受理651件。")


# --- a channel list under 按…分 ("按公开形式分:网站…,公告栏…,新闻媒体…") may count one item on several
# channels, as the words may say: each bounded, none summed ---

def test_channels_of_a_classified_list_overlap(tmp_path) -> None:
    for text in ("全年主动公开政府信息1,862条。按公开形式分:网站公开1,862条,公告栏公开486条,新闻媒体公开128条"
                 "(同一信息可能通过多种形式公开)。",
                 "全年主动公开政府信息1,862条。按发布渠道分:门户网站1,604条,微信公众号1,236条,微博412条。"):
        assert failing(tmp_path, text) == [], text
    # a misprint of one figure in a list that would add up still fails
    assert failing(tmp_path, "全年主动公开政府信息1,862条。按公开形式分:网站公开1,258条,公告栏公开486条,新闻媒体公开128条。")


# --- a table column of changes ("同比增长(%)"): a 其中 row's growth may pass its whole's ---

def test_growth_cells_are_no_parts(tmp_path) -> None:
    table = ("# 主要指标\n\n| 指标 | 1-5月 | 同比增长(%) |\n|---|---|---|\n| 固定资产投资 | — | 6.2 |\n"
             "| 其中:工业投资 | — | 18.4 |\n| 社会消费品零售总额 | 52.36 | 5.1 |\n")
    assert [c.message_zh for c in audit_text(tmp_path, table, ".md") if c.status == "fail"] == []


# --- the share of a 其中 part after a whole with its own share over an unprinted base ("…中,60岁及以上人口
# …,占21.04%,其中65岁及以上人口…,占15.12%") is over that base too, when the two shares agree ---

CENSUS = ("全市常住人口中,0—14岁人口为1,184,562人,占16.83%;15—59岁人口为4,372,815人,占62.13%;60岁及以上人口为"
          "1,480,937人,占21.04%,其中65岁及以上人口为1,064,218人,占{}%。")


def test_a_nested_share_over_an_unprinted_base(tmp_path) -> None:
    assert failing(tmp_path, CENSUS.format("15.12")) == []
    # a share agreeing with neither base fails
    assert failing(tmp_path, CENSUS.format("16.12"))
    # the whole printed: both readings as before
    text = "全县户籍人口48.6万人,其中60岁及以上人口12.4万人,占25.5%,其中65岁及以上人口8.9万人,占{}%。"
    assert failing(tmp_path, text.format("18.3")) == []
    assert failing(tmp_path, text.format("19.3"))


# --- a bracket breaking an item down ("予以公开5件(自然人4件、商业企业1件)") holds none of the items a closing
# total ("…,总计11件") adds up ---

def test_a_bracket_of_an_item_holds_no_items_of_the_closing(tmp_path) -> None:
    text = ("本年度办理结果:予以公开5件(自然人4件、商业企业1件);部分公开1件;不予公开0件;无法提供4件;不予处理1件;"
            "其他处理0件;总计{}件。")
    assert failing(tmp_path, text.format(11)) == []
    assert any("12件" in m and "11件" in m for m in failing(tmp_path, text.format(12)))


# --- a share naming its base ("占常住人口的14.99%") lends the bare shares after it the reading it holds
# over: "乡村常住人口" ends with the words too, but the share is of 全省常住人口 ---

POPULATION = ("2023年末,全省常住人口为4,686.2万人。其中,城镇常住人口2,976.3万人,乡村常住人口1,709.9万人。"
              "年末常住人口中,0-15岁人口为702.4万人,占常住人口的14.99%;16-59岁人口为2,856.3万人,占{}%;"
              "60周岁及以上人口为1,127.5万人,占24.06%。")


def test_a_named_base_lends_the_reading_it_holds_over(tmp_path) -> None:
    assert failing(tmp_path, POPULATION.format("60.95")) == []
    assert any("4,686.2" in m for m in failing(tmp_path, POPULATION.format("61.95")))


# --- names listed with 、 right before a share's name ("予以公开、部分公开的比例为56.3%") name the share of
# their sum, not of the last name ---

def test_a_share_of_names_listed_with_a_comma(tmp_path) -> None:
    text = ("办结的48件中:予以公开21件,部分公开6件,不予公开3件,无法提供13件,不予处理4件,其他处理1件。"
            "予以公开、部分公开的比例为{}%。")
    assert failing(tmp_path, text.format("56.3")) == []
    assert ("ratio.share", "pass") in [(r, s) for r, s, _ in checks(tmp_path, text.format("56.3"))]
    assert any("27件" in m for m in failing(tmp_path, text.format("58.3")))


# --- "比年初预算36.00万元减少7.36万元,下降20.4%": the budget after 比 is what the level is compared against,
# as last year's level is, not the level that changed ---

def test_a_budget_after_bi_is_the_base_of_the_change(tmp_path) -> None:
    text = "2022年度三公经费支出28.64万元,比年初预算36.00万元减少7.36万元,下降{}%;比上年减少4.12万元。"
    assert failing(tmp_path, text.format("20.4")) == []
    assert any("-20.44" in m for m in failing(tmp_path, text.format("22.4")))
