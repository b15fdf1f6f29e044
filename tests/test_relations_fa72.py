"""Session 28, fa72: false alarms of written 12345 reports and 统计公报, on project sentences.

* A closing sum of a selection of the items above it -- "上述8类诉求合计", "前10类合计" (a count in
  digits), "咨询类和求助类合计" (two items named again) -- that has a share of its own ("占52.0%", bare
  too) is no whole of the items' shares: they are of the wider base (share_parts._partition_total).
* A base the share's words name, found after its parts in a running total's frame ("截至本期,累计受理
  诉求…", "年初以来…") is of a longer period: no base of the period's parts (bases.far_named_base).
* An A:B:C structure whose last share is printed as the rest (100 less the others) may be a unit off
  its plain rounding (ratio_expressions._largest_remainder).
"""

from __future__ import annotations

from helpers import audit_text


def shares(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["numerator"], c.operands["denominator"], c.status) for c in audit_text(tmp_path, text)
            if c.kind == "ratio"]


def failing(tmp_path, text: str) -> list[tuple]:
    return [(c.rule, c.operands) for c in audit_text(tmp_path, text) if c.status == "fail"]


# -- a closing sum of a selection: the items' shares are of the wider base --------------------------------

_TOP = ("本月受理群众诉求20000件。诉求热点方面,排名前5位的诉求依次为:城乡建设类2400件,占{a}%;交通运输类1800件;"
        "市场监管类1500件,占7.5%;劳动保障类1300件;教育类1000件。{closing}")


def test_a_ranked_selection_counted_in_digits_is_no_whole_of_its_shares(tmp_path) -> None:
    text = _TOP.format(a="12.0", closing="上述5类诉求合计8000件,占受理总量的40.0%。")
    assert failing(tmp_path, text) == []
    assert (2400, 20000, "pass") in shares(tmp_path, text)
    text = _TOP.format(a="12.0", closing="前5类合计8000件,占40.0%。")
    assert failing(tmp_path, text) == []
    # a misprinted item share still fails over the wider base
    text = _TOP.format(a="13.0", closing="上述5类诉求合计8000件,占受理总量的40.0%。")
    assert (2400, 20000, "fail") in shares(tmp_path, text)


def test_two_items_named_again_and_added_are_a_selection(tmp_path) -> None:
    text = ("全年受理诉求50000件,日均137件。\n\n按诉求类型分:咨询类20000件(占40.0%),求助类12000件,投诉类10000件,"
            "建议类5000件(占10.0%),举报类3000件。咨询类和求助类合计32000件,占64.0%。")
    assert failing(tmp_path, text) == []
    assert (20000, 50000, "pass") in shares(tmp_path, text)
    text = text.replace("占40.0%", "占41.0%")
    assert (20000, 50000, "fail") in shares(tmp_path, text)


def test_a_sum_of_all_the_items_is_still_their_whole(tmp_path) -> None:
    # no share of its own after the closing sum: the items' shares are of it, as before
    text = "按类型分,咨询类600件(占60.0%),求助类300件(占30.0%),投诉类100件(占10.0%),以上三类合计1000件。"
    assert (600, 1000, "pass") in shares(tmp_path, text)
    text = text.replace("占60.0%", "占66.0%")
    assert (600, 1000, "fail") in shares(tmp_path, text)


# -- a running total after the parts is of a longer period ------------------------------------------------

_MONTH = ("3月,全县12345热线共接收市民诉求30000件。诉求热点方面,前3类诉求为:供水类6000件,占20.0%;物业类4500件;"
          "教育类3000件。上述3类诉求合计13500件,占受理总量的{s}%。\n\n{later}累计受理诉求300000件,累计办结率97.9%。")


def test_a_running_total_after_the_parts_is_no_base_of_the_month(tmp_path) -> None:
    for later in ("截至本期,", "年初以来,", "1-3月,"):
        text = _MONTH.format(s="45.0", later=later)
        assert failing(tmp_path, text) == [], later
        assert not [r for r in shares(tmp_path, text) if r[1] == 300000]
    # a wrong share is no pass either: over the month's 30000 the misprint fails or no base is read
    text = _MONTH.format(s="54.0", later="截至本期,")
    assert not [r for r in shares(tmp_path, text) if r[0] == 13500 and r[2] == "pass"]


def test_a_total_after_the_parts_in_their_own_frame_is_still_read(tmp_path) -> None:
    # a total the section states after its parts, in no running frame, is still the base it was
    text = ("一、办理情况\n其中转办事项占受理总数的40.0%,计400件。\n全年共受理事项1000件。")
    assert failing(tmp_path, text) == []


# -- a structure whose last share is the rest --------------------------------------------------------------

_GDP = ("全年实现地区生产总值1298.39亿元。第一产业增加值95.49亿元,第二产业增加值617.41亿元,"
        "第三产业增加值585.49亿元。三次产业结构为{s}。")


def test_the_last_share_of_a_structure_may_be_the_rest(tmp_path) -> None:
    # 7.35, 47.55, 45.09: plain rounding gives 7.4:47.6:45.1 (100.1); the rest printed is 45.0
    assert failing(tmp_path, _GDP.format(s="7.4:47.6:45.0")) == []
    # a share two units off, or a first share moved, still fails
    assert failing(tmp_path, _GDP.format(s="7.4:47.6:44.9"))
    assert failing(tmp_path, _GDP.format(s="7.3:47.6:45.1"))
