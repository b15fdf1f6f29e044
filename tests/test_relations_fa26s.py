"""Figures printed beside a list that are not its whole (toolkit/relations/siblings.py): a 分别 list
after one item of a list, a total after a figure stated per unit, kinds in a section of their own
fitted by a slip to a later stage. Project sentences."""

from __future__ import annotations

from helpers import audit_text


def _checks(tmp_path, text: str) -> list[tuple]:
    return [(c.rule, c.status, c.operands.get("total", c.operands.get("larger")), c.operands)
            for c in audit_text(tmp_path, text) if c.kind in ("sum", "bound")]


def _fails(tmp_path, text: str) -> list[tuple]:
    return [(rule, ops) for rule, status, _, ops in _checks(tmp_path, text) if status == "fail"]


def _sums_of(tmp_path, text: str, total) -> list[str]:
    return [status for rule, status, t, _ in _checks(tmp_path, text) if rule == "sum.breakdown" and t == total]


# A 分别 list after a figure that is itself one item of a list its sentence opened (其中, "X中",
# another item joined by ; or 、): more items beside it, or its parts -- never an error unless it
# adds up; a figure the words make the whole keeps its check.
_SIBLINGS = [
    "申请人中自然人126件,占新收申请的86.3%;商业企业14件;科研机构、法律服务机构和其他组织分别为1件、3件、2件。",
    "本年度主动公开信息5,210条,较上年的4,980条增长4.6%;其中规范性文件186条,占3.6%,人事信息、财政信息、"
    "民生信息分别为312条、95条、2,406条。",
    "全年在门户网站发布信息3,120条;其中政策文件205条,占6.6%,机构概况、规划计划、重点领域分别为98条、143条、1,870条。",
    "从申请主体看,自然人申请152件,占91.0%;法人申请9件;社会组织、律师事务所和其他分别为2件、3件、1件。",
    "来访群众中,本区居民842人次;外区居民97人次;外省、港澳台和境外人员分别为35人次、4人次、1人次。",
    "受理的举报线索中,实名举报63件;匿名举报25件;涉及土地、环保和食品安全的分别为41件、30件、17件。",
    "全年办理复议案件中,维持类58件;撤销类12件;确认违法和责令履行分别为6件和3件。",
]


def test_a_respective_list_after_one_item_of_a_list_is_no_breakdown_of_it(tmp_path) -> None:
    for text in _SIBLINGS:
        assert _fails(tmp_path, text) == [], text
    # the whole by its words (共…收到, the sentence's first figure): a list short of it still fails
    assert _sums_of(tmp_path, "全年共收到政府信息公开申请45件,自然人、法人或其他组织分别为40件、6件。", 45) == ["fail"]
    assert _sums_of(tmp_path, "本年度受理行政复议申请88件,其中不予受理、受理后撤回和审结分别为5件、9件、70件。", 88) == ["fail"]
    # an item whose 分别 list adds up to it: its parts, checked
    assert _sums_of(tmp_path, "共受理申请100件,其中行政许可60件,准予和不予分别为52件、8件。", 60) == ["pass"]


# "每个社区均配备法律顾问1名,共12名": the total is units times a figure per unit, not a sum of the
# figures before it (a population, a count of staff elsewhere).
_PER_UNIT = [
    "街道辖12个社区、86个网格,常住人口4.3万人,平均每个网格服务居民500人;每个社区均配备法律顾问1名,共12名。",
    "全镇8个行政村,户籍人口2.1万人,各村均配备村医2名,共16名。",
    "辖区共有企业1,250家,从业人员3.8万人;每个园区都设立服务专员3名,合计15名。",
    "全县有中小学34所,在校生2.6万人,每所学校配备法治副校长1名,全县共34名。",
    "全区设立调解室20个,群众来访6,300人次,每个调解室配备调解员2名,共计40名。",
    "本镇常住人口2.6万人,其中60岁以上老年人5,400人,配备村医各2名,共18名。",
    "街道辖12个社区,常住人口4.3万人,配备专职网格员86名,共计86名。",
]


def test_a_total_after_a_figure_per_unit_sums_nothing_before_it(tmp_path) -> None:
    for text in _PER_UNIT:
        assert _fails(tmp_path, text) == [], text
    # items each of its own unit, then their total: still checked
    text = "甲社区配备调解员3名,乙社区配备调解员4名,丙社区配备调解员5名,共{}名。"
    assert _sums_of(tmp_path, text.format(12), 12) == ["pass"]
    assert _sums_of(tmp_path, text.format(13), 13) == ["fail"]
    # a population closed by a population total is summed
    text = "甲村户籍人口1,200人、乙村户籍人口800人,两村共计{}人。"
    assert _sums_of(tmp_path, text.format("2,100"), 2100) == ["fail"]
    assert _sums_of(tmp_path, text.format("2,000"), 2000) == ["pass"]


# Kinds listed in a section of their own, no stage named there, one slip away from a later stage's
# figure ("办结") but stated after the first stage's headline ("共受理"): of that one as much --
# the sum names the headline and fails only when no reading holds.
_COMPLAINTS = ("2023年,全市市场监管部门共受理投诉举报1,286件,同比增长8.2%。\n\n二、办理情况\n\n"
               "全年办结投诉举报1,248件,其中调解成功的812件,终止调解的436件。\n\n三、{head}领域分布\n\n"
               "从{head}领域看:\n食品安全 412件\n\n预付式消费 {b}件\n\n网络购物 271件\n\n其他 {c}件\n")
_REVIEWS = ("2022年,全县各级行政机关共收到行政复议申请612件。\n\n二、审理情况\n\n全年审结行政复议案件586件,"
            "其中维持402件,撤销、确认违法和责令履行184件。\n\n三、案件类别\n\n按管理领域分:\n公安类 203件\n"
            "自然资源类 156件\n人社类 98件\n其他 {rest}件\n")
_SUITS = ("2024年,全县各级行政机关共发生行政诉讼案件452件,比上年增加30件。\n\n一、审结情况\n\n全年审结行政诉讼案件"
          "431件,其中驳回诉讼请求的301件,原告撤诉的130件。\n\n二、案件领域分布\n\n从案件领域看:\n"
          "土地征收 126件\n\n市场监管 51件\n\n公安 {police}件\n\n其他 80件\n")


def test_kinds_in_their_own_section_are_of_the_first_stage_too(tmp_path) -> None:
    # 412+305+271+240 = 1,228: one slip from 1,248 (办结), none from 1,286 (受理)
    assert _sums_of(tmp_path, _COMPLAINTS.format(head="投诉", b=305, c=240), 1286) == ["fail"]
    assert _sums_of(tmp_path, _COMPLAINTS.format(head="投诉", b=335, c=268), 1286) == ["pass"]
    # the section names the later stage: the words chose it
    assert _sums_of(tmp_path, _COMPLAINTS.format(head="办结投诉的", b=305, c=240), 1248).count("fail") == 1
    assert _sums_of(tmp_path, _REVIEWS.format(rest=109), 612) == ["fail"]  # 566: a slip from 586
    assert _sums_of(tmp_path, _REVIEWS.format(rest=155), 612) == ["pass"]
    # 126+51+{police}+80: 411 with 154 (one slip from 431, none from 452) fails; 452 with 195 passes
    assert _sums_of(tmp_path, _SUITS.format(police=154), 452) == ["fail"]
    assert _sums_of(tmp_path, _SUITS.format(police=195), 452) == ["pass"]
