"""A level over its target, plan or budget ("新增就业12,846人,完成年度目标任务12,000人的107.1%",
"完成调整预算48.00亿元的101.3%"): done over the target printed beside it, or named and stated in
another sentence."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .scopes import is_scope_count
from .structure import _Doc

_TARGET = re.compile(r"(完成|为|是)[^,;。\d]{0,10}(目标|任务|计划|预算)[^,;。\d]{0,6}$")  # (预算: a budget)
# "完成年度目标任务的128.8%" with the target stated in a sentence of its own.
_OF_TARGET = re.compile(r"(完成|为|是|达到|占)(?P<what>[^,;。\d]{0,10}(目标|任务|计划|预算)[^,;。\d]{0,4})的(比例为)?$")
_TARGET_WORDS = re.compile(r"目标任务|目标|任务|计划")  # (not 预算: 一般公共预算收入 is no budget far away)
_OVERSHOOT = re.compile(r"超额|超出|超过|多完成")
_CLAUSE_CUT = re.compile(r"[,;。]")
_TARGET_REACH = 40  # figures back (and in the paragraph after) a target is looked for
_NEXT_TARGET = re.compile(r"力争|争取|预计|预期|明年|下一年|下年度|下一步|今后")  # a target still ahead
_YEAR = re.compile(r"(\d{4})年(?!\d)")


def _year_of(d: _Doc, q: Quantity) -> str | None:
    """The year the clause (to the last ; or sentence end) of a figure names last before it, else
    its sentence's -- None when neither names one."""
    start = max(d.s.rfind(";", q.sentence[0], q.start) + 1, q.sentence[0])
    for a in (start, q.sentence[0]):
        years = _YEAR.findall(d.s, a, q.start)
        if years:
            return years[-1]
    return None


def target_completion(d: _Doc, pct: Quantity, per: int) -> Relation | None:
    """"新增就业12,846人,完成年度目标任务12,000人的107.1%": done over the stated target."""
    if not pct.index:
        return None
    if _OVERSHOOT.search(_CLAUSE_CUT.split(d.label(pct))[-1]):
        return None  # "超额完成计划的12.5%": by how much the target was passed (112.5% done), no share of it
    named = _OF_TARGET.search(d.label(pct))
    if named is not None:
        return _named_target(d, pct, per, named.group("what"))
    bracketed = d.label(pct).startswith(")")  # "完成年度目标任务(4.2万人)的110.0%"
    if d.label(pct).removeprefix(")") not in ("的", "的比例为"):
        return None
    target = d.qs[pct.index - 1]
    if target.is_percent or not _TARGET.search(d.label(target).removesuffix("(") if bracketed else d.label(target)):
        return None
    if bracketed != d.label(target).endswith("("):
        return None  # a bracket closed that the target did not open
    # (not a change: "征收1,247.3万元,比上年增加132.6万元,完成年度任务1,100万元的113.4%" -- done is the level)
    done = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : target.index])
                 if not q.is_percent and compatible(q, target) and not is_delta(d, q) and not is_previous(d, q)), None)
    if done is None:
        return None
    if "累计" in _own_clause(d, target) and "累计" not in _own_clause(d, done):
        # "1-9月累计抽检3,126批次,一、二季度分别抽检…,累计完成全年任务4,000批次的78.2%": what is done
        # so far is the 累计 figure, not the last of the periods listed after it; none printed: no reading
        done = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : done.index])
                     if not q.is_percent and compatible(q, target) and not is_delta(d, q) and not is_previous(d, q)
                     and "累计" in _own_clause(d, q)), None)
        if done is None:
            return None
    k = d.s.rfind("其中", pct.sentence[0], done.start)
    whole = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : done.index]) if q.end <= k
                  and not q.is_percent and compatible(q, target) and not is_delta(d, q) and not is_previous(d, q)),
                 None) if k >= 0 else None
    if whole is not None:
        # "完成营造林12.6万亩,其中人工造林3.8万亩、…森林抚育3.6万亩,完成年度计划12.0万亩的105.0%": what was
        # done is the whole before the 其中 list -- or its last item: both are readings
        return Relation("ratio", "ratio.target", {"numerator": whole, "denominator": target, "percent": pct}, per=per,
                        readings=[{"numerator": done, "denominator": target, "percent": pct}])
    # "参保8.62万人,比上年末增加0.36万人,完成市下达任务(0.30万人)的120.0%": a target of widening (扩面)
    # is of the increase printed between the level and the target: a reading beside the level
    grown = [{"numerator": q, "denominator": target, "percent": pct} for q in d.qs[done.index + 1 : target.index]
             if not q.is_percent and compatible(q, target) and is_delta(d, q)][-1:]
    return Relation("ratio", "ratio.target", {"numerator": done, "denominator": target, "percent": pct}, per=per,
                    readings=grown)


