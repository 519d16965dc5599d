"""The charts drawn in a real Chromium, under the dashboard's own Content-Security-Policy.

A page with one figure per chart builder (the markup the dashboard's views use) is served on
the real ``ido-central serve``'s origin: the HTML itself through Playwright's ``page.route``
(no test page ships in ``static/``), with the server's security headers, and the scripts it
loads, ``static/vendor/vega-bundle.min.js`` and ``static/charts.js``, from the server. Each
chart must become an ``<svg>`` hidden from assistive technology, with no console error and no
CSP violation (no inline script, no ``eval``, no injected style); a broken specification
leaves its table alone. Then every view's real page, signed in on a server the demo generator
filled: each chart it shows is drawn, within the same policy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import ConsoleMessage, Page, expect

from kiosk import charts
from sync.central.figures.views import VIEWS
from sync.central.web.pages import SECURITY_HEADERS
from tests.browser.axe import assert_accessible
from tests.browser.conftest import (
    Central,
    demo_server,
    signed_in_cookies,
)

TEST_PATH = "/dashboard/_grafiektest"
#: Collects CSP violations in the page (an init script runs outside the page's CSP).
VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile);
});
"""
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def figures() -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(id, title, specification, rows) of every chart kind the dashboard draws."""
    topics: list[dict[str, Any]] = [
        {"onderwerp": "DigiD", "vragen": 1234},
        {"onderwerp": "Toeslagen", "vragen": 5678},
        {"onderwerp": "Zorgverzekering", "vragen": None},
    ]
    months: list[dict[str, Any]] = [
        {"maand": f"{name} 2026", "bezoeken": 1000 + 37 * i, "vragen": 1300 + 41 * i}
        for i, name in enumerate(["jan", "feb", "mrt", "apr", "mei", "jun"])
    ]
    hours: list[dict[str, Any]] = [
        {"dag": day, "uur": hour, "vragen": (7 * hour + 3 * d) % 50 or None}
        for d, day in enumerate(DAYS)
        for hour in range(9, 18)
    ]
    partners: list[dict[str, Any]] = [
        {"partner": "Belastingdienst", "gekomen": 33, "niet_gekomen": 7},
        {"partner": "Humanitas", "gekomen": 12, "niet_gekomen": 0},
    ]
    long: list[dict[str, Any]] = [
        {"partner": p["partner"], "stand": stand, "aantal": p[key]}
        for p in partners
        for key, stand in (("gekomen", "Gekomen"), ("niet_gekomen", "Niet gekomen"))
    ]
    return [
        ("onderwerpen", "Vragen per onderwerp",
         charts.bar("onderwerp", "vragen", x_title="Onderwerp", y_title="Vragen"), topics),
        ("maanden-staaf", "Bezoeken per maand",
         charts.bar("maand", "bezoeken", x_title="Maand", y_title="Bezoeken", horizontal=False),
         months),
        ("maanden", "Bezoeken en vragen per maand",
         charts.line("maand", "bezoeken", "vragen", x_title="Maand", y_title="Aantal",
                     series_titles=["Bezoeken", "Vragen"], legend_title="Wat"), months),
        ("tijd", "Vragen per dag en uur",
         charts.heatmap("uur", "dag", "vragen", x_title="Uur", y_title="Dag",
                        value_title="Vragen", y_order=DAYS), hours),
        ("afspraken", "Afspraken per partner",
         charts.stacked_bar("partner", ["gekomen", "niet_gekomen"], x_title="Partner",
                            y_title="Afspraken", series_titles=["Gekomen", "Niet gekomen"],
                            legend_title="Stand"), partners),
        ("afspraken-naast", "Afspraken per partner, naast elkaar",
         charts.bar("partner", "aantal", x_title="Partner", y_title="Afspraken",
                    colour_key="stand", colour_title="Stand",
                    series=["Gekomen", "Niet gekomen"]), long),
    ]  # fmt: skip


def tojson(value: Any) -> str:
    """JSON safe inside ``<script>``, as Jinja2's ``tojson`` writes it."""
    text = json.dumps(value, ensure_ascii=False)
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(char, code)
    return text


