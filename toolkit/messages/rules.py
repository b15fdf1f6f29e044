"""Each rule in words: the ``RULE_TEXT`` table (every emitted rule needs an entry), catalog rules by label."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from .figures import metric_label, number

# --- rules in words -----------------------------------------------------------------------------------------


RULE_TEXT = {
    "sum.breakdown": ("其中/包括/分别为 列出的分项之和等于合计", "parts listed with 其中/包括/分别为 add up to the total"),
    "sum.enumeration": ("合计后括号内列举的分项之和等于合计", "a bracketed enumeration after a total adds up to it"),
    "sum.difference": ("上年数、本年数与增减数相符", "last year's figure, this year's and the stated difference agree"),
    "sum.status": ("受理数等于已办结数加在办数", "received = closed + still open"),
    "sum.points": ("今年的比率等于上年的比率加减所述百分点", "this year's rate is last year's plus or minus the points stated"),
    "change.table": ("表中两年的数字与增减百分比一致", "the table's change column matches its two years' figures"),
    "sum.table_balance": ("表中本年新收加上年结转等于办理结果总计加结转下年度(表的勾稽关系)",
                          "new plus carried-in requests equal the outcomes' total plus those carried forward "
                          "(the table's own identity)"),
    "sum.table_group": ("表中分组各行之和等于总计行", "the rows of a table group add up to the total row"),
    "sum.table_total": ("表中各行之和等于总计行", "the rows of a table add up to its total row"),
    "sum.period_columns": ("表中累计期数等于前期累计与本期之和", "a table's running total is the periods it is made of, added up"),
    "sum.period_rows": ("正文所述一个时期的数等于表中组成该时期的各期(月、季度)行之和",
                        "a period's figure in the prose is the table's rows of the periods making it up"),
    "sum.table_row": ("表中一行各列之和等于总计列", "the cells of a row add up to its total column"),
    "sum.table_sub_rows": ("表中指标下一行列出的两个互补分项(如税收收入与非税收入)之和等于该指标",
                           "two complementary rows under an indicator (tax and non-tax revenue) add up to it"),
    "bound.part": ("分项不超过合计(列举不完整时)", "a listed part does not exceed its total (list not exhaustive)"),
    "bound.includes": ("括号内“含”的数不超过合计", "a figure 'included' in brackets does not exceed the total"),
    "bound.meaning": ("取得资格者不多于参加者", "those who passed do not outnumber those who took part"),
    "ratio.rate": ("比率按其分子、分母计算,四舍五入到所列小数位", "a rate equals numerator/denominator, rounded to the printed decimals"),
    "ratio.share": ("占比按分项与合计计算", "a share equals part/total, rounded to the printed decimals"),
    "ratio.table_share": ("表中占比按对应数量计算", "a table share equals its count over the base"),
    "ratio.table_rate": ("表中比率按同行两列数量计算", "a table rate equals the row's two counts its columns name"),
    "ratio.expression": ("A:100 形式的比值按两数计算", "an A:100 ratio equals the two stated figures"),
    "ratio.named_per_n": ("按比率名称所指的分子、分母和单位计算(如万车死亡率=道路交通死亡人数/机动车万辆数)",
                          "a rate per N its own name defines (万车死亡率 = road deaths per 10,000 vehicles)"),
    "ratio.group_rate": ("按名称所指的几类分项合计占总数计算(如优良率=优秀+良好)",
                         "a rate of a group of the listed kinds over their whole (优良率 = excellent + good)"),
    "ratio.structure": ("A:B:C 结构按各分项占合计计算", "an A:B:C structure equals each part over the total"),
    "change.yoy": ("同比变化:计数类上年数须为整数;给出上年数时按其计算",
                   "a change: for counts the implied previous figure is whole; a printed previous figure is used"),
    "change.previous_report": ("本年同比与上年报告数相符", "this year's change agrees with last year's report"),
    "equal.restated": ("同一数字在正文与表格中一致", "one figure restated (prose and table) is the same"),
    "bound.visited": ("其中所列单位数不超过检查的家次", "units listed under visits do not outnumber the visits"),
    "bound.target": ("实际达到的数在旁边写明的目标(考核指标)一侧", "an achieved figure is on the side of the target stated beside it"),
    "bound.member": ("所列渠道(平台、部门)之一的数不超过全部所列之和", "one member of a listed scope does not exceed the whole list's figure"),
    "bound.set_member": ("“N个…中,有M个…”:具有某一情形的成员数不超过该集合的数",
                         "members of a counted set with a property do not outnumber the set ('N个…中,有M个')"),
    "bound.victims": ("造成伤亡的事故起数不超过伤亡人数(每起至少一人)",
                      "events that harmed people do not outnumber the people harmed (one at least each)"),
    "bound.ladder": ("持高一级资格的人数不超过持低一级的", "holders of a higher grade do not exceed holders of the grade below"),
    "bound.cumulative": ("本年新增的数不超过其后所述的累计总数(如“新增…9所,累计达到46所”)",
                         "what was added in the year does not exceed the running total stated after it"),
    "bound.share_base": ("占某数的比重不超过100%时,该部分不超过“占…的”中写出的基数",
                         "a part stated as a share of a base printed inside 占…的 does not exceed that base"),
    "bound.named_set": ("以前一环节命名的集合中的后一环节数(如“转派工单中已办结…”)不超过该集合的数",
                        "a later stage counted among a set named by its earlier stage does not exceed that set"),
    "bound.households": ("同一组对象的户数不超过其人数(每户至少一人,如“低保612户1,037人”)",
                         "households counted together with their people are no more than the people"),
    "bound.to_date": ("某月(季度)的数不超过同一指标年初至该月的累计数", "a month's (quarter's) figure does not exceed the year-to-date figure of the same measure"),
    "bound.level": ("本级的数不超过全辖区的数", "a level's own figure does not exceed its whole jurisdiction's"),
    "equal.back_reference": ("回指的数与先前所述的数一致(如“在全年N件…中”)", "a figure referred back to agrees with its first statement"),
    "equal.named_again": ("再次提及的同一集合(如“上述N起事故中”“按N万常住人口计算”)与先前所述的数一致", "a set named again (\"上述N起事故中\", \"按N万常住人口计算\") has the count first stated"),
    "sum.named_again": ("再次提及的两类合称(如“上述N件复议诉讼案件”)等于先前两数之和", "two sets named again together (\"上述N件复议诉讼案件\") are the sum of their counts"),
    "equal.running_first": ("表中首期(自年初起)的累计数等于其当期数", "a table's first period (from January) has its running total equal to its own figure"),
    "equal.table_total": ("表格合计行的数与正文所述的同一总数一致", "a table's total row agrees with the whole the prose states"),
    "equal.alike": ("文中说明相同(“同样为”“与…一致”)的两个数相等", "two figures the text says are alike (同样为, 与…一致) are equal"),
    "sum.identity": ("按定义成立的关系(如人口自然增长率=出生率-死亡率)", "an identity by definition (natural growth rate = birth rate - death rate)"),
    "sum.applicant_group": ("正文所述法人或其他组织的申请数等于申请情况表新收一行中法人或其他组织各列之和",
                            "the requests of legal persons and other organisations the prose states are the sum of "
                            "those columns of the application table's row of new requests"),
    "sum.disclosure_group": ("正文所述的某类处理结果(如不予公开)等于申请情况表中该类各小项之和", "a result group the prose states (不予公开…) is the sum of its numbered rows in the application table"),
    "equal.review_table": ("正文所述的政府信息公开行政复议(诉讼)数与复议诉讼情况表一致", "the prose count of reviews (suits) over disclosure agrees with the review and litigation table"),
    "sum.review_table": ("正文所述的行政诉讼数等于表中未经复议直接起诉与复议后起诉两个总计之和", "the prose count of suits is the sum of the table's two litigation totals"),
    "equal.full_rate": ("比率为100%时两数相等", "a 100% rate makes its two figures equal"),
    "equal.one_to_one": ("“一一对应”的两个数相等", "two sets said to correspond one to one are equally many"),
    "equal.restated_prose": ("报告摘要与正文章节所述的同一总数一致", "a total the report's summary states is the same where its chapter states it again"),
    "equal.restated_table": ("正文所述数字与表格所列一致", "a figure of the prose agrees with the table row restating it"),
    "equal.stage": ("“均/全部”办理的数与所收数相等", "what was all handled equals what came in"),
    "ratio.each": ("“…率均为x%”:两组分别列出的数逐对相除均为该比率", "one rate said of each pair of two respective lists (…率均为x%)"),
    "sum.opinions": ("出具的意见书份数等于所审查事项之和(每项一份)", "the opinions issued add up to the items reviewed, one each"),
    "equal.object_again": ("作为“对/为…全部(均)…”对象再次提及的集合与先前所述的数一致", "a set named again as the object of an act over all of it has the count first stated"),
    "equal.stage_alike": ("后一环节与前一环节所列数相同,即全部办理(如受理N件、办结N件)", "a later stage printed with the count of the earlier one: every one went on"),
    "equal.restated_all": ("“N件均已…”所重述的数与其前所述之数相等(或为其一部分)", "a figure restated before an 'all' word equals the one before it (or counts a part of it)"),
    "equal.all_restated": ("“均/全部”一句所说的事项随后的数字与其前所述之数相等", "the figure naming what an 'all' clause says every one went through equals the figure before it"),
    "ratio.bracket_share": ("括号内占比按分项与合计计算", "a share in brackets equals its part over the total"),
    "ratio.full": ("100%的比率按其分子、分母计算", "a 100% rate equals its numerator over its denominator"),
    "ratio.of_itself": ("句中仅一个计数时,100%的比率即该数除以其自身(全部达到所述状态)",
                        "a 100% rate over the one count of its sentence: every one of them reached the state it names"),
    "ratio.carried_in": ("结案率按审结数除以新收与上年结转之和计算", "a closing rate equals the cases closed over those received plus those carried in"),
    "ratio.subset": ("以限定词命名的比率(如普惠性幼儿园覆盖率)等于该限定部分除以同名总数", "a rate named by a qualifier is the qualified figure over the same figure unqualified"),
    "ratio.own_name": ("以名称命名的比率(如核查属实率)按所指分子、分母计算", "a rate named by its own words equals the figures it names"),
    "ratio.average": ("人均、户均、平均每个等平均数按所述总量除以所述个数计算",
                      "an average per person, household or unit equals the stated total over the stated count"),
    "ratio.per_capita": ("每千(万)人等比率按所述基数计算", "a rate per thousand (ten thousand) equals the figure over its stated base"),
    "ratio.quotient_column": ("表中以复合单位(如公斤/亩)或比值命名的列等于同行两列之商",
                              "a column printed in a unit of two (kg per mu) or named as a ratio equals its row's two figures divided"),
    "ratio.listed_share": ("各分项所附占比按该列表所分的合计(或各占比共同指向的基数)计算",
                           "each item's share is of the whole its list partitions (or the base its shares agree on)"),
    "ratio.stated_base": ("括号写明基数(以…为基数)的比率按该基数计算", "a rate whose base the text states in brackets equals its figure over that base"),
    "ratio.target": ("完成目标的百分比按完成数与目标数计算", "the share of a target reached equals the figure over the target"),
    "sum.joined_rows": ("正文“A和B合计”等于表中A、B两行之和", "a prose figure naming two table rows together (A和B合计) is their sum"),
    "sum.added": ("“加上…共…”的合计等于两数之和", "a figure 加上 (plus) another makes the 共 total after them"),
    "sum.balance": ("收入等于支出加当期结余(赤字时支出等于收入加赤字)", "income = spending + the period's balance (spending = income + a deficit)"),
    "sum.intake_split": ("热线受理数等于直接答复数加派单(转办)数", "a hotline's intake = answered directly + dispatched"),
    "sum.application_split": ("收到申请数等于受理、不予受理与告知(转送)数之和",
                              "applications received = accepted + refused + sent on"),
    "sum.rest": ("总数等于已述部分加“其余”部分", "a whole is its stated part plus the rest (其余)"),
    "sum.named_partition": ("按定义构成总量的各部分(如三次产业增加值)之和等于总量", "the parts that make up a whole by definition (the three industries) add up to it"),
    "sum.flow": ("收到数等于新收数加上年结转数", "received = new + carried over from last year"),
    "sum.flow_balance": ("无上年结转时，受理数等于办结数加结转下年数", "with nothing carried in, intake = closed + carried out"),
    "sum.account_totals": ("收入总计等于支出总计加结转下年", "an account's income total = its spending total + the balance carried out"),
    "equal.account_totals": ("收支平衡时收入总计等于支出总计", "an account that balances has equal income and spending totals"),
    "sum.share_partition": ("占比合计为100%的各分项之和等于其基数",
                            "parts whose shares of one base add up to 100% add up to that base"),
    "sum.graded": ("评定等次的各数之和等于抽查数", "the grades add up to what was checked"),
    "bound.stage": ("后一环节的数不超过前一环节(如办结不多于受理)",
                    "a later stage does not outnumber an earlier one (closed <= received)"),
}
# A rule this table does not know yet is described by its kind.
_KIND_TEXT = {
    "sum": ("分项之和等于合计", "the parts add up to the total"),
    "ratio": ("比率按其分子、分母计算,四舍五入到所列小数位", "a rate equals numerator/denominator at the printed decimals"),
    "change": ("同比变化与本年数、上年数相符", "a change agrees with this year's and last year's figures"),
    "bound": ("部分不超过整体", "a part does not exceed its whole"),
    "equal": ("应当相等的数字相等", "figures that must agree are equal"),
}


@lru_cache(maxsize=1)
def _catalog_rules() -> dict[str, dict[str, Any]]:
    import yaml

    try:
        text = resources.files("toolkit").joinpath("catalog/rules.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return {f"catalog.{r['id']}": r for r in data.get("rules") or [] if isinstance(r, dict) and "id" in r}


def _names(keys: Iterable[str], language: str) -> list[str]:
    out = []
    for k in keys:
        label = metric_label(k)
        out.append((label[0] if language == "zh" else label[1]) if label else k)
    return out


def rule_text(rule: str) -> tuple[str, str]:
    """(zh, en) description of a rule in words; a catalog rule names its metrics by label."""
    if rule in RULE_TEXT:
        return RULE_TEXT[rule]
    r = _catalog_rules().get(rule)
    if r is None:
        return _KIND_TEXT.get(rule.split(".")[0], (rule, rule))
    kind = r.get("kind")
    out = []
    for lang in ("zh", "en"):
        if kind == "sum":
            parts = _names(r.get("parts") or [], lang)
            total = _names([r.get("total", "")], lang)[0]
            out.append(f"{' + '.join(parts)} = {total}")
        elif kind == "bound":
            small, large = _names([r.get("smaller", ""), r.get("larger", "")], lang)
            out.append(f"{small} ≤ {large}")
        elif kind == "equal":
            vals = _names(r.get("values") or [], lang)
            out.append(" = ".join(vals))
        elif kind == "ratio":
            num, den, pct = _names([r.get("numerator", ""), r.get("denominator", ""), r.get("percent", "")], lang)
            out.append(f"{pct} = {num} / {den}")
        elif kind == "count_amount":
            count, amount = _names([r.get("count", ""), r.get("amount", "")], lang)
            low, high = (r.get("average_fine") or [None, None])[:2]
            if lang == "zh":
                out.append(f"{count} 为 0 时 {amount} 为 0;平均每件罚款在 {number(low)}–{number(high)} 万元之间")
            else:
                out.append(f"no {count}, no {amount}; the fine per case is {number(low)}–{number(high)} 万元")
        else:
            out.append(rule)
    if r.get("same_section"):
        out = [out[0] + "(同一段落内)", out[1] + " (within one paragraph)"]
    return out[0], out[1]


