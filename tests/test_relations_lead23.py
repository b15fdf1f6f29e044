"""Session 23 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of every check."""
    return [(c.status, c.kind, c.operands) for c in audit_text(tmp_path, text, ".txt")]


# A ranking's first items closed by a count of them ("前五类合计"): the count opens the sentence after
# the list and names how many items it adds; each item's share printed after it is no item. The shares
# are of the whole the ranking is drawn from (the selection's own share of it follows its total), never
# of the selection's total.
_RANKED = ("全年受理群众诉求48,627件。从诉求内容看,排名前五位的是:城乡建设类7,841件,占16.1%;劳动和社会保障类"
           "6,203件,占12.8%;市场监管类5,964件,占12.3%;交通运输类4,127件,占8.5%;生态环境类3,588件,占7.4%。"
           "前五类合计{total}件,占受理总量的57.0%。")


def test_the_first_items_of_a_ranking_sum_to_their_counted_total(tmp_path):
    checks = _checks(tmp_path, _RANKED.format(total="27,723"))
    assert ("pass", "sum", {"total": 27723, "parts": [7841, 6203, 5964, 4127, 3588]}) in checks
    shares = [(s, op["denominator"]) for s, k, op in checks if k == "ratio" and op["percent"] in (16.1, 12.8, 7.4)]
    assert shares == [("pass", 48627)] * 3, shares
    assert all(s != "fail" for s, _, _ in checks), checks


def test_a_ranking_total_that_does_not_add_up_fails(tmp_path):
    checks = _checks(tmp_path, _RANKED.format(total="27,923"))
    assert ("fail", "sum", {"total": 27923, "parts": [7841, 6203, 5964, 4127, 3588]}) in checks
    # (and the selection's own share of the whole, 27,923 / 48,627 = 57.42%: the same misprint)
    assert all(27923 in op.values() for s, k, op in checks if s == "fail"), checks


def test_a_count_of_periods_is_no_count_of_items(tmp_path):
    # "前三季度合计" is one more period, not the first three items of a list
    text = "一季度发生事故12起,二季度15起,三季度9起,四季度11起。前三季度合计36起。"
    assert all(not (k == "sum" and len(op["parts"]) == 4) for _, k, op in _checks(tmp_path, text))


