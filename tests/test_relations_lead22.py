"""Session 22 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _found(tmp_path, text: str, kind: str) -> list[tuple]:
    """(status, operands) of every check of ``kind``."""
    return [(c.status, c.operands) for c in audit_text(tmp_path, text, ".txt") if c.kind == kind]


def _sums(tmp_path, text: str) -> dict[float, list]:
    """total -> (status, sorted parts) of every sum check."""
    out: dict[float, list] = {}
    for status, op in _found(tmp_path, text, "sum"):
        out.setdefault(op["total"], []).append((status, sorted(op["parts"])))
    return out


# A 其中 list of channels ends where a clause names a later stage, though that stage is qualified by its
# timeliness ("按期办结"): the closed figure is no channel, and a channel counted in another unit (批次)
# must not make the list run on into it.
def test_a_timely_stage_ends_a_list_of_channels(tmp_path):
    text = ("全年受理群众来信来访件214件,其中来信46件、来访83批次、网上信访85件,按期办结209件,"
            "按期办结率97.7%,尚有5件正在办理中。")
    sums = _sums(tmp_path, text)
    assert all(209 not in parts for entries in sums.values() for _, parts in entries), sums
    assert all(status != "fail" for entries in sums.values() for status, _ in entries)


def test_a_list_of_timely_closings_is_still_one_list(tmp_path):
    text = "全年办结投诉案件96件,其中按期办结90件,超期办结6件。"
    assert (96, [6, 90]) in [(t, p) for t, e in _sums(tmp_path, text).items() for _, p in e]


# Work carried in is added to the work ACCEPTED, never to the applications received: refused ones never
# fall due. The accepted figure listed under the received one ("收到的申请中,依法受理…") is the addend.
_DUE = ("全市共收到行政复议申请2,105件。收到的申请中,依法受理1,874件,不予受理139件,告知向有关机关申请92件。"
        "受理率89.0%。加上上年结转的208件,全年应审结案件{due}件。全年审结{closed}件,审结率{rate}%,结转下年{out}件。")


def test_work_due_adds_carried_work_to_the_accepted_part(tmp_path):
    sums = _sums(tmp_path, _DUE.format(due="2,082", closed="1,896", rate="91.1", out="186"))
    assert ("pass", [208, 1874]) in sums[2082]
    assert ("pass", [186, 1896]) in sums[2082]  # (past the closing rate printed between)


def test_work_due_misprinted_reads_no_addend(tmp_path):
    # (the accepted part is believed only when it gives the sum: neither reading does, nothing is read)
    sums = _sums(tmp_path, _DUE.format(due="2,028", closed="1,842", rate="90.8", out="186"))
    assert all(208 not in parts for entries in sums.values() for _, parts in entries), sums


def test_carried_work_with_a_plain_total_keeps_the_received_figure(tmp_path):
    text = "全年收到申请126件,其中依法受理118件,不予受理8件。加上上年结转4件,合计130件。"
    sums = _sums(tmp_path, text)
    assert ("pass", [4, 126]) in sums.get(130, []), sums


# Four parts or more that add up exactly to one figure of an earlier section are its classification, though
# that figure is itself a part (依法受理 under 收到) and is not named as a whole: no chance does that.
_CLASSIFIED = ("全年收到申请2,105件。收到的申请中,依法受理1,874件,不予受理139件,告知92件。\n"
               "二、审理情况\n全年审结1,796件,结转下年78件。审结案件中,维持1,002件,驳回311件,纠错287件,终止196件。\n"
               "三、案件分布\n从案件类型看,行政处罚类{a}件,行政强制类203件,不作为类418件,信息公开类256件,其他{b}件。")


def test_a_far_classified_list_adding_up_to_an_accepted_part_is_its_breakdown(tmp_path):
    sums = _sums(tmp_path, _CLASSIFIED.format(a="612", b="385"))
    assert ("pass", [203, 256, 385, 418, 612]) in sums[1874]


def test_a_far_classified_list_that_does_not_add_up_reads_no_whole(tmp_path):
    sums = _sums(tmp_path, _CLASSIFIED.format(a="612", b="358"))
    assert all(203 not in parts for entries in sums.values() for _, parts in entries), sums


# A level to reach in a sentence of aims is a target: it claims no metric, though the report prints no
# other figure of that metric (a wrong headline is worse than none).
def test_a_target_level_claims_no_metric(tmp_path):
    from toolkit import extract

    path = tmp_path / "plan.txt"
    path.write_text("全局在编人员86人,持有行政执法证件62人。\n三、下一步工作打算\n"
                    "2024年力争结案率达到98%以上,持证率提高到90%。", encoding="utf-8")
    assert any(m["key"] == "staff.total" for m in extract(path).metrics)
    rates = [m for m in extract(path).metrics if m["key"] == "staff.certified_rate"]
    assert rates == []


# "平均每个社区N名" after the total and the count of places the average names: the total over the count.
def test_an_average_per_place_named_after_its_count(tmp_path):
    text = "全街道培养法律明白人{total}名,实现31个社区(村)全覆盖,平均每个社区(村)12.4名。"
    assert ("pass", {"numerator": 384, "denominator": 31, "percent": 12.4, "per": 1}) in _found(
        tmp_path, text.format(total="384"), "ratio")
    assert ("fail", {"numerator": 348, "denominator": 31, "percent": 12.4, "per": 1}) in _found(
        tmp_path, text.format(total="348"), "ratio")


# Satisfaction grades opening the sentence right after a survey's figure (its rate between) are its parts.
def test_grades_in_the_sentence_after_the_survey_add_up_to_it(tmp_path):
    text = "本季度回访工单21,406件,回访率81.2%。满意{a}件,基本满意2,115件,不满意738件。"
    sums = _sums(tmp_path, text.format(a="18,553"))
    assert ("pass", [738, 2115, 18553]) in sums[21406]
    assert ("fail", [738, 2115, 18535]) in _sums(tmp_path, text.format(a="18,535"))[21406]


# The first grade of a list is no survey whose grades follow: "回访群众满意N件,基本满意…" sums nothing to N.
def test_the_first_grade_is_not_the_whole_of_the_others(tmp_path):
    text = "电话回访群众满意16,214件,基本满意1,806件,不满意622件。"
    assert all(op["total"] != 16214 for _, op in _found(tmp_path, text, "sum"))


# A month's intake split into answered and dispatched, past the running total of the months between.
def test_a_month_split_past_the_running_total(tmp_path):
    text = ("10月,热线共接收群众诉求47,326件,环比下降5.1%。1-10月累计接收508,914件,同比增长6.2%。\n"
            "本月直接答复办结25,718件;转派工单{b}件,转派率45.7%。")
    assert ("pass", [21608, 25718]) in _sums(tmp_path, text.format(b="21,608"))[47326]
    assert ("pass", {"numerator": 21608, "denominator": 47326, "percent": 45.7}) in _found(
        tmp_path, text.format(b="21,608"), "ratio")
    # (misprinted: the split is believed only when it adds up past the running total)
    assert 47326 not in _sums(tmp_path, text.format(b="21,806"))


# What a body was asked to review ("被申请行政复议11件") came in: its outcomes and the case still open
# after them ("尚未审结1件") are all of it.
def test_outcomes_and_the_open_case_make_up_the_passive_intake(tmp_path):
    text = "因政府信息公开被申请行政复议{n}件,结果维持7件,纠正2件,其他结果1件,尚未审结1件。"
    assert ("pass", [1, 1, 2, 7]) in _sums(tmp_path, text.format(n="11"))[11]
    assert ("fail", [1, 1, 2, 7]) in _sums(tmp_path, text.format(n="12"))[12]


# A change printed after a 其中 list's last item may be the whole's: with the previous level printed, the
# whole is a reading (it fails only when neither the item nor the whole fits).
def test_a_change_after_a_list_may_be_the_wholes(tmp_path):
    text = "全年共收到申请214件,其中当面申请23件、邮寄申请41件、网络申请150件,申请量较2021年的176件增长{p}%。"
    changes = _found(tmp_path, text.format(p="21.6"), "change")
    assert changes and all(status == "pass" for status, _ in changes), changes
    assert any(status == "fail" for status, _ in _found(tmp_path, text.format(p="12.6"), "change"))


# An 'all' word right before a figure of the later stage ("已全部答复208件") is said of that figure when
# the sentence goes on to the rest carried forward: no equality with the work handled -- the split instead.
def test_all_answered_with_the_rest_carried_forward(tmp_path):
    text = "全年办理申请215件(含上年结转9件),已全部答复{a}件,结转下年度7件。"
    assert _found(tmp_path, text.format(a="208"), "equal") == []
    assert ("pass", [7, 208]) in _sums(tmp_path, text.format(a="208"))[215]
    assert ("fail", [7, 206]) in _sums(tmp_path, text.format(a="206"))[215]


# Names listed before 分别 give each figure after it its metric, position by position: the first figure's
# words name the whole list and must not claim the last name's metric.
def test_respective_names_give_each_figure_its_metric(tmp_path):
    from toolkit import extract

    path = tmp_path / "income.txt"
    path.write_text("全年城镇和农村居民人均可支配收入分别为45,210元和22,846元,分别增长4.9%和6.8%。", encoding="utf-8")
    got = {m["key"]: m["value"] for m in extract(path).metrics}
    assert got.get("income.per_capita.urban") == 45210
    assert got.get("income.per_capita.rural") == 22846


# 非税收入 is no tax revenue: the 其中 part 税收收入 is, though its clause says 其中.
def test_non_tax_revenue_is_not_tax_revenue(tmp_path):
    from toolkit import extract

    path = tmp_path / "budget.txt"
    path.write_text("全区一般公共预算收入完成24.18亿元,增长5.6%。其中:税收收入17.35亿元,增长3.8%;"
                    "非税收入6.83亿元,增长10.2%。", encoding="utf-8")
    got = {m["key"]: m["value"] for m in extract(path).metrics}
    assert got.get("fiscal.tax_revenue") == 17.35


# A budget's income "完成" (its performance verb) is still the income of the state capital account.
def test_state_capital_income_completed_is_spent_and_transferred(tmp_path):
    text = "国有资本经营预算收入完成{a}亿元,为预算的104.8%;支出0.37亿元,调出资金0.12亿元。"
    assert ("pass", [0.12, 0.37]) in _sums(tmp_path, text.format(a="0.49"))[0.49]
    assert ("fail", [0.12, 0.37]) in _sums(tmp_path, text.format(a="0.46"))[0.46]


# Four kinds or more named alike, a section below the one figure they add up to exactly, are its breakdown
# (no word ties them: the figures do, and only when they add up -- a list that does not is left alone).
_FAR_LIST = ("二、主动公开情况\n全年共主动公开政府信息4,128条,比上年增加512条。\n(二)公开内容。公开机构职能类信息236条,"
             "法规文件类信息{a}条,规划计划类信息118条,业务工作类信息2,614条,其他类信息771条。")


def test_a_list_of_kinds_adding_up_to_a_figure_above_is_its_breakdown(tmp_path):
    assert ("pass", [118, 236, 389, 771, 2614]) in _sums(tmp_path, _FAR_LIST.format(a="389"))[4128]


def test_a_list_of_kinds_that_does_not_add_up_reads_no_whole(tmp_path):
    assert 4128 not in _sums(tmp_path, _FAR_LIST.format(a="398"))


# A figure whose noun follows it ("为1,873名劳动者追发…") is named in messages by those words, not "the numerator".
def test_a_figure_named_after_it_is_named_so_in_messages(tmp_path):
    text = "为1,873名劳动者追发工资等待遇2,316.4万元,其中为1,642名农民工追发工资2,085.7万元,分别占88.0%和90.0%。"
    checks = [c for c in audit_text(tmp_path, text, ".txt") if c.kind == "ratio" and c.operands["numerator"] == 1642]
    assert checks and "劳动者" in checks[0].message and "分子" not in checks[0].message


# A review's outcomes naming none of the corrections (撤销, 变更, 确认违法, 责令履行) leave a whole class out:
# short of the closed figure, each is bounded, none summed -- with a correction named, a shortfall fails.
def test_review_outcomes_without_corrections_are_not_all(tmp_path):
    text = "全年审结行政复议案件1,591件。审结案件中,维持812件,驳回236件,{more}终止343件。"
    sums = _sums(tmp_path, text.format(more=""))
    assert 1591 not in sums, sums
    assert ("fail", [200, 236, 343, 812]) in _sums(tmp_path, text.format(more="撤销200件,").replace("1,591", "1,611"))[1611]
    assert ("pass", [236, 343, 1012]) in _sums(tmp_path, text.format(more="").replace("812", "1012"))[1591]


# Tables of groups, each closed by its own 小计 (merged HTML cells): the 合计 sums the subtotals, each 小计 its
# own rows -- a misprinted 小计 fails in both, and no group's rows run into the next group's 小计.
_GROUPS = ("<table><tr><th>大类</th><th>领域</th><th>案件数</th><th>罚没款</th></tr>"
           "<tr><td rowspan='3'>食品药品</td><td>食品安全</td><td>312</td><td>402.6</td></tr>"
           "<tr><td>药品</td><td>96</td><td>211.4</td></tr><tr><td>小计</td><td>408</td><td>614.0</td></tr>"
           "<tr><td rowspan='3'>市场秩序</td><td>价格</td><td>61</td><td>58.2</td></tr>"
           "<tr><td>广告</td><td>87</td><td>{sub}</td></tr><tr><td>小计</td><td>148</td><td>133.5</td></tr>"
           "<tr><td colspan='2'>总计</td><td>556</td><td>747.5</td></tr></table>")


def _html_sums(tmp_path, html: str) -> list[tuple]:
    """(status, total, sorted parts) of every sum check of an HTML text."""
    return [(c.status, c.operands["total"], sorted(c.operands["parts"])) for c in audit_text(tmp_path, html, ".html")
            if c.kind == "sum"]


def test_each_subtotal_closes_its_own_group(tmp_path):
    ok = _html_sums(tmp_path, _GROUPS.format(sub="75.3"))
    assert ("pass", 747.5, [133.5, 614.0]) in ok and ("pass", 133.5, [58.2, 75.3]) in ok, ok
    bad = _html_sums(tmp_path, _GROUPS.format(sub="57.3"))
    assert ("fail", 133.5, [57.3, 58.2]) in bad, bad


_SHARE_GROUPS = ("<table><tr><th colspan='2'>项目</th><th>件数</th><th>占比(%)</th></tr>"
                 "<tr><td rowspan='3'>受理诉求</td><td>咨询</td><td>120,400</td><td>60.2</td></tr>"
                 "<tr><td>投诉</td><td>79,600</td><td>39.8</td></tr><tr><td>小计</td><td>200,000</td><td>100.0</td></tr>"
                 "<tr><td rowspan='3'>办理方式</td><td>直接答复</td><td>131,000</td><td>65.5</td></tr>"
                 "<tr><td>转办</td><td>69,000</td><td>34.5</td></tr><tr><td>小计</td><td>{sub}</td><td>100.0</td></tr></table>")


def test_share_groups_each_closed_by_a_hundred_percent_subtotal(tmp_path):
    sums = _html_sums(tmp_path, _SHARE_GROUPS.format(sub="200,000"))
    assert ("pass", 200000, [69000, 131000]) in sums and ("pass", 200000, [79600, 120400]) in sums, sums
    bad = _html_sums(tmp_path, _SHARE_GROUPS.format(sub="190,000"))
    assert ("fail", 190000, [69000, 131000]) in bad and all(len(p) == 2 for _, _, p in bad), bad


# Two groups each closed by a 小计 of 100%, of two different wholes: each row's share is of its own group's 小计, a
# 小计's 100% is of itself -- and a group's label over its items names no stage of a funnel down the rows.
_TWO_WHOLES = ("<table><tr><th colspan='2'>项目</th><th>件数</th><th>占比(%)</th></tr>"
               "<tr><td rowspan='3'>受理</td><td>咨询</td><td>200</td><td>50.6</td></tr>"
               "<tr><td>投诉</td><td>195</td><td>49.4</td></tr><tr><td>小计</td><td>395</td><td>100.0</td></tr>"
               "<tr><td rowspan='3'>办结</td><td>直接答复</td><td>300</td><td>{p}</td></tr>"
               "<tr><td>转办</td><td>59</td><td>16.4</td></tr><tr><td>小计</td><td>359</td><td>100.0</td></tr></table>")


def test_shares_of_each_group_are_of_its_own_subtotal(tmp_path):
    assert not [c for c in audit_text(tmp_path, _TWO_WHOLES.format(p="83.6"), ".html") if c.status == "fail"]
    bad = [c.operands for c in audit_text(tmp_path, _TWO_WHOLES.format(p="88.6"), ".html") if c.status == "fail"]
    assert [(op["numerator"], op["denominator"]) for op in bad] == [(300, 359)], bad
