"""Rates per N of a stated base: "每千人口床位数6.12张" over the population the report states,
"每千家次检查发现违法行为231.6项次" over the 家次 checked. The base is the figure the words after
每N name (人口 -> the population; otherwise a figure in that unit), the numerator the figure of the
rate's own unit that the rest of its words name."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import Quantity
from .distributed import list_names
from .model import Relation, compatible
from .rate_readings import _explained
from .roles import is_delta, is_previous
from .shares import _TARGETED
from .structure import _Doc, _overlap, _paragraph_start
from .vocab import lacks

# "每千家次…", "每万人口…"; per people also without 每 ("万人口发明专利拥有量", "千人口床位数").
_PER_N = re.compile(r"(?:每(?P<n>十万|百万|千|万|百|10万|100万|1万|1000|100(?!万))|(?<![\d.万千百十])(?P<n2>十万|千|万)(?=常住人口|户籍人口|人口|人(?!次)|车))"
                    r"(?P<rest>[^,;:。!?\d]{2,24})$")
_PER_SCALE = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000,
              "100": 100, "1000": 1000, "1万": 10_000, "10万": 100_000, "100万": 1_000_000}
# "每千人口", "每万常住人口", "每十万居民": a rate over the population.
_PEOPLE = re.compile(r"^(?P<who>常住人口|户籍人口|人口|居民|人)(拥有|平均|均)?")
# ("按常住人口(72.4万人)计算": the population's figure in brackets after its name)
_POPULATION = re.compile(r"(常住|户籍|总|年末|年平均|平均)人口(数|总数)?(为|达|达到|约|共)?\(?$")
# "按46.2万常住人口计算": the population named after its figure
_POPULATION_AFTER = re.compile(r"(?:常住|户籍|年末|年平均)?人口")
_ASIDE = re.compile(r"\([^()]*\)")
# "共1,877户6,635人(户籍人口)": the population named in brackets right after its figure
_NAMED_AFTER = re.compile(r"(?:\((?:常住|户籍)人口\))?")
_PART_OF_POPULATION = re.compile(r"(城镇|乡村|农村|城市|城区|男性|女性|男|女|老年|少儿|儿童|流动|外来|\d+岁)(常住|户籍)?人口")
# an average per one ("平均每名调解员年调解纠纷6.0件", "人均办案53件"): a figure per head, no count to divide
_PER_ONE = re.compile(r"平均每|人均|户均|件均|每(?:名|位|个|件|户|家)[\u4e00-\u9fff]{0,8}$")
_LATER_STAGE = re.compile(r"办结|结案|审结|答复|回复|化解|解决|处理完毕|调解成功|按时|按期|及时")
_WINDOW = 1500  # characters before the rate in which its numerator and base are stated
_NEXT_PARAGRAPH = 200  # characters after the rate its numerator may follow in, past its paragraph
_READINGS = 3  # at most this many bases are readings of one rate; more leave it unchecked
_CHINESE = re.compile(r"[^\u4e00-\u9fff]")


_REACHED = re.compile(r"[\u4e00-\u9fff]{0,4}(?:上升|提高|提升|增加|增长|下降|减少|降低|升|增|降|减)(?:到|至|为)$")


def _reached(d: _Doc, q: Quantity) -> Quantity | None:
    """The level a change from ``q`` reaches, right after it ("由6,384人上升为11,366人"), in its unit."""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    if nxt is None or nxt.sentence != q.sentence or nxt.unit != q.unit or not _REACHED.fullmatch(d.s, q.end, nxt.start):
        return None
    return nxt


def _per_capita(d: _Doc) -> list[Relation]:
    """Every per-N rate whose base and numerator the text states, each found once."""
    out: list[Relation] = []
    pops = [q for q in d.qs if not q.is_percent and ((q.unit in ("人", "名") and (_POPULATION.search(d.label(q))
                                                                                  or _NAMED_AFTER.match(d.s, q.end).group()))
                                                      or (not q.unit and _POPULATION_AFTER.match(d.s, q.end)))]
    # A part of the population ("其中城镇常住人口22.13万人") is not the population a rate is of.
    pops = [q for q in pops if not _PART_OF_POPULATION.search(d.label(q))] or pops
    pop_starts = [p.start for p in pops]
    last: tuple[Quantity, list[Quantity], int] | None = None  # the per-N rate before, its bases, its N
    listed: set[int] = set()  # figures of a 分别 list of per-N rates, read with its first
    for q in d.qs:
        if last is not None and _goes_on(d, last[0], q):
            # "每千常住人口卫生技术人员8.42人,执业(助理)医师3.14人,注册护士3.78人": the items after a
            # per-N rate in its sentence, named by their words alone, are per the same N of the same base
            _, bases, per = last
            numerator = _numerator(d, q, _ITEM_NAME.sub("", d.label(q)), bases)
            if numerator is not None:
                out.append(Relation("ratio", "ratio.per_capita", {"numerator": numerator, "denominator": bases[0],
                                                                   "percent": q}, per=per,
                                    readings=[{"numerator": numerator, "denominator": b, "percent": q}
                                              for b in bases[1:]]))
            last = (q, bases, per)
            continue
        if q.index in listed:
            continue  # a later figure of a 分别 list read with its first
        if q.is_percent or not q.unit or lacks(_PER_N, d.label(q)):
            continue  # (a rate per N names 每, 千, 万 or 十: most figures' words hold none)
        m = _PER_N.search(d.label(q))
        if not m or _TARGETED.search(d.s[q.sentence[0] : q.start]):
            continue  # "力争每千人口医师数达到3.1人": a target, not a figure of the year
        shown = q
        if is_previous(d, q):
            # "每10万人中拥有大学文化程度的由6,384人上升为11,366人": the rate of the year is the level
            # reached, the one it rose from is another year's
            shown = _reached(d, q)
            if shown is None:
                continue
        rest = m.group("rest")
        people = _PEOPLE.match(rest)
        by_noun = False  # the base found by the noun after 每N, not by a unit
        named_before = False  # the rate's name stands before 每 ("公路密度为每百平方公里…")
        if people:
            what = rest[people.end() :]
            # (the population statements nearest the rate: a report states a few; a long one, many)
            i = bisect.bisect_left(pop_starts, q.start)
            who = people.group("who")
            said = _BY_POPULATION.search(d.s, q.sentence[0], q.start)
            if said and who not in ("常住人口", "户籍人口"):
                who = said.group(1)  # "按常住人口计算,每千人口…": the sentence says which population
            bases = _population(d, q, pops[max(0, i - _NEAR_POPS) : i + _NEAR_POPS], who)
        else:
            # "每百元营业收入中的成本": a sum of money is over the sum its words name, never one by its unit alone
            bases, what = _counted_base(d, q, rest) if not rest.startswith("元") else _money_base(d, q, rest)
            if not rest.startswith("元") and (not bases or not what) and (named := _name_before(d, q, m.start())):
                # "公路密度为每百平方公里147.3公里": the rate's name before 每 says what it counts, the
                # unit after it the base (stated before the rate, or in the brackets right after it)
                bases, what, named_before = (bases or _base_after(d, q, rest)), named, True
            if not bases and not rest.startswith("元"):
                bases, what = _named_base(d, q, rest)
                by_noun = True
        per = _PER_SCALE[m.group("n") or m.group("n2")]
        if by_noun:
            # "每百名学生拥有计算机17台": a rate per N of a noun is stated over a count of N or more --
            # "送教上门学生86人" is a group too small to be its base
            bases = [b for b in bases if b.value >= per]
        if not bases:
            continue
        names = _EACH_NAMED.match(what)
        if names and len(items := re.split(r"[、和及与]", names.group(1))) >= 2:
            # "每千常住人口执业(助理)医师、注册护士分别为2.63人和3.03人": each figure of the rate's
            # list over the base, its numerator the one its position's name names; a list of
            # another length than the names is no reading
            figs = [q, *_listed_after(d, q)]
            listed.update(f.index for f in figs)
            if len(figs) == len(items):
                out += [Relation("ratio", "ratio.per_capita", {"numerator": n, "denominator": bases[0], "percent": f},
                                 per=per, readings=[{"numerator": n, "denominator": b, "percent": f} for b in bases[1:]])
                        for f, name in zip(figs, items, strict=True)
                        if (n := _numerator(d, f, name, bases)) is not None]
            continue
        numerator = _numerator(d, q, what, bases, later=not named_before)
        if numerator is None:
            continue
        if named_before:
            # (a measure of a thing over an area: of the whole stated before the rate -- "公路总里程", not
            # "二级及以上公路" -- its largest figure of the paragraph so named is a reading too)
            whole = _largest_named(d, q, what[:2], numerator)
            out.append(Relation("ratio", "ratio.per_capita", {"numerator": numerator, "denominator": bases[0],
                                                               "percent": q}, per=per,
                                readings=[{"numerator": n, "denominator": b, "percent": q}
                                          for n in [numerator, *whole] for b in bases if (n, b) != (numerator, bases[0])]))
            continue
        # Several bases fit (常住 and 户籍 人口; two 家次 figures the rate names alike): each is a
        # reading; the check fails only if none holds. So does a figure of the rate's own sentence
        # its act's last word names, when the numerator found comes after the rate ("提起公诉3,462人,
        # …每万人起诉11.6人。其中…起诉412人": the 412 may be a kind of the 3,462).
        numerators = [numerator, *_in_its_sentence(d, q, what, numerator), *_named_alike_sum(d, numerator)]
        if numerator.sentence != q.sentence:  # (the rate's own sentence leads: its words say it first)
            numerators.reverse()
            numerator = numerators[0]
        out.append(Relation("ratio", "ratio.per_capita",
                            {"numerator": numerator, "denominator": bases[0], "percent": shown},
                            per=per,
                            readings=[{"numerator": n, "denominator": b, "percent": shown}
                                      for n in numerators for b in bases if (n, b) != (numerator, bases[0])]))
        last = (q, bases, per) if people else None
    return out


_EACH_NAMED = re.compile(r"^([^,;。]{2,30}?[、和及与][^,;。]{2,30}?)(?:的)?分别(?:为|是|达到|达)?$")


def _listed_after(d: _Doc, q: Quantity) -> list[Quantity]:
    """The figures listed right after ``q`` in its unit ("2.63人和3.03人")."""
    out: list[Quantity] = []
    while (k := (out[-1] if out else q).index + 1) < len(d.qs):
        nxt = d.qs[k]
        if nxt.is_percent or nxt.unit != q.unit or nxt.sentence != q.sentence or d.label(nxt) not in ("、", "和", "及", "与"):
            break
        out.append(nxt)
    return out


_ITEM_NAME = re.compile(r"[^\u4e00-\u9fff()]")
_GOES_ON = re.compile(r"[,、;][\u4e00-\u9fff()]{2,12}")


def _goes_on(d: _Doc, rate: Quantity, q: Quantity) -> bool:
    """Is ``q`` the next item of the per-N list ``rate`` is in: right after it in its sentence, in its
    unit, named by a few words alone (no 每, no other figure between)?"""
    return (q.index == rate.index + 1 and q.sentence == rate.sentence and not q.is_percent
            and q.unit == rate.unit and _GOES_ON.fullmatch(d.label(q)) is not None and "每" not in d.label(q)
            # ("每百万人口报告数1,127份,其中新的和严重的报告329份": a 其中 opens a count, no further rate)
            and not d.label(q)[1:].startswith("其中")
            # (nor "…医师3.69人,全省为3.21人": the same rate of another place, of counts the text does not print)
            and not _OF_A_PLACE.fullmatch(d.label(q)))


_OF_A_PLACE = re.compile(r"[,、;](?:全|本|我)(?:国|省|市|区|县|州)(?:同期|平均|平均水平)?(?:为|是|达到|达)?")


_NEAR_POPS = 6  # population statements looked at on each side of a rate
_BY_POPULATION = re.compile(r"按(常住人口|户籍人口)(?:数)?计算")


def _population(d: _Doc, rate: Quantity, pops: list[Quantity], who: str) -> list[Quantity]:
    """The population the rate is of: the one its words name (常住/户籍) when the report states
    several; the nearest statement before the rate, else the first after it. One per kind of
    population (readings) when the report states different ones and the rate does not say which."""
    own = [p for p in pops if p.sentence == rate.sentence and p.start < rate.start]
    if own:
        return [own[-1]]  # "按46.2万常住人口计算,每万人拥有执业律师4.0人": the rate's sentence says its base
    if who in ("常住人口", "户籍人口"):
        # (its name may follow it in brackets: "共1,877户6,635人(户籍人口)"); never the other kind
        named = [p for p in pops if who[:2] in d.own_words(p) + _NAMED_AFTER.match(d.s, p.end).group()]
        pops = named or [p for p in pops if ({"常住", "户籍"} - {who[:2]}).pop() not in d.own_words(p)]
    by_kind: dict[str, list[Quantity]] = {}
    for p in pops:
        by_kind.setdefault(_CHINESE.sub("", d.label(p))[-4:], []).append(p)
    if len({p.value for p in pops}) > 1 and len(by_kind) > 1:
        return [_nearest(rate, ps) for ps in by_kind.values()][:_READINGS]
    return [_nearest(rate, pops)] if pops else []


def _nearest(rate: Quantity, figures: list[Quantity]) -> Quantity:
    """The last figure stated before the rate, else the first after it."""
    before = [p for p in figures if p.start < rate.start]
    return before[-1] if before else figures[0]


def _counted_base(d: _Doc, rate: Quantity, rest: str) -> tuple[list[Quantity], str]:
    """"每千家次检查…": the base is a figure in the unit the words start with (家次), stated before
    the rate; of several, the one whose words the rate repeats (检查); when none or several are
    named so, each (up to three values) is a reading. Returns (bases, the words left for the
    numerator)."""
    earlier = [p for p in d.in_range(rate.start - _WINDOW, rate.start) if not p.is_percent and p.unit
               and not _PER_N.search(d.label(p))]
    units = sorted({p.unit for p in earlier if rest.startswith(p.unit)}, key=len, reverse=True)
    if not units:
        return [], ""
    unit = units[0]
    what = rest[len(unit) :]
    cands = [p for p in earlier if p.unit == unit]
    scored = [(_overlap(_CHINESE.sub("", d.label(p)), what), p) for p in cands]
    best = max(sc for sc, _ in scored)
    leaders = [p for sc, p in scored if sc == best] if best >= 2 else cands
    by_value = {p.value: p for p in reversed(leaders)}  # the nearest of each value
    return (list(by_value.values()) if len(by_value) <= _READINGS else []), what


_NAME_BEFORE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:为|是|达到|达)?$")
_BRACKET_BASE = re.compile(r"[(][^()0-9]{0,12}$")


def _name_before(d: _Doc, rate: Quantity, at: int) -> str:
    """The rate's own name in its clause before 每 ("公路密度为每百平方公里…" -> 公路密度), if any."""
    lab = d.label(rate)
    m = _NAME_BEFORE.search(re.split(r"[,;:、(]", lab[:at])[-1])
    return m.group("name") if m else ""


