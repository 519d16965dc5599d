"""Two real desks (the kiosk's PlanningService and SyncClient) and a real server, offline.

Scenario 17 of the sync design (both desks book the last place of a slot offline; either
sync order) and scenario 18 (cancel against an edit made on a stale version), on SQLite and
PostgreSQL: uvicorn serves the app in a thread, each desk has its own database and syncs over
HTTP.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.planning.records import BookingInput, TemplateInput
from kiosk.planning.service import PlanningService
from sync.central.app import create_app
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock
from tests.sync.central.test_central_planning_race import Server

DAY = date(2027, 3, 2)  # a Tuesday in the season


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
