"""Rate names that abbreviate the words of their figure: a two-character name takes the first character
of each of two words ("参考率" of 参加…考试, "报备率" of 报送…备案), so the figure's words hold both
characters in order, a few between them."""

from __future__ import annotations

import re
from functools import lru_cache

_GAP = 8  # characters that may stand between the two (报送市人大常委会备案: 7)


@lru_cache(maxsize=256)
def _spread(stem: str) -> re.Pattern:
    return re.compile(re.escape(stem[0]) + rf"[\u4e00-\u9fff]{{1,{_GAP}}}?" + re.escape(stem[1]))


def names_stem(stem: str, words: str) -> bool:
    """Do the figure's ``words`` name the rate's ``stem``: hold it whole, or, for a stem of two
    characters, hold both in order with Chinese words between (参加年度学法考试 for 参考)?"""
    if stem in words:
        return True
    return len(stem) == 2 and _spread(stem).search(words) is not None
