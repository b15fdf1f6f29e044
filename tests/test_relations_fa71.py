"""False alarms found on consistent texts written for the project (session 28, helper fa71: 法治政府建设
情况报告 of 区/县 bureaus and 乡镇/街道 with 行政执法 statistics, 行政复议 and 行政应诉 figures, 信访 and 人民调解,
Markdown, HTML and PDF-copy tables). Each rule is a statement about how Chinese reports state figures,
tested on project sentences, with a variant whose arithmetic is broken that must still fail."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- what is closed or carried on is the work accepted: "收到…;受理…,不予受理…;…审结…,结转…" balances
# over the received less the refused, as well as over all received (refused_bases.without_refused) ---

_BALANCE = ("全年共收到行政复议申请96件，同比下降8.6%；经审查，依法受理{acc}件，不予受理{ref}件；"
            "加上年结转0件，全年审结{closed}件，结转下年度7件。")


def test_the_balance_of_a_year_is_of_the_work_accepted(tmp_path) -> None:
    assert failing(tmp_path, _BALANCE.format(acc=84, ref=12, closed=77)) == []
    assert any("77" in m and "7件" in m for m in passing(tmp_path, _BALANCE.format(acc=84, ref=12, closed=77)))
    # one slip in what was closed: neither the received nor the accepted balances
    broken = failing(tmp_path, _BALANCE.format(acc=84, ref=12, closed=79))
    assert any("79" in m for m in broken)


# --- a review's outcomes (经审查,受理…,不予受理…) end at work carried in from the year before: "加上年结转5件,
# 审结112件,结转3件" are no outcomes of this year's review, whatever the sentences before say ---

_REVIEW = ("全面推行包容审慎监管，适用首违不罚14件、轻微免罚8件，合计22件。\n\n2.行政复议\n"
           "全年共收到行政复议申请125件，同比增长1.6%；经审查，依法受理{acc}件，不予受理15件；"
           "加上年结转5件，全年审结112件，结转下年度3件。审结案件中，维持14件、驳回48件、确认违法9件、"
           "撤销7件、变更16件、调解2件、终止16件。")


def test_a_reviews_outcomes_end_at_work_carried_in(tmp_path) -> None:
    assert failing(tmp_path, _REVIEW.format(acc=110)) == []
    broken = failing(tmp_path, _REVIEW.format(acc=112))
    assert broken and all("112件 + 加上年结转" not in m for m in broken)
    assert any("125" in m and "不予受理 15" in m for m in broken)


# --- a share whose base a bracket after it states with a figure ("(以作出处理决定的945件计)") is of that
# figure: the part is the figure its 占 clause follows, outside brackets ---

_COUNTED = ("全年查处违法案件440件，罚没款126.35万元。全年不予处罚案件{part}件（首次违法不罚40件，轻微违法免罚20件），"
            "占案件总数的{pct}%（以作出处理决定的500件计）。")


def test_a_share_over_the_base_its_bracket_counts(tmp_path) -> None:
    assert failing(tmp_path, _COUNTED.format(part=60, pct="12.0")) == []
    assert any("500" in m for m in passing(tmp_path, _COUNTED.format(part=60, pct="12.0")))
    broken = failing(tmp_path, _COUNTED.format(part=60, pct="12.6"))
    assert broken and "500" in broken[0]


# --- "审结复议案件181件中纠错79件,占审结总数的43.6%": the set the part's clause counts it in, by its figure,
# is the base the words name -- not another process's 已审结 further back ---

_SET = ("本年度审结行政复议案件181件，尚未审结15件。\n"
        "办理行政应诉案件277件，已审结248件，其中行政机关败诉2件，败诉率为0.8%。\n"
        "从全年情况看，审结复议案件181件中纠错79件，占审结总数的{pct}%，反映出基层执法仍存在薄弱环节。")


def test_a_share_of_the_set_its_clause_names_by_its_figure(tmp_path) -> None:
    assert failing(tmp_path, _SET.format(pct="43.6")) == []
    broken = failing(tmp_path, _SET.format(pct="45.6"))
    assert broken and "181" in broken[0] and "248" not in broken[0]


# --- a line of words alone in a space-laid table may be a label a PDF copy wrapped ("责令停" over
# "产停业 75"), not a row opening another breakdown of the total: all rows as one list is a reading ---

_WRAPPED = ("表2  2025年行政处罚案件按种类统计\n"
            "处罚种类            案件数(件)     占比\n"
            "警告                168          47.2%\n"
            "责令停\n"
            "产停业               75          21.1%\n"
            "罚款                106          29.8%\n"
            "没收违\n"
            "法所得               7          2.0%\n"
            "合计                {total}          100%\n")


def test_a_wrapped_label_in_a_pdf_copy_is_no_second_breakdown(tmp_path) -> None:
    assert failing(tmp_path, _WRAPPED.format(total=356)) == []
    broken = failing(tmp_path, _WRAPPED.format(total=366))
    assert broken and "366" in broken[0]


# --- "全年需办理412件。经审查,不予受理31件,受理后审结357件,结转下年度24件": the refused part may stand in the
# sentence after the work due, before the closing: the due less the refused is a reading of the balance ---

_DUE = ("区人民政府共收到行政复议申请405件。加上上年结转7件，全年需办理412件。经审查，不予受理31件，"
        "受理后审结{closed}件，结转下年度24件。")


def test_the_balance_over_the_due_less_the_refused_after_it(tmp_path) -> None:
    assert failing(tmp_path, _DUE.format(closed=357)) == []
    assert any("358" in m for m in failing(tmp_path, _DUE.format(closed=358)))


# --- a share named by its words counts in the part's counter: "开庭审理行政案件52次" (occasions) is no base
# of "案件23件" (cases), though both are addable counts ---

_HEARINGS = ("2023年全县共发生行政诉讼案件80件，已审结68件，败诉3件。全县法院开庭审理行政案件52次，"
             "行政机关负责人出庭应诉49次。从案件类型看，自然资源类案件23件，占案件总数的{pct}%。")


def test_occasions_are_no_base_of_cases(tmp_path) -> None:
    assert failing(tmp_path, _HEARINGS.format(pct="28.8")) == []
    broken = failing(tmp_path, _HEARINGS.format(pct="29.8"))
    assert broken and "/ 2023年全县共发生行政诉讼案件 80件" in broken[0]


# --- "调解纠纷624件,调解成功613件…占调解总数的22.0%": the total of a stage is not the figure of a later
# stage of its process (成功 is past 调解), whatever the heading before makes of the figures' labels ---

_MEDIATION = ("7.某镇人民调解：全镇调委会共调解纠纷624件，调解成功613件，成功率98.2%；"
              "其中婚姻家庭纠纷137件，占调解总数的{pct}%。")


def test_a_stages_total_is_not_a_later_stage(tmp_path) -> None:
    assert failing(tmp_path, _MEDIATION.format(pct="22.0")) == []
    broken = failing(tmp_path, _MEDIATION.format(pct="23.0"))
    assert broken and "624" in broken[0]
