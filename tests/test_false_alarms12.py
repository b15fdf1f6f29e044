"""False alarms found by writing consistent passages in the styles of the reports (review12): each
test holds a consistent variant that must not fail and, where the text admits one reading, an
inconsistent variant that still fails. Every sentence here is written for the project."""

from __future__ import annotations

import toolkit
from tests.helpers import quantities
from tests.test_false_alarms10 import checks, fails
from tests.test_false_alarms11 import statuses


def file_checks(tmp_path, text: str, suffix: str) -> list:
    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def file_fails(tmp_path, text: str, suffix: str) -> list:
    return [(c.rule, c.operands) for c in file_checks(tmp_path, text, suffix) if c.status == "fail"]


# --- "分别为348、327、550件": the numbers of a 、 list share the measure word after the last -------

_SHARED = ("全年办结依申请公开事项{t}件,其中予以公开、部分公开、无法提供、不予处理分别为412、86、{c}、37件,"
           "另有12件结转下年度办理。")


def test_numbers_listed_with_dun_share_the_last_ones_measure_word() -> None:
    got = [(int(q.value), q.unit) for q in quantities("甲区、乙区、丙区分别受理46、118、32件。")]
    assert got == [(46, "件"), (118, "件"), (32, "件")]
    assert [q.unit for q in quantities("三季度分别增长4.5、3.8和2.9%。")] == ["%", "%", "%"]
    assert [q.value for q in quantities("两项指标分别为1.5、2.25万人。") if q.unit == "人"] == [15000, 22500]


def test_ordinals_listed_with_dun_take_no_measure_word() -> None:
    # "依据第31、32条": article numbers, not counts of 条 (the 31 takes no measure word from the list)
    assert 31 not in [q.value for q in quantities("依据《条例》第31、32条作出处理,罚款2万元。")]


def test_a_list_of_bare_numbers_adds_up_with_its_rest(tmp_path) -> None:
    text = _SHARED.format(t="601", c="54")  # 412+86+54+37+12 = 601
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(601, 412, 86, 54, 37, 12)] == "pass"
    assert statuses(tmp_path, _SHARED.format(t="601", c="64"), "sum")[(601, 412, 86, 64, 37, 12)] == "fail"


# --- 新收 (what came in new) bounds no closing: older work may be closed too ------------------------

def test_closing_more_than_came_in_new_is_no_error(tmp_path) -> None:
    text = "本年度新收政府信息公开申请214件。在已答复的223件中,予以公开118件,占52.9%。"
    assert not fails(tmp_path, text)
    stage = [c for c in checks(tmp_path, text) if c.rule == "bound.stage"]
    assert stage and all(c.status == "unverifiable" for c in stage)
    assert stage[0].operands.get("unverifiable") == "closed_older_work"


def test_closing_within_what_came_in_new_still_passes(tmp_path) -> None:
    text = "新收行政复议案件214件,审结198件。"
    assert statuses(tmp_path, text, "bound")[(198, 214)] == "pass"


def test_a_later_stage_over_what_was_received_still_fails(tmp_path) -> None:
    # (not 新收: all that came in; and 受理 is no closing that older work swells)
    assert statuses(tmp_path, "收到行政复议申请214件,受理223件。", "bound")[(223, 214)] == "fail"
    assert statuses(tmp_path, "新收行政复议申请214件,受理223件。", "bound")[(223, 214)] == "fail"


# --- a note that one item may be counted in several parts makes the list bounds, no sum -------------

_OVERLAP = ("全年主动公开政府信息6,240条,其中通过政府网站公开5,118条,通过政务微信公众号发布{b}条"
            "(部分信息多渠道同时发布)。")


def test_parts_counted_in_several_channels_add_up_past_the_whole(tmp_path) -> None:
    text = _OVERLAP.format(b="3,905")
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "bound")[(3905, 6240)] == "pass"


def test_a_part_over_the_whole_still_fails_with_the_note(tmp_path) -> None:
    assert statuses(tmp_path, _OVERLAP.format(b="6,905"), "bound")[(6905, 6240)] == "fail"


