"""The role matrix: each role sees exactly its scope everywhere, and tampering learns nothing.

On SQLite and PostgreSQL. Five library branches in four municipalities send visits through
real batches (one branch registered in Weesp, GM0457, before it merged into Amsterdam, so an
Amsterdam account must count it); the expected figures are counted here from what was sent,
never read back from the server. Accounts of every role sign in through the form.

The matrix is data: :data:`WHO` says which views each role opens and which branches its
figures count, :data:`TAMPERING` which addresses it must be refused, :data:`SURFACES` how each
surface (the pages, the JSON API, the CSV and XLSX downloads) is asked and read, and
:data:`REPORTS` which accountability reports each role may make. A new surface is one line in
:data:`SURFACES`.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import openpyxl
import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from kiosk.clock import to_utc_text
from sync.central import organisations
from sync.central.accounts.roles import Role
from sync.central.branches import add_branch
from sync.central.figures import params, refresh
from sync.central.figures_api import REFUSED
from sync.central.reports import content
from tests.sync.central.conftest import ADMIN_TOKEN, Central, Desk
from tests.sync.central.test_accounts_web import CHEAP, add_user, browser, sign_in
from tests.sync.central.test_suppress import recoverable

YEAR = "2026"
MIN_COUNT = 5  # Settings.public_min_count's default
ALL_VIEWS = frozenset(
    {
        "overzicht",
        "opzet",
        "vragen",
        "hulp",
        "kanaal",
        "tijd",
        "bezoekers",
        "belastinghulp",
        "gezondheid",
    }
)

# -- the world ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A branch, its registry organisation, its CBS code as registered, its visits."""

    id: str
    name: str
    organisation: str
    municipality: str
    visits: int
    registered: datetime = datetime(2026, 1, 5, 12, tzinfo=UTC)


PLACES = (
    Place("b1", "Vestiging b1", "bibliotheek-midden-brabant", "GM0855", 8),  # Tilburg (conftest)
    Place("a1", "OBA Centrale", "oba", "GM0363", 6),  # Amsterdam
    # Weesp, registered before it merged into Amsterdam (24 March 2022): Amsterdam's now.
    Place("w1", "Bibliotheek Weesp", "gooi-en-meer", "GM0457", 5, datetime(2021, 6, 1, tzinfo=UTC)),
    Place("a3", "OBA Amstelveen", "oba", "GM0362", 4),  # Amstelveen: a small municipality
    Place("s1", "Bibliotheek Schiermonnikoog", "schier", "GM0088", 2),  # very small
)
BY_ID = {p.id: p for p in PLACES}
# Every third visit asks about the Belastingdienst, the others about Toeslagen.
QUESTIONS = {
    "toeslagen": ("toeslag_huur", "toeslagen"),
    "belastingdienst": ("belastingaangifte", "belastingdienst"),
}


def question_of(index: int) -> str:
    return "belastingdienst" if index % 3 == 2 else "toeslagen"


def question(topic: str, organisation: str) -> dict[str, Any]:
    return {
        "question_id": f"q-{topic}",  # replaced below by a fresh id
        "position": 1,
        "kind": "digital_government",
        "organisation": organisation,
        "topic": topic,
        "digid_followup": None,
        "help": ["informatie"],
        "referral": [],
        "note": None,
    }


@dataclass
class World:
    """The server with its data and what was sent, counted here."""

    central: Central
    desks: dict[str, Desk]
    visits: Counter[str] = field(default_factory=Counter)  # per branch
    asked: Counter[tuple[str, str]] = field(default_factory=Counter)  # (branch, organisation)

    def totals(self, branches: frozenset[str]) -> dict[str, int]:
        """What the overview's totals must say for these branches."""
        return {
            "Bezoeken": sum(self.visits[b] for b in branches),
            "Vragen": sum(n for (b, _), n in self.asked.items() if b in branches),
        }

    def about(self, organisation: str) -> int:
        """The questions about *organisation*, nationally."""
        return sum(n for (_, o), n in self.asked.items() if o == organisation)


