"""Two real desks (the kiosk's PlanningService and SyncClient) and a real server, offline.

Scenario 17 of the sync design (both desks book the last place of a slot offline; either
sync order) and scenario 18 (cancel against an edit made on a stale version), on SQLite and
PostgreSQL: uvicorn serves the app in a thread, each desk has its own database and syncs over
HTTP. And retention on a desk that has not sent its bookings yet: the purge takes the contact
details out of the waiting ops, the counts still arrive (docs/belastinghulp.md §6).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import httpx
import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.planning.records import BookingInput, TemplateInput
from kiosk.planning.service import PlanningService
from sync.central.app import create_app
from sync.central.planning.purge import purge_all
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock
from tests.sync.central.test_central_planning_race import Server

DAY = date(2027, 3, 2)  # a Tuesday in the season
PAST_RETENTION = DAY + timedelta(days=29)  # the default term is 28 days


@dataclass
class DeskApp:
    """One desk: its app (database, planning service) and its sync client."""

    app: Kiosk
    client: SyncClient

    @property
    def planning(self) -> PlanningService:
        return self.app.planning

    def sync(self) -> None:
        result = self.client.sync_once(force=True)
        assert result.ok, result.error


@pytest.fixture
def two_desks(central, settings, server_clock, tmp_path: Path) -> Iterator[tuple[DeskApp, ...]]:
    clock = FakeClock()
    desks: list[DeskApp] = []
    with Server(create_app(settings, now=server_clock.now)) as server:
        for name in ("a", "b"):
            app = Kiosk.open(app_paths(tmp_path / name), now=clock.now)
            app.locations.create(demo_location())
            client = SyncClient.for_kiosk(
                app, tokens=TokenStore(tmp_path / f"config-{name}", backend=fail.Keyring())
            )
            client.enroll(server.url, central.code(), f"Balie {name.upper()}")
            desks.append(DeskApp(app, client))
        try:
            yield tuple(desks)
        finally:
            for desk in desks:
                desk.client.close()
                desk.app.close()


def _plan_a_season(a: DeskApp, b: DeskApp) -> list[str]:
    """Desk A sets up a season with two one-place slots on DAY; both desks sync."""
    season = a.planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 3, 14))
    partner = a.planning.save_partner("Humanitas")
    helper = a.planning.save_helper("Henk", partner.id, ["aangifte"])
    template = TemplateInput(helper.id, 2, time(10, 0), time(11, 0), 30, capacity=1)
    a.planning.save_template(season.id, template)
    assert a.planning.generate(season.id) == 4  # two Tuesdays x two slots
    a.sync()
    b.sync()
    slots = sorted(
        (s for s in b.planning.grid(season.id).cells.values() if s.day == DAY),
        key=lambda s: s.starts,
    )
    assert [s.sync for s in slots] == ["confirmed", "confirmed"]
    return [s.id for s in slots]


def _citizen(name: str) -> BookingInput:
    return BookingInput(name=name, phone="0612345678", purpose=("aangifte",))


def _state(desk: DeskApp, slot_ids: list[str]) -> dict[str, tuple[str, str, str]]:
    """Every booking on the slots as the desk sees it: id -> (slot, status, sync)."""
    return {
        b.id: (slot_id, b.status, b.sync)
        for slot_id in slot_ids
        for b in desk.planning.slot(slot_id).bookings
    }


def _server_state(central) -> dict[str, tuple[str, str, str]]:
    return {r.id: (r.slot_id, r.status, r.sync_state) for r in central.table("plan_booking")}


@pytest.mark.parametrize("first", ["a", "b"])
def test_scenario_17_offline_double_booking_converges(central, two_desks, first):
    a, b = two_desks
    slot, other_slot = _plan_a_season(a, b)
    # Offline: each desk sees the slot free and books its last place.
    mine = a.planning.book(slot, _citizen("Anna van A"))
    theirs = b.planning.book(slot, _citizen("Bert van B"))
    winner, loser = (mine, theirs) if first == "a" else (theirs, mine)
    order = (a, b) if first == "a" else (b, a)
    for desk in order:
        desk.sync()
    for desk in order:
        desk.sync()  # the first one pulls the second one's booking

    server = _server_state(central)
    assert server[winner.id] == (slot, "booked", "confirmed")
    assert server[loser.id] == (slot, "booked", "conflict")
    [conflict] = central.table("plan_conflict")
    assert (conflict.booking_id, conflict.code, conflict.resolved_at) == (
        loser.id,
        "slot_full",
        None,
    )
    for desk in (a, b):  # both desks show it, and where attention is needed
        assert _state(desk, [slot, other_slot]) == server
        assert [x.id for x in desk.planning.attention()] == [loser.id]
        assert desk.planning.slot(slot).held == 1

    # A clerk at the winning desk resolves it: move to the free slot.
    resolver, other = order
    resolver.planning.resolve(loser.id, "move", slot_id=other_slot)
    resolver.sync()
    other.sync()
    server = _server_state(central)
    assert server[loser.id] == (other_slot, "booked", "confirmed")
    for desk in (a, b):
        assert _state(desk, [slot, other_slot]) == server
        assert desk.planning.attention() == []
    [conflict] = central.table("plan_conflict")
    assert conflict.resolution == "move"


@pytest.mark.parametrize("first", ["cancel", "edit"])
def test_scenario_18_cancel_beats_a_stale_edit(central, two_desks, first):
    a, b = two_desks
    slot, _other = _plan_a_season(a, b)
    booking = a.planning.book(slot, _citizen("Carla"))
    a.sync()
    b.sync()
    # Offline, both on version 1: A cancels, B edits the remark.
    a.planning.cancel(booking.id, "belde af")
    b.planning.update_booking(booking.id, remark="neemt partner mee")
    order = (a, b) if first == "cancel" else (b, a)
    for desk in order:
        desk.sync()
    for desk in order:
        desk.sync()

    [row] = central.table("plan_booking")
    assert row.status == "cancelled" and row.cancelled_by is not None
    edit_codes = central.rows("SELECT status, code FROM applied_op WHERE kind = 'booking.update'")
    if first == "cancel":
        assert [tuple(r) for r in edit_codes] == [("conflict", "entity_cancelled")]
        assert row.remark in (None, "")
    else:
        assert [tuple(r) for r in edit_codes] == [("accepted", None)]
    for desk in (a, b):
        seen = desk.planning.slot(slot).bookings[0]
        assert (seen.status, seen.sync) == ("cancelled", "confirmed")
        assert seen.remark == row.remark or (not seen.remark and not row.remark)


# -- retention before the first sync (docs/belastinghulp.md §6, docs/sync-v1.md "Redacted ops") --


class LosingTransport(httpx.HTTPTransport):
    """The network, with a hook run while a batch is on the wire and answers that get lost."""

    def __init__(self) -> None:
        super().__init__()
        self.lose = 0  # batch answers still to lose (the server has stored the batch)
        self.on_the_wire: Callable[[], None] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        batch = request.url.path == "/v1/batches"
        if batch and self.on_the_wire is not None:
            hook, self.on_the_wire = self.on_the_wire, None
            hook()
        response = super().handle_request(request)
        if batch and self.lose:
            self.lose -= 1
            response.read()
            response.close()
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


@dataclass
class OfflineDesk:
    """A desk set up and never synced, its network, and the server it may enroll with."""

    desk: DeskApp
    network: LosingTransport
    server_url: str

    def enroll(self, central) -> None:
        self.desk.client.enroll(self.server_url, central.code(), "Laptop")


@pytest.fixture
def offline_desk(central, settings, server_clock, tmp_path: Path) -> Iterator[OfflineDesk]:
    """One desk, set up and never synced; its client goes through a LosingTransport."""
    transport = LosingTransport()
    with Server(create_app(settings, now=server_clock.now)) as server:
        app = Kiosk.open(app_paths(tmp_path / "desk"), now=FakeClock().now)
        app.locations.create(demo_location())
        client = SyncClient.for_kiosk(
            app, transport=transport, tokens=TokenStore(tmp_path / "config", backend=fail.Keyring())
        )
        try:
            yield OfflineDesk(DeskApp(app, client), transport, server.url)
        finally:
            client.close()
            app.close()
            transport.close()


def _book_offline(desk: DeskApp) -> tuple[list[str], list[str]]:
    """A season, its slots and three bookings of DAY (one came, one did not), never sent."""
    season = desk.planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 3, 14))
    partner = desk.planning.save_partner("Humanitas")
    helper = desk.planning.save_helper("Henk", partner.id, ["aangifte"])
    template = TemplateInput(helper.id, 2, time(10, 0), time(11, 0), 30, capacity=2)
    desk.planning.save_template(season.id, template)
    desk.planning.generate(season.id)
    slots = sorted(
        (s for s in desk.planning.grid(season.id).cells.values() if s.day == DAY),
        key=lambda s: s.starts,
    )
    names = ["Anna Jansen", "Bert de Vries", "Carla Smit"]
    bookings = [
        desk.planning.book(slots[n // 2].id, _citizen(name)).id for n, name in enumerate(names)
    ]
    desk.planning.set_status(bookings[1], "attended")
    desk.planning.set_status(bookings[2], "no_show")
    return bookings, names


def _outbox(desk: DeskApp) -> list[dict[str, object]]:
    with desk.app.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM outbox ORDER BY local_seq").all()
    return [dict(r._mapping) for r in rows]


def _desk_booking(desk: DeskApp, booking_id: str) -> dict[str, object]:
    with desk.app.db.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT * FROM plan_booking WHERE id = ?", (booking_id,)).one()
    return dict(row._mapping)


def _assert_counted_without_contact(central, bookings: list[str]) -> None:
    rows = {r.id: r for r in central.table("plan_booking")}
    assert [rows[b].status for b in bookings] == ["booked", "attended", "no_show"]
    for booking_id in bookings:
        row = rows[booking_id]
        assert (row.name, row.phone, row.email, row.remark) == (None, None, None, None)
        assert row.purged_at is not None and row.purpose == ["aangifte"]


def test_a_booking_purged_before_its_first_sync_arrives_without_contact(central, offline_desk):
    desk = offline_desk.desk
    bookings, names = _book_offline(desk)

    assert desk.planning.purge(PAST_RETENTION) == 3
    for op in _outbox(desk):  # still waiting to be sent, and already without them
        assert op["state"] == "pending"
        for secret in (*names, "0612345678"):
            assert secret not in str(op["payload"])
        assert op["redacted"] == (op["kind"] == "booking.create")
    offline_desk.enroll(central)
    desk.sync()

    assert {op["state"] for op in _outbox(desk)} == {"acked"}
    assert central.count("rejection") == 0
    _assert_counted_without_contact(central, bookings)
    for booking_id in bookings:  # the desk has the server's copy: still nothing to name them
        seen = _desk_booking(desk, booking_id)
        assert (seen["name"], seen["phone"], seen["sync"]) == (None, None, "confirmed")
        assert seen["version"] >= 1


def test_an_op_stored_before_the_purge_is_acked_as_a_duplicate_after_it(central, offline_desk):
    """The purge runs while the first batch is on the wire, and its answer is lost."""
    desk, network = offline_desk.desk, offline_desk.network
    bookings, names = _book_offline(desk)
    offline_desk.enroll(central)
    in_flight: list[list[dict[str, object]]] = []

    def purge_now() -> None:
        desk.planning.purge(PAST_RETENTION)
        in_flight.append(_outbox(desk))

    network.on_the_wire = purge_now
    network.lose = 1
    assert not desk.client.sync_once(force=True).ok

    # On the wire the ops were left as they were; the server stored them, names and all.
    [seen] = in_flight
    assert {op["state"] for op in seen} == {"inflight"}
    assert any(names[0] in str(op["payload"]) for op in seen)
    assert all(not op["redacted"] for op in seen)
    assert {r.name for r in central.table("plan_booking")} == set(names)
    # The answer never came: the ops are back to pending, sent once; the next purge redacts them.
    assert {(op["state"], op["attempts"]) for op in _outbox(desk)} == {("pending", 1)}
    desk.planning.purge(PAST_RETENTION)
    creates = [op for op in _outbox(desk) if op["kind"] == "booking.create"]
    assert all(op["redacted"] and json.loads(str(op["payload"]))["name"] is None for op in creates)

    desk.sync()

    ops = _outbox(desk)
    assert {op["state"] for op in ops} == {"acked"}
    assert {op["result_status"] for op in ops} == {"duplicate"}  # the server had them all
    assert central.count("rejection") == 0
    rows = {r.id: r for r in central.table("plan_booking")}
    assert [rows[b].status for b in bookings] == ["booked", "attended", "no_show"]
    # The server's copy keeps the names until its own retention purges it ...
    assert {r.name for r in rows.values()} == set(names)
    purge_all(central.db, datetime.combine(PAST_RETENTION, time(12)).astimezone())
    _assert_counted_without_contact(central, bookings)
    # ... and the desk, which pulled that copy, loses them again at its next purge.
    desk.planning.purge(PAST_RETENTION + timedelta(days=1))
    for booking_id in bookings:
        seen = _desk_booking(desk, booking_id)
        assert (seen["name"], seen["phone"]) == (None, None)
