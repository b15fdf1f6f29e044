"""False alarms and a wrong status of a set written blind to the engine (session 26, helper fix66). Each rule
is a statement about how Chinese reports state figures, tested on project sentences, each with a variant whose
arithmetic is broken that must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import failing, operands_of

import toolkit
from toolkit.compare import compare_years
from toolkit.metadata import find_metadata

# --- a hotline centre's name holds its service number: the place before the number is part of the name,
# else two cities' centres share one name and their reports are compared across years ---


def test_the_place_before_a_service_number_names_the_agency() -> None:
    a = find_metadata("甲城市12345热线2024年运行报告\n甲城市12345政务服务便民热线管理中心　2025年1月8日\n全年受理…")
    b = find_metadata("乙县12345热线2023年运行报告\n乙县12345政务服务便民热线管理中心　2024年1月9日\n全年受理…")
    assert a.agency == "甲城市12345政务服务便民热线管理中心"
    assert b.agency == "乙县12345政务服务便民热线管理中心"
    # a name with no number before it is read as before
    assert find_metadata("县自然资源局2023年政府信息公开工作年度报告").agency == "县自然资源局"


def test_reports_of_two_hotlines_are_not_compared(tmp_path) -> None:
    one = tmp_path / "a.txt"
    one.write_text("甲城市12345热线2024年运行报告\n甲城市12345政务服务便民热线管理中心　2025年1月8日\n"
                   "全年，市12345热线共受理群众诉求5,500件，同比增长10.0%。\n", encoding="utf-8")
    two = tmp_path / "b.txt"
    two.write_text("乙县12345热线2023年运行报告\n乙县12345政务服务便民热线管理中心　2024年1月9日\n"
                   "全年，县12345热线共受理群众诉求800件，同比增长5.0%。\n", encoding="utf-8")
    results = [toolkit.audit(two), toolkit.audit(one)]
    compare_years(results)
    assert not [c for r in results for c in r.checks if c.rule == "change.previous_report"]
    # one centre's two years are still compared, and a wrong change still fails against last year's report
    three = tmp_path / "c.txt"
    three.write_text("甲城市12345热线2023年运行报告\n甲城市12345政务服务便民热线管理中心　2024年1月8日\n"
                     "全年，市12345热线共受理群众诉求4,000件，同比增长3.0%。\n", encoding="utf-8")
    results = [toolkit.audit(three), toolkit.audit(one)]
    compare_years(results)
    cross = [c for r in results for c in r.checks if c.rule == "change.previous_report"]
    assert [c.status for c in cross] == ["fail"], cross  # 5,500 over 4,000 is 37.5%, not 10.0%


# --- "前七位": the length of a ranking, no count of what the table totals ---

RANKED = ("办理情况\n\n受理量前{k}位的部门如下：\n\n部门　受理件数　占比（%）\n市住建局  300  50.0\n市城管局  200  33.3\n"
          "市人社局  100  16.7\n合计  {t}  100.0\n")


def test_a_rank_length_restates_no_total(tmp_path) -> None:
    assert failing(tmp_path, RANKED.format(k="三", t=600)) == []
    # the column's own sum still fails against a misprinted total
    assert failing(tmp_path, RANKED.format(k="三", t=650))


# --- a list opening its own sentence after a sentence of another counter (calls in 个): its total is
# no figure of that counter ---

CALLS = ("本月共受理群众诉求5,000件，同比增长3.0%。其中电话受理4,000件，网络受理1,000件。本月呼入总量4,500个，"
         "人工接通4,200个，接通率93.3%。\n\n按诉求类型分，咨询类、投诉类、建议类分别为3,000件、1,500件、500件，"
         "其中咨询类占{p}%。")


def test_a_list_share_is_not_over_calls(tmp_path) -> None:
    assert failing(tmp_path, CALLS.format(p="60.0")) == []
    bad = failing(tmp_path, CALLS.format(p="70.0"))
    assert any("5,000" in m or "5000" in m for m in bad), bad
    # counters of their own (条 over 件 and 篇) are left as before: only the catch-all 个 is another thing's
    docs = "全年主动公开政府信息5,000条。其中政策文件200件、政策解读100篇，政策解读比例{r}%。"
    assert failing(tmp_path, docs.format(r="50.0")) == []
    assert failing(tmp_path, docs.format(r="55.0"))


# --- the figure before a superlative naming another kind is a sibling, no whole ---

SIBLING = "全月受理诉求5,000件。\n\n{w}诉求回落至800件，比上月减少300件。住建类诉求仍居首位，转办住建部门2,100件。\n"


def test_a_sibling_kind_is_no_whole_of_the_first(tmp_path) -> None:
    assert failing(tmp_path, SIBLING.format(w="供暖类")) == []
    # a whole named by no kind still bounds the first kind
    assert failing(tmp_path, SIBLING.format(w="受理"))


# --- "户籍人口中," after "常住人口": another kind of the head noun, not the whole before ---

PEOPLE = "年末全市常住人口50.00万人，其中城镇人口30.00万人，城镇化率为60.0%。全市{kind}人口中，汉族30.00万人，回族10.00万人，其他民族5.00万人。"


def test_a_set_of_another_kind_is_not_the_figure_before(tmp_path) -> None:
    assert failing(tmp_path, PEOPLE.format(kind="户籍")) == []
    # the same kind named again still breaks that figure down: 45 is no 50
    assert failing(tmp_path, PEOPLE.format(kind="常住"))


def test_a_share_of_another_kind_takes_no_part_of_the_first(tmp_path) -> None:
    text = ("年末全市常住人口50.00万人，其中城镇人口30.00万人，城镇化率为60.0%。全市户籍人口中，汉族30.00万人，"
            "回族10.00万人，其他民族5.00万人，少数民族人口占户籍人口的{p}%。")
    assert failing(tmp_path, text.format(p="33.3")) == []
    # 少数民族 is printed nowhere: no reading, so no failure either way (abstains)
    assert not [m for m in failing(tmp_path, text.format(p="60.5")) if "60.5" in m]


# --- livestock counted in 头 and 只 add up under a whole in 头(只) ---

HERD = "年末牲畜存栏{t}万头（只），其中牛8.00万头、羊20.00万只、其他牲畜1.00万头（只）。"


def test_livestock_counters_add_up(tmp_path) -> None:
    assert (29, (8, 20, 1), "pass") in [(t, p, s) for t, p, s in operands_of(tmp_path, HERD.format(t="29.00"), "sum")] \
        or any(s == "pass" and len(p) == 3 for _, p, s in operands_of(tmp_path, HERD.format(t="29.00"), "sum"))
    bad = [(p, s) for _, p, s in operands_of(tmp_path, HERD.format(t="29.50"), "sum") if s == "fail"]
    assert bad and all(len(p) == 3 for p, _ in bad), bad


# --- a flat list whose words happen to end alike in runs ("受理…,不予受理…,…申请,…申请") is one list ---

REVIEWS = ("全年共收到行政复议申请{t}件，比上年的400件增长25.0%。经审查，依法受理430件，不予受理40件，"
           "告知向其他有权机关申请20件，申请人补正后未再提出申请10件。")


def test_outcomes_ending_alike_are_one_list(tmp_path) -> None:
    assert failing(tmp_path, REVIEWS.format(t=500)) == []
    sums = [p for _, p, _ in operands_of(tmp_path, REVIEWS.format(t=500), "sum")]
    assert any(len(p) == 4 for p in sums), sums
    bad = failing(tmp_path, REVIEWS.format(t=510))
    assert any("510" in m for m in bad), bad


# --- a figure naming the row's item joined with another restates no row ---

JOINED = ("直接解答4,000件，转办各乡镇和县直部门{n}件。\n\n各单位办理情况\n\n承办单位　转办件数　按时办结\n"
          "甲镇  1,200  1,190\n乙镇  800  790\n县直部门  1,000  990\n合计  3,000  2,970\n")


def test_joined_items_restate_no_row(tmp_path) -> None:
    assert failing(tmp_path, JOINED.format(n="3,000")) == []
    # no row is restated, so the prose figure is left alone (abstains); the table's own misprint still fails
    assert failing(tmp_path, JOINED.format(n="3,100")) == []
    assert failing(tmp_path, JOINED.format(n="3,000").replace("合计  3,000", "合计  3,100"))


# --- a ratio scoped to one school level ("小学生师比") is not of the totals of every level ---

SCHOOLS = "年末全县各级各类学校120所，在校学生40,000人，专任教师2,500人。小学生师比为{r}∶1。"


def test_a_scoped_ratio_is_not_of_the_totals(tmp_path) -> None:
    assert failing(tmp_path, SCHOOLS.format(r="15.2")) == []  # 小学 figures printed nowhere: no reading
    scoped = "年末全县小学在校学生20,000人，小学专任教师1,250人。小学生师比为{r}∶1。"
    assert failing(tmp_path, scoped.format(r="16.0")) == []
    assert failing(tmp_path, scoped.format(r="18.0"))
    # a whole place (全县) is no narrower scope: the ratio is of the totals, as before
    whole = "在校学生40,000人，专任教师2,500人，全县生师比为{r}∶1。"
    assert failing(tmp_path, whole.format(r="16.0")) == []
    assert failing(tmp_path, whole.format(r="18.0"))


# --- "其余8个村(社区)共307条": a count of places with an aside naming more of them is a scope ---

VILLAGES = "全镇8个行政村全年通过村务公开栏公开信息{t}条，其中东村60条、西村40条，其余6个村（社区）共200条。"


def test_a_scope_count_with_an_aside_is_no_part(tmp_path) -> None:
    assert failing(tmp_path, VILLAGES.format(t=300)) == []
    # the aside changes nothing: read as the same list without it (whose "其余…共" closing leaves a
    # misprinted whole bounded only, as before), never with the 6 summed as a part
    bad = VILLAGES.format(t=310)
    assert operands_of(tmp_path, bad, "sum") == operands_of(tmp_path, bad.replace("（社区）", ""), "sum")
    assert not [m for m in failing(tmp_path, bad) if "306" in m]


# --- "环比(一季度2,000件)增长…": the bracket holds the level compared against ---

QUARTER = "二季度，县热线共受理群众诉求2,400件，环比（{p}2,000件）增长{r}%，同比增长8.0%。"


def test_the_level_in_a_bracket_after_a_comparison(tmp_path) -> None:
    assert failing(tmp_path, QUARTER.format(p="一季度", r="20.0")) == []
    assert failing(tmp_path, QUARTER.format(p="一季度", r="17.4"))
    assert failing(tmp_path, QUARTER.format(p="3月", r="17.4"))


# --- the national table written as prose lines: "(七)总计…" closes the numbered lines (一)…(六) above it,
# each item's first figure (a bracket after it breaks it down by applicant) ---

OUTCOME_LINES = ("三、本年度办理结果：\n\n（一）予以公开20件（自然人18件、商业企业2件）；\n\n（二）部分公开6件（自然人6件）；\n\n"
                 "（三）不予公开2件，为保护第三方合法权益（自然人2件）；\n\n（四）无法提供8件（自然人7件、商业企业1件）；\n\n"
                 "（五）不予处理3件，其中重复申请3件（自然人）；\n\n（六）其他处理1件（自然人）；\n\n（七）总计办结{t}件。\n\n"
                 "予以公开和部分公开的申请共{j}件。\n")


def test_numbered_lines_closed_by_their_total(tmp_path) -> None:
    good = OUTCOME_LINES.format(t=40, j=26)
    assert (40, (20, 6, 2, 8, 3, 1), "pass") in operands_of(tmp_path, good, "sum")
    assert (26, (20, 6), "pass") in operands_of(tmp_path, good, "sum")  # the names of lines above
    assert failing(tmp_path, good) == []
    bad = failing(tmp_path, OUTCOME_LINES.format(t=41, j=28))
    assert any("41" in m for m in bad) and any("28" in m for m in bad), bad
    # a series short of a number ((五) missing) is no partition the form states: no sum
    gap = good.replace("（五）不予处理3件，其中重复申请3件（自然人）；\n\n", "")
    assert not [o for o in operands_of(tmp_path, gap, "sum") if o[0] == 40]
