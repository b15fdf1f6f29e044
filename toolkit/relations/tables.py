"""Relations of the tables: total rows and columns, share rows and columns, ordinal totals."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from ..tables import Row, Table, whole_period_row
from .balances import balance_columns
from .implied import agrees_with
from .model import Relation, compatible
from .named_rates import first_rate_in
from .period_columns import period_columns, running_rows
from .structure import _Doc, _find_by_label, _paragraph_start
from .table_balance import _ORDINAL_TOTAL, balance_rows
from .table_bases import counts_in_scale, manner_agrees, printed_rounded
from .table_blocks import own_block
from .table_changes import _cell, change_columns, difference_columns
from .table_figures import (
    _PERCENT_HEAD,
    _tail_unread,
    column_sums,
    inner_total_columns_by_figures,
    not_summed_row,
    not_summed_table,
    rate_columns_by_figures,
    total_column_by_figures,
)
from .table_funnels import table_funnels
from .table_groups import a_selection, average_of, closing_subtotal, flat_if_it_adds, heading_groups, subtotal_rows
from .table_level_changes import comparable_noted, growth_points_columns, level_change_columns
from .table_nesting import NESTED_ROW, SUBTOTAL_ROW, item_readings, share_breakdowns, subtotals
from .table_per_n import per_n_columns
from .table_quotients import quotient_columns
from .table_share_totals import _GROUP_ROW, shares_of_total_row, shares_without_total
from .table_spanned import spanned_group
from .table_subrows import numbered_sub_rows
from .vocab import read_section

# (compiled once: read per figure or per list)
_EMPTY_CELL = re.compile(r"[-—–/\s]*|0")
_DIGIT = re.compile(r"\d")

_SHARE_HEAD = re.compile(r"比例|比重|占比|构成|占")
_TOTAL_HEAD = re.compile(r"^(?:(?:前[两二三四五六七八九十\d]{1,2}(?:位|名|类|项)|以上|上述)?(?:合计|总计)|总计|合计|总数|共计|全部)$")  # (前五位合计: of the rows above)
_TOTAL_COLUMN = re.compile(r"^(总计|合计|小计)")
# a block's total column: "总计", or named by its block ("复议总计|直诉维持|…|直诉总计")
_BLOCK_TOTAL = re.compile(r"^(?:总计|合计|小计)|(?:总计|合计|小计)$")
_RANK_HEAD = re.compile(r"^(?:位次|序号|排名|名次|编号|排序)$")
_JURISDICTION_ROW = re.compile(r"^全[市区县省州盟旗镇](?:合计|总计|共计)?$")
# The rows a caption selects ("受理量居前三位的县", "重点企业"), or a note saying the jurisdiction's figure
# holds more than its rows ("注:全市数据含市本级"): the 全市 row is then no sum of the rows.
_SELECTED_ROWS = re.compile(r"前[一二三四五六七八九十\d]+[位名]|居前|排名前|部分|重点|主要")
_NOTE_MORE = re.compile(r"^\s*(?:注|说明|备注)[^\n]*(?:含|包括|另有)")
_HOLDS = re.compile(r"含|包括|另有")
_QUOTED = re.compile(r"[“\"]([^”\"]{1,20})[”\"]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _not_summed_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return read_section("equalities.yaml", "not_summed_columns", lambda v, _: (
        re.compile(v["measure"]), re.compile(v["percent"]), re.compile(v["share"])))


def not_summed_head(text: str) -> bool:
    """Does a column header name a measure that does not add up down the rows: a rate, an average,
    a figure per N, a change in % ("增幅(%)"; a change counted in its unit, "增减(件)", does add up),
    or a percent that names no share ("完成预算%": each row's own base)? A share column (占比(%))
    adds up to 100; a bare "%" may be one."""
    measure, percent, share = _not_summed_words()
    if measure.search(text):
        return True
    return bool(percent.search(text)) and len(_NOT_CJK.sub("", text)) >= 2 and not share.search(text)


def _table_relations(d: _Doc, tables: list[Table]) -> list[Relation]:
    out: list[Relation] = []
    for t in tables:
        out += _share_rows(d, t) + _share_columns(d, t)
        if not not_summed_table(t):  # "人口密度(人/平方公里)": its 合计 is no sum of the others
            out += _total_rows(d, t)
            columns = _total_columns(d, t)
            out += columns or total_column_by_figures(t)
            out += inner_total_columns_by_figures(t)
            out += closing_subtotal(t, not_summed_head)
        out += _ordinal_total_rows(t)
        out += numbered_sub_rows(t)  # "(一)收到申请数|23" over "1.当面申请数|4", "2.…"
        out += balance_rows(t)
        changes = change_columns(t) + level_change_columns(t) + difference_columns(t) + growth_points_columns(t)
        noted = comparable_noted(d.s, t)
        if noted is not None:  # (growth on a comparable basis: no plain change of the figures -- of the
            # rows the note names, or of every row when it names none)
            changes = [r for r in changes if r.previous is None
                       or (noted and getattr(r.roles.get("current"), "index", None) not in noted)]
        out += changes
        rates = _rate_columns(t)
        out += rates + rate_columns_by_figures(t, {id(r.roles["percent"]) for r in rates})
        out += per_n_columns(t)  # "常住人口(万人)|诉求量(件)|每万人诉求量(件)"
        out += quotient_columns(t)  # "播种面积(亩)|总产量(吨)|单产(公斤/亩)"
        out += balance_columns(t)  # "基金收入(亿元)|基金支出(亿元)|当期结余(亿元)"
        out += table_funnels(d, t) + period_columns(t)  # ("指标|1-10月|1-9月|10月": running totals)
        out += running_rows(t)  # ("季度|当季|累计": each row's 累计 is the row above's plus its own)
    return out


_PAST_HEAD = re.compile(r"上年|去年|上一年|同期|上期|上月")


def _rate_columns(t: Table) -> list[Relation]:
    """A column of a rate the catalog names ("县区|受理|审结|结案率"): in each row, the rate is the
    count its numerator's column heads over the count its base's column heads (one column each;
    a header naming several is no reading)."""

    out: list[Relation] = []
    header = next((r for r in t.rows if r.is_header), None)
    if header is None:
        return out
    texts = [c.text for c in header.cells]
    width = len(texts)
    for k, head in enumerate(texts):
        rate = first_rate_in(head)
        if rate is None or _SHARE_HEAD.search(head):
            continue
        _, num_words, den_words = rate
        # (a column of another time, "上年执行数", is no side of the rate of the row's own: unless the rate's
        # header names that time too)
        own = [j for j, h in enumerate(texts) if j != k and h and (not _PAST_HEAD.search(h) or _PAST_HEAD.search(head))]
        nums = [j for j in own if num_words.search(texts[j]) and not den_words.search(texts[j])]
        dens = [j for j in own if den_words.search(texts[j]) and not num_words.search(texts[j])]
        if len(nums) != 1 or len(dens) != 1 or not manner_agrees(head, texts[nums[0]]):
            continue
        for r in t.rows:
            if r.start <= header.start or r.is_header or len(r.cells) != width:
                continue  # cells out of the header's columns: which is which is unknown
            num, den, pct = _cell(r, nums[0]), _cell(r, dens[0]), _cell(r, k)
            bare = not pct.unit and bool(_PERCENT_HEAD.search(head)) if pct is not None else False  # ("完成预算%")
            if num is None or den is None or pct is None or num.is_percent or den.is_percent or not (pct.is_percent or bare) or not compatible(num, den):
                continue
            out.append(Relation("ratio", "ratio.table_rate", {"numerator": num, "denominator": den, "percent": pct},
                                per=1000 if pct.unit == "‰" else 100))
    return out


_FIRST_ORDINAL = re.compile(r"^\(一\)|[\s、。,;:\u4e00-\u9fff]\(一\)[\u4e00-\u9fff]")  # (also "…办理结果(一)予以公开")


def _ordinal_total_rows(t: Table) -> list[Relation]:
    """"(七)总计" closing the items "(一)予以公开" … "(六)其他处理" (each perhaps with numbered
    sub-rows): column by column, the rows from "(一)" on add up to it. Rows may carry one
    label cell more or less (a flattened rowspan): the figures are lined up from the right."""
    out: list[Relation] = []
    for i, row in enumerate(t.rows):
        if not _ORDINAL_TOTAL.match(row.head):
            continue
        start = next((k for k in range(i - 1, -1, -1)
                      if any(_FIRST_ORDINAL.search(c.text) for c in t.rows[k].cells)), None)
        if start is None:
            continue
        width = len(row.numbers)
        # (a group's label on a row of its own, "(三)不予公开" over its numbered reasons, holds no figure)
        group = [r for r in t.rows[start:i] if r.numbers or any(_unread(r, j) for j in range(len(r.cells)))]
        if width < 1 or len(group) < 2:
            continue
        if any(len(r.numbers) != width or _tail_unread(r, width) for r in [*group, row]):
            continue  # a row of another shape, or a cell the toolkit cannot read
        out += column_sums(row, group, "sum.table_total")
    return out


def _share_rows(d: _Doc, t: Table) -> list[Relation]:
    """"数量|75件|16件 …" over "占新受理数比例|49.66%|10.59% …": each share against its count."""
    out = []
    for i, row in enumerate(t.rows):
        pcts = [(j, q) for j, q in row.numbers if q.is_percent]
        if not pcts or not _SHARE_HEAD.search(row.head):
            continue
        counts = next((r for r in reversed(t.rows[:i]) if any(not q.is_percent for _, q in r.numbers)), None)
        if counts is None:
            continue
        words = re.sub(r"占|比例|比重|的|总数|数", "", row.head)
        # _find_by_label looks 400 characters before the paragraph at most.
        top = t.rows[0].start
        prose = [q for q in d.in_range(max(0, _paragraph_start(d, top) - 400), top) if not q.in_table]
        den = _find_by_label(d, prose, words, t.rows[0].start) if len(words) >= 2 else None
        if den is None:
            continue
        for j, pct in pcts:
            num = counts.cells[j].quantity if j < len(counts.cells) else None
            if num is not None and not num.is_percent and compatible(num, den):
                out.append(Relation("ratio", "ratio.table_share", {"numerator": num, "denominator": den,
                                                                   "percent": pct}))
    return out


def _share_columns(d: _Doc, t: Table) -> list[Relation]:
    """A "构成(%)" column: each row's figure over the total row's; rows of a group add up."""
    out: list[Relation] = []
    header = next((r for r in t.rows if r.is_header and any(_SHARE_HEAD.search(c.text) for c in r.cells)), None)
    if header is None:
        return out
    k = next(j for j, c in enumerate(header.cells) if _SHARE_HEAD.search(c.text))
    data = [r for r in t.rows if r.start > header.start]
    m = first = next((j for j in range(1, k) if any(_cell(r, j) is not None for r in data)), None)
    named = _column_named(header, k)
    if named is not None and any(_cell(r, named) is not None for r in data):
        # "占追回总额比重(%)": the share is of the column its header names (追回金额), not the first
        # (a base no column names, "占诉求类比重", is stated outside the table: the first column's)
        m = named
    if m is None:
        return out
    total = next((r for r in data if _cell(r, k) is not None and _cell(r, k).value == 100), None)  # type: ignore[union-attr]
    if total is None:
        shares = shares_of_total_row(data, m, k, len(header.cells), _TOTAL_HEAD)
        if shares:
            return shares
        return shares_without_total(d, data, m, k, len(header.cells), header.cells[k].text,
                                     header.cells[m].text if m < len(header.cells) else "")
    m = _agreed_column(data, total, first, k, m)  # "|检查家数|…|追回金额|占追回总额比重(%)|": of the amounts
    if _cell(total, m) is None:
        return out
    tq = _cell(total, m)
    scaled = m < len(header.cells) and counts_in_scale(header.cells[m].text)
    if scaled:
        tq = printed_rounded(tq)  # type: ignore[arg-type]
    if any((q := _cell(r, m)) is not None and q.value > tq.value for r in data if r is not total):  # type: ignore[union-attr]
        return out  # a row of 100% below another row's figure is no total ("丁 | 40 | 40 | 100.0%": a rate)
    width = len(header.cells)
    group: list[Row] = []
    ragged = False  # a row of the group with its cells out of the header's columns
    # "其中:" rows: each opens another breakdown of the total ("其中:城镇|乡村", "其中:男性|女性", "其中:
    # 0-15岁|16-59岁|60岁及以上"), or is a part of the row above it ("60岁及以上|其中:65岁及以上"): the
    # rows that are no "其中:" row, as one list, are the other reading of every group.
    nested = any(NESTED_ROW.match(r.head) for r in data[1:] if r is not total)
    # (a total printed first: its "其中:" rows open further breakdowns of it; printed last: of the row above)
    first = nested and data.index(total) < min(i for i, r in enumerate(data) if NESTED_ROW.match(r.head))
    # (and the readings where a "其中:" row's breakdown runs over the rows after it: "其中:工业|建筑业")
    flat = item_readings([r for r in data if r is not total]) if first else []
    # "受理诉求|咨询|…|小计|395,000|100.0" then "办理方式|直接答复|…|小计|359,000|100.0": groups each closed by
    # a 小计 of 100%, each the sum of the rows since the one before; a row's share is of its group's 小计 (or
    # of the first whole: two breakdowns of one total), and a 小计's own 100% is of itself, no share of another
    closers = [r for r in data if (c := _cell(r, k)) is not None and c.value == 100 and SUBTOTAL_ROW.match(r.head)]
    grouped = len(closers) > 1
    pending: list[Relation] = []  # (the shares of a group whose 小计 is still to come)
    # A row of words alone between rows of figures opens another breakdown of the total -- or is the
    # first line of a label a PDF copy wrapped ("责令停" over "产停业 | 75"): all rows as one list is a reading
    wrapped = [[r for r in data if r is not total and r.numbers and len(r.cells) == width]] if any(
        r is not total and all(_GROUP_ROW.match(c.text) for c in r.cells[1:]) for r in data) else []
    for r in data:
        if grouped and r in closers:
            if (sq := _cell(r, m)) is not None:
                sq = printed_rounded(sq) if scaled else sq
                out += _group_sum(d, sq, group, m) if group and not ragged else []
                for rel in pending if sq is not tq and sq.value != tq.value else []:
                    rel.readings = [dict(rel.roles)]
                    rel.roles["denominator"] = sq
            out += pending
            pending, group, ragged = [], [], False
            continue
        if r is total or _not_summed_words()[0].search(r.head):
            continue  # (nor a row of averages or rates, "月均|1,433|—": no item of the sum)
        if all(_GROUP_ROW.match(c.text) for c in r.cells[1:]):
            rows, others = _items(group, nested and not first, flat)
            out += [] if ragged else _group_sum(d, tq, rows, 1, others + wrapped)  # type: ignore[arg-type]
            group, ragged = [], False
            continue
        if first and group and NESTED_ROW.match(r.head) and r.numbers:
            out += [] if ragged else _group_sum(d, tq, group, m, flat)  # type: ignore[arg-type]
            group, ragged = [], False
        if r.numbers and len(r.cells) != width:
            # Two cells run together (a PDF's narrow column): which column a figure is in is
            # unknown, so neither its share nor its group's sum is checked.
            ragged = True
            continue
        num, share = _cell(r, m), _cell(r, k)
        if num is None:
            continue
        num = printed_rounded(num) if scaled else num  # ("9.38" 万件: a count rounded to 100)
        group.append(r)
        if share is not None:
            (pending if grouped else out).append(Relation("ratio", "ratio.table_share", {
                "numerator": num, "denominator": tq, "percent": share}))
    if grouped:
        return out + pending  # (every group closed by its own 小计: no rows left for the first whole)
    rows, others = _items(group, nested and not first, flat, total)
    # ("城镇|乡村|男性|女性" under 100.0: shares adding up to 200 are two breakdowns of the whole, each summed)
    runs = None if nested or ragged else share_breakdowns(rows, k)
    if runs is not None:
        return out + [rel for run in runs for rel in _group_sum(d, tq, run, m)]  # type: ignore[arg-type]
    out += [] if ragged or a_selection(total, rows, k) else _group_sum(d, tq, rows, m, others + wrapped)  # type: ignore[arg-type]
    return out


def _items(group: list[Row], nested_last: bool, flat: list[list[Row]], total: Row | None = None) -> tuple[list[Row], list[list[Row]]]:
    """A group's rows and the other readings of its items (table_nesting.item_readings)."""
    if not nested_last:
        return group, flat or item_readings(group, total)[1:]
    readings = item_readings(group)
    return readings[0], readings[1:]


def _agreed_column(data: list[Row], total: Row, first: int, k: int, m: int) -> int:
    """The column before the share column ``k`` (from ``first``, the first column of figures) whose
    figures the shares are of: the one whose every row but one at most, over its total row's cell,
    rounds to the row's share (three rows at least); ``m`` (the column the header names, else the
    first) when no column or two columns agree so."""
    rows = [r for r in data if r is not total and _cell(r, k) is not None]
    agreed = []
    for j in range(first, k):
        t = _cell(total, j)
        pairs = [(q, _cell(r, k)) for r in rows if (q := _cell(r, j)) is not None]
        if t is None or t.is_percent or len(pairs) < 3 or any(q.is_percent for q, _ in pairs):
            continue
        if sum(1 for pair in pairs if agrees_with([pair], t.value)) >= len(pairs) - 1:  # type: ignore[list-item]
            agreed.append(j)
    return agreed[0] if len(agreed) == 1 else m


_NAMED_BASE_HEAD = re.compile(r"占([\u4e00-\u9fff]{2,12}?)的?(?:比重|比例|百分比|份额)")
_GENERIC_BASE = re.compile(r"总额|总数|总量|合计|总计|全部|总|数|额|量")


def _column_named(header: Row, k: int) -> int | None:
    """The column before ``k`` whose header the share column's header names as its base ("占追回总额
    比重" names "追回金额"); None when it names none or no column says it."""
    m = _NAMED_BASE_HEAD.search(header.cells[k].text)
    if m is None:
        return None
    base = _GENERIC_BASE.sub("", m.group(1))
    if len(base) < 2:
        return None  # "占总数比重": no words of its own, the first column as before
    pairs = {base[i : i + 2] for i in range(len(base) - 1)}
    best, at = 0, None
    for j in range(1, k):
        text = re.sub(r"[^\u4e00-\u9fff]", "", header.cells[j].text)
        hits = sum(1 for i in range(len(text) - 1) if text[i : i + 2] in pairs)
        if hits > best or (hits == best and hits):
            best, at = hits, j
    return at


def _unread(row: Row, j: int) -> bool:
    """A non-empty cell holding something that is not a figure the toolkit read."""
    if j >= len(row.cells):
        return False
    c = row.cells[j]
    return c.quantity is None and bool(c.text) and not _EMPTY_CELL.fullmatch(c.text) \
        and bool(_DIGIT.search(c.text))


def _group_sum(d: _Doc, total: Quantity, rows: list[Row], m: int = 1,
               others: list[list[Row]] | None = None) -> list[Relation]:
    """The rows of a group add up to the total row; ``others``: the rows of other readings. A subtotal
    row among them ("民生支出合计" under the items of 一般公共预算支出) sums the rows above it instead: the
    items need not exhaust the total (a table of "主要" items)."""
    split = subtotals(rows)
    if split is not None:
        return [rel for sub, items in split if (sq := _cell(sub, m)) is not None and not sq.is_percent
                for rel in _group_sum(d, sq, items, m)]
    def column(rows: list[Row]) -> list[Quantity] | None:
        parts = [q for r in rows if (q := _cell(r, m)) is not None]
        if len(parts) < 2 or any(q.is_percent != total.is_percent for q in parts):
            return None  # a percent among counts: the column is not one kind of figure
        # (the total read as the interval it was rounded from: so are its parts)
        return [printed_rounded(q) for q in parts] if total.low != total.high else parts

    parts = column(rows)
    if parts is None:
        return []
    readings = [{"total": total, "parts": p} for o in others or [] if o != rows and (p := column(o))]
    return [Relation("sum", "sum.table_group", {"total": total, "parts": parts}, readings=readings)]


def _jurisdiction_holds_more(d: _Doc, t: Table, row: Row) -> bool:
    """Does the caption select the rows, or a note after the 全市 row say it holds more than them?"""
    after = d.s[row.start : row.start + 200].split("\n")[1:3]
    return bool(_SELECTED_ROWS.search(t.caption)) or any(_NOTE_MORE.match(line) and not _rows_described(t, line)
                                                         for line in after)


def _rows_described(t: Table, note: str) -> bool:
    """Does every "含" of a note name what a row of the table holds ("说明:“其他县(市)”含11个县(市)"):
    a quoted row's own scope, not the whole's ("注:全市数据含市本级")?"""
    heads = {r.head.strip() for r in t.rows}
    said = [m.start() for m in _HOLDS.finditer(note)]
    return bool(said) and all(
        (q := _QUOTED.findall(re.split(r"[;;。,,]", note[:k])[-1])) and q[-1] in heads for k in said)


def _total_rows(d: _Doc, t: Table) -> list[Relation]:
    """A "总计" row: the figures above it add up to it (by column, or all of one kind)."""
    out: list[Relation] = []
    last = max((i for i, r in enumerate(t.rows) if r.numbers), default=-1)
    year = whole_period_row(t)  # ("全年|1,126" under "一季度|248", …: the year's row is their total)
    for i, row in enumerate(t.rows):
        # (a last row named by the whole jurisdiction, "全市|35|27" under the counties', is their total)
        if not _TOTAL_HEAD.match(row.head) and row is not year and not (
                i == last and _JURISDICTION_ROW.match(row.head) and not _jurisdiction_holds_more(d, t, row)):
            continue
        nums = [(j, q) for j, q in row.numbers if not q.is_percent]
        headers = [r for r in t.rows[:i] if r.is_header]
        spanned = any(len(h.cells) < len(row.cells) and any(not_summed_head(c.text) for c in h.cells) for h in headers)
        ranks = {j for h in headers for j, c in enumerate(h.cells) if _RANK_HEAD.match(c.text.strip())}
        # ("地区|常住人口|诉求量|每万人诉求量": a figure per N, a rate, a percent of each row's own base
        # is no part of the total row's, which is the whole's own rate or average)
        # (a sub-header under merged cells places no column: ``spanned`` below reads its measures by the figures)
        rates = {j for h in headers if not spanned or len(h.cells) >= len(row.cells)
                 for j, c in enumerate(h.cells) if not_summed_head(c.text)}
        nums = [(j, q) for j, q in nums if j not in ranks and j not in rates]
        # (a "其中:" row is a part of the row above it, "投诉|1,500" over "其中:物业|600"; rows after it: table_nesting)
        # (rows of what came in, then of what became of it: the total adds its own block -- table_blocks)
        # (kinds printed under a row are read by the columns that add up: no rate's nor change's)
        item_sets = [own_block(s) for s in item_readings([r for r in t.rows[:i] if r.numbers], row, {j for j, _ in nums})]
        above = item_sets[0]
        if len(nums) == 1 and headers and not subtotal_rows([r for r in t.rows[:i] if r.numbers], row):  # (小计: below)
            # "省份|数量|省份|数量": one total for every figure of the table (not its shares, nor a
            # column of ranks: "位次|诉求领域|数量|占比")
            cols = {j for r in above for j, q in r.numbers if not q.is_percent and j not in ranks and j not in rates}
            names = {headers[0].cells[j].text for j in cols if j < len(headers[0].cells)}
            unread = any(_unread(r, j) for r in t.rows[:i] for j in range(len(r.cells)))
            if unread:
                continue  # ("A|-5" above: a cell not read, the row taken for a header -- no sum is sure)
            if len(cols) >= 2 and len(names) == 1:
                parts = [q for r in above for j, q in r.numbers
                         if not q.is_percent and j not in ranks and j not in rates]
                if len(parts) >= 2:
                    out.append(Relation("sum", "sum.table_total", {"total": nums[0][1], "parts": parts}))
                continue
            # (one column of counts, "区县|受理量|占比(%)" over "合计|52,816|—", or a column with 小计 rows:
            # the column's own total, read below)
        data = [r for r in above if len(r.cells) == len(row.cells)]
        if len(data) != len(above):
            continue  # ragged rows (a flattened rowspan) shift the columns
        # "小计" rows between the items: the total adds up the subtotals (and the items after the last
        # one), each subtotal the items since the one before -- never items and subtotals together
        # (each with its readings: a "其中:" row inside a group, and the rows its breakdown may run over)
        raw = [r for r in t.rows[:i] if r.numbers]
        subs = subtotal_rows(raw, row)
        if subs and any(len(r.cells) != len(row.cells) for r in raw):
            continue
        heading = heading_groups(raw, subs) if subs else None
        open_ids: set[int] = set()
        if heading is not None:
            # "城区小计" rows heading their groups (the subtotal first, its items under it, up to the
            # next one): the total adds up the subtotals alone, and the rows above the first one
            groups, open_ids = heading
            summed = [(row, [raw[: subs[0]] + [raw[k] for k in subs]]), *groups]
        else:
            groups = [(raw[k], item_readings(raw[(subs[n - 1] + 1) if n else 0 : k])) for n, k in enumerate(subs)]
            summed = [(row, [[raw[k] for k in subs] + rest for rest in item_readings(raw[subs[-1] + 1 :])] if subs
                       else [data, *item_sets[1:]]), *groups]
        for j, _q in nums:
            if any(_unread(r, j) for r in t.rows[:i] if not r.is_header):  # (a header "2022年" is no cell)
                continue  # a cell of the column the toolkit cannot read ("-5", "120*")
            # (shares printed to 0.1 add up to the 100 printed under them only as rounded figures do)
            shares = any(j < len(h.cells) and _SHARE_HEAD.search(h.cells[j].text) for h in headers)
            def column(rows: list[Row], j: int = j, shares: bool = shares) -> list[Quantity]:
                return [printed_rounded(p) if shares else p
                        for r in rows if (p := _cell(r, j)) is not None and not p.is_percent]

            for whole, readings in (summed if heading is not None else flat_if_it_adds(row, j, raw, subs, summed, column)):
                total = _cell(whole, j)
                parts = column(readings[0])
                if total is not None and not total.is_percent and len(parts) >= 2 and not average_of(total, parts, spanned):
                    # (the items: other readings where "其中:" breakdowns may run on)
                    others = [{"total": total, "parts": ps} for o in readings[1:] if len(ps := column(o)) >= 2]
                    out.append(Relation("sum", "sum.table_total", {"total": total, "parts": parts}, readings=others,
                                        exhaustive=id(whole) not in open_ids))
    return out


# a subtotal row: "小计", or named by its group ("城区街道小计", "乡镇小计")


_WHOLE_PERIOD = re.compile(r"^(全年|全年合计|年度合计|上半年合计)")
_PERIOD_HEAD = re.compile(r"^(?:[一二三四1-4]季度|第[一二三四]季度|[一二三四五六七八九十\d]{1,2}月(?:份)?|[上下]半年)$")


def _whole_period(texts: list[str]) -> bool:
    """A header whose last column is the year and the others its quarters, months or halves
    ("季度|一季度|二季度|三季度|四季度|全年"): the last column is the rows' total."""
    periods = [t for t in texts[:-1] if _PERIOD_HEAD.match(t)]
    return bool(_WHOLE_PERIOD.match(texts[-1])) and len(periods) >= 2 and len(periods) >= len(texts) - 2


def _total_columns(d: _Doc, t: Table) -> list[Relation]:
    """A column headed "总计": in each row, the figures of the other columns add up to it."""
    out: list[Relation] = []
    for i, h in enumerate(t.rows):
        texts = [c.text for c in h.cells if c.text]
        if h.is_header and len(h.cells) >= 4 and _TOTAL_COLUMN.fullmatch(h.cells[1].text) and not any(
                _TOTAL_COLUMN.match(c.text) for c in h.cells[2:]):
            return _leading_total_column(t, h, i)  # "地区|合计|城镇|乡村": the total first
        if not h.is_header or not texts or not (_TOTAL_COLUMN.match(texts[-1]) or _whole_period(texts)
                                                or _BLOCK_TOTAL.search(texts[-1])):
            continue
        if sum(1 for c in h.cells if _BLOCK_TOTAL.search(c.text)) > 1:
            # "维持|纠正|其他|尚未审结|总计|维持|…|总计": several blocks, each with its own total.
            return _total_column_blocks(t, h, i)
        data = False
        for r in t.rows[i + 1 :]:
            if r.is_header and data:
                break  # a new header after rows of figures: another table, its own columns
            data = data or bool(r.numbers)
            if not_summed_row(r):
                continue  # "人均待遇 | 2100 | 1900 | 2005": averages and rates do not add up
            # (a 序号 column over the row, lined up with the header, holds no part)
            nums = [(j, q) for j, q in r.numbers if not q.is_percent
                    and not (len(r.cells) == len(h.cells) and _RANK_HEAD.match(h.cells[j].text))]
            filled = [j for j, c in enumerate(r.cells) if c.text]
            k = max(j for j, c in enumerate(h.cells) if c.text)  # the 总计 column itself
            if len(r.cells) != len(h.cells) or _cell(r, k) is None or (filled and filled[-1] != k):
                # A header over several rows does not line up: the row must end with its total.
                k = filled[-1] if filled else -1
            total = _cell(r, k)
            first = nums[0][0] if nums else k
            if total is None or len(nums) < 3 or nums[-1][1] is not total or any(_unread(r, j) for j in range(first, k)):
                continue
            if len(r.cells) == len(h.cells) and (group := spanned_group(t, h, i, k)) is not None:
                # a header on its grid: the total closes the columns under its own upper cell
                parts = [q for j, q in nums[:-1] if j in group]
                if len(parts) >= 2:
                    out.append(Relation("sum", "sum.table_row", {"total": total, "parts": parts}))
                continue
            if not _heads_every_figure(t, h, i, r):
                continue  # the total heads a group of columns that cannot be placed
            out.append(Relation("sum", "sum.table_row", {"total": total, "parts": [q for j, q in nums[:-1]]}))
        break
    return out


def _heads_every_figure(t: Table, h: Row, i: int, r: Row) -> bool:
    """Does a header ``h`` ending in a total column head every figure of row ``r`` (the total adds them
    all): yes when ``h`` lines up with the row, heads as many columns as it has figures, or is the
    table's only header row. Not when ``h`` is the lower row of a two-row header heading fewer columns than the row has
    figures ("案件类别|受理|审结情况" over "维持|驳回|…|小计"): the lower row heads the group an upper
    cell spans, the other figures stand under cells spanning both rows ("受理") and are no parts of
    the group's total -- but where the group sits is lost with the spans (a group before a "备注"
    column reads the same), so the columns the total adds are not known."""
    labels = next((j for j, c in enumerate(r.cells) if c.quantity is not None), len(r.cells))
    width = sum(1 for c in h.cells if c.text)
    return len(h.cells) == len(r.cells) or width >= len(r.cells) - labels or not i or not t.rows[i - 1].is_header


def _leading_total_column(t: Table, h: Row, i: int) -> list[Relation]:
    """Rows under a header whose first column of figures is the total ("地区|合计|城镇|乡村"): each
    row's later figures add up to its first; rows out of line with the header, or holding a cell
    the toolkit cannot read, are left out."""
    out: list[Relation] = []
    for r in t.rows[i + 1 :]:
        if r.is_header and not all(re.fullmatch(r"[-:—\s]*", c.text) for c in r.cells):
            break  # another table's header (not Markdown's "---" line)
        if len(r.cells) != len(h.cells) or not_summed_row(r) or any(_unread(r, j) for j in range(1, len(r.cells))):
            continue
        total, parts = _cell(r, 1), [q for j in range(2, len(r.cells)) if (q := _cell(r, j)) is not None]
        if total is not None and not total.is_percent and len(parts) >= 2 and not any(q.is_percent for q in parts):
            out.append(Relation("sum", "sum.table_row", {"total": total, "parts": parts}))
    return out


def _total_column_blocks(t: Table, h: Row, i: int) -> list[Relation]:
    """Rows of a table whose header repeats a block of columns ending in a total: each block
    of each row adds up to its own total. A header of unequal blocks is left unchecked."""
    totals = [j for j, c in enumerate(h.cells) if _BLOCK_TOTAL.search(c.text)]
    g = totals[0] + 1
    if any(j != (n + 1) * g - 1 for n, j in enumerate(totals)) or len(h.cells) != g * len(totals) or g < 3:
        return []
    out: list[Relation] = []
    for r in t.rows[i + 1 :]:
        if r.is_header or not r.numbers:
            continue
        if len(r.cells) % g:
            continue  # the row does not line up with the blocks
        for b in range(0, len(r.cells), g):
            block = r.cells[b : b + g]
            if any(c.quantity is None and c.text for c in block):
                continue  # a cell the toolkit cannot read
            total = block[-1].quantity
            parts = [c.quantity for c in block[:-1] if c.quantity is not None]
            if total is None or total.is_percent or len(parts) < 2:
                continue
            out.append(Relation("sum", "sum.table_row", {"total": total, "parts": parts}))
    return out

