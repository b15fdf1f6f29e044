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