def test_without_the_note_the_list_still_adds_up(tmp_path) -> None:
    text = "全年主动公开政府信息6,240条,其中通过政府网站公开5,118条,通过政务微信公众号发布1,122条。"
    assert statuses(tmp_path, text, "sum")[(6240, 5118, 1122)] == "pass"


# --- 被处罚 names a stage after a figure; 行政处罚案件 before it is a kind of case ------------------

def test_closed_penalty_cases_are_no_stage_of_reconsideration_received(tmp_path) -> None:
    assert not fails(tmp_path, "市政府行政复议机构收案186件。办结行政处罚案件2,915件。")


def test_closed_penalty_cases_over_those_accepted_still_fail(tmp_path) -> None:
    text = "受理行政处罚案件186件。办结行政处罚案件2,915件。"
    assert statuses(tmp_path, text, "bound")[(2915, 186)] == "fail"


def test_penalty_decisions_decide_no_request(tmp_path) -> None:
    text = ("- 办理行政应诉案件402件(一审318件、二审及再审84件),负责人出庭应诉率100%。\n\n"
            "- 全年作出行政处罚决定1,217件,其中警告866件,其余351件为罚款。")
    assert not fails(tmp_path, text)


def test_penalty_decisions_over_cases_filed_still_fail(tmp_path) -> None:
    assert statuses(tmp_path, "立案查处案件402件,作出行政处罚决定1,217件。", "bound")[(1217, 402)] == "fail"


# --- a list naming its rest after the shares: the shares are of the list's own sum ---------------

_REST_AFTER = ("按反映内容分,城乡建设类842件,占32.6%;社会保障类615件,占{p}%;生态环境类309件,占12.0%;"
               "其余816件涉及其他事项。")


def test_shares_of_a_list_naming_its_rest_after_them_take_no_far_whole(tmp_path) -> None:
    text = ("全年受理行政复议申请1,204件,审结1,136件。\n\n" + _REST_AFTER.format(p="23.8"))
    assert not fails(tmp_path, text)  # 842+615+309+816 = 2,582: not the 1,136 of the paragraph before


def test_shares_of_such_a_list_over_its_printed_whole_are_still_checked(tmp_path) -> None:
    text = "全年受理信访事项2,582件。\n\n" + _REST_AFTER.format(p="{p}")
    assert statuses(tmp_path, text.format(p="23.8"), "ratio")[(615, 2582, 23.8)] == "pass"
    assert statuses(tmp_path, text.format(p="28.3"), "ratio")[(615, 2582, 28.3)] == "fail"


def test_a_subtotal_is_no_item_of_the_list_its_share_is_in(tmp_path) -> None:
    text = ("全年收到政府信息公开申请40件,均已按时答复。办理结果为:予以公开15件、部分公开9件,合计24件,"
            "占{p}%;不予公开2件;无法提供11件;其他处理3件。")
    assert statuses(tmp_path, text.format(p="60.0"), "ratio")[(24, 40, 60.0)] == "pass"
    assert statuses(tmp_path, text.format(p="66.0"), "ratio")[(24, 40, 66.0)] == "fail"


# --- two complements (自然人, 法人) make a list whole: its share is of its own sum -----------------

def test_a_share_over_two_complements_takes_no_far_whole_one_digit_off(tmp_path) -> None:
    # 47 / 78 = 60.3%; the 73 handled (含上年结转) is another figure, no misprint of 78
    text = ("全年共处理依申请公开事项73件(含上年结转3件)。\n\n"
            "从申请主体看,自然人提出申请47件,法人或者其他组织提出申请31件,自然人申请占比60.3%。")
    assert not fails(tmp_path, text)


def test_a_share_over_two_complements_is_still_checked(tmp_path) -> None:
    text = ("全年共收到依申请公开事项78件。\n\n"
            "从申请主体看,自然人提出申请47件,法人或者其他组织提出申请31件,自然人申请占比{p}%。")
    assert statuses(tmp_path, text.format(p="60.3"), "ratio")[(47, 78, 60.3)] == "pass"
    assert statuses(tmp_path, text.format(p="63.3"), "ratio")[(47, 78, 63.3)] == "fail"