# The shares of a whole's parts make 100% of it. A closed list whose items each print a share adding up to
# well under 100% is a selection of a wider whole: its own total is not their base, though no wider base
# is printed (the shares are then left unchecked, never failed against the selection's total).
def test_shares_adding_to_far_less_than_100_are_not_of_the_lists_total(tmp_path):
    text = ("从诉求内容看,城乡建设类7,841件,占16.1%;劳动和社会保障类6,203件,占12.8%;市场监管类5,964件,占12.3%,"
            "以上三类合计20,008件。")
    checks = _checks(tmp_path, text)
    assert ("pass", "sum", {"total": 20008, "parts": [7841, 6203, 5964]}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks


def test_shares_of_the_lists_own_total_are_still_checked(tmp_path):
    text = ("从诉求内容看,城乡建设类7,841件,占39.2%;劳动和社会保障类6,203件,占31.0%;市场监管类5,964件,占{share}%,"
            "以上三类合计20,008件。")
    assert ("pass", "ratio", {"numerator": 5964, "denominator": 20008, "percent": 29.8}) in _checks(
        tmp_path, text.format(share="29.8"))
    assert ("fail", "ratio", {"numerator": 5964, "denominator": 20008, "percent": 92.8}) in _checks(
        tmp_path, text.format(share="92.8"))


# 出庭应诉率 is of the hearings held (or the suits answered), 败诉率 of the suits decided: a base the text
# names otherwise (新收诉讼案件: many not yet heard or decided) is believed only when the rate holds over it,
# or would but for one slip of the rate or the count (catalog/rates.yaml ``strict_base``).
_HEARD = ("全年新收行政诉讼案件356件,审结331件。{opener}行政机关负责人出庭应诉{appeared}件,出庭应诉率92.3%。"
          "其中,县政府本级案件出庭应诉46件,出庭率100%。")


def test_an_appearance_rate_is_not_over_the_suits_received(tmp_path):
    for opener in ("", "全年开庭审理的行政诉讼案件中,"):
        checks = _checks(tmp_path, _HEARD.format(opener=opener, appeared="287"))
        assert all(s != "fail" for s, _, _ in checks), checks
        # nor is the head's own appearances the base of a scope's rate ("县政府本级…出庭率100%")
        assert not [op for s, k, op in checks if k == "ratio" and op.get("denominator") in (287, 356)], checks


def test_an_appearance_rate_over_the_suits_answered_is_checked(tmp_path):
    text = "全年共发生行政应诉案件52件,行政机关负责人出庭应诉{n}件,出庭率100%。"
    assert ("pass", "ratio", {"numerator": 52, "denominator": 52, "percent": 100}) in _checks(tmp_path, text.format(n=52))
    # (session 25, fa61: 42 appearances at 100% may be of 42 hearings held -- the rate's base is what was heard,
    # not what was received -- so a count one slip from the suits received is no misprint to flag)
    text = "全年新收行政诉讼案件52件,行政机关负责人出庭应诉{n}件,出庭率100%。"
    assert all(s != "fail" for s, _, _ in _checks(tmp_path, text.format(n=42)))


def test_a_loss_rate_is_of_the_suits_decided(tmp_path):
    text = "全年新收行政诉讼案件131件,审结126件,其中行政机关败诉9件,败诉率{rate}%。"
    checks = _checks(tmp_path, text.format(rate="7.1"))
    assert ("pass", "ratio", {"numerator": 9, "denominator": 126, "percent": 7.1}) in checks
    assert all(s != "fail" for s, _, _ in checks), checks
    failed = [op for s, k, op in _checks(tmp_path, text.format(rate="1.7")) if s == "fail"]
    assert [(op["numerator"], op["denominator"]) for op in failed] == [(9, 126)], failed


# Members of a counted set, each with a property ("全县N个乡镇中,已有M个乡镇…"): each count is at most the
# set's; members by several properties are no partition of it (the properties may overlap), so a list of
# them that does not add up is bounded, never summed into a failure.
def test_members_of_a_counted_set_are_bounded_by_it(tmp_path):
    text = ("全县14个乡镇中,已有{built}个乡镇建成专职消防队,共建成消防站23个。全局196名执法人员中具有法律专业背景的仅23名。"
            "156项中有37项全年未发生办件。")
    checks = _checks(tmp_path, text.format(built=11))
    bounds = {(op["smaller"], op["larger"]) for s, k, op in checks if k == "bound" and s == "pass"}
    assert {(11, 14), (23, 196), (37, 156)} <= bounds, checks
    assert (23, 14) not in bounds and all(s != "fail" for s, _, _ in checks), checks  # (stations: no member)
    failed = [op for s, k, op in _checks(tmp_path, text.format(built=21)) if s == "fail"]
    assert failed == [{"smaller": 21, "larger": 14}], failed


def test_members_by_properties_are_no_partition(tmp_path):
    text = ("全市9个县(市、区)中,有7个县(市、区)负责人出庭应诉率达到100%,有3个县(市、区)实现行政复议案件零纠错。"
            "全县168个住宅小区中,已成立业主大会的小区71个,实行物业服务的小区143个。")
    checks = _checks(tmp_path, text)
    assert all(s != "fail" for s, _, _ in checks), checks
    bounds = {(op["smaller"], op["larger"]) for s, k, op in checks if k == "bound"}
    assert {(7, 9), (3, 9), (71, 168), (143, 168)} <= bounds, checks
    # a property list that adds up is still summed; one that overflows the set past every overlap fails
    text = "全县168个住宅小区中,已成立业主大会的小区71个,未成立业主大会的小区97个。"
    assert ("pass", "sum", {"total": 168, "parts": [71, 97]}) in _checks(tmp_path, text)
    text = "全县168个住宅小区中,已成立业主大会的小区171个,实行物业服务的小区143个。"
    assert [op for s, k, op in _checks(tmp_path, text) if s == "fail"] == [{"smaller": 171, "larger": 168}]


def test_things_of_the_members_are_no_members(tmp_path):
    # "有11个乡镇的120个行政村": the 120 are villages of those towns, another measure -- no member of the 14
    text = "全县14个乡镇中,有11个乡镇的120个行政村完成规范化建设。全年受理案件120件,其中3个街道的案件45件,其余75件。"
    checks = _checks(tmp_path, text)
    assert all(s != "fail" for s, _, _ in checks), checks
    assert ("pass", "bound", {"smaller": 11, "larger": 14}) in checks
    assert ("pass", "sum", {"total": 120, "parts": [45, 75]}) in checks


def test_properties_with_negative_looking_words_are_still_properties(tmp_path):
    # 不动产, 无障碍 are words, no negation: properties of members, which overlap -- never summed into a failure
    text = "全县在建项目218个,其中办理不动产权登记的项目212个、实行实名制管理的项目218个、建有无障碍设施的项目150个。"
    checks = _checks(tmp_path, text)
    assert all(s != "fail" for s, _, _ in checks), checks
    # a property and its negation part the set
    text = "全县在建项目218个,其中落实专用账户的项目212个,未落实专用账户的项目{n}个。"
    assert ("pass", "sum", {"total": 218, "parts": [212, 6]}) in _checks(tmp_path, text.format(n=6))
    assert ("fail", "sum", {"total": 218, "parts": [212, 9]}) in _checks(tmp_path, text.format(n=9))