def figure(
    chart_id: str, title: str, spec: dict[str, Any] | str, rows: list[dict[str, Any]]
) -> str:
    """One figure in the dashboard's chart markup, with its table."""
    data = charts.with_data(spec, rows) if isinstance(spec, dict) else spec
    keys = list(rows[0]) if rows else []
    head = "".join(f'<th scope="col">{escape(k)}</th>' for k in keys)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(r[k]))}</td>" for k in keys) + "</tr>" for r in rows
    )
    payload = tojson(data) if isinstance(data, dict) else data
    return f"""
<figure class="chart" aria-labelledby="{chart_id}-title" aria-describedby="{chart_id}-summary">
  <h2 id="{chart_id}-title">{escape(title)}</h2>
  <p id="{chart_id}-summary" class="chart__summary">Samenvatting van {escape(title)}.</p>
  <div class="chart__canvas" data-chart="{chart_id}-spec"></div>
  <script type="application/json" id="{chart_id}-spec">{payload}</script>
  <details><summary>Tabel</summary>
    <table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>
</figure>"""


def page_html(central: Central, parts: list[str]) -> str:
    """A dashboard-like page loading the vendored bundle and charts.js from the server."""
    static = central.url("/dashboard/static/")
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Grafieken – IDO-dashboard</title>
<link rel="stylesheet" href="{static}dashboard.css">
<script src="{static}vendor/vega-bundle.min.js" defer></script>
<script src="{static}charts.js" defer></script>
</head><body><main id="inhoud"><h1>Grafieken</h1>{"".join(parts)}</main></body></html>"""


@pytest.fixture
def watched(page: Page) -> Iterator[tuple[Page, list[str]]]:
    """*page* with its console errors and warnings collected, and CSP violations recorded."""
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        where = str(message.location.get("url", ""))
        if where.endswith("/favicon.ico"):  # the browser asks; the dashboard has none (yet)
            return
        if message.type in ("error", "warning"):
            problems.append(f"{message.type}: {message.text} ({where})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(f"pageerror: {error}"))
    page.add_init_script(VIOLATIONS)
    yield page, problems


def serve(page: Page, central: Central, html: str) -> None:
    """Answer TEST_PATH on the server's origin with *html* and the dashboard's headers."""
    headers = {**SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8"}
    page.route(central.url(TEST_PATH), lambda route: route.fulfill(body=html, headers=headers))
    page.goto(central.url(TEST_PATH))
    page.wait_for_selector("html[data-charts='drawn']", state="attached", timeout=20_000)


def test_every_chart_is_drawn_without_breaking_the_policy(
    watched: tuple[Page, list[str]],
    central: Central,
    shoot: Callable[[Page, str], Path],
    screenshot_dir: Path,
) -> None:
    page, problems = watched
    shown = figures()
    serve(page, central, page_html(central, [figure(*f) for f in shown]))
    for chart_id, *_ in shown:
        canvas = page.locator(f"[data-chart='{chart_id}-spec']")
        svg = canvas.locator("svg")
        expect(svg).to_have_count(1)
        expect(svg).to_have_attribute("aria-hidden", "true")
        expect(canvas).to_have_attribute("aria-hidden", "true")
        box = svg.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 100, (chart_id, box)
    # The numbers are written on the chart, in Dutch (thousands with a dot).
    texts = page.locator("[data-chart='onderwerpen-spec'] svg text").all_text_contents()
    assert "5.678" in texts and "1.234" in texts and "<5" in texts, texts
    heat = page.locator("[data-chart='tijd-spec'] svg text").all_text_contents()
    assert "ma" in heat and "zo" in heat
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []
    assert page.locator("style").count() == 0, "no <style> element may be injected"
    assert_accessible(page)
    for details in page.locator("details").all():
        details.evaluate("e => { e.open = true; }")
    shoot(page, "dashboard-charts")
    for chart_id, *_ in shown:
        page.locator(f"figure:has([data-chart='{chart_id}-spec']) .chart__canvas").screenshot(
            path=str(screenshot_dir / f"dashboard-chart-{chart_id}.png"), animations="disabled"
        )


def test_a_tooltip_shows_the_number_styled_from_the_static_sheet(
    watched: tuple[Page, list[str]], central: Central
) -> None:
    page, problems = watched
    chart_id, title, spec, rows = figures()[0]
    serve(page, central, page_html(central, [figure(chart_id, title, spec, rows)]))
    bar = page.locator("[data-chart='onderwerpen-spec'] svg .mark-rect path").first
    bar.hover()
    tooltip = page.locator("#ido-chart-tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Vragen")
    assert tooltip.evaluate("e => getComputedStyle(e).position") == "fixed"
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []


def test_a_broken_chart_leaves_its_table_and_the_others(
    watched: tuple[Page, list[str]], central: Central
) -> None:
    page, problems = watched
    chart_id, title, spec, rows = figures()[0]
    broken = {**spec, "mark": "staaf", "layer": None}  # not Vega-Lite
    parts = [
        figure("kapot", "Kapot", broken, rows),
        figure("geen-json", "Geen JSON", "{niet: json", rows),
        figure(chart_id, title, spec, rows),
    ]
    serve(page, central, page_html(central, parts))
    for broken_id in ("kapot", "geen-json"):
        canvas = page.locator(f"[data-chart='{broken_id}-spec']")
        expect(canvas.locator("svg")).to_have_count(0)
        expect(page.locator(f"#{broken_id}-title ~ details table tbody tr")).to_have_count(3)
    expect(page.locator(f"[data-chart='{chart_id}-spec'] svg")).to_have_count(1)
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []


def test_the_policy_allows_only_this_sites_scripts(central: Central) -> None:
    """The real page's header: scripts and styles from 'self' only, never inline or eval."""
    csp = httpx.get(central.url("/dashboard/login")).headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert "unsafe" not in csp
    for name in ("vendor/vega-bundle.min.js", "charts.js", "charts.css"):
        answer = httpx.get(central.url(f"/dashboard/static/{name}"))
        assert answer.status_code == 200, name