# --- a superlative or rank in a share's subject names no more than the item ----------------------

_MOST = ("全年受理诉求386,420件。分季度看,一季度84,215件、二季度97,630件、三季度121,008件、四季度83,567件,"
         "三季度受理量最多,占全年的{p}%。")


def test_a_share_after_a_superlative_is_the_named_items(tmp_path) -> None:
    assert statuses(tmp_path, _MOST.format(p="31.3"), "ratio")[(121008, 386420, 31.3)] == "pass"
    assert not fails(tmp_path, _MOST.format(p="31.3"))


def test_a_share_after_a_superlative_still_fails_when_wrong(tmp_path) -> None:
    assert statuses(tmp_path, _MOST.format(p="33.1"), "ratio")[(121008, 386420, 33.1)] == "fail"


# --- a share whose subject is printed nowhere takes not the figure of the clause before ------------

def test_a_share_of_an_unprinted_part_is_not_checked(tmp_path) -> None:
    text = "全年组织税收收入612.48亿元。\n\n全年地区生产总值1,284.6亿元,第二产业增加值占比38.4%。"
    assert not fails(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.kind == "ratio"]


def test_a_share_of_a_printed_part_is_still_checked(tmp_path) -> None:
    text = "全年地区生产总值1,284.6亿元,第二产业增加值493.3亿元,占比{p}%。"
    assert statuses(tmp_path, text.format(p="38.4"), "ratio")[(493.3, 1284.6, 38.4)] == "pass"
    assert statuses(tmp_path, text.format(p="34.8"), "ratio")[(493.3, 1284.6, 34.8)] == "fail"


# --- shares that hold over a list's own sum deny a far whole of another topic ----------------------

_KINDS = ("全年作出行政许可决定5,126件。\n\n"
          "按投诉内容分类,商品质量类684件,占{p}%;服务合同类1,207件,占38.5%;价格类415件,占13.2%;其余828件为其他类。")


def test_a_classified_list_with_its_shares_takes_no_far_whole(tmp_path) -> None:
    assert not fails(tmp_path, _KINDS.format(p="21.8"))  # of 3,134, the list's own sum


def test_a_classified_list_in_its_wholes_paragraph_still_adds_up(tmp_path) -> None:
    text = "全年受理消费投诉3,134件。按投诉内容分类,商品质量类684件,服务合同类1,207件,价格类415件,其余{r}件为其他类。"
    assert statuses(tmp_path, text.format(r="828"), "sum")[(3134, 684, 1207, 415, 828)] == "pass"
    assert statuses(tmp_path, text.format(r="882"), "sum")[(3134, 684, 1207, 415, 882)] == "fail"


# --- tables printed one after the other are two tables --------------------------------------------

_TWO_MD = ("| 诉求类型 | 件 | 比重(%) |\n|---|---:|---:|\n| 咨询 | 12,406 | 61.2 |\n| 投诉 | 7,865 | 38.8 |\n"
           "| 合计 | 20,271 | 100.0 |\n\n| 渠道 | 数量(件次) | 占比 |\n|---|---:|---:|\n| 来信 | 3,120 | 41.6% |\n"
           "| 来访 | 4,380 | 58.4% |\n| 合计 | {t} | 100.0% |\n")


def test_two_markdown_tables_after_each_other_are_two(tmp_path) -> None:
    got = file_checks(tmp_path, _TWO_MD.format(t="7,500"), ".md")
    assert not [c for c in got if c.status == "fail"]
    sums = {(c.operands["total"], *c.operands["parts"]) for c in got if c.kind == "sum"}
    assert (20271, 12406, 7865) in sums and (7500, 3120, 4380) in sums


def test_the_second_tables_total_is_still_checked(tmp_path) -> None:
    got = file_fails(tmp_path, _TWO_MD.format(t="7,600"), ".md")
    assert any(r.startswith("sum.") and ops["total"] == 7600 for r, ops in got)


