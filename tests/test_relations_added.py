"""Sums the words spell out: 加上…共, 其余…正在办理, and what was due (共需办理) closed or carried
forward. Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


def fails(tmp_path, text: str) -> list:
    return [c.operands for c in audit_text(tmp_path, text) if c.status == "fail"]


def test_plus_the_carried_in_makes_the_total_due(tmp_path) -> None:
    text = "本年度新受理行政复议申请{a}件,较上年的97件增长9.3%;加上上年结转的12件,共需审理118件。"
    assert sums(tmp_path, text.format(a="106"))[(118, 106, 12)] == "pass"
    assert sums(tmp_path, text.format(a="116"))[(118, 116, 12)] == "fail"


def test_together_with_lian_tong(tmp_path) -> None:
    text = "今年收到群众来信842件,连同上年结转的37件,合计需办理{t}件。"
    assert sums(tmp_path, text.format(t="879"))[(879, 842, 37)] == "pass"
    assert sums(tmp_path, text.format(t="897"))[(879 + 18, 842, 37)] == "fail"


def test_plus_after_two_levels_says_nothing(tmp_path) -> None:
    # Received and closed both stand before 加上: which one the carried-in work is added to is open.
    text = "全年受理申请230件,办结221件;加上上年结转的9件,共计239件。"
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.added"]


def test_the_rest_still_open(tmp_path) -> None:
    text = "全年受理行政执法监督投诉{w}件,已办结118件,其余7件正在调查核实。"
    assert sums(tmp_path, text.format(w="125"))[(125, 118, 7)] == "pass"
    assert sums(tmp_path, text.format(w="152"))[(152, 118, 7)] == "fail"


def test_the_rest_of_other_units_is_no_status_split(tmp_path) -> None:
    # "其余街道受理的32件": 其余 names other streets, not what is left of the 125.
    text = "区本级全年受理投诉125件,办结118件,其余街道受理的32件正在核查。"
    assert fails(tmp_path, text) == []
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.rest"]


def test_the_rest_that_goes_on_to_name_kinds_is_not_read(tmp_path) -> None:
    text = "全年受理投诉125件,办结110件,其余12件分别转交区住建局、区商务局。"
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.rest"]


def test_what_was_due_is_closed_or_carried_forward(tmp_path) -> None:
    text = ("全年新收政府信息公开申请164件,上年结转6件,共需办理170件。\n"
            "按申请人分,自然人申请151件,法人或其他组织申请13件。\n"
            "年内已答复{a}件,结转下年度继续办理9件。")
    assert sums(tmp_path, text.format(a="161"))[(170, 161, 9)] == "pass"
    assert sums(tmp_path, text.format(a="163"))[(170, 163, 9)] == "fail"


def test_the_rest_after_a_list_under_its_whole(tmp_path) -> None:
    text = "年内申请行政裁决的{w}件,其中裁决支持213件、驳回41件,其余16件尚在审理。"
    assert sums(tmp_path, text.format(w="270"))[(270, 213, 41, 16)] == "pass"
    assert not [c for c in audit_text(tmp_path, text.format(w="270")) if c.rule == "sum.rest"
                and c.operands["total"] == 213]
    assert sums(tmp_path, text.format(w="207"))[(207, 213, 41, 16)] != "pass"


def test_the_rest_after_stages_without_qizhong_is_not_read(tmp_path) -> None:
    # 新收 and 结转 both stand before 办结: the rest of which is open.
    text = "新收申请52件,上年结转5件,办结54件,其余3件正在办理。"
    assert not [c for c in audit_text(tmp_path, text) if c.rule == "sum.rest"]


def test_kinds_in_sentences_of_their_own_closed_by_the_rest(tmp_path) -> None:
    # A whole two sections up; the kinds follow one a sentence, named "…类", the rest closing them.
    text = ("一、总体情况\n全年全区信访总量{w}件次,同比下降3.2%。\n二、办理情况\n按期办结率98.1%。\n"
            "三、反映问题\n从问题类别看,劳动社保类820件次。城乡建设类640件次。农业农村类415件次。其余325件次涉及教育、医疗等。")
    assert sums(tmp_path, text.format(w="2200"))[(2200, 820, 640, 415, 325)] == "pass"
    # Parts that do not add up to the whole far above: nothing confirms that whole, nothing fails.
    assert fails(tmp_path, text.format(w="2300")) == []


def test_a_restated_set_opened_with_a_colon(tmp_path) -> None:
    text = "全年审结行政复议案件{w}件,审结率91.2%。审结案件中:维持95件,驳回20件,撤销18件,终止12件。"
    assert sums(tmp_path, text.format(w="145"))[(145, 95, 20, 18, 12)] == "pass"
    assert sums(tmp_path, text.format(w="154"))[(154, 95, 20, 18, 12)] == "fail"


def test_a_review_done_some_way_lists_its_outcomes(tmp_path) -> None:
    # "经逐一现场核实": the review's manner stands between 经 and the review; the outcomes add up to
    # the figure reviewed exactly, which names itself a whole (共).
    text = "全年共接收群众举报线索{w}条。经逐一现场核实,认定属实的412条,认定不属实的236条。"
    assert sums(tmp_path, text.format(w="648"))[(648, 412, 236)] == "pass"
    # Outcomes that fall short of it: nothing confirms the whole, nothing fails.
    assert fails(tmp_path, text.format(w="684")) == []


def test_an_economic_word_is_no_review(tmp_path) -> None:
    # 经济 is no 经 + review: no list of outcomes is read.
    text = "全年共检查企业320家。经济开发区检查企业120家,高新区检查企业90家。"
    assert fails(tmp_path, text) == []
