"""False alarms found by writing consistent passages in the styles of the reports (review11): each
test holds a consistent variant that must not fail and, where the text admits one reading, an
inconsistent variant that still fails. Every sentence here is written for the project."""

from __future__ import annotations

from tests.test_false_alarms10 import checks, fails


def statuses(tmp_path, text: str, kind: str) -> dict[tuple, str]:
    """{(operand values…): status} of the checks of one kind (ratios by numerator, denominator, percent)."""
    names = {"ratio": ("numerator", "denominator", "percent"), "change": ("current", "percent"),
             "sum": ("total", "parts"), "bound": ("smaller", "larger")}[kind]
    out = {}
    for c in checks(tmp_path, text):
        if c.kind == kind:
            values = [c.operands[k] for k in names]
            out[tuple(values[0:1] + values[1]) if kind == "sum" else tuple(values)] = c.status
    return out


# --- a share of one level of a 分别 list over "三级合计" ----------------------------------------

_LEVELS = "市、县、乡三级分别办理信访事项316件、428件、156件,{total}其中{lv}办理量占三级合计的{p}%。"


def test_a_share_of_the_levels_sum_takes_no_sibling_as_its_base(tmp_path) -> None:
    # 316 / 900 = 35.1%, 428 / 900 = 47.6%: the sum of the levels is not printed
    for lv, p in (("市级", "35.1"), ("县级", "47.6")):
        assert not fails(tmp_path, _LEVELS.format(total="", lv=lv, p=p))


def test_a_share_of_the_printed_levels_sum_is_still_checked(tmp_path) -> None:
    text = _LEVELS.format(total="三级合计900件,", lv="县级", p="{p}")
    assert statuses(tmp_path, text.format(p="47.6"), "ratio")[(428, 900, 47.6)] == "pass"
    assert statuses(tmp_path, text.format(p="41.6"), "ratio")[(428, 900, 41.6)] == "fail"


# --- "…最多,占全年受理总量X件的P%": the figure after 占 is the whole --------------------------------

def test_the_base_of_a_share_after_a_superlative_is_no_kind_of_it(tmp_path) -> None:
    text = ("分季度看,一季度受理13,210件,二季度受理15,804件,三季度受理17,466件,四季度受理12,520件。"
            "三季度受理量最多,占全年受理总量59,000件的29.6%。")
    assert not fails(tmp_path, text)


def test_a_kind_after_a_superlative_is_still_bounded_by_its_whole(tmp_path) -> None:
    text = "全年受理消费投诉3,615件。其中涉及预付卡消费的最多,共{k}件。"
    assert statuses(tmp_path, text.format(k="1,042"), "bound")[(1042, 3615)] == "pass"
    assert statuses(tmp_path, text.format(k="4,042"), "bound")[(4042, 3615)] == "fail"


# --- a previous level is the level of the figure it is printed with --------------------------------

def test_a_bracketed_previous_level_is_not_of_a_part_listed_after_it(tmp_path) -> None:
    text = "全年受理复议申请812件(上年同期406件),其中上半年351件、下半年461件,同比增长100.0%。"
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, "全年受理复议申请812件(上年同期406件),同比增长{p}%。".format(p="100.0"),
                    "change")[(812, 100)] == "pass"
    assert statuses(tmp_path, "全年受理复议申请812件(上年同期406件),同比增长{p}%。".format(p="90.0"),
                    "change")[(812, 90)] == "fail"


def test_a_sum_of_two_years_is_no_level_of_either(tmp_path) -> None:
    text = "2024年和2025年分别办理行政应诉案件164件和205件,两年合计369件,2025年较2024年增长25.0%。"
    assert not fails(tmp_path, text)


