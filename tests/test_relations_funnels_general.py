"""Funnels and parts that are not parts, in many phrasings (issue 15, patterns E and D): stage words
as data, colon labels, list lines, lists of the same stage across ';', two lists of one set of names,
funnels sentences apart, highlight lists and the one most frequent kind, a 其中 list that turns into
a funnel, and the catalog's bounds kept to one section and one reading. Sentences written for the
project; each rule has a passing and a failing variant and traps that must not be flagged."""

from __future__ import annotations

import re

import pytest

import toolkit
from toolkit.relations.stages import load_stages


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def bounds(tmp_path, text: str) -> list[tuple[str, object, object]]:
    return [(c.status, c.operands["smaller"], c.operands["larger"]) for c in checks(tmp_path, text)
            if c.kind == "bound"]


def fails(tmp_path, text: str) -> list:
    return [(c.rule, c.operands) for c in checks(tmp_path, text) if c.status == "fail"]


# (holds, inverted, smaller, the smaller inverted, larger)
VOCABULARY = [
    # investigated and dealt with (调查处理) after reports received
    ("全年共接到群众举报1,046件,全部登记受理,已调查处理1,012件。",
     "全年共接到群众举报1,046件,全部登记受理,已调查处理1,112件。", 1012, 1112, 1046),
    # a court that has accepted (法院已受理), execution carried through (执行到位)
    ("全年共申请法院强制执行48件,法院已受理46件,已执结39件。",
     "全年共申请法院强制执行48件,法院已受理49件,已执结39件。", 46, 49, 48),
    ("全年申请人民法院强制执行26件,法院裁定准予执行24件,已执行到位19件。",
     "全年申请人民法院强制执行26件,法院裁定准予执行24件,已执行到位25件。", 19, 25, 24),
    # staff who have (具有/有) a certificate
    ("全局在编人员48名,有行政执法证的44名。", "全局在编人员48名,有行政执法证的49名。", 44, 49, 48),
    ("中心在编职工310人,具有执业资格证的268人。", "中心在编职工310人,具有执业资格证的318人。", 268, 318, 310),
    # disputes looked into and settled (调处化解, 化解成功)
    ("全年排查各类矛盾纠纷3,410起,调处化解3,362起。", "全年排查各类矛盾纠纷3,410起,调处化解3,462起。", 3362, 3462, 3410),
    ("全县全年共立案调处各类纠纷1,206件,调解成功1,185件。",
     "全县全年共立案调处各类纠纷1,206件,调解成功1,285件。", 1185, 1285, 1206),
    # what they were satisfied with, and the grades named together
    ("全年共回访当事人3,260人,对处理结果表示满意的3,104人。",
     "全年共回访当事人3,260人,对处理结果表示满意的3,304人。", 3104, 3304, 3260),
    ("全年参评企业420家,对我局工作表示满意的412家。", "全年参评企业420家,对我局工作表示满意的422家。", 412, 422, 420),
    ("参与群众满意度测评1,200人次,满意和基本满意1,176人次。",
     "参与群众满意度测评1,200人次,满意和基本满意1,276人次。", 1176, 1276, 1200),
    # the year so far (今年以来) is the report's year, not a cumulative count
    ("今年以来收到网民留言1,238条,已回复1,197条。", "今年以来收到网民留言1,238条,已回复1,297条。", 1197, 1297, 1238),
    ("年初以来共收到群众来信426件,办结415件。", "年初以来共收到群众来信426件,办结435件。", 415, 435, 426),
]


@pytest.mark.parametrize(("good", "bad", "small", "big_small", "large"), VOCABULARY)
def test_stage_words_of_many_phrasings(tmp_path, good, bad, small, big_small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, good)
    assert ("fail", big_small, large) in bounds(tmp_path, bad)