def _base_after(d: _Doc, rate: Quantity, rest: str) -> list[Quantity]:
    """The base stated in brackets right after the rate, in the unit its words start with ("每百平方公里
    148.2公里(全县国土面积2,302.6平方公里)")."""
    nxt = d.qs[rate.index + 1] if rate.index + 1 < len(d.qs) else None
    if (nxt is None or nxt.is_percent or not nxt.unit or not rest.startswith(nxt.unit) or nxt.sentence != rate.sentence
            or not _BRACKET_BASE.fullmatch(d.s, rate.end, nxt.start)):
        return []
    return [nxt]


def _money_base(d: _Doc, rate: Quantity, rest: str) -> tuple[list[Quantity], str]:
    """"每百元营业收入中的成本84.36元": the base is the sum of money the words after 元 name (营业收入),
    stated before the rate; none when no such sum is named."""
    bases, what = _counted_base(d, rate, rest)
    named = [b for b in bases if _overlap(_CHINESE.sub("", d.label(b)), what) >= 2]
    return (named, what) if named else ([], "")


_COUNTER = re.compile(r"^[名个位辆]")
_COUNTS = ("人", "名", "位", "辆", "个", "户", "家", "所", "座", "台")
_PEOPLE_COUNTS = ("人", "名", "位")


