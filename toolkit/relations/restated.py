"""A figure of the prose restated in a table ("全年新收政府信息公开申请58件" and the row
"一、本年新收政府信息公开申请数量|…|58"): the two must agree.

A table row stands for one figure: its total column when the header ends in 总计/合计
(``tables.row_totals``), else its only figure. Its label is the last words before its figures
("（一）予以公开", not the group label "三、本年度办理结果" of a flattened rowspan). A prose figure
and a row are paired when their words share a long run (four characters or more, most of the
row's words) and neither pairs with another row or figure as well: a restatement is said once.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import MONEY_UNITS, UNITS, Quantity
from ..tables import Row, Table, row_totals
from .applicant_columns import applicant_columns
from .cell_measures import column_heads, counts_another_thing, of_another_body
from .disclosure_groups import disclosure_groups
from .joined_rows import joined_rows
from .model import Relation, compatible
from .review_table import review_table
from .roles import holds_carried, is_delta, is_per_n, is_previous
from .scopes import counts_the_names
from .structure import _Doc, _overlap
from .table_bases import in_header_unit, printed_rounded
from .table_intros import table_intros
from .table_totals import total_row_pairs
from .worded_totals import worded_totals

_ORDINAL = re.compile(r"^[(（]?[一二三四五六七八九十\d]+[)）、.]")
_GENERIC = re.compile(r"数量|情况|本年度|本年|全年|年度|全部|共计|合计|总计|共|的|数|[^\u4e00-\u9fff]")
_MIN_RUN = 4
_MONEY_WORDS = re.compile(r"元|金额|款|资金|经费|收入|支出|投资|费")  # a header or row that may hold amounts
_ASIDE = re.compile(r"\([^()]*\)")


def _clean(text: str) -> str:
    return _GENERIC.sub("", _ORDINAL.sub("", text.strip()))

# (compiled once: asked of every cell and every figure of the prose)
_UNIT_WORDS = frozenset(UNITS + MONEY_UNITS)
_DIGITS_ONLY = re.compile(r"[\d.,\s]+")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE_END = re.compile(r"[,;:、。]")
_WORDS_END = re.compile(r"[,;:、。(]")  # (a colon after a figure opens a list: the words after it name the next)
_DENG = re.compile(r"(?<![平中高初同对均])等(?![级次待同于])")  # 等 closing a list, not 等级/平等


def _row_label(row: Row) -> str:
    """The words right before the row's first figure (the item, not a rowspan's group label)."""
    first = next((j for j, c in enumerate(row.cells) if c.quantity is not None), len(row.cells))
    texts = [c.text for c in row.cells[:first] if c.text and not _DIGITS_ONLY.fullmatch(c.text)]
    if len(texts) >= 2 and texts[-1].strip() in _UNIT_WORDS:
        texts.pop()  # "3.网络申请数|件|7": a column of units (指标|单位|数量) between the item and its figure
    label = texts[-1] if texts else ""
    # "三、本年度办理结果（一）予以公开" in one cell (a rowspan flattened into its first row's label):
    # the item is the words from its own ordinal on, as when the group has a cell of its own
    m = _GROUP_THEN_ITEM.match(label)
    return label[m.start(1):] if m else label


_GROUP_THEN_ITEM = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、[^()（）]{2,20}?\s*([(（][一二三四五六七八九十]{1,3}[)）])")


def _row_figure(row: Row, totals: dict[int, Quantity]) -> Quantity | None:
    nums = [q for _, q in row.numbers if not q.is_percent]
    if not nums:
        return None
    if nums[0].index in totals:
        return totals[nums[0].index]
    return nums[0] if len(nums) == 1 else None


def restated_in_tables(d: _Doc, tables: list[Table]) -> list[Relation]:
    """Prose figures restated by a table row, each pair once. The prose looked at is the text
    near the table (``_REACH`` characters before it, a little after): work stays linear."""
    if not tables:
        return []
    totals = row_totals(tables)
    heads = column_heads(tables)
    out: list[Relation] = []
    money_rows: set[int] = set()  # rows whose figure may be an amount: the table or the row names 元
    for t in tables:
        rows: list[tuple[str, Quantity]] = []
        money_table = any(_MONEY_WORDS.search(c.text) for r in t.rows if r.is_header for c in r.cells)
        for row in t.rows:
            fig = _row_figure(row, totals)
            label = _clean(_ASIDE.sub("", _row_label(row)))  # "（二）部分公开（区分处理的，只计…）"
            if fig is not None and len(label) >= _MIN_RUN:
                rows.append((label, fig))
                if fig.is_money or money_table or _MONEY_WORDS.search(_row_label(row)):
                    money_rows.add(fig.index)
        cells = _column_cells(t, totals)
        outcomes = _outcome_totals(t, totals)
        if not rows and not cells and not outcomes:
            continue
        near = d.in_range(max(0, t.rows[0].start - _REACH), t.rows[-1].start + _REACH // 4)
        prose = [q for q in near if not q.in_table and not q.is_percent and not is_delta(d, q)
                 and not is_previous(d, q) and not is_per_n(d, q) and not d.in_parentheses(q)
                 # ("全文包括总体情况、…、其他需要报告的事项六个部分": it counts the names, no row's items)
                 and not counts_the_names(d, q)]
        # (a count of a table that names no 元 restates no amount: "市场监管局…5319" is no 2816.5万元)
        pairs = [r for r in _pairs(d, rows, prose, money_rows, heads)
                 if not new_and_carried(r.roles["values"][0], r.roles["values"][1], t, totals)]  # type: ignore[index]
        out += (pairs + _cell_pairs(d, cells, prose) + joined_rows(d, rows, prose)
                + _closed_pairs(d, outcomes, prose, _none_carried_in(t, totals)))
    out += total_row_pairs(d, tables, out)
    out += table_intros(d, tables, out)
    out += worded_totals(d, tables, out)  # (last: the figures the readings of whole measures leave)
    from .worded_rows import worded_rows  # (here: it reads rows by this module's _row_label)

    out += worded_rows(d, tables, out)
    out += disclosure_groups(d, tables) + review_table(d, tables) + applicant_columns(d, tables)
    # (whichever reading paired them: "全市共办理…" is no restatement of a table captioned for one body)
    return [r for r in out if not _of_another_body(d, r)]


def _of_another_body(d: _Doc, r: Relation) -> bool:
    values = r.roles.get("values") or []
    if len(values) != 2:
        return False
    prose, cell = sorted(values, key=lambda q: q.in_table)  # type: ignore[union-attr]
    return of_another_body(d, prose, cell)  # type: ignore[arg-type]


_TOTAL_ROW = re.compile(r"^[(（]?[一二三四五六七八九十\d]*[)）]?\s*(?:总计|合计)$")
_GROUP_ROW = re.compile(r"^[一二三四五六七八九十]+、")


@lru_cache(maxsize=1)
def _outcome_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    path = "toolkit/catalog/equalities.yaml"
    try:
        o = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml")
                           .read_text(encoding="utf-8"))["outcome_total"]
        return re.compile(o["groups"]), re.compile(o["closed"]), re.compile(o["form_total"])
    except (KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise CatalogError(f"bad 'outcome_total' vocabulary: {exc}", path=path) from exc


def _outcome_totals(t: Table, totals: dict[int, Quantity]) -> list[Quantity]:
    """The figure of each total row ("（七）总计") of a group of outcomes ("三、本年度办理结果"):
    the group is the last numbered group label ("一、", "三、") of a row above it."""
    groups, _, form_total = _outcome_words()
    out = []
    group = ""
    for row in t.rows:
        first = next((c.text for c in row.cells if c.text), "")
        if _GROUP_ROW.match(first):
            group = first
        fig = _row_figure(row, totals)
        label = _row_label(row).strip()
        if fig is not None and _TOTAL_ROW.match(label) and (groups.search(group) or form_total.match(label)):
            out.append(fig)
    return out


def _none_carried_in(t: Table, totals: dict[int, Quantity]) -> bool:
    """Does the table print no request carried in from last year (its 上年结转 row is 0)?"""
    fig = carried_in_row(t, totals)
    return fig is not None and fig.value == 0


def carried_in_row(t: Table, totals: dict[int, Quantity]) -> Quantity | None:
    """The figure of the table's row of work carried in from last year (上年结转), if it prints one."""
    for row in t.rows:
        fig = _row_figure(row, totals)
        if fig is not None and _CARRIED_ROW.search(_row_label(row)):
            return fig
    return None


