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


# --- a bracket after a money total lists its parts even when their figures carry thousands commas ---

_BRACKET = "全年收缴罚没款共计{t}元（罚款1,204,300元，没收违法所得96,500元）。\n"


def test_a_bracketed_list_of_money_with_thousands_commas(tmp_path) -> None:
    assert (1300800, (1204300, 96500), "pass") in operands_of(tmp_path, _BRACKET.format(t="1,300,800"), "sum")
    assert (1308000, (1204300, 96500), "fail") in operands_of(tmp_path, _BRACKET.format(t="1,308,000"), "sum")


# --- money named by contracting its two parts' names (罚没款 = 罚款 + 没收…) is their sum: a pair short of it
# by one slip fails; a gap no slip explains may be a third kind of money, and is not called an error ---

_CONTRACTED = "全年罚没款{t}万元，其中罚款215.40万元、没收违法所得36.25万元，同比增长8.0%。\n"


def test_a_contracted_money_whole_is_its_two_parts(tmp_path) -> None:
    assert (251.65, (215.4, 36.25), "pass") in operands_of(tmp_path, _CONTRACTED.format(t="251.65"), "sum")
    assert (281.65, (215.4, 36.25), "fail") in operands_of(tmp_path, _CONTRACTED.format(t="281.65"), "sum")
    sums = operands_of(tmp_path, _CONTRACTED.format(t="290.00"), "sum")
    assert not [s for s in sums if s[2] == "fail"]


# --- metrics: a total closing a list of kinds in its sentence (合计/共计 N) is the figure of a key that counts
# every kind of its thing (``summed`` in catalog/metrics.yaml), not the list's first part; a key naming one kind
# of a list of outcomes (败诉 among 胜诉, 撤诉) is not handed to the list's total ---


def _metrics_of(text: str) -> dict[str, object]:
    from helpers import norm

    from toolkit.metrics import find_metrics
    from toolkit.quantities import find_quantities

    t = norm(text)
    return {m.key: m.value for m in find_metrics(t, find_quantities(t))}


def test_a_closing_total_is_the_metric_of_every_kind() -> None:
    found = _metrics_of("全年举办依法行政专题培训班3期，另组织执法骨干轮训5期，共计8期，培训各类人员420人次。"
                        "罚款、没收违法所得分别为41.20万元和2.35万元，共计罚没款43.55万元。\n")
    assert found.get("training.sessions") == 8 and found.get("penalties.amount") == 43.55
    found = _metrics_of("审结行政诉讼案件中，胜诉7件、败诉2件、原告撤诉3件，合计12件。\n")
    assert found.get("litigation.lost") == 2


def test_a_total_of_several_keys_figures_is_none_of_them() -> None:
    found = _metrics_of("全年共作出行政许可1,250件、行政处罚430件，实施行政检查2,600次，合计4,280件（次）。\n")
    assert found.get("penalties.count") == 430
