"""Same agency and year is the same report only with the same figures; --json lists every file."""

from __future__ import annotations

import json

from click.testing import CliRunner

from toolkit.cli import main

HEAD = "江岸区应急管理局2023年法治政府建设情况报告\n"


def test_json_lists_every_report_given_even_copies(tmp_path) -> None:
    # Two copies of one report (a typo apart), as the scoring tools' mutation runs make them.
    a, b = tmp_path / "a" / "r.txt", tmp_path / "b" / "r.txt"
    for p, n in ((a, "86"), (b, "89")):
        p.parent.mkdir()
        # (kinds of a whole, not channels of publication: channels may overlap -- bounds only)
        p.write_text(HEAD + f"全年查处违法案件{n}起,其中无证经营52起、超范围经营21起、其他违法行为13起。\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--json", str(a), str(b)])
    data = json.loads(res.stdout)
    assert [d["report"]["path"] for d in data] == [str(a), str(b)]
    assert [[c["status"] for c in d["checks"] if c["kind"] == "sum"] for d in data] == [["pass"], ["fail"]]


def test_two_reports_of_one_agency_and_year_are_both_audited(tmp_path) -> None:
    a, b = tmp_path / "fazhi.txt", tmp_path / "gongkai.txt"
    a.write_text(HEAD + "全年查处违法案件86起,其中无证经营32起,超范围经营21起,其他违法行为33起。\n", encoding="utf-8")
    b.write_text(HEAD + "全年收到政府信息公开申请45件,其中网上申请38件,信函申请4件,当面申请3件。\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["check", str(a), str(b)])
    assert "same report" not in res.output
    assert "fazhi.txt" in res.output and "gongkai.txt" in res.output