def new_and_carried(prose: Quantity, cell: Quantity, t: Table, totals: dict[int, Quantity]) -> bool:
    """"共收到申请41件" beside a table's 新收 38 and 上年结转 3: the prose counts new and carried work
    together -- no misprint of the 新收 row (of that row only: an outcome's cell is no intake)."""
    carried = carried_in_row(t, totals)
    if carried is None or carried.value <= 0 or prose.value != cell.value + carried.value:
        return False
    return any(_NEW_ROW.search(_row_label(row)) and _row_figure(row, totals) is cell for row in t.rows)


_NEW_ROW = re.compile(r"新收|本年(?:度)?收到|新受理")


_CARRIED_ROW = re.compile(r"上年(?:度)?结转")
_CARRIED_WORDS = re.compile(r"结转|上年度?遗留")
# "收到申请8件,较上年的5件增加3件,均已办结": a comparison clause between a figure and its 'all' words
_COMPARED = re.compile(r",(?:较|比|同比|与)[^,;。]{0,20}")


def _all_closed_after(d: _Doc, q: Quantity) -> bool:
    """Do 'all closed' words follow the figure, right away or after a clause comparing it with last
    year (whose figures are all the previous level or the change)?"""
    if _ALL_CLOSED.match(d.s, q.end):
        return True
    m = _COMPARED.match(d.s, q.end)
    if m is None or not _ALL_CLOSED.match(d.s, m.end()):
        return False
    return all(is_previous(d, f) or is_delta(d, f) or f.is_percent for f in d.in_range(q.end, m.end()))