_TWO_HTML = ("<html><body><p>一、办理情况</p><table><tr><td>区域</td><td>受理(件)</td><td>办结(件)</td></tr>"
             "<tr><td>城区</td><td>1,206</td><td>1,180</td></tr><tr><td>郊区</td><td>842</td><td>815</td></tr>"
             "<tr><td>合计</td><td>2,048</td><td>1,995</td></tr></table>"
             "<table><tr><td>类型</td><td>受理(件)</td><td>办结(件)</td></tr>"
             "<tr><td>咨询</td><td>3,310</td><td>3,306</td></tr><tr><td>投诉</td><td>1,725</td><td>1,644</td></tr>"
             "<tr><td>合计</td><td>{t}</td><td>4,950</td></tr></table></body></html>")


def test_two_html_tables_after_each_other_are_two(tmp_path) -> None:
    assert not file_fails(tmp_path, _TWO_HTML.format(t="5,035"), ".html")
    got = file_fails(tmp_path, _TWO_HTML.format(t="5,135"), ".html")
    assert any(ops.get("total") == 5135 for _, ops in got)


# --- lines opened by list markers end at a line without one ----------------------------------------

_LINES = ("全年共受理各类诉求52,310件,按诉求类型分:\n(一)咨询:18,204件,占34.8%\n(二)求助:9,115件,占17.4%\n"
          "(三)投诉:{c}件,占41.3%\n(四)建议:3,385件,占6.5%\n全年共受理群众来电来信2,417件,较上年有所增加。")


def test_a_line_without_a_marker_after_marked_items_is_none_of_them(tmp_path) -> None:
    text = _LINES.format(c="21,606")
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(52310, 18204, 9115, 21606, 3385)] == "pass"


def test_the_marked_items_still_add_up_to_their_whole(tmp_path) -> None:
    assert statuses(tmp_path, _LINES.format(c="21,706"), "sum")[(52310, 18204, 9115, 21706, 3385)] == "fail"


# --- the rest named without a figure leaves the list open ------------------------------------------

_ROADS = "年末公路通车里程{t}公里,其中高速公路318公里、一级公路1,042公里、二级公路{b}公里,其余为三级及以下公路。"


def test_a_rest_named_without_a_figure_leaves_the_list_open(tmp_path) -> None:
    text = _ROADS.format(t="12,906", b="4,577")  # 5,937 listed: the rest is not printed
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "bound")[(4577, 12906)] == "pass"


def test_a_part_over_the_whole_still_fails_with_the_rest_unfigured(tmp_path) -> None:
    assert fails(tmp_path, _ROADS.format(t="3,906", b="4,577"))


# --- 一 and 十 counted in lists ------------------------------------------------------------------

def test_one_in_a_list_of_counts_is_a_count(tmp_path) -> None:
    text = "全区共有三级医院二家、二级医院一家、一级医院六家,合计{t}家。"
    assert [q.value for q in quantities(text.format(t="九"))] == [2, 1, 6, 9]
    assert statuses(tmp_path, text.format(t="九"), "sum")[(9, 2, 1, 6)] == "pass"
    assert statuses(tmp_path, text.format(t="十"), "sum")[(10, 2, 1, 6)] == "fail"


def test_ten_broken_down_after_it_is_a_count(tmp_path) -> None:
    text = "新设立十个便民服务站,其中街道{a}个、社区七个。"
    assert statuses(tmp_path, text.format(a="三"), "sum")[(10, 3, 7)] == "pass"
    assert statuses(tmp_path, text.format(a="四"), "sum")[(10, 4, 7)] == "fail"


def test_one_as_a_word_is_still_no_count() -> None:
    assert not quantities("推行统一家庭医生签约服务,建设一家一档。")
    assert not quantities("实施十项行动,推进十大工程。")


# --- a prose rate or count next to a table: of its own whole, or of another object ----------------

