"""What a check says to an auditor: its message, its Expected / Observed / Difference, its rule in words.

Presentation only: everything here is rendered from a check's ``kind``, ``operands``,
``status`` and evidence (each figure's printed form, its metric key and the words before
it), so the workbook can render the checks of any run, and the engine's JSON keeps its
meaning. Every figure is named ("整改率 97.8%,但 已整改 2672项 / 排查隐患 2765项 = 96.64%").

The columns mean one thing per kind (``figures``):

- sum: Expected = the stated total, Observed = the sum of the parts;
- ratio: Expected = the stated percent, Observed = the computed one at the printed decimals;
- change: Expected = the previous figure (the one printed or reported last year, else the
  nearest whole count), Observed = the previous figure the stated change implies;
- bound: Expected = the limit, Observed = the figure that must not exceed it (relation "≤");
- equal: Expected = the first statement, Observed = the last;
- count_amount: Observed = the fine per case (万元/件) or the amount, Expected = the limit.

Difference is always Observed - Expected, in the unit shown.

Modules: ``figures`` (numbers as printed, the names of figures), ``difference`` (Expected /
Observed / Difference), ``wording`` (the message of a check), ``rules`` (each rule in words:
the ``RULE_TEXT`` table), ``grouping`` (one root cause, one flag group).
"""

from __future__ import annotations

from .difference import Columns, _columns, columns, expected_places, shown  # noqa: F401  (re-exported)
from .figures import FAIL, PASS, UNVERIFIABLE, Figure, clean_label, decimals, figures_of, metric_label, number, unit_of  # noqa: F401  (re-exported)
from .grouping import FlagGroup, flag_groups  # noqa: F401  (re-exported)
from .rules import RULE_TEXT, rule_text  # noqa: F401  (re-exported)
from .wording import _render, render  # noqa: F401  (re-exported)


