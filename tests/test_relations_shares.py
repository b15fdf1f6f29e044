"""Shares of the right base: the total a list partitions, or the base the words name.

Every sentence here is written for the project.
"""

from __future__ import annotations

import toolkit


def ratios(tmp_path, text: str) -> list[tuple[float, float, float, str]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return sorted((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
                  for c in toolkit.audit(p).checks if c.kind == "ratio")


OUTCOMES = ("全年收到政府信息公开申请860件,按期答复812件(另有48件结转下年度)。其中,予以公开301件,占{a}%;"
            "部分公开44件,占5.4%;不予公开67件,占8.3%;无法提供400件,占49.3%。")


def test_shares_of_a_list_are_of_the_total_it_adds_up_to(tmp_path) -> None:
    # 301 + 44 + 67 + 400 = 812: the shares are of the 812 answered, not of the 860 received.
    assert ratios(tmp_path, OUTCOMES.format(a="37.1")) == [
        (44, 812, 5.4, "pass"), (67, 812, 8.3, "pass"), (301, 812, 37.1, "pass"), (400, 812, 49.3, "pass")]
    # 301 / 812 = 37.07%: a printed 37.6% fails, and only that share.
    assert [r for r in ratios(tmp_path, OUTCOMES.format(a="37.6")) if r[3] != "pass"] == [(301, 812, 37.6, "fail")]


def test_a_named_base_the_report_does_not_state_gives_no_check(tmp_path) -> None:
    assert ratios(tmp_path, "甲市收到行政复议申请1310件,占全省新收行政复议申请总数的38.52%。") == []
    # The figure printed before is not the named base (全省…总数): no check rather than a wrong one.
    text = "全市受理投诉举报1200件,其中甲区受理300件,占全省投诉举报总数的5%。"
    assert [r for r in ratios(tmp_path, text) if r[1] == 1200] == []


def test_a_named_base_the_report_states(tmp_path) -> None:
    text = "全省新收行政复议申请3401件。甲市收到行政复议申请1310件,占全省新收行政复议申请总数的38.52%。"
    assert ratios(tmp_path, text) == [(1310, 3401, 38.52, "pass")]
    text = "全省新收行政复议申请3401件。甲市收到行政复议申请1310件,占全省新收行政复议申请总数的36.52%。"
    assert ratios(tmp_path, text) == [(1310, 3401, 36.52, "fail")]
