"""Cross-metric rules of ``catalog/rules.yaml`` read against the text: a rule applies when every
metric it names was found, in one section, and the words void nothing; a rule restating a relation
the text gives, or contradicting a whole-and-part the text states, is not read."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..metrics import Metric
from ..quantities import Quantity
from .bases import LISTED
from .carried import carried_rows
from .catalog_bounds import catalog_bound_reads
from .model import Relation
from .respective_items import respective_position
from .structure import _Doc


@lru_cache(maxsize=1)
def load_rules() -> list[dict]:
    text = resources.files("toolkit").joinpath("catalog/rules.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    rules = data.get("rules")
    if not isinstance(rules, list):
        raise CatalogError("expected a 'rules' list", path="toolkit/catalog/rules.yaml")
    for r in rules:
        if r.get("kind") not in ("sum", "ratio", "equal", "bound", "count_amount"):
            raise CatalogError(f"unknown kind {r.get('kind')!r}", path="toolkit/catalog/rules.yaml",
                               location=str(r.get("id")))
    return rules


_LEVEL_WORD = re.compile(r"本级|[省市县区镇乡街]级|乡镇|街道|[省市县区]直")


_ONE = ("total", "numerator", "denominator", "percent", "smaller", "larger", "count", "amount")
_MANY = ("parts", "values")
_NEEDS: dict[int, tuple[list[dict], list[frozenset]]] = {}  # id(rules) -> (rules, each rule's metric keys)


def _needs(rules: list[dict]) -> list[frozenset]:
    """The metric keys each rule names (listed once per rules list: a report reads ~all the rules,
    and most name a metric it does not have)."""
    known = _NEEDS.get(id(rules))
    if known is None or known[0] is not rules:
        keys = [frozenset([r[role] for role in _ONE if role in r] + [k for role in _MANY if role in r for k in r[role]])
                for r in rules]
        known = _NEEDS[id(rules)] = (rules, keys)
    return known[1]


def _catalog_rules(d: _Doc, metrics: list[Metric]) -> list[Relation]:
    by_key = {m.key: m.quantity for m in metrics}
    found = frozenset(k for k, q in by_key.items() if q is not None)
    out: list[Relation] = []
    rules = load_rules()
    for r, needs in zip(rules, _needs(rules), strict=True):
        if not needs <= found:
            continue  # (a metric it names was not found: what the walk over its roles below says)
        kind = r["kind"]
        roles: dict[str, Quantity | list[Quantity] | None] = {}
        keys: dict[str, str] = {}
        ok = True
        for role in ("total", "numerator", "denominator", "percent", "smaller", "larger", "count", "amount"):
            if role in r:
                q = by_key.get(r[role])
                if q is None:
                    ok = False
                    break
                roles[role] = q
                keys[role] = r[role]
        for role in ("parts", "values"):
            if role in r:
                qs = [by_key.get(k) for k in r[role]]
                if any(q is None for q in qs):
                    ok = False
                    break
                roles[role] = qs  # type: ignore[assignment]
                keys[role] = ",".join(r[role])
        if not ok:
            continue
        if not rule_reads(d, r, roles):
            continue
        if kind == "count_amount" and _other_scopes(d, roles["count"], roles["amount"]):  # type: ignore[arg-type]
            continue
        if kind == "count_amount" and respective_position(d, roles["count"]) != respective_position(d, roles["amount"]):  # type: ignore[arg-type]
            continue  # "处罚924件。…罚没款分别为0.45万元、892.10万元…": one item's amount, not the whole's
        fine = tuple(r["average_fine"]) if kind == "count_amount" and r.get("average_fine") else None
        wider = r["values"].index(r["wider"]) if kind == "equal" and r.get("wider") in r.get("values", []) else None
        out.append(Relation(kind, f"catalog.{r['id']}", roles, source="catalog", keys=keys, fine_range=fine,
                            wider=wider))
    return out


def rule_reads(d: _Doc, r: dict, roles: dict) -> bool:
    """Does the text leave rule ``r`` over these figures one reading: in one section (when the rule
    asks), the whole no level of a list, its ``unless`` words silent and, for a bound, no other
    reading of the words (catalog_bounds.py)? The funnels ask it too: a pair the catalog states
    with its metrics' names is left to the catalog only when the catalog reads it -- so the answer
    is kept per report, rule and figures (a fifth of the asks repeat one: ~0.8% of the relations)."""
    figures = _figures_key(d, roles)
    if figures is None:
        return _rule_reads(d, r, roles)  # (a figure not the document's own: read afresh)
    memo = d.cache.get("rule_reads")
    if memo is None:
        memo = d.cache["rule_reads"] = {}
    key = (id(r), figures)
    found = memo.get(key)  # type: ignore[attr-defined]
    if found is None or found[0] is not r:  # (the rule itself kept: an id is only unique while alive)
        found = memo[key] = (r, _rule_reads(d, r, roles))  # type: ignore[index]
    return found[1]


def _figures_key(d: _Doc, roles: dict) -> tuple | None:
    """The roles as (name, figure index or indices), when every figure is the document's own."""
    out = []
    for name, v in roles.items():
        group = v if isinstance(v, list) else [v]
        for q in group:
            if q is not None and not (0 <= q.index < len(d.qs) and d.qs[q.index] is q):
                return None
        out.append((name, tuple(q.index if q is not None else None for q in group), isinstance(v, list)))
    return tuple(out)


