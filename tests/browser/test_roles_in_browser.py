"""Roles in a real Chromium: a municipality account sees its area, tampering is refused alike.

A server the demo generator filled is signed into (the form, by keyboard) as a municipality
account and an organisation account added with ``ido-central user-add``. The page's totals
are held to a count of the stored visits of the account's scope and to the JSON API read in the
same browser session; an address naming another municipality, or one that does not exist, or
another organisation's branch, gets the same refusal page, which passes the axe-core scan
(``dashboard-geweigerd.png``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from playwright.sync_api import Page

from kiosk import municipalities
from sync.central.branches import local_day
from sync.central.db import Database
from sync.central.figures import wording
from sync.central.figures.params import OUTSIDE
from sync.central.tables import branch, visit
from tests.browser.axe import assert_accessible
from tests.browser.conftest import PASSWORD, Central, cli, demo_server

NOW = datetime.now(UTC)
YEAR = local_day(NOW).year


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Central, str]]:
    """``ido-central serve`` on a SQLite database the demo generator filled."""
    folder = tmp_path_factory.mktemp("central-roles")
    yield from demo_server(folder, branches=6, years=1, now=NOW, questions=1200)


def branches(url: str) -> list[sa.Row[tuple[str, str, str]]]:
    db = Database(url, migrate_on_open=False)
    try:
        with db.read() as conn:
            return list(
                conn.execute(
                    sa.select(branch.c.id, branch.c.municipality_code, branch.c.organisation_code)
                )
            )
    finally:
        db.close()


def visits_of(url: str, branch_ids: set[str], year: int) -> int:
    """The visits that count in local *year* in these branches, counted from the rows."""
    db = Database(url, migrate_on_open=False)
    try:
        with db.read() as conn:
            rows = conn.execute(
                sa.select(visit.c.occurred_at_corrected, visit.c.occurred_offset).where(
                    visit.c.branch_id.in_(sorted(branch_ids)),
                    visit.c.voided_at.is_(None),
                    visit.c.superseded_by.is_(None),
                )
            ).all()
    finally:
        db.close()
    return sum(1 for at, offset in rows if (at + timedelta(minutes=offset)).year == year)


def today_of(code: str | None, day: date) -> str:
    """The municipality a branch registered with *code* is part of on *day* (mergers)."""
    assert code is not None
    successor = municipalities.shipped().successor_on(code, day)
    assert successor is not None
    return successor


def add_account(url: str, username: str, role: str, scope: str) -> None:
    cli(
        "user-add", "--database-url", url, "--username", username, "--role", role,
        "--scope", scope, "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip


def sign_in_by_keyboard(page: Page, central: Central, username: str) -> None:
    page.goto(central.url("/dashboard/login"))
    page.keyboard.press("Tab")  # the skip link
    for _ in range(10):
        if page.evaluate("() => document.activeElement.id") == "gebruikersnaam":
            break
        page.keyboard.press("Tab")
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == central.url("/dashboard/"), page.url


def totals_on_page(page: Page) -> dict[str, str]:
    """The overview's "Totalen" table as shown: label -> number as written."""
    rows = page.locator("#fig-totalen-title").locator("xpath=..").locator("tbody tr")
    found = {}
    for i in range(rows.count()):
        cells = rows.nth(i).locator("th, td")
        found[cells.nth(0).inner_text().strip()] = cells.nth(1).inner_text().strip()
    return found


def api_json(page: Page, central: Central, path: str) -> dict[str, object]:
    """The JSON API answered in this page's session (the browser shows the document)."""
    response = page.goto(central.url(path))
    assert response is not None and response.status == 200, path
    data = json.loads(response.text())
    assert isinstance(data, dict)
    return data


def test_a_municipality_account_sees_its_area_and_tampering_is_refused_alike(
    page: Page, server: tuple[Central, str], shoot: Callable[[Page, str], Path]
) -> None:
    central, url = server
    rows = branches(url)
    # The municipality (as of today) with the most branches, and a branch outside it.
    today = {r.id: today_of(r.municipality_code, local_day(NOW)) for r in rows}
    ours = max(set(today.values()), key=lambda c: sum(1 for v in today.values() if v == c))
    inside = {b for b, c in today.items() if c == ours}
    outside = next(r for r in rows if r.id not in inside)
    add_account(url, "gemeente@example.nl", "municipality", ours)
    sign_in_by_keyboard(page, central, "gemeente@example.nl")

    year = YEAR
    page.goto(central.url(f"/dashboard/overzicht?jaar={year}"))
    shown = totals_on_page(page)
    assert shown["Bezoeken"] == wording.number(visits_of(url, inside, year))
    data = api_json(page, central, f"/v1/figures/overzicht?jaar={year}")
    tables = {t["id"]: t for t in data["tables"]}  # type: ignore[attr-defined]
    api_totals = {row[0]: row[1] for row in tables["totalen"]["rows"]}
    assert wording.number(api_totals["Bezoeken"]) == shown["Bezoeken"]

    refusals = []
    for query in (
        f"gemeente={today[outside.id]}",
        "gemeente=GM9998",
        f"vestiging={outside.id}",
        "vestiging=bestaat-niet",
    ):
        response = page.goto(central.url(f"/dashboard/overzicht?jaar={year}&{query}"))
        assert response is not None and response.status in (400, 403), query
        if response.status == 403:
            assert OUTSIDE in page.locator("main").inner_text()
            refusals.append(page.locator("main").inner_text())
    assert len(refusals) >= 3 and len(set(refusals)) == 1
    assert_accessible(page)
    shoot(page, "dashboard-geweigerd")


def test_an_organisation_account_sees_its_branches_only(
    page: Page, server: tuple[Central, str]
) -> None:
    central, url = server
    rows = branches(url)
    codes = sorted({r.organisation_code for r in rows if r.organisation_code})
    ours = codes[0]
    inside = {r.id for r in rows if r.organisation_code == ours}
    other = next(r for r in rows if r.organisation_code != ours)
    add_account(url, "organisatie@example.nl", "organisation", ours)
    sign_in_by_keyboard(page, central, "organisatie@example.nl")
    year = YEAR
    page.goto(central.url(f"/dashboard/overzicht?jaar={year}"))
    assert totals_on_page(page)["Bezoeken"] == wording.number(visits_of(url, inside, year))
    for query in (f"vestiging={other.id}", "vestiging=bestaat-niet"):
        response = page.goto(central.url(f"/dashboard/overzicht?jaar={year}&{query}"))
        assert response is not None and response.status == 403, query
        assert OUTSIDE in page.locator("main").inner_text()
        assert other.id not in page.locator("main").inner_text()
