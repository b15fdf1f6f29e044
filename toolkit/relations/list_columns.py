"""The measures of one list: a list whose pieces hold several figures each ("城镇…万人,乡村…万人;
男性…,女性…", "道路运输共发生事故58起、死亡41人") is one column of figures per measure, each summed
under its own whole; two measures of one unit in turn within clauses are no list at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ..quantities import Quantity
from .model import compatible
from .scopes import measure_key, unit_class
from .structure import _Doc

# (compiled once: read per figure or per list)
_CLAUSE_END = re.compile(r"[,;:。]")


def segment_groups(d: _Doc, parts: list[Quantity],
                   totals: Sequence[Quantity] = ()) -> tuple[list[list[Quantity]], bool]:
    """A list whose ";"-separated pieces each hold several figures is several breakdowns
    ("城镇…,乡村…;男性…,女性…"); one figure a piece is one list ("予以公开35件;部分公开1件;…").
    The flag: the lists are measures told apart by their words (死亡, 受伤). Pieces of one kind that
    add up to a whole only together are one list run over a ";" (see _one_list_over_pieces)."""
    pieces: list[list[Quantity]] = []
    for q in parts:
        # (a line of its own is a piece too: "- 学前教育:在园幼儿2.18万人,专任教师1,562人\n- 小学:…")
        if pieces and ";" not in (between := d.s[pieces[-1][-1].end : q.start]) and "\n" not in between:
            pieces[-1].append(q)
        else:
            pieces.append([q])
    if len(pieces) > 1 and sum(len(p) >= 2 for p in pieces) >= 2:
        if _one_list_over_pieces(pieces, totals):
            return [parts], False
        columns = _columns(pieces)
        if columns:
            return columns, False
        # "道路运输事故58起、死亡41人、受伤17人;工矿商贸…": two measures of one unit in each piece,
        # told apart by their words: one list per measure, when the measures cover every figure.
        by_measure = _measure_columns(d, pieces)
        if by_measure and not any(strict for _, strict in by_measure) and \
                sum(len(c) for c, _ in by_measure) == len(parts):
            return [c for c, _ in by_measure], True
        return _items_with_details(pieces), False
    if _interleaved(d, parts):
        return [], False
    return [parts], False


def _one_list_over_pieces(pieces: list[list[Quantity]], totals: Sequence[Quantity]) -> bool:
    """"审结案件中,维持200件,驳回30件,撤销20件;调解52件,和解后终止20件,因其他原因终止7件": a
    list of outcomes run on over a ";" (decisions, then the ways a case ends otherwise) is one list
    when its figures, all of the whole's kind, add up to a whole exactly and no piece does alone --
    two breakdowns of one whole (城镇/乡村; 男/女) each add up by themselves."""
    flat = [q for p in pieces for q in p]
    if not totals or any(q.unit != flat[0].unit or q.is_percent for q in flat):
        return False
    def adds_up(t: Quantity, qs: list[Quantity]) -> bool:
        return t.unit == qs[0].unit and sum(q.value for q in qs) == t.value
    return any(adds_up(t, flat) for t in totals) and \
        not any(len(p) >= 2 and adds_up(t, p) for t in totals for p in pieces)


def _items_with_details(pieces: list[list[Quantity]]) -> list[list[Quantity]]:
    """A piece holding one figure of the next piece's kind, the rest its details in other measures, is
    that list's first item ("涉及讨薪1086件,为1214名农民工追讨欠薪1872.6万元;涉及婚姻家庭612件、…其他197件":
    the 1086 is a kind of the cases, as the 612 is; the 名 and 万元 describe it)."""
    out: list[list[Quantity]] = []
    for p in pieces:
        last = out[-1] if out else None
        if last is not None and len(p) >= 2 and all(compatible(p[0], x) for x in p[1:]):
            mine = [x for x in last if compatible(x, p[0])]
            if len(mine) == 1 and len(last) >= 2:
                out[-1] = mine + p
                continue
        out.append(list(p))
    return out


def _interleaved(d: _Doc, parts: list[Quantity]) -> bool:
    """One list holding two measures of one unit in turn ("省交办50件,化解46件,市交办50件,化解44件";
    "城区受理1200件、办结1180件,郊区受理800件、办结790件"): which figures add up is not said."""
    # (two figures of one clause, the second of another measure, twice the same pair of measures)
    pairs = [(measure_key(d, a), measure_key(d, b)) for a, b in pairwise(parts)
             if unit_class(a) == unit_class(b) and not _CLAUSE_END.search(d.s[a.end : b.start])]
    return any(x != y and pairs.count((x, y)) >= 2 for x, y in pairs)


def _columns(pieces: list[list[Quantity]]) -> list[list[Quantity]] | None:
    """Pieces that each give one figure of each of several kinds ("医疗机构案件143件,罚没款121.6万元;
    公共场所案件96件,罚没款28.3万元;…"): the figures of one kind, across the pieces, are one list."""
    first = pieces[0]
    if len(first) < 2 or any(len(p) != len(first) for p in pieces):
        return None
    for p in pieces:
        if any(compatible(x, y) for i, x in enumerate(p) for y in p[i + 1 :]):
            return None  # two figures of one kind in a piece: each piece is its own breakdown
        if not all(compatible(x, y) for x, y in zip(first, p, strict=True)):
            return None
    return [[p[j] for p in pieces] for j in range(len(first))]


def _measure_columns(d: _Doc, pieces: list[list[Quantity]]) -> list[tuple[list[Quantity], bool]]:
    """One list of parts per measure, each with whether its whole must be confirmed by the sum.
    Items of one figure each in a unit ("城镇…亿元;乡村…亿元"), or figures whose words end alike
    ("道路运输事故58起,工矿商贸事故19起"), are one list; figures of one unit that repeat a few
    measures as often each ("死亡41人、受伤17人;…死亡15人、受伤8人") are one list per measure;
    a flat list whose words all differ ("予以公开18件,部分公开7件,…其他处理3件") is one list whose
    whole must be the figure it adds up to (its words name no measure to find it by)."""
    if len(pieces) == 1 and (runs := _respective_runs(d, pieces[0])):
        # the first run is of the measure the classification opens with; a later one ("办结…") counts
        # another, whose whole the figures before the list need not hold: the 分别 reader takes it
        # with its own whole (respective_splits)
        return [(runs[0], False)]
    out = []
    units = dict.fromkeys(unit_class(q) for piece in pieces for q in piece)
    for unit in units:
        group = [q for piece in pieces for q in piece if unit_class(q) == unit]
        if len(group) < 2:
            continue
        keys = [measure_key(d, q) for q in group]
        counts = {k: keys.count(k) for k in keys}
        one_each = len(pieces) >= 2 and all(sum(unit_class(q) == unit for q in p) == 1 for p in pieces)
        if one_each or len(counts) == 1:
            out.append((group, False))
        elif 1 < len(counts) <= 4 and min(counts.values()) >= 2 and (len(pieces) > 1 or _measures_return(keys)) and (
                len(set(counts.values())) == 1 or _each_once(d, pieces, unit)):
            out.extend(([q for q, k in zip(group, keys, strict=True) if k == key], False) for key in counts)
        elif len(pieces) == 1 or (len({d.own_words(q) for q in group}) == len(group)
                                  and "分别" not in d.s[group[0].start : group[-1].start]):
            # (a flat list split by ";" as well as "、", every item's words its own: "予以公开7件、部分
            # 公开2件;不予公开1件;无法提供6件": one list, its whole confirmed by the figures -- not when
            # some items carry 分别 shares the others lack: what those shares are of stays open)
            out.append((group, True))
    return [(c, strict) for c, strict in out if len(c) >= 2]


def _measures_return(keys: list[str]) -> bool:
    """Do the measures come back after one another ("死亡41人、受伤17人;死亡15人、受伤8人"), as items
    giving several measures each do? In runs ("依法受理430件,不予受理40件,告知…申请20件,…提出申请10件")
    the words only happen to end alike: one flat list."""
    runs = 1 + sum(a != b for a, b in pairwise(keys))
    return runs > len(set(keys))


def _respective_runs(d: _Doc, piece: list[Quantity]) -> list[list[Quantity]]:
    """"A、B、C分别受理400、300、200件,办结398、300、199件": runs of figures joined by 、 alone, one per
    measure and as long as each other, give each named item one figure of each measure -- one list per
    run, not one list of them all (a figure outside them, "全区合计办结897件", is none of its items)."""
    runs: list[list[Quantity]] = []
    for a, b in pairwise(piece):
        if d.s[a.end : b.start].strip() == "、":
            if not runs or runs[-1][-1] is not a:
                runs.append([a])
            runs[-1].append(b)
    if len(runs) < 2 or len({len(r) for r in runs}) != 1 \
            or "分别" not in d.s[max(0, piece[0].start - 16) : runs[0][0].start + 1]:
        return []
    return runs if all(compatible(r[0], x) for r in runs[1:] for x in r) else []


def _each_once(d: _Doc, pieces: list[list[Quantity]], unit: str) -> bool:
    """Does every item of a list of two or more name each measure of ``unit`` at most once? Then
    an item may leave a measure out ("火灾:事故2起,死亡3人" among items that also count 受伤) and
    each measure is still one list."""
    if len(pieces) < 2:
        return False
    for piece in pieces:
        keys = [measure_key(d, q) for q in piece if unit_class(q) == unit]
        if len(keys) != len(set(keys)):
            return False
    return True


def described_in_own_measures(d: _Doc, total: Quantity, group: list[Quantity]) -> bool:
    """Does a list after a count hold, between its countable items, a figure of another measure, and
    are those items all in another counter than the count's ("完成实事8件,其中建成站点5个、修路12.5公里、
    增设车位300个")? Then it says what the counted work comprised, each in its own measure: no parts of
    the count. (Details after the items, "…分别为326场、…113场,培训6.8万人次", are no such list.)"""
    if total.is_money or total.is_percent:
        return False
    counted = [q for q in group if compatible(q, total)]
    return (len(counted) >= 2 and all(q.unit != total.unit for q in counted)
            and any(not compatible(q, total) and counted[0].index < q.index < counted[-1].index
                    and d.s[q.end : q.end + 1] in _ITEM_END for q in group))  # (an item's own figure, not "四类…")


_ITEM_END = ("、", ",", ";", "。", "和", "及")
