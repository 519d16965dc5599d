"""The accountability report: its content, its PDF and XLSX, who may have it, over HTTP.

On SQLite and PostgreSQL (the ``central`` fixtures). The data: one branch (b1, Tilburg
GM0855, bibliotheek-midden-brabant) with visits sent by a desk in 2026 and refreshed into the
figures. The PDF is written without compression, so its text can be read from its bytes.
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from sync.central import organisations
from sync.central.accounts import audit
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.figures import refresh
from sync.central.reports import content
from sync.central.reports.content import REFUSED, ReportError, Subject, SubjectKind
from sync.central.reports.pdf import latin, report_pdf
from sync.central.reports.xlsx import report_xlsx
from tests.sync.central.conftest import Central
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in

YEAR = {"jaar": ["2026"]}


@pytest.fixture
def filled(make_central: Callable[..., Central]) -> Central:
    central = make_central(**CHEAP)
    desk = central.enroll()
    desk.send([desk.visit() for _ in range(7)])
    desk.clock.advance(days=-40)  # October
    desk.send([desk.visit(channel="phone") for _ in range(3)])
    desk.clock.advance(days=40)
    with central.db.write() as conn:
        organisations.add_organisation(
            conn, "bibliotheek-utrecht", "Bibliotheek Utrecht", desk.clock.now()
        )
    refresh.refresh(central.db)
    return central


def viewer(role: Role | None, scope: str | None = None) -> Viewer:
    return Viewer(role=role, scope=scope, account_id="a", username="u")


def build(central: Central, who: Viewer, subject: Subject, period=YEAR) -> content.Report:
    catalogues = central.central.catalogues.catalogues
    visibility = Visibility.of(who, 5)
    with central.db.read() as conn:
        return content.build_report(
            conn, subject, period, visibility, catalogues, central.clock.now()
        )


TILBURG = Subject(SubjectKind.MUNICIPALITY, "GM0855")
MIDDEN_BRABANT = Subject(SubjectKind.ORGANISATION, "bibliotheek-midden-brabant")


def pdf_text(data: bytes) -> str:
    """The text an uncompressed fpdf2 PDF shows: its (...) Tj strings, joined."""
    assert data.startswith(b"%PDF-")
    return " ".join(
        " ".join(m.decode("latin-1").split()).replace("\\(", "(").replace("\\)", ")")
        for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", data)
    )


def counts(report: content.Report, section: str) -> list[tuple]:
    found = next(s for s in report.sections if s.title == section)
    return [row for table in found.tables for row in table.rows]


# -- content ----------------------------------------------------------------------------------


def test_report_of_a_municipality_holds_every_section(filled):
    report = build(filled, viewer(Role.NATIONAL), TILBURG)
    assert report.subject == "Gemeente Tilburg (GM0855)"
    assert report.period == "2026"
    assert report.file_stem == "verantwoording-GM0855-2026"
    titles = [s.title for s in report.sections]
    assert titles[:3] == [
        "De IDO's en hun opzet",
        "Bezoeken en vragen per maand",
        "Vragen per onderwerp en bestuurslaag",
    ]
    assert "Belastinghulp" in titles
    assert report.through is not None
    headings = [h for h, _ in report.method]
    assert headings == ["Wat telt", "Tijd", "Gebied", "Kleine aantallen", "Volledigheid"]
    # 10 visits of one question each: 3 in October, 7 in November.
    monthly = counts(report, "Bezoeken en vragen per maand")
    assert any(10 in row for row in monthly) or (
        any(3 in row for row in monthly) and any(7 in row for row in monthly)
    )


def test_a_quarter_and_an_organisation(filled):
    report = build(
        filled, viewer(Role.NATIONAL), MIDDEN_BRABANT, {"jaar": ["2026"], "kwartaal": ["4"]}
    )
    assert report.subject == "Bibliotheek Midden-Brabant (bibliotheek-midden-brabant)"
    assert report.period == "4e kwartaal 2026"
    assert report.file_stem == "verantwoording-bibliotheek-midden-brabant-2026-k4"
    assert "Alle vestigingen van" in dict(report.method)["Gebied"]


def test_amsterdam_names_weesp_rolled_up(filled):
    report = build(filled, viewer(Role.NATIONAL), Subject(SubjectKind.MUNICIPALITY, "GM0363"))
    assert "Weesp (GM0457)" in dict(report.method)["Gebied"]
    # A former code means the municipality it went into.
    weesp = build(filled, viewer(Role.NATIONAL), Subject(SubjectKind.MUNICIPALITY, "gm0457"))
    assert weesp.subject == report.subject


def test_a_report_needs_a_period(filled):
    with pytest.raises(ReportError) as refused:
        build(filled, viewer(Role.NATIONAL), TILBURG, {})
    assert refused.value.status == 400


@pytest.mark.parametrize(
    ("who", "subject"),
    [
        (viewer(Role.MUNICIPALITY, "GM0363"), TILBURG),  # another municipality
        (viewer(Role.MUNICIPALITY, "GM0363"), Subject(SubjectKind.MUNICIPALITY, "GM9999")),
        (viewer(Role.MUNICIPALITY, "GM0855"), MIDDEN_BRABANT),  # an organisation
        (viewer(Role.ORGANISATION, "bibliotheek-utrecht"), MIDDEN_BRABANT),
        (
            viewer(Role.ORGANISATION, "bibliotheek-utrecht"),
            Subject(SubjectKind.ORGANISATION, "nope"),
        ),
        (viewer(Role.ORGANISATION, "bibliotheek-midden-brabant"), TILBURG),
        (viewer(Role.EXECUTIVE, "belastingdienst"), TILBURG),
        (PUBLIC, TILBURG),
        (viewer(Role.NATIONAL), Subject(SubjectKind.MUNICIPALITY, "GM9999")),
        (viewer(Role.NATIONAL), Subject(SubjectKind.ORGANISATION, "bestaat-niet")),
    ],
)
def test_refused_alike_whether_the_code_exists_or_not(filled, who, subject):
    with pytest.raises(ReportError) as refused:
        build(filled, who, subject)
    assert (refused.value.status, refused.value.message) == (403, REFUSED)


def test_local_accounts_report_on_their_own(filled):
    own = build(filled, viewer(Role.MUNICIPALITY, "GM0855"), TILBURG)
    assert own.subject == "Gemeente Tilburg (GM0855)"
    org = build(filled, viewer(Role.ORGANISATION, "bibliotheek-midden-brabant"), MIDDEN_BRABANT)
    assert org.sections


# -- the files --------------------------------------------------------------------------------


def test_pdf_is_a4_dutch_titled_and_numbered(filled):
    report = build(filled, viewer(Role.NATIONAL), TILBURG)
    data = report_pdf(report, compress=False)
    text = pdf_text(data)
    assert "Verantwoording Informatiepunt Digitale Overheid" in text
    assert "Gemeente Tilburg (GM0855)" in text
    assert "Periode: 2026." in text and "cijfers tot" in text
    assert "Hoe geteld" in text and "Wat telt" in text
    assert "Bezoeken en vragen per maand" in text
    pages = len(re.findall(rb"/Type /Page\b", data))
    assert pages >= 1 + len(report.sections)
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert b"/Lang (nl-NL)" in data
    assert b"/Title (Verantwoording Informatiepunt Digitale Overheid: Gemeente Tilburg" in data
    assert b"/DisplayDocTitle true" in data
    assert b"/MediaBox [0 0 595.28 841.89]" in data  # A4
    assert b"/Outlines" in data  # a bookmark per section
    compressed = report_pdf(report)
    assert len(compressed) < len(data) and zlib  # compressed in real use


def test_pdf_writes_what_latin1_cannot(filled):
    assert latin("‘Belastinghulp’ – €5 … ✓") == "'Belastinghulp' - EUR 5 ... ?"


def test_xlsx_has_a_sheet_per_section(filled):
    report = build(filled, viewer(Role.NATIONAL), MIDDEN_BRABANT)
    book = load_workbook(io.BytesIO(report_xlsx(report)))
    assert book.sheetnames[0] == "Toelichting"
    assert len(book.sheetnames) == 1 + len(report.sections)
    about = {r[0]: r[1] for r in book["Toelichting"].iter_rows(min_row=3, values_only=True)}
    assert about["Over"] == "Bibliotheek Midden-Brabant (bibliotheek-midden-brabant)"
    assert about["Periode"] == "2026"
    assert "Wat telt" in about and "Cijfers tot" in about
    months = book[book.sheetnames[2]]
    assert months["A1"].value == "Bezoeken en vragen per maand" and months["A1"].font.b
    numbers = [c.value for row in months.iter_rows() for c in row if isinstance(c.value, int)]
    assert numbers, "counts are numbers"


# -- over HTTP --------------------------------------------------------------------------------


def signed_in_as(central: Central, role: Role, scope: str | None, name: str):
    add_user(central, name, role, scope)
    client = browser(central)
    assert sign_in(client, name).status_code == 303
    return client


def test_the_form_page_for_each_role(filled):
    national = signed_in_as(filled, Role.NATIONAL, None, "land@example.nl")
    page = national.get("/dashboard/verantwoording")
    assert page.status_code == 200, page.text
    assert '<select id="gemeente" name="gemeente"' in page.text
    assert '<option value="GM0855">Tilburg (GM0855)</option>' in page.text
    assert 'value="bibliotheek-midden-brabant"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    local = signed_in_as(filled, Role.MUNICIPALITY, "GM0855", "tilburg@example.nl")
    page = local.get("/dashboard/verantwoording")
    assert '<input type="hidden" name="gemeente" value="GM0855">' in page.text
    assert 'id="gemeente"' not in page.text
    public = browser(filled).get("/dashboard/verantwoording")
    assert public.status_code == 303 and public.headers["location"].endswith("/dashboard/login")


def test_downloads_a_report_and_logs_it(filled):
    client = signed_in_as(filled, Role.MUNICIPALITY, "GM0855", "tilburg@example.nl")
    pdf = client.get("/dashboard/verantwoording?gemeente=GM0855&jaar=2026&formaat=pdf")
    assert pdf.status_code == 200, pdf.text
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"] == (
        'attachment; filename="verantwoording-GM0855-2026.pdf"'
    )
    assert pdf.headers["cache-control"] == "no-store"
    assert pdf.content.startswith(b"%PDF-")
    xlsx = client.get("/dashboard/verantwoording?jaar=2026&kwartaal=4&formaat=xlsx")
    assert xlsx.status_code == 200, xlsx.text
    assert "verantwoording-GM0855-2026-k4.xlsx" in xlsx.headers["content-disposition"]
    load_workbook(io.BytesIO(xlsx.content))
    with filled.db.read() as conn:
        rows = [e for e in audit.entries(conn) if e.event is audit.Event.DOWNLOAD]
    assert [r.detail for r in rows] == [
        "verantwoording-GM0855-2026-k4.xlsx",
        "verantwoording-GM0855-2026.pdf",
    ]
    assert {r.username for r in rows} == {"tilburg@example.nl"}


def test_another_municipality_gets_the_same_refusal_as_no_municipality(filled):
    client = signed_in_as(filled, Role.MUNICIPALITY, "GM0363", "amsterdam@example.nl")
    other = client.get("/dashboard/verantwoording?gemeente=GM0855&jaar=2026&formaat=pdf")
    missing = client.get("/dashboard/verantwoording?gemeente=GM9999&jaar=2026&formaat=pdf")
    assert other.status_code == missing.status_code == 403
    assert "U kunt voor deze gemeente of organisatie geen verantwoording maken" in other.text
    assert other.text == missing.text
    both = client.get(
        "/dashboard/verantwoording?gemeente=GM0363&organisatie=x&jaar=2026&formaat=pdf"
    )
    assert both.status_code == 400
    bad = client.get("/dashboard/verantwoording?jaar=twintig&formaat=pdf")
    assert bad.status_code == 400 and "jaar" in bad.text
    odd = client.get("/dashboard/verantwoording?jaar=2026&formaat=docx")
    assert odd.status_code == 400


def test_an_executive_makes_no_report(filled):
    client = signed_in_as(filled, Role.EXECUTIVE, "belastingdienst", "bd@example.nl")
    page = client.get("/dashboard/verantwoording")
    assert page.status_code == 403


def test_the_clock_moves_the_made_line(filled):
    report = build(filled, viewer(Role.NATIONAL), TILBURG)
    filled.clock.advance(hours=1)
    later = build(filled, viewer(Role.NATIONAL), TILBURG)
    assert later.generated - report.generated == timedelta(hours=1)
