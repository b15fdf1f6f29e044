"""Tables of one period's figures beside their change: each row's change.

Statistical releases and work reports print a figure per row with its growth in the next column
("指标|计量单位|绝对数|比上年增长(%)", "类别|诉求量(万件)|占比(%)|同比增长(%)"), sometimes with the
previous period's figure too ("指标|本年累计|上年同期|同比增长(%)"). Each change column is of the
one level column before it (share and rate columns, plans and budgets are no level; a second level
column makes the change ambiguous: "收案|结案|同比(%)" is no reading -- but of columns of periods, one
holding the others' months, "9月|1-9月|同比(%)", the change is the year to date's, confirmed by the rows
when a previous column is printed). Two-year tables ("2022年|2023年|增减(%)") are table_changes' own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation, compatible
from .period_columns import months_span
from .table_bases import printed_rounded
from .table_changes import _CHANGE_HEAD, _NOT_AN_AMOUNT, _NOT_PLAIN_CHANGE, _YEAR_HEAD, amount_row, year_columns

# A column that holds no level the change is of: a share, a rate or a percent of its own ("完成预算%").
_SHARE_HEAD = re.compile(r"率|比例|比重|占比|构成|%|百分比|完成|进度")
# A plan's column: the change is of what was done, not of what was planned.
_PLAN_HEAD = re.compile(r"预算|计划|目标|任务|年初|调整")
# The previous period's column ("上年同期", "去年同期累计", "上年数", "上期"; of a 环比, the period
# before: "上季度", "上月", "上一季度", "上半年").
_PREVIOUS_HEAD = re.compile(r"上年|去年|上期|同期|上一?(?:个)?(?:季度|月|半年|周)")
# Rows whose change is in points or of a price or index, not the row's figure's plain growth.
_AVERAGE_ROW = re.compile(r"均(?![衡等匀])")  # a row of averages (月均, 平均, 人均)
_NOT_A_LEVEL_ROW = re.compile(r"率|比例|比重|占比|%|‰|指数|百分点")
_POINTS = ("个百分点", "百分点")
# Rows that are periods in sequence ("第一季度", "二季度", "3月", "三月份"): a 环比 change of one
# row is against the row above it.
_PERIOD_ROW = re.compile(r"^(?:第|20\d\d年)?([一二三四五六七八九十]{1,3}|\d{1,2})(季度|月份?)$")
_CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
# A period or scope a change column may name of its own ("累计同比", "1-12月同比", "当月同比"):
# the change is of the level column only when that column names it too.
_SCOPE = re.compile(r"累计|当月|本月|当季|本季|全年|\d{1,2}\s*[-—–~至]\s*\d{1,2}月")
# A column of row numbers or ranks ("序号|类别|…"), no figure.
_ORDINAL_HEAD = re.compile(r"序号|编号|排名|名次|位次|排序|代码|^No\.?$")


# A note that the growth is on a comparable basis or at comparable prices ("注:增速按可比口径计算",
# "按同口径计算", "上年数据已调整"): the printed growth is not the plain change of the two figures.
_COMPARABLE = re.compile(r"可比口径|同口径|可比价|可比范围|可比基础|口径调整|已调整|调整后|修订")
_NOTE_REACH = 160  # (a table's title above it, its notes below it)


def comparable_noted(s: str, t: Table) -> set[int] | None:
    """Does the table's title or a note just below it say its growth is on a comparable basis? None
    when not; else the figures of the rows the note names ("注:规模以上工业增加值增速按可比价计算": that
    row's), or an empty set when it names none (the whole table's growth)."""
    if not t.rows or not t.rows[-1].cells:
        return None
    start, end = t.rows[0].start, t.rows[-1].cells[-1].end
    # (a sentence around, or taken for the caption, that prints a growth of its own, "…按可比价格计算,
    # 比上年增长4.1%", says how that figure grew, not the table's)
    around = t.caption + "\n" + s[max(0, start - _NOTE_REACH) : end + _NOTE_REACH]
    notes = [x for x in _SENTENCE_END.split(around) if _COMPARABLE.search(x) and not _OWN_GROWTH.search(x)]
    if not notes:
        return None
    named = set()
    for row in t.rows:
        label = _NOT_CJK.sub("", row.head)
        if row.numbers and len(label) >= 4 and any(label in _NOT_CJK.sub("", x) for x in notes):
            named |= {q.index for _, q in row.numbers}
    return named


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_SENTENCE_END = re.compile(r"[。;；\n]")
_OWN_GROWTH = re.compile(r"(?:增长|下降|增加|减少|回落|提高)\s*-?\d+(?:\.\d+)?\s*%")


def _quantity(row: Row, j: int) -> tuple[Quantity | None, int]:
    """The cell's figure and its sign (a fall printed "-6.3" is the figure after the minus)."""
    cell = row.cells[j]
    if cell.quantity is not None:
        return cell.quantity, 1
    if cell.fall is not None:
        return cell.fall, -1
    return None, 1