def test_last_years_levels_named_with_yu_xiangbi(tmp_path) -> None:
    text = "全年共发生一般事故48起、死亡20人,与上年的60起、25人相比,分别下降20.0%和{p}%。"
    assert statuses(tmp_path, text.format(p="20.0"), "change") == {(48, -20): "pass", (20, -20): "pass"}
    assert statuses(tmp_path, text.format(p="30.0"), "change")[(20, -30)] == "fail"
    # and a later paragraph's change in points does not turn the levels compared against into this year's
    assert not fails(tmp_path, text.format(p="20.0") + "\n\n群众满意度为93.5%,较上年提高1.2个百分点。")


def test_a_change_naming_its_year_takes_that_years_level(tmp_path) -> None:
    text = "2023年、2024年、2025年分别受理投诉400件、440件、500件,2025年比2024年增长13.6%,比2023年增长{p}%。"
    assert statuses(tmp_path, text.format(p="25.0"), "change") == {(500, 13.6): "pass", (500, 25): "pass"}
    assert statuses(tmp_path, text.format(p="35.0"), "change")[(500, 35)] == "fail"


# --- a rate after another rate whose base is in brackets ----------------------------------------

def test_a_satisfaction_rate_may_be_of_the_work_closed(tmp_path) -> None:
    # 满意 12,300 / 办结 12,600 = 97.62%; of the 受理 13,000 it would be 94.62%
    text = "全年工单办结12,600件,办结率96.92%(受理13,000件);回访满意12,300件,满意率97.62%。"
    assert not fails(tmp_path, text)


def test_a_satisfaction_rate_of_its_one_base_is_still_checked(tmp_path) -> None:
    text = "全年受理工单13,000件,回访满意12,300件,满意率{p}%。"
    assert statuses(tmp_path, text.format(p="94.62"), "ratio")[(12300, 13000, 94.62)] == "pass"
    assert statuses(tmp_path, text.format(p="92.62"), "ratio")[(12300, 13000, 92.62)] == "fail"


# --- a bare share after its list's closing total --------------------------------------------

def test_a_bare_share_named_again_after_the_lists_total_is_of_that_total(tmp_path) -> None:
    text = ("全年共收到各类申请860件。\n\n"
            "按申请人分,自然人申请34件,法人或其他组织申请166件,申请总数200件,自然人申请占{p}%。")
    assert statuses(tmp_path, text.format(p="17.0"), "ratio") == {(34, 200, 17): "pass"}
    assert statuses(tmp_path, text.format(p="19.0"), "ratio") == {(34, 200, 19): "fail"}


# --- tables -------------------------------------------------------------------------------

_TWO_TABLES = """表1 各单位办件情况

| 单位 | 受理(件) | 办结(件) | 未办结(件) |
|---|---|---|---|
| 一中心 | 120 | 110 | 10 |
| 二中心 | 80 | 75 | 5 |
| 合计 | 200 | 185 | 15 |

表2 各渠道受理情况

| 渠道 | 上年(件) | 本年(件) | 增幅(%) |
|---|---|---|---|
| 电话 | 400 | 500 | 25.0 |
| 网络 | 100 | 150 | 50.0 |
| 合计 | 500 | 650 | {g} |
"""


def test_a_caption_between_two_markdown_tables_parts_them(tmp_path) -> None:
    got = statuses(tmp_path, _TWO_TABLES.format(g="30.0"), "sum")
    assert got.get((15, 10, 5)) == "pass"
    assert not [k for k in got if 10 in k[1:] and 500 in k[1:]]  # no column of one table over the other's
    assert not fails(tmp_path, _TWO_TABLES.format(g="30.0"))  # 增幅(%) adds up with nothing


def test_table_columns_still_add_up_after_the_split(tmp_path) -> None:
    bad = _TWO_TABLES.format(g="30.0").replace("| 合计 | 500 | 650 |", "| 合计 | 500 | 660 |")
    assert statuses(tmp_path, bad, "sum")[(660, 500, 150)] == "fail"


_SHARES = """表3 案件分类

| 类别 | 案件数(件) | 占比(%) |
|---|---|---|
| 甲类 | 1 | {a} |
| 乙类 | 1 | 33.3 |
| 丙类 | 1 | 33.3 |
| 合计 | 3 | 100.0 |
"""


