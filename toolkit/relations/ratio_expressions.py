"""Ratios printed as A:B ("性别比为105.23:100", "城乡居民收入比为2.11∶1") and structures printed as A:B:C
("三次产业增加值结构为6.0:46.9:47.1"): the figures stated before them, or the shares of the parts of
the last breakdown with as many parts."""

from __future__ import annotations

import bisect
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .reading import holding
from .roles import is_delta, is_per_n, is_previous
from .share_parts import ratio_names_its_parts
from .structure import _Doc, _paragraph_start
from .vocab import read_entries

# (a structure often printed as its change: "三次产业结构调整为7.5:40.0:52.5", "…比例关系优化为…")
_RATIO_EXPR = re.compile(r"(比|比例|结构|倍差)(?:关系)?(?:调整|优化|转变|演变|变化|变)?(为|是|达到|达)?$")
# "三次产业结构由上年的10.3:43.1:46.6调整为9.9:43.9:46.2": the structure after 调整为 is the year's, the
# one after 由 last year's (never checked against this year's parts)
_CHANGED_TO = re.compile(r"(?:调整|优化|转变|演变|变化|变)为$")
_FROM_RATIO = re.compile(r"(?:比|比例|结构)(?:关系)?由(?:\d{4}年(?:末|底)?)?[^,;。:∶\d]{0,8}$")
_PER_N_BEFORE = re.compile(r"每[十百千万]")
# A ratio of the highest to the lowest ("收入最高与最低县区的农民收入倍差"): not of the two figures before it.
_EXTREMES = re.compile(r"最高|最低|最大|最小|最多|最少")
# The measure a ratio compares ("城乡居民收入比"): both its figures are of that measure.
_MEASURE = re.compile(r"(?:收入|支出|消费|工资|存款|产值)$")
_OTHER_MEASURE = re.compile(r"收入|支出|消费|工资|存款|产值")  # (a figure's label naming its own measure)  # (the items after "每千常住人口…" are per N too)
# A flow of the year into or out of a group ("招生4.02万人", "毕业生3.87万人") names the group's side of a
# ratio of two groups ("生师比", "师生比") by its characters but is not that side: the ratio compares the
# groups as they stand (在校生 to 专任教师).
_FLOW = re.compile(r"招生|招收|毕业|结业|录取|新招|新入")