def _rule_reads(d: _Doc, r: dict, roles: dict) -> bool:
    if r.get("same_section") and not d.same_section(_flat(roles)):
        return False
    whole = roles.get("larger") or roles.get("total") or roles.get("denominator")
    if isinstance(whole, Quantity) and LISTED.search(d.s, whole.sentence[0], whole.start) \
            and _LEVEL_WORD.search(d.label(whole)):
        # "全年办结410件。从层级看,县本级收到168件": the metric's figure is one level's, listed,
        # not the whole the rule is about (a kind listed, "按类别分,行政处罚决定35起", is the metric).
        return False
    if isinstance(whole, Quantity) and _a_rows_member(d, whole):
        return False
    if r.get("unless") and re.search(r["unless"], d.section_text(_flat(roles))):
        return False  # the report says something that voids the rule ("行政强制决定3起")
    if r.get("unless") and r["kind"] == "bound" and any(re.search(r["unless"], row) for row in carried_rows(d)):
        return False  # (a table row of work carried in, with a figure, speaks of the whole report's work)
    # the words admit another reading (a list, a plan, another body: catalog_bounds.py)
    return r["kind"] != "bound" or catalog_bound_reads(d, roles["smaller"], roles["larger"])


_BODY = re.compile(r"^(?:\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,2}[)）])?([\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|中心|大队|支队|街道办事处|街道|镇|乡))")


def _a_rows_member(d: _Doc, whole: Quantity) -> bool:
    """"3.县交通运输局行政处罚612件…" beside a table by 部门 with a "县交通运输局" row: a figure whose name
    opens with a body heading a table's row is that member's, not the whole a rule splits."""
    body = _BODY.match(d.label(whole))
    return body is not None and re.search(r"(?m)^\|?" + re.escape(body.group(1)) + r"(?:\||[ \t]{2})", d.s) is not None


def _other_scopes(d: _Doc, a: Quantity, b: Quantity) -> bool:
    """Is one of two figures a part listed after 其中 and the other not in that list? ("罚没款
    2,316.5万元。其中,按日连续处罚案件3件": the whole's amount, one kind's count.)"""
    for part, other in ((a, b), (b, a)):
        opener = d.s.rfind("其中", part.sentence[0], part.start)
        if opener < 0 or ";" in d.s[opener : part.start] or "；" in d.s[opener : part.start]:
            continue  # no 其中 list, or it ended before the figure ("…;按类别分,行政处罚决定35起")
        if not (other.sentence == part.sentence and other.start > opener):
            return True
        if _WHOLE_WORDS.search(d.own_words(other)):
            return True  # "其中适用简易程序2186件,…,罚款总额2863.5万元": the whole's amount, after the list
    return False


_WHOLE_WORDS = re.compile(r"总额|总计|合计|共计|总数|总量|全部")


def _flat(roles: dict) -> list[Quantity]:
    out = []
    for v in roles.values():
        if isinstance(v, list):
            out.extend(v)
        elif v is not None:
            out.append(v)
    return out


def _covered_by_text(rule: Relation, rels: list[Relation]) -> bool:
    """A catalog rule restating a relation the text already gave (same figures) adds nothing."""
    mine = {q.index for q in rule.quantities()}
    for r in rels:
        if rule.kind == "equal" and _part_of(r, mine):
            return True  # "执法决定2386件,其中行政处罚1204件": the text makes one a part of the other
        if rule.kind == "sum" and r.kind == "sum" and _parts(r) & _parts(rule):
            # the text puts a part in a sum of its own: with its own total ("…罚款2786.3万元,…77.2万元,
            # 合计2863.5万元"), the rule's total ("处罚162件(其中简易程序19件、普通程序143件)") or
            # another ("处罚311件(其中简易程序110件、普通程序201件)" beside "138件(含简易程序21件)").
            # (Not a total the text merely splits otherwise: "35起,其中重大3起、一般32起" by procedure too.)
            return True
        if r.kind == rule.kind and {q.index for q in r.quantities()} == mine:
            return True
        if rule.kind == "bound" and r.kind == "ratio" and mine <= {q.index for q in r.quantities()}:
            return True
        if rule.kind == "bound" and r.rule in _BOUNDED_BY_TEXT and r.roles.get("smaller") is rule.roles.get("smaller"):
            return True  # the text says which whole the figure is of: the metrics' names guess another
    return False


_BOUNDED_BY_TEXT = frozenset({"bound.stage", "bound.level", "bound.part"})


def _part_of(r: Relation, figures: set[int]) -> bool:
    """Does a text relation list one of ``figures`` as a part of another of them?"""
    if r.kind == "sum":
        total, parts = r.roles.get("total"), r.roles.get("parts") or []
        return isinstance(total, Quantity) and total.index in figures and any(
            p.index in figures for p in parts if isinstance(p, Quantity))  # type: ignore[union-attr]
    small, large = r.roles.get("smaller"), r.roles.get("larger")
    return r.rule == "bound.part" and isinstance(small, Quantity) and isinstance(large, Quantity) \
        and small.index in figures and large.index in figures


def _parts(r: Relation) -> set[int]:
    return {p.index for p in r.roles.get("parts") or [] if isinstance(p, Quantity)}  # type: ignore[union-attr]