@pytest.fixture
def world(make_central: Callable[..., Central]) -> World:
    from kiosk.ids import new_id

    central = make_central(**CHEAP)
    with central.db.write() as conn:
        for p in PLACES:
            if organisations.find(conn, p.organisation) is None:
                organisations.add_organisation(conn, p.organisation, p.name, p.registered)
            if p.id != "b1":  # the conftest's branch
                values = {
                    "id": p.id,
                    "name": p.name,
                    "organisation": p.organisation,
                    "municipality": p.municipality,
                }
                add_branch(conn, values, p.registered)
    data = World(central, {p.id: central.enroll(p.id, name=f"Balie {p.id}") for p in PLACES})
    for p in PLACES:
        desk = data.desks[p.id]
        ops = []
        for i in range(p.visits):
            when = datetime(2026, 10 + i % 2, 3 + i, 10, 30, tzinfo=UTC)
            topic, organisation = QUESTIONS[question_of(i)]
            asked = {**question(topic, organisation), "question_id": new_id()}
            ops.append(
                desk.visit(
                    occurred_at=to_utc_text(when), recorded_at=to_utc_text(when), questions=[asked]
                )
            )
            data.visits[p.id] += 1
            data.asked[(p.id, organisation)] += 1
        answer = desk.send(ops)
        assert {r["status"] for r in answer["results"]} == {"accepted"}
    refresh.refresh(central.db)
    return data


# -- the roles ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Who:
    """A role and scope, what it opens and which branches its figures count."""

    role: Role | None
    scope: str | None
    opens: frozenset[str]
    branches: frozenset[str] | None  # None: not a branch scope (the executive's questions)


EVERYONE = frozenset(p.id for p in PLACES)
PUBLIC_VIEWS = ALL_VIEWS - {"gezondheid"}  # data health names branches and devices
WHO: dict[str, Who] = {
    "public": Who(None, None, PUBLIC_VIEWS, EVERYONE),
    "national": Who(Role.NATIONAL, None, ALL_VIEWS, EVERYONE),
    "organisation": Who(Role.ORGANISATION, "oba", ALL_VIEWS, frozenset({"a1", "a3"})),
    # Amsterdam sees the branch registered in Weesp (merged into Amsterdam in 2022).
    "municipality": Who(Role.MUNICIPALITY, "GM0363", ALL_VIEWS, frozenset({"a1", "w1"})),
    "executive": Who(Role.EXECUTIVE, "belastingdienst", frozenset({"vragen", "hulp"}), None),
}

# Addresses each role must be refused (403, one text), in pairs where one half names something
# that exists and the other something that does not: the refusals must be identical.
TAMPERING: dict[str, list[str]] = {
    "public": [
        "vestiging=a1",
        "vestiging=bestaat-niet",
        "organisatie=oba",
        "organisatie=bestaat-niet",
    ],
    "national": [],
    "organisation": [
        "vestiging=w1",  # another organisation's branch
        "vestiging=bestaat-niet",
        "organisatie=gooi-en-meer",
        "organisatie=bestaat-niet",
        "gemeente=GM0855",  # an organisation account has no municipal level
    ],
    "municipality": [
        "vestiging=b1",  # a branch in Tilburg
        "vestiging=bestaat-niet",
        "gemeente=GM0855",
        "gemeente=GM0362",  # the neighbour, Amstelveen
        "organisatie=oba",
        "organisatie=bestaat-niet",
    ],
    "executive": [
        "instantie=toeslagen",  # another organisation's questions
        "vestiging=a1",
        "vestiging=bestaat-niet",
    ],
}


def client_for(world: World, name: str) -> TestClient:
    """A browser signed in as an account of role *name* (or the public: no session)."""
    client = browser(world.central)
    who = WHO[name]
    if who.role is not None:
        username = f"{name}@example.nl"
        add_user(world.central, username, who.role, who.scope, name=name.title())
        assert sign_in(client, username).status_code == 303
    return client


# -- the surfaces ------------------------------------------------------------------------------

# A table's title -> its rows, each its values in the surface's column order (a hidden count:
# None). The CSV puts every table of a view under one heading row, so a row of one table has
# the other tables' columns empty: the readers compare what a row holds, not where.
Tables = dict[str, list[list[Any]]]


def read_api(response: Any) -> Tables:
    return {t["title"]: [list(row) for row in t["rows"]] for t in response.json()["tables"]}


def _value(text: str) -> Any:
    if text == "":
        return None
    return int(text) if re.fullmatch(r"-?\d+", text) else text


def read_csv(response: Any) -> Tables:
    text = response.content.decode("utf-8-sig")
    heading, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert heading[0] == "tabel" and heading[-1] == "opmerking"
    tables: Tables = {}
    for row in rows:
        if row[0] != "Toelichting":
            tables.setdefault(row[0], []).append([_value(v) for v in row[1:-1]])
    return tables


def read_xlsx(response: Any) -> Tables:
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    tables: Tables = {}
    for sheet in book.worksheets[1:]:  # the first explains the download
        body = []
        for row in list(sheet.iter_rows(values_only=True))[1:]:
            if not any(v is not None for v in row):
                break  # a blank row ends the table
            body.append(list(row))
        while body and _sentence(body[-1]):
            body.pop()  # the summary and the note on small counts under the rows
        tables[str(sheet.title)] = body
    return tables


