"""False alarms found by writing consistent reports of many bureaus (review13): each test holds a
consistent variant that must not fail and, where the text admits one reading, an inconsistent variant
that still fails. Every sentence here is written for the project."""

from __future__ import annotations

from tests.test_false_alarms10 import checks, fails
from tests.test_false_alarms11 import statuses
from tests.test_false_alarms12 import file_checks

# --- grades of a numbered scale that stop before grade one leave the lower grades out -------------

def test_grades_short_of_grade_one_are_bounded_not_summed(tmp_path) -> None:
    text = "全县A级景区共有27家，其中5A级景区1家、4A级景区9家、3A级景区12家。"  # 2A, 1A left out
    assert not fails(tmp_path, text)
    assert "sum" not in {c.kind for c in checks(tmp_path, text)}
    assert statuses(tmp_path, text, "bound")[(12, 27)] == "pass"


def test_a_grade_over_the_whole_still_fails_alone(tmp_path) -> None:
    text = "全市A级旅游景区32家，其中5A级2家、4A级41家。"
    assert fails(tmp_path, text) == [("bound.part", {"smaller": 41, "larger": 32})]


def test_grades_running_down_to_grade_one_add_up(tmp_path) -> None:
    text = "全市星级饭店24家，其中五星级2家、四星级7家、三星级9家、二星级4家、一星级2家。"
    assert statuses(tmp_path, text, "sum")[(24, 2, 7, 9, 4, 2)] == "pass"
    wrong = text.replace("一星级2家", "一星级3家")
    assert statuses(tmp_path, wrong, "sum")[(24, 2, 7, 9, 4, 3)] == "fail"


# --- a rest named without a figure ("其余正在办理") leaves the list open ----------------------------

def test_a_rest_said_without_a_figure_leaves_the_outcomes_open(tmp_path) -> None:
    text = "受理复查申请64件，维持原处理意见51件，撤销或变更9件，其余正在办理。"
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "bound")[(51, 64)] == "pass"
    # outcomes that add up past what was received still fail
    over = "受理复查申请64件，维持原处理意见51件，撤销或变更19件，其余正在办理。"
    assert fails(tmp_path, over)


def test_outcomes_with_a_figured_rest_still_add_up(tmp_path) -> None:
    text = "受理复查申请64件，维持原处理意见51件，撤销或变更9件，终止3件。"
    assert statuses(tmp_path, text, "sum")[(64, 51, 9, 3)] == "fail"


# --- "比上年末的25.9亿元": the level compared against is last year's ----------------------------------

def test_the_level_at_last_years_end_is_the_previous_level(tmp_path) -> None:
    text = "工伤保险基金累计结余27.6亿元，比上年末的25.9亿元增加1.7亿元，增长6.6%。"
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "change")[(27.6, 6.6)] == "pass"
    wrong = text.replace("增长6.6%", "增长7.6%")
    assert statuses(tmp_path, wrong, "change")[(27.6, 7.6)] == "fail"


# --- a cause given after 主要是 ends at its semicolon ---------------------------------------------

def test_a_cause_after_a_highlight_word_lists_no_kinds_past_its_clause(tmp_path) -> None:
    text = "政府性基金收入完成39.4亿元，完成预算的87.5%，主要是土地出让收入减少；基金支出41.2亿元。"
    assert not fails(tmp_path, text)


def test_highlighted_kinds_are_still_bounded_by_their_whole(tmp_path) -> None:
    text = "全年受理消费投诉826件，主要集中在预付式消费1,236件、食品安全312件。"
    assert ("bound.part", {"smaller": 1236, "larger": 826}) in fails(tmp_path, text)


# --- work closed beside work carried in: the closed may hold it -----------------------------------

def test_closed_over_the_intake_and_the_work_carried_in(tmp_path) -> None:
    text = "全年收到政府信息公开申请23件（上年结转2件），已办结24件，结转下年度1件。"
    assert not fails(tmp_path, text)
    wrong = "全年收到政府信息公开申请23件（上年结转2件），已办结26件。"
    assert [r for r, _ in fails(tmp_path, wrong)] == ["bound.stage"]


def test_closed_over_the_intake_with_no_work_carried_in_still_fails(tmp_path) -> None:
    assert len(fails(tmp_path, "全年收到政府信息公开申请23件，已办结24件。")) == 1
    text = "全年受理劳动人事争议案件386件，上年结转案件21件，审结{n}件。"
    assert not fails(tmp_path, text.format(n=402))
    assert [r for r, _ in fails(tmp_path, "全年受理劳动人事争议案件386件，审结402件。")] == ["bound.stage"]


# --- "(内含…)": what a figure holds inside its own aside is its part, no item of the list ---------

