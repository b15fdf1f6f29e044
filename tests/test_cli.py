"""The command line, through click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from toolkit.cli import main

REPORT = ("普陀区应急管理局关于2022年度法治政府建设情况的报告\n"
          "某应急〔2022〕8号\n"
          "全区安全生产监督检查企业26272家,发现隐患49988项,完成隐患整改48248项,整改率96.52%。\n")


def test_extract_json(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text(REPORT, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "--json", str(p)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data[0]["report"]["path"] == str(p)
    assert data[0]["report"]["year"] == 2022
    keys = {m["key"]: m["value"] for m in data[0]["metrics"]}
    assert keys["hazards.found"] == 49988
    assert keys["hazards.rectified_rate"] == 96.52
    assert {q["value"] for q in data[0]["quantities"]} >= {26272, 49988, 48248, 96.52}
    m = next(m for m in data[0]["metrics"] if m["key"] == "hazards.found")
    assert m["evidence"]["line"] == 3
    assert REPORT[m["evidence"]["start"] : m["evidence"]["end"]] == "49988项"


def test_bad_inputs_one_line_each_and_the_rest_still_done(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    res = CliRunner().invoke(main, ["extract", "--json", str(tmp_path / "missing.txt"), str(empty), str(good)])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert [d["report"]["path"] for d in data] == [str(good)]
    errors = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(errors) == 2
    assert "missing.txt" in errors[0] and "empty.txt" in errors[1]
    assert "Traceback" not in res.output


def test_table_output_and_out_file(tmp_path) -> None:
    p = tmp_path / "r.txt"
    p.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out" / "extract.json"
    res = CliRunner().invoke(main, ["extract", str(p), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "hazards.found" in res.stdout
    assert json.loads(out.read_text(encoding="utf-8"))[0]["report"]["path"] == str(p)
    assert not list(out.parent.glob(".*.tmp"))


def test_folder_argument_expands_to_reports(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("ignored", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "--json", str(tmp_path)])
    assert res.exit_code == 0
    assert len(json.loads(res.stdout)) == 1


def test_check_exit_codes_and_cross_year(tmp_path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("某区应急管理局2022年度法治政府建设情况报告\n全区共检查企业2860家,全年发生生产安全事故5起。\n",
                 encoding="utf-8")
    b.write_text("某区应急管理局2023年度法治政府建设情况报告\n全区共检查企业3289家,同比增长10%。\n",
                 encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["check", "--json", str(a), str(b)])
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    cross = [c for c in data[1]["checks"] if c["rule"] == "change.previous_report"]
    assert len(cross) == 1 and cross[0]["status"] == "fail" and cross[0]["operands"]["previous"] == 2860
    assert data[1]["movements"][0]["key"] == "inspections.enterprises"
    assert runner.invoke(main, ["check", str(a), str(b), "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(main, ["check", str(a)]).exit_code == 0
    res = runner.invoke(main, ["check", str(a), str(tmp_path / "nope.txt")])
    assert res.exit_code == 2 and "nope.txt" in res.stderr


def test_movements_are_named_in_words_and_rates_move_by_points(tmp_path) -> None:
    # movements printed metric keys only ('staff.certified_rate: 90 → 92 % (+2.22%)')
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("某区应急管理局2022年度法治政府建设情况报告\n现有行政执法人员50人,持证45人,持证率90%。\n", encoding="utf-8")
    b.write_text("某区应急管理局2023年度法治政府建设情况报告\n现有行政执法人员50人,持证46人,持证率92%。\n", encoding="utf-8")
    zh = CliRunner().invoke(main, ["check", str(a), str(b)]).stdout
    assert "持证率 (staff.certified_rate): 90 → 92% (+2 个百分点)" in zh, zh
    assert "(staff.total): 50 → 50人 (+0%)" in zh
    en = CliRunner().invoke(main, ["check", str(a), str(b), "--language", "en"]).stdout
    assert "(staff.certified_rate): 90 → 92% (+2 points)" in en and "持证率 (" not in en


def test_check_notes_a_gap_between_years(tmp_path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("某区应急管理局2020年度法治政府建设情况报告\n全区共检查企业2860家。\n", encoding="utf-8")
    b.write_text("某区应急管理局2023年度法治政府建设情况报告\n全区共检查企业3289家,同比增长10%。\n", encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["check", "--json", str(a), str(b)]).stdout)
    assert any("not consecutive" in n for n in data[1]["notes"])


def test_json_output_is_written_in_pieces_and_reads_as_before() -> None:
    # The JSON of a long report is written piece by piece; joined, it is json.dumps of to_dict.
    from pathlib import Path

    import toolkit
    from toolkit.result import json_chunks

    reports = Path(__file__).resolve().parent.parent / "samples" / "reports"
    first, second = str(reports / "qinghe-2022.txt"), str(reports / "songling-2024.txt")
    audited = [toolkit.audit(first), toolkit.audit(second)]
    extracted = toolkit.extract(first)
    assert "".join(audited[0].json_chunks()) == json.dumps(audited[0].to_dict(), ensure_ascii=False)
    assert "".join(extracted.json_chunks()) == json.dumps(extracted.to_dict(), ensure_ascii=False)
    assert len(list(audited[0].json_chunks())) > len(audited[0].checks)  # a check is a piece of its own
    value = {"a": [1, 2.5, None, {"键": "值\n\"x\""}], "b": [], "c": {}}
    assert "".join(json_chunks(value)) == json.dumps(value, ensure_ascii=False)
    result = CliRunner().invoke(main, ["check", "--json", first, second])
    assert result.stdout == json.dumps([r.to_dict() for r in audited], ensure_ascii=False) + "\n"