# -- the dashboard's own pages, on demo data ------------------------------------------------


@pytest.fixture(scope="module")
def demo_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """``ido-central serve`` on a SQLite database the demo generator filled (6 branches)."""
    folder = tmp_path_factory.mktemp("central-demo")
    demo = dict(branches=6, years=2, now=datetime.now(UTC), questions=1500)
    for central, _ in demo_server(folder, **demo):
        yield central


@pytest.fixture(scope="module")
def demo_cookies(demo_central: Central) -> list[dict[str, str]]:
    """A signed-in national session on the demo server (the form sent over HTTP)."""
    return signed_in_cookies(demo_central)


@pytest.mark.parametrize("slug", list(VIEWS))
def test_every_view_draws_its_charts_within_the_policy(
    watched: tuple[Page, list[str]],
    demo_central: Central,
    demo_cookies: list[dict[str, str]],
    slug: str,
) -> None:
    """Each view's real page: every chart canvas becomes an SVG; no error, no violation."""
    page, problems = watched
    page.context.add_cookies(demo_cookies)  # type: ignore[arg-type]
    answer = page.goto(demo_central.url(f"/dashboard/{slug}"))
    assert answer is not None and answer.status == 200, slug
    canvases = page.locator(".chart__canvas[data-chart]")
    if slug == "overzicht":
        assert canvases.count() >= 2  # visits and questions per month, IDOs per month
    if canvases.count():
        page.wait_for_selector("html[data-charts='drawn']", state="attached", timeout=30_000)
    for canvas in canvases.all():
        expect(canvas.locator("svg")).to_have_count(1)
        expect(canvas).to_have_attribute("aria-hidden", "true")
    if canvases.count():  # the page links charts.css itself: charts.js adds no second link
        expect(page.locator("link[href$='charts.css']")).to_have_count(1)
    assert page.evaluate("window.__cspViolations") == []
    assert problems == []


@pytest.mark.parametrize("width", [320, 390])
def test_charts_fit_a_narrow_window(
    watched: tuple[Page, list[str]], central: Central, width: int
) -> None:
    """At 400 % zoom (320 CSS pixels) and on a phone no chart makes the page scroll sideways."""
    page, problems = watched
    page.set_viewport_size({"width": width, "height": 640})
    shown = figures()
    serve(page, central, page_html(central, [figure(*f) for f in shown]))
    for chart_id, *_ in shown:
        svg = page.locator(f"[data-chart='{chart_id}-spec'] svg")
        expect(svg).to_have_count(1)
        box = svg.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, (
            chart_id,
            box,
        )
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width
    assert problems == []
