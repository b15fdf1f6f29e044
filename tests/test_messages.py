"""What a check says: messages that name their figures, columns with one meaning per kind,
rules in words, one root cause said once."""

from __future__ import annotations

from pathlib import Path

import pytest

import toolkit
from tests.corpus import require_corpus
from toolkit import messages
from toolkit.checks import Tolerance

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "reports"


@pytest.fixture(scope="module")
def flags() -> dict[str, list]:
    results = toolkit.audit_many(sorted(SAMPLES.iterdir()))
    return {Path(r.report.path).name: r.flags for r in results}


def _one(flags, report: str, rule: str, **ops):
    (c,) = [c for c in flags[report] if c.rule == rule and all(c.operands.get(k) == v for k, v in ops.items())]
    return c


def test_each_planted_error_is_said_with_its_figures(flags) -> None:
    said = {
        ("songling-2023.txt", "ratio.rate"): "整改率 97.8%,但 已整改 2672项 / 排查隐患 2765项 = 96.64%",
        ("linjiang-2023.docx", "catalog.hazards.major.rectified.le.found"):
            "重大事故隐患已整改 11项 超过 发现重大事故隐患 9项(多 2项)",
        ("qinghe-2023.md", "sum.breakdown"):
            "发现隐患 7025项,但 生产安全隐患 2986项 + 消防安全隐患 3411项 + 特种设备安全隐患 402项 + 其他隐患 236项"
            " = 7035项(差 +10项)",
        ("qinghe-2022.txt", "catalog.penalties.simple_procedure.fines"):
            "简易程序处罚案件数 0件,但 简易程序处罚金额 0.4万元:没有案件就不应有罚款",
    }
    for (report, rule), text in said.items():
        c = _one(flags, report, rule)
        assert c.message_zh == text
        assert messages.render(c) == (c.message_zh, c.message_en)
    p4 = _one(flags, "songling-2024.txt", "change.yoy", current=4)
    assert p4.message_zh == ("发生生产安全事故 4起,同比下降 25%,则上年为 4 ÷ (1 − 25%) = 5.33起;"
                             "上年须为整数,最接近的 5起 对应 -20%,不是 -25%")
    assert "= 5.33起; a count is whole, and the nearest, 5起, gives -20%, not -25%" in p4.message_en
    for report in flags:
        for c in flags[report]:
            assert "None" not in c.message_zh + c.message_en and "部分" not in c.message_zh, c.message_zh


def test_a_change_off_by_rounding_says_where() -> None:
    result = toolkit.audit(require_corpus() / "practice" / "04_fangcheng_2024.txt")
    (c, *_) = [c for c in result.flags if c.kind == "change" and c.operands["current"] == 151]
    # 66 whole cases give 128.79%: the implied 66.0023 is shown to where it is not whole
    assert "= 66.0023件;上年须为整数,最接近的 66件 对应 +128.79%,不是 +128.78%" in c.message_zh
    col = messages.columns(c)
    assert (str(col.expected), str(col.observed), col.places) == ("66", "66.0023", 4)


def test_columns_mean_one_thing_per_kind(flags) -> None:
    ratio = messages.columns(_one(flags, "songling-2023.txt", "ratio.rate"))
    assert (str(ratio.expected), str(ratio.observed), str(ratio.difference), ratio.unit, ratio.places) == (
        "97.8", "96.6", "-1.2", "%", 1)
    bound = messages.columns(_one(flags, "linjiang-2023.docx", "catalog.hazards.major.rectified.le.found"))
    assert (bound.expected, bound.observed, bound.difference, bound.relation, bound.unit) == (9, 11, 2, "≤", "项")
    change = messages.columns(_one(flags, "songling-2024.txt", "change.yoy", current=4))
    assert (change.expected, float(change.observed), change.unit) == (5, 5.33, "起")
    cross = messages.columns(_one(flags, "qinghe-2023.md", "change.previous_report"))
    assert (cross.expected, cross.observed) == (2860, 2990)  # last year's report, and what 10% implies
    fines = messages.columns(_one(flags, "qinghe-2022.txt", "catalog.penalties.simple_procedure.fines"))
    assert (fines.expected, float(fines.observed), fines.unit) == (0, 0.4, "万元")


def test_rules_in_words() -> None:
    zh, en = messages.rule_text("catalog.hazards.major.rectified.le.found")
    # a catalog bound holds within one section (rules.yaml: same_section), and its words say so
    assert zh == "重大事故隐患已整改 ≤ 发现重大事故隐患(同一段落内)"
    assert en == "major hazards rectified ≤ major hazards found (within one paragraph)"
    zh, _ = messages.rule_text("catalog.penalties.simple_procedure.fines")
    assert "为 0 时" in zh and "万元" in zh
    assert messages.rule_text("bound.stage")[0] != "bound.stage"
    assert messages.rule_text("sum.something_new")[0] == "分项之和等于合计"


def test_a_report_that_truncates_its_percentages_is_said_once() -> None:
    result = toolkit.audit(require_corpus() / "practice" / "04_fangcheng_2024.txt")
    groups = messages.flag_groups(result.checks)
    (g,) = [g for g in groups if g.root is None]
    assert "截断" in g.cause_zh and len(g.members) >= 2
    assert all(m.kind == "ratio" and m.status == "fail" for m in g.members)
    # the same rates hold when the auditor says the report truncates
    again = toolkit.audit(require_corpus() / "practice" / "04_fangcheng_2024.txt",
                          tolerance=Tolerance.of(rounding=["down"]))
    ids = {m.id for m in g.members}
    assert all(c.status == "pass" for c in again.checks if c.id in ids)