def test_shares_printed_to_a_tenth_add_up_to_100_as_rounded_figures(tmp_path) -> None:
    assert not fails(tmp_path, _SHARES.format(a="33.3"))  # 99.9 printed as 100.0
    assert statuses(tmp_path, _SHARES.format(a="38.3"), "sum")[(100, 38.3, 33.3, 33.3)] == "fail"


_SCALED = """诉求类型    数量(万件)    占比
咨询        {a}        42.1%
求助        5.30        23.8%
投诉        4.45        20.0%
建议        3.15        14.1%
合计        22.27        100%
"""


def test_counts_printed_in_wan_add_up_as_rounded_figures(tmp_path) -> None:
    # 93,780 + 52,960 + 44,520 + 31,460 = 222,720: each rounded to 0.01万, the parts print 22.28
    assert not fails(tmp_path, _SCALED.format(a="9.38"))
    got = statuses(tmp_path, _SCALED.format(a="9.88"), "sum")
    assert got[(22.27, 9.88, 5.3, 4.45, 3.15)] == "fail"


# --- a rate that 其中 opens with a kind of its own -----------------------------------------------

def test_a_kinds_rate_is_not_the_wholes(tmp_path) -> None:
    text = "全年共立刑事案件3,978起;破获刑事案件1,973起,破案率{p}%。其中命案破案率100%。"
    assert statuses(tmp_path, text.format(p="49.6"), "ratio") == {(1973, 3978, 49.6): "pass"}
    assert statuses(tmp_path, text.format(p="59.6"), "ratio") == {(1973, 3978, 59.6): "fail"}


# --- a list of levels under a bare act, and its whole -------------------------------------------

def test_levels_under_a_bare_act_take_no_whole_of_another_topic_far_back(tmp_path) -> None:
    topics = "\n\n".join(f"({n})全年开展巡查{k}次,发现问题{k // 4}个。" for n, k in zip("二三四五六七", range(40, 100, 10), strict=True))
    text = f"(一)全年办理公证720件,比上年增加40件。\n\n{topics}\n\n(八)市级、县级、乡级分别办理510件、260件、130件。"
    assert not fails(tmp_path, text)


def test_levels_under_a_bare_act_still_add_up_to_a_near_whole(tmp_path) -> None:
    text = "全县共办理各类事项{t}件。县级、乡级、村级分别办理510件、260件、130件。"
    assert statuses(tmp_path, text.format(t="900"), "sum")[(900, 510, 260, 130)] == "pass"
    # (a whole they do not add up to is not asserted to be theirs, as before: never a pass)
    assert statuses(tmp_path, text.format(t="960"), "sum").get((960, 510, 260, 130)) != "pass"


# --- counts of the items, negated subjects, lists naming their rest ----------------------------

def test_the_count_of_the_items_listed_is_no_part(tmp_path) -> None:
    text = "按执法领域分,城管领域150件、水务领域90件、林业领域60件,三个领域案件数占全部300件的100%。"
    assert not [r for r, o in fails(tmp_path, text) if o.get("numerator") == 3]


def test_a_negated_subject_names_no_figure(tmp_path) -> None:
    text = ("年内累计办理户籍业务6,867件,较去年同期增加370件;其中网上受理3,818件,占比55.6%。\n\n"
            "全年政务服务事项办件量6,733件,好评6,187件,好评率{p}%;无差评事项占比96%以上。")
    # 6,733 / 6,867 = 98.05%: one digit off the 96 -- but no figure is named 无差评
    assert statuses(tmp_path, text.format(p="91.89"), "ratio") == {(3818, 6867, 55.6): "pass",
                                                                   (6187, 6733, 91.89): "pass"}
    assert statuses(tmp_path, text.format(p="93.89"), "ratio")[(6187, 6733, 93.89)] == "fail"


