"""Equalities by meaning (session 15, helper equal25): a table the paragraph right before it
introduces ("…具体情况见下表", "…情况如下:") restates the whole that paragraph states, in the total
row's cell of a column that names no measure of its own -- the report year's column, a bare count
(人数, 件数) under the object the first column classifies, or a stage in another word (收案, 结案)."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, suffix: str = ".md") -> list:
    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def equal(tmp_path, text: str, suffix: str = ".md") -> list[tuple[str, list]]:
    return [(c.status, c.operands["values"]) for c in checks(tmp_path, text, suffix) if c.rule == "equal.table_total"]


def fails(tmp_path, text: str, suffix: str = ".md") -> list[str]:
    return [c.rule for c in checks(tmp_path, text, suffix) if c.status == "fail"]


# --- the report year's column of a year-on-year table ---------------------------------------------

def _registrations(prose: str, total: str = "6,482", intro: str = "具体情况见下表。") -> str:
    return ("2023年市场监管工作总结\n一、登记许可\n" f"全年共办理各类登记许可事项{prose}件，{intro}\n\n"
            "|类别|2022年（件）|2023年（件）|增减（%）|\n|---|---|---|---|\n|企业登记|4,120|4,630|12.4|\n"
            f"|个体登记|1,503|1,612|7.3|\n|许可证核发|251|240|-4.4|\n|合计|5,874|{total}|10.4|\n")


def test_the_report_years_column_restates_the_introduced_whole(tmp_path) -> None:
    assert ("pass", [6482, 6482]) in equal(tmp_path, _registrations("6,482"))
    assert ("fail", [6428, 6482]) in equal(tmp_path, _registrations("6,428"))
    # other words of introduction: 如下表, a closing colon
    assert ("fail", [6428, 6482]) in equal(tmp_path, _registrations("6,428", intro="分类统计如下表："))


def test_the_previous_years_column_is_no_whole_of_this_year(tmp_path) -> None:
    # the prose restating last year's total (5,874) in the paragraph: no pair with this year's cell
    text = _registrations("6,482").replace("全年共办理", "上年办理5,874件；全年共办理")
    assert ("pass", [6482, 6482]) in equal(tmp_path, text)
    assert not any(5874 in vals for _, vals in equal(tmp_path, text))
    assert not fails(tmp_path, text)


def test_a_part_of_the_whole_in_the_introduction_is_no_pair(tmp_path) -> None:
    text = _registrations("6,482").replace("件，具体", "件，其中企业登记4,360件，具体")
    assert ("pass", [6482, 6482]) in equal(tmp_path, text)
    assert not any(4360 in vals for _, vals in equal(tmp_path, text))
    assert not [r for r in fails(tmp_path, text) if r.startswith("equal")]


def test_a_heading_between_prose_and_table_introduces_nothing(tmp_path) -> None:
    assert ("fail", [6428, 6482]) in equal(tmp_path, _registrations("6,428", intro="分类情况如下："))
    text = _registrations("6,428", intro="").replace("件，\n\n", "件。\n二、分类情况\n")
    assert not equal(tmp_path, text)


def test_a_caption_unit_in_ten_thousands(tmp_path) -> None:
    def text(area: str) -> str:
        return ("2023年住房建设工作总结\n三、商品房市场\n"
                f"全市新建商品房成交面积{area}万平方米（单位：万平方米）：\n\n"
                "| 类型 | 2022年 | 2023年 | 增减（%） |\n| --- | --- | --- | --- |\n| 住宅 | 190.10 | 176.32 | -7.2 |\n"
                "| 商业 | 41.27 | 42.14 | 2.1 |\n| 合计 | 231.37 | 218.46 | -5.6 |\n")
    assert [s for s, _ in equal(tmp_path, text("218.46"))] == ["pass"]
    assert [s for s, _ in equal(tmp_path, text("218.64"))] == ["fail"]


def test_an_html_year_table(tmp_path) -> None:
    def text(prose: str) -> str:
        return ("<html><body><h1>2021年度交通运输执法工作报告</h1>"
                f"<p>全年共查处各类交通运输违法行为{prose}起，按类别统计如下表。</p><table border=\"1\">"
                "<tr><th>违法类别</th><th>2020年（起）</th><th>2021年（起）</th><th>同比（%）</th></tr>"
                "<tr><td>超限超载</td><td>1,402</td><td>1,530</td><td>9.1</td></tr>"
                "<tr><td>非法营运</td><td>868</td><td>1,201</td><td>38.4</td></tr>"
                "<tr><td>合计</td><td>2,270</td><td>2,731</td><td>20.3</td></tr></table></body></html>")
    assert ("pass", [2731, 2731]) in equal(tmp_path, text("2,731"), ".html")
    assert ("fail", [2713, 2731]) in equal(tmp_path, text("2,713"), ".html")


# --- a bare count under the object the first column classifies ------------------------------------

def _grid(prose: str, lead: str = "全区共配备专职网格员", intro: str = "按层级分布如下：") -> str:
    return ("2024年基层治理工作报告\n一、网格建设\n" f"{lead}{prose}名，{intro}\n\n"
            "|网格员层级|人数|占比（%）|\n|---|---|---|\n|社区级|980|85.5|\n|街道级|166|14.5|\n|合计|1,146|100.0|\n")


def test_a_bare_count_column_restates_the_introduced_whole(tmp_path) -> None:
    assert ("pass", [1146, 1146]) in equal(tmp_path, _grid("1,146"))
    assert ("fail", [1164, 1146]) in equal(tmp_path, _grid("1,164"))


def test_a_figure_that_does_not_name_the_tables_object_is_no_pair(tmp_path) -> None:
    # the table classifies 网格员; the paragraph counts 志愿者
    assert ("fail", [1164, 1146]) in equal(tmp_path, _grid("1,164", lead="全区共有专职网格员"))
    assert not equal(tmp_path, _grid("1,164", lead="全区共招募志愿者"))


def test_an_introduction_in_its_own_sentence_names_what_the_table_counts(tmp_path) -> None:
    text = ("2024年行政执法工作报告\n一、队伍建设\n全市共有行政执法人员1,250人。各部门执法证件持证情况如下：\n\n"
            "|部门|人数|\n|---|---|\n|市场监管局|420|\n|城管局|760|\n|合计|1,180|\n")
    assert not equal(tmp_path, text)
    same = text.replace("各部门执法证件持证情况如下", "各部门行政执法人员分布如下")
    assert ("fail", [1250, 1180]) in equal(tmp_path, same)


def test_two_figures_in_the_unit_only_the_one_printing_the_cell_is_read(tmp_path) -> None:
    def text(found: str) -> str:
        return ("2024年安全生产工作报告\n一、执法检查\n"
                f"全年检查企业3,120家，发现问题企业{found}家，各乡镇检查情况如下：\n\n"
                "|乡镇|家数|\n|---|---|\n|城关镇|1,100|\n|河西镇|2,020|\n|合计|3,120|\n")
    assert ("pass", [3120, 3120]) in equal(tmp_path, text("286"))
    broken = text("286").replace("检查企业3,120家", "检查企业3,210家")
    assert not equal(tmp_path, broken)  # which of the two is meant is open: no failure


# --- a stage column named in other words ------------------------------------------------------------

def _court(filed: str, closed: str, before: str = "") -> str:
    return ("2022年人民法院工作报告\n一、审判执行\n"
            f"{before}全年受理各类案件{filed}件，审结{closed}件。本院收结案情况如下：\n\n"
            "|案件类型|收案（件）|结案（件）|结案率（%）|\n|---|---|---|---|\n|刑事|1,020|998|97.8|\n"
            "|民事|5,416|5,210|96.2|\n|执行|3,400|3,194|93.9|\n|合计|9,836|9,402|95.6|\n")


def test_stage_columns_in_other_words(tmp_path) -> None:
    got = equal(tmp_path, _court("9,836", "9,402"))
    assert ("pass", [9836, 9836]) in got and ("pass", [9402, 9402]) in got
    got = equal(tmp_path, _court("9,863", "9,420"))
    assert ("fail", [9863, 9836]) in got and ("fail", [9420, 9402]) in got


def test_the_jurisdictions_figure_is_not_the_bodys_own_table(tmp_path) -> None:
    text = ("2020年人民法院工作报告\n一、审判执行\n全市两级法院共受理案件8.62万件。本院收结案情况如下：\n\n"
            "|案件类型|收案（件）|结案（件）|\n|---|---|---|\n|刑事|1,126|1,083|\n|民事|6,847|6,521|\n"
            "|合计|7,973|7,604|\n")
    assert not equal(tmp_path, text)
    assert not [r for r in fails(tmp_path, text) if r.startswith("equal")]
    own = text.replace("全市两级法院共受理案件8.62万件", "本院全年受理各类案件7,937件")
    assert ("fail", [7937, 7973]) in equal(tmp_path, own)


def test_a_kind_of_the_stage_is_not_the_stage_column(tmp_path) -> None:
    # 调解结案 is a kind of closing (a column of its own), not the 结案 column's whole
    text = ("2024年劳动人事争议仲裁工作报告\n一、案件办理\n全年新收劳动人事争议仲裁案件747件，审结720件；"
            "调解结案385件。分案由情况如下：\n\n|案由|收案（件）|结案（件）|调解结案（件）|\n|---|---|---|---|\n"
            "|劳动报酬|412|398|236|\n|其他|335|322|149|\n|合计|747|720|385|\n")
    got = equal(tmp_path, text)
    assert ("pass", [720, 720]) in got
    assert not any(385 in vals and 720 in vals for _, vals in got)
    assert not [r for r in fails(tmp_path, text) if r.startswith("equal")]


# --- the balance of a year's work: intake = closed + carried out, nothing carried in ------------------

def flow(tmp_path, text: str) -> list[tuple[str, int, list]]:
    return [(c.status, c.operands["total"], sorted(c.operands["parts"]))
            for c in checks(tmp_path, text, ".txt") if c.rule in ("sum.flow_balance", "sum.status")]


_XXGK = "2022年政府信息公开工作年度报告\n一、总体情况\n"


def test_nothing_carried_in_intake_is_closed_plus_carried_out(tmp_path) -> None:
    zero = (_XXGK + "本年度共收到政府信息公开申请{}件，上年结转0件；办结16件，其中予以公开7件，部分公开2件，"
            "不予公开1件，无法提供5件，不予处理1件；结转下年度继续办理1件。")
    assert flow(tmp_path, zero.format(17)) == [("pass", 17, [1, 16])]
    assert flow(tmp_path, zero.format(18)) == [("fail", 18, [1, 16])]
    none = _XXGK + "全年新收依申请公开{}件，上年度无结转，已办结49件，结转下一年度办理1件。"
    assert flow(tmp_path, none.format(50)) == [("pass", 50, [1, 49])]
    assert flow(tmp_path, none.format(52)) == [("fail", 52, [1, 49])]


def test_carried_in_listed_under_the_intake(tmp_path) -> None:
    text = "2023年人民法院工作报告\n一、执行工作\n全年受理执行案件{}件，其中新收812件、旧存34件；执结800件，未结46件。"
    assert flow(tmp_path, text.format(846)) == [("pass", 846, [46, 800])]
    assert flow(tmp_path, text.format(864)) == [("fail", 864, [46, 800])]
    # carried in beside the intake, not nil: the whole handled (880) is printed nowhere
    beside = "2023年人民法院工作报告\n一、执行工作\n全年新收执行案件846件，上年结转34件；执结800件，未结80件。"
    assert flow(tmp_path, beside) == []
    assert "sum.flow_balance" not in fails(tmp_path, beside, ".txt")


def test_two_closings_leave_the_balance_unread(tmp_path) -> None:
    # (the closing right before the carried-out figure is one of two: 15 + 5 is no balance of 120)
    text = _XXGK + "全年受理投诉举报{}件，上年无结转；办结投诉100件，办结举报15件，结转下年度5件。"
    assert flow(tmp_path, text.format(120)) == []
    assert not fails(tmp_path, text.format(120), ".txt")
    one = _XXGK + "全年受理投诉举报{}件，上年无结转；办结115件，结转下年度5件。"
    assert flow(tmp_path, one.format(120)) == [("pass", 120, [5, 115])]


# --- a budget account's grand totals and a fund's deficit ---------------------------------------------

def rules(tmp_path, text: str, rule: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text, ".txt") if c.rule == rule]


_BUDGET = "2024年预算执行情况报告\n一、一般公共预算\n"


def test_an_account_that_balances_has_equal_grand_totals(tmp_path) -> None:
    text = (_BUDGET + "全县一般公共预算收入31.46亿元，加上级补助收入18.20亿元、调入资金2.04亿元，收入总计{}亿元。"
            "一般公共预算支出47.85亿元，加上解上级支出1.62亿元、结转下年2.23亿元，支出总计51.70亿元，收支平衡。")
    assert ("pass", {"values": [51.7, 51.7]}) in rules(tmp_path, text.format("51.70"), "equal.account_totals")
    assert ("fail", {"values": [51.07, 51.7]}) in rules(tmp_path, text.format("51.07"), "equal.account_totals")
    # nothing said of the balance, nothing carried out after the spending total: no reading
    silent = text.format("51.70").replace("，收支平衡", "")
    assert not rules(tmp_path, silent, "equal.account_totals")


def test_carried_out_after_the_spending_total(tmp_path) -> None:
    text = (_BUDGET + "全县收入总计28.90亿元；一般公共预算支出24.35亿元，加债务还本支出2.11亿元，"
            "支出总计26.46亿元。收支相抵，年终结余{}亿元，全部结转下年使用。")
    assert [s for s, _ in rules(tmp_path, text.format("2.44"), "sum.account_totals")] == ["pass"]
    assert [s for s, _ in rules(tmp_path, text.format("2.04"), "sum.account_totals")] == ["fail"]


def test_two_accounts_in_one_paragraph_are_not_one(tmp_path) -> None:
    text = (_BUDGET + "一般公共预算收入总计40.00亿元；政府性基金预算收入总计12.00亿元，支出总计11.50亿元，收支平衡。")
    got = rules(tmp_path, text, "equal.account_totals")
    assert ("fail", {"values": [12.0, 11.5]}) in got  # the fund's own totals, said to balance
    assert not any(op["values"][0] == 40.0 for _, op in got)


def test_a_deficit_is_spending_over_income(tmp_path) -> None:
    text = "2025年医疗保障事业发展统计公报\n一、基金运行\n居民医保基金收入9.37亿元，基金支出9.58亿元，当期赤字{}亿元。"
    assert ("pass", {"total": 9.58, "parts": [9.37, 0.21]}) in rules(tmp_path, text.format("0.21"), "sum.balance")
    assert ("fail", {"total": 9.58, "parts": [9.37, 0.12]}) in rules(tmp_path, text.format("0.12"), "sum.balance")
    gap = "2025年社会保险统计公报\n城乡居民养老保险基金收入12.40亿元，支出13.05亿元，当年收支缺口0.65亿元。"
    assert ("pass", {"total": 13.05, "parts": [12.4, 0.65]}) in rules(tmp_path, gap, "sum.balance")


# --- a rate of 100% over a count every one of which went on, and a rate named by its act and object ---

def full(tmp_path, text: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text, ".txt")
            if c.rule in ("ratio.full", "equal.full_rate")]


def test_all_of_a_count_with_its_full_rate(tmp_path) -> None:
    for text, n in (("2020年专卖执法工作总结\n全年查处涉烟违法案件1,426起。全部1,426起案件均经法制审核，法制审核率100%。", 1426),
                    ("2023年司法行政工作总结\n刑满释放人员29人全部落实衔接，衔接率100%。", 29),
                    ("2024年人事工作总结\n新招录工作人员45人全部参加岗前培训，培训率100%。", 45)):
        assert ("pass", {"numerator": n, "denominator": n, "percent": 100}) in full(tmp_path, text)
    # the rate in another sentence than the count: not said of it
    apart = "2024年人事工作总结\n新招录工作人员45人均参加岗前培训。全年培训率100%。"
    assert not full(tmp_path, apart)


def test_a_rate_named_by_its_act_and_its_bases_object(tmp_path) -> None:
    text = "2022年卫生监督工作总结\n完成国家双随机抽查任务419户，已完成{}户，任务完成率100%。"
    got = full(tmp_path, text.format(419))
    assert ("pass", {"numerator": 419, "denominator": 419, "percent": 100}) in got
    assert ("pass", {"values": [419, 419]}) in got
    assert ("fail", {"values": [419, 418]}) in full(tmp_path, text.format(418))
    # the base does not name the rate's object (任务): no reading
    other = "2022年卫生监督工作总结\n检查企业419户，已完成419户，任务完成率100%。"
    assert not full(tmp_path, other)
