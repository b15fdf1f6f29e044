"""Parts that no 其中 lists: the figures of a sentence opened by 上述…中 (parts of the whole stated
above), the main kinds a highlight lists (主要集中在…, 排名前三的…, the one most frequent kind:
…最多,共56件), and the units a 其中 names after a count of visits (检查企业512家次,其中…148家). Each part is bounded by its whole (``bound.part``), never summed; a part is read
only when the whole the words point at is one figure.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bounds import _WALK, _WIDER, _claim_ties, _tied
from .misprints import within_one_slip
from .model import Relation, compatible
from .named_wholes import AMBIGUOUS, named_whole
from .roles import is_delta, is_previous
from .scopes import counts_the_names, is_additive, words
from .stages import _PUNCT, load_stages
from .structure import SEG_END, SENT_END, _Doc, _list_lines_end
from .vocab import around, matches_at

# --- parts of the figures stated above (上述…中) ----------------------------------------------

_AFORESAID = re.compile(r"(?:^|(?<=[。;\n]))(?:在)?上述([\u4e00-\u9fff]{1,10}?)(?:当)?中[,:]?", re.M)
_AFORESAID_REACH = 40  # figures looked back for the whole the words name


def _aforesaid(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"全市共发生事故21起、死亡17人…(a breakdown)…。上述事故中,较大事故1起、死亡3人": the figures
    of a sentence opened by 上述<noun>中 are parts of the whole stated above -- the nearest earlier
    figure named by the noun and a word for a whole (共, 全市, 各类); each is bounded by the figure
    of that whole's sentence counted alike (one of its unit, else the one sharing its name)."""
    v = load_stages()
    together = _claim_ties(d, found)
    out: list[Relation] = []
    for m in matches_at(_AFORESAID, d.s, around(d.s, "上述", 1)):  # (only at each 上述 and the 在 before it)
        noun = m.group(1)
        end = d.next_end(m.end(), SENT_END)
        semi = d.s.find(";", m.end(), end)
        if semi >= 0 and not d.in_range(m.end(), semi) and ":" not in d.s[m.end() : semi]:
            # "…下降21.4%,主要是国有土地使用权出让收入减少;政府性基金预算支出17.06亿元,…": the words
            # name a cause and close their clause with no figure; the next clause is no kind of it
            continue
        parts = [p for p in d.in_range(m.end(), end) if not p.is_percent and not p.in_table
                 and not d.in_parentheses(p) and not is_delta(d, p) and not is_previous(d, p)]
        k = d.before(m.start())
        wholes = [r for r in reversed(d.qs[max(0, k - _AFORESAID_REACH) : k])
                  if not r.is_percent and not r.in_table and noun in d.label(r) and not is_previous(d, r)
                  and (_WIDER.search(d.label(r)) or v.whole.search(d.label(r)))]
        whole = wholes[0] if wholes else None
        if whole is None or not parts or any(r.value != whole.value and compatible(r, whole) for r in wholes[1:]):
            continue  # "共发生火灾120起。2022年全市共发生火灾100起。上述火灾中…": which whole is meant is unclear
        stated = [r for r in d.in_range(whole.start, whole.sentence[1]) if not r.is_percent
                  and not d.in_parentheses(r) and not is_delta(d, r) and not is_previous(d, r)]
        for p in parts:
            alike = [r for r in stated if r.unit == p.unit and compatible(r, p)]
            if len(alike) > 1:
                # ("…案件899件,其中市容环境274件、违法建设73件…。上述案件中,没收违法所得607件": a kind the
                # whole's own 其中 lists is no whole of the part unless the part names it)
                alike = [r for r in alike if not (r.index > whole.index and "其中" in d.s[whole.end : r.start]
                                                  and d.own_words(r) not in d.label(p))]
            if len(alike) > 1:
                name = _PUNCT.split(d.label(p))[-1]
                alike = [r for r in alike if any(name[i : i + 2] in _PUNCT.split(d.label(r))[-1]
                                                 for i in range(len(name) - 1))]
            if len(alike) == 1 and (min(p.index, alike[0].index), max(p.index, alike[0].index)) not in together:
                out.append(Relation("bound", "bound.part", {"smaller": p, "larger": alike[0]}))
    return out


# --- the main kinds only (主要集中在…) -------------------------------------------------------