def test_shares_over_a_failing_total_follow_it() -> None:
    result = toolkit.audit(require_corpus() / "practice" / "17_tangshan_2024M11.txt")
    (g,) = [g for g in messages.flag_groups(result.checks) if g.root is not None]
    assert g.root.kind == "sum" and g.root.status == "fail" and len(g.members) >= 2
    total = next(e.index for e in g.root.evidence if e.role == "total")
    assert all(any(e.role == "denominator" and e.index == total for e in m.evidence) for m in g.members)


def test_units_are_those_of_the_values() -> None:
    # counts printed with 万/亿 are multiplied out in the operands; money keeps its printed unit
    assert messages.unit_of("1830.28万平方米") == "平方米" and messages.unit_of("3.2万人次") == "人次"
    assert messages.unit_of("74万元") == "万元" and messages.unit_of("45.46亿元") == "亿元"
    assert messages.unit_of("97.8%") == "%" and messages.unit_of("9项") == "项"


def test_a_long_name_is_cut_visibly() -> None:
    from toolkit.messages import clean_label

    assert clean_label("项,已整改") == "已整改"
    long = clean_label("11月份,12345政务服务便民热线共受理群众各类诉求")
    assert long.startswith("…") and long.endswith("热线共受理群众各类诉求") and len(long) == 16
    assert clean_label("本年度受理行政复议申请案件") == "受理行政复议申请案件"
    # a lead word that begins a word of the name is kept
    assert clean_label("网上信访事项中,及时受理") == "及时受理"
    assert clean_label(",和解结案") == "和解结案"
    assert clean_label("全年计划生育家庭") == "计划生育家庭"
    assert clean_label("及受理") == "受理"


# --- names and units of figures (written for the project) -------------------------------------------


@pytest.mark.parametrize("raw, name", [
    ("，每千人口执业（助理）医师、注册护士分别为", "每千人口执业医师"),  # the first of a 分别 list, aside dropped
    ("十、立案数、结案数分别为", "立案数"),  # a heading's ordinal is no item
    ("事故起数和死亡人数同比分别下降", "事故起数"),
    ("及时受理和按期办结分别为", "及时受理"),  # 及时 is a word, not "and"
    ("一季度、二季度、三季度分别查处", "一季度"),  # any verb after 分别, not only 为/达/下降…
    ("市、县两级分别受理", "市"),
    ("发现违法行为", "发现违法行为"),  # 行为 keeps its 为
    ("全年统计", "统计"),
    ("全年受理", "受理"),
])
def test_names_of_figures(raw: str, name: str) -> None:
    assert messages.figures.clean_label(raw) == name


def test_each_item_of_a_list_with_any_verb_after_fenbie_is_named(tmp_path) -> None:
    from tests.helpers import audit_text

    text = "全区共查处案件20起。一季度、二季度、三季度分别查处9起、3起、8起。"
    said = {c.message_zh for c in audit_text(tmp_path, text) if c.kind == "sum"}
    assert "查处案件 20起 = 一季度 9起 + 二季度 3起 + 三季度 8起" in said, said


def test_table_cells_are_named_by_their_row_and_column(tmp_path) -> None:
    from tests.helpers import audit_text

    text = ("表1 收入执行情况(单位:万元)\n\n| 项目 | 预算数 | 执行数 |\n| --- | --- | --- |\n"
            "| 税收收入 | 2000 | 2100 |\n| 非税收入 | 600 | 624 |\n| 合计 | 2600 | 2724 |\n")
    said = {c.message_zh for c in audit_text(tmp_path, text) if c.kind == "sum"}
    assert "执行数 2724 = 税收收入执行数 2100 + 非税收入执行数 624" in said, said


def test_an_average_per_unit_is_shown_in_its_own_unit(tmp_path) -> None:
    from tests.helpers import audit_text

    text = "全局共有执法人员24人,全年办结案件312件,人均办结13件。"
    said = {c.message_zh for c in audit_text(tmp_path, text) if c.rule == "ratio.average"}
    assert said == {"人均办结 13件 = 办结案件 312件 / 全局共有执法人员 24人(13.00件)"}, said


def test_a_rate_per_hundred_is_no_percent(tmp_path) -> None:
    from tests.helpers import audit_text

    text = ("全镇共有居民家庭12500户，拥有家用汽车5700辆，每百户拥有家用汽车45.6辆。"
            "年末常住人口46.8万人，执业医师1230人、注册护士1420人，每千人口执业医师、注册护士分别为2.63人和3.03人。")
    said = {c.message_zh for c in audit_text(tmp_path, text) if c.kind == "ratio"}
    assert "每百户拥有家用汽车 45.6辆 = 拥有家用汽车 5700辆 / 全镇共有居民家庭 12500户(45.60/百)" in said
    assert any(m.startswith("每千人口执业医师 2.63人 = 执业医师 1230人") and m.endswith("(2.63/千)") for m in said), said
    assert not any("占比" in m or "%" in m for m in said), said
    (col,) = [messages.columns(c) for c in audit_text(tmp_path, text) if c.operands.get("percent") == 45.6]
    assert col.unit == "辆"
