"""Downloads of a dashboard view: the CSV read back as Dutch Excel would, the XLSX with openpyxl."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from sync.central.accounts import audit
from sync.central.accounts.roles import Role
from sync.central.figures import export, refresh
from sync.central.figures.queries import CSV_HEADER, Filter
from sync.central.figures.views import Column, Table, View
from tests.sync.central.conftest import ADMIN_TOKEN, Central
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in

THROUGH = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)  # 1 April 00:30 in Amsterdam


def sample_view() -> View:
    months = Table(
        id="maanden",
        title="Vragen per maand",
        summary="In maart werden de meeste vragen gesteld: 1.234.",
        columns=(
            Column("month", "Maand"),
            Column("visits", "Bezoeken", "count"),
            Column("questions", "Vragen", "count"),
        ),
        rows=[("januari 2026", 10, 14), ("februari 2026", None, 3), ("maart 2026", 900, 1234)],
        hidden=1,
    )
    topics = Table(
        id="onderwerpen",
        title="Vragen per onderwerp: toeslagen/DigiD [top]",
        summary="DigiD staat bovenaan.",
        columns=(
            Column("topic", "Onderwerp"),
            Column("questions", "Vragen", "count"),
            Column("share", "Aandeel", "percent"),
        ),
        rows=[("DigiD", 700, 56.5), ("=cmd|' /C calc'!A0", 20, 1.6), ("Zorgtoeslag é", 0, 0.0)],
    )
    return View("vragen", "Vragen", [months, topics], THROUGH, notes=["Kanaal telt niet mee."])


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Dutch Excel needs the byte-order mark"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_reads_back_as_one_table_with_a_table_column():
    f = Filter.year(2026, municipalities=frozenset({"GM0363"}))
    data = export.view_csv(sample_view(), described=export.describe_filter(f), generated=THROUGH)
    rows = read_csv(data)
    header = rows[0]
    assert header == ["tabel", "Maand", "Bezoeken", "Vragen", "Onderwerp", "Aandeel", "opmerking"]
    about = [r[-1] for r in rows if r[0] == "Toelichting"]
    assert "Weergave: Vragen" in about
    assert "Periode: 2026" in about
    assert "Gemeente: Amsterdam (GM0363)" in about
    assert "Cijfers tot: 1 april 2026 om 00:30" in about
    assert any(line.startswith("Kleine aantallen: Een leeg vak") for line in about)
    assert "Let op: Kanaal telt niet mee." in about
    by_table = [r for r in rows[1:] if r[0] == "Vragen per maand"]
    assert by_table[0] == ["Vragen per maand", "januari 2026", "10", "14", "", "", ""]
    # A hidden count is an empty field, never a zero, and the row says why.
    assert by_table[1][2] == "" and by_table[1][3] == "3"
    assert by_table[1][-1].startswith("Niet alle aantallen")
    topics = [r for r in rows[1:] if r[0].startswith("Vragen per onderwerp")]
    assert topics[0][4:6] == ["DigiD", "56,5"]  # decimal comma for Dutch Excel
    assert topics[1][4] == "'=cmd|' /C calc'!A0"  # never a formula
    assert topics[2][4] == "Zorgtoeslag é" and topics[2][5] == "0"
    assert all(len(r) == len(header) for r in rows)


def test_csv_of_an_empty_view_still_says_what_it_is():
    rows = read_csv(export.view_csv(View("hulp", "Hulp", [], None)))
    assert rows[0] == ["tabel", "opmerking"]
    assert ["Toelichting", "Cijfers tot: nog geen cijfers"] in rows


def test_xlsx_has_an_explanation_sheet_and_a_sheet_per_table():
    f = Filter.year(2026, 2, organisations=frozenset({"bibliotheek-utrecht"}), inside=True)
    data = export.view_xlsx(sample_view(), described=export.describe_filter(f))
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "Toelichting",
        "Vragen per maand",
        "Vragen per onderwerp toeslagen",
    ]
    about = book["Toelichting"]
    assert about["A1"].value == "Vragen" and about["A1"].font.b
    lines = {row[0]: row[1] for row in about.iter_rows(min_row=3, values_only=True)}
    assert lines["Periode"] == "2e kwartaal 2026"
    assert lines["Bibliotheekorganisatie"] == "bibliotheek-utrecht"
    assert lines["Plek"] == "in de bibliotheek"
    assert lines["Cijfers tot"] == "1 april 2026 om 00:30"
    months = book["Vragen per maand"]
    assert [c.value for c in months[1]] == ["Maand", "Bezoeken", "Vragen"]
    assert all(c.font.b for c in months[1])
    assert [c.value for c in months[2]] == ["januari 2026", 10, 14]
    assert isinstance(months["C4"].value, int)  # numbers as numbers
    assert months["B3"].value is None  # hidden: empty
    values = [r[0] for r in months.iter_rows(min_row=5, values_only=True)]
    assert "In maart werden de meeste vragen gesteld: 1.234." in values
    assert export.HIDDEN_NOTE in values
    topics = book["Vragen per onderwerp toeslagen"]
    assert topics["A3"].value == "'=cmd|' /C calc'!A0"  # stored as text, not a formula
    assert topics["C2"].value == 56.5


def test_sheet_names_are_short_legal_and_unique():
    used: set[str] = set()
    long = "Vragen per onderwerp en per instantie van de overheid"
    first, second = export.sheet_name(long, used), export.sheet_name(long, used)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert export.sheet_name("a/b:c*d?", used) == "a b c d"


def test_periods_in_words_and_in_file_names():
    assert export.period_text(202601, 202612) == "2026"
    assert export.period_text(202607, 202609) == "3e kwartaal 2026"
    assert export.period_text(202603, 202603) == "maart 2026"
    assert export.period_text(202511, 202602) == "november 2025 t/m februari 2026"
    assert export.period_text(None, None) == "alle maanden"
    assert export.period_text(202601, None) == "vanaf januari 2026"
    assert export.period_slug(202601, 202612) == "2026"
    assert export.period_slug(202604, 202606) == "2026-k2"
    assert export.period_slug(202603, 202605) == "2026-03-2026-05"
    assert export.period_slug(None, 202605) == "begin-2026-05"
    assert export.period_slug(None, None) == "alles"


def test_detail_csv_streams_in_chunks_with_dutch_headings():
    place = ("PV27", "GM0344", "bibliotheek-utrecht", "Centrale")
    row = (202603, *place, "in_person", "k", "o", "t", 3)
    formula = (202604, *place[:3], "=HYPERLINK(1)", "phone", "k", "o", "t", 1)
    chunks = list(export.detail_csv(iter([row] * 1200 + [formula]), chunk=500))
    assert len(chunks) == 3  # 500 + 500 + the rest
    rows = read_csv(b"".join(chunks))
    assert rows[0][0] == "maand" and rows[0][-1] == "vragen"
    assert len(rows[0]) == len(CSV_HEADER)
    assert rows[1] == ["2026-03", "PV27", "GM0344", "bibliotheek-utrecht", "Centrale",
                       "in_person", "k", "o", "t", "3"]  # fmt: skip
    assert len(rows) == 1202
    assert rows[-1][:5] == ["2026-04", *place[:3], "'=HYPERLINK(1)"]


# -- over HTTP: /dashboard/<view>.csv and .xlsx, /dashboard/gegevens.csv ----------------------


@pytest.fixture
def filled(make_central: Callable[..., Central]) -> Central:
    central = make_central(**CHEAP)
    desk = central.enroll()
    desk.send([desk.visit() for _ in range(7)])
    refresh.refresh(central.db)
    return central


def downloads(central: Central) -> list[audit.AuditEntry]:
    with central.db.read() as conn:
        return [e for e in audit.entries(conn) if e.event is audit.Event.DOWNLOAD]


def test_the_public_downloads_a_view_as_csv_and_xlsx(filled):
    client = browser(filled)
    got = client.get("/dashboard/vragen.csv?jaar=2026&gemeente=GM0855")
    assert got.status_code == 200, got.text
    assert got.headers["content-type"] == "text/csv; charset=utf-8"
    assert got.headers["content-disposition"] == 'attachment; filename="ido-vragen-2026.csv"'
    assert got.headers["cache-control"] == "no-store"
    assert got.headers["x-content-type-options"] == "nosniff"
    rows = read_csv(got.content)
    about = [r[-1] for r in rows if r[0] == "Toelichting"]
    assert "Gemeente: Tilburg (GM0855)" in about and "Periode: 2026" in about
    # 7 questions in the public view: shown (not below 5).
    assert any(r[0] == "Vragen per onderwerp" and "7" in r for r in rows)
    book = client.get("/dashboard/overzicht.xlsx?jaar=2026&kwartaal=4")
    assert book.status_code == 200
    assert 'filename="ido-overzicht-2026-k4.xlsx"' in book.headers["content-disposition"]
    assert load_workbook(io.BytesIO(book.content)).sheetnames[0] == "Toelichting"
    logged = downloads(filled)
    assert [e.detail for e in logged] == [
        "ido-overzicht-2026-k4.xlsx?jaar=2026&kwartaal=4",
        "ido-vragen-2026.csv?jaar=2026&gemeente=GM0855",
    ]
    assert all(e.account_id is None and e.address for e in logged)


def test_small_counts_are_empty_in_the_public_download(filled):
    desk = filled.enroll()
    desk.send([desk.visit(channel="phone") for _ in range(2)])
    refresh.refresh(filled.db)
    rows = read_csv(browser(filled).get("/dashboard/kanaal.csv").content)
    phone = [r for r in rows if "Telefonisch" in r]
    assert phone and all("2" not in r for r in phone)
    assert any(r[-1].startswith("Niet alle aantallen") for r in phone)


def test_downloads_refuse_as_the_pages_do(filled):
    client = browser(filled)
    assert client.get("/dashboard/bestaat-niet.csv").status_code == 404
    branch = client.get("/dashboard/vragen.csv?vestiging=b1")
    assert branch.status_code == 403 and "buiten de cijfers" in branch.text
    assert client.get("/dashboard/vragen.xlsx?jaar=twintig").status_code == 400
    assert client.get("/dashboard/gezondheid.csv").status_code == 403  # not for the public
    assert client.get("/dashboard/gegevens.csv").status_code == 403
    token = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    assert client.get("/dashboard/vragen.csv", headers=token).status_code == 403
    assert downloads(filled) == []


def test_an_organisation_streams_its_detailed_csv(filled):
    add_user(filled, "org@example.nl", Role.ORGANISATION, "bibliotheek-midden-brabant")
    client = browser(filled)
    sign_in(client, "org@example.nl")
    got = client.get("/dashboard/gegevens.csv?jaar=2026")
    assert got.status_code == 200, got.text
    assert 'filename="ido-gegevens-2026.csv"' in got.headers["content-disposition"]
    rows = read_csv(got.content)
    assert rows[0][:2] == ["maand", "provincie"]
    assert rows[1][0] == "2026-11" and rows[1][-1] == "7"
    assert rows[1][2] == "GM0855" and rows[1][3] == "bibliotheek-midden-brabant"
    [logged] = downloads(filled)
    assert (
        logged.username == "org@example.nl" and logged.detail == "ido-gegevens-2026.csv?jaar=2026"
    )
    other = client.get("/dashboard/gegevens.csv?organisatie=bibliotheek-utrecht")
    assert other.status_code == 403


def test_downloads_follow_each_role_s_scope(filled):
    def client_of(username: str, role: Role, scope: str | None):
        add_user(filled, username, role, scope)
        client = browser(filled)
        assert sign_in(client, username).status_code == 303
        return client

    tilburg = client_of("tilburg@example.nl", Role.MUNICIPALITY, "GM0855")
    assert tilburg.get("/dashboard/vragen.csv?gemeente=GM0855").status_code == 200
    assert tilburg.get("/dashboard/gegevens.csv").status_code == 200  # its own branches
    amsterdam = client_of("amsterdam@example.nl", Role.MUNICIPALITY, "GM0363")
    other = amsterdam.get("/dashboard/vragen.csv?gemeente=GM0855")
    assert other.status_code == 403
    page = amsterdam.get("/dashboard/vragen?gemeente=GM0855")
    assert page.status_code == 403 and page.text == other.text  # the page's own refusal
    assert amsterdam.get("/dashboard/vragen.xlsx?vestiging=b1").status_code == 403
    detail = amsterdam.get("/dashboard/gegevens.csv?jaar=2026")
    assert detail.status_code == 200 and len(read_csv(detail.content)) == 1  # nothing of b1
    executive = client_of("bd@example.nl", Role.EXECUTIVE, "belastingdienst")
    assert executive.get("/dashboard/vragen.csv").status_code == 200
    assert executive.get("/dashboard/kanaal.csv").status_code == 403
    assert executive.get("/dashboard/gegevens.csv").status_code == 403