class _PageTables(HTMLParser):
    """The tables of a dashboard page: each figure's title (its h3) and its body's cells."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: Tables = {}
        self._title: str | None = None
        self._text: list[str] | None = None
        self._row: list[Any] | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h3" or (self._row is not None and tag in ("th", "td")):
            self._text = []
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self._row = []

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._text is not None:
            self._title = " ".join("".join(self._text).split())
            self.tables[self._title] = []
            self._text = None
        elif tag in ("th", "td") and self._row is not None and self._text is not None:
            self._row.append(_shown(" ".join("".join(self._text).split())))
            self._text = None
        elif tag == "tr" and self._row is not None:
            assert self._title is not None
            self.tables[self._title].append(self._row)
            self._row = None
        elif tag == "tbody":
            self._in_body = False


def _shown(text: str) -> Any:
    """A page's cell as a value: a count in Dutch notation (1.234) as an int, "verborgen" None."""
    if text == "verborgen":
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})*", text):
        return int(text.replace(".", ""))
    return text


def read_page(response: Any) -> Tables:
    assert response.headers["content-type"].startswith("text/html")
    reader = _PageTables()
    reader.feed(response.text)
    return reader.tables


def _sentence(row: list[Any]) -> bool:
    """Whether an XLSX row is a line of text under a table (one cell, a sentence)."""
    filled = [v for v in row if v is not None]
    return len(filled) == 1 and isinstance(filled[0], str) and filled[0].endswith(".")


def pairs(rows: list[list[Any]]) -> dict[str, Any]:
    """A (label, count) table's rows as a dict: the row's text, its count (None: hidden)."""
    found = {}
    for row in rows:
        label = next(v for v in row if isinstance(v, str))
        found[label] = next((v for v in row if isinstance(v, int)), None)
    return found


@dataclass(frozen=True)
class Surface:
    """How to ask one surface for a view, how a refusal looks, how to read its numbers."""

    url: str  # with {slug} and {query}
    problem: bool  # refusals as problem documents (else as the dashboard's error page)
    read: Callable[[Any], Tables] | None = None  # None: statuses and refusals only


SURFACES: dict[str, Surface] = {
    "page": Surface("/dashboard/{slug}?{query}", False, read_page),
    "api": Surface("/v1/figures/{slug}?{query}", True, read_api),
    "csv": Surface("/dashboard/{slug}.csv?{query}", False, read_csv),
    "xlsx": Surface("/dashboard/{slug}.xlsx?{query}", False, read_xlsx),
}


def ask(client: TestClient, surface: Surface, slug: str, query: str = f"jaar={YEAR}") -> Any:
    return client.get(surface.url.format(slug=slug, query=query))


def refusal_text(surface: Surface, response: Any) -> str:
    if surface.problem:
        body = response.json()
        assert body["code"] == "forbidden"
        return str(body["detail"])
    assert params.OUTSIDE in response.text, response.text[:500]
    return params.OUTSIDE


def totals(tables: Tables) -> dict[str, Any]:
    return pairs(tables["Totalen"])


# -- the tests ---------------------------------------------------------------------------------

ROLES = sorted(WHO)


@pytest.mark.parametrize("role", ROLES)
def test_each_role_opens_its_views_on_every_surface(world: World, role: str) -> None:
    client = client_for(world, role)
    for name, surface in SURFACES.items():
        for slug in sorted(ALL_VIEWS):
            response = ask(client, surface, slug)
            expected = 200 if slug in WHO[role].opens else 403
            assert response.status_code == expected, (name, slug, response.text[:300])
            if expected == 403:
                assert refusal_text(surface, response) == REFUSED


@pytest.mark.parametrize("role", ROLES)
def test_the_numbers_are_exactly_the_scope_on_every_surface(world: World, role: str) -> None:
    client = client_for(world, role)
    who = WHO[role]
    for name, surface in SURFACES.items():
        if surface.read is None:
            continue
        if who.branches is not None:
            tables = surface.read(ask(client, surface, "overzicht"))
            assert totals(tables) == world.totals(who.branches), name
        else:  # the executive: its own organisation's questions, nationally, nothing else
            tables = surface.read(ask(client, surface, "vragen"))
            per_organisation = pairs(tables["Vragen per instantie"])
            assert per_organisation == {"Belastingdienst": world.about("belastingdienst")}, name
            assert len(tables["Vragen per onderwerp"]) == 1, name  # its one topic here


