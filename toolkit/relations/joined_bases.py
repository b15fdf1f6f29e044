"""Bases of a share named by a subject of several names or by a qualified part: "予以公开、部分公开的比例为…"
(the sum of the items named), "A级纳税人占…" (a lettered grade), an item of a list named exactly -- the
helpers ``shares`` reads a share's part and base with, beside the base readings of ``bases``."""

from __future__ import annotations

import re
from typing import Literal

from ..quantities import Quantity
from .bases import _CLAUSE_CUT, _NOT_NAME_CHAR, _OF_END, GENERIC_BASE, cjk
from .model import compatible
from .structure import STOCK, _Doc, _paragraph_start

_COMBINED = re.compile(r"(两项|两类|三类|三项|二者|三者|两者)?(合计|共计|总计|累计|共)$")
_JOINER = re.compile(r"和|、|及|与|以及")
# a subject of two names or more listed with 、 right before the share's name ("予以公开、部分公开的比例为")
_LISTED_SUBJECT = re.compile(r"(?:^|[,;:])([\u4e00-\u9fff]{2,}(?:、[\u4e00-\u9fff]{2,})+)(?:所占|的)?(?:比例|比重|占比|占)"
                             r"(?:为|是|达到|达)?$")
# the noun a joined subject ends with ("…的案件", "…两类案件", "…等事项"), else none
_JOINED_KIND = re.compile(r"(?:(?:两项|两类|三类|三项|两种|三种|等)?的?(?:案件|事项|诉求|申请|件))?$")


def joined_names(subject: str) -> list[str]:
    """The names a share's subject joins by 和/、/及/与 before its total word or noun ("予以公开和部分
    公开的": 予以公开, 部分公开 -- a name closed by 的 is that name)."""
    m = _COMBINED.search(subject) or _JOINED_KIND.search(subject)
    return [n.removesuffix("的") for n in _JOINER.split(subject[: m.start()]) if n] if m is not None else []


def _joined_names(d: _Doc, subject: str, pct: Quantity) -> tuple[str, list[str]]:
    """The names a share's subject joins with 和/、/与 (and their joined words), else none."""
    m = _COMBINED.search(subject) or _JOINED_KIND.search(subject)
    # ("同意公开和部分公开的比例为", "…所占比例": the last name without the 的/所 tying it to the share)
    words = _OF_END.sub("", subject[: m.start()]) if m is not None else ""
    names = [n.removesuffix("的") for n in _JOINER.split(words) if n]  # ("维持的和驳回的": each name closed by 的)
    if len(names) < 2 and (listed := _LISTED_SUBJECT.search(d.label(pct))) is not None:
        # "予以公开、部分公开的比例为56.3%": names listed with 、 before the share name the share of their sum
        words = listed.group(1)
        names = [n.removesuffix("的") for n in _JOINER.split(words) if n]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return "", []
    return words, names


def _near_figures(d: _Doc, before: list[Quantity], pct: Quantity) -> list[Quantity]:
    return [p for p in before if p.sentence[0] >= _paragraph_start(d, pct.start) - 400 and not p.is_percent]


def joined_parts(d: _Doc, before: list[Quantity], subject: str, pct: Quantity) -> Quantity | Literal[False] | None:
    """"予以公开和部分公开合计占答复总数的57.9%": the part is the sum of the figures the subject
    names, each named by its own words (None unless every name finds a figure of one unit; False
    when the names are held apart by figures above but do not pick them out: no part at all)."""
    # (also without 合计: "撤销和确认违法的案件占…", "维持、驳回两类案件占…" -- two items joined by 和/、
    # are counted together, each named in full by a figure of its own)
    names = _joined_names(d, subject, pct)[1]
    if not names:
        return None
    part = _joined_sum(d, before, names, pct)
    return False if part is None and names_apart(d, before, subject, pct) else part


def _joined_sum(d: _Doc, before: list[Quantity], names: list[str], pct: Quantity) -> Quantity | None:
    found: list[Quantity] = []
    near = _near_figures(d, before, pct)
    for name in names:
        # Each name in full in the figure's words (部分公开 is not 不予公开, which shares 公开).
        q = next((p for p in reversed(near) if name in cjk(d.label(p))), None)
        if q is None or (found and (not compatible(q, found[0]) or q.index in {f.index for f in found})):
            return None
        # A name that several figures of that list hold in their words names none of them
        # ("公开和部分公开占…" after 同意公开, 同意部分公开 and 不予公开: 公开 is in all three).
        if any(p.sentence == q.sentence and p.index != q.index and name in cjk(d.label(p))
               and cjk(d.label(p)) != cjk(d.label(q)) for p in near):
            return None
        found.append(q)
    from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

    return _sum_of(sorted(found, key=lambda q: q.index))


def names_apart(d: _Doc, before: list[Quantity], subject: str, pct: Quantity) -> bool:
    """Does the share's subject join names that figures above name apart ("公开和部分公开占…" after
    同意公开…、同意部分公开…; "予以公开和部分公开…" after 同意公开…、同意部分公开…)? Then it is a share
    of their sum, never of one of them; a name printed whole in one figure's words ("交通运输、仓储和
    邮政业增加值占…") is one item."""
    words, names = _joined_names(d, subject, pct)
    if not names:
        return False
    near = _near_figures(d, before, pct)
    labels = [cjk(d.label(p)) for p in near]
    joined = cjk(words)
    # (a label printing the joined names as one, "批发和零售业2,316个" before "批发和零售业法人单位占…")
    one = re.compile(re.escape(names[0]) + "[和、与及]" + re.escape(names[1][:2]))
    return any(n in lab for n in names for lab in labels) and not any(joined in lab or one.search(lab)
                                                                      for lab in labels)