def test_an_item_of_a_list_naming_its_rest_takes_no_other_earlier_whole(tmp_path) -> None:
    text = ("全年受理消费投诉{t}件,其中食品类500件。\n\n"
            "按来信内容分,反映城市建设的927件,反映土地征收的207件,反映其他问题的129件,城市建设类最多,占{p}%。")
    # 927 / 1,263 = 73.4%; of the 2,134 it would be 43.4% (one digit off 73.4: no misprint to believe,
    # the list names its rest, so its whole is its sum)
    assert not fails(tmp_path, text.format(t="2,134", p="73.4"))
    assert statuses(tmp_path, text.format(t="1,263", p="73.4"), "ratio")[(927, 1263, 73.4)] == "pass"
    assert statuses(tmp_path, text.format(t="1,263", p="63.4"), "ratio")[(927, 1263, 63.4)] == "fail"


# --- a share named by a month of a 分别 list of months ------------------------------------------

def test_a_share_named_by_a_month_is_of_that_months_figure(tmp_path) -> None:
    text = "7月、8月、9月分别受理诉求310件、450件、240件,三季度合计1,000件,8月受理量占三季度的{p}%。"
    assert statuses(tmp_path, text.format(p="45.0"), "ratio") == {(450, 1000, 45): "pass"}
    assert statuses(tmp_path, text.format(p="31.0"), "ratio") == {(450, 1000, 31): "fail"}  # not the first


# --- "以上N个部门": a count of the items listed, no restatement of the last one -----------------------

def test_a_count_of_the_listed_items_after_yishang_is_no_restatement(tmp_path) -> None:
    text = "按承办单位分,教育部门40件;卫健部门35件;民政部门25件。以上3个部门共承办100件。"
    assert not fails(tmp_path, text)


def test_a_restatement_after_shangshu_still_adds_up(tmp_path) -> None:
    text = "全年共办理人大代表建议41件、政协提案59件。上述{t}件建议提案已全部办结。"
    assert statuses(tmp_path, text.format(t="100"), "sum") == {(100, 41, 59): "pass"}
    assert statuses(tmp_path, text.format(t="110"), "sum") == {(110, 41, 59): "fail"}


# --- a full rate after "X人全部…": the figure's own 'all', no earlier base ------------------------------

def test_a_full_rate_after_an_all_clause_is_the_figures_own(tmp_path) -> None:
    text = "全年新接收社区矫正对象140人,解除矫正140人;刑满释放人员36人全部落实衔接,衔接率100%。"
    assert not fails(tmp_path, text)


def test_a_full_rate_over_an_earlier_stage_is_still_checked(tmp_path) -> None:
    text = "本年度印发规范性文件15件,公开并解读{k}件,公开率和解读率均为100%。"
    assert statuses(tmp_path, text.format(k="15"), "ratio") == {(15, 15, 100): "pass"}
    assert statuses(tmp_path, text.format(k="13"), "ratio") == {(13, 15, 100): "fail"}


# --- a figure inside 占…的 is a share's whole, no part of a 其中 list ---------------------------------

def test_the_base_inside_zhan_is_no_part_of_the_list(tmp_path) -> None:
    text = "全市全年受理2,000件。其中县本级受理500件,占全市的25.0%,占全省受理总量25,000件的2.00%。"
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "ratio") == {(500, 2000, 25): "pass", (500, 25000, 2): "pass"}
    bad = text.replace("2.00%", "2.50%")
    assert statuses(tmp_path, bad, "ratio")[(500, 25000, 2.5)] == "fail"


def test_a_share_after_two_listed_items_is_not_the_last_ones(tmp_path) -> None:
    # 2,000 / 25,000 = 8.0%: the share of the two together, not of the 1,500 alone
    text = "全市全年受理2,000件。其中县本级受理500件、市本级受理1,500件,占全省受理总量25,000件的8.0%。"
    assert not fails(tmp_path, text)


# --- "由上年的X人增加到Y人,增加Z人": Z is the change ----------------------------------------------------

