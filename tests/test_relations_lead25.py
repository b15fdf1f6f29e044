"""Session 25 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of every check."""
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


# A counted 分别 list splits a total a second way after a 其中 sentence broke it down one way: the
# total two sentences back is still the nearest figure of the act.
_TWO_BREAKDOWNS = ("立案查处违法案件87起,结案81起。其中,简易程序案件23起,一般程序案件64起。"
                   "对危险化学品、工贸、烟花爆竹三个行业分别立案31起、42起、{last}起。")


def test_a_counted_split_after_a_breakdown_sentence_sums_to_the_total(tmp_path):
    checks = _checks(tmp_path, _TWO_BREAKDOWNS.format(last=14))
    assert ("pass", "sum", {"total": 87, "parts": [31, 42, 14]}) in checks
    assert ("pass", "sum", {"total": 87, "parts": [23, 64]}) in checks


def test_a_counted_split_after_a_breakdown_sentence_that_misses_fails(tmp_path):
    checks = _checks(tmp_path, _TWO_BREAKDOWNS.format(last=15))
    assert ("fail", "sum", {"total": 87, "parts": [31, 42, 15]}) in checks


def test_a_counted_split_two_plain_sentences_back_is_not_read(tmp_path):
    # (only a 其中 sentence between keeps the total in reach: a sentence about something else does not)
    text = ("立案查处违法案件87起,结案81起。全年开展检查1,200家次。"
            "对危险化学品、工贸、烟花爆竹三个行业分别立案31起、42起、15起。")
    assert all(not (k == "sum" and op["total"] == 87) for _, k, op in _checks(tmp_path, text))


# A hotline's intake split into what was answered on the line and what was dispatched, said in
# sentences of their own with nothing calling them its breakdown: the two may leave some calls out
# (invalid, in hand). A shortfall no misprint explains is open; an excess or a one-digit slip fails.
_INTAKE = "热线共受理群众诉求52,316件,同比下降3.2%。热线直接答复{direct}件;派发工单{sent}件。"


@pytest.mark.parametrize(("direct", "sent", "status"), [
    ("26,108", "26,208", "pass"),
    ("26,108", "24,876", "unverifiable"),   # 1,332 short: not what one misprinted digit makes
    ("26,108", "26,218", "fail"),           # more than came in
    ("26,108", "26,108", "fail"),           # 100 short: one digit
])
def test_an_intake_split_in_its_own_sentence(tmp_path, direct, sent, status):
    checks = _checks(tmp_path, _INTAKE.format(direct=direct, sent=sent))
    split = [s for s, k, op in checks if k == "sum" and op["total"] == 52316]
    assert split == [status], checks


def test_an_intake_split_by_a_classification_is_the_whole(tmp_path):
    # "按处置方式分," says the two are the whole's classes (a 其中 list may be highlights: open either way)
    text = "热线共受理群众诉求52,316件。按处置方式分,热线直接答复26,108件,派发工单24,876件。"
    checks = _checks(tmp_path, text)
    assert [s for s, k, op in checks if k == "sum" and op["total"] == 52316] == ["fail"], checks


# 该/此 point back to the set just named: "城乡建设类诉求中,…占该类诉求的45.8%" is a share of the
# 城乡建设 figure, not of another set of the kind (咨询类) that the words 类诉求 fit as well.
_ANAPHOR = ("共受理诉求52,316件。按诉求类型分,咨询类27,640件,投诉类14,215件。"
            "诉求量排名前两位的领域依次为:城乡建设(6,215件)、市场监管(4,872件)。"
            "其中,城乡建设类诉求中,物业管理问题2,846件,占该类诉求的{pct}%。")