_TABLE = ("| 区域 | 受理(件) | 办结(件) | 办结率(%) |\n|---|---|---|---|\n| 城区 | 4,206 | 4,081 | 97.0 |\n"
          "| 郊区 | 2,310 | 2,187 | 94.7 |\n| 合计 | 6,516 | 6,268 | 96.2 |\n\n")


def test_a_prose_rate_with_its_own_whole_restates_no_table_total(tmp_path) -> None:
    text = _TABLE + "全年热线受理诉求13.52万件,办结率98.4%。\n"
    assert not file_fails(tmp_path, text, ".md")


def test_a_prose_rate_of_the_tables_whole_still_restates_it(tmp_path) -> None:
    text = _TABLE + "全年受理6,516件,办结率96.8%。\n"
    assert any(r == "equal.table_total" for r, _ in file_fails(tmp_path, text, ".md"))


_BEFORE = "全年共受理群众来信来访{v}件,群众诉求总体平稳。\n\n全年未发生重大群体性事件。\n\n表1 各片区办理情况\n\n"


def test_a_prose_figure_naming_another_object_restates_no_table_total(tmp_path) -> None:
    text = _BEFORE.format(v="19,714") + _TABLE
    assert not file_fails(tmp_path, text, ".md")


def test_a_prose_figure_one_slip_off_the_tables_total_still_fails(tmp_path) -> None:
    text = _BEFORE.format(v="6,526") + _TABLE
    assert any(r == "equal.table_total" for r, _ in file_fails(tmp_path, text, ".md"))


# --- levels that overlap, said so after them ------------------------------------------------------

_LEVELS = "检查生产经营单位{t}家次,市级检查4,936家次,县级检查3,174家次{note}。"


def test_levels_said_to_overlap_add_up_past_the_whole(tmp_path) -> None:
    text = _LEVELS.format(t="5,892", note=",部分企业接受了多级检查")  # 8,110 over 5,892
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "bound")[(4936, 5892)] == "pass"


def test_levels_without_the_note_still_add_up(tmp_path) -> None:
    assert statuses(tmp_path, _LEVELS.format(t="8,110", note=""), "sum")[(8110, 4936, 3174)] == "pass"
    assert statuses(tmp_path, _LEVELS.format(t="5,892", note=""), "sum")[(5892, 4936, 3174)] == "fail"


# --- a full rate printed with decimals is a rounding -------------------------------------------------

def test_a_full_rate_with_decimals_over_a_large_base_asserts_no_equality(tmp_path) -> None:
    text = "适龄儿童61,208人,已入学61,205人,入学率100.00%。"  # 99.995%: rounds to 100.00
    assert not fails(tmp_path, text)
    assert not [c for c in checks(tmp_path, text) if c.rule == "equal.full_rate"]


def test_a_full_rate_with_decimals_over_a_small_base_is_still_an_equality(tmp_path) -> None:
    text = "适龄儿童612人,已入学609人,入学率100.00%。"  # one short would print 99.84%
    # (the failing ratio says it; its equality, the same error, is said once: check_list.without_echoes)
    assert [r for r, _ in fails(tmp_path, text)] == ["ratio.full"]


# --- a set named again in rounded units restates the figure it rounds -----------------------------

def test_a_rounded_set_named_again_takes_the_figure_it_rounds(tmp_path) -> None:
    text = ("受理投诉举报4,612件,其中涉及食品的930件。\n\n受理量首次突破61万件,达到612,845件。\n\n"
            "上述61.3万件诉求均已录入系统。")
    assert not fails(tmp_path, text)


# --- 初中:/高中: name a school level, not "among" -------------------------------------------------

def test_a_school_level_ending_in_zhong_opens_no_set(tmp_path) -> None:
    text = ("在校学生总数为58,640人,构成如下:\n(一)学前教育:8,215人,占14.0%;\n(二)小学:29,874人,占{p}%。\n"
            "(三)初中:20,551人,占35.0%;")
    assert not fails(tmp_path, text.format(p="50.9"))
    assert statuses(tmp_path, text.format(p="50.9"), "ratio")[(20551, 58640, 35.0)] == "pass"
    assert statuses(tmp_path, text.format(p="59.0"), "ratio")[(29874, 58640, 59.0)] == "fail"


