"""The words that place a figure: sentence ends, sub-scopes (a campaign, a month), parts, targets, asides."""

from __future__ import annotations

import re

_IGNORECASE = int(re.IGNORECASE)

SEGMENT_END = "。！？!?\n;"  # after NFKC: "；" is ";"

# A figure in a sentence like these is not the year's headline total.
_SUB_SCOPE = re.compile(
    r"专项(行动|整治|检查|督查|执法|活动)|行动(中|期间)|期间|活动中|百日|攻坚|试点|园区|街道|"
    r"安全生产月|宣传月|节假日|春节|国庆|汛期|进博会|二十大|冬奥|峰会|[^全]周内|当天|当日|"
    r"(?<![\d-])\d{1,2}月(份)?[,:]|^\d{1,2}月(份)?|^(上|下)半年|(?<!\d)第[一二三四]季度"
)
# _SUB_SCOPE.search(x) is (_SUB_SCOPE_ANY.search(x) or _SUB_SCOPE_HEAD.match(x)): the same
# alternatives, each starting with a character, so that the regex engine can skip to them.
_SUB_SCOPE_ANY = re.compile(
    r"专项(?:行动|整治|检查|督查|执法|活动)|行动(?:中|期间)|期间|活动中|百日|攻坚|试点|园区|街道|"
    r"安全生产月|宣传月|节假日|春节|国庆|汛期|进博会|二十大|冬奥|峰会|周内(?<=[^全]周内)|当天|当日|"
    r"\d(?<![\d-]\d)\d?月(?:份)?[,:]|第(?<!\d第)[一二三四]季度"
)
_SUB_SCOPE_HEAD = re.compile(r"\d{1,2}月(?:份)?|[上下]半年")
_PART_OF = re.compile(r"其中|包括|含")
# An amount per case ("单件罚没款约5.13万元", "案均罚款1.2万元"): an average, no total of the catalog.
PER_CASE = re.compile(r"单件|件均|案均|宗均|起均|平均每(?:件|起|宗|案|单)|每(?:件|起|宗)(?:案件)?(?:平均)?")
# Targets and plans are not results.
_TARGET = re.compile(r"目标|计划|预计|力争|任务数")
# A level to reach in a sentence of aims ("2024年力争结案率达到98%以上,持证率提高到85%"): a target, no
# figure of the year -- it claims no metric, even where the report states none other.
_FORECAST = re.compile(r"力争|争取|预计|预期|计划|确保|目标")
_TO_REACH = re.compile(r"(?:达到|提高到|提升到|提高至|提升至|增加到|增至|保持在|稳定在|控制在|降至|降低到|降低至|"
                       r"不低于|不少于)[^,;。\d]{0,4}$")
_ASIDE = re.compile(r"\([^()]*\)")
# The words allowed between a label and its figure: "~$" in a catalog regex.
TAIL = (r"(?:\([^()]{0,24}\))?"
        r"(?:(?!对|向|把|将|给|与|从|开展|实施|组织|督促|指导|按照|根据|通过|同比|比上年|较)[^,;。:]){0,8}"
        r"(?:\([^()]{0,24}\))?"
        # (a figure right after a difference verb is a change, whatever reference is left unsaid:
        # "行政处罚类案件增加22件" beside a table of two years -- no level of the metric)
        r"(?<!增加)(?<!减少)(?<!增多)(?<!增加了)(?<!减少了)$")