@pytest.mark.parametrize("role", ["organisation", "municipality"])
def test_a_scope_narrowed_to_one_of_its_branches(world: World, role: str) -> None:
    client = client_for(world, role)
    who = WHO[role]
    assert who.branches is not None
    for branch_id in sorted(who.branches):
        for name, surface in SURFACES.items():
            if surface.read is None:
                continue
            response = ask(client, surface, "overzicht", f"jaar={YEAR}&vestiging={branch_id}")
            assert response.status_code == 200, (name, response.text[:300])
            assert totals(surface.read(response)) == world.totals(frozenset({branch_id})), name


def test_amsterdam_by_its_former_code_weesp_is_inside_its_area(world: World) -> None:
    client = client_for(world, "municipality")
    for name, surface in SURFACES.items():
        if surface.read is None:
            continue
        response = ask(client, surface, "overzicht", f"jaar={YEAR}&gemeente=GM0457")
        assert response.status_code == 200, (name, response.text[:300])
        # A former code names the municipality it went into: all of Amsterdam's area.
        assert totals(surface.read(response)) == world.totals(frozenset({"a1", "w1"})), name


@pytest.mark.parametrize("role", ROLES)
def test_tampering_gets_one_refusal_whether_the_target_exists_or_not(
    world: World, role: str
) -> None:
    client = client_for(world, role)
    slug = "vragen"  # a view every role opens
    for name, surface in SURFACES.items():
        seen = set()
        for query in TAMPERING[role]:
            response = ask(client, surface, slug, f"jaar={YEAR}&{query}")
            assert response.status_code == 403, (name, query, response.text[:300])
            assert refusal_text(surface, response) == REFUSED
            for place in PLACES:  # a refusal names nothing
                assert place.name not in response.text, (name, query)
            seen.add(response.content)
        assert len(seen) <= 1, name


def test_the_public_view_never_shows_a_branch_and_hides_small_counts(world: World) -> None:
    client = client_for(world, "public")
    for name, surface in SURFACES.items():
        for slug in sorted(PUBLIC_VIEWS):
            response = ask(client, surface, slug)
            assert response.status_code == 200, (name, slug)
            text = response.text if name != "xlsx" else ""
            for place in PLACES:
                assert place.name not in text and f"={place.id}" not in text, (name, slug)
            if surface.read is None:
                continue
            for title, rows in surface.read(response).items():
                for row in rows:
                    for value in row:
                        small = isinstance(value, int) and 0 < value < MIN_COUNT
                        assert not small, (name, slug, title, row)
        if surface.read is None:
            continue
        small = surface.read(ask(client, surface, "overzicht", f"jaar={YEAR}&gemeente=GM0088"))
        assert set(totals(small).values()) == {None}, name  # 2 visits, 2 questions: hidden
        large = surface.read(ask(client, surface, "overzicht", f"jaar={YEAR}&gemeente=GM0363"))
        assert totals(large) == world.totals(frozenset({"a1", "w1"})), name


@pytest.mark.parametrize(
    "query", ["", "&gemeente=GM0088", "&gemeente=GM0362", "&gemeente=GM0363", "&provincie=PV27"]
)
def test_no_hidden_public_count_follows_from_its_column_total(world: World, query: str) -> None:
    """The public's tables against the same tables unhidden: shown cells true, hidden ones safe."""
    public, national = client_for(world, "public"), client_for(world, "national")
    hidden_cells = 0
    for slug in sorted(PUBLIC_VIEWS):
        url = f"/v1/figures/{slug}?jaar={YEAR}{query}"
        hidden, full = public.get(url).json(), national.get(url).json()
        unhidden = {t["id"]: t for t in full["tables"]}  # a national account sees more tables
        for seen in hidden["tables"]:
            true = unhidden[seen["id"]]
            assert len(seen["rows"]) == len(true["rows"]), (slug, seen["id"])
            for c, column in enumerate(true["columns"]):
                if column["kind"] == "text":
                    continue
                shown = [row[c] for row in seen["rows"]]
                values = [row[c] for row in true["rows"]]
                hidden_cells += shown.count(None)
                for s, v in zip(shown, values, strict=True):
                    assert s is None or s == v, (slug, seen["id"], column["key"])
                if column["kind"] != "count":
                    continue
                assert not any(0 < v < MIN_COUNT for v in shown if v is not None)
                total = sum(values)
                if total < MIN_COUNT or (0 not in values and all(v == 1 for v in values)):
                    continue  # a small total is hidden itself; only ones: see suppress.py
                assert recoverable(values, shown) == [], (slug, seen["id"], column["key"])
    if "GM0088" in query or "GM0362" in query:  # 2 and 4 visits: something is hidden
        assert hidden_cells > 0


