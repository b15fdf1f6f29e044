"""Equalities by meaning (session 14, helper equal23): a group of the disclosure table whose name
has a cell of its own beside its first numbered row, a rate of 100% another family read, the
failing side of a check named as the units where problems were found."""

from __future__ import annotations

import toolkit


def checks(tmp_path, text: str, suffix: str = ".txt") -> list:
    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def found(tmp_path, text: str, rule: str) -> list[tuple[str, dict]]:
    return [(c.status, c.operands) for c in checks(tmp_path, text) if c.rule == rule]


def fails(tmp_path, text: str) -> list[str]:
    return [c.rule for c in checks(tmp_path, text) if c.status == "fail"]


# --- a group of the disclosure table whose name has a cell of its own --------------------------------

_GROUPS = [("（三）不予公开", [0, 1, 0, 2, 0, 0, 0, 0]), ("（四）无法提供", [11, 0, 3]),
           ("（五）不予处理", [4, 2, 0, 0, 0]), ("（六）其他处理", [1, 0, 1])]


def _table() -> str:
    """The national form as an HTML table flattens it: the group's cell spans its rows, so it
    shares a row with the group's first numbered item; 三、本年度办理结果 shares one with (一)."""
    lines = ["|（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）|申请人情况|",
             "|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计|",
             "|一、本年新收政府信息公开申请数量|40|2|0|0|0|0|42|",
             "|二、上年结转政府信息公开申请数量|1|0|0|0|0|0|1|",
             "|三、本年度办理结果|（一）予以公开|12|1|0|0|0|0|13|",
             "|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|3|0|0|0|0|0|3|"]
    total = 16
    for group, figs in _GROUPS:
        for k, f in enumerate(figs, 1):
            lines.append(f"|{group + '|' if k == 1 else ''}{k}.第{k}种情形|{f}|0|0|0|0|0|{f}|")
            total += f
    lines.append(f"|（七）总计|{total}|1|0|0|0|0|{total + 1}|")
    lines.append("|四、结转下年度继续办理|2|0|0|0|0|0|2|")
    return "\n".join(lines) + "\n"


def _groups(tmp_path, prose: str) -> list[tuple[str, int, list]]:
    text = prose + "\n三、收到和处理政府信息公开申请情况\n" + _table()
    return sorted((c.status, c.operands["total"], c.operands["parts"]) for c in checks(tmp_path, text)
                  if c.rule == "sum.disclosure_group")


def test_groups_whose_name_has_a_cell_of_its_own(tmp_path) -> None:
    prose = "本年度办结申请41件，其中予以公开13件，部分公开3件，不予公开3件，无法提供14件，不予处理6件，其他处理2件。"
    assert _groups(tmp_path, prose) == [("pass", 2, [1, 1]), ("pass", 3, [1, 2]), ("pass", 6, [4, 2]),
                                        ("pass", 14, [11, 3])]


def test_a_group_misstated_beside_its_own_cell_fails(tmp_path) -> None:
    prose = "本年度办结申请41件，其中予以公开13件，部分公开3件，不予公开3件，无法提供15件，不予处理6件，其他处理2件。"
    assert ("fail", 15, [11, 3]) in _groups(tmp_path, prose)
    # one reason of the group is its row, not the group
    assert _groups(tmp_path, "因本机关不掌握相关政府信息而无法提供的11件，均已告知申请人。" + prose) \
        == _groups(tmp_path, prose)


# --- a rate of 100% another family read: its figures are one count -------------------------------

def test_a_full_rate_read_by_its_name_ties_its_figures(tmp_path) -> None:
    text = "全年法院开庭审理的案件88件，行政机关负责人出庭应诉88件，出庭应诉率100%。"
    assert found(tmp_path, text, "equal.full_rate") == [("pass", {"values": [88, 88]})]


def test_a_full_rate_over_fewer_figures_fails_as_an_equality(tmp_path) -> None:
    text = "全年法院开庭审理的案件88件，行政机关负责人出庭应诉68件，出庭应诉率100%。"
    assert found(tmp_path, text, "equal.full_rate") == [("fail", {"values": [88, 68]})]
    # a 100% that is a rounding (998 of 1,000) says no equality: the rate holds, nothing fails
    rounded = "全年法院开庭审理的案件1,000件，行政机关负责人出庭应诉998件，出庭应诉率100%。"
    assert found(tmp_path, rounded, "equal.full_rate") == []
    assert not fails(tmp_path, rounded)


# --- the failing side of a check: the units where problems were found -------------------------------

def test_problems_found_are_the_failing_side_of_a_check(tmp_path) -> None:
    text = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；评查发现问题的4卷已全部整改。"
    assert found(tmp_path, text, "sum.breakdown") == [("pass", {"total": 150, "parts": [146, 4]})]
    wrong = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；评查发现问题的6卷已全部整改。"
    assert found(tmp_path, wrong, "sum.breakdown") == [("fail", {"total": 150, "parts": [146, 6]})]
    # problems counted in another unit (个, not 卷) are no side of the check
    other = "共评查行政执法案卷150卷，评查合格146卷，合格率97.3%；发现问题23个，已全部整改。"
    assert found(tmp_path, other, "sum.breakdown") == []


def test_a_part_of_the_failing_side_is_no_side(tmp_path) -> None:
    for side in ("不合格单位中有3家已立案查处", "发现问题的单位中有3家已立案查处"):
        text = f"抽查餐饮单位120家，合格115家，合格率95.8%；{side}。"
        assert not fails(tmp_path, text)
        assert found(tmp_path, text, "sum.breakdown") == []
