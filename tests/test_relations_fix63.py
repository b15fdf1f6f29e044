"""False alarms of a set written blind to the engine (session 25, helper fix63). Each rule is a statement
about how Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic
is broken that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import failing, rule_messages

DECIDED = ("第二季度审结88件,其中维持40件,驳回申请12件,撤销9件,变更2件,确认违法4件,调解结案7件,终止14件;"
           "纠错{n}件,纠错率{r}%。")


# --- an outcome listed under the decided whole is a kind of it, whatever other processes its own words
# name ("调解结案" names closing and mediation too): no stage another outcome after the ';' follows ---

def test_an_outcome_of_the_decided_bounds_no_other(tmp_path) -> None:
    text = DECIDED.format(n=15, r=17.0)  # 纠错 15 > 调解结案 7: siblings, no funnel
    assert failing(tmp_path, text) == []
    assert not [m for r, _, m in rule_messages(tmp_path, text, "bound.stage") if "调解结案" in m]
    # a misprinted correction count still fails against its own parts
    bad = failing(tmp_path, DECIDED.format(n=25, r=17.0))
    assert any("25" in m and "15" in m for m in bad), bad


# --- a part named by a later stage than its whole ("收到…,其中受理…") is the work that went on: a rate
# naming that stage is over the part (the whole a reading), not lifted to the whole as a kind would be ---

INTAKE = "本年度收到复议申请150件,其中受理125件,不予受理15件,告知10件。本年度审结{n}件,结案率{r}%。"


def test_a_later_stage_part_is_its_rates_base(tmp_path) -> None:
    assert failing(tmp_path, INTAKE.format(n=115, r=92.0)) == []
    assert any("92.00%" in m for r, s, m in rule_messages(tmp_path, INTAKE.format(n=115, r=92.0), "ratio")
               if s == "pass")
    # over neither the 受理 nor the 收到: fails, both readings named
    bad = failing(tmp_path, INTAKE.format(n=115, r=62.0))
    assert any("115" in m and "125" in m for m in bad), bad


# --- two outcomes of one decided set: neither is the other's base, even when the list does not add up ---

REVIEW = ("全年审结640件。其中决定维持300件,驳回复议申请110件,撤销50件,变更8件,确认违法22件,责令履行6件,"
          "调解结案70件,终止审理{t}件。直接纠错86件,纠错率{r}%。")


def test_an_outcome_is_no_base_of_another(tmp_path) -> None:
    # the list is short by 4 (a slip of its own, flagged), the rate still over the 640 decided
    bad = failing(tmp_path, REVIEW.format(t=70, r=13.4))
    assert bad and all("110" not in m or "驳回" not in m.split("=")[-1] for m in bad if "纠错率" in m), bad
    assert not [m for m in bad if "纠错率" in m], bad
    # a misprinted rate still fails over the decided
    bad = failing(tmp_path, REVIEW.format(t=74, r=23.4))
    assert any("纠错率" in m and "640" in m for m in bad), bad


# --- a figure of the sentence before with a rate of its own is the count of a sibling rate, not the base
# of the rate after it -- unless the later rate counts a later stage of that figure ---

HOTLINE = ("全年受理诉求20,000件,其中即时办结12,000件,派单转办8,000件。\n二、办理情况\n"
           "对转办工单回访6,400件,回访率80.0%。承办单位申请退单120件,退单率{r}%。")


def test_a_figure_with_its_own_rate_is_no_base(tmp_path) -> None:
    assert failing(tmp_path, HOTLINE.format(r=1.5)) == []
    assert not [m for r, _, m in rule_messages(tmp_path, HOTLINE.format(r=1.5), "ratio") if "退单率" in m]
    # a later stage of the figure with its own rate: still the base
    text = "全年办结工单9,800件,办结率98.0%。回访工单9,000件,回访率{r}%。"
    assert failing(tmp_path, text.format(r=91.8)) == []
    assert any("9,800" in m for m in failing(tmp_path, text.format(r=81.8)))
    # nor one the numerator names again: the whole it is a part of
    text = "年末贷款余额182.40亿元,个贷率80.1%,比上年末下降0.5个百分点。贷款逾期额0.0219亿元,逾期率{r}‰。"
    assert failing(tmp_path, text.format(r="0.12")) == []
    assert any("182.40" in m for m in failing(tmp_path, text.format(r="0.15")))


# --- a figure against a floor or a benchmark named after the threshold: "高于95%的考核要求", "高于全省
# 95.8%的平均水平", "达到每人每年不少于30学时的要求" (a per-unit phrase inside the comparator), and a floor the
# text says was not reached ("未达到90%的年度目标": the figure is under it) ---

def test_floors_and_benchmarks_named_after_the_threshold(tmp_path) -> None:
    texts = ("全县按时办结率{a}%,高于全省95.8%的平均水平。", "当月办结率{a}%,高于95%的考核要求。",
             "执法人员人均参训{a}学时,达到每人每年不少于30学时的要求。")
    for text, good, bad in zip(texts, ("96.4", "97.2", "36.5"), ("94.4", "94.2", "26.5"), strict=True):
        assert [s for r, s, _ in rule_messages(tmp_path, text.format(a=good), "bound.target")] == ["pass"], text
        assert any(bad in m for m in failing(tmp_path, text.format(a=bad))), text
    text = "复议案件审结率{a}%,未达到90%的年度目标。"
    assert [s for r, s, _ in rule_messages(tmp_path, text.format(a="86.5"), "bound.target")] == ["pass"]
    assert failing(tmp_path, text.format(a="96.5"))
    # no threshold printed, or a plan: nothing read
    for text in ("全县按时办结率94.4%,高于全省平均水平。", "力争办结率达到95%以上,高于全省平均水平。"):
        assert rule_messages(tmp_path, text, "bound") == [], text


# --- a share column over a prose figure when the count column's header names its unit ("件数"): the bare
# cells are counts in 件, comparable with "受理诉求52.30万件" ---

FIELDS = ("全年共受理群众诉求52.30万件。诉求量前三位领域如下:\n\n诉求领域  件数  占受理总量(%)\n城乡建设  73,220  14.0\n"
          "社会保障  52,300  10.0\n教育  26,150  {s}\n\n四、下一步工作\n")


def test_a_count_header_names_the_cells_unit(tmp_path) -> None:
    assert [s for _, s, _ in rule_messages(tmp_path, FIELDS.format(s="5.0"), "ratio.table_share")] == ["pass"] * 3
    assert any("26,150" in m for m in failing(tmp_path, FIELDS.format(s="6.0")))


# --- a hotline's intake split with the dispatched figure first, opening the 其中 list ("其中派单转办…,
# 即时办结…"): the two make up the intake, as in the other order ---

def test_an_intake_split_dispatched_first(tmp_path) -> None:
    text = "本月共受理诉求7,520件,同比上升2.2%。其中派单转办4,810件,即时办结{n}件。"
    assert [s for _, s, _ in rule_messages(tmp_path, text.format(n="2,710"), "sum.intake_split")] == ["pass"]
    assert any("6980" in m for m in failing(tmp_path, text.format(n="2,170")))
    # a later list after another 其中 list is no split of the whole
    text = "受理诉求7,520件,其中电话5,000件,网络2,520件;派单转办4,810件,即时办结2,170件。"
    assert failing(tmp_path, text) == []