def test_the_year_end_is_never_read_as_a_month(tmp_path) -> None:
    # "截至12月31日": the month of a number is not read from its middle ("2月"), and the year's end is the year
    v = load_stages()
    assert not v.period.search("截至12月31日,已审结") and v.year.search("截至12月31日,已审结")
    assert not v.period.search("截至2023年12月31日,已审结")
    assert v.period.search("截至6月30日,已审结") and v.period.search("1-6月受理")
    text = "全年共收到行政复议申请312件,受理289件。截至12月31日,已审结271件。"
    assert ("pass", 271, 289) in bounds(tmp_path, text)
    assert ("fail", 291, 289) in bounds(tmp_path, text.replace("271件", "291件"))


def test_figures_labelled_by_a_colon_and_items_of_one_list(tmp_path) -> None:
    lines = "一、收案情况\n- 收到申请:156件\n- 受理:142件\n- 审结:138件\n"
    got = bounds(tmp_path, lines)
    assert {("pass", 142, 156), ("pass", 138, 142)} <= set(got)
    assert ("fail", 148, 142) in bounds(tmp_path, lines.replace("138件", "148件"))
    # numbered items go on the same way
    numbered = "1.受理投诉:2,306件\n2.办结:2,291件\n"
    assert ("pass", 2291, 2306) in bounds(tmp_path, numbered)
    # lines that are no items of a list, or a heading between the items: no funnel
    assert bounds(tmp_path, "收到申请:156件\n审结:168件\n") == []
    assert bounds(tmp_path, "- 收到申请:156件\n二、办理情况\n- 审结:168件\n") == []


def test_a_list_of_one_stage_ends_at_a_semicolon(tmp_path) -> None:
    text = "全年仲裁机构共受理劳动争议案件3,412件,审结3,298件;调解组织受理争议案件2,106件,调解成功1,864件。"
    got = bounds(tmp_path, text)
    assert {("pass", 3298, 3412), ("pass", 1864, 2106)} <= set(got)
    assert ("fail", 2164, 2106) in bounds(tmp_path, text.replace("1,864件", "2,164件"))
    # without the ';' the two intakes are a list: the settled ones may be of either
    listed = "全年仲裁机构受理劳动争议案件3,412件,调解组织受理争议案件2,106件,调解成功2,164件。"
    assert [b for b in bounds(tmp_path, listed) if b[1] == 2164 and b[0] == "fail"] == []


def test_two_lists_of_one_set_of_names(tmp_path) -> None:
    text = "上半年共受理消费者投诉12,406件、举报3,206件,办结投诉12,312件、举报3,106件。"
    got = bounds(tmp_path, text)
    assert {("pass", 12312, 12406), ("pass", 3106, 3206)} <= set(got)
    assert ("fail", 3306, 3206) in bounds(tmp_path, text.replace("3,106件", "3,306件"))


