"""Session 24, fa60: readings of unseen30's false alarms, on project sentences.

* A rate whose numerator names the object of its act ("化解信访积案") is over that object's count,
  not over another figure of the paragraph (named_rates, rates: rate_subjects.over_its_object).
* A share of "全年受理量" is no share of one channel of a 分别 list (shares: distributed.unnamed_item).
* "一般公共预算支出" is no whole named twice (公共 holds no 共), and a 总计 is not the plain figure
  (equalities._one_whole_twice).
"""

from __future__ import annotations

from helpers import audit_text


def ratios(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["numerator"], c.operands["denominator"], c.status) for c in audit_text(tmp_path, text)
            if c.kind == "ratio"]


def equals(tmp_path, text: str) -> list[tuple]:
    return [(tuple(c.operands["values"]), c.status) for c in audit_text(tmp_path, text) if c.rule == "equal.restated"]


# -- a rate over the object its numerator names ------------------------------------------------------------

def test_a_named_rate_of_an_object_is_not_over_other_work(tmp_path) -> None:
    # 化解 of the 积案: the count of 积案 is not printed; the 办结 figure before is no base
    text = "全年共办结群众来信来访事项2,150件,其中按期办结2,101件。化解重复信访积案37件,化解率88.1%。"
    assert not [r for r in ratios(tmp_path, text) if r[0] == 37]
    # nor the count of sessions held before it in the sentence
    text = "市级领导下访接待52次,接谈群众230批次,领办化解重复信访积案31件,化解率91.2%。"
    assert not [r for r in ratios(tmp_path, text) if r[0] == 31]
    # over the object's own count: checked
    text = "全年排查重复信访积案42件,化解重复信访积案37件,化解率88.1%。"
    assert [r for r in ratios(tmp_path, text) if r[0] == 37] == [(37, 42, "pass")]
    text = "全年排查重复信访积案42件,化解重复信访积案37件,化解率80.1%。"
    assert [r for r in ratios(tmp_path, text) if r[0] == 37] == [(37, 42, "fail")]


def test_a_rate_named_by_its_own_words_is_read_as_before(tmp_path) -> None:
    # (a rate the vocabulary does not name: words after its act need not be the base's -- 查处 is a verb)
    text = "核查疑似违法占地线索240宗,已立案查处216宗,立案率90.0%。"
    assert [r for r in ratios(tmp_path, text) if r[0] == 216] == [(216, 240, "pass")]
    text = "核查疑似违法占地线索240宗,已立案查处216宗,立案率96.0%。"
    assert [r for r in ratios(tmp_path, text) if r[0] == 216] == [(216, 240, "fail")]


# -- a share of the year's whole is no share of one listed channel ----------------------------------------

def test_a_share_of_the_years_whole_is_not_of_a_listed_channel(tmp_path) -> None:
    text = ("全年共受理群众诉求86,420件,办结84,930件。其中,热线、网站和微信渠道受理量分别为61,280件、"
            "12,540件和12,600件。第三季度受理量合计25,318件,占全年受理量的29.3%。")
    assert [r for r in ratios(tmp_path, text) if r[0] == 25318] == [(25318, 86420, "pass")]
    text = text.replace("29.3%", "34.3%")
    found = [r for r in ratios(tmp_path, text) if r[0] == 25318]
    assert (25318, 61280, "fail") not in found
    assert found in ([], [(25318, 86420, "fail")])
    # a share the words name of that channel is still of it
    text = ("其中,热线、网站和微信渠道受理量分别为61,280件、12,540件和12,600件。"
            "热线渠道中,夜间受理量9,192件,占热线受理量的15.0%。")
    assert (9192, 61280, "pass") in ratios(tmp_path, text)


# -- one whole named twice --------------------------------------------------------------------------------

_BUDGET = ("一、预算执行\n全县一般公共预算支出218,640万元,比上年增长6.2%。\n"
           "二、收支平衡\n一般公共预算支出总计{total}万元,其中:本级支出218,640万元,上解支出3,120万元,"
           "结转下年支出1,880万元。\n")


def test_a_grand_total_is_not_the_plain_figure_restated(tmp_path) -> None:
    found = equals(tmp_path, _BUDGET.format(total="223,640"))
    assert not [e for e in found if e[1] == "fail"]
    # one whole named twice must agree
    text = "一、总体情况\n全年共收到行政复议申请1,356件。\n二、办理情况\n全年共收到行政复议申请1,365件,审结1,290件。\n"
    assert [e[1] for e in equals(tmp_path, text)] == ["fail"]


# -- the numbered rows of the 统计表 form before 2019 -----------------------------------------------------

_FORM = """| 统计指标 | 单位 | 统计数 |
| --- | --- | --- |
| 二、依申请公开情况 |  |  |
| （一）收到申请数 | 件 | 17 |
| 1.当面申请数 | 件 | 5 |
| 2.网络申请数 | 件 | 12 |
| （二）申请答复数 | 件 | {answered} |
| 1.同意公开答复数 | 件 | 9 |
| 2.不同意公开答复数 | 件 | {refused} |
| 其中：涉及个人隐私 | 件 | 2 |
| 涉及商业秘密 | 件 | 1 |
| 其他情形 | 件 | 1 |
| 3.申请信息不存在数 | 件 | 4 |
| 三、行政复议数量 | 件 | {appeals} |
| （一）维持具体行政行为数 | 件 | 2 |
| （二）被依法纠错数 | 件 | 1 |
"""


def groups(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["total"], c.status) for c in audit_text(tmp_path, text, ".md")
                  if c.rule == "sum.table_group")


def test_numbered_rows_of_the_old_form_add_up_at_every_level(tmp_path) -> None:
    # the kinds under 2. (其中, the rest named) are passed over and add up to it; 三、 over its (一)(二)
    assert groups(tmp_path, _FORM.format(answered=17, refused=4, appeals=3)) == [
        (3, "pass"), (4, "pass"), (17, "pass"), (17, "pass")]
    assert groups(tmp_path, _FORM.format(answered=19, refused=5, appeals=4)) == [
        (4, "fail"), (5, "fail"), (17, "pass"), (19, "fail")]
    # kinds closed by a total row of their own are that total's, not the numbered row's above them
    text = ("| 统计指标 | 单位 | 统计数 |\n| --- | --- | --- |\n| 二、上年结转申请数 | 件 | 9 |\n"
            "| （一）予以公开 | 件 | 3 |\n| （二）部分公开 | 件 | 2 |\n| （三）总计 | 件 | 5 |\n")
    assert not [g for g in groups(tmp_path, text) if g[0] == 9]
    # a heading number skipped after the kinds ("二、" … "四、"): the "三、" row over them was lost
    text = ("| 统计指标 | 单位 | 统计数 |\n| --- | --- | --- |\n| 二、上年结转申请数 | 件 | 9 |\n"
            "| （一）予以公开 | 件 | 3 |\n| （二）部分公开 | 件 | 2 |\n| 四、结转下年度办理 | 件 | 1 |\n")
    assert not [g for g in groups(tmp_path, text) if g[0] == 9]


def test_a_highlight_under_a_numbered_row_need_not_add_up(tmp_path) -> None:
    # (no row naming the rest: 其中 lists some kinds only -- no sum of them; the numbered rows still add up)
    text = _FORM.format(answered=17, refused=4, appeals=3).replace("| 其他情形 | 件 | 1 |\n", "")
    assert groups(tmp_path, text) == [(3, "pass"), (17, "pass"), (17, "pass")]
