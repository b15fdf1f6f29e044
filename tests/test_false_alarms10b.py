"""False alarms on consistent passages against this session's lead rules (review10b): a base or a
ratio of another jurisdiction, a jurisdiction row that is no sum of a selection of rows, a total named
by its parts within another set, kinds of a whole that holds work carried in.

Every sentence is written for the project: a consistent variant that must not fail and, where the
reading is unique, an inconsistent one that still fails."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text + "\n", encoding="utf-8")
    return [(c.status, c.rule, c.operands) for c in toolkit.audit(p).checks if kind is None or c.kind == kind]


def failing(tmp_path, text: str) -> list[tuple[str, dict]]:
    return [(rule, o) for st, rule, o in checks(tmp_path, text) if st == "fail"]


# -- a two-figure ratio of another jurisdiction is not the structure of the parts before ------------

def test_a_ratio_of_the_province_is_not_the_structure_of_the_citys_parts(tmp_path) -> None:
    text = "全年招收新生1.2万人,其中男生8000人、女生4000人。据抽样调查,全省在校生男女比为51.2:48.8。"
    assert failing(tmp_path, text) == []


def test_a_two_part_ratio_naming_each_part_is_still_checked(tmp_path) -> None:
    text = "全市高中阶段在校生14.78万人,其中普通高中9.36万人、中等职业学校5.42万人,普职比为{a}:{b}。"
    assert failing(tmp_path, text.format(a="63.3", b="36.7")) == []
    assert [r for r, _ in failing(tmp_path, text.format(a="61.3", b="38.7"))] == ["ratio.structure"] * 2


# -- 'A在B中的占比' where B is a wider jurisdiction's ------------------------------------------------

def test_a_share_in_the_provinces_set_is_not_of_the_citys_total(tmp_path) -> None:
    text = "全年新登记市场主体8,640户,其中企业2,310户、个体工商户6,330户。个体工商户在全省新登记主体中的占比为5.1%。"
    assert failing(tmp_path, text) == []


def test_a_share_in_the_set_counted_here_still_fails_when_wrong(tmp_path) -> None:
    text = "全年新登记市场主体8,640户,其中企业2,310户、个体工商户6,330户。个体工商户在新登记主体中的占比为{p}%。"
    assert failing(tmp_path, text.format(p="73.3")) == []
    assert [o["denominator"] for _, o in failing(tmp_path, text.format(p="76.3"))] == [8640]


def test_a_bare_share_after_a_siblings_share_of_the_province_is_not_read(tmp_path) -> None:
    text = ("全市接待游客2,400万人次,占全省的9.6%,其中过夜游客600万人次,占全省过夜游客的7.5%,"
            "一日游游客1,800万人次,占10.3%。")
    assert failing(tmp_path, text) == []


def test_bare_shares_of_the_parts_still_fail_when_wrong(tmp_path) -> None:
    text = "全市有养老机构120家,占全省的8.0%,其中公办机构45家,占{a}%;民办机构75家,占62.5%。"
    assert failing(tmp_path, text.format(a="37.5")) == []
    assert [o["numerator"] for _, o in failing(tmp_path, text.format(a="39.5"))] == [45]


# -- a jurisdiction row under a selection of rows, or with a note saying it holds more --------------

_TOP = "{caption}\n序号 县(市、区) 受理 办结\n1 甲县 120 118\n2 乙县 95 95\n3 丙区 80 78\n全市 {t} 1180\n"


def test_a_jurisdiction_row_under_the_top_rows_is_not_their_sum(tmp_path) -> None:
    text = _TOP.format(caption="2025年受理量居前三位的县(市、区)", t=1200)
    assert failing(tmp_path, text) == []


def test_a_jurisdiction_row_with_a_note_of_more_is_not_their_sum(tmp_path) -> None:
    text = "各街道办件量\n街道 办件量 按期办结\n东街 300 290\n西街 250 248\n南街 120 120\n全市 700 686\n注:全市数据含市本级直办件30件。\n"
    assert failing(tmp_path, text) == []


def test_a_jurisdiction_row_under_every_row_still_fails_when_wrong(tmp_path) -> None:
    text = "各街道办件量\n街道 办件量 按期办结\n东街 300 290\n西街 250 248\n南街 120 120\n全市 {t} 658\n"
    assert failing(tmp_path, text.format(t=670)) == []
    assert [o["total"] for _, o in failing(tmp_path, text.format(t=690))] == [690]


# -- a total named by its parts, within another set ------------------------------------------------

_NAMED = ("本年度新收依申请公开88件,其中予以公开40件、部分公开12件、不予公开5件、无法提供21件、不予处理6件;"
          "另有其他处理4件;{lead}予以公开和部分公开合计{t}件。")


def test_a_total_named_by_its_parts_within_another_set_is_not_their_sum(tmp_path) -> None:
    assert failing(tmp_path, _NAMED.format(lead="上年结转的申请中", t=9)) == []


def test_a_total_named_by_its_parts_still_fails_when_wrong(tmp_path) -> None:
    assert failing(tmp_path, _NAMED.format(lead="", t=52)) == []
    assert [o["total"] for _, o in failing(tmp_path, _NAMED.format(lead="", t=54))] == [54]


# -- kinds of a whole whose sentence speaks of work carried in ---------------------------------------

def test_kinds_under_a_whole_with_work_carried_in_are_not_checked(tmp_path) -> None:
    one = ("全年受理行政复议申请156件,上年结转8件。按申请事项分,行政处罚类72件、行政强制类30件、"
           "信息公开类29件,其他33件。")
    two = ("全年受理政府信息公开申请215件,其中上年结转10件。\n(一)申请方式。本年当面申请32件,网上申请140件,"
           "信函申请33件。\n")
    assert failing(tmp_path, one) == [] and failing(tmp_path, two) == []


def test_kinds_under_a_whole_with_no_work_carried_in_still_fail(tmp_path) -> None:
    text = "全年受理行政复议申请{t}件。按申请事项分,行政处罚类72件、行政强制类30件、信息公开类29件,其他33件。"
    assert failing(tmp_path, text.format(t=164)) == []
    assert [o["total"] for _, o in failing(tmp_path, text.format(t=156))] == [156]


# -- a base whose words qualify its noun as the part's own words do ----------------------------------

def test_a_base_qualified_as_the_part_is_not_the_unqualified_figure(tmp_path) -> None:
    text = ("全市义务教育在校生49.9万人,随迁子女6.24万人,占在校生的12.5%,其中在公办学校就读5.71万人,"
            "占公办学校在校生的13.8%。")
    assert failing(tmp_path, text) == []


def test_a_base_the_figure_names_with_its_qualifier_still_fails_when_wrong(tmp_path) -> None:
    text = ("全市公办学校在校生41.4万人,随迁子女6.24万人,其中在公办学校就读5.71万人,"
            "占公办学校在校生的{p}%。")
    assert failing(tmp_path, text.format(p="13.8")) == []
    assert [o["denominator"] for _, o in failing(tmp_path, text.format(p="15.8"))] == [414000]


# -- a bare share of a 其中 part after its whole's share of a base the text does not print ------------

_INSURED = "全市参保人数52.0万人,占常住人口的43.2%,其中职工参保18.2万人,占{p}%。"


def test_a_bare_share_of_a_part_may_be_of_the_base_its_wholes_share_named(tmp_path) -> None:
    # 18.2 / 120.4 (the population 52.0 is 43.2% of) = 15.1%: not of the 52.0
    assert failing(tmp_path, _INSURED.format(p="15.1")) == []


def test_a_bare_share_of_a_part_one_slip_from_its_whole_still_fails(tmp_path) -> None:
    assert failing(tmp_path, _INSURED.format(p="35.0")) == []
    assert [o["denominator"] for _, o in failing(tmp_path, _INSURED.format(p="36.0"))] == [520000]


# -- levels of a check that say one unit may be checked at several levels -----------------------------

_LEVELS = "全年对1,850家企业开展检查。分层级看,市级检查620家,县级检查1,100家,乡镇检查{c}家{post}。"


def test_levels_that_say_they_overlap_may_add_up_to_more(tmp_path) -> None:
    assert failing(tmp_path, _LEVELS.format(c=330, post=",部分企业接受了多级检查")) == []


def test_levels_that_do_not_say_so_still_fail(tmp_path) -> None:
    assert failing(tmp_path, _LEVELS.format(c=130, post="")) == []
    assert [o["total"] for _, o in failing(tmp_path, _LEVELS.format(c=330, post=",不重复计算"))] == [1850]


# -- a total naming its parts with a count of them that disagrees --------------------------------------

_COUNTED = "维持20件,确认违法6件,撤销9件,责令履行4件。{names}{n}类纠错{t}件。"


def test_a_total_whose_count_disagrees_with_its_names_is_not_read(tmp_path) -> None:
    # three names and 两类: which two? (the sum of two of them may be meant)
    assert failing(tmp_path, _COUNTED.format(names="确认违法、撤销、责令履行", n="两", t=15)) == []


def test_a_total_whose_count_agrees_still_fails_when_wrong(tmp_path) -> None:
    assert failing(tmp_path, _COUNTED.format(names="确认违法、撤销和责令履行", n="三", t=19)) == []
    assert [o["total"] for _, o in failing(tmp_path, _COUNTED.format(names="确认违法、撤销和责令履行", n="三", t=21))] == [21]
