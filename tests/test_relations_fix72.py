"""False alarms and dropped misprints of a set written blind to the engine (session 28, helper fix72). Each rule
is a statement about how Chinese reports state figures, tested on project sentences, each with a variant whose
arithmetic is broken that must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

# --- the figure due to appear (应出庭, 应当出庭) is the base of the appearance rate stated beside it: never the
# suits decided (审结) of the sentence before, the base of another rate ---

# (a base 61 one misprint from the rate, 45/61 = 73.8% against 93.8%: the engine read the 45 as a misprint)
_DUE = ("全年审结61件，被告机关败诉5件，败诉率8.2%。\n"
        "{topic}，全年应出庭48件，负责人实际出庭{a}件，出庭率93.8%。\n")


def test_the_figure_due_is_the_base_of_the_appearance_rate(tmp_path) -> None:
    for topic in ("机关负责人出庭应诉方面", "首长出庭应诉情况"):
        ratios = operands_of(tmp_path, _DUE.format(topic=topic, a="45"), "ratio")
        assert (45, 48, 93.8, "pass") in ratios
        assert not [r for r in ratios if r[0] == 45 and r[2] == 93.8 and r[3] != "pass"]
        ratios = operands_of(tmp_path, _DUE.format(topic=topic, a="43"), "ratio")
        assert (43, 48, 93.8, "fail") in ratios


# --- a bare 占 after a 其中 list of two items or more ("…N件,其中A a件、B b件,占…的P%") reads of the clause's
# subject, the figure the 其中 details, as well as of the list's last item: both readings, never the item alone ---

_LIST = "本年度办结投诉120件；以调解方式结案{w}件，其中现场调解10件、电话调解8件，占办结总数的15.0%。\n"


def test_a_share_after_a_list_reads_the_clauses_subject(tmp_path) -> None:
    ratios = operands_of(tmp_path, _LIST.format(w="18"), "ratio")
    assert (18, 120, 15.0, "pass") in ratios
    assert not [r for r in ratios if r[3] == "fail"]
    # a misprinted subject fails: neither it nor the last item is 15.0% of the 120
    ratios = operands_of(tmp_path, _LIST.format(w="19"), "ratio")
    assert (19, 120, 15.0, "fail") in ratios
