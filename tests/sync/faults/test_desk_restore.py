"""A desk whose database is damaged and restored from its own backup (issue 17 §2), end to end.

The real server (uvicorn) and a real desk: it syncs, makes its daily backup, records and
syncs more, records a few it cannot send yet; then its database is damaged on disk, the
start-up repair restores the backup and carries over what it can read, the desk records
more and syncs. The restored outbox numbers from where the backup stood, behind numbers the
server already holds for other ops: the desk must ask the server first. In the end the server
holds every record exactly once, none refused for a reused number, and the desk has nothing
left to send.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from conftest import CentralServer, DeskHome

from kiosk.backup import make_backup
from kiosk.repair import damage_mark, repair, restore_floor


def garble_question_pages(desk: DeskHome) -> None:
    """Overwrite a leaf page of the question table with garbage (the outbox stays readable)."""
    pages = desk.execute(
        "SELECT pageno FROM dbstat WHERE name = 'question' AND pagetype = 'leaf' ORDER BY pageno"
    )
    size = desk.execute("PRAGMA page_size")[0][0]
    desk.close()
    with desk.paths.database.open("r+b") as file:
        file.seek((pages[-1][0] - 1) * size)
        file.write(bytes((i * 7 + 3) % 256 for i in range(size)))


def last_seq(desk: DeskHome) -> int:
    return int(desk.execute("SELECT max(local_seq) FROM outbox")[0][0])


def reopened(desk: DeskHome) -> DeskHome:
    """The same desk after an app restart (its data folder, token and clock)."""
    again = DeskHome(desk.home, desk.name, desk.clock)
    again.device_ids = list(desk.device_ids)
    return again


@pytest.mark.parametrize("damage", ["garbled", "emptied"])
def test_a_restored_desk_sends_every_record_exactly_once(
    central: CentralServer, make_desk: Callable[..., DeskHome], damage: str
) -> None:
    desk = make_desk()
    device = desk.enroll(central, central.url)
    before_backup = desk.record(visits=3)
    assert desk.drain().ok
    make_backup(desk.paths.database, desk.paths.backup_dir, keep=7, now=desk.clock.now())
    at_backup = last_seq(desk)
    after_backup = desk.record(visits=4)  # sent and acknowledged after the backup
    assert desk.drain().ok
    assert central.ack_state(desk.token())["max_local_seq"] == last_seq(desk) > at_backup
    unsent = desk.record(visits=2) if damage == "garbled" else []  # waiting when it broke
    at_damage = last_seq(desk)

    if damage == "garbled":
        garble_question_pages(desk)
        damage_mark(desk.paths.database).write_text("the daily check found it")
    else:
        desk.close()
        desk.paths.database.write_bytes(b"")
    outcome = repair(desk.paths, desk.clock.now() + timedelta(minutes=5))
    assert outcome is not None and outcome.restored_from is not None
    assert outcome.salvaged == len(unsent)

    desk = reopened(desk)
    # Garbled: the damaged file still told its numbers; emptied: only the backup's are known.
    assert restore_floor(desk.app.db) == (at_damage if damage == "garbled" else at_backup)
    after_restore = desk.record(visits=3)
    assert desk.drain().ok

    every = before_backup + after_backup + unsent + after_restore
    stored = central.scalar("SELECT count(*) FROM visit WHERE device_id = :d", d=device)
    distinct = central.scalar(
        "SELECT count(DISTINCT visit_id) FROM visit WHERE device_id = :d", d=device
    )
    assert (stored, distinct) == (len(every), len(every))  # all there, none twice
    for visit_id in every:
        assert central.scalar("SELECT count(*) FROM visit WHERE visit_id = :v", v=visit_id) == 1
    refused = central.scalar("SELECT count(*) FROM applied_op WHERE status <> 'accepted'")
    dead = central.scalar("SELECT count(*) FROM rejection")
    assert (refused, dead) == (0, 0)  # no number reused for another op
    states = desk.states()
    assert set(states) == {"acked"}, {s: len(v) for s, v in states.items()}
    assert restore_floor(desk.app.db) is None
    ack = central.ack_state(desk.token())
    assert ack["max_local_seq"] == ack["max_contiguous_local_seq"] == ack["ops_stored"]
    assert ack["max_local_seq"] == last_seq(desk)