def test_a_set_opened_by_zhong_still_breaks_its_whole_down(tmp_path) -> None:
    text = "受理投诉1,200件。投诉中:食品类500件,药品类{b}件。"
    assert statuses(tmp_path, text.format(b="700"), "sum")[(1200, 500, 700)] == "pass"
    assert statuses(tmp_path, text.format(b="800"), "sum")[(1200, 500, 800)] == "fail"


# --- a list naming its rest: shares over its own sum, not over a far figure near it ----------------

_NEAR_SUM = ("应办结信访事项{w}件,按期办结9,902件,按期办结率99.17%。\n\n"
             "按内容分类,城乡建设类1,204件,占12.0%;劳动和社会保障类4,587件,占{p}%;自然资源类1,846件,占18.4%;"
             "卫生健康类917件,占9.2%;其余1,462件涉及其他领域。")


def test_shares_of_a_list_with_its_rest_take_no_far_figure_near_their_sum(tmp_path) -> None:
    # 10,016 listed in all; 4,587 / 10,016 = 45.8%, / 9,985 = 45.9%: the far figure is another whole
    assert not fails(tmp_path, _NEAR_SUM.format(w="9,985", p="45.8"))


def test_shares_of_a_list_with_its_rest_over_their_printed_sum_are_checked(tmp_path) -> None:
    got = statuses(tmp_path, _NEAR_SUM.format(w="10,016", p="48.5"), "ratio")
    assert got[(4587, 10016, 48.5)] == "fail"


# --- an overlap note: nor need the parts cover every channel ----------------------------------------

def test_overlapping_channels_short_of_the_whole_are_no_error(tmp_path) -> None:
    text = "全年主动公开政府信息3,480条,其中通过政府网站公开2,216条,通过政务微博发布1,021条(部分信息多渠道同时发布)。"
    assert not fails(tmp_path, text)


# --- 一 opening a list of counts -----------------------------------------------------------------

def test_one_opening_a_list_of_counts_is_a_count(tmp_path) -> None:
    text = "辖区共有三甲医院一家、三乙医院一家、二级医院{k}家,合计七家。"
    assert statuses(tmp_path, text.format(k="五"), "sum")[(7, 1, 1, 5)] == "pass"
    assert statuses(tmp_path, text.format(k="六"), "sum")[(7, 1, 1, 6)] == "fail"


# --- a later figure naming its own object goes on from no sentence before ------------------------

def test_a_figure_naming_another_object_is_no_later_stage_of_the_sentence_before(tmp_path) -> None:
    assert not fails(tmp_path, "办理人大代表建议和政协提案412件,办复率100%。受理投诉举报2,610件。")


def test_a_figure_naming_only_its_stage_still_goes_on_from_the_sentence_before(tmp_path) -> None:
    text = "收到投诉举报2,798件,均已登记。受理投诉举报2,610件。审结{c}件。"
    assert statuses(tmp_path, text.format(c="2,590"), "bound")[(2590, 2610)] == "pass"
    assert statuses(tmp_path, text.format(c="2,720"), "bound")[(2720, 2610)] == "fail"


# --- a line of a headed list is one item's piece: its other measures are no items -----------------

_GRADES = ("全区在校生(含在园幼儿){t}万人。分学段情况如下:\n\n- 学前教育:在园幼儿1.64万人,专任教师1,208人\n"
           "- 小学:在校生4.12万人,招生0.71万人,毕业生0.66万人\n- 初中:在校生2.05万人\n- 普通高中:在校生0.93万人\n")


def test_the_other_measures_of_a_lines_item_are_no_items(tmp_path) -> None:
    assert not fails(tmp_path, _GRADES.format(t="8.74"))  # 1.64 + 4.12 + 2.05 + 0.93


# --- a table's caption naming what it counts ------------------------------------------------------