def test_a_delta_after_a_change_from_one_level_to_another(tmp_path) -> None:
    text = "执法人员由上年的40人增加到70人,增加30人,增长{p}%。"
    assert statuses(tmp_path, text.format(p="75.0"), "change") == {(70, 75): "pass"}
    assert statuses(tmp_path, text.format(p="85.0"), "change") == {(70, 85): "fail"}


# --- a rate's previous level, a list item as a whole, a rate stated twice --------------------------

def test_last_years_rate_is_no_rate_of_the_year(tmp_path) -> None:
    text = "全年受理5,000件,办结4,950件,办结率{p}%。办结率由上年的92.5%提高到99.0%,提高6.5个百分点。"
    assert not fails(tmp_path, text.format(p="99.0"))
    assert statuses(tmp_path, text.format(p="97.0"), "ratio")[(4950, 5000, 97)] == "fail"


def test_an_item_of_another_list_is_no_whole_of_a_counted_list(tmp_path) -> None:
    text = ("一季度至四季度分别受理8,000件、3,000件、5,000件、4,000件。"
            "市、县、乡三级分别受理申请{a}件、300件、200件。")
    assert not fails(tmp_path, text.format(a="500"))
    near = "全年受理申请1,000件。市、县、乡三级分别受理申请{a}件、300件、200件。"
    assert statuses(tmp_path, near.format(a="500"), "sum") == {(1000, 500, 300, 200): "pass"}
    assert statuses(tmp_path, near.format(a="600"), "sum").get((1000, 600, 300, 200)) != "pass"


def test_a_rate_stated_again_with_another_value_is_of_another_scope(tmp_path) -> None:
    text = ("全年转办工单3,000件。上述工单中,按时办结2,940件,按时办结率{p}%。"
            "群众满意度96.0%;投诉举报按时办结率100%,与上年持平。")
    assert statuses(tmp_path, text.format(p="98.0"), "ratio") == {(2940, 3000, 98): "pass"}
    assert statuses(tmp_path, text.format(p="96.0"), "ratio") == {(2940, 3000, 96): "fail"}


def test_an_item_of_a_list_naming_its_rest_takes_not_the_paragraphs_first_figure(tmp_path) -> None:
    text = ("年内办理户籍业务{t}件,其中网上办理1,000件。按申请内容分,涉及落户的750件,"
            "涉及迁出的300件,涉及其他事项的200件,落户类最多,占{p}%。")
    # 750 / 1,250 = 60.0%; of the 2,100 it would be 35.7%
    assert not fails(tmp_path, text.format(t="2,100", p="60.0"))
    assert statuses(tmp_path, text.format(t="1,250", p="70.0"), "ratio")[(750, 1250, 70)] == "fail"


def test_a_rate_restated_with_a_misprint_still_fails(tmp_path) -> None:
    # the same rate of the same work printed twice: a second value is a slip, not another scope
    text = "全年转办工单3,000件,按时办结2,940件,按时办结率98.0%。全年按时办结率{p}%。"
    assert statuses(tmp_path, text.format(p="98.0"), "ratio") == {(2940, 3000, 98): "pass"}
    assert statuses(tmp_path, text.format(p="89.0"), "ratio")[(2940, 3000, 89)] == "fail"


def test_a_whole_one_digit_off_a_list_naming_its_rest_is_still_its_base(tmp_path) -> None:
    # 1,300 + 1,100 + 400 + 300 = 3,100: a whole printed 3,108 is that list's, mistyped -- the share fails
    text = "全年受理{t}件。按投诉类型分,质量1,300件、价格1,100件、服务400件、合同及其他300件,质量类占比最高,达41.9%。"
    assert statuses(tmp_path, text.format(t="3,100"), "ratio")[(1300, 3100, 41.9)] == "pass"
    assert statuses(tmp_path, text.format(t="3,180"), "ratio")[(1300, 3180, 41.9)] == "fail"
