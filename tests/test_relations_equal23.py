"""Equalities by meaning (session 14, helper equal23): a group of the disclosure table whose name
has a cell of its own beside its first numbered row, a rate of 100% another family read, the
failing side of a check named as the units where problems were found."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, suffix: str = ".txt") -> list:
    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def found(tmp_path, text: str, rule: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text) if c.rule == rule]


def fails(tmp_path, text: str) -> list[str]:
    return [c.rule for c in checks(tmp_path, text) if c.status == "fail"]


# --- a group of the disclosure table whose name has a cell of its own --------------------------------

_GROUPS = [("（三）不予公开", [0, 1, 0, 2, 0, 0, 0, 0]), ("（四）无法提供", [11, 0, 3]),
           ("（五）不予处理", [4, 2, 0, 0, 0]), ("（六）其他处理", [1, 0, 1])]


def _table() -> str:
    """The national form as an HTML table flattens it: the group's cell spans its rows, so it
    shares a row with the group's first numbered item; 三、本年度办理结果 shares one with (一)."""
    lines = ["|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况|",
             "|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|",
             "|一、本年新收政府信息公开申请数量|40|2|0|0|0|0|42|",
             "|二、上年结转政府信息公开申请数量|1|0|0|0|0|0|1|",
             "|三、本年度办理结果|（一）予以公开|12|1|0|0|0|0|13|",
             "|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3|0|0|0|0|0|3|"]
    total = 16
    for group, figs in _GROUPS:
        for k, f in enumerate(figs, 1):
            lines.append(f"|{group + '|' if k == 1 else ''}{k}.第{k}种情形|{f}|0|0|0|0|0|{f}|")
            total += f
    lines.append(f"|（七）总计|{total}|1|0|0|0|0|{total + 1}|")
    lines.append("|四、结转下年度继续办理|2|0|0|0|0|0|2|")
    return "\n".join(lines) + "\n"


def _groups(tmp_path, prose: str) -> list[tuple[str, int, list]]:
    text = prose + "\n三、收到和处理政府信息公开申请情况\n" + _table()
    return sorted((c.status, c.operands["total"], c.operands["parts"]) for c in checks(tmp_path, text)
                  if c.rule == "sum.disclosure_group")


def test_groups_whose_name_has_a_cell_of_its_own(tmp_path) -> None:
    prose = "本年度办结申请41件，其中予以公开13件，部分公开3件，不予公开3件，无法提供14件，不予处理6件，其他处理2件。"
    assert _groups(tmp_path, prose) == [("pass", 2, [1, 1]), ("pass", 3, [1, 2]), ("pass", 6, [4, 2]),
                                        ("pass", 14, [11, 3])]


def test_a_group_misstated_beside_its_own_cell_fails(tmp_path) -> None:
    prose = "本年度办结申请41件，其中予以公开13件，部分公开3件，不予公开3件，无法提供15件，不予处理6件，其他处理2件。"
    assert ("fail", 15, [11, 3]) in _groups(tmp_path, prose)
    # one reason of the group is its row, not the group
    assert _groups(tmp_path, "因本机关不掌握相关政府信息而无法提供的11件，均已告知申请人。" + prose) \
        == _groups(tmp_path, prose)


# --- a rate of 100% another family read: its figures are one count -------------------------------

def test_a_full_rate_read_by_its_name_ties_its_figures(tmp_path) -> None:
    text = "全年法院开庭审理的案件88件，行政机关负责人出庭应诉88件，出庭应诉率100%。"
    # (the hearings and the heads attending them are a funnel read by its words too: its equality of
    # the pair printed alike, equal.stage_alike, states what the full rate does -- one equality either way)
    assert (found(tmp_path, text, "equal.full_rate") + found(tmp_path, text, "equal.stage_alike")
            == [("pass", {"values": [88, 88]})])


def test_a_full_rate_over_fewer_figures_fails_as_an_equality(tmp_path) -> None:
    text = "全年法院开庭审理的案件88件，行政机关负责人出庭应诉68件，出庭应诉率100%。"
    # (the failing ratio says it; the equality, the same error again, is not repeated: check_list)
    assert found(tmp_path, text, "equal.full_rate") == []
    assert [r for r in fails(tmp_path, text) if r.startswith("ratio")]
    # a 100% that is a rounding (998 of 1,000) says no equality: the rate holds, nothing fails
    rounded = "全年法院开庭审理的案件1,000件，行政机关负责人出庭应诉998件，出庭应诉率100%。"
    assert found(tmp_path, rounded, "equal.full_rate") == []
    assert not fails(tmp_path, rounded)


