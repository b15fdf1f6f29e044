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
