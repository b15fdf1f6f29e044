"""False alarms of a fresh set, each fixed by a general statement about how Chinese reports state
figures (helper fa49, session 21), on sentences written for the project.

Each case pairs a consistent text (no failing check) with a planted twin -- one figure mistyped where
the text admits one reading -- that must still fail where the engine reads it.
"""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, name: str = "r.txt") -> list[tuple[str, str, dict]]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.status, c.operands) for c in toolkit.audit(p).checks]


def fails(tmp_path, text: str, name: str = "r.txt") -> list[tuple[str, dict]]:
    return [(rule, ops) for rule, status, ops in checks(tmp_path, text, name) if status == "fail"]


def rules_of(tmp_path, text: str, rule: str, name: str = "r.txt") -> list[tuple[str, dict]]:
    return [(status, ops) for r, status, ops in checks(tmp_path, text, name) if r == rule]


# --- a colon after an 'all' clause opens the list of how ------------------------------------------
# "收到申请3件,均已答复:同意公开2件,信息不存在1件": 均已答复 says every request was answered; the colon
# opens the list of how they were answered, whose first item is a part of them, not all of them.
def test_colon_after_all_clause_opens_a_list(tmp_path):
    text = "全年收到申请9件，均已答复：同意公开5件，不予公开1件，信息不存在3件。"
    assert fails(tmp_path, text) == []
    assert rules_of(tmp_path, text, "equal.stage") == []
    # one figure after the colon is all of them: the equality stands, and fails when they differ
    assert rules_of(tmp_path, "收到申请6件，均已答复：同意公开6件。", "equal.stage") == [("pass", {"values": [6, 6]})]
    assert ("equal.stage", {"values": [6, 5]}) in fails(tmp_path, "收到申请6件，均已答复：同意公开5件。")


# --- base words naming a whole and its part alike name the whole -------------------------------------
# "查出问题金额…,其中…管理不规范问题金额…。…占问题金额的…": the part is named by its qualifier, which the
# base words leave out; the share is of the whole (the part stays a reading).
_AUDIT = ("查出问题金额5.20亿元，其中违规问题金额1.20亿元、管理不规范问题金额4.00亿元。按问题类别分："
          "预算管理方面1.50亿元，专项资金方面2.08亿元，占问题金额的{pct}%，国有资产方面1.62亿元。")


def test_share_of_the_whole_its_part_is_named_like(tmp_path):
    assert fails(tmp_path, _AUDIT.format(pct="40.0")) == []
    got = fails(tmp_path, _AUDIT.format(pct="42.6"))
    assert [ops["denominator"] for rule, ops in got if rule == "ratio.share"] == [5.2]


# --- a rate of how cases ended is over the closed, not over the work due -----------------------------
# "应审结500件,实际审结450件,尚未审结50件": the due work counts those still open; a 纠错率 further on is
# over the closed.
_REVIEW = ("一、受理情况。全年共收到行政复议申请520件，受理480件，不予受理40件。\n"
           "二、审理情况。加上上年结转20件，全年应审结500件，实际审结450件，尚未审结50件。审结案件中，维持300件，"
           "占66.7%；驳回60件，撤销40件，变更10件，确认违法12件，责令履行8件，终止20件。"
           "纠错（撤销、变更、确认违法、责令履行）70件，纠错率{pct}%。")


def test_correction_rate_over_the_closed_not_the_due(tmp_path):
    assert fails(tmp_path, _REVIEW.format(pct="15.6")) == []
    got = [ops for rule, ops in fails(tmp_path, _REVIEW.format(pct="16.5")) if rule == "ratio.rate"]
    assert [ops["denominator"] for ops in got] == [450]


# --- a figure with its own share is no smaller base of a rate -----------------------------------------
# "即办件1,124件,占受理的54.6%;通过网上办理1,846件,网办率89.6%": the 即办件 is a part of the 受理 its
# share names; the rate beside it is over that base too, not over the part.
_LICENCE = "全年受理行政许可申请3,200件，办结3,100件。\n即办件1,600件，占受理的50.0%；通过网上办理2,880件，网办率{pct}%。"


def test_rate_not_over_a_part_with_its_own_share(tmp_path):
    assert fails(tmp_path, _LICENCE.format(pct="90.0")) == []
    got = [ops for rule, ops in fails(tmp_path, _LICENCE.format(pct="92.0")) if rule == "ratio.rate"]
    assert all(ops["denominator"] != 1600 for ops in got)


# --- a chapter that says work was carried over: its closings may hold that work -----------------------
_COURT = ("一、案件总体情况\n全年新收一审行政诉讼案件120件，上年结转30件，审结130件。\n"
          "二审案件收案25件，审结31件。\n二、案件领域\n土地征收24件。")


