"""Session 15 (lead): rules prompted by reading the output, each on sentences written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _found(tmp_path, text: str) -> list[tuple[str, dict, str]]:
    return [(c.rule, c.operands, c.status) for c in audit_text(tmp_path, text)]


def test_a_rate_per_n_distributed_over_a_list_is_no_part(tmp_path) -> None:
    # 每千人口 opens the list: 3.03 is nurses per thousand people, not a part of the nurses
    text = ("年末常住人口46.8万人，执业医师1230人、注册护士1420人，"
            "每千人口执业医师、注册护士分别为2.63人和3.03人。")
    found = _found(tmp_path, text)
    assert not [f for f in found if f[0].startswith(("bound", "sum"))], found
    assert sorted(f[1]["percent"] for f in found if f[0] == "ratio.per_capita") == [2.63, 3.03]


def test_counts_distributed_over_a_list_stay_parts(tmp_path) -> None:
    text = "全区受理投诉举报1260件，甲区、乙区、丙区分别为420件、380件和460件。"
    assert [(f[0], f[2]) for f in _found(tmp_path, text)] == [("sum.breakdown", "pass")]
    # short by 10: three districts need not be all of them, so the sum is unverifiable, never a pass
    planted = "全区受理投诉举报1260件，甲区、乙区、丙区分别为420件、380件和450件。"
    assert ("sum.breakdown", "unverifiable") in [(f[0], f[2]) for f in _found(tmp_path, planted)]
