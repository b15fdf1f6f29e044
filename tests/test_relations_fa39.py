"""False alarms found on consistent texts written blind to the engine (session 19, helper fa39:
政府信息公开 reports, 统计公报, 月报, 预决算 and 审计 reports). Each rule is a statement about how
Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is
broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text, failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a decision named as the cause of what is counted ("因答复引发行政复议17件") does not make the
# count decided work: its list may hold those still being heard ---

def test_a_decision_that_caused_the_count_is_no_decided_stage(tmp_path) -> None:
    for text in ("全年因政府信息公开申请答复引发行政复议17件,其中结果维持11件、结果纠正2件、其他结果1件、尚未审结3件。",
                 "申请人对答复不服提起行政诉讼9件,其中维持5件、纠正1件、尚未审结3件。",
                 "因信访事项处理意见引起复查申请12件,其中维持8件,撤销1件,正在办理3件。"):
        assert failing(tmp_path, text) == [], text
    text = "全年因政府信息公开申请答复引发行政复议17件,其中结果维持11件、结果纠正2件、其他结果1件、尚未审结4件。"
    assert any("17件" in m and "18件" in m for m in failing(tmp_path, text))
    # decided work itself still leaves its open rest out ("审结110件,其中…正在审理" is tested elsewhere)


# --- 政府信息公开 applicants fall in the national form's six kinds: a list of two of the five kinds of
# 法人或其他组织 leaves the other three out ---

def test_two_kinds_of_legal_person_leave_the_others_out(tmp_path) -> None:
    for text in ("新收申请中,自然人申请287件,法人或其他组织申请125件,其中商业企业申请96件、法律服务机构申请21件。",
                 "法人或其他组织提出申请58件,其中企业51件,律师事务所4件。",
                 "来自法人或其他组织的申请34件,其中商业企业30件、科研机构2件。"):
        assert failing(tmp_path, text) == [], text
    # more than the whole still fails; all five named add up
    assert failing(tmp_path, "法人或其他组织申请125件,其中商业企业申请106件、法律服务机构申请21件。")
    full = "法人或其他组织申请125件,其中商业企业96件、科研机构2件、社会公益组织5件、法律服务机构21件、其他1件。"
    assert ("sum.breakdown", "pass") in [(r, s) for r, s, _ in checks(tmp_path, full)]
    assert failing(tmp_path, full.replace("其他1件", "其他3件"))


# --- a figure that counts the names listed right before it ("A、B、C六个部分") restates no table row ---

GK_TABLE = ("<table border=\"1\"><tr><td>项目</td><td>自然人</td><td>商业企业</td><td>总计</td></tr>"
            "<tr><td>一、本年新收政府信息公开申请数量</td><td>97</td><td>41</td><td>138</td></tr>"
            "<tr><td>二、上年结转政府信息公开申请数量</td><td>5</td><td>3</td><td>8</td></tr></table>")


def test_a_count_of_the_names_before_it_restates_no_row(tmp_path) -> None:
    for intro in ("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和"
                  "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分。",
                  "报告分为总体情况、收到和处理政府信息公开申请情况、存在问题三个部分。"):
        html = f"<html><body><p>{intro}</p>{GK_TABLE}</body></html>"
        assert [c.message_zh for c in audit_text(tmp_path, html, ".html") if c.status == "fail"] == [], intro
    # a figure of the prose naming the row is still paired with it, and a misprint fails
    html = f"<html><body><p>全年新收政府信息公开申请136件。</p>{GK_TABLE}</body></html>"
    assert any("136" in c.message_zh for c in audit_text(tmp_path, html, ".html") if c.status == "fail")


# --- "被纠正的1件" refers back to the figure of its verb only when the figures of that verb before it
# agree: "复议…结果纠正1件;诉讼…结果纠正0件" leaves open whose 纠正 it names ---

def test_a_passive_reference_to_verbs_of_several_values_is_open(tmp_path) -> None:
    text = ("行政复议:结果维持2件,结果纠正1件,其他结果0件,尚未审结1件,总计4件。"
            "行政诉讼:结果维持1件,结果纠正0件,其他结果0件,尚未审结1件,总计2件。"
            "被纠正的1件为上年受理、本年作出决定。")
    assert failing(tmp_path, text) == []
    assert "equal.back_reference" not in [r for r, _, _ in checks(tmp_path, text)]
    # one figure of the verb before: the reference is read, and a misprint fails
    text = "全年办理行政复议案件40件,其中维持25件,撤销6件,驳回9件。被撤销的5件均已重新作出决定。"
    assert any("被撤销" in m for m in failing(tmp_path, text))


# --- a bracket after a total that counts places in another unit ("信息1,142条(11个村、2个社区)") says
# where the items are, not which they are ---

def test_places_in_a_bracket_are_no_parts_of_another_unit(tmp_path) -> None:
    for text in ("全年通过村务公开栏公开信息1,142条(全乡11个村、2个社区,每村每季度不少于20条)。",
                 "全年开展普法宣传活动326次(覆盖18个乡镇、4个街道)。",
                 "共排查隐患2,415项(涉及37个单位、9个企业)。"):
        assert failing(tmp_path, text) == [], text
    # places counted in the total's own unit still add up to it
    assert any("14个" in m for m in failing(tmp_path, "全乡设村务公开栏14个(11个村、2个社区)。"))
