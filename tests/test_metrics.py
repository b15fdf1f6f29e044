"""The metric catalog and headline selection."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

import toolkit
from tests.corpus import CORPUS, expected_pairs, require_corpus
from tests.helpers import audit_text, norm
from toolkit.errors import CatalogError
from toolkit.metrics import find_metrics, load_catalog
from toolkit.quantities import find_quantities


def metrics_of(text: str) -> dict[str, object]:
    t = norm(text)
    return {m.key: m.value for m in find_metrics(t, find_quantities(t))}


def test_catalog_knows_every_vocabulary_key() -> None:
    corpus = require_corpus()
    vocab = yaml.safe_load((corpus / "metric-keys.yaml").read_text(encoding="utf-8"))
    catalog = load_catalog()
    missing = sorted(set(vocab) - set(catalog))
    assert missing == []
    for key, entry in vocab.items():
        assert catalog[key].unit == str(entry["unit"]), key


def test_every_catalog_entry_has_labels_in_both_languages() -> None:
    for key, d in load_catalog().items():
        assert d.zh and d.en, key
        assert d.unit in d.units or d.unit == "%", key


def test_headline_not_sub_campaign() -> None:
    text = ("专项行动期间,检查企业59家,发现隐患132项。\n"
            "全年全区共检查企业2600家,发现隐患4998项,完成隐患整改4800项,整改率96.04%。")
    m = metrics_of(text)
    assert m["inspections.enterprises"] == 2600
    assert m["hazards.found"] == 4998
    assert m["hazards.rectified"] == 4800


def test_year_to_date_beats_a_single_month() -> None:
    text = ("12月,全市共发生各类生产安全事故23起、死亡20人。\n"
            "1-12月,全市共发生各类事故301起、死亡279人、受伤110人。")
    m = metrics_of(text)
    assert (m["accidents.count"], m["accidents.deaths"], m["accidents.injuries"]) == (301, 279, 110)


def test_major_and_general_penalty_amounts() -> None:
    text = ("行政执法处罚决定数量为8起,处罚金额为74万元。其中,涉及重大行政执法处罚决定数量为2起,"
            "处罚金额为64万元;涉及一般行政执法处罚决定数量为6起,处罚金额为10万元。")
    m = metrics_of(text)
    assert m["penalties.count"] == 8 and m["penalties.amount"] == 74
    assert m["penalties.major.count"] == 2 and m["penalties.major.amount"] == 64
    assert m["penalties.general.count"] == 6 and m["penalties.general.amount"] == 10


def test_an_amount_after_a_list_of_procedures_is_no_items(tmp_path: Path) -> None:
    # "、" lists both procedures with their counts; the amount in the next clause may be the last
    # item's or the whole's: neither procedure claims it, so no per-case fine is checked.
    m = metrics_of("全年办理行政处罚案件326件,其中一般程序案件214件、简易程序案件112件,罚没款合计418.6万元。")
    assert m["penalties.simple_procedure.count"] == 112 and m["penalties.general_procedure.count"] == 214
    assert "penalties.simple_procedure.amount" not in m and "penalties.general_procedure.amount" not in m
    checks = audit_text(tmp_path, "全年办理行政处罚案件326件,其中一般程序案件214件、简易程序案件112件,"
                                  "罚没款合计418.6万元。")
    assert not [c for c in checks if c.rule.startswith("catalog.") and c.status == "fail"]
    # an item with its amount in its own clauses keeps it
    m = metrics_of("全年办理行政处罚案件326件。其中简易程序案件112件,罚款1.2万元;一般程序案件214件,罚款417.4万元。")
    assert m["penalties.simple_procedure.amount"] == 1.2 and m["penalties.general_procedure.amount"] == 417.4


def test_targets_are_not_results() -> None:
    m = metrics_of("印发住房租赁补贴发放工作方案,目标发放50户补贴,实际完成发放73户,发放金额15.08万元。")
    assert m["housing.rental_subsidy.households"] == 73
    assert m["housing.rental_subsidy.amount"] == 15.08


def test_bad_catalog_is_reported(tmp_path) -> None:
    bad = tmp_path / "metrics.yaml"
    bad.write_text("metrics:\n  a.b: {zh: 甲, en: a, unit: 件, units: [件], label: ['(']}\n", encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(bad)
    assert "a.b" in str(err.value) and str(bad) in str(err.value)
    bad.write_text("metrics:\n  a.b: {zh: 甲, en: a, unit: 件, units: nope, label: ['x']}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="unit family"):
        load_catalog(bad)


def _same(a, b) -> bool:
    return any(math.isclose(float(a), float(x), rel_tol=1e-9) for x in (b, b * 1e4, b / 1e4))


@pytest.mark.parametrize(
    ("report", "expected"),
    expected_pairs("reports", "expected") + expected_pairs("practice", "expected-practice"),
    ids=lambda v: getattr(v, "stem", ""),
)
def test_corpus_metrics(report, expected) -> None:
    """Every expected metric: one value, the right one, with evidence that prints it."""
    result = toolkit.extract(report)
    got: dict[str, list] = {}
    for m in result.metrics:
        got.setdefault(m["key"], []).append(m)
    for exp in expected["metrics"]:
        ms = got.get(exp["key"], [])
        assert len({m["value"] for m in ms}) == 1, (exp["key"], [m["value"] for m in ms])
        m = ms[0]
        assert _same(m["value"], exp["value"]), (exp["key"], m["value"], exp["value"])
        assert m["qualifier"] == exp.get("qualifier"), exp["key"]
        assert m["unit"] == exp["unit"], (exp["key"], m["unit"], exp["unit"])
        assert m["evidence"]["text"], exp["key"]
        assert m["printed"].replace(",", "") in m["evidence"]["text"].replace(",", ""), exp["key"]


def test_corpus_is_present_for_the_parametrized_tests() -> None:
    require_corpus()
    assert expected_pairs("reports", "expected"), CORPUS


def test_required_strings_of_a_pattern() -> None:
    """The strings one of which any match must contain: the filter before a catalog entry is scored."""
    import re

    from toolkit.metrics import _needs_one_of

    def needs(*patterns: str) -> set[str] | None:
        got = _needs_one_of(tuple(re.compile(p) for p in patterns))
        return None if got is None else set(got)

    assert needs("持证率~$".replace("~", "")) == {"持证率"}
    assert needs("(执法|监管)(人员|队伍)[^,;。]{0,6}(共|为|有|达)?$") in ({"执法", "监管"}, {"人员", "队伍"})
    assert needs("a(?:b)?c") in ({"a"}, {"c"})
    assert needs("[0-9]+件") == {"件"}
    assert needs("(?:培训){2,}x?") == {"培训"}
    assert needs("x?", "件") is None  # one pattern may match anything
    assert needs("[^,]{0,3}$") is None
    assert needs("(?i)abc") is None and needs("(?i:ab)c") == {"c"}
    assert needs("(?=证)书") == {"书"}  # lookarounds need nothing
    assert needs() == set()


def test_scoring_only_candidates_is_scoring_every_entry() -> None:
    """Skipping the entries whose needed strings are absent changes no score (samples and inline text)."""
    from toolkit.load import load
    from toolkit.metrics import _NO_CANDIDATES, _index, _match, _sites
    from toolkit.normalize import normalize

    catalog = load_catalog()
    index = _index(catalog)
    samples = Path(__file__).resolve().parent.parent / "samples" / "reports"
    texts = [normalize(load(p)) for p in sorted(samples.iterdir())]
    texts.append(norm("全年共受理政府信息公开申请12件,已结转至下年办理1件。|项目|数量|\n|合计|5|\n持证执法人员34人,持证率94.12%。"))
    checked = 0
    for t in texts:
        qs = find_quantities(t)
        for q, site in zip(qs, _sites(t, qs), strict=True):
            every = [d for d in catalog.values() if q.unit in d.units] if q.unit or not q.in_table \
                else list(catalog.values())
            full = {d.key: v for d in every if any(v := _match(d, q, site))}
            cands = (index.by_unit.get(q.unit, _NO_CANDIDATES) if q.unit or not q.in_table else index.every)
            fast = {d.key: v for d in cands.for_site(site) if any(v := _match(d, q, site))}
            assert list(full.items()) == list(fast.items()), (q.printed, site.label)
            checked += len(full)
    assert checked > 100


def test_sub_scope_split_matches_the_original_pattern() -> None:
    import random

    from toolkit.metrics import _SUB_SCOPE, _SUB_SCOPE_ANY, _SUB_SCOPE_HEAD

    rnd = random.Random(20261123)
    alphabet = list("全周内月份,:-0123456789第一二三四季度上下半年专项行动中期间活动百日攻坚试点当天\n a")
    samples = ["2月,检查", "全周内", "本周内完成", "12月份", "上半年", "-3月,", "13月:", "第二季度", "5第一季度"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(12))) for _ in range(50_000)]
    for x in samples:
        assert bool(_SUB_SCOPE.search(x)) == bool(_SUB_SCOPE_ANY.search(x) or _SUB_SCOPE_HEAD.match(x)), x


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # The clause after a comma that holds the next figure is that figure's label, not
        # words describing the figure before the comma.
        ("本年度收到政府信息公开申请49件,办结47件,结转下年度继续办理2件。", "disclosure.carried_forward", 2),
        ("全年行政诉讼案件审结79件,败诉6件,败诉率7.6%。", "litigation.lost", 6),
        ("全年参加执法资格考试35人,通过司法考试12人。", "staff.judicial_exam", 12),
        ("组织专题培训5期,参加培训人员320人。", "training.people", 320),
        # Without a figure in it, the clause after the comma still describes the figure.
        ("本年度收到政府信息公开申请12件,办结11件,1件,已结转至2026年办理。", "disclosure.carried_forward", 1),
    ],
)
def test_words_after_a_comma_belong_to_the_next_figure(text, key, value) -> None:
    got = [m.value for m in find_metrics(norm(text), find_quantities(norm(text)))
           if m.key == key]
    assert got == [value]


def test_a_figure_before_the_next_figures_label_claims_nothing_by_it() -> None:
    text = "审结79件,败诉6件;办结47件,结转下年度2件;检查企业30家,重点企业检查12家。"
    claims = {m.key: m.value for m in find_metrics(norm(text), find_quantities(norm(text)))}
    assert claims.get("litigation.lost") == 6
    assert claims.get("disclosure.carried_forward") == 2
    assert claims.get("inspections.key_enterprises") in (None, 12)


DISCLOSURE_TABLE = """二、收到和处理政府信息公开申请情况
|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况|||
||自然人|法人或其他组织|总计|
|一、本年新收政府信息公开申请数量|39|8|47|
|二、上年结转政府信息公开申请数量|2|0|2|
|四、结转下年度继续办理|3|0|3|
三、主动公开政府信息情况
|信息内容|本年制发件数|本年废止件数|现行有效件数|
|行政规范性文件|9|3|42|
"""


def test_a_table_row_under_a_total_column_claims_its_total() -> None:
    got = metrics_of(DISCLOSURE_TABLE)
    assert got["disclosure.requests"] == 47  # not the 自然人 column's 39
    assert got["disclosure.carried_forward"] == 3
    assert got["normative_docs.issued"] == 9  # no total column: the first cell
    # Tab-separated, the same.
    tabbed = "\n".join(line[1:-1].replace("|", "\t") if line.startswith("|") else line
                       for line in DISCLOSURE_TABLE.split("\n"))
    assert metrics_of(tabbed)["disclosure.requests"] == 47


def test_a_new_header_without_a_total_column_replaces_the_one_above() -> None:
    # Two tables with no line between them read as one: the second header has no 总计 column.
    got = metrics_of(DISCLOSURE_TABLE.replace("三、主动公开政府信息情况\n", ""))
    assert (got["disclosure.requests"], got["normative_docs.issued"]) == (47, 9)


def test_a_table_restating_the_prose_is_compared_by_its_total_column(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text("本年度共收到政府信息公开申请47件,行政规范性文件制发9件。\n"
                 + DISCLOSURE_TABLE.replace("三、主动公开政府信息情况\n", ""), encoding="utf-8")
    checks = [c for c in toolkit.audit(p).checks if c.kind == "equal"]
    assert checks and all(c.status == "pass" for c in checks), [(c.operands, c.status) for c in checks]
    assert not [c for c in toolkit.audit(p).checks if c.status == "fail"]


def test_a_rate_named_after_a_figure_does_not_describe_it() -> None:
    # "撤诉3件,败诉率为零": 败诉 after the figure is the rate's name, not the withdrawn suits'
    m = metrics_of("行政诉讼案件14件,其中一审判决维持11件、撤诉3件,败诉率为零。")
    assert m.get("litigation.count") == 14 and "litigation.lost" not in m
    assert metrics_of("行政诉讼案件14件,审结12件,败诉2件,败诉率16.7%。").get("litigation.lost") == 2


def test_general_hazards_named_so_are_not_the_major_ones() -> None:
    # "重大隐患7项,已整改一般隐患12,215项,整改率98.5%": the rectified and the rate are the general ones'
    m = metrics_of("排查一般隐患12,406项,重大隐患7项,已整改一般隐患12,215项,整改率98.5%,重大隐患已全部完成整改。")
    assert m.get("hazards.major.found") == 7
    assert "hazards.major.rectified" not in m and "hazards.major.rectified_rate" not in m
    m = metrics_of("排查发现重大隐患7项,已整改6项,整改率85.7%。")
    assert m.get("hazards.major.rectified") == 6 and m.get("hazards.major.rectified_rate") == 85.7
