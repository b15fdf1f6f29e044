"""toolkit._lazy: rfc3987_syntax (2.6 s of grammar building) is imported only when an iri format is checked."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
import toolkit, nbformat, papermill  # what every runner process imports
assert getattr(sys.modules["rfc3987_syntax"], "_audit_workbook_stand_in", False), "stand-in not installed"
assert "rfc3987_syntax.syntax_helpers" not in sys.modules, "the grammar was built at import"
from jsonschema import FormatChecker
checker = FormatChecker()
assert checker.conforms("https://example.org/a", "iri")
assert not checker.conforms("http://exa mple.org/a b", "iri")  # the real parser answers
assert "rfc3987_syntax.syntax_helpers" in sys.modules
import rfc3987_syntax
assert not getattr(rfc3987_syntax, "_audit_workbook_stand_in", False)
print("ok")
"""


def test_rfc3987_syntax_is_deferred_until_first_use() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_nothing_is_deferred_when_jsonschema_came_first() -> None:
    script = ("import sys, jsonschema, toolkit\n"
              "m = sys.modules.get('rfc3987_syntax')\n"
              "print(getattr(m, '_audit_workbook_stand_in', False))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