def _numeric(rows: list[Row], j: int) -> bool:
    """Do most body rows print a figure in column ``j``?"""
    return 2 * sum(1 for r in rows if _quantity(r, j)[0] is not None) >= len(rows)


def _header(t: Table) -> Row | None:
    """The header row over the body rows that names a change column in percent."""
    first = next((i for i, r in enumerate(t.rows) if not r.is_header), None)
    if first is None:
        return None
    heads = [r for r in t.rows[:first] if r.is_header]
    return next((r for r in reversed(heads) if any(_CHANGE_HEAD.search(c.text) for c in r.cells)), None)


def level_change_columns(t: Table) -> list[Relation]:
    """Each row's figure in the one level column before a change column, changed by the printed
    percent (over the previous period's column when one is printed beside it)."""
    out: list[Relation] = []
    header = _header(t)
    if header is None or sum(1 for c in header.cells if _YEAR_HEAD.match(c.text)) >= 2 or year_columns(header):
        return out  # (two years: table_changes reads them)
    width = len(header.cells)
    rows = [r for r in t.rows if r.start > header.start and not r.is_header and len(r.cells) == width]
    if not rows:
        return out
    heads = [c.text for c in header.cells]
    changes = [k for k, h in enumerate(heads) if _CHANGE_HEAD.search(h) and _numeric(rows, k)]
    left = -1
    for k in changes:
        span = [j for j in range(left + 1, k)
                if j not in changes and not _ORDINAL_HEAD.search(heads[j]) and _numeric(rows, j)]
        left = k
        # ("年末数|比年初增加(亿元)|比年初增长(%)": the change in amounts printed beside its percent)
        deltas = [j for j in span if _DELTA_HEAD.search(heads[j]) and not _SHARE_HEAD.search(heads[j])]
        span = [j for j in span if j not in deltas]
        levels = [j for j in span if not (_SHARE_HEAD.search(heads[j]) or _PLAN_HEAD.search(heads[j])
                                          or _PREVIOUS_HEAD.search(heads[j]))]
        previous = [j for j in span if _PREVIOUS_HEAD.search(heads[j]) and not _SHARE_HEAD.search(heads[j])]
        if len(levels) == 2 and "环比" in heads[k] and not previous and (pair := _consecutive(heads, levels)):
            levels, previous = pair  # ("3月(件)|2月(件)|环比(%)": the month's change from the month before)
        if len(levels) > 1:
            levels = _named_level(levels, heads, k)  # ("收案|结案|收案同比(%)": of 收案)
        running = len(levels) > 1
        if running:
            levels = _running_level(levels, heads)  # ("9月|1-9月|同比(%)": of the year to date)
        if len(levels) != 1 or len(previous) > 1:
            continue  # no level, or two the change may be of
        if any(w not in heads[levels[0]] for w in _SCOPE.findall(heads[k])):
            continue  # ("本月|上年同月|累计同比(%)": the change of another period's figure)
        if previous and any(w not in heads[levels[0]] for w in _SCOPE.findall(heads[previous[0]])):
            continue  # ("本月|1-9月累计|上年同期累计|同比(%)", 累计 often "—"): the previous figure names its
            # period, and the change is of that period's figure, not of the one level column left
        if len(deltas) > 1 or (deltas and previous):
            continue  # (two changes in amounts, or one beside the previous figure: no one reading)
        if deltas:
            out += _rows_by_delta(rows, levels[0], deltas[0], k, heads)
        elif previous or "环比" not in heads[k]:
            found = _rows(rows, levels[0], previous[0] if previous else None, k, heads)
            # (read past a month's column: the rows' figures confirm it, most of them changing as printed)
            out += found if not (running and previous) or _most_agree(found) else []
        else:
            out += _chained_rows(rows, levels[0], k, heads)
    return out


_HEAD_WORDS = re.compile(r"[\u4e00-\u9fff]+")
_CHANGE_WORD = re.compile(r"同比|环比|比上年|增减|增长|增幅|增速|变化|升降")


def _named_level(levels: list[int], heads: list[str], k: int) -> list[int]:
    """Of several level columns, the one a change column names before its change word ("收案同比",
    "起数同比" over "火灾起数"): the one whose header holds that name, when exactly one does."""
    m = _CHANGE_WORD.search(heads[k])
    name = heads[k][: m.start()].strip() if m else ""
    if len(_HEAD_WORDS.sub("", name)) or len(name) < 2:
        return levels  # (no name, or one with figures or marks: no reading)
    named = [j for j in levels if name in re.sub(r"[(（][^()（）]*[)）]", "", heads[j])]
    return named if len(named) == 1 else levels