# --- the failing side of a check: the units where problems were found -------------------------------

def test_problems_found_are_the_failing_side_of_a_check(tmp_path) -> None:
    text = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；评查发现问题的4卷已全部整改。"
    assert found(tmp_path, text, "sum.breakdown") == [("pass", {"total": 150, "parts": [146, 4]})]
    wrong = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；评查发现问题的6卷已全部整改。"
    assert found(tmp_path, wrong, "sum.breakdown") == [("fail", {"total": 150, "parts": [146, 6]})]
    # problems counted in another unit (个, not 卷) are no side of the check
    other = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；发现问题23个，已全部整改。"
    assert found(tmp_path, other, "sum.breakdown") == []


def test_a_part_of_the_failing_side_is_no_side(tmp_path) -> None:
    for side in ("不合格单位中有3家已立案查处", "发现问题的单位中有3家已立案查处"):
        text = f"抽查餐饮单位120家，合格115家，合格率95.8%；{side}。"
        assert not fails(tmp_path, text)
        assert found(tmp_path, text, "sum.breakdown") == []


# --- the pre-2019 form: 指标|单位|数量, a column of units between the item and its figure -----------

def _old_form(prose: str, online: int) -> str:
    return (f"一、概述\n{prose}\n二、政府信息公开情况统计表\n指标  单位  数量\n"
            "（一）主动公开政府信息数  条  120\n（二）收到申请数  件  9\n1.当面申请数  件  2\n"
            f"2.网络申请数  件  {online}\n3.信函申请数  件  {7 - online}\n")


def test_a_row_read_past_its_unit_cell(tmp_path) -> None:
    prose = "全年主动公开政府信息120条，收到依申请公开9件，其中网络申请6件，全部按时办结。"
    assert found(tmp_path, _old_form(prose, 6), "equal.restated_table") == [("pass", {"values": [6, 6]})]
    assert found(tmp_path, _old_form(prose, 5), "equal.restated_table") == [("fail", {"values": [6, 5]})]


# --- a total row printed in 万 under its header, the prose in 万 too ------------------------------

def _employment(prose_total: str) -> str:
    return (f"年末全县就业人员{prose_total}万人，比上年末增加0.86万人。\n\n全县就业人员产业构成如下：\n\n"
            "|产业|年末就业人员（万人）|构成（%）|\n|---|---|---|\n|第一产业|12.10|23.1|\n"
            "|第二产业|18.20|34.8|\n|第三产业|22.00|42.1|\n|合计|52.30|100.0|\n")


def test_a_total_row_in_ten_thousands_restated(tmp_path) -> None:
    assert [s for s, _ in found(tmp_path, _employment("52.30"), "equal.table_total")] == ["pass"]
    assert [s for s, _ in found(tmp_path, _employment("53.20"), "equal.table_total")] == ["fail"]


# --- 对发现的违法行为立案: those found, all of them -- no kind of the column's measure ----------------

def _enforcement(act: str, filed: int) -> str:
    return (f"全县共检查生产经营单位3,200家次，{act}立案{filed}起。\n\n各乡镇执法检查情况如下：\n\n"
            "|乡镇|检查家次|立案|\n|---|---|---|\n|城关镇|1,200|50|\n|河东镇|2,000|76|\n|合计|3,200|126|\n")


def test_the_object_found_before_is_no_kind_of_the_measure(tmp_path) -> None:
    got = [op["values"] for _, op in found(tmp_path, _enforcement("对发现的违法行为", 126), "equal.table_total")]
    assert [126, 126] in got
    wrong = found(tmp_path, _enforcement("对发现的违法行为", 162), "equal.table_total")
    assert ("fail", {"values": [162, 126]}) in wrong
    # a kind of it named after 发现的 (重大违法行为) is a narrower set: no pair with the whole column
    narrower = found(tmp_path, _enforcement("对发现的重大违法行为", 26), "equal.table_total")
    assert all(op["values"] != [26, 126] for _, op in narrower)
    assert not fails(tmp_path, _enforcement("对发现的重大违法行为", 26))


# --- 收到申请N件,均已办结 under a table that carries nothing in: the closed total is N ------------------