_CAPTIONED = ("全年共受理群众来电{v}件,平均通话时长3.6分钟。\n\n全年未发生重大群体性事件。\n\n办结{w}件,办结率为98.56%。\n\n"
              "表2 各片区物业服务投诉办理情况\n\n" + _TABLE)


def test_a_captioned_tables_total_is_no_restatement_of_prose_not_naming_its_object(tmp_path) -> None:
    assert not file_fails(tmp_path, _CAPTIONED.format(v="31,642", w="31,186"), ".md")


def test_prose_one_slip_off_a_captioned_tables_total_still_fails(tmp_path) -> None:
    text = _CAPTIONED.format(v="6,518", w="6,424").replace("\n\n表2", "\n\n全年共受理物业服务投诉6,526件。\n\n表2")
    assert any(r == "equal.table_total" for r, _ in file_fails(tmp_path, text, ".md"))


# --- a "其中" row of a table is a part of the row above it ---------------------------------------

def test_a_nested_row_is_no_item_of_the_tables_total(tmp_path) -> None:
    text = ("| 类别 | 件数 |\n|---|---|\n| 投诉 | 2,140 |\n| 其中:物业 | 810 |\n| 咨询 | 1,305 |\n| 建议 | 455 |\n"
            "| 总计 | {t} |\n")
    assert not file_fails(tmp_path, text.format(t="3,900"), ".md")
    assert file_fails(tmp_path, text.format(t="4,900"), ".md")


# --- a line ending with ":" opens the list its lines are items of -------------------------------

_TWO_LISTS = ("按案件类别划分,合计9,140件。具体如下:\n(一)食品安全2,310件(25.3%)\n(二)特种设备6,830件(74.7%)\n"
              "全年共受理各类事故报告4,260起,按事故类型分:\n(一)道路交通:1,704起,占{p}%\n(二)建筑施工类2,556起,占比60.0%")


def test_items_under_a_later_opener_line_are_not_of_an_earlier_lists_whole(tmp_path) -> None:
    assert not fails(tmp_path, _TWO_LISTS.format(p="40.0"))


def test_items_under_a_later_opener_line_are_still_checked_against_its_whole(tmp_path) -> None:
    assert statuses(tmp_path, _TWO_LISTS.format(p="44.0"), "ratio")[(1704, 4260, 44.0)] == "fail"


# --- marked item lines go on past one that ends its sentence -------------------------------------

_AREAS = ("全年共受理各类事项2,960件,按区域分:\n- 东城区1,184件(40.0%);\n- 西城区296件(10.0%)\n"
          "- 南湖区1,332件(45.0%)。\n- 北山区:{r}件,占5.0%。\n二、受理投诉举报5,103件。")


def test_a_marked_item_after_a_line_ending_its_sentence_is_still_an_item(tmp_path) -> None:
    assert not fails(tmp_path, _AREAS.format(r="148"))
    assert statuses(tmp_path, _AREAS.format(r="148"), "sum")[(2960, 1184, 296, 1332, 148)] == "pass"


def test_such_a_list_still_fails_when_it_does_not_add_up(tmp_path) -> None:
    assert statuses(tmp_path, _AREAS.format(r="248"), "sum")[(2960, 1184, 296, 1332, 248)] == "fail"


def test_an_item_numbered_out_of_sequence_is_the_outer_lists(tmp_path) -> None:
    text = ("全年共受理各类事项2,960件,按案件类别分:\n(一)食品安全1,184件(40.0%)。\n(二)药品类296件,占比10.0%\n"
            "(三)特种设备:1,480件,占50.0%\n(五)受理投诉举报3,155件,其中涉及食品的670件。")
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(2960, 1184, 296, 1480)] == "pass"


def test_closing_more_cases_than_came_in_new_is_unverifiable(tmp_path) -> None:
    got = statuses(tmp_path, "全年新收一审行政诉讼案件320件,审结{c}件。".format(c="338"), "bound")
    assert got[(338, 320)] == "unverifiable"
    assert statuses(tmp_path, "全年新收一审行政诉讼案件320件,审结298件。", "bound")[(298, 320)] == "pass"