def joined_base(d: _Doc, before: list[Quantity], base_words: str, pct: Quantity) -> Quantity | None:
    """"占建设用地和建设工程规划许可证的52.8%": a base named by two names or more joined by 和/及/与/、 is the
    sum of the figures they name, each in full by a figure of its own (None unless every name finds one)."""
    m = _COMBINED.search(base_words) or _JOINED_KIND.search(base_words)
    names = [_COUNT_TAIL.sub("", n) for n in _JOINER.split(cjk(base_words[: m.start()] if m else base_words)) if n]
    if len(names) < 2 or any(len(n) < 2 for n in names):
        return None
    return _joined_sum(d, before, names, pct)


def names_one_figure(d: _Doc, before: list[Quantity], base_words: str) -> bool:
    """Do the base's words name one figure: no two names joined by 和/及/与/、, or joined names that
    one figure's own label holds together ("党政机关和事业单位126个")?"""
    names = [_COUNT_TAIL.sub("", n) for n in _JOINER.split(cjk(base_words))]
    if sum(1 for n in names if len(n) >= 2) < 2:
        return True
    return any(all(n in cjk(d.label(q)) for n in names) for q in before)


_COUNT_TAIL = re.compile(r"(?:人数|件数|户数|总数|数量|总量|总额|数)$")


def qualified_part(d: _Doc, before: list[Quantity], numerator: Quantity, subject: str, base_words: str) -> Quantity:
    """"刑事法律援助案件占全部法律援助案件的37.7%": the subject is the base's noun with a qualifier
    (刑事); the part is the figure that qualifier names ("其中刑事案件1,286件"), not the whole."""
    base = cjk(GENERIC_BASE.sub("", base_words))
    common = _common(subject, base)
    qualifier = subject.replace(common, "", 1) if len(common) >= 2 else ""
    if len(qualifier) < 2 or qualifier in cjk(d.label(numerator)):
        return numerator
    from .distributed import list_names, names_item  # (distributed reads bases' vocabulary)

    stock = STOCK.search(subject)

    for q in reversed(before):
        label = cjk(d.label(q))
        if qualifier not in label or not compatible(q, numerator) or (stock and not STOCK.search(label)):
            continue  # ("个人住房贷款余额占缴存余额": a balance, not "回收个人住房贷款…")
        if d.cache.get("partition", {}).get(q.index) is numerator and qualifier not in cjk(d.label(q).rpartition(":")[2]):  # type: ignore[union-attr]
            continue  # ("X是重点:甲365期、乙12期,合计377期": the item's label opens with the whole's name)
        listed = list_names(d, q) if "分别" in label else None
        if listed is None:
            return q
        # "行政、民事、刑事案件分别为…": the names before 分别 are every item's, not the first figure's
        at = [p for p, n in zip(*listed, strict=True) if names_item(n, qualifier, listed[1])]
        return at[0] if len(at) == 1 else numerator
    return numerator


def _common(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share (labels are short)."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


_LETTER_GRADE = re.compile(r"([A-Za-z]+[级类档])[\u4e00-\u9fff]{2,6}$")  # "A级纳税人", "B类企业"
_NOT_A_NAME, _SHARE_WORD = re.compile(r"^其中|[^0-9A-Za-z\u4e00-\u9fff]"), re.compile(r"占|比重|比例")  # (compiled once)
_LETTERED = re.compile(r"[A-Za-z0-9]+[\u4e00-\u9fff]{1,3}$")  # "A类", "5A级", "Ⅱ" aside: a name with its letters


def letter_graded(lab: str) -> bool:
    """Does the share's own clause name its part by a grade in letters and a noun ("A级纳税人占…")?"""
    name = _NOT_A_NAME.sub("", _SHARE_WORD.split(_CLAUSE_CUT.split(lab)[-1])[0])
    return _LETTER_GRADE.match(name) is not None


def lettered_part(d: _Doc, before: list[Quantity], lab: str, numerator: Quantity | None) -> Quantity | None:
    """"…A类86件,B类32件,C类8件,A类占比68.3%": a share whose own clause names its part by letters
    (A类, 5A级) is of the figure so named, not of the figure just before (C类's 8); no figure so named:
    no numerator. Other labels keep ``numerator``."""
    clauses = _CLAUSE_CUT.split(lab)
    name = _NOT_A_NAME.sub("", _SHARE_WORD.split(clauses[-1])[0])
    # "A级纳税人占参评企业的13.2%": a grade by letters before the noun names the figure of that grade
    # ("A级1,562户"), wherever the clause stands -- never another figure of the noun ("检查纳税人46户")
    head = _LETTER_GRADE.match(name)  # (letter_graded: the same test)
    if head is not None:
        name = head.group(1)
    elif len(clauses) < 2 or numerator is None or not _LETTERED.fullmatch(name):
        return numerator
    named = [q for q in before if name in _NOT_NAME_CHAR.sub("", d.label(q))]
    return named[-1] if named else None


def item_named_exactly(d: _Doc, before: list[Quantity], base_words: str, part: Quantity) -> Quantity | None:
    """"…共接收投诉举报咨询2.46万件,其中投诉9,873件、举报3,214件…。举报…转立案217件,占举报总量的6.8%":
    the total of 举报 is the one item named 举报 and nothing else, not a whole whose words hold it
    among others; None unless exactly one figure is so named."""
    key = re.sub(r"总数|总量|总计|总额|数量|的|数|全部|所有", "", base_words)
    exact = [q for q in before if q.index != part.index and compatible(q, part) and q.value >= part.value
             and len(key) >= 2 and re.sub(r"^其中", "", cjk(d.own_words(q))) == key]
    return exact[0] if len(exact) == 1 else None
