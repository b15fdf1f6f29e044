"""Session 23, helper fa55: the false alarms of unseen28 -- counts of places told by properties that
may hold at once, the statuses after a 其中 list of kinds, a figure naming again the set its list
breaks down. Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import operands_of


def sums(tmp_path, text: str) -> list[tuple]:
    """(total, parts, status) of every sum of ``text``."""
    return operands_of(tmp_path, text, "sum")


# 1. Counts of places each told by what those places did or have (a predicate after the count, a 的
# clause before it) may count the same places twice: bounds of the whole, no parts -- unless one is
# told by a negation or as the rest, when they exclude each other.
@pytest.mark.parametrize("text", [
    "全省11个市（州）中，有8个市（州）完成了年度目标，有4个市（州）投诉量高于全省平均水平。",
    "全区7个街道中，有7个街道建成了便民服务站，有5个街道的服务站实现远程视频接入。",
    "全县230个住宅小区中，已成立业主委员会的小区96个，实行专业化物业服务的小区181个。",
])
def test_counts_of_places_by_properties_are_no_parts(tmp_path, text) -> None:
    assert sums(tmp_path, text) == []


@pytest.mark.parametrize(("text", "status"), [
    ("全镇15个村中，11个村已建成人民调解室，4个村尚未建成。", "pass"),
    ("全镇15个村中，11个村已建成人民调解室，5个村尚未建成。", "fail"),
])
def test_counts_of_places_told_by_a_negation_are_parts(tmp_path, text, status) -> None:
    assert [s for _, _, s in sums(tmp_path, text)] == [status]


# 2. The statuses after a 其中 list of kinds of problems found: past the list's ";" they are of all
# problems found (the head of the 其中), not of its last kind; after a "," they may be of that kind
# or of all: no sum then.
@pytest.mark.parametrize(("text", "status"), [
    ("全年共排查消防隐患640处，其中重大隐患12处、一般隐患628处；已整改611处，未整改的29处均已落实管控措施。", "pass"),
    ("全年共排查消防隐患640处，其中重大隐患12处、一般隐患628处；已整改605处，未整改的29处均已落实管控措施。", "fail"),
])
def test_statuses_after_a_list_of_kinds_are_of_the_whole(tmp_path, text, status) -> None:
    got = [(t, s) for t, parts, s in sums(tmp_path, text) if len(parts) == 2 and parts[1] == 29]
    assert got == [(640, status)]


def test_statuses_right_after_a_kind_are_open(tmp_path) -> None:
    text = "全年共排查消防隐患640处，其中重大隐患12处，已整改10处，未整改2处。"
    assert [r for r in sums(tmp_path, text) if r[1] == (10, 2)] == []


# 3. "…;52起案件中,A类…其他…": the figure naming the set again is the list's whole, none of its parts.
@pytest.mark.parametrize(("last", "status"), [(7, "pass"), (9, "fail")])
def test_a_figure_naming_its_set_again_is_no_part(tmp_path, last, status) -> None:
    text = (f"全年办理一般程序案件52起，其中简易程序案件未计入；52起案件中，环境卫生类21起、"
            f"违法建设类15起、占道经营类9起、其他{last}起。")
    got = sums(tmp_path, text)
    assert all(52 not in parts for _, parts, _ in got)
    assert {s for t, _, s in got if t == 52} == {status}
