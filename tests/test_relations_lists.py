"""Lists the engine must read by their structure (issue 15): 分别/均 distributing over a list,
breakdowns opened by 按…分 / 从…看 / a heading with no 其中, several measures per item, and totals
restated later in other words.

Every sentence here is written for the project: a passing and a failing variant of each rule, and
consistent texts that must not be flagged."""

from __future__ import annotations

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