def _named_base(d: _Doc, rate: Quantity, rest: str) -> tuple[list[Quantity], str]:
    """"每千名老年人拥有养老床位36.2张", "每万名学生配备…", "万车死亡率": the base is the count
    whose words hold the noun after 每N (老年人 -> "60岁及以上老年人口106.6万人", 车 -> "机动车保有量
    205.3万辆"), stated before the rate or after it in its paragraph; the longest such noun
    decides, and up to three values of it are readings. Returns (bases, the words left for
    the numerator)."""
    # "每千名老年人": a base of people is counted in people -- not "养老机构38家", whose words
    # share no more than a character with the noun
    people = rest.startswith(("名", "位")) or "人" in rest[:4]
    rest = _COUNTER.sub("", rest)
    para_end = d.s.find("\n", rate.end, rate.end + _WINDOW)
    figures = [p for p in [*d.in_range(rate.start - _WINDOW, rate.start),
                           *d.in_range(rate.end, para_end if para_end >= 0 else rate.end + _WINDOW)]
               if not p.is_percent and p.unit in (_PEOPLE_COUNTS if people else _COUNTS)
               and not _PER_N.search(d.label(p)) and not _TARGETED.search(d.s[p.sentence[0] : p.start])]
    for k in range(min(4, len(rest)), 0, -1):
        noun = rest[:k]
        cands = [p for p in figures if noun in _CHINESE.sub("", d.label(p))]
        if cands:
            before = [p for p in cands if p.start < rate.start]
            ordered = [*reversed(before), *(p for p in cands if p.start > rate.start)]
            by_value: dict = {}
            for p in ordered:
                by_value.setdefault(p.value, p)
            # The whole first ("参保人数287.45万人,职工医保和居民医保参保人数分别为62.31万人、…":
            # 每十万参保人员 is over all of them); the others stay readings.
            found = sorted(by_value.values(), key=lambda p: -p.value)
            return (found if len(found) <= _READINGS else []), rest[k:]
    return [], ""


