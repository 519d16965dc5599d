"""The filter in the address: parsed into a Filter, written back, refused in Dutch.

Round trips (parse of to_query gives the same filter, and to_query is canonical), every
kind of malformed value (400, naming the field), and tampering: a value outside the viewer's
scope is refused with 403 and one fixed message, whether the code exists or not.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from urllib.parse import parse_qs

import pytest
from sqlalchemy import Connection

from kiosk.catalogue import CatalogueSet
from sync.central import branches, organisations
from sync.central.accounts.roles import Role
from sync.central.accounts.scope import Visibility
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.catalogues import load_server_catalogues
from sync.central.db import Database
from sync.central.figures.params import OUTSIDE, FilterError, parse, to_query
from sync.central.figures.queries import Filter

DAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
NATIONAL = Viewer(role=Role.NATIONAL)
ORGANISATION = Viewer(role=Role.ORGANISATION, scope="bibliotheek-a")
MUNICIPALITY = Viewer(role=Role.MUNICIPALITY, scope="GM0363")
EXECUTIVE = Viewer(role=Role.EXECUTIVE, scope="toeslagen")
CATALOGUES: CatalogueSet = load_server_catalogues(None).catalogues


@pytest.fixture
def conn(database_url: str) -> Iterator[Connection]:
    db = Database(database_url)
    with db.write() as c:
        organisations.add_organisation(c, "bibliotheek-a", "Bibliotheek A", NOW)
        organisations.add_organisation(c, "bibliotheek-b", "Bibliotheek B", NOW)
        for branch_id, organisation, municipality in (
            ("a-amsterdam", "bibliotheek-a", "GM0363"),
            ("a-weesp", "bibliotheek-a", "GM0457"),
            ("b-utrecht", "bibliotheek-b", "GM0344"),
        ):
            values = {
                "id": branch_id,
                "name": f"Vestiging {branch_id}",
                "organisation": organisation,
                "municipality": municipality,
            }
            branches.add_branch(c, values, datetime(2020, 1, 1, tzinfo=UTC))
    with db.read() as c:
        yield c
    db.close()


def read(conn: Connection, query: str, viewer: Viewer = NATIONAL) -> Filter:
    visibility = Visibility.of(viewer, 5, day=DAY)
    return parse(parse_qs(query), visibility, conn, CATALOGUES)


def refused(conn: Connection, query: str, viewer: Viewer = NATIONAL) -> FilterError:
    with pytest.raises(FilterError) as caught:
        read(conn, query, viewer)
    return caught.value


@pytest.mark.parametrize(
    "query",
    [
        "",
        "jaar=2026",
        "jaar=2025&kwartaal=3",
        "van=2024-11&tot=2026-02",
        "van=2025-05",
        "tot=2025-05",
        "provincie=PV27&gemeente=GM0363&kanaal=online&kanaal=phone",
        "organisatie=bibliotheek-a&vestiging=a-amsterdam&vestiging=a-weesp",
        "organisatie=bibliotheek-a&grootte=tot-30000&grootte=vanaf-100000&vestiging=a-weesp",
        "gemeente=GM0363&grootte=30000-60000&grootte=60000-100000",
        "vorm=basis&plek=buiten&instantie=belastingdienst&instantie=toeslagen",
        "jaar=2026&plek=binnen",
    ],
)
def test_round_trip_is_canonical(conn: Connection, query: str) -> None:
    f = read(conn, query)
    text = to_query(f)
    assert read(conn, text) == f
    assert to_query(read(conn, text)) == text
    assert parse_qs(text) == parse_qs(query)  # these queries are canonical already


def test_values_and_forms(conn: Connection) -> None:
    f = read(conn, "jaar=2025&kwartaal=2&kanaal=&gemeente=gm0363&instantie=UWV&plek=BUITEN")
    assert (f.first, f.last) == (202504, 202506)
    assert f.municipalities == {"GM0363"} and f.asked == {"uwv"} and f.inside is False
    assert f.channels == frozenset()  # an empty value is no choice
    assert to_query(Filter(first=202601, last=202603)) == "jaar=2026&kwartaal=1"
    assert to_query(Filter(first=202602, last=202604)) == "van=2026-02&tot=2026-04"
    # A month range through the form's own fields, in either order of parameters.
    assert read(conn, "tot=2026-03&van=2026-01") == read(conn, "jaar=2026&kwartaal=1")


def test_a_former_municipality_means_its_successor_today(conn: Connection) -> None:
    assert read(conn, "gemeente=GM0457").municipalities == {"GM0363"}
    assert to_query(read(conn, "gemeente=GM0457")) == "gemeente=GM0363"
    # Weesp is within Amsterdam's account too.
    assert read(conn, "gemeente=GM0457", MUNICIPALITY).municipalities == {"GM0363"}


def test_a_layer_picks_its_organisations(conn: Connection) -> None:
    f = read(conn, "laag=rijk")
    version = CATALOGUES.current.version
    assert f.asked and all(CATALOGUES.layer(version, code) == "rijk" for code in f.asked)
    assert read(conn, to_query(f)) == f
    error = refused(conn, "laag=gemeente&instantie=belastingdienst")
    assert error.status == 400 and "bestuurslaag" in error.message


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("jaar=twintig", "jaar"),
        ("jaar=1999", "jaar"),
        ("jaar=2026&kwartaal=5", "kwartaal"),
        ("kwartaal=2", "kwartaal"),
        ("van=2026-13", "van (maand)"),
        ("van=2026-1", "van (maand)"),
        ("tot=morgen", "tot en met (maand)"),
        ("van=2026-05&tot=2026-02", "tot en met (maand)"),
        ("jaar=2026&van=2026-02", "jaar"),
        ("jaar=2025&jaar=2026", "jaar"),
        ("provincie=PV99", "provincie"),
        ("gemeente=GM9999", "gemeente"),
        ("gemeente=Amsterdam", "gemeente"),
        ("organisatie=bestaat-niet", "bibliotheekorganisatie"),
        ("vestiging=bestaat-niet", "vestiging"),
        ("kanaal=fax", "kanaal"),
        ("vorm=groot", "IDO-vorm"),
        ("plek=ergens", "plek van het IDO"),
        ("laag=hemel", "bestuurslaag"),
        ("instantie=nasa", "instantie"),
        ("grootte=enorm", "grootte werkgebied"),
        ("grootte=30000", "grootte werkgebied"),
        ("kanaal=" + "&kanaal=".join(str(i) for i in range(51)), "kanaal"),
    ],
)
def test_malformed_values_are_refused_naming_the_field(
    conn: Connection, query: str, field: str
) -> None:
    error = refused(conn, query)
    assert error.status == 400
    assert f"‘{field}’" in error.message


@pytest.mark.parametrize(
    ("viewer", "query"),
    [
        (ORGANISATION, "organisatie=bibliotheek-b"),  # exists, another's
        (ORGANISATION, "organisatie=bestaat-niet"),  # does not exist: the same answer
        (ORGANISATION, "vestiging=b-utrecht"),
        (ORGANISATION, "vestiging=bestaat-niet"),
        (ORGANISATION, "gemeente=GM0363"),  # no municipal figures for an organisation
        (ORGANISATION, "provincie=PV27"),
        (MUNICIPALITY, "gemeente=GM0344"),
        (MUNICIPALITY, "vestiging=b-utrecht"),
        (MUNICIPALITY, "vestiging=bestaat-niet"),
        (MUNICIPALITY, "organisatie=bibliotheek-a"),
        (MUNICIPALITY, "provincie=PV27"),
        (PUBLIC, "vestiging=a-amsterdam"),
        (PUBLIC, "vestiging=bestaat-niet"),
        (PUBLIC, "organisatie=bibliotheek-a"),
        (EXECUTIVE, "instantie=belastingdienst"),
        (EXECUTIVE, "vestiging=a-amsterdam"),
        (EXECUTIVE, "organisatie=bibliotheek-a"),
        (MUNICIPALITY, "grootte=tot-30000"),  # who may not pick an organisation
        (EXECUTIVE, "grootte=tot-30000"),
    ],
)
def test_tampering_gets_one_message_that_reveals_nothing(
    conn: Connection, viewer: Viewer, query: str
) -> None:
    error = refused(conn, query, viewer)
    assert (error.status, error.message) == (403, OUTSIDE)


def test_scoped_viewers_keep_their_own_values(conn: Connection) -> None:
    assert read(conn, "vestiging=a-weesp", ORGANISATION).branches == {"a-weesp"}
    assert read(conn, "organisatie=bibliotheek-a", ORGANISATION).organisations == {"bibliotheek-a"}
    assert read(conn, "vestiging=a-weesp", MUNICIPALITY).branches == {"a-weesp"}
    assert read(conn, "gemeente=GM0344&provincie=PV26", PUBLIC).municipalities == {"GM0344"}
    # An executive's questions are always its own, asked for or not.
    assert read(conn, "", EXECUTIVE).asked == {"toeslagen"}
    assert read(conn, "instantie=toeslagen", EXECUTIVE).asked == {"toeslagen"}


def test_a_desk_may_name_its_own_branch_only(conn: Connection) -> None:
    desk = Viewer.of_device("a-weesp")
    assert read(conn, "vestiging=a-weesp", desk).branches == {"a-weesp"}
    for query in ("vestiging=a-amsterdam", "vestiging=bestaat-niet", "organisatie=bibliotheek-a"):
        error = refused(conn, query, desk)
        assert (error.status, error.message) == (403, OUTSIDE)