def test_closing_over_intake_in_a_chapter_with_carry_over(tmp_path):
    assert fails(tmp_path, _COURT) == []
    assert ("unverifiable", {"smaller": 31, "larger": 25, "unverifiable": "closed_older_work"}) \
        in rules_of(tmp_path, _COURT, "bound.stage")
    # no carry-over said, or said in another chapter: the closing over its intake is an error
    text = _COURT.replace("上年结转30件，审结130件", "审结110件")
    assert ("bound.stage", {"smaller": 31, "larger": 25}) in fails(tmp_path, text)
    text = _COURT.replace("\n二审案件", "\n二、二审情况\n二审案件").replace("二、案件领域", "三、案件领域")
    assert ("bound.stage", {"smaller": 31, "larger": 25}) in fails(tmp_path, text)


# --- a share's subject naming an item then a measure --------------------------------------------------
# "（二）生态环境领域862件,罚没款4,126.8万元;…生态环境领域罚没款占全市的22.2%": the share is of the item's
# 罚没款, never of its case count.
def test_share_of_an_items_named_measure(tmp_path):
    text = ("2022年，全市共作出行政处罚决定12,000件，罚没款合计2.00亿元。\n"
            "（一）市场监管领域4,000件，罚没款6,000.0万元；\n（二）生态环境领域900件，罚没款4,000.0万元；\n"
            "生态环境领域罚没款占全市的20.0%。")
    assert not [ops for rule, ops in fails(tmp_path, text) if rule == "ratio.share" and ops["numerator"] == 900]
    # the item named alone: the share of its first figure
    text = text.replace("生态环境领域罚没款占全市的20.0%", "生态环境领域案件数占全市的8.5%")
    assert ("ratio.share", {"numerator": 900, "denominator": 12000, "percent": 8.5}) in fails(tmp_path, text)


# --- 回收率: questionnaires returned of those handed out ----------------------------------------------
def test_returned_rate_of_questionnaires(tmp_path):
    text = "向群众发放满意度调查问卷500份，收回470份，回收率{pct}%。"
    assert rules_of(tmp_path, text.format(pct="94.0"), "ratio.rate") == [
        ("pass", {"numerator": 470, "denominator": 500, "percent": 94})]
    assert ("ratio.rate", {"numerator": 470, "denominator": 500, "percent": 96}) in fails(tmp_path, text.format(pct="96.0"))


# --- a growth rate against the earlier period's, in brackets, and the points between ---------------------
# "增长5.6%,比上半年(5.3%)加快0.3个百分点": this period's growth is the earlier period's plus the points it
# sped up by (minus those it slowed by).
def test_growth_sped_up_against_the_earlier_period(tmp_path):
    text = "前三季度全县地区生产总值210.50亿元，按可比价格计算增长6.2%，比上半年（5.8%）加快{pts}个百分点。"
    assert rules_of(tmp_path, text.format(pts="0.4"), "sum.points") == [
        ("pass", {"total": 6.2, "parts": [5.8, 0.4]})]
    assert ("sum.points", {"total": 6.2, "parts": [5.8, 0.6]}) in fails(tmp_path, text.format(pts="0.6"))
    slowed = "规模以上工业增加值增长4.5%，比一季度（6.1%）回落{pts}个百分点。"
    assert rules_of(tmp_path, slowed.format(pts="1.6"), "sum.points") == [
        ("pass", {"total": 6.1, "parts": [4.5, 1.6]})]
    # against an average or a wider place: no sum of the two
    assert rules_of(tmp_path, "规模以上工业增加值增长4.5%，比全省平均（6.1%）低1.6个百分点。", "sum.points") == []


# --- a partition's whole stated after its parts ----------------------------------------------------------
# "一季度…,二季度…,三季度…,四季度…。上半年3,108次": the first half is the first two quarters, its figure
# printed after them.
def test_half_year_after_its_quarters(tmp_path):
    text = "分季度看，一季度开展检查1,020次，二季度1,340次，三季度1,150次，四季度990次。上半年{h}次，占全年的52.4%。"
    assert ("pass", {"total": 2360, "parts": [1020, 1340]}) in rules_of(tmp_path, text.format(h="2,360"), "sum.breakdown")
    assert ("sum.breakdown", {"total": 2630, "parts": [1020, 1340]}) in fails(tmp_path, text.format(h="2,630"))
    # another measure after the parts is no whole of them
    other = "一季度受理投诉100件，二季度受理投诉120件。上半年办结投诉200件。"
    assert rules_of(tmp_path, other, "sum.breakdown") == []