def _closed_pairs(d: _Doc, outcomes: list[Quantity], prose: list[Quantity], none_carried: bool = False) -> list[Relation]:
    """The one prose figure near the table whose clause names only the closing of items ("全年
    办结57件") restates the total of outcomes; two such figures, or two totals: nothing."""
    if len(outcomes) != 1:
        return []
    _, closed, _ = _outcome_words()
    named = [q for q in prose if not q.is_money
             and closed.fullmatch(d.own_words(q))]
    if not named:
        # "共需办理67件,已全部办结": every request due was closed -- the figure is the closed total too
        # (not "收到申请8件,已全部办结": requests carried in may have been closed besides those)
        named = [q for q in prose if not q.is_money and _ALL_CLOSED.match(d.s, q.end) and _DUE.search(d.clause(q))]
    if not named and none_carried:
        # "收到申请8件,均已办结" where the table carries in nothing: the requests closed are the year's
        named = [q for q in prose if not q.is_money and _INTAKE.search(d.clause(q)) and _all_closed_after(d, q)
                 and not _CARRIED_WORDS.search(d.s, q.sentence[0], q.sentence[1])]
    # "被申请行政复议15件,已审结13件": the closing of the reviews of the year's work, not of its requests
    named = [q for q in named if not _REVIEWED.search(d.s, q.sentence[0], q.start)]
    # "全年受理患者投诉93件,办结91件": a closing in a sentence about other work (投诉, 咨询, 诉求) that
    # names no request is that work's closing, not the table's total of requests handled
    named = [q for q in named if "申请" in d.s[q.sentence[0] : q.start]
             or not _other_work().search(d.s, q.sentence[0], q.start)]
    if len(named) > 1:  # "办结101件……办结的101件中": the statement, not the reference back to it
        named = [q for q in named if not d.label(q).endswith("的")]
    if len(named) > 1:
        # "热线受理咨询投诉4.26万件,办结4.19万件。…收到政府信息公开申请76件,…已办结75件": the table
        # counts requests -- the closing of its sentence's requests (申请), not of other work
        named = [q for q in named if "申请" in d.s[q.sentence[0] : q.start]]
    if len(named) != 1:
        return []
    return [Relation("equal", "equal.restated_table", {"values": [named[0], outcomes[0]]})]


_REVIEWED = re.compile(r"复议|诉讼")


