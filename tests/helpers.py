"""Small builders shared by the tests."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from toolkit.load import Document
from toolkit.normalize import Text, normalize
from toolkit.quantities import Quantity, find_quantities


def doc(text: str, fmt: str = "txt") -> Document:
    data = text.encode("utf-8")
    return Document("inline.txt", text, fmt, "utf-8", hashlib.sha256(data).hexdigest(), len(data))


def norm(text: str, fmt: str = "txt") -> Text:
    return normalize(doc(text, fmt))


def quantities(text: str) -> list[Quantity]:
    return find_quantities(norm(text))


def engine_doc(s: str):
    """The relations engine's reading of ``s`` taken as already normalized (the perf tests' texts)."""
    from toolkit.relations.structure import _Doc

    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def random_texts(pieces: list[str], n: int, seed: int, longest: int = 60) -> list[str]:
    """``n`` texts of up to ``longest`` pieces drawn at random (seeded): a shortcut must agree with
    the plain computation on every one."""
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


ROOT = Path(__file__).resolve().parent.parent


def sample_project(base: Path, params: dict[str, str]) -> Path:
    """A project folder for runner tests: the notebooks, the sample reports in reports/ (plus a
    broken.docx that only pretends to be one), params/ holding ``params`` ({file name: YAML})."""
    shutil.copytree(ROOT / "notebooks", base / "notebooks")
    shutil.copytree(ROOT / "samples" / "reports", base / "reports")
    (base / "reports" / "broken.docx").write_bytes(b"PK\x03\x04 this is not a zip archive at all" * 10)
    (base / "params").mkdir()
    for name, text in params.items():
        (base / "params" / name).write_text(text, encoding="utf-8")
    return base


def broken_catalog(monkeypatch, text: str) -> None:
    """Make every catalog vocabulary read ``text`` (for tests of a bad catalog file)."""
    from toolkit.relations import vocab

    class _Files:
        def joinpath(self, _name):
            return self

        def read_text(self, encoding):
            return text

    monkeypatch.setattr(vocab.resources, "files", lambda _package: _Files())


def soffice() -> str:
    """LibreOffice's command; a failure under CI=true (``make system-deps`` installs it), else a skip."""
    import os

    import pytest

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice is missing: `make system-deps` (run by .ci/run) installs it")
        pytest.skip("LibreOffice not installed (make system-deps)")
    return exe


def soffice_convert(book: Path, out: Path, target: str) -> Path:
    """Convert ``book`` with headless LibreOffice (a profile of its own under ``out``) into ``out``;
    ``target`` as --convert-to takes it ("pdf", "xlsx:Calc MS Excel 2007 XML")."""
    import subprocess

    subprocess.run([soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{out}/lo",
                    "--convert-to", target, "--outdir", str(out), str(book)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{book.stem}.{target.split(':')[0]}"


def audit_text(tmp_path: Path, text: str, suffix: str = ".txt") -> list:
    """The checks of ``text`` audited as a report file (``r.txt``, or ``r.html`` …) in ``tmp_path``."""
    import toolkit

    p = tmp_path / f"r{suffix}"
    p.write_text(text, encoding="utf-8")
    return toolkit.audit(p).checks


def ratios(tmp_path: Path, text: str) -> list[tuple]:
    """(numerator, denominator, percent, status) of every ratio check of ``text``, sorted."""
    return sorted((c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
                  for c in audit_text(tmp_path, text) if c.kind == "ratio")


def operands_of(tmp_path: Path, text: str, kind: str, suffix: str = ".txt") -> list[tuple]:
    """(operands by the kind's roles, status) of every check of ``kind`` in ``text``: (total, parts,
    status) of sums, (numerator, denominator, percent, status) of ratios, (smaller, larger, status) of
    bounds, (current, percent, status) of changes, (values, status) of equalities."""
    out: list[tuple] = []
    for c in audit_text(tmp_path, text, suffix):
        if c.kind != kind:
            continue
        ops = c.operands
        if kind == "sum":
            out.append((ops["total"], tuple(ops["parts"]), c.status))
        elif kind == "ratio":
            out.append((ops["numerator"], ops["denominator"], ops["percent"], c.status))
        elif kind == "bound":
            out.append((ops["smaller"], ops["larger"], c.status))
        elif kind == "change":
            out.append((ops.get("current"), ops.get("percent"), c.status))
        else:
            out.append((tuple(ops.get("values", ())), c.status))
    return out


def rule_messages(tmp_path: Path, text: str, rule: str | None = None) -> list[tuple[str, str, str]]:
    """(rule, status, message) of every check of ``text`` whose rule starts with ``rule``."""
    return [(c.rule, c.status, c.message_zh) for c in audit_text(tmp_path, text)
            if rule is None or c.rule.startswith(rule)]


def failing(tmp_path: Path, text: str) -> list[str]:
    """The messages of every failing check of ``text``."""
    return [c.message_zh for c in audit_text(tmp_path, text) if c.status == "fail"]
