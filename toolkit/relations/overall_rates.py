"""Overall rates (综合纠错率, 总体满意率) and the figures they do not count.

"直接纠错68件,直接纠错率16.3%;综合纠错率24.6%": an overall rate counts more than the direct kind
(the cases settled after a correction too); "表示满意的3,952人次,满意率96.0%;总体满意率(含基本满意)
98.6%": more than the figure whose own rate is stated before it (the 基本满意 too). The figure the
overall rate counts is not printed then, and ``named_rates`` reads no rate. Nor of a rate within a
time limit ("15秒接通率88.6%", "3个工作日办结率", "24小时内回复率") over a figure whose words name no
such limit, nor of a rate whose brackets say it counts another kind too ("查实率(含部分属实)"): it counts the work done within the limit, a part the text does not print. Nor of a rate
named for one kind of a set ("户籍人口城镇化率") over a figure of another kind ("城镇常住人口").
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .kinds import of_another_kind
from .ref_years import of_another_period
from .roles import timed_limit
from .structure import _Doc

# a rate named for the whole of its kinds, not for one of them
_OVERALL_RATE = re.compile(r"(?:综合|总体|整体|全口径)[\u4e00-\u9fff]{1,4}率")
# a figure of one kind of the work (done on time, directly, on the spot)
_QUALIFIED_WORD = re.compile(r"按期|按时|及时|限时|当场|当日|一次性|直接|提前")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_PHRASE_END = re.compile(r"[,;:。]")
# a rate's name saying in brackets what it counts besides its own kind ("查实率(含部分属实)")
_INCLUDES = re.compile(r"\((?:含|包括|包含)([\u4e00-\u9fff、]{2,12})\)(?:为|达到|达|是)?$")


def counts_more_than(d: _Doc, named: str, numerator: Quantity, pct: Quantity) -> bool:
    """Is the rate named ``named`` an overall rate, and ``numerator`` a qualified kind or a figure
    whose own rate is stated between it and the rate? Or is ``numerator`` of another kind than the
    rate's name says ("户籍人口城镇化率" of "城镇常住人口")?"""
    own_name = _NOT_CJK.sub("", _PHRASE_END.split(named)[-1])
    inc = _INCLUDES.search(named)
    if inc and _NOT_CJK.sub("", inc.group(1)) not in _NOT_CJK.sub("", d.label(numerator)):
        return True  # "查实率(含部分属实)": the rate counts a kind besides the figure's (group_rates reads it)
    if of_another_kind(_NOT_CJK.sub("", d.label(numerator)), own_name):
        return True
    return bool(_OVERALL_RATE.search(named)) and (
        bool(_QUALIFIED_WORD.search(d.label(numerator)))
        or any(q.is_percent for q in d.qs[numerator.index + 1 : pct.index]))


def timed_apart(d: _Doc, numerator: Quantity, pct: Quantity) -> bool:
    """Is the rate a rate within a time limit its numerator's words do not name ("接通1,431,306个,
    15秒接通率88.6%"), or of a part of the year its numerator's clause does not name ("依法受理812件。…受理率
    由上半年的71.2%升至下半年的83.5%": the half-year's rates, over figures the text does not print)?"""
    limit = timed_limit(d, pct)
    return (limit is not None and limit not in d.label(numerator) + d.after(numerator, 8)) \
        or of_another_period(d, pct, numerator)
