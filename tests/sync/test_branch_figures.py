"""The branch's figures at the desk: two real desks, a real central server, its figures back.

The central app runs in-process on uvicorn (SQLite, and PostgreSQL when
``$KIOSK_TEST_POSTGRES_URL`` is set; CI requires it), with the central tests' fixtures. Two
desks of one branch enroll and sync through their real :class:`~sync.client.SyncClient`,
the central builds its figures, and :func:`sync.branch_figures.fetch` of either desk reads
them back summed. The answers that are not figures (a desk not linked, a period of days, a
revoked token) come from the same server; only a server that is down and one that answers
nonsense are played by ``httpx.MockTransport`` (``test_branch_figures_answers.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.locations import demo_location
from kiosk.overview.figures import Bucket, HourCell, Tally
from kiosk.overview.periods import custom, period
from kiosk.paths import app_paths
from sync.branch_figures import BranchFiguresUnavailable, fetch
from sync.central.app import create_app
from sync.central.figures import refresh
from sync.central.settings import Settings
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import FakeClock, make_question, make_visit_input
from tests.sync.central import conftest as central_tests
from tests.sync.central.conftest import Central, ServerClock
from tests.sync.central.test_central_planning_race import Server

# The central tests' fixtures (a migrated database on SQLite and PostgreSQL, the app with
# branch b1, its clock): their conftest is not this folder's.
sqlite_template = central_tests.sqlite_template
pg_template = central_tests.pg_template
database_url = central_tests.database_url
settings = central_tests.settings
server_clock = central_tests.server_clock
make_central = central_tests.make_central
central = central_tests.central

TODAY = date(2026, 11, 28)  # the desks' day (tests.conftest.DEFAULT_NOW), a Saturday


@dataclass
class Desk:
    """One desk: its app, its token store and its sync client."""

    app: Kiosk
    tokens: TokenStore
    client: SyncClient
    desk_id: str

    def sync(self) -> None:
        result = self.client.sync_once(force=True)
        assert result.ok, result.error
        assert result.pending_left == 0


def open_desk(folder: Path, clock: FakeClock) -> Desk:
    app = Kiosk.open(app_paths(folder), now=clock.now)
    info = app.locations.create(demo_location())
    tokens = TokenStore(folder / "config", backend=fail.Keyring())
    client = SyncClient.for_kiosk(app, tokens=tokens, now=clock.now)
    return Desk(app, tokens, client, info.desk_id)


@pytest.fixture
def two_desks(
    central: Central, settings: Settings, server_clock: ServerClock, tmp_path: Path
) -> Iterator[tuple[Desk, Desk]]:
    """Two desks of branch b1, enrolled with the central served on loopback.

    The server's clock is the desks' (a clock off by more than a few minutes would have the
    central correct the visits' moments).
    """
    clock = FakeClock()
    server_clock.current = clock.now().astimezone(UTC)
    desks: list[Desk] = []
    with Server(create_app(settings, now=server_clock.now)) as server:
        for name in ("a", "b"):
            desk = open_desk(tmp_path / name, clock)
            desk.client.enroll(server.url, central.code(), f"Balie {name.upper()}")
            desks.append(desk)
        try:
            yield desks[0], desks[1]
        finally:
            for desk in desks:
                desk.client.close()
                desk.app.close()


def test_two_desks_of_a_branch_come_back_summed_per_month(central, two_desks):
    a, b = two_desks
    digid = make_question(
        topic="digid_aanvragen", organisation="logius", digid_followup="aangevraagd"
    )
    october = datetime.combine(date(2026, 10, 15), time(10, 30)).astimezone()
    record_a = a.app.registration
    ids = list(record_a.record(a.desk_id, make_visit_input(count=1)).visit_ids)
    ids += record_a.record(a.desk_id, make_visit_input(make_question(), digid)).visit_ids
    ids += record_a.record(a.desk_id, make_visit_input(channel="phone")).visit_ids
    record_a.record(a.desk_id, make_visit_input(occurred_at=october))
    record_a.void(a.desk_id, ids[0], "dubbel")  # counts nowhere
    b.app.registration.record(b.desk_id, make_visit_input(count=4))  # a tally of four
    a.sync()
    b.sync()
    refresh.refresh(central.db, now=central.clock.now)

    november = period("month", TODAY)
    for desk in (a, b):
        figures = fetch(desk.app, november, tokens=desk.tokens)
        up_to = central.clock.now()
        assert (figures.scope, figures.period, figures.up_to) == ("branch", november, up_to)
        # A: two visits (one with two questions); B: a tally of four.
        assert (figures.visits, figures.questions) == (6, 7)
        assert figures.buckets == (Bucket(date(2026, 11, 1), 6, 7),)
        assert figures.channel == (Tally("in_person", 5), Tally("phone", 1))
        assert Tally("digid_aanvragen", 1) in figures.topics
        assert Tally("logius", 1) in figures.organisations
        assert sum(t.count for t in figures.topics) == 7
        assert sum(t.count for t in figures.kinds) == 7
        assert figures.duration == (Tally("5_15", 6),)
        assert figures.help and figures.help[0].count >= figures.help[-1].count
        local_hour = a.app.now().hour
        assert figures.hours == (HourCell(TODAY.isoweekday(), local_hour, 6),)
        assert figures.entry == ()  # the central cannot tell a backdated visit

    quarter = fetch(a.app, period("quarter", TODAY), tokens=a.tokens)
    assert quarter.buckets == (
        Bucket(date(2026, 10, 1), 1, 1),
        Bucket(date(2026, 11, 1), 6, 7),
        Bucket(date(2026, 12, 1), 0, 0),
    )
    assert (quarter.visits, quarter.questions) == (7, 8)
    assert set(quarter.hours) == {
        HourCell(TODAY.isoweekday(), a.app.now().hour, 6),
        HourCell(4, 10, 1),  # Thursday 15 October, 10:30 local
    }
    # Months before any visit: zeros, not an error.
    empty = fetch(b.app, custom(date(2026, 1, 1), date(2026, 2, 28)), tokens=b.tokens)
    assert (empty.visits, empty.buckets) == (
        0,
        (Bucket(date(2026, 1, 1), 0, 0), Bucket(date(2026, 2, 1), 0, 0)),
    )
    assert empty.topics == empty.kinds == empty.channel == empty.hours == ()


@pytest.mark.parametrize(
    "chosen",
    [
        period("today", TODAY),
        period("week", TODAY),
        custom(date(2026, 11, 2), date(2026, 11, 30)),
        custom(date(2026, 11, 1), date(2026, 11, 29)),
    ],
    ids=["today", "week", "late-start", "early-end"],
)
def test_a_period_of_days_is_not_by_month(two_desks, chosen):
    a, _ = two_desks
    with pytest.raises(BranchFiguresUnavailable) as raised:
        fetch(a.app, chosen, tokens=a.tokens)
    assert raised.value.code == "not_by_month"


def test_a_desk_that_is_not_linked(tmp_path):
    desk = open_desk(tmp_path / "alone", FakeClock())
    try:
        with pytest.raises(BranchFiguresUnavailable) as raised:
            fetch(desk.app, period("month", TODAY), tokens=desk.tokens)
        assert raised.value.code == "not_linked"
    finally:
        desk.app.close()


def test_a_linked_desk_that_lost_its_token_is_not_linked(two_desks):
    a, _ = two_desks
    device = a.client.status().device_id
    assert device is not None
    a.tokens.delete(device)
    with pytest.raises(BranchFiguresUnavailable) as raised:
        fetch(a.app, period("month", TODAY), tokens=a.tokens)
    assert raised.value.code == "not_linked"


def test_a_revoked_desk_is_refused(central, two_desks):
    a, b = two_desks
    device = a.client.status().device_id
    revoked = central.client.post(
        f"/admin/devices/{device}/revoke", headers=central.admin_headers()
    )
    assert revoked.status_code == 200, revoked.text
    with pytest.raises(BranchFiguresUnavailable) as raised:
        fetch(a.app, period("month", TODAY), tokens=a.tokens)
    assert raised.value.code == "refused"
    # The other desk of the branch still reads the figures.
    assert fetch(b.app, period("month", TODAY), tokens=b.tokens).scope == "branch"
