"""False alarms found on consistent texts written for the project (session 27, helper fa67: 法治政府建设
reports of 市/县 departments and 乡镇/街道 of several provinces, 行政执法 statistics with 小计 and 其中 rows,
行政复议/应诉 reports after the 2024 law and 信访 reports). Each rule is a statement about how Chinese reports
state figures, tested on project sentences, with a variant whose arithmetic is broken that must still fail
where the reading is unique (or the reason it abstains)."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


def passing(tmp_path, text: str) -> list[str]:
    return [c.message_zh for c in audit_text(tmp_path, text, ".txt") if c.status == "pass"]


# --- "行政处罚案件中," names the figure of the sentence before that shares its whole word ("作出行政处罚1,982件"),
# not those sharing only a common head of it ("办理行政许可1,500件", "实施行政检查…" share 行政) ---

_LIGHT = ("2023年全市共办理行政许可1500件，同比增长5.1%；实施行政检查4348次，其中联合检查1037次；"
          "作出行政处罚1982件，罚没款601.91万元；实施行政强制39件。\n行政处罚案件中，普通程序{n}件。")


def test_a_set_names_the_figure_sharing_its_word(tmp_path) -> None:
    assert failing(tmp_path, _LIGHT.format(n=1750)) == []
    assert any("1750件 不超过 作出行政处罚 1982件" in m for m in passing(tmp_path, _LIGHT.format(n=1750)))
    broken = failing(tmp_path, _LIGHT.format(n=1990))
    assert broken and "1982" in broken[0] and "1500" not in broken[0]


# --- one item's amount of a 分别 run ("罚没款分别为0.45万元、892.10万元…") is no amount of the whole count of
# cases: the count-and-fine rule pairs the whole's count only with the whole's amount (or an item's with the
# item's own, at its position) ---

_ITEMS = ("全市5个主要执法部门全年共作出行政处罚924件。市场监管、生态环境、自然资源、交通运输、应急管理部门分别办理"
          "412件、198件、156件、97件和61件，罚没款分别为{a}万元、892.10万元、301.22万元、88.06万元和40.50万元，"
          "合计{t}万元。")


def test_an_items_amount_is_not_the_wholes(tmp_path) -> None:
    assert failing(tmp_path, _ITEMS.format(a="0.45", t="1,322.33")) == []
    broken = failing(tmp_path, _ITEMS.format(a="0.45", t="1,332.33"))
    assert broken and "1,332.33" in broken[0]
    # the whole's own amount is still read, and an item's count with its own amount
    assert failing(tmp_path, "全市全年共作出行政处罚924件，罚没款0.45万元。")
    both = "市场监管、生态环境分别作出行政处罚412件、198件，罚没款分别为{a}万元、892.10万元。"
    assert failing(tmp_path, both.format(a="623.45")) == []
    assert failing(tmp_path, both.format(a="0.45"))


# --- a change naming its year by number ("比2022年增长8.3%", "较2021年增长28.2%") beside a level or a
# difference said to be 上年's is against another year, unless the figure's year makes that year the one
# before: neither the level nor the difference is its previous ---

def test_a_named_year_is_not_last_year(tmp_path) -> None:
    assert failing(tmp_path, "全年新增就业8,436人，上年为8,100人，比2022年增长8.3%。") == []
    assert failing(tmp_path, "全年受理行政复议申请386件，比上年增加34件，较2021年增长28.2%。") == []
    # the figure's year makes 2022 the year before: one year, and the change is checked
    assert failing(tmp_path, "2023年新增就业8,436人，上年为8,100人，比2022年增长8.3%。")
    assert failing(tmp_path, "2023年新增就业8,436人，上年为8,100人，比2022年增长4.1%。") == []
    # the difference and the percent against one year are still read together
    assert failing(tmp_path, "全年受理行政复议申请386件，比上年增加34件，增长11.2%。")
    assert failing(tmp_path, "全年受理行政复议申请386件，比上年增加34件，增长9.7%。") == []


# --- an aside with a figure right after a figure ("判决结案96件(行政机关败诉9件)") names a part of it: the
# aside's words (败诉) do not make the figure the numerator of the rate they name (败诉率) ---

_ASIDE = "全年一审审结行政诉讼案件158件，其中判决结案96件（行政机关败诉9件），裁定驳回起诉、撤诉等62件，败诉率{r}%。"


def test_an_asides_words_do_not_name_the_figure(tmp_path) -> None:
    assert failing(tmp_path, _ASIDE.format(r="5.7")) == []
    # the aside's figure is not read as the numerator (bracketed figures are asides): the rate abstains
    assert failing(tmp_path, _ASIDE.format(r="6.7")) == []
    # the words after a figure still name it ("95处已整改"), and a rate over a named figure still fails
    assert any("整改率" in m for m in passing(tmp_path, "发现隐患100处，95处已整改，整改率95%。"))
    assert failing(tmp_path, "全年一审审结行政诉讼案件158件，其中判决结案96件，行政机关败诉9件，败诉率6.7%。")


# --- a rate 其中 opens with a kind ("其中重大隐患整改率100%") whose own count is printed before, smaller than the
# figure the rate's words find ("重大隐患6条,已整改4,498条"), is that kind's: its numerator is not printed ---

_KIND = "全年发现隐患4,512条，其中重大隐患6条，已整改4,498条，整改率{r}%，其中重大隐患整改率100%。"


def test_a_kinds_rate_is_not_over_the_whole_numerator(tmp_path) -> None:
    assert failing(tmp_path, _KIND.format(r="99.7")) == []
    broken = failing(tmp_path, _KIND.format(r="98.7"))
    assert broken and "4,512" in broken[0]
    # the kind's own numerator printed: its rate is still checked
    assert failing(tmp_path, "发现隐患4,512条，已整改4,498条，其中重大隐患6条，已整改5条，其中重大隐患整改率100%。")