def _largest_named(d: _Doc, rate: Quantity, word: str, numerator: Quantity) -> list[Quantity]:
    """The largest figure of the rate's paragraph before it, in its unit, whose own words hold ``word``,
    when it is not ``numerator`` (none else)."""
    para = d.before(_paragraph_start(d, rate.start))
    named = [p for p in d.qs[para : rate.index] if not p.is_percent and p.unit == numerator.unit
             and word in d.own_words(p) and not is_delta(d, p) and not is_previous(d, p)]
    top = max(named, key=lambda p: p.value, default=None)
    return [top] if top is not None and top.value != numerator.value else []


def _numerator(d: _Doc, rate: Quantity, what: str, bases: list[Quantity], later: bool = True) -> Quantity | None:
    """The figure the rate's words name ("发现违法行为298项次" for "…发现违法行为"), counted in the rate's
    unit or one that adds up with it (a rate in 项 of findings counted in 项次)."""
    stock = re.search(r"拥有|保有量|有效|存量", what)  # ("每千名老年人拥有养老床位": all beds, not the new)
    # "每万名劳动者拥有技能人才": what is had names the figure counted, not the base's noun before the verb
    # (a figure named only by "劳动…" is of the base's kind, not a count of 技能人才)
    if (owned := _OWNED.search(what)) and len(what) - owned.end() >= 2:
        what = what[owned.end() :]
    what = re.sub(r"[()]|数|量|发生率|拥有量|拥有|率|为|达到|达|有", "", what)
    if len(what) < 2:
        return None
    # Stated before the rate, or after it in its paragraph ("每千人口床位6.8张。…床位12594张").
    para_end = d.s.find("\n", rate.end, rate.end + _WINDOW)
    after = d.in_range(rate.end, para_end if para_end >= 0 else rate.end + _WINDOW) if later else []
    base_ids = {b.index for b in bases}

    def named(figures: list[Quantity]) -> list[tuple[int, Quantity]]:
        cands = [p for p in figures if not p.is_percent and (not is_previous(d, p) or _latest_year(d, p) is p)
                 and not is_delta(d, p)
                 and compatible(p, rate) and p.index not in base_ids and not _PER_N.search(d.label(p))
                 and not _PER_ONE.search(d.label(p))
                 and not _TARGETED.search(d.s[p.sentence[0] : p.start])]
        # (a later stage of the work is not what came in: "每万人消费投诉量" counts 投诉, not 办结投诉)
        cands = [p for p in cands if not (_LATER_STAGE.search(d.label(p)) and not _LATER_STAGE.search(what))]
        # (an aside in brackets may part a name's words, "具有大学(指大专以上)文化程度的", or be part
        # of the name, "执业(助理)医师": the label read both ways)
        scored = [(max(_overlap(re.sub(r"[()]", "", _label(d, p)), what), _overlap(_ASIDE.sub("", _label(d, p)), what)), p)
                  for p in cands]
        return [(sc, p) for sc, p in scored if sc >= min(len(what), 2)]

    # Failing that, the rate may close a paragraph whose figures the next one gives ("每千家次检查立案
    # 62.1件。\n(二)案件查处。全年立案查处环境违法案件268件").
    # (not a kind listed under a set there: "每万人诉求量733.5件。\n受理量中,诉求类31.27万件" -- the
    # kinds of what came in are not what the rate counts)
    scored = named([*d.in_range(rate.start - _WINDOW, rate.start), *after])
    if not scored and later:
        scored = named([p for p in d.in_range(rate.end, rate.end + _NEXT_PARAGRAPH)
                        if not _MEMBER_OPENED.search(d.s, p.sentence[0], p.start)])
    if not scored:
        return None
    # The head of the rate's words names what is counted ("纳税人投诉量" counts 投诉): figures that
    # name it come before figures that share only the modifiers ("受理纳税人…诉求1,362件").
    # A figure whose own clause says nothing of the rate ("共检查395家"), named only by its sentence's
    # opening ("对全区定点医药机构…"), is not what the rate counts when a figure of that sentence is named
    # by its own clause ("处理150家" for "每万名参保人员对应被处理的定点医药机构").
    # An item of a 分别 list ("第一至第四季度分别受理投诉1.18万件、…", "1月、2月、3月投诉量分别为…") is
    # one period's or unit's figure, not the whole a rate of the report's population counts.
    # (not so the latest year of a list of years: "2023年、2024年信访总量分别为4,263件次、3,862件次" -- the
    # report's year's figure is the whole)
    scored = [(sc, p) for sc, p in scored if list_names(d, p) is None or _latest_year(d, p) is p] or scored
    # "二季度每万人诉求量936件": a rate of a period named counts that period's figure, not one of a
    # period its sentence names otherwise ("上半年累计接收诉求71.80万件")
    own_period = set(_PERIOD.findall(d.s[rate.sentence[0] : rate.start]))
    if own_period:
        scored = [(sc, p) for sc, p in scored
                  if not (set(_PERIOD.findall(d.s[p.sentence[0] : p.start])) - own_period) or
                  own_period & set(_PERIOD.findall(d.s[p.sentence[0] : p.start]))]
        if not scored:
            return None
    own = {p.index: _overlap(_CHINESE.sub("", d.own_words(p)), what) for _, p in scored}
    said = {p.sentence for _, p in scored if own[p.index] >= 2}
    scored = [(sc, p) for sc, p in scored if own[p.index] or p.sentence not in said]
    head = _CHINESE.sub("", what)[-2:]
    headed = [(sc, p) for sc, p in scored if head in _CHINESE.sub("", _label(d, p))]
    scored = headed or scored
    if stock:
        # A stock ("发明专利拥有量") is not the year's flow ("发明专利授权612件").
        scored = [(sc, p) for sc, p in scored
                  if not re.search(r"授权|新增|新登记|新设|申请|全年|本年|发生", d.label(p))]
        if not scored:
            return None
    best = max(sc for sc, _ in scored)
    # Of the figures so named, the whole ("发生火灾682起"), not one of its kinds ("其他场所火灾238起"):
    # the label that ends with the thing counted ("发生火灾682起", not "火灾扑救1126起"), then
    # the larger figure.
    # (then a figure of the rate's own paragraph before one of another: "全年道路交通事故死亡97人,…,每10万
    # 人口死亡2.35人" is of the 97, not of a larger 死亡118人 in a paragraph above)
    para = d.last_before("\n", rate.start)
    # (a member of a 其中 list named by words the rate does not say is a kind: "公路总里程3,862.4公里,其中…
    # 农村公路3,036.4公里,每百平方公里公路密度132.6公里" is of the whole; "其中投诉2.94万件" for 每万人投诉量 is it)
    def a_kind(p: Quantity) -> bool:
        own = _CHINESE.sub("", d.own_words(p)).removeprefix("其中")  # ("受理的诉求中,投诉1.73万件": 投诉)
        return bool(_MEMBER_OPENED.search(d.s, d.seg_start(p.start), p.start)) and own not in what

    # ("信访总量12,847件次" ends with 信访 once its word of the whole is off: named so as much as "重复信访
    # 1,243件次", and the larger -- the whole, not a kind of it -- is what "每万人信访量" counts)
    return max((p for sc, p in scored if sc == best),
               key=lambda p: (p.unit == rate.unit, not a_kind(p),
                              _WHOLE_TAIL.sub("", _CHINESE.sub("", d.label(p)))[-2:] in what,
                              d.last_before("\n", p.start) == para, p.value))


