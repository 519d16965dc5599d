"""One bad operation, character or clock never fails a batch (issue "Trust no device").

Regression cases for three outages, on SQLite and PostgreSQL: a malformed ``plan.upsert``
that was stored and then broke every other desk's pull, a NUL character that PostgreSQL
refused (the whole batch answered 500), and a clock after 2094 that overflowed an INTEGER.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.sync.central.test_central_planning import RECORD_DATA, Planner, feed, statuses


def test_a_malformed_record_is_refused_alone_and_never_reaches_the_feed(central, desk):
    plan = Planner(desk)
    plan.basics()
    before = feed(desk)
    _, bad = plan.upsert("template", {"name": "x"})
    body = desk.send([desk.visit(), bad, desk.visit()])
    assert statuses(body) == [
        ("accepted", None),
        ("rejected", "validation_failed"),
        ("accepted", None),
    ]
    paths = {e["path"] for e in body["results"][1]["errors"]}
    assert {"payload.data.weekday", "payload.data.name"} <= paths
    assert feed(desk) == before
    assert central.branch_stats()["visits"] == 2


def test_every_record_type_is_checked_to_its_full_shape(central, desk):
    plan = Planner(desk)
    plan.basics()
    broken = {
        "season": {"starts_on": "2027-05-01", "ends_on": "2027-03-01"},
        "partner": {"name": ""},
        "helper": {"topics": ["onbekend"]},
        "template": {"weekday": 8, "starts": "12:00", "ends": "10:00"},
        "closure": {"day": "2027-02-30"},
        "waiting": {"position": 0, "done": "maybe", "created_at": "gisteren"},
    }
    ops = [plan.record(record, **changes)[1] for record, changes in broken.items()]
    assert statuses(desk.send(ops)) == [("rejected", "validation_failed")] * len(ops)


def test_a_reference_to_another_branch_or_type_is_refused(central, desk):
    central.add_branch("b2")
    stranger = central.enroll("b2", name="Elders")
    Planner(desk).basics()
    theirs = Planner(stranger)
    _, template = theirs.record("template")  # names b1's season and helper
    assert statuses(stranger.send([template])) == [("rejected", "branch_forbidden")]
    ours = Planner(desk)
    _, wrong_type = ours.record("closure", season_id=RECORD_DATA["template"]["helper_id"])
    _, missing = ours.record("closure", season_id="0190a000-0000-7000-8000-0000000000ff")
    body = desk.send([wrong_type, missing])
    assert statuses(body) == [("rejected", "validation_failed"), ("deferred", "depends_on_pending")]


def test_a_nul_character_is_refused_per_operation_and_the_visits_arrive(central, desk):
    plan = Planner(desk)
    visits = [desk.visit() for _ in range(31)]
    _, partner = plan.record("partner", name="FNV\x00Belastingservice")
    slot_id, slot = plan.slot()
    _, booking = plan.book(slot_id, email="a\x00b@example.nl", remark="bel\x00terug")
    body = desk.send([*visits[:15], partner, slot, booking, *visits[15:]])
    results = statuses(body)
    assert results[15] == ("rejected", "validation_failed")
    assert results[17] == ("rejected", "validation_failed")
    assert results.count(("accepted", None)) == 32  # 31 visits and the slot
    assert central.branch_stats()["visits"] == 31


def test_a_clock_far_in_the_future_is_stored_not_refused(central, desk):
    desk.device_clock_offset = datetime(2199, 6, 1, tzinfo=UTC) - central.clock.now()
    body = desk.send([desk.visit()])
    assert statuses(body) == [("accepted", None)]
    assert body["clock"]["flag"] == "device_clock_skew"
    assert body["clock"]["skew_seconds"] > 2**31
    desk.device_clock_offset = -timedelta(days=365 * 26)  # and one far in the past
    assert statuses(desk.send([desk.visit()])) == [("accepted", None)]
    assert central.branch_stats()["visits"] == 2
