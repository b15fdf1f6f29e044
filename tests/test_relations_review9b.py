"""Session 9 (review9b): false alarms found by an adversarial read of the session's new rules, on
texts written for the project. Each consistent variant must raise no failing check; each wrong
variant must still be flagged where the text admits one reading."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, rule: str, name: str = "r.txt") -> list[tuple]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.operands.get("numerator", c.operands.get("total")), c.operands.get("denominator"), c.status)
            for c in toolkit.audit(p).checks if c.rule == rule]


def failing(tmp_path, text: str, name: str = "r.txt") -> list[tuple]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands) for c in toolkit.audit(p).checks if c.status == "fail"]


# -- a table whose caption names a measure that does not add up: its 合计 is no sum --

DENSITY = """各县区人口密度(人/平方公里)
地区\t{first}
全县\t{a}
城关镇\t3200\t3500\t1200
河东乡\t420\t1800\t300
河西乡\t380\t1500\t280
"""
COUNTS = """各乡镇户籍人口(人)
地区\t合计\t城镇\t乡村
全县\t{total}\t36050\t18250
城关镇\t31300\t27800\t3500
河东乡\t11800\t4600\t7200
河西乡\t11200\t3650\t7550
"""


def test_densities_under_a_leading_total_column_are_not_summed(tmp_path):
    text = DENSITY.format(first="合计\t城镇\t乡村", a="650\t2100\t320")
    assert failing(tmp_path, text) == []


def test_densities_under_a_last_total_column_are_not_summed(tmp_path):
    text = DENSITY.format(first="合计\t城镇\t乡村", a="650\t2100\t320").replace("合计\t城镇\t乡村", "城镇\t乡村\t合计")
    text = "\n".join(
        "\t".join([c[0], *c[2:], c[1]]) if c[0] in {"全县", "城关镇", "河东乡", "河西乡"} else "\t".join(c)
        for c in (line.split("\t") for line in text.splitlines()))
    assert failing(tmp_path, text) == []


def test_averages_by_quarter_with_a_whole_year_column_are_not_summed(tmp_path):
    text = ("2024年各季度平均房价(元/平方米)\n类别\t一季度\t二季度\t三季度\t四季度\t全年\n"
            "新建住宅\t9800\t9900\t10100\t10200\t10000\n二手住宅\t7600\t7500\t7450\t7400\t7490\n"
            "商业用房\t12500\t12300\t12100\t12000\t12230\n")
    assert failing(tmp_path, text) == []


def test_counts_under_a_leading_total_column_are_still_checked(tmp_path):
    assert all(s[2] == "pass" for s in checks(tmp_path, COUNTS.format(total=54300), "sum.table_row"))
    assert ("fail" in {s[2] for s in checks(tmp_path, COUNTS.format(total=54200), "sum.table_row")})