@lru_cache(maxsize=1)
def _other_work() -> re.Pattern:
    """Words of work other than requests for information (catalog: outcome_total.other_work)."""
    path = "toolkit/catalog/equalities.yaml"
    try:
        o = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml")
                           .read_text(encoding="utf-8"))["outcome_total"]
        return re.compile(o["other_work"])
    except (KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise CatalogError(f"bad 'outcome_total' vocabulary: {exc}", path=path) from exc
# what was due in the year: this year's requests and those carried in ("共需办理", "应办理")
_DUE = re.compile(r"(?:需要?|应当?)(?:办理|处理|答复)")
# "…,已全部办结" / "…,均已在法定期限内办结" right after a figure: all of it was closed
_ALL_CLOSED = re.compile(r"[,]?(?:且|并)?(?:已|均已|均|全部)(?:全部|均)?(?:在法定期限内|按期|依法)?(?:办结|答复完毕|办理完毕)")


_COLUMN_GENERIC = re.compile(r"件数|数量|总数|个数|金额|数|本年度?|全年|[^\u4e00-\u9fff]")


def _column_cells(t: Table, totals: dict[int, Quantity]) -> list[tuple[str, str, Quantity]]:
    """The cells of a table whose header row names a measure per column under row labels
    ("|信息内容|本年制发件数|本年废止件数|现行有效件数|" over "|行政规范性文件|11|4|63|"): each
    (row words, column words, figure). Rows with a total column stand for one figure (``_pairs``)."""
    out: list[tuple[str, str, Quantity]] = []
    header: Row | None = None
    for row in t.rows:
        if row.is_header:
            header = row
            continue
        nums = [(j, q) for j, q in row.numbers if not q.is_percent]
        if header is None or not nums or nums[0][1].index in totals or len(row.cells) != len(header.cells):
            continue  # no header, or cells that do not line up with it (a flattened rowspan)
        label = _clean(_ASIDE.sub("", _row_label(row)))
        for j, q in nums:
            column = _COLUMN_GENERIC.sub("", _ASIDE.sub("", header.cells[j].text))
            if "元" in header.cells[j].text and not q.is_money:
                continue  # "涉及金额(万元)": amounts, which no count of the prose ("涉及46户") restates
            if len(label) >= _MIN_RUN and len(column) >= 2:
                # (in the unit its header prints: "年末数(万人)" over "512.36" is 5,123,600 people, rounded)
                scaled = in_header_unit(q, header.cells[j].text)
                out.append((label, column, printed_rounded(scaled) if scaled is not q else q))
    return out


# A sentence putting its figures in another time than the table's year ("对2022年底前制发的文件
#进行清理,废止13件": the stock of past years, not this year's 本年废止件数).
_OTHER_TIME = re.compile(r"\d{4}年(?:底|末)?(?:前|以前|之前)|以前|此前|历年|累计|截至|截止|以来|上年|去年|同期")


def _cell_pairs(d: _Doc, cells: list[tuple[str, str, Quantity]], prose: list[Quantity]) -> list[Relation]:
    """A prose figure restates a cell when its own words name the cell's column ("废止4件" for
    本年废止件数) and its sentence, up to the figure, names the cell's row (行政规范性文件): one
    figure for the cell and one cell for the figure, or nothing."""
    if not cells:
        return []
    own = {q.index: _clean(d.clause(q) + _WORDS_END.split(d.after(q, 12))[0])
           for q in prose if not q.is_money}
    said: dict[int, str | None] = {}

    def sentence(q: Quantity) -> str | None:  # its sentence up to it, cleaned; None: of another time
        if q.index not in said:
            text = d.s[q.sentence[0] : q.end]
            said[q.index] = None if _OTHER_TIME.search(text) else _clean(text)
        return said[q.index]

    def fits(label: str, column: str, q: Quantity) -> bool:
        if column not in own.get(q.index, ""):
            return False
        words = sentence(q)
        least = max(_MIN_RUN, math.ceil(0.8 * len(label)))  # (only runs this long are looked for)
        return (words is not None and _overlap(words, label, floor=least - 1) >= least
                and not _joined_with_another(words, label))  # ("转办各乡镇和县直部门": both, not the row)

    matches = [(k, q) for k, (label, column, _) in enumerate(cells) for q in prose if fits(label, column, q)]
    out = []
    for k, q in matches:
        if sum(1 for k2, _ in matches if k2 == k) == 1 and sum(1 for _, q2 in matches if q2 is q) == 1:
            out.append(Relation("equal", "equal.restated_table", {"values": [q, cells[k][2]]}))
    return out


_REACH = 6000


def _pairs(d: _Doc, rows: list[tuple[str, Quantity]], prose: list[Quantity], money_rows: set[int],
           heads: dict[int, str]) -> list[Relation]:
    # An aside in brackets before a figure belongs to the figure before it ("无法提供4件(均为本机关
    # 不掌握相关政府信息),不予处理1件"); the words after a figure end at the next item of its
    # list ("予以公开20件、部分公开7件": 部分公开 names the next figure).
    # "本机关不掌握相关政府信息等无法提供的26件": X等Y counts the group Y, of which X is one kind --
    # the figure is named by the words after 等 (a row of the kind X is not it).
    words = {q.index: _clean(_member_words(_ASIDE.sub("", _after_deng(d.label(q)))) + _WORDS_END.split(d.after(q, 12))[0])
             for q in prose}

    def score(label: str, q: Quantity, fig: Quantity | None = None) -> int:
        if _INTAKE.search(words[q.index]) and not _INTAKE.search(label):
            return 0  # "受理行政许可申请2318件" is no count of the row "行政许可" (decisions): requests are not decided
        if (_DUE.search(words[q.index]) or holds_carried(d, q)) and not _DUE.search(label):
            return 0  # "共需答复申请29件", "收到申请41件(含上年结转3件)": new and carried-in requests together
        if fig is not None and counts_another_thing(words[q.index], label, heads.get(fig.index, "")):
            return 0  # "行政许可信息218条" is no count of the row "行政许可" under 处理决定数量
        if fig is not None and of_another_body(d, q, fig):
            return 0  # "全县共收到申请312件" is no count of the 县政府办公室's table
        if _joined_with_another(words[q.index], label):
            return 0  # "转办各乡镇和县直部门5,236件": both together, not the row 县直部门
        # (only a run as long as the threshold counts: the search looks for those alone)
        run = _overlap(words[q.index], label, floor=max(_MIN_RUN, math.ceil(0.7 * len(label))) - 1)
        return run if run >= _MIN_RUN and run >= 0.7 * len(label) else 0

    # "予以公开和部分公开合计105件": two names joined and summed up count both rows, restating neither
    prose = [q for q in prose if not _JOINED_TOTAL.search(d.clause(q))]
    out = []
    for label, fig in rows:
        scored = [(score(label, q, fig), q) for q in prose if _may_restate(q, fig, money_rows, heads)]
        best = max((sc for sc, _ in scored), default=0)
        top = [q for sc, q in scored if sc == best]
        if not best or len(top) != 1:
            continue  # no prose figure, or several, say this row's words: nothing to pair
        q = top[0]
        # The prose figure names this row and no other row of the table ("因信访举报投诉类申请、重复申请
        # 等原因不予处理的13件" names two rows: it is their group's figure, not either row's).
        if any(score(other, q) for other, f in rows if f.index != fig.index):
            continue
        out.append(Relation("equal", "equal.restated_table", {"values": [q, fig]}))
    return out + _by_distinct_words(rows, prose, words, out, money_rows, heads)


def _joined_with_another(words: str, label: str) -> bool:
    """Do a figure's words name the row's item joined with another by 和/及/与/、 ("各乡镇和县直部门")?"""
    at = words.find(label) if len(label) >= 2 else -1
    if at < 0:
        return False
    return bool(_JOIN_BEFORE.search(words, 0, at)) or bool(_JOIN_AFTER.match(words, at + len(label)))


_JOIN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}[和及与、]$")
_JOIN_AFTER = re.compile(r"[和及与、][\u4e00-\u9fff]{2}")
_JOINED_TOTAL = re.compile(r"[\u4e00-\u9fff]{2,}[和及与][\u4e00-\u9fff]{2,}(?:合计|共计|总计|共)(?:为|达)?$")