def _disclosure(carried: int, closed: tuple[int, int, int]) -> str:
    g, n, c = closed
    tot = g + n + c
    rows = ["|项目|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|",
            "|一、本年新收政府信息公开申请数量|7|1|0|0|0|0|8|",
            f"|二、上年结转政府信息公开申请数量|{carried}|0|0|0|0|0|{carried}|",
            f"|三、本年度办理结果|（一）予以公开|{g - 1}|1|0|0|0|0|{g}|",
            "|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|0|0|0|0|0|0|0|",
            f"|（四）无法提供|1.本机关不掌握相关政府信息|{n}|0|0|0|0|0|{n}|",
            f"|（五）不予处理|1.信访举报投诉类申请|{c}|0|0|0|0|0|{c}|",
            f"|（七）总计|{tot - 1}|1|0|0|0|0|{tot}|",
            f"|四、结转下年度继续办理|{8 + carried - tot}|0|0|0|0|0|{8 + carried - tot}|"]
    return ("一、总体情况\n全年收到政府信息公开申请8件，较上年的6件增加2件，均已在法定期限内办结。\n"
            "三、收到和处理政府信息公开申请情况\n" + "\n".join(rows) + "\n")


def test_all_closed_with_nothing_carried_in_is_the_closed_total(tmp_path) -> None:
    assert ("pass", {"values": [8, 8]}) in found(tmp_path, _disclosure(0, (5, 2, 1)), "equal.restated_table")
    assert ("fail", {"values": [8, 9]}) in found(tmp_path, _disclosure(0, (5, 2, 2)), "equal.restated_table")
    # requests carried in may have been closed besides the year's: no equality with the closed total
    carried = found(tmp_path, _disclosure(1, (5, 2, 2)), "equal.restated_table")
    assert all(op["values"] != [8, 9] for _, op in carried)


# --- "我局对发现的N个X": the X found before, named again -------------------------------------------

def _patches(again: str) -> str:
    return ("全年卫片执法共下发图斑280个，经核查，合法图斑170个、违法图斑84个、其他情形26个。"
            f"违法图斑已整改到位80个，整改率95.2%。我局对{again}个违法图斑逐一建立台账，实行销号管理。")


def test_the_set_found_named_again_after_the_body_acting(tmp_path) -> None:
    assert found(tmp_path, _patches("发现的84"), "equal.named_again") == [("pass", {"values": [84, 84]})]
    assert found(tmp_path, _patches("发现的48"), "equal.named_again") == [("fail", {"values": [84, 48]})]
    # newly found ones are some of them, maybe: nothing named again, nothing fails
    assert found(tmp_path, _patches("新发现的12"), "equal.named_again") == []
    assert not fails(tmp_path, _patches("新发现的12"))


# --- a figure of a list taken up again in its section, in the same words ---------------------------

def _funds(again: str, heading: str = "") -> str:
    return ("某市2024年社会保险工作报告\n\n一、总体情况\n\n全年社会保险工作平稳运行。\n\n二、基金运行\n\n"
            "全年五项社会保险基金总收入52.16亿元。按险种分：\n\n- 企业职工基本养老保险基金收入27.35亿元；\n"
            "- 城乡居民基本养老保险基金收入8.41亿元；\n- 失业保险基金收入1.92亿元。\n\n"
            f"{heading}企业职工基本养老保险基金收入{again}亿元，支出25.18亿元，当期结余2.17亿元。\n")


def test_a_list_item_restated_in_its_section(tmp_path) -> None:
    assert found(tmp_path, _funds("27.35"), "equal.restated_prose") == [("pass", {"values": [27.35, 27.35]})]
    assert found(tmp_path, _funds("27.53"), "equal.restated_prose") == [("fail", {"values": [27.35, 27.53]})]
    # the list printed without its bullets (a converted document): its items still close with ;
    bare = _funds("27.53").replace("- ", "")
    assert found(tmp_path, bare, "equal.restated_prose") == [("fail", {"values": [27.35, 27.53]})]
    # under a sub-heading of its own the words may be of another scope: nothing
    other = _funds("12.60", "（一）市本级\n")
    assert found(tmp_path, other, "equal.restated_prose") == []
    assert not fails(tmp_path, other)
    # two statements in prose, no list item: maybe two wholes
    prose = _funds("12.60").replace("- 企业职工", "其中企业职工")
    assert found(tmp_path, prose, "equal.restated_prose") == []
    assert not fails(tmp_path, prose)


# --- two rows named together and summed up in the prose ---------------------------------------------

