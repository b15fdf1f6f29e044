"""A group of the national 政府信息公开 application table restated in the prose
(relations/disclosure_groups.py): "不予公开N件" is the sum of the group's numbered rows, whether
the rows name their group or a flattened rowspan left only their numbers."""

from __future__ import annotations

import toolkit

ROWS = [("（一）予以公开", 40), ("（二）部分公开", 9),
        ("（三）不予公开", [0, 0, 1, 3, 0, 2, 0, 0]), ("（四）无法提供", [17, 4, 1]),
        ("（五）不予处理", [6, 0, 2, 0, 0]), ("（六）其他处理", [1, 0, 2])]


def table(named: bool) -> str:
    lines = ["|申请人情况|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|",
             "|一、本年新收政府信息公开申请数量|80|6|0|0|2|0|88|",
             "|二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0|"]
    total = 0
    for label, figs in ROWS:
        head = "三、本年度办理结果" if label.startswith("（一）") else ""
        if isinstance(figs, int):
            lines.append(f"|{head}{label}|{figs}|0|0|0|0|0|{figs}|")
            total += figs
            continue
        for k, f in enumerate(figs, 1):
            name = label if named else ""
            lines.append(f"|{name}{k}.第{k}项情形|{f}|0|0|0|0|0|{f}|")
            total += f
    lines.append(f"|（七）总计|{total}|0|0|0|0|0|{total}|")
    lines.append("|四、结转下年度继续办理|0|0|0|0|0|0|0|")
    return "\n".join(lines) + "\n"


def groups(tmp_path, prose: str, named: bool = True) -> list[tuple[str, int, list]]:
    p = tmp_path / "r.txt"
    p.write_text(prose + "\n三、收到和处理政府信息公开申请情况\n" + table(named), encoding="utf-8")
    return sorted((c.status, c.operands["total"], c.operands["parts"]) for c in toolkit.audit(p).checks
                  if c.rule == "sum.disclosure_group")


def test_groups_named_in_their_rows(tmp_path) -> None:
    prose = "本年度共办结申请88件,其中予以公开40件、部分公开9件、不予公开6件、无法提供22件、不予处理8件、其他处理3件。"
    assert groups(tmp_path, prose) == [("pass", 3, [1, 2]), ("pass", 6, [1, 3, 2]),
                                       ("pass", 8, [6, 2]), ("pass", 22, [17, 4, 1])]


def test_groups_by_the_form_s_order(tmp_path) -> None:
    prose = "本年度共办结申请88件,其中予以公开40件、部分公开9件、不予公开6件、无法提供23件、不予处理8件、其他处理3件。"
    assert ("fail", 23, [17, 4, 1]) in groups(tmp_path, prose, named=False)


def test_one_reason_is_its_row_not_the_group(tmp_path) -> None:
    prose = "因本机关不掌握相关政府信息而无法提供的17件,均已告知申请人。"
    assert groups(tmp_path, prose) == []


def restated(tmp_path, prose: str) -> list[tuple[str, list]]:
    p = tmp_path / "r.txt"
    p.write_text(prose + "\n三、收到和处理政府信息公开申请情况\n" + table(True), encoding="utf-8")
    return sorted((c.status, c.operands["values"]) for c in toolkit.audit(p).checks
                  if c.rule == "equal.restated_table")


def test_the_outcomes_total_said_as_answered_or_closed_within_the_year(tmp_path) -> None:
    assert ("pass", [88, 88]) in restated(tmp_path, "年内办结88件,结转下年度0件。")
    assert ("fail", [86, 88]) in restated(tmp_path, "答复办理的86件中,予以公开的占多数。")


def test_a_group_of_one_row_is_that_row(tmp_path) -> None:
    global ROWS
    saved = ROWS
    ROWS = [*saved[:3], ("（四）无法提供", [22, 0, 0]), *saved[4:]]
    try:
        assert ("pass", [22, 22]) in restated(tmp_path, "本年度无法提供22件。")
    finally:
        ROWS = saved


def test_the_statement_not_its_reference_back(tmp_path) -> None:
    prose = "年内办结88件。办结的88件中,予以公开的占四成。"
    assert ("pass", [88, 88]) in restated(tmp_path, prose)
