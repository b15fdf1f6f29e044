"""The two-sided balance of a year's work stated in words (H): the work due is the year's intake and
what was carried in (上年结转 … 全年应办理), and what was closed and what goes on into the next year
(办结 …, 另N件结转下年度). Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def sums(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.kind == "sum"}


# -- the work due: intake + carried in, the carried-in figure right before the due figure

def test_work_due_after_the_carried_in_figure_without_jiashang(tmp_path) -> None:
    text = ("本年度新收行政许可申请{n}件，较上年（52件）增加6件，另有上年结转申请4件，全年应办理62件。"
            "全年办结57件，结转下年度5件。")
    assert sums(tmp_path, text.format(n="58"))[(62, 58, 4)] == "pass"
    assert sums(tmp_path, text.format(n="56"))[(62, 56, 4)] == "fail"
    text = "2024年收到投诉23件（2023年为19件）；上年结转1件，全年应办{t}件。"
    assert sums(tmp_path, text.format(t="24"))[(24, 23, 1)] == "pass"
    assert sums(tmp_path, text.format(t="25"))[(25, 23, 1)] == "fail"
    # (收到 and 受理 both before the carried-in figure: nothing says which one it is added to)
    text = "收到复议申请48件，受理41件，上年结转3件，全年应审理44件。"
    assert (44, 48, 3) not in sums(tmp_path, text)
    # (nil carried in, or an aside: no addend beside the intake)
    text = "新收申请30件，上年无结转0件，全年需办理30件。"
    assert (30, 30, 0) not in sums(tmp_path, text)


def test_jiashang_with_a_year_naming_the_carried_in_work(tmp_path) -> None:
    text = "全年共收到申请{n}件，加上2023年结转的3件，需办理40件。"
    assert sums(tmp_path, text.format(n="37"))[(40, 37, 3)] == "pass"
    assert sums(tmp_path, text.format(n="36"))[(40, 36, 3)] == "fail"


# -- the closed and the rest carried out, named by the words after it

def test_a_rest_carried_forward_named_after_its_figure(tmp_path) -> None:
    text = "全年新收申请16件，上年结转3件，共19件；办结{c}件，另2件结转下年度继续办理。"
    assert sums(tmp_path, text.format(c="17"))[(19, 17, 2)] == "pass"
    assert sums(tmp_path, text.format(c="16"))[(19, 16, 2)] == "fail"
    text = "全年需办理申请{t}件；截至年底已办结21件，另有3件因需征求第三方意见转入2025年继续办理。"
    assert sums(tmp_path, text.format(t="24"))[(24, 21, 3)] == "pass"
    assert sums(tmp_path, text.format(t="23"))[(23, 21, 3)] == "fail"
    # (the words after the rest say it was passed to another body, not carried into the next year)
    text = "全年需办理申请24件；已办结21件，另有3件转交其他机关办理。"
    assert (24, 21, 3) not in sums(tmp_path, text)


def test_a_closing_rate_between_the_closing_and_the_rest(tmp_path) -> None:
    text = "新收申请20件，上年结转2件，全年应办22件。办结{c}件，办结率86.4%，结转下年度3件。"
    assert sums(tmp_path, text.format(c="19"))[(22, 19, 3)] == "pass"
    assert sums(tmp_path, text.format(c="18"))[(22, 18, 3)] == "fail"