def _joined(total: int) -> str:
    return ("一、总体情况\n本年度新收政府信息公开申请44件，无上年结转；办结44件。答复结果中，"
            f"予以公开和部分公开合计{total}件；无法提供15件；不予处理7件。\n三、收到和处理政府信息公开申请情况\n"
            "|项目|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|\n"
            "|一、本年新收政府信息公开申请数量|40|4|0|0|0|0|44|\n"
            "|二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0|\n"
            "|三、本年度办理结果|（一）予以公开|15|3|0|0|0|0|18|\n"
            "|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|4|0|0|0|0|0|4|\n"
            "|（四）无法提供|1.本机关不掌握相关政府信息|15|0|0|0|0|0|15|\n"
            "|（五）不予处理|1.信访举报投诉类申请|6|1|0|0|0|0|7|\n"
            "|（七）总计|40|4|0|0|0|0|44|\n|四、结转下年度继续办理|0|0|0|0|0|0|0|\n")


def test_two_rows_joined_and_summed_up(tmp_path) -> None:
    assert found(tmp_path, _joined(22), "sum.joined_rows") == [("pass", {"total": 22, "parts": [18, 4]})]
    assert found(tmp_path, _joined(23), "sum.joined_rows") == [("fail", {"total": 23, "parts": [18, 4]})]
    # a name no row carries joins nothing
    other = _joined(22).replace("予以公开和部分公开合计", "予以公开和答复说明合计")
    assert found(tmp_path, other, "sum.joined_rows") == []


# --- a grade and the grades above it ---------------------------------------------------------------

_RATED = "全年收到评价12.40万次，其中非常满意10.20万次、满意1.80万次、基本满意0.30万次、不满意0.07万次、非常不满意0.03万次。"


def test_a_grade_and_above_sums_the_grades_above_it(tmp_path) -> None:
    assert found(tmp_path, _RATED + "满意及以上12.00万次。", "sum.at_least") == [
        ("pass", {"total": 120000, "parts": [102000, 18000]})]
    assert [s for s, _ in found(tmp_path, _RATED + "满意及以上12.10万次。", "sum.at_least")] == ["fail"]
    # a ladder without its top grade listed: not every grade above is there, nothing
    short = "全年收到评价12.40万次，其中满意12.00万次、基本满意0.30万次、不满意0.10万次。满意及以上12.00万次，差评1,000次。"
    assert found(tmp_path, short, "sum.at_least") == []
    assert not fails(tmp_path, short)


# --- a total of every kind (合计办理各类案件) over kinds listed with figures of another measure between --

def _cases(total: str) -> str:
    return ("全年办理一般程序案件1,200件，罚没款512.30万元；简易程序案件3,400件，罚款16.20万元；"
            f"合计办理各类案件{total}件。")


def test_a_total_of_every_kind_sums_the_kinds(tmp_path) -> None:
    assert ("pass", {"total": 4600, "parts": [1200, 3400]}) in found(tmp_path, _cases("4,600"), "sum.breakdown")
    assert ("fail", {"total": 4800, "parts": [1200, 3400]}) in found(tmp_path, _cases("4,800"), "sum.breakdown")
    # a figure of another noun before the kinds is no kind of 案件: one kind is no list, nothing
    other = "全年受理投诉120件，办理一般程序案件1,200件；合计办理各类案件1,200件。"
    assert found(tmp_path, other, "sum.breakdown") == []


# --- the body that acted before the 'all' word after a list -------------------------------------------

def test_a_list_all_taken_on_by_the_body_named(tmp_path) -> None:
    text = "检察机关监督公安机关立案52件、撤案31件，公安机关已全部纠正，纠正{n}件。"
    assert found(tmp_path, text.format(n=83), "sum.breakdown") == [("pass", {"total": 83, "parts": [52, 31]})]
    assert found(tmp_path, text.format(n=38), "sum.breakdown") == [("fail", {"total": 38, "parts": [52, 31]})]


# --- a balance sheet: assets = liabilities + net assets ------------------------------------------------

def test_assets_are_liabilities_and_net_assets(tmp_path) -> None:
    text = "全市行政事业性国有资产总额312.40亿元，负债总额28.10亿元，净资产{n}亿元。"
    assert found(tmp_path, text.format(n="284.30"), "sum.balance") == [
        ("pass", {"total": 312.4, "parts": [28.1, 284.3]})]
    assert [s for s, _ in found(tmp_path, text.format(n="248.30"), "sum.balance")] == ["fail"]
    # the liabilities of another subject than the assets': nothing
    other = "全市国有企业资产总额312.40亿元，行政单位负债总额28.10亿元，净资产248.30亿元。"
    assert found(tmp_path, other, "sum.balance") == []
    assert not fails(tmp_path, other)
