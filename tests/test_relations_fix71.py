"""False alarms left on main after session 27 (session 28, helper fix71). Each rule is a statement about how
Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is broken that
must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

# --- 1. a table captioned for one body ("表1 <某机关>…情况") is no restatement of the whole place's figures,
# before or after it (a caption titles its own table alone) ---

_CAPTIONED = ("2023年全市行政执法工作报告\n\n{before}"
              "表1 {caption}2023年行政执法情况\n| 项目 | 数量（件） |\n| 行政处罚案件 | {a} |\n"
              "| 行政强制案件 | 12 |\n| 合计 | {t} |\n\n{after}")
_WHOLE = "一、总体情况\n2023年，全市各级行政机关共办理行政执法案件1,250件，其中行政处罚案件980件，行政强制案件270件。\n\n"


def test_a_caption_naming_one_body_is_not_the_whole_places_table(tmp_path) -> None:
    for before, after in ((_WHOLE, ""), ("", _WHOLE)):
        text = _CAPTIONED.format(before=before, after=after, caption="市政府办公室", a="58", t="70")
        assert not operands_of(tmp_path, text, "equal")


def test_a_caption_of_the_whole_or_prose_of_the_body_still_fails(tmp_path) -> None:
    text = _CAPTIONED.format(before=_WHOLE, after="", caption="全市", a="985", t="997")
    assert ((980, 985), "fail") in operands_of(tmp_path, text, "equal")
    body = "一、总体情况\n2023年，市政府办公室共办理行政执法案件70件，其中行政处罚案件59件，行政强制案件12件。\n\n"
    text = _CAPTIONED.format(before=body, after="", caption="市政府办公室", a="58", t="70")
    assert ((59, 58), "fail") in operands_of(tmp_path, text, "equal")


# --- 2. a 其中 list opening with a kind named by its class ("…类案件") and going on with what became of the
# whole (调解结案, 撤回) cuts the whole two ways: no sum; a list of classes alone still adds up ---

_CLASSES = "2023年，区司法局共办理案件120件，其中行政处罚类案件41件，{b}70件，{c}20件。\n"


def test_a_class_then_outcomes_is_no_sum(tmp_path) -> None:
    sums = operands_of(tmp_path, _CLASSES.format(b="调解结案", c="撤回申请"), "sum")
    assert not [s for s in sums if s[0] == 120 and s[2] == "fail"]


def test_a_list_of_classes_still_fails(tmp_path) -> None:
    sums = operands_of(tmp_path, _CLASSES.format(b="行政许可类案件", c="行政强制类案件").replace("70件", "60件"), "sum")
    assert (120, (41, 60, 20), "fail") in sums


# --- 4. a prose figure is no restatement of a table's total when it is a part named with its share of the
# column's whole, or new work beside the carried-in work the total may hold ---

_SHARE_TABLE = ("2023年全区道路交通执法情况通报\n\n一、总体情况\n全年共查处{words}。\n\n表1 违法行为查处情况\n"
                "| 类别 | 查处违法行为（件） |\n| 超速行驶 | 600 |\n| 酒后驾驶 | 526 |\n| 其他 | 700 |\n| 合计 | 1,826 |\n")
_CARRIED_TABLE = ("2023年全区政府信息公开工作报告\n\n一、收到和处理申请情况\n全年共办理申请{a}件{more}。\n\n表1 申请办理情况\n"
                  "| 项目 | 办理申请（件） |\n| 予以公开 | 300 |\n| 部分公开 | 80 |\n| 不予公开 | 58 |\n| 合计 | 438 |\n")


def test_a_part_named_with_its_share_is_no_total(tmp_path) -> None:
    text = _SHARE_TABLE.format(words="交通违法行为1,426件，占全部违法行为的78.1%")
    assert not [e for e in operands_of(tmp_path, text, "equal") if 1826 in e[0]]
    text = _SHARE_TABLE.format(words="违法行为1,820件")
    assert ((1820, 1826), "fail") in operands_of(tmp_path, text, "equal")


def test_new_work_beside_carried_work_is_no_total(tmp_path) -> None:
    text = _CARRIED_TABLE.format(a="420", more="，上年结转18件")
    assert not [e for e in operands_of(tmp_path, text, "equal") if 438 in e[0]]
    # one misprint apart: the total still reads as the figure's, and fails; no carried work named: fails
    assert ((428, 438), "fail") in operands_of(tmp_path, _CARRIED_TABLE.format(a="428", more="，上年结转18件"), "equal")
    assert ((420, 438), "fail") in operands_of(tmp_path, _CARRIED_TABLE.format(a="420", more=""), "equal")


# --- 5. work received in one year and closed in the next, named in a 其中 clause ("其中2023年受理、2024年审结的
# 12件"), is carried over: what was closed may exceed what came in (no bound); a kind of the closed fails ---

_CLOSED_MORE = "2024年，区法院共受理行政案件390件，已审结398件，其中{kind}的12件。\n"


def test_work_received_the_year_before_voids_the_bound(tmp_path) -> None:
    bounds = operands_of(tmp_path, _CLOSED_MORE.format(kind="2023年受理、2024年审结"), "bound")
    assert not [b for b in bounds if b[:2] == (398, 390)]
    bounds = operands_of(tmp_path, _CLOSED_MORE.format(kind="上年受理、本年审结"), "bound")
    assert not [b for b in bounds if b[:2] == (398, 390)]


def test_a_kind_of_the_closed_keeps_the_bound(tmp_path) -> None:
    assert (398, 390, "fail") in operands_of(tmp_path, _CLOSED_MORE.format(kind="行政处罚案件"), "bound")


# --- 6. "化解率分别为a%和b%" after each base with its count ("排查A…,化解…;排查B…,化解…"): rate i over pair i, in
# place; where the figures before are no two lists nor pairs, none of the run is read as the nearest figures' ---

_PAIRED = "全年排查婚姻家庭纠纷138件，化解138件；排查邻里纠纷164件，化解157件，化解率分别为100%和{b}%。\n"


def test_respective_rates_over_pairs_in_place(tmp_path) -> None:
    ratios = operands_of(tmp_path, _PAIRED.format(b="95.7"), "ratio")
    assert (138, 138, 100, "pass") in ratios and (157, 164, 95.7, "pass") in ratios
    assert not [r for r in ratios if r[3] == "fail"]
    assert (157, 164, 96.7, "fail") in operands_of(tmp_path, _PAIRED.format(b="96.7"), "ratio")


def test_respective_rates_over_no_lists_abstain(tmp_path) -> None:
    text = "全年共排查矛盾纠纷171件，其中重大矛盾纠纷138件，化解138件，合计化解164件，化解率分别为100%和95.9%。\n"
    assert not [r for r in operands_of(tmp_path, text, "ratio") if r[3] == "fail"]


# --- 7. a daily average (日均) is its period's figure over the period's days: 366 in a leap year, 365 else, a
# quarter's or a month's own days. Reports also divide by the days worked (working days, a month of 30 days):
# an average the calendar does not give is unverifiable while some count of days down to the period's fewest
# working days gives it, and fails past that; a period not certain (February with no year) abstains ---

_DAILY = "{year}，市民热线{period}共受理群众诉求{total}件，{how}日均受理{avg}件。\n"


def test_a_daily_average_over_the_days_of_its_year(tmp_path) -> None:
    leap = _DAILY.format(year="2024年", period="全年", total="732,000", how="", avg="2,000")
    assert (732000, 366, 2000, "pass") in operands_of(tmp_path, leap, "ratio")
    # over 366 days in a common year, or over working days: not the calendar's, not decided
    common = _DAILY.format(year="2023年", period="全年", total="732,000", how="", avg="2,000")
    assert (732000, 365, 2000, "unverifiable") in operands_of(tmp_path, common, "ratio")
    worked = _DAILY.format(year="2023年", period="全年", total="732,000", how="", avg="2,928")
    assert (732000, 365, 2928, "unverifiable") in operands_of(tmp_path, worked, "ratio")
    # an average no count of the year's days gives (a misprint): fails
    wrong = _DAILY.format(year="2024年", period="全年", total="732,000", how="", avg="5,000")
    assert (732000, 366, 5000, "fail") in operands_of(tmp_path, wrong, "ratio")


def test_a_daily_average_over_a_quarters_or_months_days(tmp_path) -> None:
    quarter = _DAILY.format(year="2023年", period="一季度", total="180,000", how="", avg="2,000")
    assert (180000, 90, 2000, "pass") in operands_of(tmp_path, quarter, "ratio")
    month = _DAILY.format(year="", period="8月份", total="62,000", how="", avg="4,100")
    assert (62000, 31, 4100, "fail") in operands_of(tmp_path, month, "ratio")


def test_a_daily_average_of_an_unclear_period_abstains(tmp_path) -> None:
    for period, how in (("一季度", ""), ("全年", "按工作日计")):
        text = _DAILY.format(year="", period=period, total="180,000", how=how, avg="2,000")
        assert not [r for r in operands_of(tmp_path, text, "ratio") if r[0] == 180000]
