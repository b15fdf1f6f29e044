"""Screenshots of the executed notebooks for the README: docs/notebook-summary.png (the summary
an auditor reads first) and docs/chart.png (a trend chart with Chinese labels).

    .venv/bin/python docs/make_notebook_screenshots.py     # or: make screenshots (docs/make_screenshots.py)

Runs two parameter files of params/ with `audit-workbook run` into a temporary folder, opens
the sign-off pages (report.html, no code cells) in Debian's Chromium through Playwright, as
tests/test_browser.py does, and saves the two pictures. Needs Chromium and a CJK font
(`make system-deps`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"]


def run_notebooks(output_root: Path) -> Path:
    """Execute the single-report and the comparison notebooks; return the run folder."""
    from toolkit import runner

    manifest = runner.run([ROOT / "params" / "qinghe-2023.yaml", ROOT / "params" / "compare-samples.yaml"],
                          run_id="docs", root=ROOT, output_root=output_root, ledger=False)
    broken = [r["name"] for r in manifest.runs if r["status"] == "error"]
    if broken:
        raise SystemExit(f"runs failed: {', '.join(broken)} (see {manifest.path})")
    return Path(manifest.path).parent


def _page(run_dir: Path, name: str, viewport: dict[str, int]) -> tuple[Any, Any, Any]:
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
    page = browser.new_page(viewport=viewport, device_scale_factor=1)
    page.goto((run_dir / name / "report.html").as_uri())  # the sign-off page: no code cells
    page.wait_for_load_state("load")
    return pw, browser, page


def shoot_summary(run_dir: Path, out: Path) -> Path:
    """One screen of qinghe-2023's executed notebook: what it opens with."""
    pw, browser, page = _page(run_dir, "qinghe-2023", {"width": 1100, "height": 640})
    try:
        page.screenshot(path=str(out))
    finally:
        browser.close()
        pw.stop()
    return out


def shoot_chart(run_dir: Path, out: Path) -> Path:
    """The first trend chart of the comparison notebook (Chinese labels)."""
    pw, browser, page = _page(run_dir, "compare-samples", {"width": 1100, "height": 900})
    try:
        chart = page.locator(".jp-OutputArea-output img").first
        chart.scroll_into_view_if_needed()
        chart.screenshot(path=str(out))
    finally:
        browser.close()
        pw.stop()
    return out


def _run_dir(shots: Any) -> Path:
    """docs/make_screenshots.py's Shots: the notebooks run once into its temporary folder."""
    if getattr(shots, "notebook_run", None) is None:
        shots.notebook_run = run_notebooks(Path(shots.tmp) / "notebooks")
    return shots.notebook_run


def shot_notebook_summary(shots: Any, out: Path) -> Path:
    """An entry of docs/make_screenshots.py's SHOTS."""
    return shoot_summary(_run_dir(shots), out)


def shot_chart(shots: Any, out: Path) -> Path:
    """An entry of docs/make_screenshots.py's SHOTS."""
    return shoot_chart(_run_dir(shots), out)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        run_dir = run_notebooks(Path(tmp))
        print(shoot_summary(run_dir, ROOT / "docs" / "notebook-summary.png"))
        print(shoot_chart(run_dir, ROOT / "docs" / "chart.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