def test_an_aside_of_what_an_item_holds_is_no_item_of_the_list(tmp_path) -> None:
    text = ("全市共有医疗卫生机构5,805个，其中医院412个、基层医疗卫生机构3,526个（内含村卫生室1,932个）、"
            "专业公共卫生机构1,867个。")
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(5805, 412, 3526, 1867)] == "pass"
    assert statuses(tmp_path, text, "bound")[(1932, 3526)] == "pass"
    wrong = text.replace("5,805", "5,815")
    assert statuses(tmp_path, wrong, "sum")[(5815, 412, 3526, 1867)] == "fail"
    inner = text.replace("1,932", "3,932")
    assert statuses(tmp_path, inner, "bound")[(3932, 3526)] == "fail"


# --- "每千名老年人": a base of people is counted in people ---------------------------------------

def test_a_rate_per_thousand_people_has_no_base_of_institutions(tmp_path) -> None:
    text = "年末全区共有养老机构38家，床位5,260张，每千名老年人拥有养老床位36.4张。"
    assert not fails(tmp_path, text)
    assert "ratio" not in {c.kind for c in checks(tmp_path, text)}


def test_a_rate_per_thousand_people_over_the_people_stated(tmp_path) -> None:
    text = "全区60岁及以上老年人口14.2万人。年末共有养老机构38家，床位5,260张，每千名老年人拥有养老床位{r}张。"
    assert statuses(tmp_path, text.format(r="37.0"), "ratio")[(5260, 142000, 37)] == "pass"
    assert statuses(tmp_path, text.format(r="39.0"), "ratio")[(5260, 142000, 39)] == "fail"


# --- a group of the disclosure table named in the prose is the sum of its rows --------------------

_TABLE = """<p>全年已办结申请37件，其中予以公开17件，无法提供{n}件，其他处理1件。</p>
<table>
<tr><td>项目</td><td>自然人</td><td>总计</td></tr>
<tr><td>（一）予以公开</td><td>17</td><td>17</td></tr>
<tr><td>（四）无法提供1.本机关不掌握相关政府信息</td><td>19</td><td>19</td></tr>
<tr><td>（四）无法提供2.没有现成信息需要另行制作</td><td>0</td><td>0</td></tr>
<tr><td>（四）无法提供3.补正后申请内容仍不明确</td><td>0</td><td>0</td></tr>
<tr><td>（六）其他处理3.其他</td><td>1</td><td>1</td></tr>
<tr><td>（七）总计</td><td>37</td><td>37</td></tr>
</table>"""


def test_a_group_restated_by_its_one_row_is_an_equality(tmp_path) -> None:
    got = [(c.rule, c.status, c.operands) for c in file_checks(tmp_path, _TABLE.format(n=19), ".html")
           if 19 in (c.operands.get("values") or []) or c.operands.get("total") == 19]
    assert ("equal.restated_table", "pass", {"values": [19, 19]}) in got


def test_a_group_the_prose_misstates_fails_as_the_sum_of_its_rows(tmp_path) -> None:
    got = [(c.rule, c.operands) for c in file_checks(tmp_path, _TABLE.format(n=18), ".html") if c.status == "fail"]
    assert ("sum.disclosure_group", {"total": 18, "parts": [19, 0, 0]}) in got
    assert not any(r == "equal.restated_table" for r, _ in got)


# --- 另有: a set beside the ones before, no later stage of them ------------------------------------

def test_a_set_added_with_besides_is_no_later_stage(tmp_path) -> None:
    text = "高校毕业生留市就业创业2.74万人，占全市高校毕业生总数的40.0%；另有4.11万人到外地就业、升学或参军。"
    assert not fails(tmp_path, text)
    assert (41100, 27400) not in statuses(tmp_path, text, "bound")


def test_a_later_stage_without_besides_is_still_bounded(tmp_path) -> None:
    text = "全年受理劳动人事争议案件386件，审结402件。"
    assert statuses(tmp_path, text, "bound")[(402, 386)] == "fail"


# --- a share whose subject is another kind of the noun the figure before names -------------------

def test_a_share_of_another_kind_of_the_noun_has_no_numerator(tmp_path) -> None:
    text = "全市公路通车里程达到1.28万公里，其中高速公路612公里；农村公路占比约82%。"
    assert not fails(tmp_path, text)
    assert "ratio" not in {c.kind for c in checks(tmp_path, text)}
    gdp = "全市地区生产总值289.4亿元，其中第二产业增加值142.3亿元，第三产业增加值占比40.9%。"
    assert not fails(tmp_path, gdp)


def test_a_share_naming_its_own_figure_is_still_checked(tmp_path) -> None:
    text = "全市公路通车里程1.28万公里，其中高速公路612公里，高速公路占比{p}%。"
    assert statuses(tmp_path, text.format(p="4.8"), "ratio")[(612, 12800, 4.8)] == "pass"
    assert statuses(tmp_path, text.format(p="5.8"), "ratio")[(612, 12800, 5.8)] == "fail"
