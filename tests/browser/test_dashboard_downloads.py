"""Downloads in a real Chromium: a view's CSV from its page, the accountability report's form.

The server is ``ido-central serve`` on a SQLite database the demo generator filled. The CSV
link is followed by keyboard (focus, Enter) and the file Chromium saves is read back as Dutch
Excel would (byte-order mark, ``;``), its numbers checked against the page's table. The report
form is scanned with axe-core, filled by keyboard and sent; the PDF and XLSX arrive as files.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.browser.axe import assert_accessible
from tests.browser.conftest import (
    Central,
    demo_server,
    signed_in_cookies,
)

NOW = datetime.now(UTC)
YEAR = NOW.year


@pytest.fixture(scope="module")
def filled_central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Central]:
    """``ido-central serve`` on a SQLite database the demo generator filled (5 branches)."""
    folder = tmp_path_factory.mktemp("central-downloads")
    for central, _ in demo_server(folder, branches=5, years=1, now=NOW, questions=800):
        yield central


@pytest.fixture(scope="module")
def national_cookies(filled_central: Central) -> list[dict[str, str]]:
    """A signed-in national session (the sign-in form sent over HTTP)."""
    return signed_in_cookies(filled_central)


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def first_table(page: Page) -> tuple[str, list[list[str]]]:
    """The first figure's title and its table's body rows as the page shows them."""
    figure = page.locator("figure.chart").first
    title = figure.locator("h3").inner_text().strip()
    rows = [
        [cell.inner_text().strip() for cell in row.locator("th, td").all()]
        for row in figure.locator("table tbody tr").all()
    ]
    return title, rows


def test_public_csv_download_from_the_page_by_keyboard(page: Page, filled_central: Central):
    page.goto(filled_central.url(f"/dashboard/vragen?jaar={YEAR}"))
    title, shown = first_table(page)
    assert shown, "the demo's questions are on the page"
    link = page.locator("figure.chart").first.get_by_role("link", name=re.compile("^CSV"))
    link.focus()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename == f"ido-vragen-{YEAR}.csv"
    path = Path(download.path())
    rows = read_csv(path)
    assert rows[0][0] == "tabel" and rows[0][-1] == "opmerking"
    assert f"Periode: {YEAR}" in [r[-1] for r in rows if r[0] == "Toelichting"]
    mine = [[v for v in r[1:-1] if v] for r in rows if r[0] == title]
    # The page's numbers (1.234, or "verborgen") are the file's (1234, or empty).
    expected = [[v.replace(".", "") for v in r if v != "verborgen"] for r in shown]
    assert mine == expected


def test_xlsx_download_of_a_signed_in_view(
    page: Page, filled_central: Central, national_cookies: list[dict[str, str]]
):
    page.context.add_cookies(national_cookies)  # type: ignore[arg-type]
    page.goto(filled_central.url(f"/dashboard/kanaal?jaar={YEAR}"))
    link = page.locator("figure.chart").first.get_by_role("link", name=re.compile("^Excel"))
    with page.expect_download() as info:
        link.click()
    assert info.value.suggested_filename == f"ido-kanaal-{YEAR}.xlsx"
    book = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert book.sheetnames[0] == "Toelichting"
    assert len(book.sheetnames) == 1 + page.locator("figure.chart").count()


def test_report_form_is_accessible_and_sends_by_keyboard(
    page: Page,
    filled_central: Central,
    national_cookies: list[dict[str, str]],
    shoot: Callable[[Page, str], Path],
):
    page.context.add_cookies(national_cookies)  # type: ignore[arg-type]
    page.goto(filled_central.url("/dashboard/verantwoording"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Verantwoording")
    assert_accessible(page)
    shoot(page, "dashboard-verantwoording")
    municipality = page.get_by_label("Gemeente")
    municipality.focus()
    municipality.select_option("GM0363")  # what typing "Amsterdam" in the list picks
    page.keyboard.press("Tab")
    expect(page.get_by_label("Bibliotheekorganisatie")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Jaar")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Periode")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("radio", name=re.compile("^PDF"))).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Verantwoording downloaden")).to_be_focused()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    assert info.value.suggested_filename == f"verantwoording-GM0363-{YEAR}.pdf"
    assert Path(info.value.path()).read_bytes().startswith(b"%PDF-")
    # The form is still there: a download does not leave the page.
    expect(page.get_by_role("heading", level=1)).to_have_text("Verantwoording")
    page.get_by_role("radio", name=re.compile("^Excel")).check()
    with page.expect_download() as info:
        page.get_by_role("button", name="Verantwoording downloaden").click()
    assert info.value.suggested_filename == f"verantwoording-GM0363-{YEAR}.xlsx"
