"""False alarms found on consistent texts written for the project (session 24, helper fa58: 政府信息公开
reports of 2009-2019 in the old template, 依法行政 reports, 市长热线/12345 and 行政复议/信访 summaries of
西部/东北 agencies, as CMS HTML, PDF copies, Markdown and Word). Each rule is a statement about how
Chinese reports state figures, tested on project sentences, with a variant whose arithmetic is broken
that must still fail where the reading is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


# --- a clause opening on a word pointing back at the items just listed (以上, 上述) or on 共 counts
# those items again: a subtotal inside the list, not one more part of the whole ---

_BACK = "某旗司法局2017年工作总结。全年共审结复议案件{total}件。审结的{total}件中，维持{kept}件；撤销5件，变更1件，确认违法2件，{sub}8件；驳回3件。"


def test_subtotal_pointing_back_at_the_items_listed(tmp_path) -> None:
    for sub in ("以上直接纠错", "以上共计纠错", "上述纠错", "共纠错"):
        # 20 = 9 + 5 + 1 + 2 + 3: the 8 corrected are 5 + 1 + 2 again
        assert failing(tmp_path, _BACK.format(total=20, kept=9, sub=sub)) == [], sub
    # the list without the subtotal still has to add up
    assert failing(tmp_path, _BACK.format(total=20, kept=10, sub="以上直接纠错"))


# --- a bracket right after a named rate, holding one figure named by the rate's base words, prints the
# rate's base: it is read before any figure further back (an activity count of another set) ---

_BRACKET = ("某地区2019年信访通报。全年开展领导干部接访下访活动1214次，其中地级领导接访下访86次，"
            "县级领导接访下访1128次。化解信访积案274件，化解率{rate}%（年初积案296件）。")


def test_rate_over_the_base_in_its_bracket(tmp_path) -> None:
    assert failing(tmp_path, _BRACKET.format(rate="92.6")) == []  # 274 / 296, not 274 / 1214
    assert failing(tmp_path, _BRACKET.format(rate="95.6"))  # no base explains it


# --- an addition named as a part of a running total (其中…新增) right before a change: the change may be
# the total's or the part's (against last year's additions, not printed) -- no reading is sure ---

_ADDED = "某旗2012年报告。截至2012年底，全旗累计主动公开政府信息8643条，{tail}"


def test_change_after_an_added_part_of_a_running_total(tmp_path) -> None:
    # 2158 / 1832 = +17.8%: the additions' change, not the total's (8643 / 6485 = +33.3%)
    assert failing(tmp_path, _ADDED.format(tail="其中2012年新增2158条，比上年增长17.8%。")) == []
    assert failing(tmp_path, _ADDED.format(tail="其中2012年新增2158条，比2011年新增数（1832条）增长17.8%。")) == []
    # an increase not named as a part is the total's: its change still fails
    assert failing(tmp_path, _ADDED.format(tail="比上年新增2158条，增长23.3%。"))


# --- a change naming the whole year's measure in a sentence of its own is of no figure of a day, a peak
# or an average in the sentence before ---

_PEAK = "某县2017年县长热线。全年受理诉求18426件，日均50件，单日最高受理量出现在1月3日，为187件。全年受理量比上年{prev}增长{pct}%。"


def test_whole_year_change_not_of_the_peak_day(tmp_path) -> None:
    # 187 / 1.064 is no whole number of calls: but 187 is one day's, not the year's
    assert failing(tmp_path, _PEAK.format(prev="", pct="6.4")) == []
    assert failing(tmp_path, _PEAK.format(prev="的17318件", pct="8.4"))  # 18426 / 17318 = +6.4%


# --- a set opening a figure's words with no stop after it ("审结的案件中维持4件") names what the figure is
# drawn from: the figure is a part of that set, not a figure of its stage (a later stage's bound) ---

_OPENED = "某自治县2016年行政复议。县政府全年审结行政复议案件21件；审结的案件中维持{kept}件，撤销、确认违法等纠错{fixed}件，终止2件。"


def test_set_opening_the_words_is_no_stage_of_the_figure(tmp_path) -> None:
    # 15 corrected beside 4 upheld: two outcomes of the 21 closed, no funnel from 维持 to 纠错
    assert failing(tmp_path, _OPENED.format(kept=4, fixed=15)) == []
    # a later stage named after the set is still bounded by the set's figure
    text = "某县2018年工作总结。派发工单5000件，派发的工单中已办结{done}件。"
    assert failing(tmp_path, text.format(done=4900)) == []
    assert failing(tmp_path, text.format(done=5100))


# --- a rate whose numerator names a narrower kind of matter than its base words (信访积案 of 信访 work,
# rate_subjects.object_of_the_rate) is over a figure naming that kind; none printed, it is not read ---


def test_resolved_backlog_over_a_backlog_figure_only(tmp_path) -> None:
    head = "某县2015年信访工作。"
    # an activity count (接访48次) and the closed work of the wider set (办结信访事项) are no base of it
    assert failing(tmp_path, head + "县领导全年公开接访48次，接待群众186批次，包案化解信访积案26件，化解率92.3%。") == []
    assert failing(tmp_path, head + "已办结信访事项3412件，其中按期办结3364件。化解信访积案48件，化解率92.3%。") == []
    # a figure of the backlog itself is its base: a wrong rate over it still fails
    assert failing(tmp_path, head + "年初排查信访积案42件，年内化解信访积案38件，化解率90.5%。") == []
    assert failing(tmp_path, head + "年初排查信访积案42件，年内化解信访积案38件，化解率95.5%。")
