"""A set named again (relations/named_again.py), on sentences written for the project: the
figure of "在N件…中", "上述N起…中", "对受理的N件…", "按N万…计算" restates the count of the set
stated before, so a misprint fails; a narrower set, a period, a level, a later stage or two
candidate sets give nothing."""

from __future__ import annotations

import toolkit


def named_again(tmp_path, text: str) -> list[tuple[str, list]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    # (the in-which form with a stage is equalities._back_references' first: one family)
    return [(c.status, c.operands["values"]) for c in toolkit.audit(p).checks
            if c.rule in ("equal.named_again", "equal.back_reference")]


def test_a_misprinted_set_in_which_fails(tmp_path) -> None:
    text = ("2025年,全区各级调解组织共受理矛盾纠纷5,372件,同比增长4.1%。\n二、纠纷类型\n"
            "在全年受理的5,732件矛盾纠纷中,婚姻家庭纠纷最多。")
    assert named_again(tmp_path, text) == [("fail", [5372, 5732])]
    assert named_again(tmp_path, text.replace("5,732", "5,372")) == [("pass", [5372, 5372])]


def test_the_aforesaid_set(tmp_path) -> None:
    text = ("今年以来,全县共发生道路交通事故218起,死亡21人。各乡镇均开展了隐患排查。"
            "上述281起事故中,发生在国省道的有96起。")
    assert named_again(tmp_path, text) == [("fail", [218, 281])]


def test_a_whole_year_frame_without_a_verb(tmp_path) -> None:
    text = ("本年度,市劳动人事争议仲裁院共立案受理争议案件3,914件,结案3,802件。\n"
            "全年3,941件争议案件中,涉及劳动报酬的占四成。")
    assert named_again(tmp_path, text) == [("fail", [3914, 3941])]


def test_a_verb_and_a_generic_noun(tmp_path) -> None:
    text = ("8月,热线共转派承办单位工单42,117件,承办单位已办结40,988件。"
            "在转派的42,171件工单中,涉及住房保障的3,016件。")
    assert named_again(tmp_path, text) == [("fail", [42117, 42171])]


def test_a_kind_named_by_its_own_name(tmp_path) -> None:
    text = ("全年共受理群众来信来访诉求9,630件。其中,信访4,120件,咨询3,286件,求助2,224件。\n"
            "对受理的4,210件信访,全部登记办理。")
    assert named_again(tmp_path, text) == [("fail", [4120, 4210])]


def test_a_base_restated_for_a_rate(tmp_path) -> None:
    text = ("年末全市常住人口128.36万人,其中城镇人口81.02万人。全市共有执业医师3,852人,"
            "按128.63万常住人口计算,每千人口执业医师3.0人。")
    assert named_again(tmp_path, text) == [("fail", [1283600, 1286300])]


def test_a_census_total_named_again(tmp_path) -> None:
    text = ("年末全省养老机构总数1,046个,比上年增加12个。其中公办养老机构388个。"
            "在全省1,064个养老机构中,设置医务室的有402个。")
    assert named_again(tmp_path, text) == [("fail", [1046, 1064])]


def test_a_period_or_a_level_is_not_the_year(tmp_path) -> None:
    period = ("2025年,全县共受理行政复议申请186件。1-6月受理行政复议申请92件。"
              "在全年受理的186件行政复议申请中,维持决定较多。")
    assert named_again(tmp_path, period) == [("pass", [186, 186])]
    narrower = ("2025年,全县共受理行政复议申请186件。在县本级受理的92件行政复议申请中,维持决定较多。")
    assert named_again(tmp_path, narrower) == []
    half_year = "全年共受理行政复议申请186件。在1-6月受理的92件行政复议申请中,维持决定较多。"
    assert named_again(tmp_path, half_year) == []


def test_a_later_stage_or_a_negation_is_not_the_set(tmp_path) -> None:
    text = ("全年共收到投诉2,316件,不予受理投诉106件,受理投诉2,210件,已办结投诉2,155件。"
            "对受理的2,210件投诉,均按规定时限处理。")
    assert named_again(tmp_path, text) == [("pass", [2210, 2210])]
    later = ("全年共受理投诉2,210件,已办结投诉2,155件。在办结的2,155件投诉中,调解成功1,860件。")
    assert all(values == [2155, 2155] for _, values in named_again(tmp_path, later))


def test_two_sets_of_one_noun_give_nothing(tmp_path) -> None:
    text = ("全市城区发生火灾事故126起,农村地区发生火灾事故95起。"
            "在126起火灾事故中,电气原因引发的占三成。")
    assert named_again(tmp_path, text) == []


def test_a_new_subset_of_another_noun_is_not_named_again(tmp_path) -> None:
    text = ("全年共受理消费投诉6,218件。在涉及预付卡的912件投诉中,健身行业最多。")
    assert named_again(tmp_path, text) == []
    two = ("全年被申请行政复议24件、被提起行政诉讼15件。在上述39件复议诉讼案件中,被纠错的3件。")
    assert named_again(tmp_path, two) == []


def test_a_level_or_a_period_in_which_is_not_the_whole(tmp_path) -> None:
    # (equalities._back_references paired these before: a false alarm on consistent figures)
    level = "2025年,全县共受理行政复议申请186件。在县本级受理的92件行政复议申请中,维持决定较多。"
    assert named_again(tmp_path, level) == []
    months = "2025年,全县共受理行政复议申请186件。在1-6月受理的92件行政复议申请中,维持决定较多。"
    assert named_again(tmp_path, months) == []


def test_one_review_under_two_verbs(tmp_path) -> None:
    text = ("年内抽查各执法单位行政处罚案卷156份,发现问题案卷9份。\n"
            "在评查的165份案卷中,程序性问题较为突出。")
    assert named_again(tmp_path, text) == [("fail", [156, 165])]
    other = ("年内抽查各执法单位行政处罚案卷156份。在办结的165份案卷中,程序性问题较为突出。")
    assert named_again(tmp_path, other) == []


def alike(tmp_path, text: str) -> list[tuple[str, list]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.status, c.operands["values"]) for c in toolkit.audit(p).checks if c.rule == "equal.alike"]


