"""End-to-end: `vigil serve` in a subprocess on a free loopback port, the dashboard driven in
Debian's headless Chromium through Playwright: load, filter, open an event, see its evidence
highlighted, and a report carrying <script> and <img onerror> that must not run.

Without Chromium (or Playwright) these tests skip, unless VIGIL_REQUIRE_BROWSER=1 (as in CI),
where they fail. VIGIL_SCREENSHOTS=1 writes docs/dashboard.png, docs/dashboard-event.png and docs/event-view.png.
"""
from __future__ import annotations

import os
import subprocess
import json
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.test_serve_helpers import XSS, fill_store
from vigil.serve import launch

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("VIGIL_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
DOCS = Path(__file__).resolve().parent.parent / "docs"


def _unavailable(reason: str):
    if os.environ.get("VIGIL_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required (VIGIL_REQUIRE_BROWSER=1) but {reason}", pytrace=False)
    pytest.skip(f"{reason} (install Debian's chromium: make browser)")


@pytest.fixture(scope="module")
def playwright_api():
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright_api):
    b = playwright_api.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
    yield b
    b.close()


def start_server(db: str, env_extra: dict | None = None) -> tuple[subprocess.Popen, str]:
    """`vigil serve` on a free loopback port; returns the process and its base URL once it answers."""
    port = launch.free_port()
    env = {**os.environ, **(env_extra or {})}
    env.pop("VIGIL_TOKEN", None)
    return launch.start(launch.serve_command(db, port), port, env=env)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("serve") / "dash.db")
    fill_store(db)
    proc, url = start_server(db)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture
def page(browser, server):
    """A fresh page; every request that leaves the server is blocked and recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.outside, pg.errors = [], []
    host = urlsplit(server).netloc

    def guard(route):
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            pg.outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("dialog", lambda dialog: (pg.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()


def open_dashboard(page, url: str, hash_: str = "") -> None:
    page.goto(f"{url}/{hash_}")
    page.wait_for_selector("body[data-ready='1']", timeout=15000)
    page.wait_for_selector("body[data-loading='']")


def api_total(url: str, query: str = "") -> int:
    with urllib.request.urlopen(f"{url}/api/events?limit=0&{query}", timeout=5) as response:
        return json.load(response)["total"]


def rows(page) -> list[str]:
    return page.locator("#events tbody tr[data-id]").all_inner_texts()


def wait_rows(page, n: int) -> list[str]:
    """Rows once the table shows ``n`` events (locator waits: the page's CSP forbids eval)."""
    from playwright.sync_api import expect

    expect(page.locator("#events tbody tr[data-id]")).to_have_count(n, timeout=10000)
    page.wait_for_selector("body[data-loading='']")
    return rows(page)


def test_dashboard_loads_offline(page, server):
    total = api_total(server)
    open_dashboard(page, server)
    assert len(wait_rows(page, total)) == total >= 5
    assert page.locator("path.country").count() > 150
    assert page.locator("g.marker").count() >= 1
    assert page.locator("#timeline g.bar").count() == 5  # 3 to 7 March 2024
    assert f"{total} events from 5 reports" in page.locator("#summary").inner_text()
    if os.environ.get("VIGIL_SCREENSHOTS") == "1":
        DOCS.mkdir(exist_ok=True)
        page.screenshot(path=str(DOCS / "dashboard.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_filters_narrow_table_map_and_timeline(page, server):
    open_dashboard(page, server)
    page.select_option("#f-type", "arrest")
    arrests = wait_rows(page, api_total(server, "type=arrest"))
    assert arrests and all("arrest" in r for r in arrests) and any("Lagos" in r for r in arrests)
    assert page.locator("#timeline g.bar").count() == 1
    page.click("#reset")
    wait_rows(page, api_total(server))
    page.select_option("#f-country", "IR")
    iran = wait_rows(page, api_total(server, "country=IR"))
    assert len(iran) >= 3 and all(", IR" in r for r in iran)
    page.fill("#f-text", "nurses")
    page.click("#apply")
    nurses = wait_rows(page, api_total(server, "country=IR&text=nurses"))
    assert nurses and all("Shiraz" in r for r in nurses)
    assert "text=nurses" in page.url and "country=IR" in page.url
    assert page.outside == [] and page.errors == []


def test_event_view_highlights_evidence(page, server):
    open_dashboard(page, server, "#country=FR&type=repression")
    wait_rows(page, 1)
    page.click("#events tbody tr[data-id]")
    page.wait_for_selector("#detail[data-ready='1']")
    marks = page.locator("#detail ol.evidence mark").all_inner_texts()
    assert any("tear gas" in m for m in marks)
    assert "at least 12" in marks  # the injuries claim, marked inside its excerpt
    full = page.locator("#detail .full-text")
    assert "Riot police fired tear gas" in full.inner_text()
    assert full.get_attribute("dir") == "auto"  # Persian and other right-to-left reports read right to left
    assert full.locator("mark").count() >= 2
    assert "injuries: 12+" in page.locator("#detail ol.evidence").inner_text()
    if os.environ.get("VIGIL_SCREENSHOTS") == "1":
        page.locator("#detail").screenshot(path=str(DOCS / "event-view.png"))
        page.screenshot(path=str(DOCS / "dashboard-event.png"), full_page=True)
    assert page.outside == [] and page.errors == []


def test_script_in_report_text_never_runs(page, server):
    open_dashboard(page, server, "#text=chanted")
    assert wait_rows(page, api_total(server, "text=chanted"))
    page.click("#events tbody tr[data-id]")
    page.wait_for_selector("#detail[data-ready='1']")
    page.wait_for_timeout(300)  # give an injected handler the chance to fire
    assert page.evaluate("window.__pwned") is None
    detail = page.locator("#detail")
    assert XSS in detail.inner_text()  # shown as text, character for character
    assert detail.locator("script").count() == 0 and detail.locator("img").count() == 0
    assert "<b>Crowd</b> in Tehran" in detail.locator("h4").inner_text()
    assert detail.locator("a[href^='javascript']").count() == 0
    assert page.errors == []
