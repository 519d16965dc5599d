"""The dashboard's views in a real Chromium: filters by keyboard, numbers, Back, axe, pictures.

A server the demo generator filled (eight branches, two years up to today) is signed into as
the national account; the filter form is worked with the keyboard alone (Tab to a field, arrow
keys or typing to choose, Tab to "Toon cijfers", Enter), the total on the page is held to a
count of the stored visits, Back brings the previous filter and its figures again. Every view
passes the axe-core scan and is shot at 1366x768 (``dashboard-<view>.png``; with
``KIOSK_TEST_SCREENSHOTS=docs/screenshots`` into the docs). The public view shows no branch
and hides small counts; a branch in its address is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page, expect

from sync.central.db import Database
from sync.central.figures import wording
from sync.central.figures.params import OUTSIDE
from sync.central.figures.views import VIEWS
from sync.central.tables import branch, visit
from tests.browser.axe import assert_accessible
from tests.browser.conftest import (
    PHONE,
    Central,
    demo_server,
    sign_in,
    signed_in_cookies,
)

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Central, str]]:
    """``ido-central serve`` on a SQLite database the demo generator filled."""
    folder = tmp_path_factory.mktemp("central-views")
    yield from demo_server(folder, branches=8, years=2, now=datetime.now(UTC), questions=2500)


@pytest.fixture(scope="module")
def cookies(demo: tuple[Central, str]) -> list[dict[str, str]]:
    """One signed-in national session on the demo server (the server limits sign-ins)."""
    central, _ = demo
    return signed_in_cookies(central)


def visits_in(url: str, year: int, municipality: str | None = None) -> int:
    """The visits that count in local *year* (and municipality code as registered), counted."""
    db = Database(url, migrate_on_open=False)
    try:
        with db.read() as conn:
            query = (
                sa.select(visit.c.occurred_at_corrected, visit.c.occurred_offset)
                .join(branch, branch.c.id == visit.c.branch_id)
                .where(visit.c.voided_at.is_(None), visit.c.superseded_by.is_(None))
            )
            if municipality is not None:
                query = query.where(branch.c.municipality_code == municipality)
            found = conn.execute(query).all()
    finally:
        db.close()
    return sum(1 for at, offset in found if (at + timedelta(minutes=offset)).year == year)


def total_visits(page: Page) -> str:
    cell = page.locator("#fig-totalen table tbody tr").filter(has_text="Bezoeken").locator("td")
    return cell.inner_text()


def tab_to(page: Page, element_id: str, limit: int = 80) -> None:
    """Press Tab until the element with *element_id* has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def submit_by_keyboard(page: Page) -> None:
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.trim()") == "Toon cijfers":
            break
    else:
        raise AssertionError("Tab never reached the button")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def test_filters_by_keyboard_numbers_and_back(page: Page, demo: tuple[Central, str]) -> None:
    central, url = demo
    year = datetime.now(UTC).year
    sign_in(page, central)
    # The year: Tab to its select, the arrow key down picks the newest year, then the button.
    tab_to(page, "filter-jaar")
    page.keyboard.press("ArrowDown")
    submit_by_keyboard(page)
    assert query_of(page) == {"jaar": [str(year)]}
    expect(page.locator("#filter-jaar")).to_have_value(str(year))
    everywhere = wording.number(visits_in(url, year))
    assert total_visits(page) == everywhere
    # The municipality: typing its name chooses it in the focused select.
    tab_to(page, "filter-gemeente")
    page.keyboard.type("Amsterdam")
    submit_by_keyboard(page)
    assert query_of(page) == {"jaar": [str(year)], "gemeente": ["GM0363"]}
    amsterdam = visits_in(url, year, "GM0363") + visits_in(url, year, "GM0457")  # with Weesp
    assert total_visits(page) == wording.number(amsterdam)
    assert amsterdam < visits_in(url, year)
    # Back: the previous filter, its form and its figures.
    page.go_back()
    page.wait_for_load_state()
    assert query_of(page) == {"jaar": [str(year)]}
    expect(page.locator("#filter-gemeente")).to_have_value("")
    assert total_visits(page) == everywhere
    # The navigation keeps the filter, and says where we are.
    page.get_by_role("link", name="Vragen", exact=True).click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/dashboard/vragen" and query_of(page) == {
        "jaar": [str(year)]
    }
    expect(page.get_by_role("link", name="Vragen", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    downloads = page.locator("#fig-onderwerpen .chart__downloads a")
    expect(downloads.first).to_have_attribute("href", f"/dashboard/vragen.csv?jaar={year}")


@pytest.mark.parametrize("slug", list(VIEWS))
def test_every_view_passes_axe_and_is_pictured(
    page: Page,
    demo: tuple[Central, str],
    cookies: list[dict[str, str]],
    slug: str,
    shoot: Callable[[Page, str], Path],
) -> None:
    central, _ = demo
    page.context.add_cookies(cookies)  # type: ignore[arg-type]
    response = page.goto(
        central.url("/dashboard/" if slug == "overzicht" else f"/dashboard/{slug}")
    )
    assert response is not None and response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text(VIEWS[slug].title)
    expect(page.locator(".through")).to_contain_text("Cijfers bijgewerkt tot")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)  # the charts draw after the page has loaded
    assert_accessible(page)
    shoot(page, f"dashboard-{slug}")
    if slug in ("overzicht", "vragen"):
        page.set_viewport_size(PHONE)
        assert page.evaluate(OVERFLOW) <= 0, "scrolls sideways at 390 pixels"


def test_public_view_shows_no_branch_and_hides_small_counts(
    page: Page, demo: tuple[Central, str], shoot: Callable[[Page, str], Path]
) -> None:
    central, url = demo
    db = Database(url, migrate_on_open=False)
    with db.read() as conn:
        names = list(conn.execute(sa.select(branch.c.name)).scalars())
    db.close()
    year = datetime.now(UTC).year
    page.goto(central.url(f"/dashboard/hulp?jaar={year}&kwartaal=1&gemeente=GM0014"))
    expect(page.get_by_role("banner")).to_contain_text("Openbaar overzicht")
    text = page.locator("main").inner_text()
    assert not [name for name in names if name in text]
    expect(page.locator("#filter-vestiging")).to_have_count(0)
    expect(page.locator("#filter-organisatie")).to_have_count(0)
    expect(page.locator("#verborgen-uitleg")).to_contain_text("kleiner dan 5")
    assert page.locator("td.hidden-count").count() > 0
    assert_accessible(page)
    shoot(page, "dashboard-openbaar")
    response = page.goto(central.url("/dashboard/?vestiging=demo-0000"))
    assert response is not None and response.status == 403
    expect(page.get_by_role("alert")).to_contain_text(OUTSIDE)
    response = page.goto(central.url("/dashboard/gezondheid"))
    assert response is not None and response.status == 403


def test_print_shows_the_tables_without_navigation_or_form(
    page: Page, demo: tuple[Central, str], cookies: list[dict[str, str]]
) -> None:
    central, _ = demo
    page.context.add_cookies(cookies)  # type: ignore[arg-type]
    page.goto(central.url("/dashboard/vragen"))
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name="Onderdelen van het dashboard")).to_be_hidden()
    expect(page.locator("form.filters")).to_be_hidden()
    expect(page.locator(".chart__downloads").first).to_be_hidden()
    expect(page.locator("#fig-onderwerpen table")).to_be_visible()
    expect(page.locator(".through")).to_be_visible()
    # A select the keyboard reaches draws the focus ring on screen.
    page.emulate_media(media="screen")
    tab_to(page, "filter-jaar")
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
    )
    assert style[0] != "none" and style[1] >= 2, style
