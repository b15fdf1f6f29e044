"""False alarms found on consistent texts written blind to the engine (session 18, helper fa35).
Each rule is a statement about how Chinese reports state figures, tested on project sentences,
each with a variant whose arithmetic is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def checks(tmp_path, text: str, rule: str | None = None) -> list[tuple[str, str, str]]:
    return [(c.rule, c.status, c.message_zh) for c in audit_text(tmp_path, text)
            if rule is None or c.rule.startswith(rule)]


def failing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text) if c.status == "fail"]


# --- a kind the whole's own name says is the set is no complement of a part: "一般程序案件中,…重大…"
# names one 重大 part, not the 重大/一般 pair that would make the list whole ---

def test_the_sets_own_name_is_no_complement(tmp_path) -> None:
    for text in ("全年行政处罚案件中,适用一般程序805件,适用简易程序1,262件。一般程序案件中,举行听证23件,"
                 "经法制审核的重大执法决定48件。",
                 "全年办理一般程序案件612件,其中听证19件、重大案件集体讨论37件。",
                 "一般事故隐患4,186项中,已整改3,902项,涉及重大危险源企业的隐患61项。"):
        assert failing(tmp_path, text) == [], text
    # the list names its rest: a sum, and a misprinted part still fails
    text = ("全年行政处罚案件中,适用一般程序805件,适用简易程序1,262件。一般程序案件中,举行听证23件,"
            "经法制审核的重大执法决定48件,其他743件。")
    assert any("805" in m for m in failing(tmp_path, text))


# --- a kind followed by a bare stage ("其中历年积案28件,化解24件") pairs the kind with what became of it:
# the 24 is no second part of the figure before the 其中 ---

def test_kind_then_its_outcome_is_no_breakdown(tmp_path) -> None:
    for text in ("全年排查信访积案47件,已化解41件,化解率87.2%;其中历年积案28件,化解24件;疑难案件9件,化解6件。",
                 "排查矛盾纠纷1,316件,调解成功1,284件,其中婚姻家庭纠纷402件,调解成功396件;邻里纠纷287件,"
                 "调解成功281件。",
                 "全县发现安全隐患2,180项,已整改2,096项,其中重大隐患36项,已整改31项。"):
        assert [m for m in failing(tmp_path, text)] == [], text
    # a list of kinds with no stage after them still adds up to the figure before, and fails when it does not
    text = "全年排查信访积案47件,已化解41件;其中历年积案28件,疑难案件9件,其他积案5件。"
    assert any("41" in m and "42" in m for m in failing(tmp_path, text))


# --- a column of amounts ("涉及金额(万元)") is restated by no count of the prose ("涉及46户") ---

TABLE = ("一、问题类别\n\n问题类别            问题个数     涉及金额(万元)\n预算执行            46          48,215.36\n"
         "专项资金            31          27,608.50\n合计                77          75,823.86\n\n")


def test_a_count_restates_no_amount_cell(tmp_path) -> None:
    text = TABLE + "二、专项资金审计情况\n审计发现挪用专项资金1,286.40万元;虚报冒领补贴资金87.25万元,涉及46户。"
    assert failing(tmp_path, text) == []
    # the count column is still restated by a count, and a misprint there fails
    text = TABLE + "二、专项资金审计情况\n专项资金审计共发现问题个数32个。"
    assert any("32" in m and "31" in m for m in failing(tmp_path, text))


# --- an overall rate (综合纠错率, 总体满意率) counts more than a directly qualified figure (直接纠错): that
# figure is no numerator of it ---

def test_overall_rate_is_not_of_the_direct_kind(tmp_path) -> None:
    for text in ("全年审结418件,直接纠错68件,直接纠错率16.3%;综合纠错率24.6%。",
                 "审结行政复议案件236件,其中直接纠错29件,综合纠错率20.8%(含调解、和解后撤回申请的案件)。",
                 "全年办结工单8,642件,当场办结3,126件,总体办结率99.1%。"):
        assert failing(tmp_path, text) == [], text
    # the direct rate beside it is still checked
    text = "全年审结418件,直接纠错68件,直接纠错率16.2%;综合纠错率24.6%。"
    assert any("16.2" in m for m in failing(tmp_path, text))