_OWNED = re.compile(r"拥有|配备|配置")
_PERIOD = re.compile(r"[一二三四1-4]季度|[上下]半年")  # (the parts of a year a quarterly report names)
_WHOLE_TAIL = re.compile(r"(?:总量|总数|总计|合计|总额)$")
_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _label(d: _Doc, p: Quantity) -> str:
    """``p``'s words; the list's words for the latest year's figure of a 分别 list of years ("2023年、
    2024年全县信访总量分别为4,263件次、3,862件次": 3,862 is the 信访总量 of the report's year); the
    words of the earlier level for the level a change reaches ("由…的A增加到B")."""
    if _latest_year(d, p) is p:
        return d.label(list_names(d, p)[0][0])  # type: ignore[index]
    prev = d.qs[p.index - 1] if p.index > 0 else None
    if (prev is not None and _reached(d, prev) is p and is_previous(d, prev)
            and "每" not in d.s[prev.sentence[0] : prev.start]):
        # "受理群众诉求由2021年的171.66万件增加到186.42万件": the level reached is named by the words
        # before the one it rose from (not the rates per N of a sentence that rose: "每10万人中具有大学
        # 文化程度的由4,126人上升为8,350人;具有高中文化程度的由…")
        return d.label(prev)
    return d.label(p)