def _after_deng(label: str) -> str:
    """The label's last clause from its last 等 on, when 等 closes a list of kinds before the name."""
    clause = _CLAUSE_END.split(label)[-1]
    found = [m.end() for m in _DENG.finditer(clause)]
    return clause[found[-1] :] if found and found[-1] > 1 else label


# Words naming what came in (requests received, accepted): a row that names none counts something else
# (decisions, outcomes). (Not 被申请行政复议, the body a review was brought against, nor 申请人, the applicant.)
_INTAKE = re.compile(r"(?<!被)(?:收到|受理|新收|接收|申请(?!人))")
_SET_OPENED = re.compile(r"[\u4e00-\u9fff]{2,}(?<![初高])中[,:]")


def _member_words(label: str) -> str:
    """The words after a set's name ("在作出的行政处罚中,警告" -> 警告): a figure after "X中," is a
    member of X, not X (its row is 警告's, not 行政处罚's)."""
    rest = _SET_OPENED.split(label)[-1]
    return rest if len(_NOT_CJK.sub("", rest)) >= 2 else label


_HEAD_UNIT = re.compile(r"[(（]\s*([^()（）\d]{1,6}?)\s*[)）]\s*$")


def _fits_the_head_unit(q: Quantity, head: str) -> bool:
    """Is a prose figure in the unit its column's header names ("诊疗人次(万人次)", "金额(万元)")? A
    count of institutions (52个) restates no cell counted in 万人次 whatever the row's name."""
    m = _HEAD_UNIT.search(head)
    if m is None or not q.unit:
        return True
    unit = m.group(1)
    if q.is_money or "元" in unit:
        return q.is_money and "元" in unit
    return unit.endswith(q.unit) or q.unit.endswith(unit)