def _running_level(levels: list[int], heads: list[str]) -> list[int]:
    """Of level columns of periods ("9月|1-9月", "1-5月|6月|1-6月"), the one whose months hold all the
    others' (the year to date): a change column after them with no period of its own is the running
    total's, as bulletins print 累计增长; else the columns unchanged."""
    spans = {j: months_span(heads[j]) for j in levels}
    if any(s is None for s in spans.values()):
        return levels
    wide = [j for j, (a, b) in spans.items()  # type: ignore[misc]
            if all(a <= c and d <= b and (c, d) != (a, b) for i, (c, d) in spans.items() if i != j)]  # type: ignore[misc]
    return wide if len(wide) == 1 else levels


def _most_agree(rels: list[Relation]) -> bool:
    """Do most of the rows' changes (two at least) hold as printed, within the percent's last digit?"""
    held = 0
    for r in rels:
        cur, step, prev = r.roles["current"], r.roles["percent"], r.previous
        if not isinstance(prev, Quantity) or not prev.value:
            continue
        grown = (cur.value / prev.value - 1) * 100  # type: ignore[union-attr]
        half = Decimal(5).scaleb(-step.decimals - 1)  # type: ignore[union-attr]
        held += abs(grown - r.sign * step.value) <= half + Decimal("0.05")  # type: ignore[union-attr]
    return held >= 2 and 2 * held >= len(rels)


def _consecutive(heads: list[str], levels: list[int]) -> tuple[list[int], list[int]] | None:
    """Two level columns naming periods one after the other ("3月(件)|2月(件)", "二季度|一季度"):
    ([the later], [the earlier]), the earlier the previous figure of a 环比; else None."""
    a, b = (_period_of(re.sub(r"[(（][^()（）]*[)）]", "", heads[j])) for j in levels)
    if a is None or b is None or a[0] != b[0] or abs(a[1] - b[1]) != 1:
        return None
    later, earlier = (levels[0], levels[1]) if a[1] > b[1] else (levels[1], levels[0])
    return [later], [earlier]


def _period(row: Row) -> tuple[str, int] | None:
    """A period row's kind and number ("第三季度" -> ("季度", 3)); None for any other row."""
    return _period_of(row.head)


def _period_of(text: str) -> tuple[str, int] | None:
    """A period's kind and number ("第三季度" -> ("季度", 3), "10月" -> ("月", 10)); None for any other words."""
    m = _PERIOD_ROW.match(text.replace(" ", ""))
    if m is None:
        return None
    n = m.group(1)
    if n.isdigit():
        return m.group(2)[:2], int(n)
    value = _CN.get(n[-1], 0) + (10 if len(n) > 1 else 0)  # (十一, 十二; 十 alone is 10)
    return m.group(2)[:2], value if n != "十" else 10


def _chained_rows(rows: list[Row], level: int, k: int, heads: list[str]) -> list[Relation]:
    """A 环比 column down rows of periods in sequence: each row's change is from the row above
    ("第一季度|92,418|—" then "第二季度|108,276|17.2"); a row whose predecessor is not the period
    before it (a gap, a 合计 row) gets the change without a previous figure."""
    out: list[Relation] = []
    for above, r in zip([None, *rows[:-1]], rows, strict=True):
        here = _period(r)
        if here is None:
            continue
        before = _period(above) if above is not None else None
        if before is not None and before[0] == here[0] and before[1] + 1 == here[1]:
            out += _rows([r], level, None, k, heads, previous_row=above)
        else:
            out += _rows([r], level, None, k, heads)
    return out


def _rows(rows: list[Row], level: int, before: int | None, k: int, heads: list[str],
          previous_row: Row | None = None) -> list[Relation]:
    """The change of each row's figure in column ``level`` by the percent in column ``k``, over the
    figure in column ``before`` of the same row, or in column ``level`` of ``previous_row``."""
    out: list[Relation] = []
    for r in rows:
        cur, cur_sign = _quantity(r, level)
        step, sign = _quantity(r, k)
        words = " ".join(c.text for c in r.cells if c.quantity is None and c.fall is None)
        if cur is None or step is None or cur_sign < 0 or cur.is_percent or step.unit in _POINTS:
            continue
        if step.unit not in ("", "%") or _NOT_A_LEVEL_ROW.search(words):
            continue  # a rate's change in points, an index, a multiple
        if before is None and previous_row is None:
            out.append(Relation("change", "change.table", {"current": cur, "percent": step}, sign=sign))
            continue
        prev, prev_sign = _quantity(previous_row, level) if previous_row is not None else _quantity(r, before)
        if prev is None or prev_sign < 0 or not compatible(prev, cur):
            continue
        if _AVERAGE_ROW.search(words):  # "月均|1,433|1,210|18.5": averages, rounded to the unit as printed
            cur, prev = printed_rounded(cur, whole=True), printed_rounded(prev, whole=True)
        # (money, values added: their growth may be at comparable prices or on a comparable basis, not
        # the plain change of the two figures printed -- that change passes, any other is unverifiable)
        if cur.is_money or _NOT_PLAIN_CHANGE.search(words + heads[level]):
            if amount_row(cur, words + heads[level]):
                out.append(Relation("change", "change.table", {"current": cur, "percent": step}, previous=prev,
                                    sign=sign, exhaustive=False))
            continue
        out.append(Relation("change", "change.table", {"current": cur, "percent": step}, previous=prev, sign=sign))
    return out