def _latest_year(d: _Doc, p: Quantity) -> Quantity | None:
    """The latest year's figure of the 分别 list naming years ``p`` is in ("2023年、2024年…分别为…、…"),
    named by the list's words; None when the list names no years."""
    listed = list_names(d, p)
    if listed is None:
        return None
    parts, names = listed
    years = [m.group(1) if (m := _YEAR.match(n)) else None for n in names]
    if None in years or len(set(years)) != len(years):
        return None
    return parts[years.index(max(years))]  # type: ignore[type-var]


def _named_alike_sum(d: _Doc, numerator: Quantity) -> list[Quantity]:
    """"养老机构1,862个,床位23.6万张;社区养老服务设施9,426个,床位8.4万张。每千名老年人拥有养老床位
    32.0张": figures of the numerator's paragraph named by the same words alone, each of another kind
    of holder, may make up what the rate counts together -- their sum (unprinted) is a reading."""
    own = _CHINESE.sub("", d.own_words(numerator))
    para = d.last_before("\n", numerator.start)
    alike = [p for p in d.qs[max(0, numerator.index - 8) : numerator.index + 8]
             if p is not numerator and not p.is_percent and p.unit == numerator.unit and len(own) >= 2
             and d.last_before("\n", p.start) == para and _CHINESE.sub("", d.own_words(p)) == own
             and not is_previous(d, p) and not is_delta(d, p) and not _PER_N.search(d.label(p))]
    if not alike:
        return []
    from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

    return [_sum_of(sorted([numerator, *alike], key=lambda p: p.index))]