def _may_restate(q: Quantity, fig: Quantity, money_rows: set[int], heads: dict[int, str]) -> bool:
    """Units that let a prose figure restate a row's figure: an amount only a row that may be one,
    a figure of another unit than its column's header names none."""
    if q.is_money and fig.index not in money_rows:
        return False
    if not _fits_the_head_unit(q, heads.get(fig.index, "")):
        return False
    return not fig.unit or not q.unit or compatible(q, fig)


def _distinct(label: str, others: list[str]) -> str:
    """The words of a row label that no other row of the table shares ("上年结转政府信息公开申请"
    beside "新收政府信息公开申请": 上年结转): runs of ``_MIN_RUN`` or more shared with another dropped."""
    for other in others:
        run = _overlap(label, other, floor=_MIN_RUN - 1)
        if run >= _MIN_RUN:
            shared = next(label[i : i + run] for i in range(len(label) - run + 1) if label[i : i + run] in other)
            label = label.replace(shared, "", 1)
    return label


def _by_distinct_words(rows: list[tuple[str, Quantity]], prose: list[Quantity], words: dict[int, str],
                       done: list[Relation], money_rows: set[int], heads: dict[int, str]) -> list[Relation]:
    """A row no prose figure names at length ("二、上年结转政府信息公开申请数量": the prose says
    "上年结转3件") is restated by the one prose figure whose words hold the row's own words
    (``_distinct``), when they are long enough and that figure holds no other row's own words."""
    taken = {q.index for r in done for q in r.quantities()}
    own = {fig.index: _distinct(label, [o for o, f in rows if f.index != fig.index]) for label, fig in rows}
    out = []
    for label, fig in rows:
        mine = own[fig.index]
        if fig.index in taken or len(mine) < 2:
            continue
        # Own words of two or three ("新收" beside "上年结转…申请"): named with the row's noun after them
        # ("新收申请58件"), as one run -- the short words alone name too many things.
        if len(mine) < _MIN_RUN and label.endswith(mine):
            continue  # (no noun after them: "行政许可" beside "行政处罚" -- 许可 alone)
        key = mine if len(mine) >= _MIN_RUN else mine + label[-2:]
        named = [q for q in prose if key in words[q.index] and _may_restate(q, fig, money_rows, heads)
                 and not (_INTAKE.search(words[q.index]) and not _INTAKE.search(label))]  # (see _pairs)
        if len(named) != 1 or named[0].index in taken:
            continue
        q = named[0]
        if counts_another_thing(words[q.index], label, heads.get(fig.index, "")):
            continue  # (see _pairs: "行政许可信息" counts items published, not the row's decisions)
        if any(len(o) >= 2 and o in words[q.index] for k, o in own.items() if k != fig.index):
            continue
        out.append(Relation("equal", "equal.restated_table", {"values": [q, fig]}))
    return out
