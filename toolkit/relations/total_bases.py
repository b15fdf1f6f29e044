"""Which of the figures a share's base words name is the base: a whole before one of its parts, a
figure named by the total's words before one holding them ahead of an act of its own. Read by
``shares`` once it has the candidates; the others stay readings."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .scopes import words
from .structure import _Doc


def whole_before_its_part(d: _Doc, base: Quantity, alts: list[Quantity], base_words: str) -> tuple[Quantity, list[Quantity]]:
    """Base words naming a whole and one of the parts it adds up from alike ("查出问题金额8.64亿元,其中
    …管理不规范问题金额7.38亿元。…占问题金额的42.6%": both end with them) name the whole: a report names a
    part by its qualifier, which the words leave out. Not a part named by the words alone ("举报3,214件"
    under "投诉举报咨询2.46万件": 占举报总量), nor a whole named as the work due (应办理: it holds older
    work). The part stays a reading."""
    from .carried_over import due_whole  # (lazily: carried_over is read by the funnels, not by shares)

    whole = d.cache.get("partition", {}).get(base.index)  # type: ignore[union-attr]
    key = _cjk(re.sub(r"总数|总量|总额|数量|的|数", "", base_words))
    if whole is None or all(q is not whole for q in alts) or len(key) < 2 or due_whole(d, whole):
        return base, alts
    part, full = _cjk(d.own_words(base)), _cjk(d.own_words(whole))
    if not (part.endswith(key) and len(part) > len(key) and full.endswith(key)):
        return base, alts
    return whole, [base, *(q for q in alts if q is not whole)]


_TOTAL = re.compile(r"总数|总量|总额|全部|所有")


def named_total_first(d: _Doc, base: Quantity, alts: list[Quantity], base_words: str) -> tuple[Quantity, list[Quantity]]:
    """Base words naming a total ("占场所总数的") name the figure whose own words end with them ("共有…宗教活动
    场所46处") before one that holds them only ahead of an act of its own ("已完成宗教活动场所法人登记41处":
    those registered): that one stays a reading."""
    key = _cjk(re.sub(r"总数|总量|总额|数量|全部|所有|的|数", "", base_words))
    if not _TOTAL.search(base_words) or len(key) < 2 or _cjk(d.own_words(base)).endswith(key):
        return base, alts
    # (a figure its sentence names as a whole -- 共有, 全区 -- not a period's or a channel's part of the
    # base: "…按季度看,一季度受理…,二季度受理75,761件" under "上半年共受理群众诉求143,786件")
    named = [q for q in alts if _cjk(d.own_words(q)).endswith(key) and words()["wholes"].search(d.s[q.sentence[0] : q.start])]
    if len(named) != 1:
        return base, alts
    return named[0], [base, *(q for q in alts if q is not named[0])]