def _in_its_sentence(d: _Doc, rate: Quantity, what: str, numerator: Quantity) -> list[Quantity]:
    """A figure before the rate in its sentence whose own words end with the rate's last word, when
    the numerator found follows the rate: another reading of what the rate counts."""
    if numerator.start < rate.start:
        return []
    last = _CHINESE.sub("", what)[-1:]
    return [p for p in d.in_range(rate.sentence[0], rate.start)
            if last and p is not numerator and not p.is_percent and compatible(p, rate)
            and not is_previous(d, p) and not is_delta(d, p) and _CHINESE.sub("", d.own_words(p)).endswith(last)][:1]


_MEMBER_OPENED = re.compile(r"[^,;:。\d]{1,12}(?<![初高])中[,:]|其中")  # a figure after "X中," or 其中 is a member


# "孕产妇死亡率24.42/10万": a rate printed as X/N (the N read as a figure, X in its words).
_SLASH_RATE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})率(?:为|是|达)?(?P<x>\d+(?:\.\d+)?)/$")
# "孕产妇死亡率和婴儿死亡率分别为8.62/10万和2.41‰": the first rate of a 分别 list, named first
_SLASH_FIRST = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,10})率(?:和|、|及|与)[\u4e00-\u9fff]{2,12}率分别(?:为|是|达)?"
                          r"(?P<x>\d+(?:\.\d+)?)/$")
