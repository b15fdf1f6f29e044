"""False alarms of a set written blind to the engine (session 28, helper fix73). Each rule is a statement about
how Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is broken that
must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

# --- a base named as all of an act (调解总量, 受理总数) is no figure of a later stage of that act's process
# (调解成功, 办结): what came of the work is a part of it, not its whole ---

_MEDIATED = ("全年各级人民调解组织共调解矛盾纠纷4,000件,比上年的3,800件增长5.3%;调解成功3,900件,调解成功率97.5%。\n\n"
             "全市15个调解工作室全年调解纠纷480件,占全市调解总量的{p}%。\n")

_ROWS = [("合同纠纷", 400, 390), ("婚姻纠纷", 600, 590), ("邻里纠纷", 800, 780), ("物业纠纷", 500, 480),
         ("劳动纠纷", 300, 290), ("交通纠纷", 200, 195), ("医疗纠纷", 100, 95), ("土地纠纷", 400, 390),
         ("其他纠纷", 700, 690), ("合计", 4000, 3900)]


def _table_text(p: str) -> str:
    head = ("全年各级人民调解组织共调解矛盾纠纷4,000件,比上年的3,800件增长5.3%;调解成功3,900件,调解成功率97.5%。\n\n"
            "| 类型 | 件数 | 占比(%) | 调解成功 | 成功率(%) |\n|---|---|---|---|---|\n")
    rows = "".join(f"| {n} | {a:,} | {a / 40:.1f} | {b:,} | {100 * b / a:.1f} |\n" for n, a, b in _ROWS)
    return (head + rows + "\n婚姻纠纷和邻里纠纷合计1,400件,占调解总量的35.0%,仍是主要纠纷类型。\n\n"
            f"全市15个调解工作室全年调解纠纷485件,占全市调解总量的{p}%。\n")


def test_a_later_stage_is_no_total_of_the_act(tmp_path) -> None:
    ratios = operands_of(tmp_path, _MEDIATED.format(p="12.0"), "ratio", ".md")
    assert (480, 4000, 12.0, "pass") in ratios
    assert not [r for r in ratios if r[0] == 480 and r[1] == 3900]
    ratios = operands_of(tmp_path, _MEDIATED.format(p="15.0"), "ratio", ".md")
    assert (480, 4000, 15.0, "fail") in ratios


def test_only_a_later_stage_near_abstains(tmp_path) -> None:
    # The total is too far back to be read; the 调解成功 near the share is not what the words name.
    # (abstains for the misprint as well: no base the words name is within reach)
    for p in ("12.1", "14.0"):
        ratios = operands_of(tmp_path, _table_text(p), "ratio", ".md")
        assert not [r for r in ratios if r[0] == 485 and r[1] == 3900]


# --- "在X中,Y占a%,其中Z占b%": X, named before 占 by 在…中 with Y between, is the base; Y, named before the colon
# that opens a list closed by its total, is that total (not the list's first item); Z under 其中 may be of X too ---

_OPENED = ("全年区政府网站主动公开政府信息3,000条。政策文件信息是公开的重点:发布规范性文件120件、政策解读300条、"
           "公示公告1,080条,三类合计1,500条。\n\n在全年主动公开的信息中,政策文件信息占{a}%,其中公示公告占{b}%。\n")


def test_a_base_opened_by_in_and_a_colon_headed_whole(tmp_path) -> None:
    ratios = operands_of(tmp_path, _OPENED.format(a="50.0", b="36.0"), "ratio")
    assert (1500, 3000, 50.0, "pass") in ratios and (1080, 3000, 36.0, "pass") in ratios
    assert not [r for r in ratios if r[3] == "fail"]
    ratios = operands_of(tmp_path, _OPENED.format(a="55.0", b="36.0"), "ratio")
    assert (1500, 3000, 55.0, "fail") in ratios