_CLASSIFIES = re.compile(r"\s*(?:从|按|就)[\u4e00-\u9fff]{1,8}(?:来看|看|划分|分)[,:]")  # "从案件领域看,"
_HIGHLIGHT_REACH = 24  # characters from the highlight words to the first figure they list
_TOTAL_WORDS = re.compile(r"合计|共计|总计|累计|共")
_ITS_FIGURE = re.compile(r"(?:共计|共|计|达|为)$")
_BASE_AFTER_SHARE = re.compile(r"占[^,;。:]*$")
_NOT_OPENERS = frozenset({"为主", "居多", "较多", "前三", "前五", "前十"})  # after the kinds, or summing them


def _highlighted(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"受理投诉4,826件,主要集中在预付式消费(1,236件)、食品安全(862件)等领域": the figures a
    ``highlights`` word (breakdowns.yaml: 主要集中, 主要涉及, 居前三位的是…) lists are the main kinds
    of the figure before it in its sentence (else the last figure of the sentence before, in
    the paragraph), counted in the same unit: each is bounded by it, none summed. So are the
    figures after a ``superlatives`` word of stages.yaml ("涉及公安类案件最多,共56件")."""

    together = _claim_ties(d, found)
    # the bases of the shares found, by their part (once: a walk over every relation per whole grew
    # with the square of the report)
    share_bases: dict[int, list[Quantity]] = {}
    for r in found:
        num, den = r.roles.get("numerator"), r.roles.get("denominator")
        if r.kind == "ratio" and isinstance(num, Quantity) and isinstance(den, Quantity):
            share_bases.setdefault(id(num), []).append(den)
    out: list[Relation] = []
    most = load_stages().superlatives
    openers = sorted([*words()["highlights"].finditer(d.s), *(most.finditer(d.s) if most is not None else ())],
                     key=lambda m: m.start())
    for m in openers:
        is_most = most is not None and bool(most.fullmatch(m.group()))
        if m.group() in _NOT_OPENERS and not is_most:
            continue  # "前五类问题合计2,876件次", "以…为主": a summary of a list, not its opener
        end = d.next_end(m.end(), SENT_END)
        if d.s[end : end + 1] == "\n" and (d.s[m.end() : end].rstrip().endswith(":")
                                            or (m.group().endswith(":") and not d.s[m.end() : end].strip())):
            end = _list_lines_end(d, end)  # "排在前三位的分别是:\n-城乡建设类…\n-…": the lines listed
        semi = d.s.find(";", m.end(), end)
        if semi >= 0 and not d.in_range(m.end(), semi) and ":" not in d.s[m.end() : semi]:
            # "…下降21.4%,主要是国有土地使用权出让收入减少;政府性基金预算支出17.06亿元,…": the words
            # name a cause and close their clause with no figure; the next clause is no kind of it
            continue
        parts = [p for p in d.in_range(m.end(), end) if not p.is_percent and not p.in_table
                 and not is_delta(d, p) and not is_previous(d, p) and not counts_the_names(d, p)
                 and not d.label(p).endswith("前")  # "居前三位的是": a rank
                 # ("最多,占全年受理总量139,290件的39.8%": the figure 占 names is the whole, no kind)
                 and not _BASE_AFTER_SHARE.search(d.s, m.end(), p.start)]
        if not parts or parts[0].start - m.end() > _HIGHLIGHT_REACH:
            continue
        between = d.s[m.end() : parts[0].start]
        if ";" in between:
            # "完成预算的87.5%,主要是土地出让收入减少;基金支出41.2亿元": the words gave a cause and
            # their clause closed with no figure; what follows the semicolon is another statement
            continue
        if is_most:
            between = _ITS_FIGURE.sub("", between)  # "最多,共56件": the kind's own figure
        if _TOTAL_WORDS.search(between):
            continue
        k = d.before(m.start())
        # (an average is no whole: "平均每个镇街办理1,057件,最多的镇街办理2,136件")
        before = [r for r in d.qs[max(0, k - _WALK) : k] if not r.is_percent and not r.in_table
                  and not is_delta(d, r) and not is_previous(d, r) and is_additive(d, r)]
        head = d.last_before(SENT_END, m.start()) + 1
        named = named_whole(d, head, d.s[head : m.start()]) if not d.in_range(head, m.start()) else None
        if named is AMBIGUOUS:
            continue  # "…投诉排名前三的是" after two figures named 投诉: which one is open
        if isinstance(named, Quantity) and named.unit == parts[0].unit:
            # "商品类投诉22,641件…;服务类投诉18,566件…。商品类投诉排名前三的是…": the words name it
            out += [Relation("bound", "bound.part", {"smaller": p, "larger": named}) for p in parts
                    if p.unit == named.unit and compatible(p, named) and (named.index, p.index) not in together]
            continue
        whole = next((r for r in reversed(before) if r.unit == parts[0].unit), None)
        # (only words opening a sentence of their own: figures before the words in it are its candidates)
        named_here = [] if d.in_range(head, m.start()) else _named_by_subject(
            d, d.s[head : m.start()], [r for r in before if r.unit == parts[0].unit])
        if len(named_here) > 1:
            continue  # the words name two figures before: which one is open
        whole = named_here[0] if named_here else whole
        if whole is not None and not named_here and _other_kind(d.s[head : m.start()], d.own_words(whole)):
            continue  # "供暖类诉求回落至800件。住建类诉求仍居首位,…": a sibling kind before, no whole
        if whole is None or "\n" in d.s[whole.end : m.start()] or _sentence_before_start(d, m.start()) > whole.start:
            whole = _rest_closed_whole(d, m.start(), parts)
            if whole is not None:
                out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
            continue  # the whole is in this sentence or the one just before, in the paragraph
        if "其中" in d.s[whole.sentence[0] : whole.start]:
            continue  # "受理2,000件,其中举报800件。主要集中在…": the kinds of the 2,000 or of the 800
        if _CLASSIFIES.match(d.s, head):
            # "…;其他部门140件。从案件类型看,行政处罚类最多,共190件": a classification of its own
            # classifies the set the list before broke down, not that list's last item: its whole
            # (the one sum the item is a part of), or no reading
            of = {id(r.roles["total"]): r.roles["total"] for r in found if r.kind == "sum"
                  and any(q is whole for q in r.roles.get("parts") or [])}  # type: ignore[union-attr]
            if of:
                if len(of) > 1:
                    continue
                whole = next(iter(of.values()))
            elif _REST_ITEM.match(_NOT_CJK.sub("", d.own_words(whole))):
                continue  # "…;其他部门54件。从案件类型看,…最多": the rest of a list, no set classified
        # "受理3,000件,办结2,950件,主要涉及…": the kinds of either figure of its sentence before the words
        others = [r for r in before if r is not whole and r.unit == whole.unit and r.sentence == whole.sentence
                  and r.start < m.start()]
        # "涉企案件326件,占受理总数的29.5%。…主要集中在公安…498件": a whole that is a share of a base is a
        # part of it -- the main kinds may be the base's as well (a reading)
        bases = [b for b in share_bases.get(id(whole), []) if b.unit == whole.unit and b is not whole and b not in others]
        others += bases
        if len(bases) == 1 and _CLASSIFIES.match(d.s, head):
            # "涉企案件326件,占受理总数的29.5%。从案件领域看,公安…领域案件较为集中": a classification
            # classifies the base, not the share's part (first of the readings)
            whole, others = bases[0], [whole, *(r for r in others if r is not bases[0])]
        if not others and _closed_by_rest(d, parts, whole):
            # "…排在前三位的是城建类3,120件、劳动社保类2,240件、农业类1,460件,其余各类3,040件": the
            # main kinds and the rest are all of the whole
            out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
            continue
        for p in parts:
            if p.unit == whole.unit and compatible(p, whole) and (whole.index, p.index) not in together:
                readings = [{"smaller": p, "larger": r} for r in others if compatible(p, r)]
                out.append(Relation("bound", "bound.part", {"smaller": p, "larger": whole}, readings=readings))
    return out


_REST_ITEM = re.compile(r"^(?:其余|其他|其它|剩余)")
_KIND_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?)类")


def _other_kind(subject: str, whole_words: str) -> bool:
    """Do the words opening the highlight's sentence name a kind ("住建类诉求") and the whole's own
    words another ("供暖类诉求")? Two kinds side by side: neither is the other's whole."""
    a, b = _KIND_NAME.search(_NOT_CJK.sub("", subject)), _KIND_NAME.search(_NOT_CJK.sub("", whole_words))
    if a is None or b is None:
        return False
    x, y = a.group(1)[-4:], b.group(1)[-4:]
    return x not in y and y not in x
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_KIND_WORD = re.compile(r"(?:类|方面|领域)$")


def _named_by_subject(d: _Doc, subject: str, before: list[Quantity]) -> list[Quantity]:
    """The figures before whose own name (its last four characters at most) the words opening the
    highlight's sentence hold ("…城乡建设4.83万件、…教育1.95万件。城乡建设类诉求主要集中在…": the
    4.83万, not the nearer 1.95万), the nearest first."""
    subject = _NOT_CJK.sub("", subject)
    if len(subject) < 2:
        return []
    found = []
    for r in reversed(before):
        own = _KIND_WORD.sub("", d.own_words(r))  # ("社会保障类" is named by "社会保障和社会救助类")
        if len(own) >= 2 and own[-4:] in subject:
            found.append(r)
    return found


def _closed_by_rest(d: _Doc, parts: list[Quantity], whole: Quantity) -> bool:
    """Are the listed kinds closed by their rest (the last item named 其余/其他…, the only one so
    named), of the whole's unit, and smaller than it?"""

    if len(parts) < 3 or any(p.unit != whole.unit or not compatible(p, whole) or not is_additive(d, p)
                             for p in parts):
        return False
    rest = [bool(_REST_ITEM.match(d.own_words(p).lstrip("各类"))) for p in parts]
    return rest[-1] and not any(rest[:-1]) and all(p.value < whole.value for p in parts)


def _rest_closed_whole(d: _Doc, pos: int, parts: list[Quantity]) -> Quantity | None:
    """For main kinds closed by their rest under a heading ("三、反映问题\n从反映问题看,排在前三位
    的分别是:…其余各类…"): the one figure of the parts' unit named as a whole (全年, 共…) in the
    sentences before (back to the report's opening paragraph) that the parts add up to, exactly or
    but for one misprinted digit; none when two such figures differ."""

    start = pos
    for _ in range(_REST_REACH):
        start = d.last_before(SENT_END, start - 1) if start > 0 else -1
        if start < 0:
            break
    total = sum(p.value for p in parts)
    fits = {q.value: q for q in d.in_range(max(start, 0), pos) if not q.is_percent and not q.in_table
            and not is_delta(d, q) and not is_previous(d, q) and parts and q.unit == parts[0].unit
            and words()["wholes"].search(d.s, q.sentence[0], q.start)
            and (q.value == total or within_one_slip(q, parts))}
    if len(fits) != 1:
        return None
    whole = next(iter(fits.values()))
    return whole if _closed_by_rest(d, parts, whole) else None


_REST_REACH = 24  # sentences (or list lines) back to the whole of main kinds under a heading


def _sentence_before_start(d: _Doc, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts."""
    here = d.last_before("。！？!?", pos)
    return d.last_before("。！？!?", here) + 1 if here > 0 else 0


# --- visits and what was visited ------------------------------------------------------------

_OPENS_PARTS = re.compile(r"[,。]?其中[,:]?")
# "按全省常住人口4712.3万人计算": the figure a rate is worked out over, no part of the visits
_BASIS_AFTER = re.compile(r"(?:计算|测算|推算|为基数)")


def _visited_among_visits(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"检查企业512家次,其中重点监管企业148家": each part counted in units visited (家) is at
    most the visits (家次) before its 其中 (see ``visits`` in stages.yaml)."""
    v = load_stages()
    pending: list[tuple[tuple[int, int], Relation]] = []
    for q in d.qs:
        units = v.visits.get(q.unit)
        if not units or q.in_table or not _OPENS_PARTS.match(d.s, q.end):
            continue
        seg_end = d.next_end(q.end + 1, SEG_END)
        for p in d.qs[q.index + 1 : q.index + 1 + _WALK]:
            if p.start >= seg_end:
                break
            if p.unit in units and not d.in_parentheses(p) and not v.not_a_level.search(d.label(p)) \
                    and not _BASIS_AFTER.match(d.s, p.end):
                pending.append(((q.index, p.index), Relation("bound", "bound.visited", {"smaller": p, "larger": q})))
    tied = _tied([r for r in found if r.kind != "ratio"], {pair for pair, _ in pending})  # a rate states another claim
    return [r for pair, r in pending if pair not in tied]
