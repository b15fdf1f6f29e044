"""One named member of a listed scope against the whole list (toolkit/relations/members.py).
Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def bounds(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["smaller"], c.operands["larger"], c.status) for c in audit_text(tmp_path, text)
            if c.rule == "bound.member"]


def test_a_listed_channel_does_not_exceed_the_whole_list(tmp_path) -> None:
    text = "全年通过区政府网站、政务微博和政务微信等平台发布信息1200余条。区政府网站发布信息460条,政务微信推送文章300篇。"
    assert bounds(tmp_path, text) == [(460, 1200, "pass")]
    text = "全年依托区政府网站、政务微博等渠道公开信息420条,回应关切35次。区政府网站公开信息460条。"
    assert bounds(tmp_path, text) == [(460, 420, "fail")]


@pytest.mark.parametrize("text", [
    # a name that is not in the list
    "全年通过区政府网站、政务微博等平台发布信息420条。政务抖音号发布信息460条。",
    # the member's figure names another action
    "全年通过区政府网站、政务微博等平台发布信息420条。区政府网站答复留言460条。",
    # the member's clause has a figure before its own
    "全年通过区政府网站、政务微博等平台发布信息420条。今年新增12个栏目,区政府网站发布信息460条。",
    # another paragraph
    "全年通过区政府网站、政务微博等平台发布信息420条。\n区政府网站发布信息460条。",
    # a change, not a level
    "全年通过区政府网站、政务微博等平台发布信息420条。区政府网站发布信息比上年增加460条。",
])
def test_no_member_bound_unless_the_member_repeats_the_action(tmp_path, text) -> None:
    assert bounds(tmp_path, text) == []