@pytest.mark.parametrize("text", [
    # the names in another order
    "全年收到来信612件、来电1,206件,办结来电598件、来信1,188件。",
    # older work spoken of
    "全年收到来信612件、来电1,206件,办结来信598件、来电1,288件(含上年结转120件)。",
    # changes, not a later stage
    "全年收到来信612件、来电1,206件,同比增加来信98件、来电88件。",
    # one stage word over a list of two
    "全年受理投诉50件、咨询120件,办结160件。",
])
def test_no_parallel_funnel_without_one_reading(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_a_funnel_sentences_apart_in_its_paragraph(tmp_path) -> None:
    text = ("全年共收到行政复议申请318件,同比增长9.7%。从申请事项看,涉及征地拆迁156件,占49.1%。"
            "经审查,依法受理301件。截至12月31日,已审结288件。")
    got = bounds(tmp_path, text)
    assert {("pass", 301, 318), ("pass", 288, 301)} <= set(got)
    assert ("fail", 331, 318) in bounds(tmp_path, text.replace("受理301件", "受理331件"))
    named = "全年共收到行政复议申请318件。从申请事项看,涉及征地拆迁156件,涉及信息公开98件。全年审结行政复议案件296件。"
    assert ("pass", 296, 318) in bounds(tmp_path, named)
    assert ("fail", 326, 318) in bounds(tmp_path, named.replace("296件", "326件"))


@pytest.mark.parametrize("text", [
    # the later figure names a scope of its own
    "全年共收到群众来信312件。检查企业86家次。专项整治期间,办结群众来信412件。",
    # another process's figure between, the later naming only its stage
    "全年共收到行政复议申请318件。检查企业86家次,立案12起。已审结330件。",
    # two figures of the earlier stage, different values
    "全年受理投诉1,206件。全市消协受理投诉812件,组织调解560件。全年共办结投诉1,300件。",
    # a whole of the year after a campaign's figure
    "专项检查发现隐患12处。检查企业86家次。全年共整改各类隐患1,360处。",
    # another paragraph
    "全年受理行政复议申请412件。\n二、行政应诉\n全年审结行政诉讼案件462件。",
    "全年共收到群众来信312件。\n全年共办结群众来信412件。",
    # another period
    "1-6月受理投诉1,206件。检查企业86家次。全年办结投诉2,412件。",
])
def test_no_distant_funnel_without_one_reading(tmp_path, text) -> None:
    assert [b for b in bounds(tmp_path, text) if b[0] == "fail"] == []


# --- parts that are not parts -----------------------------------------------------------------


def test_the_main_kinds_named_by_their_rank(tmp_path) -> None:
    text = "全年受理投诉2,460件,排名前三的分别是预付卡消费412件、网络购物386件、家用电器215件。"
    got = checks(tmp_path, text)
    assert {("bound", "pass", 412), ("bound", "pass", 386), ("bound", "pass", 215)} <= {
        (c.kind, c.status, c.operands.get("smaller")) for c in got}
    assert [c for c in got if c.kind == "sum"] == []  # the top three are not the whole
    # a kind over the whole: the list fails (as a sum that overruns or as a bound)
    assert fails(tmp_path, text.replace("412件", "2,612件"))


def test_a_count_of_the_names_listed_is_no_total(tmp_path) -> None:
    text = "全年受理消费投诉2,460件。投诉主要集中在预付卡消费、网络购物两个领域,分别为412件、386件。"
    got = bounds(tmp_path, text)
    assert {("pass", 412, 2460), ("pass", 386, 2460)} <= set(got)
    assert fails(tmp_path, text) == []  # the 2 领域 are not a total of 412 and 386
    assert ("fail", 3412, 2460) in bounds(tmp_path, text.replace("412件", "3,412件"))
    three = "全年受理投诉举报2,000件,主要涉及食品、药品和医疗器械三个方面,分别为800件、500件和300件。"
    assert {("pass", 800, 2000), ("pass", 300, 2000)} <= set(bounds(tmp_path, three))


@pytest.mark.parametrize(("text", "count"), [
    ("预付卡消费、网络购物两个领域", True),
    ("食品、药品和医疗器械三个方面", True),
    ("涉及征地和拆迁两类", True),
    ("涉及征地拆迁两类", False),  # one name, two kinds: not a count of what is listed
    ("检查食品、药品企业两家", False),  # 家: firms counted, not names
])
def test_counts_of_names_listed(tmp_path, text, count) -> None:
    from toolkit.api import _read
    from toolkit.relations.scopes import counts_the_names
    from toolkit.relations.structure import _Doc

    p = tmp_path / "r.txt"
    p.write_text(text + ",分别为10件、20件。", encoding="utf-8")
    r = _read(p, None, None, None, None)
    d = _Doc(r.text, r.quantities, r.metrics)
    assert counts_the_names(d, d.qs[0]) is count


def test_the_one_most_frequent_kind(tmp_path) -> None:
    text = "全年收到行政复议申请148件,涉及公安类案件最多,共56件,其次为自然资源类32件。"
    assert {("pass", 56, 148), ("pass", 32, 148)} <= set(bounds(tmp_path, text))
    assert ("fail", 156, 148) in bounds(tmp_path, text.replace("共56件", "共156件"))
    topic = "全年受理信访事项623件,反映最集中的是征地拆迁问题,计172件。"
    assert ("pass", 172, 623) in bounds(tmp_path, topic)
    # "最多跑一次" names a reform, not a rank
    assert bounds(tmp_path, "全年办理事项3,000项,\"最多跑一次\"事项3,200项。") == []


def test_a_later_stage_of_a_part_ends_its_list(tmp_path) -> None:
    text = "全年热线受理工单86,412件,其中转办工单54,306件,已反馈53,812件。"
    got = checks(tmp_path, text)
    assert [c for c in got if c.status == "fail"] == []  # not a sum of 54,306 and 53,812
    assert ("pass", 53812, 54306) in bounds(tmp_path, text)
    assert ("fail", 54812, 54306) in bounds(tmp_path, text.replace("53,812件", "54,812件"))
    filed = "全年收到行政复议申请156件,其中受理142件,审结138件。"
    assert fails(tmp_path, filed) == []
    assert {("pass", 142, 156), ("pass", 138, 142)} <= set(bounds(tmp_path, filed))


# --- the catalog's bounds: one section, one reading ---------------------------------------------


@pytest.mark.parametrize("text", [
    # the closings of a later section are of that section's intake
    "一、基本情况\n全年受理投诉举报2,000件。\n二、消费维权\n全年受理消费投诉3,000件,办结2,950件。\n",
    # the text bounds the closings by their own intake
    "全年受理投诉举报2,000件。消费维权方面,全年受理消费投诉3,000件,办结2,950件。",
    # the intake is one of a list of two
    "全年受理投诉1,206件,受理举报612件。\n全年办结投诉举报1,788件。\n",
    # the year's whole after a campaign's figure
    "专项检查发现隐患12处。\n全年共整改各类隐患1,360处。\n",
    # a part of the sum of a list, all of it closed
    "全年受理投诉35件、举报42件,均已办结,其中按期办结70件。",
])
def test_no_catalog_bound_on_another_reading(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_the_catalog_bound_stands_in_one_section(tmp_path) -> None:
    # the same words in one section: the catalog's bound is read (and fails when inverted)
    ok = checks(tmp_path, "全年共受理消费者投诉2,046件。\n全年共办结消费者投诉2,031件。\n")
    bad = checks(tmp_path, "全年共受理消费者投诉2,046件。\n全年共办结消费者投诉2,131件。\n")
    assert "pass" in [c.status for c in ok if c.kind == "bound"]
    assert "fail" in [c.status for c in bad if c.kind == "bound"]


def test_superlatives_are_data() -> None:
    most = load_stages().superlatives
    assert most is not None and most.search("涉及公安类案件最多") and not most.search("最多跑一次")
    assert re.search(most.pattern, "居首位")


def test_units_counted_before_the_inspection_named_after_them(tmp_path) -> None:
    text = "全年共对412家定点医药机构开展飞行检查,发现存在问题的机构298家。"
    assert ("pass", 298, 412) in bounds(tmp_path, text)
    assert ("fail", 498, 412) in bounds(tmp_path, text.replace("298家", "498家"))
    assert ("pass", 12, 86) in bounds(tmp_path, "全年对86家企业进行了专项检查,责令整改12家。")
    # inspections counted in 次 and the firms inspected: no funnel between them
    assert bounds(tmp_path, "全年组织开展专项检查12次,共检查企业86家。") == []


def test_the_highlight_words_that_open_a_list(tmp_path) -> None:
    for opener in ("投诉集中在", "投诉多集中于", "反映较多的是", "投诉热点为", "较为突出的是", "居前三位的是"):
        text = f"全年受理消费投诉2,460件,{opener}预付卡消费412件、网络购物386件。"
        assert {("pass", 412, 2460), ("pass", 386, 2460)} <= set(bounds(tmp_path, text)), opener
        assert ("fail", 2612, 2460) in bounds(tmp_path, text.replace("412件", "2,612件")), opener


@pytest.mark.parametrize("text", [
    # the words name a time or a place, the figure after is no kind
    "全年开展专项行动12次,行动集中在5月至8月,查处违法案件86起。",
    "全年发现问题126个,问题多集中在基层单位,整改到位118个。",
    # a change named after the words
    "全年受理投诉2,460件,较上年增加120件,增幅集中在网络购物(增加86件)。",
    # the year's total after a half-year's highlight
    "上半年受理投诉1,206件,反映较多的是预付卡消费,全年累计2,412件。",
])
def test_no_highlight_bound_on_other_words(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_a_part_of_another_measure_is_no_part_of_a_total_of_another_unit(tmp_path) -> None:
    # the notices (份) are not part of the inspection rounds (次) nor of the firms inspected
    text = "全年开展执法检查120次,检查单位3,412家次,其中发现问题单位412家次,下达整改指令书412份。"
    assert fails(tmp_path, text) == []
    assert ("pass", 412, 3412) in bounds(tmp_path, text)
    assert ("fail", 3512, 3412) in bounds(tmp_path, text.replace("412家次,下达", "3,512家次,下达"))


def test_cases_taken_in_and_a_kind_of_case_named_by_penalty(tmp_path) -> None:
    assert ("pass", 398, 412) in bounds(tmp_path, "全年行政复议收案412件、结案398件。")
    assert ("fail", 418, 412) in bounds(tmp_path, "全年行政复议收案412件、结案418件。")
    # 行政处罚案件 is a kind of case, not the penalty stage: the closings after it are of that part
    # (the only figure from the 其中 to them) or of the whole
    text = "全年共办理各类案件1,206件,其中行政处罚案件412件,已结案398件。"
    assert ("pass", 398, 412) in bounds(tmp_path, text)
    assert fails(tmp_path, text.replace("398件", "498件")) == []  # within the whole: one reading holds
    assert ("fail", 1298, 412) in bounds(tmp_path, text.replace("398件", "1,298件")) or \
        [b for b in bounds(tmp_path, text.replace("398件", "1,298件")) if b[0] == "fail"]
    # cases still pending at the year's end void nothing; older pending cases do
    assert ("pass", 398, 412) in bounds(tmp_path, "全年新收复议案件412件,结案398件,结案率96.6%,未结14件。")
    assert fails(tmp_path, "全年新收复议案件412件,上年未结20件,结案428件。") == []


def test_the_kind_most_of_the_whole_is_named_by(tmp_path) -> None:
    text = "全年受理行政复议申请412件,以行政处罚类居多,共156件。"
    assert ("pass", 156, 412) in bounds(tmp_path, text)
    assert ("fail", 456, 412) in bounds(tmp_path, text.replace("156件", "456件"))
    # the whole after the words: no kind
    assert fails(tmp_path, "投诉以预付卡消费居多,全年共受理投诉2,460件,办结2,412件。") == []


def test_a_threshold_is_no_part(tmp_path) -> None:
    text = "全年受理群众诉求8,642件,其中城东街道1,206件,城西街道986件,城南街道812件,其余街道均在500件以下。"
    assert fails(tmp_path, text) == []
    assert ("pass", 1206, 8642) in bounds(tmp_path, text)


def test_a_later_stage_after_a_part_of_the_same_stage(tmp_path) -> None:
    # the certified are of the 86 in post (or of all 126): one of the two readings must hold
    text = "全局现有干部职工126人,其中在编在岗执法人员86人,持有执法证件的84人。"
    assert ("pass", 84, 86) in bounds(tmp_path, text)
    assert fails(tmp_path, text.replace("84人", "94人")) == []  # within the 126: not an error
    assert ("fail", 134, 86) in bounds(tmp_path, text.replace("84人", "134人")) or \
        [b for b in bounds(tmp_path, text.replace("84人", "134人")) if b[0] == "fail" and b[1] == 134]


def test_three_stages_stated_respectively(tmp_path) -> None:
    text = "全年受理、办结、化解信访事项分别为412件、398件、386件。"
    assert ("pass", 398, 412) in bounds(tmp_path, text)
    assert ("fail", 418, 412) in bounds(tmp_path, text.replace("398件", "418件"))
    # the later stage first: no funnel
    assert fails(tmp_path, "全年办结、受理、化解信访事项分别为412件、398件、386件。") == []


def test_those_called_back_named_after_their_figure(tmp_path) -> None:
    text = "全年对办结的12,211件工单进行回访,群众满意11,806件。"
    assert ("pass", 11806, 12211) in bounds(tmp_path, text)
    assert ("fail", 12806, 12211) in bounds(tmp_path, text.replace("11,806件", "12,806件"))


def test_a_part_after_a_rate_is_no_numerator_of_it(tmp_path) -> None:
    # the very satisfied are among the satisfied the rate counts, not all of them
    text = "全年电话回访办件人12,211人次,满意率98.2%,其中非常满意11,206人次。"
    assert fails(tmp_path, text) == []
    assert ("pass", 11206, 12211) in bounds(tmp_path, text)


@pytest.mark.parametrize("text", [
    # a target or a plan
    "全年受理投诉1,206件,计划全年办结率达到98%以上,目标办结1,300件。",
    "全年受理投诉1,206件,力争明年办结1,300件以上。",
    # older or cumulative work
    "全年受理投诉1,206件,累计办结1,300件。",
    "全年受理投诉1,206件,办结上年遗留投诉1,300件。",
    # another body's work
    "市场监管部门受理投诉1,206件,消协组织办结投诉1,300件。",
    "全年受理投诉1,206件,12315平台转办投诉1,300件。",
    # the larger may be one item of a list of people
    "全年在编人员86人,聘用人员40人,持证执法人员120人。",
])
def test_no_bound_by_metric_names_on_another_reading(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


def test_the_bodies_are_data() -> None:
    bodies = load_stages().bodies
    assert bodies is not None and bodies.search("消协组织") and not bodies.search("群众来信")


def test_a_threshold_qualifying_a_noun_is_no_part(tmp_path) -> None:
    # "案值超过10万元的案件": 10万元 says which cases, it is no part of the amount involved
    text = "全年共查办案件346件,涉案金额8万元,其中案值超过10万元的案件12件。"
    assert fails(tmp_path, text) == []
    assert ("pass", 12, 346) in bounds(tmp_path, text)


def test_each_part_with_its_own_closings(tmp_path) -> None:
    text = "全年共受理投诉举报1,206件,其中投诉862件,办结848件;举报344件,办结340件。"
    got = bounds(tmp_path, text)
    assert {("pass", 848, 862), ("pass", 340, 344)} <= set(got)
    assert fails(tmp_path, text) == []
    # right after the 其中, over its part but within the whole: the closings may be of the whole
    assert fails(tmp_path, text.replace("848件", "900件")) == []
    # after the ';' the part and its closings stand alone: one reading
    assert ("fail", 350, 344) in bounds(tmp_path, text.replace("340件", "350件"))
    # over the whole: fails whichever is meant
    assert [b for b in bounds(tmp_path, text.replace("848件", "1,248件")) if b[0] == "fail"]
    # two parts from the 其中 to the closings: the closings are of the whole
    whole = "全年受理来信来访1,862件次,其中来信642件次、来访1,220件次,办结1,835件次。"
    assert ("pass", 1835, 1862) in bounds(tmp_path, whole)


def test_an_included_aside_is_no_item_of_the_list_around_it(tmp_path) -> None:
    text = "全年收到行政复议申请412件,其中受理394件(含上年结转8件),审结386件。"
    assert fails(tmp_path, text) == []  # not a sum of 394 and 8 (and 386) under 412
    got = bounds(tmp_path, text)
    assert {("pass", 394, 412), ("pass", 8, 394), ("pass", 386, 394)} <= set(got)



def test_a_whole_of_the_year_goes_on_from_no_narrower_figure(tmp_path) -> None:
    # the sentence before names a body the year's whole does not: no funnel across the sentences
    assert fails(tmp_path, "全年受理投诉1,206件。全市消协受理投诉812件。全年共办结投诉1,300件。") == []
    assert fails(tmp_path, "全市消协受理投诉812件。全年共办结投诉1,300件。") == []
    # named alike, the funnel stands
    assert ("fail", 1300, 1206) in bounds(tmp_path, "全年共受理投诉1,206件。全年共办结投诉1,300件。")


@pytest.mark.parametrize("text", [
    # the dissatisfied are no later stage of those asked, whatever words stand before 满意
    "全年共回访当事人3,260人,对处理结果表示不满意的3,304人。",
    "全年共回访当事人3,260人,对处理结果不满意的3,304人。",
])
def test_dissatisfied_are_no_stage(tmp_path, text) -> None:
    assert fails(tmp_path, text) == []


@pytest.mark.parametrize(("good", "bad", "small", "big_small", "large"), [
    # cases reported to the police and those filed
    ("全年受理治安案件2,318起,立案1,906起。", "全年受理治安案件2,318起,立案2,406起。", 1906, 2406, 2318),
    # investigated and concluded (查结)
    ("全年稽查立案96户,查结88户。", "全年稽查立案96户,查结98户。", 88, 98, 96),
    # told of the right to a hearing, asked for one
    ("全年作出听证告知的案件61件,当事人申请听证的9件。", "全年作出听证告知的案件61件,当事人申请听证的69件。", 9, 69, 61),
    # a petition's outcome reviewed, then reviewed again; a kind of the reviewed before the ';' passed over
    ("全年申请复查的215件,其中复查维持190件;申请复核的41件。", "全年申请复查的215件,其中复查维持190件;申请复核的241件。",
     41, 241, 215),
])
def test_more_stages_as_data(tmp_path, good, bad, small, big_small, large) -> None:
    assert ("pass", small, large) in bounds(tmp_path, good)
    assert ("fail", big_small, large) in bounds(tmp_path, bad)


def test_complaints_received_do_not_bound_the_cases_filed(tmp_path) -> None:
    # cases come from inspections too: no funnel from complaints to cases filed
    assert fails(tmp_path, "全年受理投诉97件,立案125件。") == []


def test_a_list_of_outcomes_is_cut_only_at_the_stage_that_names_it(tmp_path) -> None:
    # 合格 names the first figure, not 检查: the two are one list of the 276 inspected
    text = "全年完成监督276家。被抽检单位中,检查合格263家,发现问题的14家。"
    got = [(c.kind, c.status, c.operands.get("total")) for c in checks(tmp_path, text)]
    assert ("sum", "fail", 276) in got  # 263 + 14 = 277


@pytest.mark.parametrize("text", [
    "全年受理投诉300件,其中已办结250件,回访150件。",
    "本年度共受理群众来信420件,其中办结398件,电话回访240件。",
    "窗口受理申请86件,其中已答复80件,答复后回访52件。",
])
def test_a_later_stage_after_a_part_is_no_second_part(tmp_path, text) -> None:
    # 回访 is what became of the closed ones: not a second part of the received; the word of the
    # closed part (办结) naming that stage in other processes too does not hide it
    assert fails(tmp_path, text) == []
    assert not [c for c in checks(tmp_path, text) if c.kind == "sum"]
    closed, called = [q for q in re.findall(r"(\d+)件", text)][1:3]
    assert ("pass", int(called), int(closed)) in bounds(tmp_path, text)


def test_a_figure_saying_which_stage_it_is_of(tmp_path) -> None:
    # "对已办结工单回访…": of the closed, across the heading, past the 其中 part of them
    text = ("全年受理工单186,412件,已办结184,530件,其中按期办结182,163件。\n(三)回访满意情况\n"
            "对已办结工单回访96,842件,满意95,102件。\n")
    assert ("pass", 96842, 184530) in bounds(tmp_path, text)
    assert ("fail", 196842, 184530) in bounds(tmp_path, text.replace("96,842件", "196,842件"))
    # two figures of that stage: each is a reading, the check fails only over both
    two = ("热线即时办结226,504件;派单工单中,已办结184,530件。\n(三)回访满意情况\n对已办结工单回访196,842件。\n")
    assert fails(tmp_path, two) == []
    # the words name the stage: of those taken in, past the closed ones after them
    assert ("fail", 196842, 186412) in bounds(tmp_path, "全年受理工单186,412件,已办结184,530件。\n对受理的工单回访196,842件。\n")
