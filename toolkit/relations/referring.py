"""Figures that say which stage they go on from: "对办结的转派件开展回访42.17万件" (回访 of what
was closed), "对已办结工单回访…". What such a figure counts is bounded by a figure of the stage it
names, named by the same word and not as work done in time (some closed late are called back too),
or by a figure of an earlier stage of what its words name ("转派承办单位办理55.44万件")."""

from __future__ import annotations

import re

from .stages import _NOT_CJK, _Named, _strip, load_stages, naming
from .structure import _Doc


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


_ADVERB = re.compile(r"(?:已|按期|按时|如期|及时)?")


def referred_stage(d: _Doc, p: _Named, pid: str, level: int) -> int | None:
    """The earlier stage of ``pid`` the later figure's sentence says it is of ("对已办结工单回访96,842件",
    "对办结的事项开展回访…": 办结), when the words before it name one after 对; else None."""
    head = d.s[p.q.sentence[0] : p.q.start]
    k = head.rfind("对")
    if k < 0:
        return None
    levels = dict(load_stages().processes)[pid]
    at = _ADVERB.match(head, k + 1).end()  # "对已办结…", "对按期办结的事项…": the stage after
    named = [(i, m) for i, (before, _) in enumerate(levels[:level])
             if before is not None and (m := before.match(head, at)) is not None]
    if len(named) != 1:
        return None
    own = levels[level][0]  # the figure's own stage is named after the words referred to
    return named[0][0] if own is None or own.search(head, named[0][1].end()) else None


def of_the_referred(d: _Doc, p: _Named, c: _Named, pid: str, referred: int, *, narrower: bool = False) -> bool:
    """May ``c`` bound what a referring figure counts ("对办结的转派件开展回访42.17万件")? A figure of
    the stage referred to, named by the same word and not as work done in time ("按时办结54.99万件":
    some closed late were called back too; "实际解决…": another word, fewer than closed); or a
    figure of an earlier stage of what the referring words name ("转派承办单位办理55.44万件": the
    closed are among those handed on)."""
    level = c.stages[pid]
    if level > referred:
        return False
    if level == referred:
        word = _referred_word(d, p, pid, referred)
        head = d.s[p.q.sentence[0] : p.q.start]
        return (bool(word) and word in c.words and (not _in_time(c.words) or _in_time(head[head.rfind("对") :]))
                and (narrower or not _narrower(c.words, word, head[head.rfind("对") :])))
    mine = [w for w in dict(load_stages().processes)[pid][p.stages[pid]] if w is not None]
    own = _strip(referring_words(d, p, pid, referred), mine)  # (not 转派 of "转派件": what was closed)
    around = d.s[c.q.sentence[0] : c.q.start] + c.words
    return bool(bigrams(own) & bigrams(_NOT_CJK.sub("", around)))


# words before a stage word that narrow nothing: time, scope of the whole, "already", "in all"
_PLAIN = re.compile(r"截至|全年|上半年|下半年|本年度|本年|本月|全月|本期|当期|本季度|年内|当年|已经|已|共计|共|累计|"
                    r"合计|总计|实际|全部|依法|全[省市区县镇州盟旗国]|本级|热线|平台|中心|[^\u4e00-\u9fff]")


_KIND_OF_WORK = re.compile(r"件|工单|诉求|事项|直接|直办|转|即办|网上|线上")


def _narrower(words: str, word: str, referring: str) -> bool:
    """Does a figure of the stage referred to count a narrower set than the referring words name --
    its words qualify the stage by a kind the referring words do not ("转办件已办结85,472件" against
    "对已办结诉求回访…": the called-back closed are all the closed, direct ones too)?"""
    qualifier = _PLAIN.sub("", words[: words.find(word)])
    # (a kind of work or a way of handling it; not the body that did it: "承办单位已办结…" are the 工单's)
    return len(qualifier) >= 2 and _KIND_OF_WORK.search(qualifier) is not None \
        and not bigrams(qualifier) & bigrams(referring)


def _in_time(words: str) -> bool:
    """Do ``words`` name work done in time (the ``timeliness`` process's later stage: 按期办结)?"""
    levels = dict(load_stages().processes).get("timeliness")
    return bool(levels) and levels[-1][0] is not None and bool(levels[-1][0].search(words))


def _referred_word(d: _Doc, p: _Named, pid: str, referred: int) -> str:
    """The stage word a later figure refers to ("对已办结工单回访…": 办结)."""
    head = d.s[p.q.sentence[0] : p.q.start]
    at = _ADVERB.match(head, head.rfind("对") + 1).end()
    before = dict(load_stages().processes)[pid][referred][0]
    m = before.match(head, at) if before is not None else None
    return m.group() if m is not None else ""


def referring_words(d: _Doc, p: _Named, pid: str, referred: int) -> str:
    """The words after the stage a later figure refers to ("对办结诉求开展电话回访": 诉求开展电话回访)."""
    head = d.s[p.q.sentence[0] : p.q.start]
    at = _ADVERB.match(head, head.rfind("对") + 1).end()
    before = dict(load_stages().processes)[pid][referred][0]
    m = before.match(head, at) if before is not None else None
    return _NOT_CJK.sub("", head[m.end() :]) if m is not None else ""


def fits_the_referred(d: _Doc, p: _Named, c: _Named) -> bool:
    """A figure saying which stage it goes on from ("对办结工单回访121,560件") is bounded by a
    figure of that stage only when named by the same word, not as done in time ("实际解决…",
    "按期办结…" count fewer than were closed: referring.py); by one of an earlier stage only when
    no figure of the stage it names is stated before it ("已办结9,612件。…申请延期办理工单118件。…
    对已办结工单回访5,208件": the closed are the set, the 118 another one)."""
    for pid, level in p.stages.items():
        referred = referred_stage(d, p, pid, level) if pid in c.stages else None
        if referred is None or c.stages[pid] > referred:
            continue
        if not of_the_referred(d, p, c, pid, referred) if c.stages[pid] == referred \
                else the_referred_stated(d, p, pid, referred):
            return False
    return True


_REACH = 40  # figures looked back for one of the stage referred to (as far as distant funnels look)


def the_referred_stated(d: _Doc, p: _Named, pid: str, referred: int) -> bool:
    """Is a figure of the stage ``p`` refers to, named by the same word, stated in reach before it?"""
    for r in d.qs[max(0, p.q.index - _REACH) : p.q.index]:
        c = naming(d, r) if not r.is_percent else None
        # (a narrower figure of that stage states it too: "转办件已办结…。对已办结诉求回访…" is of the closed)
        if c is not None and c.stages.get(pid) == referred and of_the_referred(d, p, c, pid, referred, narrower=True):
            return True
    return False