def test_the_same_as_the_figure_before(tmp_path) -> None:
    ok = "全镇设立村级调解委员会24个,配备专职调解员的村级调解委员会同样为24个。"
    assert alike(tmp_path, ok) == [("pass", [24, 24])]
    bad = "全镇设立村级调解委员会24个。配备专职调解员的村级调解委员会也为42个。"
    assert alike(tmp_path, bad) == [("fail", [24, 42])]
    far = "全镇设立村级调解委员会24个。全年调解纠纷318件。各村调解成功率较高。配备专职调解员的同样为42个。"
    assert alike(tmp_path, far) == []


def test_agreeing_with_a_named_figure(tmp_path) -> None:
    ok = ("全年共登记受理群众来信来访事项3,418件次,同比下降2.6%。\n"
          "年末,网上信访系统录入事项3,418件次,与登记受理量一致。")
    assert alike(tmp_path, ok) == [("pass", [3418, 3418])]
    bad = ok.replace("录入事项3,418件次", "录入事项3,481件次")
    assert alike(tmp_path, bad) == [("fail", [3418, 3481])]
    last_year = "年末,网上信访系统录入事项3,418件次,与上年登记受理量一致。"
    assert alike(tmp_path, last_year) == []


def sums(tmp_path, text: str) -> list[tuple[str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.status, c.operands) for c in toolkit.audit(p).checks if c.rule == "sum.named_again"]


def test_two_sets_named_again_together(tmp_path) -> None:
    ok = ("全年市场监管局被申请行政复议11件、被提起行政诉讼6件,同比分别增长10.0%、20.0%。"
          "复议案件主要涉及食品安全领域。在上述17件复议诉讼案件中,被纠错2件。")
    assert sums(tmp_path, ok) == [("pass", {"total": 17, "parts": [11, 6]})]
    bad = ok.replace("上述17件", "上述18件")
    assert sums(tmp_path, bad) == [("fail", {"total": 18, "parts": [11, 6]})]
    changes = "被申请行政复议11件、被提起行政诉讼6件,同比分别减少2件、1件。在上述17件复议诉讼案件中,被纠错2件。"
    assert sums(tmp_path, changes) == [("pass", {"total": 17, "parts": [11, 6]})]  # (not the changes 2 + 1)
    one = "被申请行政复议11件,办结10件。在上述11件复议案件中,被纠错2件。"
    assert sums(tmp_path, one) == []


def test_agreeing_with_a_figure_counted_in_another_word(tmp_path) -> None:
    ok = "11月,全大队查处交通违法行为2,206起。\n11月共作出处罚决定2,206件,与当月查处违法行为数一致。"
    assert alike(tmp_path, ok) == [("pass", [2206, 2206])]
    bad = ok.replace("处罚决定2,206件", "处罚决定2,260件")
    assert alike(tmp_path, bad) == [("fail", [2206, 2260])]
