"""The review notebook in a real browser: JupyterLab on 127.0.0.1 with a token, Debian's Chromium
driven by Playwright. Run all cells, pick a flag, set "confirmed" with a note, Save, and the ledger
holds it. The screenshot goes to outputs/review.png (docs/review.png is a copy for the README).

Chromium comes from Debian (make system-deps); `playwright install` is not used. Outside CI a
missing Chromium or Playwright skips; under CI=true it fails.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.kernel import notebook_kernel, venv_kernel_path
from toolkit.ledger import ENV_VAR, open_ledger

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
NOTEBOOK = "notebooks/review.ipynb"
SCREENSHOT = ROOT / "outputs" / "review.png"
TIMEOUT_MS = 180_000


def _require(ok: bool, why: str) -> None:
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why}; CI must have it (make system-deps, make install)")
        pytest.skip(why)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Lab:
    url: str
    token: str
    ledger: Path
    log: Path

    def api(self, method: str, path: str) -> object:
        req = urllib.request.Request(f"{self.url}{path}", method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None


def _settings(config: Path) -> None:
    """User settings for a quiet, deterministic JupyterLab: no autosave (the notebook in the
    repository must not get outputs), no news or update checks, every cell attached to the page."""
    settings = config / "lab" / "user-settings" / "@jupyterlab"
    for plugin, values in {
        "docmanager-extension/plugin": {"autosave": False},
        "apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
        "notebook-extension/tracker": {"windowingMode": "none"},
    }.items():
        f = settings / f"{plugin}.jupyterlab-settings"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(values), encoding="utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    _require(CHROMIUM.is_file(), f"{CHROMIUM} not installed")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _require(False, "playwright (Python) not installed")
    tmp = tmp_path_factory.mktemp("lab")
    config, runtime, data = tmp / "config", tmp / "runtime", tmp / "data"
    for d in (config, runtime, data):
        d.mkdir()
    _settings(config)
    env = dict(os.environ)
    env.update({
        "JUPYTER_CONFIG_DIR": str(config), "JUPYTER_RUNTIME_DIR": str(runtime), "JUPYTER_DATA_DIR": str(data),
        # the project's own interpreter as the notebook's kernel, ahead of any other on the machine
        "JUPYTER_PATH": str(venv_kernel_path(tmp / "kernels", notebook_kernel(ROOT / NOTEBOOK))),
        ENV_VAR: str(tmp / "ledger.sqlite"),
        "JUPYTER_PLATFORM_DIRS": "1",
    })
    port, token = _free_port(), secrets.token_hex(16)
    log = tmp / "jupyter.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jupyterlab", "--no-browser", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
             f"--ServerApp.root_dir={ROOT}", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
             *(["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else [])],  # CI runs as root
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    server = Lab(f"http://127.0.0.1:{port}", token, tmp / "ledger.sqlite", log)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited ({proc.returncode}):\n{log.read_text(errors='replace')[-3000:]}")
            try:
                server.api("GET", "/api/status")
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer in 120 s:\n{log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.5)
        yield server
    finally:
        try:  # the kernels first, so that none outlives the server
            for k in server.api("GET", "/api/kernels") or []:
                server.api("DELETE", f"/api/kernels/{k['id']}")
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=30)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_review_in_jupyterlab_saves_to_the_ledger(lab) -> None:
    from playwright.sync_api import expect, sync_playwright

    notebook_sha = _sha(ROOT / NOTEBOOK)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 980})
        page.set_default_timeout(TIMEOUT_MS)
        expect.set_options(timeout=TIMEOUT_MS)
        try:
            page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
            page.locator(".jp-NotebookPanel").first.wait_for()
            # The kernel is up and it is the venv's (the kernelspec the test put on JUPYTER_PATH). The
            # toolbar's execution indicator says "idle" before any kernel exists: read the status bar.
            expect(page.locator(".jp-StatusBar-Widget").first).to_contain_text("Python 3 (audit-workbook venv) | Idle")
            page.locator(".jp-SideBar .lm-TabBar-tab.lm-mod-current").first.click()  # fold the file browser
            expect(page.locator(".jp-FileBrowser")).to_be_hidden()

            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator('.lm-Menu-item[data-command="runmenu:run-all"]:not(.lm-mod-disabled)').click()

            panel = page.locator(".aw-review")
            panel.wait_for()
            flags = panel.locator(".aw-flags select")
            expect(flags.locator("option")).to_have_count(11)  # songling-2024-print.pdf is songling-2024.txt
            expect(panel.locator(".aw-counter")).to_contain_text("11 / 11 条疑点待复核")  # the panel speaks zh by default

            flags.select_option(label="[待定] error · ratio.rate · songling-2023.txt")
            detail = panel.locator(".aw-detail")
            expect(detail).to_contain_text("songling-2023.txt")
            expect(detail.locator("mark.aw-figure", has_text="97.8%").first).to_be_visible()
            check_id = detail.locator("code.aw-check-id").inner_text().strip()

            panel.locator(".aw-disposition select").select_option(label="确认")  # confirmed, in zh
            panel.locator(".aw-reviewer input").fill("浏览器测试")
            note = "台账核对:2672/2765 = 96.64%,报告写 97.8%"
            panel.locator(".aw-note textarea").fill(note)
            panel.locator("button.aw-save").click()
            expect(panel.locator(".aw-status")).to_contain_text(f"保存 {check_id} 的处置:确认")
            expect(panel.locator(".aw-counter")).to_contain_text("10 / 11 条疑点待复核")
            expect(flags.locator("option", has_text="[确认] error · ratio.rate")).to_have_count(1)

            panel.evaluate("e => e.scrollIntoView({block: 'start'})")
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))

            # An auditor's own file, without YAML: the path box is checked as it is typed.
            path_box = panel.locator(".aw-path input")
            path_box.fill("samples/reports/nope.txt")
            expect(panel.locator(".aw-path-status")).to_contain_text("没有这个文件或文件夹")
            expect(panel.locator("button.aw-audit")).to_be_disabled()
            path_box.fill("samples/reports/linjiang-2023.docx")
            expect(panel.locator(".aw-path-status")).to_contain_text("报告 linjiang-2023.docx")
            panel.locator("button.aw-audit").click()
            expect(flags.locator("option")).to_have_count(2)
            expect(panel.locator(".aw-status")).to_contain_text("已审计 1 份报告:2 条疑点")
        except Exception:
            SCREENSHOT.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOT.with_name("review-failure.png")))
            raise
        finally:
            browser.close()

    with open_ledger(lab.ledger, create=False) as ledger:
        d = ledger.dispositions()[check_id]
        assert (d["disposition"], d["reviewer"], d["note"], d["source"]) == ("confirmed", "浏览器测试", note,
                                                                           "notebook")
        assert [r["reports"] for r in ledger.runs()] == [6, 1]  # the sample run, then the file audited by path
        assert [h["new_disposition"] for h in ledger.history(check_id)] == ["confirmed"]
    assert _sha(ROOT / NOTEBOOK) == notebook_sha  # nothing saved into the repository's notebook
    assert SCREENSHOT.stat().st_size > 20_000
