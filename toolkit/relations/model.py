"""The relation record and the units figures can be added or compared in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..quantities import Quantity

# Units that can add up together; money is compared in one unit.
_UNIT_GROUPS = [
    {"条", "篇", "件", "次", "期", "个", "份"},
    {"人", "名", "位"},
    {"人次"},
    {"家", "户", "个", "所", "处", "单位"},
    {"家次", "户次"},
    {"项", "处", "个", "条", "项次"},
    {"起", "件", "宗", "例", "次"},
    {"场", "场次", "次"},
    {"批", "批次"},  # (集体访43批 of 来访1,047批次; 不合格30批 of 抽检1,200批次)
    {"头", "只", "匹"},  # livestock: "牲畜存栏36万头(只),其中牛8万头、羊27万只、马0.6万匹"
]
# The pairs of units some group holds (both orders): ``compatible`` asks one set, ~40,000 times a
# pass over the bench's reports, instead of walking the groups with a generator each time.
_ADDABLE: frozenset[tuple[str, str]] = frozenset((a, b) for g in _UNIT_GROUPS for a in g for b in g)
_MONEY_SCALE = {"元": Decimal(1), "千元": Decimal(1000), "万元": Decimal(10_000), "十万元": Decimal(100_000),
                "百万元": Decimal(1_000_000), "千万元": Decimal(10_000_000), "亿元": Decimal(100_000_000),
                "万亿元": Decimal(10**12)}


@dataclass(slots=True)  # slots: no __dict__ per relation (a long report holds ~200,000 at once)
class Relation:
    """A relation the text states, with its operands (quantities)."""

    kind: str  # sum | ratio | change | equal | bound
    rule: str
    roles: dict[str, Quantity | list[Quantity] | None]
    per: int = 100
    sign: int = 1  # change: -1 for a decrease
    previous: Quantity | Decimal | None = None  # change: the previous figure, printed or implied by a difference
    enumerated: list[Decimal] | None = None  # sum: parts printed without a measure word ("5科、1室")
    fine_range: tuple[float, float] | None = None  # count_amount: plausible average fine, 万元 per case
    exhaustive: bool = True  # sum: False when only the coverage of the list suggests it is complete;
    # bound: False when the larger may leave out some of the smaller's scope (新收 before a closing)
    # change: False when the growth may be at comparable prices (a table's money row): no failure
    # sum: the list follows the classification it breaks its whole down by (分品种看, 按区域分): on rounded
    # figures a shortfall that one slip of one part closes fails, as one on exact figures does (checks)
    by_class: bool = False
    source: str = "text"  # text | catalog
    keys: dict[str, str] = field(default_factory=dict)  # role -> metric key, where known
    note: str = ""
    # ratio.structure: the printed shares add up to exactly the whole (100) because one or more was
    # moved by a unit of its last digit (largest-remainder rounding), as statistical bureaus print them
    adjusted: bool = False
    # ratio.rate: work carried in from last year that the base may hold besides the printed figure
    # ("结案1,792件(含上年结转64件),结案率93.8%" over 1,846 received): see relations/carried.py
    base_plus: Quantity | None = None
    # ratio.rate: the numerator says it holds work carried in whose count is not printed ("审结1,238件
    # (含上年结转)"): the base may be larger than the printed one by that unknown count
    base_grows: bool = False
    # ratio: the base is the period's average of the printed level, which may differ from it by this
    # much (relative): see relations/averages.py
    average_within: float = 0.0
    # ratio: the set its sentence opens with ("转办件中,…办结率97.4%") when no figure is named by it: the
    # base the rate's own words found may not be the set's, so the rate cannot fail (relations/opened_sets.py)
    open_base: str = ""
    # ratio.average: the total the average names, found only chapters before it ("二、存在的问题 …人均审结
    # 案件60.2件"): it may be another set of that name, so the average cannot fail (relations/per_unit.py)
    far_total: str = ""
    # equal (catalog): the index of the value that may exceed the others by meaning -- the equality
    # is assumed of a report kind ("every decision was a penalty"), the bound is certain: a wider
    # value larger than the rest is unverifiable, a narrower one larger fails (relations/catalog_rules.py)
    wider: int | None = None
    # Other readings the text admits (other role assignments, e.g. another plausible base): the
    # check passes if one of them holds, fails only if every one fails, else is unverifiable. A change's
    # reading may carry its own "previous" level (the whole's, implied by the printed difference).
    readings: list[dict[str, Quantity | list[Quantity] | Decimal | None]] = field(default_factory=list)

    def quantities(self) -> list[Quantity]:
        out: list[Quantity] = []
        for v in self.roles.values():
            if isinstance(v, list):
                out.extend(v)
            elif v is not None:
                out.append(v)
        return out

    def signature(self) -> tuple:
        """Identity of the relation: its kind and its operand figures (for de-duplication)."""
        if self.kind == "equal":  # (its values alone, in any order: nothing else to read)
            vals = self.roles["values"]
            return ("equal", tuple(sorted(q.index for q in vals)))  # type: ignore[union-attr]
        parts = []
        for role, v in sorted(self.roles.items()):
            if isinstance(v, list):
                parts.append((role, tuple(sorted(q.index for q in v))))
            elif v is not None:
                parts.append((role, v.index))
        return (self.kind, tuple(parts))



def compatible(a: Quantity, b: Quantity) -> bool:
    if a.is_percent or b.is_percent:
        return a.unit == b.unit
    if a.is_money or b.is_money:
        return a.is_money and b.is_money
    if a.unit == "倍" or b.unit == "倍":
        return False  # a multiple ("是上年的1.2倍", "增长1.3倍") compares two levels: no part, whole or base
    if a.unit == b.unit:
        return True
    if not a.unit or not b.unit:
        return False
    return (a.unit, b.unit) in _ADDABLE


# 信访 counts matters in 件次: a letter or an online petition is one 件, a visit one 批(次) of petitioners
# however many came ("信访总量4,862件次,其中来信486件次、来访1,126批次、网上信访3,250件次"; "信访事项2,774件
# (批),其中来信343件、来访777批"). Under a whole so counted, the three counters are one measure.
_MATTERS = frozenset({"件", "件次", "批", "批次"})
_MATTERS_MARK = re.compile(r"\((?:批|批次|件次)\)")


def counted_as_matters(s: str, whole: Quantity, part: Quantity) -> bool:
    """Does ``whole`` (in the text ``s``) count matters in 件次, so that ``part``, in 件 or 批(次), is of its measure?"""
    if part.unit not in _MATTERS or whole.unit not in _MATTERS or part.unit == whole.unit:
        return False
    return whole.unit == "件次" or (whole.unit == "件" and _MATTERS_MARK.match(s, whole.end) is not None)


def money_value(q: Quantity) -> Decimal:
    """The value of a money figure in 元 (to compare 万元 with 元)."""
    return q.value * _MONEY_SCALE.get(q.unit, Decimal(1))
