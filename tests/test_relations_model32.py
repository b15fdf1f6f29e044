"""Session 27 (model32): breakdowns without 其中 (pattern F) and funnels (pattern E) the engine missed.
Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


def bounds(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["smaller"], c.operands["larger"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "bound"}


# -- an application's intake: accepted (受理), refused (不予受理) and sent on (告知)


def test_applications_received_are_accepted_refused_or_sent_on(tmp_path) -> None:
    text = "全年收到行政复议申请{n}件，依法受理150件，受理率89.3%；不予受理12件，告知申请人向有关机关提出6件。"
    assert sums(tmp_path, text.format(n=168))[(168, 150, 12, 6)] == "pass"
    assert sums(tmp_path, text.format(n=186))[(186, 150, 12, 6)] == "fail"
    # the 6 still under review are a third part named by no outcome: the two are not all of it
    text = "全年收到行政复议申请175件，依法受理150件，受理率85.7%；不予受理12件，尚在审查6件。"
    assert (175, 150, 12) not in sums(tmp_path, text)


def test_a_change_between_the_accepted_and_the_refused_is_passed_over(tmp_path) -> None:
    text = "共收到行政复议申请{n}件，依法受理72件，较上年增加9件；不予受理5件，告知向其他复议机关申请3件。"
    assert sums(tmp_path, text.format(n=80))[(80, 72, 5, 3)] == "pass"
    assert sums(tmp_path, text.format(n=83))[(83, 72, 5, 3)] == "fail"
    # accepted and refused alone may leave out those sent on: not all of the applications
    assert (77, 72, 5) not in sums(tmp_path, "共收到行政复议申请77件，依法受理72件，较上年增加9件；不予受理5件。")


def test_the_applications_received_in_the_sentence_before(tmp_path) -> None:
    text = "全年收到行政许可申请{n}件，较上年有所增加。依法受理93件，不予受理6件，告知补正后重新提出2件。"
    assert sums(tmp_path, text.format(n=101))[(101, 93, 6, 2)] == "pass"
    assert sums(tmp_path, text.format(n=110))[(110, 93, 6, 2)] == "fail"
    # letters and calls are also handed on to other bodies, which the text need not say
    assert (1000, 120, 5) not in sums(tmp_path, "全年接到群众投诉举报1,000件。依法受理120件，不予受理5件。")
    # a figure naming its own object does not go on from the sentence before
    assert (5000, 120, 5) not in sums(tmp_path, "全年收到行政许可申请5,000件。受理投诉120件，不予受理投诉5件。")


# -- disputes: counted by their name, settled by a mediating body named with the act


def test_disputes_counted_by_their_name_bound_those_settled(tmp_path) -> None:
    text = "全年共有矛盾纠纷312起，化解成功{n}起。"
    assert bounds(tmp_path, text.format(n=298))[(298, 312)] == "pass"
    assert bounds(tmp_path, text.format(n=321))[(321, 312)] == "fail"
    # the kinds of a list are no intake of their own: the settled may be of all of them
    assert not bounds(tmp_path, "婚姻家庭纠纷120件、邻里纠纷86件，调解成功190件。")


def test_the_mediating_committee_named_with_the_act_is_no_other_body(tmp_path) -> None:
    text = "全年受理物业纠纷57件，经街道人民调解委员会调解成功{n}件。"
    assert bounds(tmp_path, text.format(n=51))[(51, 57)] == "pass"
    assert bounds(tmp_path, text.format(n=75))[(75, 57)] == "fail"
    text = "物业纠纷投诉64件，经区物调委调解{n}件。"
    assert bounds(tmp_path, text.format(n=60))[(60, 64)] == "pass"
    assert bounds(tmp_path, text.format(n=66))[(66, 64)] == "fail"


# -- a funnel stated by its rate, in one sentence (rate_funnels.py)


def test_a_rate_of_a_later_stage_bounds_its_count_by_its_base(tmp_path) -> None:
    text = "全区参加国民体质监测1,200人，达到合格以上标准{n}人，合格率95.8%。"
    assert bounds(tmp_path, text.format(n="1,150"))[(1150, 1200)] == "pass"
    assert bounds(tmp_path, text.format(n="1,510"))[(1510, 1200)] == "fail"
    text = "制定年度双随机抽查计划260项，完成{n}项，完成率98.5%。"
    assert bounds(tmp_path, text.format(n=256))[(256, 260)] == "pass"
    assert bounds(tmp_path, text.format(n=265))[(265, 260)] == "fail"
    # a rate above 100% says the count exceeds its base: no bound
    assert (265, 260) not in bounds(tmp_path, "制定年度双随机抽查计划260项，完成265项，完成率101.9%。")
    # a base sentences before the rate is chosen no smaller than the count: no bound read from the rate
    text = "全年受理群众来信1,260件，主要反映物业管理问题。\n\n上述来信已办结1,230件，办结率97.6%。"
    assert (1230, 1260) not in bounds(tmp_path, text)


# -- a total named by names a 分别 list gave its figures (named_by_parts.py)


def test_a_total_named_by_the_names_of_a_respective_list(tmp_path) -> None:
    text = "审结的58件中，维持、驳回、撤销、变更、终止分别为36件、7件、5件、3件、7件。撤销和变更共{n}件。"
    assert sums(tmp_path, text.format(n=8))[(8, 5, 3)] == "pass"
    assert sums(tmp_path, text.format(n=9))[(9, 5, 3)] == "fail"
    # four figures for five names: which name each figure takes is not said
    text = "审结的51件中，维持、驳回、撤销、变更、终止分别为36件、7件、5件、3件。撤销和变更共9件。"
    assert not any(total == 9 for total, *_ in sums(tmp_path, text))
