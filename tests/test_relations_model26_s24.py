"""Session 24 (model26; the session-16 helper of that name wrote test_relations_model26.py): per-unit
averages, the rest of a whole and members of a counted set (patterns G, H and D), on sentences
written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# An average in a closing chapter weighs the staff against the year's work stated chapters before:
# the total is the one figure the average's words name; found only so far off it may be another
# set of that name, so the average cannot fail. A set named twice with two values is left.
@pytest.mark.parametrize("text,statuses", [
    ("一、工作情况\n全年受理行政复议申请402件，审结行政复议案件361件，其中维持182件。截至年底，尚未审结案件27件。\n"
     "二、存在的问题\n县行政复议办公室现有专职人员6名，人均审结案件60.2件。", ["pass"]),
    ("一、工作情况\n全年检查生产经营单位2,417家次，较上年增长8.7%。\n"
     "二、存在的不足\n一是监督执法人员仅8名，人均检查单位302家次。", ["pass"]),
    ("一、工作情况\n全年受理行政复议申请402件，审结行政复议案件361件，其中维持182件。\n"
     "二、存在的问题\n县行政复议办公室现有专职人员6名，人均审结案件64.2件。", ["unverifiable"]),
    # two sets of the name: which one the average is over the words do not say
    ("一、工作情况\n审结行政复议案件361件。审结行政诉讼案件88件。\n"
     "二、存在的问题\n现有专职人员6名，人均审结案件60.2件。", []),
    # a name too short to be found chapters away
    ("一、工作情况\n立案查处违法行为86起，结案81起。\n二、存在的问题\n执法队员14名，人均办案6.1起。", []),
])
def test_an_average_over_a_total_named_chapters_before(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "ratio.average") == statuses


# Visits of people (人次) over the people are times each (次): "巡河2.46万人次,…人均巡河48.0次".
@pytest.mark.parametrize("text,statuses", [
    ("全县共设立河湖长640名，全年累计巡河巡湖3.52万人次，河湖长人均巡河55.0次。", ["pass"]),
    ("全县共设立河湖长640名，全年累计巡河巡湖3.52万人次，河湖长人均巡河65.0次。", ["fail"]),
    ("全县共设立河湖长640名，全年累计巡河3.52万次，人均巡河55.0人次。", []),
    # the base stated in the average's bracket: no count before it is the base
    ("现有专职调解员30名、兼职调解员150名，志愿调解员40名。培训396人次，人均培训2.2次（以专职、兼职调解员180名计）。", []),
])
def test_an_average_of_visits_per_person(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "ratio.average") == statuses


# 平均每个 + a noun of one character ("平均每个村"): the count is of that noun, printed before.
@pytest.mark.parametrize("text,statuses", [
    ("全乡12个村(居)均配备了法律顾问。\n(五)开展普法宣传。全年开展法治宣传活动60场次,平均每个村(居)5场次。", ["pass"]),
    ("全乡12个村(居)均配备了法律顾问。\n(五)开展普法宣传。全年开展法治宣传活动60场次,平均每个村(居)6场次。", ["fail"]),
    ("全镇共开展巡查96次,平均每个村8次。", []),  # no count of the villages printed
])
def test_an_average_per_place_of_one_character(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "ratio.average") == statuses


# 其余 names what is left of a whole once what was done is taken out, whatever became of it after
# ("在办", "转入诉讼程序", "列入跟踪名单"); not words naming its kinds ("其余3件分别涉及…", "其余为…").
@pytest.mark.parametrize("text,statuses", [
    ("立案查处违法建设62起，结案57起，结案率91.9%，其余5起在办。", ["pass"]),
    ("立案查处违法建设62起，结案57起，结案率91.9%，其余6起在办。", ["fail"]),
    ("全年受理诉前委派调解案件840件，调解成功612件，其余228件已转入诉讼程序。", ["pass"]),
    # a count of groups before the whole is no level of it
    ("督查反馈的3个方面52个问题，已完成整改47个，整改率90.4%；其余5个问题正在整改。", ["pass"]),
    ("督查反馈的3个方面52个问题，已完成整改47个，整改率90.4%；其余4个问题正在整改。", ["fail"]),
    ("受理投诉96件，其中食品类40件，其余56件分别涉及家电、服装。", []),
])
def test_the_rest_of_a_whole_whatever_became_of_it(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.rest") == statuses


# Two figures or more between the whole and its rest, no 其中 listing them: outcomes side by side or
# stages one within the other -- only the reading the figures confirm is read, never a failure.
@pytest.mark.parametrize("text,statuses", [
    ("受理土地承包纠纷64件，调解成功51件，仲裁结案8件，其余5件当事人撤回申请。", ["pass"]),
    ("检查培训机构120家，发现问题机构36家，已完成整改31家，其余5家列入跟踪名单。", ["pass"]),
    # a figure of its kind after the rest: the list may go on, nothing is read
    ("检查培训机构120家，发现问题机构36家，已完成整改31家，其余5家列入跟踪名单；取缔无证机构12家。", []),
    ("检查培训机构120家，发现问题机构36家，已完成整改31家，其余6家列入跟踪名单。", []),
])
def test_the_rest_after_several_figures_when_the_figures_confirm_it(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "sum.rest") == statuses


# "<N><counter><noun>中,(已|仅|仍)有M个": the members of a counted set -- no more than the set. The set may
# open a clause after what the sentence says first, carry an aside ("乡镇(街道)中") and be of a noun
# holding 中 (中队, 中心).
@pytest.mark.parametrize("text,statuses", [
    ("全县12个乡镇（街道）中仅有5个建成标准化调解室。", ["pass"]),
    ("一是基层力量薄弱，12个乡镇中有5个乡镇未配备专职协管员。", ["pass"]),
    ("二是38名执法人员中有21名年龄在50岁以上。", ["pass"]),
    ("二是38名执法人员中有41名年龄在50岁以上。", ["fail"]),
    ("7个中队中仍有3个中队办公用房不达标。", ["pass"]),
    # a count in another clause of the sentence, opening no set
    ("全年培训38名执法人员，其中有21名取得证书。", []),
])
def test_members_of_a_counted_set(tmp_path, text, statuses):
    assert _rule(tmp_path, text, "bound.set_member") == statuses