# A column of the change in the rows' own amounts ("比年初增加(亿元)", "增减(件)", "比上年增加"): the
# previous figure is the level less it, whatever the column's reference period.
# (not "增加值(亿元)": a value added is a level)
_DELTA_HEAD = re.compile(r"增加(?!值)|增减|减少|净增|增量")


def _rows_by_delta(rows: list[Row], level: int, delta: int, k: int, heads: list[str]) -> list[Relation]:
    """Each row's percent change over its level less the change printed beside it ("非金融企业存款|
    1,082.46|62.18|6.1": 62.18 over 1,020.28) -- never over a previous figure the percent implies."""
    out: list[Relation] = []
    for r in rows:
        cur, cur_sign = _quantity(r, level)
        step, sign = _quantity(r, k)
        diff, diff_sign = _quantity(r, delta)
        words = " ".join(c.text for c in r.cells if c.quantity is None and c.fall is None)
        if cur is None or step is None or diff is None or cur_sign < 0 or cur.is_percent or diff.is_percent:
            continue
        if step.unit not in ("", "%") or diff.unit in _POINTS or _NOT_A_LEVEL_ROW.search(words):
            continue
        if not compatible(cur, diff):
            continue
        if "减少" in heads[delta]:
            diff_sign = -diff_sign  # ("比上年减少(件)": a printed 12 is a fall of 12)
        prev = cur.value - diff_sign * diff.value
        if prev <= 0:
            continue
        # (the change printed in amounts is nominal, so is a balance's percent; a value added's or a
        # price's percent may be real growth: only its plain change passes)
        plain = not _NOT_AN_AMOUNT.search(words + heads[level])
        out.append(Relation("change", "change.table", {"current": cur, "percent": step}, previous=prev, sign=sign,
                            exhaustive=plain))
    return out


# A column of the change of a growth rate in points ("增速变化(百分点)", "比上年同期回落(百分点)").
_POINTS_HEAD = re.compile(r"百分点")


def growth_points_columns(t: Table) -> list[Relation]:
    """"指标|1-3月|同比增长(%)|上年同期增速(%)|增速变化(百分点)": in each row, this period's growth is
    last period's plus the change in points. The figures may be falls ("-2.4"): the terms of
    growth = previous + change that are positive make one side, the rest the other (9.8 and a fall
    of 2.4 are a change of 12.3 points: 12.3 = 9.8 + 2.4)."""
    out: list[Relation] = []
    header = _header(t)
    if header is None:
        return out
    heads = [c.text for c in header.cells]
    points = [k for k, h in enumerate(heads) if _POINTS_HEAD.search(h)]
    growth = [k for k, h in enumerate(heads) if _CHANGE_HEAD.search(h) and not _PREVIOUS_HEAD.search(h)
              and not _POINTS_HEAD.search(h)]
    previous = [k for k, h in enumerate(heads) if _PREVIOUS_HEAD.search(h) and "%" in h and not _POINTS_HEAD.search(h)]
    if len(points) != 1 or len(growth) != 1 or len(previous) != 1 or points[0] < max(growth[0], previous[0]):
        return out
    width = len(heads)
    for r in t.rows:
        if r.start <= header.start or r.is_header or len(r.cells) != width:
            continue
        cells = [_quantity(r, k) for k in (growth[0], previous[0], points[0])]
        if any(q is None or q.unit not in ("", "%", *_POINTS) for q, _ in cells):
            continue
        (g, gs), (p, ps), (d, ds) = cells
        # growth - previous - change = 0: each term with its sign, the positive ones against the others
        terms = [(g, gs), (p, -ps), (d, -ds)]
        plus = [q for q, s in terms if s > 0 and q.value]  # type: ignore[union-attr]
        minus = [q for q, s in terms if s < 0 and q.value]  # type: ignore[union-attr]
        if sorted((len(plus), len(minus))) != [1, 2]:
            continue  # (a zero term: an equality, read elsewhere or not at all)
        total, parts = (plus[0], minus) if len(plus) == 1 else (minus[0], plus)
        out.append(Relation("sum", "sum.points", {"total": printed_rounded(total), "parts": [printed_rounded(q) for q in parts]}))
    return out