def test_a_share_of_the_set_an_anaphor_points_back_to(tmp_path):
    checks = _checks(tmp_path, _ANAPHOR.format(pct="45.8"))
    assert ("pass", "ratio", {"numerator": 2846, "denominator": 6215, "percent": 45.8}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_share_of_the_anaphors_set_that_misses_fails(tmp_path):
    checks = _checks(tmp_path, _ANAPHOR.format(pct="46.8"))
    assert ("fail", "ratio", {"numerator": 2846, "denominator": 6215, "percent": 46.8}) in checks


def test_an_anaphor_in_its_own_sentence_takes_the_figure_so_named(tmp_path):
    text = "咨询类诉求27,640件。城乡建设类诉求6,215件,其中物业管理问题2,846件,占该类诉求的45.8%。"
    checks = _checks(tmp_path, text)
    assert ("pass", "ratio", {"numerator": 2846, "denominator": 6215, "percent": 45.8}) in checks


def test_an_anaphor_naming_no_figure_reads_no_share(tmp_path):
    # the opener names a set no figure is printed for: which figure 该类 means is unknown
    text = "咨询类诉求27,640件,投诉类诉求14,215件。城乡建设类诉求中,物业管理问题2,846件,占该类诉求的45.8%。"
    checks = _checks(tmp_path, text)
    assert all(not (k == "ratio" and op.get("numerator") == 2846) for _, k, op in checks), checks


# Items each with its figure in brackets, then a count of them and the total ("城乡建设(6,215件)、…,
# 三个领域合计15,003件"): the count between the brackets and the total keeps the list.
_BRACKETED = "排名前三的领域依次为:城乡建设(6,215件)、市场监管(4,872件)、交通运输(3,916件),{n}个领域合计{total}件。"


def test_bracketed_items_counted_before_their_total(tmp_path):
    assert ("pass", "sum", {"total": 15003, "parts": [6215, 4872, 3916]}) in _checks(
        tmp_path, _BRACKETED.format(n="三", total="15,003"))
    assert ("fail", "sum", {"total": 15013, "parts": [6215, 4872, 3916]}) in _checks(
        tmp_path, _BRACKETED.format(n="三", total="15,013"))


def test_bracketed_items_of_another_count_are_not_summed(tmp_path):
    checks = _checks(tmp_path, _BRACKETED.format(n="两", total="11,087"))
    assert all(not (k == "sum" and op["total"] == 11087) for _, k, op in checks), checks


# "与上年相比,X和Y分别增加a、b,增幅分别为p和q": a sentence of changes with no figure before its names
# speaks of the sentence before; each name is the figure there whose words share most with it.
_NAMED_BEFORE = ("全年共立案查处各类违法行为1,538起,结案1,497起,结案率97.3%,罚款金额合计286.42万元。"
                 "与上年相比,{names}分别增加126起、31.58万元,增幅分别为{pct}%和12.4%。")


def test_changes_named_in_the_sentence_before(tmp_path):
    checks = _checks(tmp_path, _NAMED_BEFORE.format(names="立案数和罚款金额", pct="8.9"))
    assert ("pass", "change", {"current": 1538, "percent": 8.9, "previous": 1412}) in checks
    assert ("pass", "change", {"current": 286.42, "percent": 12.4, "previous": 254.84}) in checks


def test_a_change_named_in_the_sentence_before_that_misses_fails(tmp_path):
    checks = _checks(tmp_path, _NAMED_BEFORE.format(names="立案数和罚款金额", pct="9.9"))
    assert ("fail", "change", {"current": 1538, "percent": 9.9, "previous": 1412}) in checks


def test_a_name_two_figures_fit_alike_reads_no_change(tmp_path):
    # 案件数 shares one character with 立案查处… and with 结案: which figure it names is open
    checks = _checks(tmp_path, _NAMED_BEFORE.format(names="案件数和罚款金额", pct="9.9"))
    assert all(k != "change" for _, k, _ in checks), checks


# "集体访46批次、1,030人次,分别占来访批次和人次的4.0%、43.0%": the second base is a measure only and
# takes the first's head (来访人次); the whole "来访1,136批次、2,395人次" names its second figure by the
# first's words, in another measure.
_TWO_MEASURES = "全年来访1,136批次、2,395人次。其中集体访46批次、1,030人次,分别占来访批次和人次的4.0%、{pct}%。"


def test_shares_of_two_measures_of_one_named_whole(tmp_path):
    checks = _checks(tmp_path, _TWO_MEASURES.format(pct="43.0"))
    assert ("pass", "ratio", {"numerator": 46, "denominator": 1136, "percent": 4.0}) in checks
    assert ("pass", "ratio", {"numerator": 1030, "denominator": 2395, "percent": 43.0}) in checks


def test_a_share_of_the_second_measure_that_misses_fails(tmp_path):
    checks = _checks(tmp_path, _TWO_MEASURES.format(pct="45.0"))
    assert ("fail", "ratio", {"numerator": 1030, "denominator": 2395, "percent": 45.0}) in checks


def test_a_figure_after_another_measure_is_named_by_its_words(tmp_path):
    checks = audit_text(tmp_path, _TWO_MEASURES.format(pct="45.0"), ".txt")
    failed = next(c for c in checks if c.status == "fail")
    assert "集体访 1,030人次 / 来访 2,395人次" in failed.message_zh, failed.message_zh


def test_figures_spaced_out_by_a_pdf_are_checked_as_printed(tmp_path):
    # read digit by digit, "3 1 2件 … 3 0 9件" gave a 9件 closed of 2件 filed: a false alarm
    text = "全 年 立 案 查 处 3 1 2 件 , 结 案 3 0 9 件 , 结 案 率 9 9 . 0 % 。"
    checks = _checks(tmp_path, text)
    assert ("pass", "ratio", {"numerator": 309, "denominator": 312, "percent": 99.0}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_base_named_in_one_measure_is_no_figure_of_another(tmp_path):
    # "占来访批次的" names the 716批; the 1,493人次 after it is the same subject in another measure
    text = ("全年共受理信访事项1,864件次。其中来信382件次,来访716批1,493人次,网上信访766件次。"
            "集体访43批612人次,占来访批次的6.6%。")
    checks = _checks(tmp_path, text)
    assert all(not (k == "ratio" and op.get("denominator") == 1493) for _, k, op in checks), checks


def test_a_negated_act_in_a_tables_caption_is_no_restatement_of_its_column(tmp_path):
    # the paragraph above the table is read as its caption; "不予受理6件" is no figure of the 受理 column
    text = ("# 某县2025年上半年行政复议工作情况\n\n上半年全县共收到行政复议申请104件。其中受理93件,不予受理6件,告知5件。"
            "分季度情况如下:\n\n| 时段 | 收到申请 | 受理 | 审结 |\n| --- | --- | --- | --- |\n| 一季度 | 46 | 41 | 33 |\n"
            "| 二季度 | 58 | 52 | 49 |\n| 上半年 | 104 | 93 | 82 |\n")
    checks = [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".md")]
    assert ("pass", "equal", {"values": [104, 104]}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks
