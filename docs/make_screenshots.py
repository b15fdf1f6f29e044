"""Render the Flags sheet of the sample run with LibreOffice and save docs/flags.png.

    .venv/bin/python docs/make_screenshot.py

Needs LibreOffice (soffice) and poppler's pdftoppm, as installed by .ci/run.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import toolkit  # noqa: E402


def render_flags(workbook: Path, out_png: Path, resolution: int = 110) -> Path:
    """Flags sheet -> PDF (LibreOffice) -> PNG of its first page (pdftoppm)."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        wb = openpyxl.load_workbook(workbook)
        for name in list(wb.sheetnames):
            if "Flags" not in name:
                del wb[name]
        flags = tmp_path / "flags.xlsx"
        wb.save(flags)
        subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(flags)],
                       check=True, capture_output=True, timeout=300)
        subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-f", "1", "-l", "1", "-singlefile",
                        str(tmp_path / "flags.pdf"), str(tmp_path / "flags")], check=True, timeout=120)
        shutil.copyfile(tmp_path / "flags.png", out_png)
    return out_png


def main() -> int:
    reports = sorted((ROOT / "samples" / "reports").iterdir())
    with tempfile.TemporaryDirectory() as tmp:
        book = toolkit.write_workbook(toolkit.audit_many(reports), Path(tmp) / "audit.xlsx")
        print(render_flags(book, ROOT / "docs" / "flags.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