_SLASH_PER = {"10万": 100_000, "十万": 100_000, "1万": 10_000, "万": 10_000, "1000": 1000, "千": 1000,
              "100万": 1_000_000, "百万": 1_000_000}
_PERSONS = ("人", "名", "例", "位")


def slash_rates(d: _Doc) -> list[Relation]:
    """"全县活产数4,126人,孕产妇死亡1例,孕产妇死亡率24.42/10万": the figure the rate's name names
    (孕产妇死亡1例) over a count of people stated before it in its sentence, or the population;
    one to three bases are readings, believed only when one explains the rate (or would but for
    one misprinted digit). A rate whose numerator is not printed is left alone."""

    out: list[Relation] = []
    pops = None
    for q in d.qs:
        per = _SLASH_PER.get(q.printed)
        m = (_SLASH_RATE.search(d.label(q)) or _SLASH_FIRST.search(d.label(q))) if per and not q.unit else None
        if m is None:
            continue
        x = m.group("x")
        start = q.start - len(x) - 1
        rate = replace(q, value=Decimal(x), low=Decimal(x), high=Decimal(x), decimals=len(x.partition(".")[2]),
                       printed=f"{x}/{q.printed}", number=x, start=start, index=-2_000_000 - q.index)
        name = m.group("name")
        para = d.before(_paragraph_start(d, q.start))
        numerator = next((p for p in reversed(d.qs[para : q.index]) if not p.is_percent and p.unit in _PERSONS
                          and _overlap(_CHINESE.sub("", d.label(p)), name) >= min(len(name), 4)), None)
        if numerator is None:
            # "全年报告甲乙类法定传染病1,047例,报告发病率168.41/10万": the nearest count of the rate's
            # own sentence whose words share a term with its name (believed only if a base explains it)
            numerator = next((p for p in reversed(d.qs[d.before(q.sentence[0]) : q.index]) if not p.is_percent
                              and p.unit in _PERSONS and _overlap(_CHINESE.sub("", d.label(p)), name) >= 2), None)
        if numerator is None:
            continue
        if pops is None:
            pops = [p for p in d.qs if p.unit in ("人", "名") and _POPULATION.search(d.label(p))]
        # The count of people in the numerator's sentence, or in the sentence before ("活产数21,846人。
        # 孕产妇死亡3人,孕产妇死亡率13.73/10万").
        first = d.before(numerator.sentence[0])
        prev = d.before(d.qs[first - 1].sentence[0]) if first else first
        counted = [p for p in d.qs[prev : numerator.index]
                   if p.unit in ("人", "名") and p.value >= numerator.value and name[-2:] not in d.label(p)]
        by_value: dict = {}
        for p in [*reversed(counted), *reversed([p for p in pops if p.start < q.start])]:
            by_value.setdefault(p.value, p)
        bases = list(by_value.values())
        if not bases or len(bases) > _READINGS or not any(_explained(numerator, b, rate, per) for b in bases):
            continue
        out.append(Relation("ratio", "ratio.per_capita", {"numerator": numerator, "denominator": bases[0],
                                                          "percent": rate}, per=per,
                            readings=[{"numerator": numerator, "denominator": b, "percent": rate} for b in bases[1:]]))
    return out
