"""Screenshots of the executed notebooks for the README: docs/notebook-summary.png (the summary
an auditor reads first) and docs/chart.png (a trend chart with Chinese labels).

    .venv/bin/python docs/make_notebook_screenshots.py

Runs two parameter files of params/ with `audit-workbook run` into a temporary folder, opens
the sign-off pages (report.html, no code cells) in Debian's Chromium through Playwright, as
tests/test_browser.py does, and saves the two pictures. Needs Chromium and a CJK font
(`make system-deps`).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

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


def shoot(run_dir: Path, docs: Path) -> list[Path]:
    """The summary of qinghe-2023's notebook and the first chart of the comparison."""
    from playwright.sync_api import sync_playwright

    summary_png, chart_png = docs / "notebook-summary.png", docs / "chart.png"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 640}, device_scale_factor=1)
            page.goto((run_dir / "qinghe-2023" / "report.html").as_uri())
            page.wait_for_load_state("load")
            page.screenshot(path=str(summary_png))  # one screen: what the notebook opens with
            page.goto((run_dir / "compare-samples" / "report.html").as_uri())
            page.wait_for_load_state("load")
            chart = page.locator(".jp-OutputArea-output img").first
            chart.scroll_into_view_if_needed()
            chart.screenshot(path=str(chart_png))
        finally:
            browser.close()
    return [summary_png, chart_png]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(run_notebooks(Path(tmp)), ROOT / "docs"):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
