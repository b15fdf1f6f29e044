"""False alarms found by writing consistent passages of many report kinds (fa25, session 15; the
passages are tests/data/consistent/fa25_*). Each test holds a consistent variant that must not fail
and, where the text admits one reading, a variant with one typed digit that still fails. Every
sentence here is written for the project."""

from __future__ import annotations

from tests.test_false_alarms10 import fails
from tests.test_false_alarms11 import statuses
from tests.test_false_alarms12 import file_fails

# --- a clause opened by 含 right after a part of a list says what that part includes ---------------

_INCLUDED = [
    "全市共有行政执法人员326人,其中持有行政执法证件的318人,含法制审核人员27人。",
    "全局共有干部职工185人,其中公务员126人,含领导职务22人、职级公务员104人。",
    "全年收到申请95件,其中自然人申请78件,包含委托代理申请12件。",
    "办理法律援助案件420件,其中刑事案件160件,含未成年人案件23件。",
]


def test_a_part_the_clause_before_includes_is_no_sibling(tmp_path) -> None:
    for text in _INCLUDED:
        assert not fails(tmp_path, text), text


def test_an_included_part_is_bounded_by_the_figure_it_is_included_in(tmp_path) -> None:
    got = statuses(tmp_path, _INCLUDED[0], "bound")
    assert got[(27, 318)] == "pass"
    wrong = _INCLUDED[0].replace("27人", "327人")
    assert statuses(tmp_path, wrong, "bound")[(327, 318)] == "fail"


def test_the_outer_list_still_fails_on_a_typed_digit(tmp_path) -> None:
    text = "全局共有干部职工185人,其中公务员126人,含领导职务22人;事业编制人员47人、工勤人员12人。"
    assert statuses(tmp_path, text, "sum").get((185, 126, 47, 12)) in (None, "pass")
    text = "全局共有干部职工185人,其中公务员126人、事业编制人员47人、工勤人员12人,含退役军人9人。"
    assert statuses(tmp_path, text, "sum")[(185, 126, 47, 12)] == "pass"
    wrong = text.replace("工勤人员12人", "工勤人员17人")
    assert statuses(tmp_path, wrong, "sum")[(185, 126, 47, 17)] == "fail"


# --- a 、 list of kinds that all end in one noun stops at a clause that does not name that noun ------

_KINDS = [
    "办理公益诉讼案件76件,其中生态环境领域41件、食品药品领域19件,发出检察建议10件。",
    "办理公益诉讼案件76件,其中生态环境和资源保护领域41件、食品药品安全领域19件,发出诉前检察建议68件。",
    "受理投诉举报1260件,其中食品类520件、药品类310件,立案查处86件。",
    "检查企业300家,其中餐饮类120家、零售类100家,责令整改45家。",
]


def test_a_clause_after_a_list_of_kinds_is_no_kind(tmp_path) -> None:
    for text in _KINDS:
        assert not fails(tmp_path, text), text
        assert all(len(k) <= 3 for k in statuses(tmp_path, text, "sum")), text
    # (and the same rule still reads what it should, and a typed digit in it fails)
    text = "办理公益诉讼案件76件,其中生态环境领域41件、食品药品领域19件,其他领域16件。"
    assert statuses(tmp_path, text, "sum")[(76, 41, 19, 16)] == "pass"
    wrong = text.replace("其他领域16件", "其他领域26件")
    assert statuses(tmp_path, wrong, "sum")[(76, 41, 19, 26)] == "fail"
    closing = "办理公益诉讼案件76件,其中生态环境领域41件、食品药品领域19件,国有财产保护16件。"
    assert statuses(tmp_path, closing, "sum")[(76, 41, 19, 16)] == "pass"


# --- two parts of one breakdown are kinds side by side: neither is the other's base ----------------

_SIBLINGS = [
    "全年接听电话3.28万个,其中工作时间接听2.91万个,非工作时间接听0.37万个,接听率99.6%。",
    "全年受理来件1260件,其中线上受理980件,线下受理280件,受理率100%。",
    "全年办结诉求4.6万件,其中按期办结4.5万件,逾期办结0.1万件,办结率99.1%。",
]


def test_a_rate_takes_no_sibling_part_as_its_base(tmp_path) -> None:
    for text in _SIBLINGS:
        assert not fails(tmp_path, text), text
        assert not [k for k in statuses(tmp_path, text, "ratio") if len(k) == 3 and k[1] in (2.91, 980, 4.5)], text


# --- money the cases involve is no part of money collected or fined -------------------------------

