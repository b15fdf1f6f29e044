"""False alarms found on consistent texts written blind to the engine (session 18, helper fa35).
Each rule is a statement about how Chinese reports state figures, tested on project sentences,
each with a variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a kind the whole's own name says is the set is no complement of a part: "一般程序案件中,…重大…"
# names one 重大 part, not the 重大/一般 pair that would make the list whole ---

def test_the_sets_own_name_is_no_complement(tmp_path) -> None:
    for text in ("全年行政处罚案件中,适用一般程序805件,适用简易程序1,262件。一般程序案件中,举行听证23件,"
                 "经法制审核的重大执法决定48件。",
                 "全年办理一般程序案件612件,其中听证19件、重大案件集体讨论37件。",
                 "一般事故隐患4,186项中,已整改3,902项,涉及重大危险源企业的隐患61项。"):
        assert failing(tmp_path, text) == [], text
    # the list names its rest: a sum, and a misprinted part still fails
    text = ("全年行政处罚案件中,适用一般程序805件,适用简易程序1,262件。一般程序案件中,举行听证23件,"
            "经法制审核的重大执法决定48件,其他743件。")
    assert any("805" in m for m in failing(tmp_path, text))


# --- a kind followed by a bare stage ("其中历年积案28件,化解24件") pairs the kind with what became of it:
# the 24 is no second part of the figure before the 其中 ---

def test_kind_then_its_outcome_is_no_breakdown(tmp_path) -> None:
    for text in ("全年排查信访积案47件,已化解41件,化解率87.2%;其中历年积案28件,化解24件;疑难案件9件,化解6件。",
                 "排查矛盾纠纷1,316件,调解成功1,284件,其中婚姻家庭纠纷402件,调解成功396件;邻里纠纷287件,"
                 "调解成功281件。",
                 "全县发现安全隐患2,180项,已整改2,096项,其中重大隐患36项,已整改31项。"):
        assert [m for m in failing(tmp_path, text)] == [], text
    # a list of kinds with no stage after them still adds up to the figure before, and fails when it does not
    text = "全年排查信访积案47件,已化解41件;其中历年积案28件,疑难案件9件,其他积案5件。"
    assert any("41" in m and "42" in m for m in failing(tmp_path, text))


# --- a column of amounts ("涉及金额(万元)") is restated by no count of the prose ("涉及46户") ---

TABLE = ("一、问题类别\n\n问题类别            问题个数     涉及金额(万元)\n预算执行            46          48,215.36\n"
         "专项资金            31          27,608.50\n合计                77          75,823.86\n\n")


def test_a_count_restates_no_amount_cell(tmp_path) -> None:
    text = TABLE + "二、专项资金审计情况\n审计发现挪用专项资金1,286.40万元;虚报冒领补贴资金87.25万元,涉及46户。"
    assert failing(tmp_path, text) == []
    # the count column is still restated by a count, and a misprint there fails
    text = TABLE + "二、专项资金审计情况\n专项资金审计共发现问题个数32个。"
    assert any("32" in m and "31" in m for m in failing(tmp_path, text))


# --- an overall rate (综合纠错率, 总体满意率) counts more than a directly qualified figure (直接纠错): that
# figure is no numerator of it ---

def test_overall_rate_is_not_of_the_direct_kind(tmp_path) -> None:
    for text in ("全年审结418件,直接纠错68件,直接纠错率16.3%;综合纠错率24.6%。",
                 "审结行政复议案件236件,其中直接纠错29件,综合纠错率20.8%(含调解、和解后撤回申请的案件)。",
                 "全年办结工单8,642件,当场办结3,126件,总体办结率99.1%。",
                 "回访成功4,118人次。回访成功的投诉人中,表示满意的3,952人次,满意率96.0%;总体满意率(含基本满意)"
                 "98.6%。"):
        assert failing(tmp_path, text) == [], text
    # an overall rate of a figure named for all it counts is still checked
    text = "回访成功4,118人次,表示满意和基本满意的4,061人次,总体满意率97.6%。"
    assert any("97.6%" in m for m in failing(tmp_path, text))
    # the direct rate beside it is still checked
    text = "全年审结418件,直接纠错68件,直接纠错率16.2%;综合纠错率24.6%。"
    assert any("16.2" in m for m in failing(tmp_path, text))


# --- 小计 rows heading the rows under them: a "其中:" on the first row under a heading 小计 is that
# subtotal's (its rows run to the next group and may leave members out); a 小计 after a lone item row
# heads its group when the rows under it add up to it, and the total adds the top rows ---

HEADED = ("承办单位                  转办量     办结量\n"
          "区直部门小计               5,012      4,975\n"
          "  其中:区住建局           1,863      1,849\n"
          "        区城管局           1,420      1,412\n"
          "        区人社局             986        979\n"
          "街道小计                   5,164      5,129\n"
          "  其中:东街道             2,217      2,205\n"
          "        西街道             1,645      1,633\n"
          "        北街道             1,302      1,291\n"
          "合计                      10,176     10,104\n")

LEAD = ("被申请人                收案(件)    审结(件)\n"
        "县政府(本级)              32          30\n"
        "县政府部门小计            205         193\n"
        "  县公安局                 96          91\n"
        "  县人社局                 41          39\n"
        "  其他部门                 68          63\n"
        "乡镇人民政府小计           69          64\n"
        "  城关镇                   38          36\n"
        "  河口镇                   31          28\n"
        "合计                      306         287\n")


def test_subtotals_heading_their_rows(tmp_path) -> None:
    assert failing(tmp_path, "表1 各承办单位工单办理情况\n" + HEADED) == []
    assert failing(tmp_path, "表 行政复议案件按被申请人分类统计\n" + LEAD) == []
    got = checks(tmp_path, "表 行政复议案件按被申请人分类统计\n" + LEAD, "sum.table_total")
    assert any(st == "pass" and "306" in m and "32" in m and "205" in m and "69" in m for _, st, m in got)
    # a misprinted member of a group that adds up, and a misprinted lone row, still fail
    bad = HEADED.replace("1,645      1,633", "1,654      1,633")
    assert any("5,164" in m for m in failing(tmp_path, "表1 各承办单位工单办理情况\n" + bad))
    bad = LEAD.replace("32          30", "23          30")
    assert any("306" in m for m in failing(tmp_path, "表 行政复议案件按被申请人分类统计\n" + bad))


# --- a 其中 inside a sentence opens a list that ends with its clause: a figure after the ";" is in no
# breakdown of the figure before the 其中, and its share is of the whole before ---

def test_a_share_after_the_semicolon_is_not_of_the_qizhong_whole(tmp_path) -> None:
    for text in ("全年转办承办单位12,907件。从上表看,区直部门承接转办工单5,012件,占38.8%,其中住建、城管、人社3个部门"
                 "合计4,269件;3个街道合计5,164件,占40.0%;公共服务企业合计2,731件。",
                 "全年受理投诉举报2,000件。商品类投诉780件,占39.0%,其中食品类312件;服务类投诉1,220件,占61.0%。"):
        assert failing(tmp_path, text) == [], text
    text = ("全年受理投诉举报2,000件。商品类投诉780件,占39.0%,其中食品类312件;服务类投诉1,220件,占60.0%。")
    assert any("60.0%" in m and "2,000" in m for m in failing(tmp_path, text))


# --- a gap in points against another rate ("快于经济增速0.3个百分点", "高于全省平均1.1个百分点") is a
# difference of two rates: no whole of the gaps a 其中 sentence states after it ---

def test_point_gaps_hold_no_parts(tmp_path) -> None:
    for text in ("全年全市居民人均可支配收入38,264元,增长5.9%,快于经济增速0.3个百分点。其中城镇居民人均可支配收入"
                 "47,129元,农村居民人均可支配收入24,905元,分别增长5.2%、6.9%,快于全省平均0.6个和1.1个百分点。",
                 "全区义务教育巩固率99.2%,高于全市平均0.4个百分点,其中农村学校高于全市平均1.3个百分点。"):
        assert [c for c in checks(tmp_path, text) if c[0].startswith("bound") and c[1] == "fail"] == [], text
    # a count in the same place is still a part of the whole before its 其中
    text = "全年新增城镇就业0.3万人,其中高校毕业生就业0.6万人、退役军人就业1.1万人。"
    assert any("0.3万人" in m for m in failing(tmp_path, text))


# --- "在检查的N家定点医疗机构中" after "检查定点医药机构M家": a noun of the same head with other words
# before it (医疗 beside 医药) names a kind of the set referred to, not the set ---

def test_back_reference_to_a_kind_of_the_set(tmp_path) -> None:
    for text in ("全年共检查定点医药机构1,758家,其中定点医疗机构1,286家、定点零售药店374家、其他定点机构98家。"
                 "在检查的1,286家定点医疗机构中,发现存在违法违规问题的57家。",
                 "全年共抽检食品经营单位2,140家,其中餐饮单位1,326家。在抽检的1,326家餐饮服务单位中,不合格的41家。"):
        assert [c for c in checks(tmp_path, text, "equal") if c[1] == "fail"] == [], text
    # the same noun restated with a misprint still fails
    text = "全年共检查定点医疗机构1,758家,发现问题57家。在检查的1,785家定点医疗机构中,发现存在违法违规问题的57家。"
    assert any("1,758" in m and "1,785" in m for m in failing(tmp_path, text))


# --- a group of thousands has three digits: a line ending "412,68" was cut inside the number, which the
# next line's digits finish ---

def test_a_number_cut_inside_its_group_of_thousands(tmp_path) -> None:
    text = ("2023年,全县实现农林牧渔业总产值41.268亿元(即412,68\n0万元),按可比价格计算,比上年增长5.5%。其中,农业产\n"
            "值12.865亿元,林业产值1.573亿元,牧业产值1.266亿元,渔业产值0.864亿元,农林牧渔专业及辅助性活\n"
            "动产值24.700亿元。\n")
    assert failing(tmp_path, text) == []
    text = ("全年全区各级调解组织共受理矛盾纠纷1,2\n86件,其中婚姻家庭纠纷600件,邻里纠纷480件,其他纠纷200件。\n")
    assert any("1,286" in m for m in failing(tmp_path, text))


# --- "占比较上年(36.0%)提高0.2个百分点": the bracketed percent after 较上年 is last year's share ---

def test_last_years_share_in_brackets(tmp_path) -> None:
    for text in ("全年受理群众诉求8,642件。城关镇3,127件,占36.2%,占比较上年(36.0%)提高0.2个百分点。",
                 "全年新收案件1,480件,其中行政处罚类612件,占41.4%,比重比2022年(38.9%)上升2.5个百分点。"):
        assert failing(tmp_path, text) == [], text
    text = "全年受理群众诉求8,642件。城关镇3,127件,占36.5%,占比较上年(36.0%)提高0.5个百分点。"
    assert any("36.5%" in m for m in failing(tmp_path, text))


# --- "涉及14个单位,其中3个单位超期工单数超过15件": the "more than" figure after a count of units is the
# mark each passes, no part of the units' count ---

def test_the_mark_units_pass_is_no_part(tmp_path) -> None:
    for text in ("全年超期工单111件,涉及14个单位,其中3个单位超期工单数超过15件。",
                 "全市共有医疗机构412家,其中28家医院年门诊量超过10万人次。"):
        assert failing(tmp_path, text) == [], text
    text = "全市受理诉求超过1.2万件,其中咨询类超过1.5万件。"
    assert any("1.5万件" in m for m in failing(tmp_path, text))


# --- 执法辅助人员, 协管员, 辅警 assist the enforcement staff and are counted apart: no total of the staff ---

def test_auxiliary_staff_are_not_the_staff(tmp_path) -> None:
    for text in ("截至12月底,全区共有持证执法人员2,318名,比2022年底增加146名;另有执法辅助人员1,062名(不计入执法人员)。",
                 "全局共有持证执法人员412名,聘用城管协管员860名。"):
        assert failing(tmp_path, text) == [], text
    text = "截至12月底,全区共有执法人员2,218名,其中持证执法人员2,318名。"
    assert any("2,318" in m for m in failing(tmp_path, text))
