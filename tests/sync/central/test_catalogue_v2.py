"""Catalogue 2 on the server: loaded, published on the feed, installed by a desk, both mapped.

The server ships catalogue 2 (the government layer of every organisation) and publishes it on
its pull feed. A desk of the release before it pulls the file and uses it from its next
start; its visits of version 1 keep that version, on the desk and on the server, and each
maps to its organisation's layer. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.catalogue import CatalogueSet, load_catalogues, parse_catalogue, shipped_files
from kiosk.locations import demo_location
from kiosk.paths import AppPaths, app_paths
from kiosk.visits import QuestionInput
from sync.central.app import create_app
from sync.central.catalogues import load_server_catalogues
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock, make_visit_input
from tests.sync.central.test_central_planning_race import Server

RENT = QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",))
DIGID = QuestionInput(
    topic="digid_aanvragen",
    organisation="logius",
    digid_followup="aangevraagd",
    help=("samen_gedaan",),
)


def shipped(version: int) -> dict[str, Any]:
    [text] = [t for name, t in shipped_files() if name == f"catalogue-{version}.json"]
    data: dict[str, Any] = json.loads(text)
    return data


def only_version_1() -> list[tuple[str, str]]:
    """What a desk of the release before catalogue 2 ships."""
    return [(name, text) for name, text in shipped_files() if name == "catalogue-1.json"]


def test_the_server_loads_version_2_beside_version_1() -> None:
    found = load_server_catalogues(None)
    assert [c.version for c in found.catalogues] == [1, 2]
    assert found.catalogues.current.options("layer")
    assert found.documents[2] == shipped(2)  # published as the file says, layers and all


def test_the_feed_publishes_version_2_whole(central, desk) -> None:
    page = desk.client.get("/v1/changes", headers=desk.headers).json()
    catalogues = {c["id"]: c for c in page["changes"] if c["type"] == "catalogue"}
    assert sorted(catalogues) == ["1", "2"]
    change = catalogues["2"]
    assert (change["version"], change["deleted"]) == (2, False)
    assert change["data"] == shipped(2)
    pulled = parse_catalogue(change["data"], "pulled")
    assert pulled.get("organisation", "uwv").layer == "uitvoeringsorganisatie"  # type: ignore[union-attr]


def test_the_server_accepts_visits_of_both_versions_and_keeps_each_version(central, desk):
    answer = desk.send([desk.visit(catalogue_version=1), desk.visit(catalogue_version=2)])

    assert [r["status"] for r in answer["results"]] == ["accepted", "accepted"]
    rows = central.rows(
        "SELECT v.catalogue_version, q.organisation FROM visit v "
        "JOIN question q ON q.visit_id = v.visit_id ORDER BY v.catalogue_version"
    )
    assert [tuple(r) for r in rows] == [(1, "toeslagen"), (2, "toeslagen")]
    layers = load_server_catalogues(None).catalogues
    assert [layers.layer(r[0], r[1]) for r in rows] == ["uitvoeringsorganisatie"] * 2


@dataclass
class DeskApp:
    """A desk's folder and clock; opened anew for every start, as the app is."""

    paths: AppPaths
    clock: FakeClock
    config: Path

    def open(self) -> tuple[Kiosk, SyncClient]:
        app = Kiosk.open(self.paths, now=self.clock.now)
        tokens = TokenStore(self.config, backend=fail.Keyring())
        return app, SyncClient.for_kiosk(app, tokens=tokens)


@pytest.fixture
def server(central, settings, server_clock) -> Iterator[Server]:
    with Server(create_app(settings, now=server_clock.now)) as running:
        yield running


@pytest.fixture
def desk_folder(tmp_path: Path) -> DeskApp:
    return DeskApp(app_paths(tmp_path / "desk"), FakeClock(), tmp_path / "config")


def test_a_desk_of_the_earlier_release_installs_version_2_and_records_under_it(
    central, server: Server, desk_folder: DeskApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kiosk.catalogue.shipped_files", only_version_1)
    app, client = desk_folder.open()
    try:
        assert app.catalogues.current.version == 1
        desk = app.locations.create(demo_location())
        client.enroll(server.url, central.code(), "Balie 1")
        app.registration.record(desk.desk_id, make_visit_input(RENT, DIGID))

        result = client.sync_once(force=True)

        assert result.ok, result.error
        assert (result.acked, result.new_catalogues) == (1, (2,))
        installed = desk_folder.paths.catalogue_dir / "catalogue-2.json"
        assert json.loads(installed.read_text("utf-8")) == shipped(2)
    finally:
        client.close()
        app.close()

    desk_folder.clock.advance(minutes=10)
    app, client = desk_folder.open()  # the next start: still the earlier release
    try:
        assert app.catalogues.current.version == 2
        assert app.catalogues.problems == ()
        app.registration.record(desk.desk_id, make_visit_input(RENT, DIGID))
        result = client.sync_once(force=True)
        assert result.ok and result.acked == 1, result.error
        assert result.new_catalogues == ()  # nothing new on the feed
        with app.db.engine.connect() as conn:
            desk_versions = sorted(
                v for (v,) in conn.exec_driver_sql("SELECT catalogue_version FROM visit")
            )
    finally:
        client.close()
        app.close()

    assert desk_versions == [1, 2]
    rows = central.rows(
        "SELECT v.catalogue_version, q.organisation FROM visit v "
        "JOIN question q ON q.visit_id = v.visit_id ORDER BY v.catalogue_version, q.position"
    )
    assert [tuple(r) for r in rows] == [
        (1, "toeslagen"),
        (1, "logius"),
        (2, "toeslagen"),
        (2, "logius"),
    ]
    # The layer of every stored question, old and new: from the server's catalogues, and the
    # same from the desk's own (the installed file).
    server_side = load_server_catalogues(None).catalogues
    desk_side = load_catalogues(desk_folder.paths.catalogue_dir)
    for catalogues in (server_side, desk_side):
        assert [catalogues.layer(v, org) for v, org in rows] == [
            "uitvoeringsorganisatie",
            "rijk",
            "uitvoeringsorganisatie",
            "rijk",
        ]
    assert CatalogueSet([c for c in desk_side if c.version == 1]).layer(1, "logius") is None


def test_a_desk_of_this_release_keeps_its_shipped_copy(
    central, server: Server, desk_folder: DeskApp
) -> None:
    app, client = desk_folder.open()
    try:
        assert app.catalogues.current.version == 2
        desk = app.locations.create(demo_location())
        client.enroll(server.url, central.code(), "Balie 1")
        app.registration.record(desk.desk_id, make_visit_input(RENT))

        result = client.sync_once(force=True)

        assert result.ok and result.acked == 1, result.error
        assert result.pulled >= 2 and result.new_catalogues == ()
        assert not list(desk_folder.paths.catalogue_dir.glob("catalogue-*.json"))
    finally:
        client.close()
        app.close()
    [(version,)] = central.rows("SELECT catalogue_version FROM visit")
    assert version == 2
