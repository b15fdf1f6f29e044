"""Review of session 23's engine changes (helper review23): readings that paired the wrong figures."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str) -> list:
    p = tmp_path / "r.txt"
    p.write_text("2023年某县教育事业统计公报\n" + text + "\n", encoding="utf-8")
    return toolkit.audit(p).checks


def ratios(tmp_path, text: str) -> list[tuple[str, float, float, float]]:
    return [(c.status, float(c.operands["numerator"]), float(c.operands["denominator"]), float(c.operands["percent"]))
            for c in checks(tmp_path, text) if c.kind == "ratio"]


# --- a teacher-pupil ratio printed as 1 to N (师生比1∶N): the pupils over the teachers ------------------

_TEACHERS = "全县在校学生9,450人，教职工700人，专任教师630人，师生比为1∶{r}。"


def test_a_teacher_pupil_ratio_one_to_n_is_the_pupils_per_teacher(tmp_path) -> None:
    got = ratios(tmp_path, _TEACHERS.format(r="15.0"))
    assert ("pass", 9450, 630, 15.0) in got
    assert not any(r[0] == "fail" for r in got)


def test_a_misprinted_teacher_pupil_ratio_fails(tmp_path) -> None:
    assert ("fail", 9450, 630, 17.0) in ratios(tmp_path, _TEACHERS.format(r="17.0"))


# --- a colon after a figure followed by its details, not its kinds ---------------------------------------

def test_details_after_a_colon_are_no_breakdown_of_the_figure(tmp_path) -> None:
    # the enterprises checked in the 300 inspections: details of the work, not kinds of it
    text = "全年共开展执法检查300次：出动执法人员1,200人次，检查企业420次，发现隐患120处。"
    assert not [c.rule for c in checks(tmp_path, text) if c.status == "fail"]


# --- a share whose bracket states its base, right after a 其中 part --------------------------------------

_SPENT = "全县一般公共预算支出完成27.36亿元，其中民生支出20.10亿元，占年度预算的{p}%（年度预算58.46亿元）。"


def test_a_share_after_a_part_may_be_of_the_whole_before_it(tmp_path) -> None:
    # 27.36 of 58.46 is 46.8%: the share of the spending, the 民生 part standing between
    got = ratios(tmp_path, _SPENT.format(p="46.8"))
    assert ("pass", 27.36, 58.46, 46.8) in got
    assert not any(r[0] == "fail" for r in got)


def test_a_share_of_neither_figure_fails(tmp_path) -> None:
    assert any(r[0] == "fail" and r[2] == 58.46 for r in ratios(tmp_path, _SPENT.format(p="64.8")))


# --- an average per head after a rate is no numerator of it ----------------------------------------------

_CLOSED = "全院共有员额法官50名，全年受理案件3,000件，审执结2,800件，结案率{r}%，人均结案56件。"


def test_an_average_after_a_rate_is_not_its_numerator(tmp_path) -> None:
    got = checks(tmp_path, _CLOSED.format(r="93.3"))
    assert not [c.rule for c in got if c.status == "fail"]
    assert not any(c.kind == "ratio" and float(c.operands.get("numerator") or 0) == 56
                   and float(c.operands.get("percent") or 0) == 93.3 for c in got)


def test_the_base_of_a_share_in_brackets_is_no_part_of_the_list(tmp_path) -> None:
    # (年度预算58.46亿元) states the share's base: no item of the 其中 list beside 民生支出
    got = checks(tmp_path, _SPENT.format(p="46.8"))
    assert not any(c.kind == "sum" and 58.46 in [float(p) for p in c.operands.get("parts") or []] for c in got)
    assert not [c.rule for c in got if c.status == "fail"]