def _ratio_expressions(d: _Doc, sums: list[Relation]) -> list[Relation]:
    """"性别比为105.23:100" and "三次产业增加值结构为6.0:46.9:47.1"."""
    out = []
    # the breakdowns by where their total stands: a chain looks at its paragraph's only (linear work)
    by_total = sorted((r for r in sums if r.kind == "sum" and r.roles.get("parts")
                       and isinstance(r.roles.get("total"), Quantity)),
                      key=lambda r: r.roles["total"].start)  # type: ignore[union-attr]
    total_starts = [r.roles["total"].start for r in by_total]  # type: ignore[union-attr]
    # (only the figures whose words hold 比 or 结构, as every match does: read once for the document)
    for _, q in sorted({q.index: q for word in ("比", "结构", "倍差", "为") for q in holding(d, word)}.items()):
        if not _RATIO_EXPR.search(_bare_label(d, q)) and not _changed_from_ratio(d, q):
            continue
        if d.s[q.end : q.end + 1] not in (":", "∶"):
            # "城乡居民收入比为1.95": A to 1, the 1 left unprinted (a bare number after 比, no colon)
            # ("城乡居民收入倍差1.97": 倍差 is the same ratio to 1)
            if not q.unit and not q.is_percent and ("比" in _bare_label(d, q)[-3:] or "倍差" in _bare_label(d, q)[-4:]):
                # (to 100 when it reads like one: "性别比为103.57"; else to 1)
                out += _two_sides(d, q, q, 100 if q.value >= 20 else 1, flipped=False)
            continue
        chain = [q]
        while chain[-1].index + 1 < len(d.qs):
            nxt = d.qs[chain[-1].index + 1]
            if d.s[chain[-1].end : nxt.start] in (":", "∶"):
                chain.append(nxt)
            else:
                break
        if len(chain) == 2 and chain[0].value == 1 and chain[1].value not in (1, 100, 1000) and not chain[1].unit:
            # "医护比为1∶1.20": 1 to B -- the second side over the first
            out += _two_sides(d, q, chain[1], 1, flipped=True)
        elif len(chain) == 2 and chain[1].value in (1, 100, 1000):
            out += _two_sides(d, q, chain[0], int(chain[1].value), flipped=False)
        elif len(chain) >= 3 or (len(chain) == 2 and abs(sum(c.value for c in chain) - 100) <= Decimal("0.2")):
            # A:B:C -- the shares of the parts of the last breakdown with as many parts (two parts when
            # the two figures make 100: "普通高中9.36万人、中职5.42万人,普职比为63.3∶36.7").
            para = d.last_before("\n", q.start)
            # (or of the paragraph before, when the parts are in this one: "地区生产总值1,286.4亿元,…。\n分产业看,
            # 第一产业增加值72.3亿元,…。三次产业结构为5.6:39.8:54.5" -- the whole heads the paragraph above)
            above = d.last_before("\n", para - 1) if para > 0 else para
            window = by_total[bisect.bisect_left(total_starts, above) : bisect.bisect_left(total_starts, q.start)]
            cands = [r for r in window if len(r.roles["parts"]) == len(chain)  # type: ignore[arg-type]
                     and (r.roles["total"].start >= para  # type: ignore[union-attr]
                          or min(p.start for p in r.roles["parts"]) >= para)]  # type: ignore[union-attr]
            if cands:
                rel = max(cands, key=lambda r: r.roles["total"].start)  # type: ignore[union-attr]
                total: Quantity = rel.roles["total"]  # type: ignore[assignment]
                members = {total.index, *(p.index for p in rel.roles["parts"])}  # type: ignore[union-attr]
                last = max(members)
                between = d.qs[last + 1 : q.index]
                if any(compatible(p, total) for p in between):
                    continue  # another total ("2021年…972846万元") stands between: not its structure
                # two parts: the ratio's name says whose ("普职比": 普通高中, 职业学校), or it is none of theirs
                if len(chain) == 2 and not ratio_names_its_parts(d, q, rel.roles["parts"], total):  # type: ignore[arg-type]
                    continue
                adjusted = _largest_remainder(rel.roles["parts"], chain)  # type: ignore[arg-type]
                for part, share in zip(rel.roles["parts"], chain, strict=True):  # type: ignore[arg-type]
                    out.append(Relation("ratio", "ratio.structure",
                                        {"numerator": part, "denominator": rel.roles["total"], "percent": share},
                                        adjusted=adjusted))
    return out


_ASIDE = re.compile(r"\([^()]*\)")
_WHOLE_PLACE = re.compile(r"^(?:全|本)(?:国|省|市|区|县|州|盟|旗|镇|乡)")  # ("全区生师比": no narrower scope)


def _bare_label(d: _Doc, q: Quantity) -> str:
    """``q``'s label, or -- when an aside with figures of its own stands in its clause ("总人口性别比(以
    女性为100,男性对女性的比例)为104.21": the label starts inside it) -- its clause with the aside left out."""
    lab = d.label(q)
    if ")" not in lab:
        return lab
    return re.split(r"[,;:]", _ASIDE.sub("", lab if "(" in lab else d.s[d.seg_start(q.start) : q.start]))[-1]


