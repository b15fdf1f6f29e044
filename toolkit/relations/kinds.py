"""Kinds that exclude each other (``exclusive_kinds`` of ``catalog/breakdowns.yaml``): a name
qualified by one kind (户籍人口, 农村居民, 出口额) is never a figure qualified by another kind of the
same set (常住人口, 城镇居民, 进口额)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def exclusive_kinds() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Each set of kinds, each kind with its synonyms ("城镇/农村|乡村": 农村 and 乡村 are one kind)."""
    text = resources.files("toolkit").joinpath("catalog/breakdowns.yaml").read_text(encoding="utf-8")
    groups = (yaml.safe_load(text) or {}).get("exclusive_kinds") or []
    return tuple(tuple(tuple(k.split("|")) for k in g.split("/")) for g in groups)


def of_another_kind(label: str, words: str) -> bool:
    """Do ``words`` say one kind of a set and ``label`` another kind of it, not the words' own? (A
    median is a statistic of its own too: "可支配收入" names the mean, never "…收入中位数".)"""
    if "中位数" in label and "中位数" not in words:
        return True
    for group in exclusive_kinds():
        said = [kind for kind in group if any(w in words for w in kind)]
        if len(said) != 1 or any(w in label for w in said[0]):
            continue
        if any(w in label for kind in group if kind is not said[0] for w in kind):
            return True
    return False


# A whole named as such ("受理总量", "信访总数", "全年…"): the figure of every part of the report's span.
_WHOLE_WORDS = re.compile(r"总量|总数|总计|总额|全部|全年")
# What narrows a count to a part of that whole: a sub-period of the span ("三季度受理", "11月受理"), or
# the timeliness of the act ("按期受理", "按时办结", "及时答复": those done in time, not all done).
_NARROWING = re.compile(r"[一二三四1-4第]季度|[上下]半年|(?<![\d年])\d{1,2}月(?!份?[-—–至到])"
                        r"|(?<![年\d])[一二三四五六七八九十]{1,2}月|(?P<timely>按期|按时|及时|限时|超期|逾期)")
_SAYS_WHOLE = re.compile(r"共|总|合计|累计")


def narrows_the_whole(label: str, words: str, opening: str = "") -> bool:
    """Do ``words`` name a whole (受理总量) and ``label`` a part of it by a narrower period or by
    timeliness the words do not say ("三季度受理…", "按期受理…")? Such a figure is no base so named.
    ``opening``: the text's first words (its title): a period named there is the report's own span
    ("2021年11月运行分析": its "11月受理…" is the whole)."""
    if not _WHOLE_WORDS.search(words):
        return False
    # (a label saying a whole itself, "上半年共受理…", is the whole of the report's own span too)
    whole = _SAYS_WHOLE.search(label) is not None
    return any(m.group() not in words and not (not m.lastgroup and (whole or m.group() in opening))
               for m in _NARROWING.finditer(label))