_CLAUSE_END = re.compile(r"[,;。]")


def _own_clause(d: _Doc, q: Quantity) -> str:
    """The figure's clause up to it: a target is named there ("年度计划投资1,442亿元"); a 计划 earlier
    in its sentence may name another thing ("新开工计划总投资5000万元以上项目286个,完成投资412.6亿元":
    each project's planned cost, and the 412.6 is done, no plan)."""
    text = d.s[q.sentence[0] : q.start]
    return _CLAUSE_END.split(text)[-1]


def _named_target(d: _Doc, pct: Quantity, per: int, what: str) -> Relation | None:
    """"全年新增就业38,652人,完成年度目标任务的128.8%" and, elsewhere, "年度目标任务为新增就业30,000人":
    done (the figure before the share in its sentence) over the target its words name, stated
    in another sentence before or in the paragraph after; two or three values are readings."""
    if "分别" in re.split(r"[,;]", d.label(pct))[-1]:
        return None  # a list of percents, each of its own target: respective_targets' reading
    done = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : pct.index])
                 if not q.is_percent and not is_delta(d, q) and not is_previous(d, q)), None)
    word = _TARGET_WORDS.search(what)
    if done is None or word is None:
        return None
    if _OVERSHOOT.search(_own_clause(d, done)):
        # "实际完成12.86万亩,超额完成0.86万亩,完成计划的107.2%": by how much the plan was passed is no
        # level done; the level is the figure before it
        done = next((q for q in reversed(d.qs[d.before(pct.sentence[0]) : done.index])
                     if not q.is_percent and compatible(q, done) and not is_delta(d, q) and not is_previous(d, q)
                     and not _OVERSHOOT.search(_own_clause(d, q))), None)
        if done is None:
            return None
    aside = None
    if d.in_parentheses(done) and done.index:
        # "城镇新增就业5.42万人(年度目标4.5万人),完成年度目标任务的120.4%": the target printed in brackets
        # right after what was done, named by the same words as the share's
        done, aside = d.qs[done.index - 1], done
        if (done.is_percent or d.in_parentheses(done) or is_delta(d, done) or is_previous(d, done)
                or not compatible(done, aside) or not _TARGET_WORDS.search(d.label(aside))
                or d.s[done.end : aside.start].lstrip(" ")[:1] != "("):
            return None
        return Relation("ratio", "ratio.target", {"numerator": done, "denominator": aside, "percent": pct}, per=per)
    # (a plan of another year is not this one's: "2024年…年度计划投资212亿元;2023年…完成投资203.5亿元,
    # 完成年度计划的105.4%")
    done_year = _year_of(d, done)
    para_end = d.s.find("\n", pct.end)
    after = d.qs[pct.index + 1 : d.before(para_end if para_end >= 0 else len(d.s))][:_TARGET_REACH]
    cands = [q for q in [*reversed(d.qs[max(0, done.index - _TARGET_REACH) : done.index]), *after]
             if not q.is_percent and compatible(q, done) and (q.sentence != pct.sentence or q.index < done.index)
             and word.group() in _own_clause(d, q) and not d.in_parentheses(q) and not is_scope_count(d, q)
             and not _NEXT_TARGET.search(d.s[q.sentence[0] : q.start])
             and (done_year is None or _year_of(d, q) in (None, done_year))]
    by_value: dict = {}
    for q in cands:
        by_value.setdefault(q.value, q)
    if not by_value or len(by_value) > 3:
        return None
    roles = [{"numerator": done, "denominator": t, "percent": pct} for t in by_value.values()]
    return Relation("ratio", "ratio.target", roles[0], per=per, readings=roles[1:])
