"""Session 17, helper fa34: the false alarms of unseen17 -- a 其中 list going on after its first part's
share, a due figure that is a rate's base, a share of a set a clause opens with, a rate over two
counts listed side by side, people who took part in something over the year, an 'all' clause after a
list of lines, the closing of reviews. Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text, operands_of

found = operands_of  # (operands by the kind's roles, status)


def statuses(tmp_path, text: str, kind: str) -> list[str]:
    return [c.status for c in audit_text(tmp_path, text) if c.kind == kind]


# A 其中 list whose first part is followed by its share (or change) and a ";" goes on after the ";":
# the list after it is either the rest of the 其中 list or a breakdown of its own -- both are
# readings; a planted slip fails both.
@pytest.mark.parametrize(("text", "status"), [
    ("全年通过门户网站、政务公众号公开信息1,128条,其中救助类326条,占28.9%;养老类214条,社会组织类187条,"
     "婚姻登记类95条,其他306条。", "pass"),
    ("全年主动公开政府信息2,460条,其中政策文件类512条,占20.8%;财政资金类386条,人事信息类241条,其他1,321条。", "pass"),
    ("全年主动公开政府信息2,460条,其中政策文件类512条,占20.8%;财政资金类386条,人事信息类241条,其他1,311条。", "fail"),
    ("本年度发布信息856条,其中工作动态412条,占48.1%;通知公告203条,政策解读86条,其他155条。", "pass"),
    ("本年度发布信息856条,其中工作动态412条,占48.1%;通知公告203条,政策解读86条,其他165条。", "fail"),
    ("全年共办理群众来信1,350件,其中涉法涉诉类420件,占31.1%;城乡建设类386件,劳动保障类252件,其他292件。", "pass"),
    ("全年受理投诉举报3,240件,其中食品类1,125件(占34.7%);药品类468件,特种设备类322件,其他1,325件。", "pass"),
    ("全年受理投诉举报3,240件,其中食品类1,125件(占34.7%);药品类468件,特种设备类322件,其他1,335件。", "fail"),
    ("全年受理投诉举报3,240件,其中食品类1,125件,同比增长5.2%;药品类468件,特种设备类322件,其他1,325件。", "pass"),
])
def test_a_list_goes_on_after_its_first_parts_share(tmp_path, text, status) -> None:
    assert [s for *_, s in found(tmp_path, text, "sum")] == [status]


# A figure of what was due ("应公开的", "应当答复的") is the base of the rate of doing it, never its
# numerator: with no figure of what was done before it, no check (not a share of a figure further back).
@pytest.mark.parametrize(("text", "expected"), [
    ("全年在案件信息网发布程序性信息6,842条、法律文书2,415份,依法应公开的法律文书2,468份,公开率97.9%。", []),
    ("收到建议6,842条,应答复建议2,468件,答复率97.9%。", []),
    ("全年发布信息6,842条,应当公开的文件2,468件,公开率97.9%。", []),
    ("全年应公开的法律文书2,468份,实际公开2,415份,公开率97.9%。", [(2415, 2468, 97.9, "pass")]),
    ("全年应公开的法律文书2,468份,实际公开2,415份,公开率96.9%。", [(2415, 2468, 96.9, "fail")]),
])
def test_a_due_figure_is_no_numerator(tmp_path, text, expected) -> None:
    assert found(tmp_path, text, "ratio") == expected


# A share whose part's own clause opens with the set it is of ("申请人中…", "来访人员中…") is of that
# set, found by its words -- not of the figure right before (办结, 结转), which names another set.
@pytest.mark.parametrize(("text", "expected"), [
    ("2024年、2025年分别收到申请69件、81件。2025年办结77件,结转4件,申请人中法人或其他组织17件,占21.0%。", []),
    ("全年收到申请81件,办结77件,申请人中法人或其他组织17件,占21.0%。", [(17, 81, 21.0, "pass")]),
    ("全年收到申请81件,办结77件,申请人中法人或其他组织17件,占22.0%。", [(17, 81, 22.0, "fail")]),
    ("本年收到申请120件,办结112件,结转8件,申请人中企业36件,占30.0%。", [(36, 120, 30.0, "pass")]),
    ("本年收到申请120件,办结112件,结转8件,申请人中企业36件,占32.1%。", [(36, 120, 32.1, "fail")]),
])
def test_a_share_of_the_set_its_clause_opens_with(tmp_path, text, expected) -> None:
    assert found(tmp_path, text, "ratio") == expected


# A rate after two counts of different kinds listed side by side ("被复议…件,被诉讼…件,被纠错…件,纠错
# 率…") may be over both together: holding over their sum, it is not failed; a rate that holds over
# none of the readings still fails.
@pytest.mark.parametrize(("text", "status"), [
    ("全年行政处罚案件被申请行政复议47件,被提起行政诉讼19件,被依法纠错6件,纠错率为9.1%。", "unverifiable"),
    ("全年行政处罚案件被申请行政复议47件,被提起行政诉讼19件,被依法纠错6件,纠错率为9.8%。", "fail"),
    ("本年被申请行政复议32件,被提起行政诉讼18件,被纠错4件,纠错率8.0%。", "unverifiable"),
    ("本年被申请行政复议32件,被提起行政诉讼18件,被纠错4件,纠错率8.5%。", "fail"),
    ("全年行政处罚案件被申请行政复议47件,被依法纠错6件,纠错率为12.8%。", "pass"),
])
def test_a_rate_over_two_counts_side_by_side(tmp_path, text, status) -> None:
    assert [s for *_, s in found(tmp_path, text, "ratio")] == [status]


# People who draw a benefit, are insured or took part in training are groups that overlap: a 其中
# list of them is no partition (each part bounded, none summed); those trained over the year need not
# be among the people counted at a moment, so their part is not bounded either.
@pytest.mark.parametrize(("text", "expected"), [
    ("全区登记在册的失业人员8,426人,其中领取失业保险金的8,642人,参加职业技能培训的9,137人。",
     [(8642, 8426, "fail")]),
    ("全区登记在册的失业人员8,426人,其中领取失业保险金的2,864人,参加职业技能培训的9,137人。",
     [(2864, 8426, "pass")]),
    ("年末城镇登记失业人员5,120人,其中享受失业保险待遇的1,862人、参加就业技能培训的2,405人。",
     [(1862, 5120, "pass")]),
    ("全县建档立卡贫困人口12,460人,其中享受低保救助的3,218人,参加基本医疗保险的12,460人。",
     [(3218, 12460, "pass"), (12460, 12460, "pass")]),
    ("现有残疾人8,400人,其中领取生活补贴的2,650人,参加养老保险的5,980人。",
     [(2650, 8400, "pass"), (5980, 8400, "pass")]),
])
def test_people_by_what_they_take_part_in_overlap(tmp_path, text, expected) -> None:
    assert found(tmp_path, text, "sum") == []
    assert found(tmp_path, text, "bound") == expected


# An 'all' clause ("已全部答复", "均已办结") on the line after a list of lines, one item each, speaks of
# the whole the lines break down: a 其中 after it is of that whole, never of the last line's figure.
@pytest.mark.parametrize("text", [
    "全年受理申请二十六件,申请方式如下:\n- 当面申请:九件\n- 网上申请:十一件\n- 信函申请:七件\n"
    "已全部答复,其中同意公开十四件,同意部分公开三件,信息不存在五件,非本机关政府信息二件,申请内容不明确二件。",
    "全年收到申请26件。其中:\n1.当面申请9件\n2.网上申请11件\n3.信函申请6件\n"
    "均已办结,其中予以公开14件,部分公开3件,信息不存在5件,非本机关掌握2件,申请内容不明确2件。",
    "本年受理复议申请40件,来源如下:\n(一)公民申请:28件\n(二)法人申请:12件\n"
    "均已审结,其中维持25件,撤销9件,驳回6件。",
])
def test_an_all_clause_after_a_list_of_lines(tmp_path, text) -> None:
    assert "fail" not in statuses(tmp_path, text, "sum")


# The closing of the reviews of the year's work (行政复议/行政诉讼 审结) is no restatement of the
# requests the disclosure table closes.
def form(new: int, outcomes: list[int]) -> str:
    """The national application table, natural persons only: new requests, three outcomes, the total."""
    def row(label: str, v: int) -> str:
        return f"| {label} | {v} | 0 | 0 | 0 | 0 | 0 | {v} |\n"
    return ("\n三、收到和处理政府信息公开申请情况\n"
            "| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
            + row("一、本年新收政府信息公开申请数量", new) + row("二、上年结转政府信息公开申请数量", 0)
            + row("三、本年度办理结果（一）予以公开", outcomes[0]) + row("（二）部分公开", outcomes[1])
            + row("（六）其他处理", outcomes[2]) + row("（七）总计", sum(outcomes))
            + row("四、结转下年度继续办理", 0))


@pytest.mark.parametrize("prose", [
    "全年因政府信息公开被申请行政复议15件，已审结13件，其中被纠正3件。",
    "全年因政府信息公开被申请行政复议15件，审结13件；被提起行政诉讼12件。",
    "本年度因政府信息公开被提起行政诉讼15件，已审结13件。",
    "全年涉及政府信息公开的行政复议案件15件，已办结13件，维持10件。",
])
def test_closed_reviews_are_not_the_closed_requests(tmp_path, prose) -> None:
    text = "某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + prose + "\n" + form(29, [20, 6, 3])
    assert not [v for v, s in found(tmp_path, text, "equal") if s == "fail"]
