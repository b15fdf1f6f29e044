"""Where a report's totals are stated: before its first chapter heading, or in a first chapter of
the totals ("一、总体情况", "一、总体运行情况", "一、案件收办情况"). A rate or share of a later chapter
whose base its own chapter does not print may be over those totals (as readings, believed only when
one explains it: the callers' concern)."""

from __future__ import annotations

import re

from .structure import _Doc

# a chapter heading ("二、", "第二章"), on a line of its own
CHAPTER = re.compile(r"\n(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章部分])")
# a first chapter of the totals received and handled
_OVERVIEW = re.compile(r"\s*(?:(?:总体|基本|整体|全面)?|[\u4e00-\u9fff]{0,4}(?:总体|基本|整体|全面|收办|收结|收案|受理)"
                       r"[\u4e00-\u9fff]{0,4})(?:情况|概况|概述|综述)\s*(?:\n|$)")


def preamble_end(d: _Doc) -> int:
    """The position where the report's statement of its totals ends (the text's end without a heading)."""
    if "preamble" not in d.cache:  # (once a document: a text with no heading is searched to its end)
        first = CHAPTER.search(d.s)
        if first is not None and _OVERVIEW.match(d.s, first.end()):
            # "一、总体情况\n…共受理群众诉求186.42万件": an overview chapter states the report's totals too
            first = CHAPTER.search(d.s, first.end()) or first
        d.cache["preamble"] = len(d.s) if first is None else first.start()
    return d.cache["preamble"]  # type: ignore[return-value]
