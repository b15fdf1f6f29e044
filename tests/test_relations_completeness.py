"""A breakdown is called wrong only when the text says it is complete, or its parts overshoot.

Sentences written for the project.
"""

from __future__ import annotations

import toolkit


def sums(tmp_path, text: str) -> list[tuple[float, list, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks if c.kind == "sum"]


def test_a_shortfall_under_a_rough_total_is_unverifiable(tmp_path) -> None:
    # "2300余人次" with two kinds of training named in parallel (78%): the list may be highlights only.
    text = "培训执法人员2300余人次,其中新任执法人员培训600人次,专题培训1200人次。"
    assert sums(tmp_path, text) == [(2300, [600, 1200], "unverifiable")]
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    (c,) = [c for c in toolkit.audit(p).checks if c.kind == "sum"]
    assert "约数" in c.message_zh and "approximate" in c.message_en
    # With an exact total the parallel pair is taken as the whole, but a gap of 500 as round as
    # every figure is what a third kind left out makes too: still no error.
    assert sums(tmp_path, text.replace("余", "")) == [(2300, [600, 1200], "unverifiable")]
    # a gap only a slip explains (2,316 = 600 + 1,216 + 500?) fails
    assert sums(tmp_path, text.replace("2300余", "2316").replace("1200", "1216")) == [(2316, [600, 1216], "fail")]


def test_a_list_the_words_call_complete_fails(tmp_path) -> None:
    # 其他 names the rest: the list is the whole, and 32 + 21 + 30 = 83 is not 86.
    assert sums(tmp_path, "全年查处违法案件86起,其中无证经营32起,超范围经营21起,其他违法行为30起。") == [
        (86, [32, 21, 30], "fail")]
    # Complements (重大/一般) named in the pieces make each column of the list whole.
    text = ("行政处罚罚款金额共计132.4万元,其中重大行政处罚8起、罚款96.5万元,一般行政处罚41起、罚款33.9万元。")
    assert (132.4, [96.5, 33.9], "fail") in sums(tmp_path, text)


def test_parts_that_overshoot_fail_whatever_the_words(tmp_path) -> None:
    assert sums(tmp_path, "培训执法人员2300人次,其中新任执法人员培训1600人次,专题培训1200人次。") == [
        (2300, [1600, 1200], "fail")]


def test_a_later_stage_after_a_qizhong_list_is_no_part(tmp_path) -> None:
    # 审结82件 is what happened to the 86, not one more kind of them.
    assert sums(tmp_path, "全年共受理行政复议申请86件,其中上年结转5件,审结82件。") == []
    # A list of stages that starts with one is a list: 办结 + 在办 = 受理.
    assert sums(tmp_path, "全年受理投诉86件,其中办结80件,在办6件。") == [(86, [80, 6], "pass")]


def test_a_qizhong_opening_the_next_line_breaks_down_the_line_before(tmp_path) -> None:
    text = ("1—5月,全市累计发生各类生产安全事故68起、死亡55人。\n"
            "其中:道路运输事故41起、死亡36人;建筑施工事故9起、死亡8人;工贸企业事故11起、死亡7人;其他事故7起、死亡4人。\n")
    assert sorted(sums(tmp_path, text)) == [(55, [36, 8, 7, 4], "pass"), (68, [41, 9, 11, 7], "pass")]
    assert (68, [41, 9, 11, 8], "fail") in sums(tmp_path, text.replace("其他事故7起", "其他事故8起"))


def test_an_aside_saying_all_are_does_not_make_the_next_item_an_average(tmp_path) -> None:
    # "(均为…)" uses 均 as "all": the 1件 after it is a part like the others.
    text = "办结的20件中,予以公开9件,部分公开3件,无法提供6件(均为本机关不掌握相关政府信息),不予处理2件。"
    assert sums(tmp_path, text) == [(20, [9, 3, 6, 2], "pass")]


def test_an_item_named_by_nothing_of_its_own_stays_in_its_list(tmp_path) -> None:
    # 撤销2件 shares no words with either total; it continues the list of 维持/终止 under 复议 12件.
    text = "全年本局作为被申请人的行政复议案件12件;作为被告的行政诉讼案件5件。行政复议案件中,维持8件,撤销2件,申请人撤回申请后终止2件。"
    assert (12, [8, 2, 2], "pass") in sums(tmp_path, text)
    assert not [s for s in sums(tmp_path, text) if s[2] == "fail"]


def test_a_catalog_sum_needs_its_figures_in_one_section(tmp_path) -> None:
    # Penalty metrics found under two headings are not one total and its parts.
    text = ("一、道路交通秩序整治\n全年共查处各类道路交通违法行为186.3万起,其中现场处罚42.7万起、非现场处罚143.6万起。\n"
            "二、事故处理\n全年适用简易程序处理财产损失事故3.18万起,适用一般程序处理事故412起。\n")
    assert [s for s in sums(tmp_path, text) if s[2] == "fail"] == []


def test_fenbie_at_the_head_of_a_sentence_breaks_down_nothing_before_it(tmp_path) -> None:
    # Two sentences: the second gives two names their figures; 800件 before is not their total.
    text = "全年受理投诉举报1200件,其中投诉800件,举报400件。全年办理人大代表建议和政协提案分别为56件和72件。"
    assert [s for s in sums(tmp_path, text) if s[0] == 800] == []
    # A breakdown announced in the sentence ("按领域分") still takes its whole from the sentence before.
    text = "全年立案查处违法案件100件。案件按领域分,食品、药品、其他领域案件分别为50件、30件、20件。"
    assert sums(tmp_path, text) == [(100, [50, 30, 20], "pass")]


def test_the_items_of_one_list_go_to_one_total(tmp_path) -> None:
    # Only 价格违法案件 shares words with 各类违法案件628件; the other kinds go with it, not to 结案596件.
    text = ("全年立案查处各类违法案件628件,结案596件。其中,食品安全案件216件;特种设备案件58件;"
            "价格违法案件43件;其他案件311件。")
    assert (628, [216, 58, 43, 311], "pass") in sums(tmp_path, text)
    assert not [s for s in sums(tmp_path, text) if s[2] == "fail"]


def test_a_list_that_adds_up_early_ends_only_where_its_separator_does(tmp_path) -> None:
    text = "全年主动公开信息90条,其中政策文件40条,人事信息15条,财政信息10条,工作动态15条,公示公告10条。"
    assert sums(tmp_path, text) == [(90, [40, 15, 10, 15, 10], "pass")]
    # The first items add up and the list goes on with its own separator: the whole list and its
    # first items are two readings (a cross-cutting kind may follow a partition); it fails only if
    # both do.
    text = "全年主动公开信息90条,其中政策文件40条,人事信息25条,财政信息10条,工作动态15条,公示公告10条。"
    assert sums(tmp_path, text) == [(90, [40, 25, 10, 15], "pass")]  # the reading that holds
    text = "全年主动公开信息90条,其中政策文件40条,人事信息35条,财政信息10条,工作动态15条,公示公告10条。"
    assert sums(tmp_path, text) == [(90, [40, 35, 10, 15, 10], "fail")]
    # A stronger stop than the list's own ends it: "纠错6件" is a new statement, not a fifth outcome.
    text = "审结复议案件60件,其中维持40件、驳回10件、撤销6件、终止4件,纠错6件,纠错率10%。"
    assert sums(tmp_path, text)[0] == (60, [40, 10, 6, 4], "pass")


def test_a_shortfall_under_an_exact_total_fails_only_if_one_misprint_explains_it(tmp_path) -> None:
    # Highlights of a list that leaves items out: 412 - 391 = 21, no single misprinted digit.
    # (complaints by kind: 医疗卫生机构 by kind leave whole categories out, whatever the shortfall)
    text = "全年受理消费投诉412件,其中商品质量18件、售后服务21件、合同纠纷352件。"
    assert [s for _, _, s in sums(tmp_path, text)] == ["unverifiable"]
    # 400 - 370 = 30: one digit of one figure (3 for 6 in 352 -> 322, or the total) explains it.
    text = "全年受理消费投诉400件,其中商品质量18件、售后服务30件、合同纠纷322件。"
    assert [s for _, _, s in sums(tmp_path, text)] == ["fail"]
    # two neighbouring digits swapped (325 for 352): short by 27 = 9 x 3
    text = "全年受理消费投诉400件,其中商品质量18件、售后服务30件、合同纠纷325件。"
    assert [s for _, _, s in sums(tmp_path, text)] == ["fail"]
    # an overshoot is wrong whatever its size
    text = "全年受理消费投诉400件,其中商品质量18件、售后服务30件、合同纠纷375件。"
    assert [s for _, _, s in sums(tmp_path, text)] == ["fail"]


def test_the_shortfall_message_says_why_it_is_no_error(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("全年受理消费投诉412件,其中商品质量18件、售后服务21件、合同纠纷352件。", encoding="utf-8")
    (c,) = [c for c in toolkit.audit(p).checks if c.kind == "sum"]
    assert c.operands["unverifiable"] == "shortfall_not_a_misprint"
    assert "印错" in c.message_zh and "misprinted digit" in c.message_en
