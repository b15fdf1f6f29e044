"""Figure roles that keep the engine from reading the wrong figure: rates per N, words that
end in a qualifier's character, net changes, sibling items, named jurisdictions.

Sentences written for the project.
"""

from __future__ import annotations

from helpers import quantities

import toolkit


def checks(tmp_path, text: str, kind: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    out = []
    for c in toolkit.audit(p).checks:
        if c.kind == kind:
            ops = c.operands
            key = ("numerator", "denominator", "percent") if kind == "ratio" else ("current", "percent")
            out.append((*(ops[k] for k in key), c.status))
    return sorted(out)


def test_a_word_ending_in_a_qualifier_character_is_no_qualifier() -> None:
    assert [(q.printed, q.qualifier) for q in quantities("重点人群签约86,940人,")] == [("86,940人", None)]
    assert [(q.printed, q.qualifier) for q in quantities("节约资金12万元,")] == [("12万元", None)]
    assert [(q.printed, q.qualifier) for q in quantities("约86,940人")] == [("约86,940人", "约")]


def test_a_rate_per_n_is_never_the_base_of_a_rate(tmp_path) -> None:
    text = ("检查企业1846家次,发现违法行为237项,每千家次检查发现违法行为128.4项;督促企业排查整改隐患5127项,"
            "已完成整改5036项,整改率98.2%。")
    # The per-thousand rate is checked over what it is per (237 / 1846 家次), never used as a base.
    assert checks(tmp_path, text, "ratio") == [(237, 1846, 128.4, "pass"), (5036, 5127, 98.2, "pass")]
    assert (5036, 5127, 97.2, "fail") in checks(tmp_path, text.replace("98.2%", "97.2%"), "ratio")


def test_a_named_jurisdiction_chooses_the_base(tmp_path) -> None:
    text = ("全市共收到政府信息公开申请642件(含上年结转25件),其中新收申请617件。市本级收到申请214件,"
            "占全市申请总量的33.3%。")
    assert checks(tmp_path, text, "ratio") == [(214, 642, 33.3, "pass")]


def test_a_bare_share_is_not_of_an_item_listed_beside_it(tmp_path) -> None:
    text = "从诉求类型看,咨询类71968件、求助类39902件;建议类12541件,占6.7%。"
    assert checks(tmp_path, text, "ratio") == []
    # A total stated before the part in its sentence is its base.
    text = "全市二级以上公立医院31家,参加绩效考核获得A级以上的24家,占比77.4%。"
    assert checks(tmp_path, text, "ratio") == [(24, 31, 77.4, "pass")]


def test_a_net_increase_is_a_delta(tmp_path) -> None:
    # 63 - 5 = 58 before; 5 / 58 = 8.62%.
    assert checks(tmp_path, "年末规模以上工业企业63家,比上年净增5家,增长8.6%。", "change") == [(63, 8.6, "pass")]
    assert checks(tmp_path, "年末规模以上工业企业63家,比上年净增5家,增长9.6%。", "change") == [(63, 9.6, "fail")]
