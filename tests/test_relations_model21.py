"""Relations stated by meaning that earlier rules missed (session 21, model21): the year's work due
split into what was closed and what is still open or carried forward. Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def sums(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["total"], tuple(c.operands["parts"]), c.status) for c in audit_text(tmp_path, text)
                  if c.kind == "sum")


@pytest.mark.parametrize(("text", "expected"), [
    # a bare total word right after the carried-in figure: new + carried in, the work of the year
    ("本年度新收申请41件，上年结转4件，合计45件。办结39件，结转下年度6件。",
     (45, (39, 6), "pass")),
    ("新收政府信息公开申请52件，上年结转2件，共54件；办结50件，结转下年度4件。",
     (54, (50, 4), "pass")),
    ("新收政府信息公开申请52件，上年结转2件，共54件；办结50件，结转下年度5件。",
     (54, (50, 5), "fail")),
    # the work due (应审结) is no closing of its own: what was closed and carried on add up to it
    ("加上上年结转12件，全年应审结案件230件，实际审结214件，结转下年16件。",
     (230, (214, 16), "pass")),
])
def test_work_due_is_closed_or_carried_forward(tmp_path, text, expected) -> None:
    assert expected in sums(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    # 尚有…在审理期限内: still open; the whole due holds the carried-in work by its words
    ("连同上年结转的9件，全年应审案件152件，审结140件，尚有12件在审理期限内。",
     (152, (140, 12), "pass")),
    ("连同上年结转的9件，全年应审案件152件，审结140件，尚有13件在审理期限内。",
     (152, (140, 13), "fail")),
    # 尚未审结 after 审结 opening the sentence after the work due (应审案件)
    ("受理的410件加上结转案件25件，全年应审案件435件。截至12月31日，审结418件，尚未审结17件。",
     (435, (418, 17), "pass")),
])
def test_work_due_is_closed_or_still_open(tmp_path, text, expected) -> None:
    assert expected in sums(tmp_path, text)


def test_only_a_whole_of_the_work_due_splits(tmp_path) -> None:
    # the total of what came in only, older work carried in beside it: closed + open may hold that
    # work; a closing with no word of the year's total: nothing to add up to
    assert (45, (39, 6), "pass") in sums(tmp_path, "本年度新收申请41件，上年结转4件，合计45件。办结39件，结转下年度6件。")
    assert not [x for x in sums(tmp_path, "本年度新收申请41件，上年结转4件。共受理41件，办结39件，结转下年度6件。")
                if x[0] == 41 and len(x[1]) == 2]
    assert not [x for x in sums(tmp_path, "全年审结140件，尚有12件在审理期限内。") if x[0] == 140]


def ratios(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
                  for c in audit_text(tmp_path, text) if c.kind == "ratio")


@pytest.mark.parametrize(("text", "expected"), [
    # the one count of the sentence names the act a qualified rate qualifies (办结 of 按期办结率): its base
    ("全年办结信访事项432件，按期办结率100%。", (432, 432, 100, "pass")),
    # an 'all' word right after the one count, an aside or a subject between
    ("目录所列42项信息，我局已全部公开，目录公开率100%。", (42, 42, 100, "pass")),
    ("全乡十二个村（社区）全部配备了法律顾问，法律顾问覆盖率100%。", (12, 12, 100, "pass")),
    ("受理群众来信来访208件，全部在法定期限内办结，按期办结率100%。", (208, 208, 100, "pass")),
])
def test_a_full_rate_over_the_one_count_of_its_sentence(tmp_path, text, expected) -> None:
    assert expected in ratios(tmp_path, text)


def test_a_full_rate_of_itself_only_over_the_one_count(tmp_path) -> None:
    # a count of what the rate itself counts says nothing of its base (lead: N / N would pass whatever it is)
    for text in ("全年受理投诉150件，受理率100%。", "全年各级信访工作机构按期受理1,865件，及时受理率100%。",
                 "全年火化遗体2.43万具，火化率100%。"):
        assert not [r for r in ratios(tmp_path, text) if r[0] == r[1]], text
    # two counts before the rate: the base may be the other one; a count naming neither the rate's
    # act nor all of it: of what is the rate?
    assert not [r for r in ratios(tmp_path, "受理投诉120件，办结118件，办结率100%。") if r[0] == r[1]]
    assert not [r for r in ratios(tmp_path, "全年抽检食品320批次，合格率100%。") if r[0] == r[1]]


def equals(tmp_path, text: str) -> list[tuple]:
    return sorted((tuple(c.operands["values"]), c.status) for c in audit_text(tmp_path, text) if c.kind == "equal")


@pytest.mark.parametrize(("text", "expected_ratio", "expected_equal"), [
    # a two-character rate name abbreviating the figure's two words (参加…考试, 报送…备案)
    ("机关在编干部86人，参加年度学法考试86人，参考率100%。", (86, 86, 100, "pass"), ((86, 86), "pass")),
    ("全年制发行政规范性文件23件，报送市人大常委会备案23件，报备率100%。", (23, 23, 100, "pass"), ((23, 23), "pass")),
])
def test_an_abbreviated_rate_name_names_its_figure(tmp_path, text, expected_ratio, expected_equal) -> None:
    assert expected_ratio in ratios(tmp_path, text)
    assert expected_equal in equals(tmp_path, text)


def test_an_abbreviated_full_rate_short_of_its_base_fails(tmp_path) -> None:
    text = "机关在编干部86人，参加年度学法考试82人，参考率100%。"
    assert (82, 86, 100, "fail") in ratios(tmp_path, text)


def bounds(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["smaller"], c.operands["larger"], c.status) for c in audit_text(tmp_path, text)
                  if c.kind == "bound")


def test_all_closed_in_time_then_more_closed_in_time_than_came_in(tmp_path) -> None:
    # an 'all' clause naming how every one was closed (在法定期限内): the timely closings are all of
    # them, whatever rate is printed between -- the equality fails, and the bound with it
    text = "受理群众来信来访215件，全部在法定期限内办结，按期办结率100%，按期办结来信来访251件。"
    assert ((215, 251), "fail") in equals(tmp_path, text)
    assert (251, 215, "fail") in bounds(tmp_path, text)


def test_all_closed_in_time_but_a_timely_part_after_all_closed(tmp_path) -> None:
    # "均在法定期限内办结": every one closed in time, the timely closings are all of them;
    # "已全部办结,其中按期办结": closed, some in time -- a part, bounded only
    assert ((96, 94), "fail") in equals(tmp_path, "全年受理行政许可申请96件，均按期办结，按期办结率100%，按期办结94件。")
    text = "全年受理行政许可申请96件，已全部办结，其中按期办结90件。"
    assert not [e for e in equals(tmp_path, text) if 90 in e[0]]
    assert (90, 96, "pass") in bounds(tmp_path, text)


def test_the_open_rest_of_what_was_accepted_not_of_what_was_refused(tmp_path) -> None:
    # the sentence before ends with what was refused: the closings and the open rest are of the accepted
    text = "收到行政复议申请57件，比上年增加5件。依法受理52件，不予受理5件。已审结47件，尚有5件在审理中。"
    assert (52, (47, 5), "pass") in sums(tmp_path, text)