def _changed_from_ratio(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` the first figure of a ratio after "由<last year's ratio>调整为"?"""
    if not _CHANGED_TO.search(d.label(q)):
        return False
    i = q.index - 1  # back over the earlier ratio's figures, joined by colons
    while i > 0 and d.s[d.qs[i - 1].end : d.qs[i].start] in (":", "∶"):
        i -= 1
    if i < 0 or i == q.index - 1:
        return False
    first = d.qs[i]
    return first.sentence == q.sentence and bool(_FROM_RATIO.search(d.s, q.sentence[0], first.start))


# "A与B之比", "A和B的比例": a ratio naming both its sides (two words or more each)
_NAMED_SIDES = re.compile(r"([\u4e00-\u9fff]{2,}?)[与和同]([\u4e00-\u9fff]{2,}?)(?:的|之)?")


def _two_sides(d: _Doc, q: Quantity, pct: Quantity, per: int, flipped: bool) -> list[Relation]:
    """A ratio of two figures stated just before it, in that order ("城乡居民收入比为2.11∶1": the urban over
    the rural; "医护比为1∶1.20", ``flipped``: the second over the first), each named by a side of it."""
    sent = q.sentence[0]
    # (never figures per N: "每千人口医师3.14人、护士3.87人,医护比1∶1.21" is of the counts, not the rounded rates)
    def counts(a: int, b: int) -> list[Quantity]:
        return [p for p in d.in_range(a, b) if not p.is_percent and p.unit and not is_per_n(d, p)
                and not _PER_N_BEFORE.search(d.s, a, p.start)]

    before = counts(sent, q.start)
    if not before and sent and d.s[sent - 1] != "\n":  # ("…47,318元,…22,406元。城乡居民收入比为2.11∶1")
        before = counts(d.last_before("。\n", sent - 1) + 1, sent)
    # "男女性别比": each operand's label names one side of the ratio.
    name = re.sub(r"[^\u4e00-\u9fff]", "", re.split(r"比|倍差", _bare_label(d, q))[0])
    if _EXTREMES.search(name):
        return []  # ("收入最高与最低县区的农民收入比": sides the figures before it are not)
    named = _NAMED_SIDES.fullmatch(name)
    if named:
        # "在职职工与离退休人员之比为2.86:1": the two sides are named -- the figures of those names, the
        # last such pair before it (not the last two figures, which may count another thing)
        left, right = (side[-2:] for side in named.groups())  # (each side by its head noun)
        pairs = [(a, b) for j, b in enumerate(before) for a in before[:j]
                 if left in d.label(a) and right in d.label(b) and compatible(a, b)]
        if not pairs:
            return []
        a, b = max(pairs, key=lambda ab: (ab[1].index, ab[0].index))
        num, den = (b, a) if flipped else (a, b)
        return [Relation("ratio", "ratio.expression", {"numerator": num, "denominator": den, "percent": pct}, per=per)]
    sides = set(name)
    measure = _MEASURE.search(name)
    entry = next((e for e in sides_vocabulary() if name.endswith(e[0])), None)
    scope = _WHOLE_PLACE.sub("", name[: -len(entry[0])]) if entry is not None else ""
    if scope and not all(scope in d.own_words(p) for p in before[-2:]):
        # "在校学生…,专任教师…。小学生师比为…": a ratio scoped to 小学 is of the 小学 figures, not the totals
        return _named_sides(d, q, pct, name, per, flipped)
    # (two groups compared, never a whole and its 其中 part: "专任教师7,862人,其中本科及以上学历
    # 5,931人。小学生师比为16.8∶1" is over pupils and teachers the text does not print)
    if not (len(before) >= 2 and compatible(before[-2], before[-1])
            and all(sides & set(_side_words(d, before, p)) for p in before[-2:])
            and "其中" not in d.label(before[-1])):
        return _named_sides(d, q, pct, name, per, flipped)
    if measure and any(measure.group() not in d.label(p) and _OTHER_MEASURE.search(d.label(p)) for p in before[-2:]):
        return []  # ("城乡居民收入比" after the consumption of each: of figures not printed here)
    pair = [_stock_side(d, before, p, sides) for p in before[-2:]]
    if pair[0] is None or pair[1] is None or pair[0].index >= pair[1].index:
        return []  # (a flow and no group as it stands named so before it: the side is not printed)
    num, den = (pair[1], pair[0]) if flipped else (pair[0], pair[1])
    # (a 分别 pair names its sides once, before both figures: which side is which figure is the order
    # of the names, a reading -- the other order is one too)
    other = ([{"numerator": den, "denominator": num, "percent": pct}]
             if _side_words(d, before, before[-1]) != d.label(before[-1]) else [])
    return [Relation("ratio", "ratio.expression", {"numerator": num, "denominator": den, "percent": pct}, per=per,
                     readings=other)]


@lru_cache(maxsize=1)
def sides_vocabulary() -> list[tuple[str, list[re.Pattern]]]:
    """``catalog/ratio_sides.yaml``: (the two characters, the words ending each side's figure)."""
    return read_entries("ratio_sides.yaml", "ratio_sides",
                        lambda e: (str(e["name"]), [re.compile(w) for w in e["sides"]]))


_PEOPLE = frozenset({"人", "名"})
_MEMBER = re.compile(r"其中|[\u4e00-\u9fff]中[,:]")


def _named_sides(d: _Doc, q: Quantity, pct: Quantity, name: str, per: int, flipped: bool) -> list[Relation]:
    """A ratio of two groups the catalog names by one character each ("生师比"): each side the nearest
    figure before it in its paragraph whose own words end with that side's words and hold the words
    scoping the ratio ("小学生师比": 小学), never a flow of the year (招生, 毕业生: ``_FLOW``); unscoped, never
    a part opened by 其中 or by "X中,"."""
    entry = next((e for e in sides_vocabulary() if name.endswith(e[0])), None)
    if entry is None:
        return []
    scope = name[: -len(entry[0])]
    figures = [p for p in d.in_range(_paragraph_start(d, q.start), q.start) if p.unit in _PEOPLE
               and not p.is_percent and not is_per_n(d, p) and not is_delta(d, p) and not is_previous(d, p)]
    sides = []
    for words in entry[1]:
        named = [p for p in figures if words.search(d.own_words(p)) and scope in d.own_words(p)
                 and not _FLOW.search(d.own_words(p)) and (scope or not _MEMBER.search(d.label(p)))]  # (a scoped side is a part: "在校学生中,小学生…")
        if not named:
            return []
        sides.append(named[-1])
    num, den = (sides[1], sides[0]) if flipped else (sides[0], sides[1])  # ("师生比1∶15": the second over the first)
    return [Relation("ratio", "ratio.expression", {"numerator": num, "denominator": den, "percent": pct}, per=per)]


# "城镇、农村居民人均可支配收入分别为52,416元和26,983元": the second figure of a pair given with 分别
# is named by the words before the first
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达)?$")


def _side_words(d: _Doc, before: list[Quantity], p: Quantity) -> str:
    """The words naming ``p`` as a side of a ratio: its label, or for the second of a 分别 pair
    ("…收入分别为A和B") the first's, whose words name both."""
    k = before.index(p)
    if k and d.s[before[k - 1].end : p.start] in ("和", "与", "、", "及") and _RESPECTIVELY.search(d.label(before[k - 1])):
        return d.label(before[k - 1])
    return d.label(p)


def _stock_side(d: _Doc, before: list[Quantity], p: Quantity, sides: set[str]) -> Quantity | None:
    """``p`` itself, or for a flow (毕业生, 招生) the last figure before it naming the same side of the
    ratio as it stands ("在校生24.11万人,毕业生3.87万人;专任教师…,生师比": the 在校生); None if none."""
    if not _FLOW.search(d.own_words(p)):
        return p
    side = sides & set(d.own_words(p))
    return next((q for q in reversed(before[: before.index(p)]) if compatible(q, p) and side <= set(d.own_words(q))
                 and not _FLOW.search(d.own_words(q))), None)


def _largest_remainder(parts: list[Quantity], shares: list[Quantity]) -> bool:
    """Are the printed shares of an A:B:C structure the parts' shares rounded and then made to add up to
    exactly 100? Plain rounding gives 99.9 or 100.1 (12.63, 39.43, 47.94 -> 12.6:39.4:47.9), and bureaus
    close it either by the largest remainder (12.6:39.4:48.0) or by moving the largest share (14.07, 38.26,
    47.66 -> 14.1:38.3:47.6) or by printing the last as the rest (100 less the others): as many shares as
    the gap needs, each one unit towards 100 from its plain rounding, and they the ones nearest to rounding
    that way, the largest, or the last. Only then may a share be a unit off."""
    places = max(q.decimals for q in shares)
    unit = Decimal(1).scaleb(-places)
    if sum(q.value for q in shares) != 100 or any(q.decimals != places for q in shares):
        return False
    values = [money_value(p) if p.is_money else p.value for p in parts]
    whole = sum(values)
    if whole <= 0:
        return False
    exact = [100 * v / whole for v in values]
    plain = [x.quantize(unit, rounding=ROUND_HALF_UP) for x in exact]
    gap = int((100 - sum(plain)) / unit)  # units the plain rounding misses 100 by (negative: over)
    moved = {i for i, (q, r) in enumerate(zip(shares, plain, strict=True)) if q.value != r}
    if gap == 0 or any(q.value - r != (unit if gap > 0 else -unit) for q, r in zip(shares, plain, strict=True)
                       if q.value != r):
        return False
    n = abs(gap)
    # the shares rounded farthest from where the closing moves them, or the largest shares
    nearest = sorted(range(len(exact)), key=lambda i: (exact[i] - plain[i]) * (1 if gap > 0 else -1), reverse=True)
    largest = sorted(range(len(exact)), key=lambda i: exact[i], reverse=True)
    # (or the last share, printed as the rest: 100 less the others -- "7.4:47.6:45.0" of 7.35, 47.55, 45.09)
    return moved in (set(nearest[:n]), set(largest[:n]), {len(exact) - 1})