# -- the accountability report -----------------------------------------------------------------

AMSTERDAM = frozenset({"a1", "w1"})  # with the branch registered in Weesp
OBA = frozenset({"a1", "a3"})
REPORT_URL = "/dashboard/verantwoording?{subject}&jaar=" + YEAR + "&formaat={fmt}"
# Per role: (subject, the branches the report counts) or (subject, the status of its refusal).
# The 403s of one role are one refusal, whether the code exists or not.
REPORTS: dict[str, list[tuple[str, frozenset[str] | int]]] = {
    "public": [("gemeente=GM0363", 303)],  # to the sign-in form
    "national": [("gemeente=GM0363", AMSTERDAM), ("organisatie=oba", OBA)],
    "organisation": [
        ("organisatie=oba", OBA),
        ("organisatie=gooi-en-meer", 403),
        ("organisatie=bestaat-niet", 403),
        ("gemeente=GM0363", 403),
    ],
    "municipality": [
        ("gemeente=GM0363", AMSTERDAM),
        ("gemeente=GM0855", 403),
        ("gemeente=GM9999", 403),
        ("organisatie=oba", 403),
    ],
    "executive": [("gemeente=GM0363", 403), ("organisatie=oba", 403)],
}


def read_report_xlsx(response: Any) -> Tables:
    """The tables of a report's workbook: per section sheet, blocks between blank rows.

    A sheet starts with the section's title and notes; then each table is its title, its
    headings, its rows and the sentences under them.
    """
    book = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    tables: Tables = {}
    for sheet in book.worksheets[1:]:
        blocks: list[list[list[Any]]] = [[]]
        for row in sheet.iter_rows(values_only=True):
            if any(v is not None for v in row):
                blocks[-1].append(list(row))
            elif blocks[-1]:
                blocks.append([])
        for block in blocks[1:]:
            while block and _sentence(block[-1]):
                block.pop()
            if len(block) >= 2:
                tables[str(block[0][0])] = block[2:]
    return tables


@pytest.mark.parametrize("role", ROLES)
def test_reports_count_exactly_their_subject_and_refuse_alike(world: World, role: str) -> None:
    client = client_for(world, role)
    refusals = set()
    for subject, outcome in REPORTS[role]:
        for fmt in ("xlsx", "pdf"):
            response = client.get(REPORT_URL.format(subject=subject, fmt=fmt))
            if isinstance(outcome, int):
                assert response.status_code == outcome, (subject, fmt, response.text[:300])
                if outcome == 403:
                    refusals.add(response.content)
                continue
            assert response.status_code == 200, (subject, fmt, response.text[:300])
            if fmt == "pdf":
                assert response.content.startswith(b"%PDF")
                continue
            assert totals(read_report_xlsx(response)) == world.totals(outcome), subject
    assert len(refusals) <= 1, role
    if refusals and role != "executive":
        assert content.REFUSED in refusals.pop().decode()


# -- desks and the admin token -----------------------------------------------------------------

DESK_VIEWS = ALL_VIEWS - {"gezondheid"}  # data health is about desks, for the people


def test_a_desk_reads_exactly_its_own_branch(world: World) -> None:
    for place in PLACES:
        headers = {"Authorization": f"Bearer {world.desks[place.id].token}"}
        for slug in sorted(ALL_VIEWS):
            response = world.central.client.get(f"/v1/figures/{slug}?jaar={YEAR}", headers=headers)
            assert response.status_code == (200 if slug in DESK_VIEWS else 403), (place.id, slug)
            if slug == "overzicht":
                assert totals(read_api(response)) == world.totals(frozenset({place.id}))


def test_device_and_admin_tokens_never_open_a_page_or_a_download(world: World) -> None:
    tokens = {"desk": world.desks["a1"].token, "admin": ADMIN_TOKEN}
    for who, token in tokens.items():
        client = browser(world.central)
        client.headers["Authorization"] = f"Bearer {token}"
        for name, surface in SURFACES.items():
            if surface.problem:
                continue  # the API: a desk its branch (above), the admin 403 (its own test)
            for slug in sorted(ALL_VIEWS):
                response = ask(client, surface, slug)
                assert response.status_code == 403, (who, name, slug)
                for place in PLACES:
                    assert place.name not in response.text, (who, name, slug)
        report = client.get(REPORT_URL.format(subject="gemeente=GM0363", fmt="xlsx"))
        assert report.status_code == 403, who