def test_an_involved_amount_is_no_part_of_a_fine_or_a_tax(tmp_path) -> None:
    for text in ("全年开展税务稽查1286户,查补税款4.62亿元,入库4.18亿元;其中查处虚开发票案件42起,涉案金额8.36亿元。",
                 "全年查处违法案件286件,罚没款1.62亿元;其中查处传销案件12件,涉案金额3.36亿元。",
                 "全年查办案件530件,罚没金额2860万元,其中商标侵权案件46件,涉案货值金额4120万元。"):
        assert not fails(tmp_path, text), text
    # (and the same rule still reads what it should, and a typed digit in it fails)
    text = "全年查处违法案件286件,涉案金额2.62亿元;其中查处传销案件12件,涉案金额3.36亿元。"
    assert statuses(tmp_path, text, "bound")[(3.36, 2.62)] == "fail"
    fine = "全年查处违法案件286件,罚没款1.62亿元;其中传销案件12件,罚没款0.36亿元。"
    assert statuses(tmp_path, fine, "bound")[(0.36, 1.62)] == "pass"
    assert statuses(tmp_path, fine.replace("0.36亿元", "3.36亿元"), "bound")[(3.36, 1.62)] == "fail"


# --- a "其中" row inside a 小计 group: the rows its breakdown may run over are readings -------------

_SUBTOTALS = """| 科目 | 决算数 | 预算数 |
| --- | --- | --- |
| 一般公共服务支出 | 1,286.40 | 1,320.00 |
| 其中:行政运行 | 968.20 | 980.00 |
| 一般行政管理事务 | 318.20 | 340.00 |
| 公共安全支出 | 2,415.60 | 2,500.00 |
| 社会保障和就业支出 | 356.80 | 360.00 |
| 小计 | 4,058.80 | 4,180.00 |
| 住房保障支出 | 212.50 | 215.00 |
| 合计 | 4,271.30 | 4,395.00 |
"""


def test_a_subtotal_over_a_nested_breakdown_holds(tmp_path) -> None:
    assert not file_fails(tmp_path, _SUBTOTALS, ".md")
    # (and the same rule still reads what it should, and a typed digit in it fails)
    wrong = _SUBTOTALS.replace("| 2,415.60 |", "| 2,475.60 |")
    assert any(r == "sum.table_total" and o["total"] == 4058.8 for r, o in file_fails(tmp_path, wrong, ".md"))


# --- a list of one total's parts stops at a ";" past which it would overshoot that total -----------

_NEW_CLAUSE = "全年实施重点项目128个,完成投资236.8亿元,其中新开工项目{a}个、续建项目{b}个;亿元以上项目64个,完成投资198.4亿元。"


def test_a_clause_after_a_semicolon_is_no_more_parts(tmp_path) -> None:
    text = _NEW_CLAUSE.format(a=52, b=76)
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(128, 52, 76)] == "pass"
    partial = _NEW_CLAUSE.format(a=40, b=76).replace("其中新开工项目40个", "其中新开工项目40个、改建项目12个")
    assert not fails(tmp_path, partial)
    wrong = _NEW_CLAUSE.format(a=52, b=716)
    assert fails(tmp_path, wrong)


# --- "其中X占比p%": the share of a part not printed, never of the figure before it ------------------

def test_a_share_of_a_part_named_after_qizhong_is_not_of_the_whole(tmp_path) -> None:
    for text in ("地区生产总值486.2亿元;一般公共预算收入32.6亿元,其中税收占比81.2%。",
                 "全区生产总值486.2亿元,增长6.1%;一般公共预算收入32.6亿元,增长8.3%,其中税收占比81.2%,比上年提高2.6个百分点。"):
        assert not fails(tmp_path, text), text
    # (and the same rule still reads what it should, and a typed digit in it fails)
    text = "一般公共预算收入32.6亿元,其中税收26.47亿元,税收占比81.2%。"
    assert statuses(tmp_path, text, "ratio")[(26.47, 32.6, 81.2)] == "pass"
    wrong = text.replace("26.47亿元", "28.47亿元")
    assert statuses(tmp_path, wrong, "ratio")[(28.47, 32.6, 81.2)] == "fail"


# --- a closing total ("共96个") adds the figures of its own unit only -------------------------------

def test_a_closing_total_adds_only_figures_of_its_unit(tmp_path) -> None:
    text = "全年完成评估1次,划定优先保护单元46个、重点管控单元38个、一般管控单元12个,共96个。"
    assert not fails(tmp_path, text)
    assert statuses(tmp_path, text, "sum")[(96, 46, 38, 12)] == "pass"
    wrong = text.replace("共96个", "共97个")
    assert statuses(tmp_path, wrong, "sum")[(97, 46, 38, 12)] == "fail"


# --- shares by 分别 with no base named: a wider figure of the kind before is a reading too ----------

_TWO_STAGES = ("调处各类矛盾纠纷8624件,调处成功8472件,成功率98.2%;其中婚姻家庭纠纷2136件、邻里纠纷1868件、"
               "损害赔偿纠纷1245件,分别占24.8%、21.7%和14.4%。")


def test_respective_shares_may_be_of_the_wider_stage(tmp_path) -> None:
    assert not fails(tmp_path, _TWO_STAGES)
    wrong = _TWO_STAGES.replace("邻里纠纷1868件", "邻里纠纷1968件")
    assert [o["numerator"] for r, o in fails(tmp_path, wrong) if r == "ratio.share"] == [1968]
