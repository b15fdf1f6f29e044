"""What a long report's memory depends on: per-figure and per-check objects stay slim.

A 20 MB text has ~200,000 figures and ~130,000 checks (bench/README.md, issue 14): a check that
stored its two rendered messages again, or a figure with a ``__dict__``, puts the peak back over
the target. These tests look at the objects' shape, not at a machine's memory figures.
"""

from __future__ import annotations

import random
from array import array
from dataclasses import fields

import toolkit
from toolkit import messages
from toolkit.checks import Check
from toolkit.normalize import OffsetMap

TEXT = ("本年度共受理政府信息公开申请260件,其中当面申请70件,网络申请150件,信函申请40件。"
        "办结率为95%,较上年增长5%。共办理行政复议案件18件,其中维持12件、撤销6件。\n")


def _audit(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, encoding="utf-8")
    return toolkit.audit(p)


def test_checks_render_their_messages_when_asked(tmp_path) -> None:
    checks = _audit(tmp_path).checks
    assert len(checks) >= 2
    for c in checks:
        zh, en = c.message_zh, c.message_en
        assert zh and en and (zh, en) == messages.render(c)
        # Not stored: no slot of the check holds either message.
        held = [getattr(c, f.name) for f in fields(c)]
        assert zh not in held and en not in held and c._messages is None
        assert not hasattr(c, "__dict__") and not any(hasattr(e, "__dict__") for e in c.evidence)
        d = c.to_dict()
        assert (d["message_zh"], d["message_en"], d["message"]) == (zh, en, c.message)
        assert list(d)[9:11] == ["message_zh", "message_en"]  # the JSON's key order is kept


def test_messages_given_to_a_check_are_kept() -> None:
    c = Check(id="x", kind="sum", rule="sum.breakdown", status="pass", severity="error", operands={},
              expected=1, observed=1, difference=0, message_zh="中文说明", message_en="the English")
    assert (c.message_zh, c.message_en, c.message) == ("中文说明", "the English", "中文说明 / the English")
    c.message_en = "changed"
    assert c.to_dict()["message"] == "中文说明 / changed"


def test_figures_are_slim_and_share_their_sentence(tmp_path) -> None:
    qs = toolkit.api._read(_write(tmp_path), None, None, None, None).quantities
    assert not any(hasattr(q, "__dict__") for q in qs)
    first_sentence = [q for q in qs if q.sentence == qs[0].sentence]
    assert len(first_sentence) == 4 and all(q.sentence is qs[0].sentence for q in first_sentence)
    assert len({id(q.attrs) for q in qs}) == 1 and not qs[0].attrs
    assert len({id(q.unit) for q in qs if q.unit == "件"}) == 1


def _write(tmp_path):
    p = tmp_path / "q.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_offset_map_reads_like_the_array() -> None:
    rng = random.Random(14)
    for _ in range(2000):
        values, v = [], rng.randint(0, 5)
        for _ in range(rng.randint(0, 40)):
            r = rng.random()  # mostly +1 (a run), sometimes repeated, skipped ahead or back
            v = v + 1 if r < 0.6 else v if r < 0.7 else v + rng.randint(2, 5) if r < 0.9 else max(0, v - 3)
            values.append(v)
        m, n = OffsetMap(array("q", values)), len(values)
        assert len(m) == n and bool(m) == bool(values) and list(m) == values and m == values
        assert [m[i] for i in range(-n, n)] == values + values
        a, b = sorted(rng.randint(-n - 2, n + 2) for _ in range(2))
        assert list(m[a:b]) == values[a:b]
    runs = OffsetMap(array("q", [*range(0, 1000), *range(2000, 3000)]))
    assert len(runs._starts) == 2  # two runs, not 2,000 entries
