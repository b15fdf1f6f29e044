"""Lists the engine must read by their structure (issue 15): 分别/均 distributing over a list,
breakdowns opened by 按…分 / 从…看 / a heading with no 其中, several measures per item, and totals
restated later in other words.

Every sentence here is written for the project: a passing and a failing variant of each rule, and
consistent texts that must not be flagged."""

from __future__ import annotations

import pytest

import toolkit
from toolkit.load import Document
from toolkit.normalize import normalize


def checks(tmp_path, text: str, kind: str | None = None) -> list[tuple[str, dict]]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    out = []
    for c in toolkit.audit(p).checks:
        if kind is None or c.kind == kind:
            out.append((c.status, c.operands))
    return out


def sums(tmp_path, text: str) -> dict[tuple, str]:
    """{(total, parts...): status} of the text's sums."""
    return {(o["total"], *o["parts"]): st for st, o in checks(tmp_path, text, "sum")}


# -- a heading over lines, several measures per line, a line that leaves a measure out ----------

_SAFETY = """市应急管理局关于2025年第一季度安全生产形势的通报
临港应急〔2025〕7号
(一)总体情况
一季度,全市共发生生产安全事故42起、死亡35人、受伤18人。
(二)按事故类别分布
道路运输:事故30起,死亡26人,受伤15人;
工矿商贸:事故9起,死亡6人,受伤3人;
火灾:事故3起,死亡{fire}人。
市应急管理局
2025年4月10日
"""


def test_a_heading_over_lines_gives_one_sum_per_measure(tmp_path) -> None:
    # 火灾 counts no one injured: the 受伤 list has two parts, and is still a list of its own.
    assert sums(tmp_path, _SAFETY.format(fire=3)) == {
        (42, 30, 9, 3): "pass", (35, 26, 6, 3): "pass", (18, 15, 3): "pass"}


def test_a_wrong_figure_on_one_line_fails_its_measure_only(tmp_path) -> None:
    assert sums(tmp_path, _SAFETY.format(fire=4)) == {
        (42, 30, 9, 3): "pass", (35, 26, 6, 4): "fail", (18, 15, 3): "pass"}


def test_title_and_signature_lines_do_not_make_a_text_wrapped() -> None:
    # Issuer above and below, document number, date: short lines with no sentence end that are
    # not wraps, so the heading "(二)按事故类别分布" stays a line of its own.
    text = normalize(Document("r.txt", _SAFETY.format(fire=3), "txt", "utf-8", "0", 0)).text
    assert "(二)按事故类别分布\n道路运输" in text


# -- a heading that names a measure over lines of one figure each (no 按…分) --------------------

_QUARTERS = """一、总体情况
全年热线共受理群众诉求86420件,办结85910件。
(二)各季度受理量
第一季度:20100件
第二季度:21500件
第三季度:23800件
第四季度:{q4}件
{after}"""


@pytest.mark.parametrize(("q4", "status"), [(21020, "pass"), (22020, "fail")])
def test_a_heading_naming_a_measure_breaks_down_the_whole_it_names(tmp_path, q4, status) -> None:
    assert sums(tmp_path, _QUARTERS.format(q4=q4, after="")) == {(86420, 20100, 21500, 23800, q4): status}


def test_a_sentence_after_the_lines_is_no_item(tmp_path) -> None:
    text = _QUARTERS.format(q4=21020, after="第三季度受强降雨影响,单日最高受理量达到1126件。\n")
    assert sums(tmp_path, text) == {(86420, 20100, 21500, 23800, 21020): "pass"}


def test_the_heading_picks_the_stage_it_names(tmp_path) -> None:
    text = "全年新收各类案件1280件,审结1216件。\n二、审结案件类型\n民事案件:700件\n行政案件:300件\n刑事案件:216件\n"
    assert sums(tmp_path, text) == {(1216, 700, 300, 216): "pass"}


@pytest.mark.parametrize("text", [
    # the heading names nothing stated before: no whole
    "全年新收各类案件1280件。\n二、信访事项类型\n来信:700件\n来访:300件\n",
    # the figure before is not named as a whole: a line of another list, not what the heading counts
    "电话渠道受理1420件;\n三、各季度受理量\n第一季度:300件\n第二季度:400件\n",
])
def test_no_sum_when_the_heading_names_no_whole(tmp_path, text) -> None:
    assert sums(tmp_path, text) == {}


def test_markdown_items_and_paragraphs_stay_lines_of_their_own(tmp_path) -> None:
    md = ("全年热线共受理群众诉求86420件。\n\n### 按诉求类型分\n\n- 咨询类41236件\n- 投诉类28415件\n"
          "- 求助类12769件\n- 建议类4000件\n\n建议类诉求较上年明显增多。\n")
    text = normalize(Document("r.md", md, "md", "utf-8", "0", 0)).text
    assert "咨询类41236件\n投诉类28415件\n求助类12769件\n建议类4000件\n建议类诉求" in text
    p = tmp_path / "r.md"
    p.write_text(md, encoding="utf-8")
    assert [(c.status, c.operands["total"]) for c in toolkit.audit(p).checks if c.kind == "sum"] == [("pass", 86420)]
