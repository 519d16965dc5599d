"""Recording, correcting and voiding visits, and what the desk screen reads back."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from kiosk import outbox
from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.locations import DeskInfo, demo_location
from kiosk.outbox import Backlog, canonical_json
from kiosk.visits import QuestionInput, VisitInput
from ui import words

MakeVisit = Callable[..., VisitInput]
MakeQuestion = Callable[..., QuestionInput]
TABLES = ("visit", "question", "visit_void", "outbox")


@contextmanager
def refused(fragment: str) -> Iterator[None]:
    """Expect an InputError whose words, as the clerk reads them, contain *fragment*."""
    with pytest.raises(InputError) as caught:
        yield
    assert fragment in words.error_text(caught.value)


def counts(app: Kiosk) -> dict[str, int]:
    with app.db.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in TABLES}


def rows(app: Kiosk, sql: str, *params: Any) -> list[dict[str, Any]]:
    with app.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql(sql, params)]


def ops_for(app: Kiosk, entity_id: str) -> list[dict[str, Any]]:
    return rows(app, "SELECT * FROM outbox WHERE entity_id = ? ORDER BY local_seq", entity_id)


def visit_row(app: Kiosk, visit_id: str) -> dict[str, Any]:
    [row] = rows(app, "SELECT * FROM visit WHERE id = ?", visit_id)
    return row


def question_rows(app: Kiosk, visit_id: str) -> list[dict[str, Any]]:
    return rows(app, "SELECT * FROM question WHERE visit_id = ? ORDER BY position", visit_id)


# -- record ---------------------------------------------------------------------------------


def test_record_writes_visit_questions_and_one_outbox_op(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    visit = make_visit(question(), question(topic="bieb_printen", organisation=None))

    [visit_id] = kiosk_app.registration.record(desk.desk_id, visit).visit_ids

    assert counts(kiosk_app) == {"visit": 1, "question": 2, "visit_void": 0, "outbox": 1}
    stored = visit_row(kiosk_app, visit_id)
    assert (stored["desk_id"], stored["location_id"], stored["source"]) == (
        desk.desk_id,
        desk.location_id,
        "live",
    )
    assert [q["topic"] for q in question_rows(kiosk_app, visit_id)] == [
        "toeslag_huur",
        "bieb_printen",
    ]
    [op] = ops_for(kiosk_app, visit_id)
    assert op["kind"] == "visit.recorded"
    assert op["state"] == "pending"
    assert op["op_id"] == stored["op_id"]


def test_outbox_payload_is_canonical_json_with_matching_hash(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    visit = make_visit(question(note="formulier café uitgelegd"))
    [visit_id] = kiosk_app.registration.record(desk.desk_id, visit).visit_ids

    [op] = ops_for(kiosk_app, visit_id)
    payload = json.loads(op["payload"])

    assert canonical_json(payload) == op["payload"]
    assert hashlib.sha256(op["payload"].encode("utf-8")).hexdigest() == op["payload_sha256"]
    assert payload["visit_id"] == visit_id == op["entity_id"]
    assert payload["corrects"] is None
    [q] = payload["questions"]
    assert q["note"] == "formulier café uitgelegd"
    assert q["question_id"] == question_rows(kiosk_app, visit_id)[0]["id"]


def test_an_optional_member_left_at_its_default_is_not_sent(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that does not know a new optional member yet still takes the visit."""
    from kiosk.protocol import visits as contract

    class Later(contract.VisitPayload):
        later_answer: str | None = None

    members = contract.VisitPayload.model_fields
    required = {name for name, member in members.items() if member.is_required()}
    monkeypatch.setattr(contract, "VisitPayload", Later)
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids

    [op] = ops_for(kiosk_app, visit_id)
    payload = json.loads(op["payload"])
    assert required <= set(payload) <= set(members)  # none the server may not know
    assert Later.model_validate(payload).later_answer is None


def test_answers_without_a_column_are_kept_in_answers_and_come_back(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer the desk never queries is kept in the visit's answers, and read back."""
    from kiosk import registration

    [plain] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    assert visit_row(kiosk_app, plain)["answers"] is None  # no such answers today
    # As if the contract's mode had no column of the desk's: the save keeps it in answers.
    tables = registration._tables()
    monkeypatch.setattr(
        registration,
        "_tables",
        lambda: replace(tables, visit_answers=(*tables.visit_answers, "mode")),
    )
    walking = replace(make_visit(), mode="walking")
    [visit_id] = kiosk_app.registration.record(desk.desk_id, walking).visit_ids
    row = visit_row(kiosk_app, visit_id)
    assert json.loads(row["answers"]) == {"mode": "walking"}
    [op] = ops_for(kiosk_app, visit_id)
    assert json.loads(op["payload"])["mode"] == "walking"  # sent as always
    # Read back from answers: the column says otherwise, answers has the last word.
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE visit SET mode = 'counter' WHERE id = ?", (visit_id,))
    again = kiosk_app.registration.visit_input(visit_id)
    assert again is not None and again.mode == "walking"


def test_an_answer_the_form_no_longer_has_is_left_out_when_read_back(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            'UPDATE visit SET answers = \'{"retired":"x"}\' WHERE id = ?', (visit_id,)
        )
    again = kiosk_app.registration.visit_input(visit_id)
    assert again is not None and again.channel == make_visit().channel


def test_tally_writes_one_visit_and_one_op_per_count(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    ids = kiosk_app.registration.record(desk.desk_id, make_visit(count=5)).visit_ids

    assert len(set(ids)) == 5
    assert counts(kiosk_app) == {"visit": 5, "question": 5, "visit_void": 0, "outbox": 5}
    assert {r["source"] for r in rows(kiosk_app, "SELECT source FROM visit")} == {"tally"}
    assert sorted(r["entity_id"] for r in rows(kiosk_app, "SELECT entity_id FROM outbox")) == (
        sorted(ids)
    )


def test_ids_are_uuid7_and_increase(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    ids = list(kiosk_app.registration.record(desk.desk_id, make_visit(count=5)).visit_ids)
    ids += kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids

    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    seqs = [r["local_seq"] for r in rows(kiosk_app, "SELECT local_seq FROM outbox")]
    assert seqs == list(range(1, 7))


def test_invalid_visit_writes_nothing(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    kiosk_app.registration.record(desk.desk_id, make_visit())
    before = counts(kiosk_app)

    with pytest.raises(InputError):
        kiosk_app.registration.record(desk.desk_id, make_visit(question(help=()), count=3))

    assert counts(kiosk_app) == before


def test_unknown_desk_writes_nothing(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    before = counts(kiosk_app)

    with pytest.raises(InputError) as caught:
        kiosk_app.registration.record("no-such-desk", make_visit(count=2))

    assert caught.value.problems[0].field == "desk"
    assert counts(kiosk_app) == before


def test_waiting_counts_pending_ops(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    assert kiosk_app.registration.waiting() == 0
    kiosk_app.registration.record(desk.desk_id, make_visit(count=3))
    assert kiosk_app.registration.waiting() == 3

    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'inflight' WHERE local_seq = 1")
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked' WHERE local_seq = 2")

    assert kiosk_app.registration.waiting() == 2


def test_the_backlog_counts_visits_and_bookings_once_each(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    assert kiosk_app.registration.backlog() == Backlog()
    first, _ = kiosk_app.registration.record(desk.desk_id, make_visit(count=2)).visit_ids
    kiosk_app.registration.void(desk.desk_id, first)  # two operations, still one visit
    with kiosk_app.db.write() as session:
        outbox.insert(
            session,
            [
                outbox.new_op(
                    kind=kind, payload={}, occurred_at="2026-01-05T09:00:00.000Z", entity_id=entity
                )
                for kind, entity in (
                    ("booking.create", "b1"),
                    ("booking.move", "b1"),
                    ("booking.create", "b2"),
                    ("slot.create", "s1"),
                    ("slot.update", "s1"),
                )
            ],
        )

    assert kiosk_app.registration.backlog() == Backlog(visits=2, bookings=2, other=1, operations=8)
    capped = kiosk_app.registration.backlog(cap=4)
    assert capped.capped and capped.operations == 4

    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE outbox SET state = 'acked' WHERE kind LIKE 'visit.%'")
    assert kiosk_app.registration.backlog() == Backlog(bookings=2, other=1, operations=5)


# -- correct --------------------------------------------------------------------------------


def test_correct_stores_a_new_visit_and_leaves_the_original_untouched(
    kiosk_app: Kiosk, clock: Any, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    visit_before = visit_row(kiosk_app, original)
    questions_before = question_rows(kiosk_app, original)
    clock.advance(minutes=10)

    fixed = make_visit(question(topic="toeslag_zorg"), duration="15_30")
    [new] = kiosk_app.registration.correct(desk.desk_id, original, fixed).visit_ids

    assert new != original
    assert visit_row(kiosk_app, original) == visit_before
    assert question_rows(kiosk_app, original) == questions_before
    corrected = visit_row(kiosk_app, new)
    assert corrected["corrects_id"] == original
    assert corrected["source"] == "correction"
    assert corrected["duration"] == "15_30"
    # No moment given: the correction keeps when the visit happened, not when it was fixed.
    assert corrected["occurred_at"] == visit_before["occurred_at"]
    assert corrected["recorded_at"] > visit_before["recorded_at"]
    [op] = ops_for(kiosk_app, new)
    assert op["kind"] == "visit.corrected"
    assert json.loads(op["payload"])["corrects"] == original
    assert counts(kiosk_app) == {"visit": 2, "question": 2, "visit_void": 0, "outbox": 2}


def test_correct_uses_a_given_moment(
    kiosk_app: Kiosk, clock: Any, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    earlier = clock.now() - timedelta(hours=2)

    [new] = kiosk_app.registration.correct(
        desk.desk_id, original, make_visit(occurred_at=earlier)
    ).visit_ids

    corrected = kiosk_app.registration.visit_input(new)
    assert corrected is not None
    assert corrected.occurred_at == earlier


def test_second_correction_of_the_same_original_is_refused(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    [first] = kiosk_app.registration.correct(desk.desk_id, original, make_visit()).visit_ids
    before = counts(kiosk_app)

    with refused("al gecorrigeerd"):
        kiosk_app.registration.correct(desk.desk_id, original, make_visit())
    assert counts(kiosk_app) == before

    # The newest version can be corrected again.
    [second] = kiosk_app.registration.correct(desk.desk_id, first, make_visit()).visit_ids
    assert visit_row(kiosk_app, second)["corrects_id"] == first


def test_correction_must_be_a_single_visit(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    with pytest.raises(InputError):
        kiosk_app.registration.correct(desk.desk_id, original, make_visit(count=2))


def test_correcting_a_missing_or_void_visit_is_refused(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    kiosk_app.registration.void(desk.desk_id, original)
    before = counts(kiosk_app)

    with refused("bestaat niet"):
        kiosk_app.registration.correct(desk.desk_id, "no-such-visit", make_visit())
    with refused("niet meer mee"):
        kiosk_app.registration.correct(desk.desk_id, original, make_visit())
    assert counts(kiosk_app) == before


# -- void -----------------------------------------------------------------------------------


def test_void_adds_a_void_record_and_an_op(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    before = visit_row(kiosk_app, visit_id)

    kiosk_app.registration.void(desk.desk_id, visit_id, "  per ongeluk dubbel  ")

    assert visit_row(kiosk_app, visit_id) == before
    [void] = rows(kiosk_app, "SELECT * FROM visit_void")
    assert void["visit_id"] == visit_id
    assert void["reason"] == "per ongeluk dubbel"
    recorded_op, voided_op = ops_for(kiosk_app, visit_id)
    assert recorded_op["kind"] == "visit.recorded"
    assert voided_op["kind"] == "visit.voided"
    assert voided_op["op_id"] == void["op_id"]
    assert json.loads(voided_op["payload"])["reason"] == "per ongeluk dubbel"


def test_double_void_is_refused(kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    kiosk_app.registration.void(desk.desk_id, visit_id)
    before = counts(kiosk_app)

    with refused("al niet meer mee"):
        kiosk_app.registration.void(desk.desk_id, visit_id)

    assert counts(kiosk_app) == before


def test_voiding_a_corrected_visit_is_refused(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    kiosk_app.registration.correct(desk.desk_id, original, make_visit())

    with refused("al gecorrigeerd"):
        kiosk_app.registration.void(desk.desk_id, original)


def test_voiding_the_newest_version_voids_the_visit(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [original] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    [correction] = kiosk_app.registration.correct(desk.desk_id, original, make_visit()).visit_ids

    kiosk_app.registration.void(desk.desk_id, correction)

    day = kiosk_app.registration.day(desk.desk_id)
    assert {r.id: r.status for r in day.rows} == {original: "corrected", correction: "void"}
    assert (day.visits, day.questions) == (0, 0)


def test_void_reason_with_a_phone_number_is_refused(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    before = counts(kiosk_app)

    with pytest.raises(InputError) as caught:
        kiosk_app.registration.void(desk.desk_id, visit_id, "bezoeker belt terug op 06-12345678")

    [problem] = caught.value.problems
    assert problem.field == "reason"
    assert problem.code == "privacy.personal_data"
    assert "06-12345678" in words.problem_text(problem)
    assert counts(kiosk_app) == before


def test_void_reason_too_long_is_refused(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    [visit_id] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids
    with refused("te lang"):
        kiosk_app.registration.void(desk.desk_id, visit_id, "x" * 201)


# -- the day list ---------------------------------------------------------------------------


def test_day_lists_statuses_and_counts_only_active_visits(
    kiosk_app: Kiosk, clock: Any, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    reg = kiosk_app.registration
    [two_questions] = reg.record(
        desk.desk_id, make_visit(question(), question(topic="bieb_pas", organisation=None))
    ).visit_ids
    clock.advance(minutes=1)
    [voided] = reg.record(desk.desk_id, make_visit(occurred_at=clock.now())).visit_ids
    clock.advance(minutes=1)
    [original] = reg.record(desk.desk_id, make_visit(occurred_at=clock.now())).visit_ids
    clock.advance(minutes=1)
    reg.void(desk.desk_id, voided)
    [correction] = reg.correct(
        desk.desk_id, original, make_visit(question(), question(), question())
    ).visit_ids

    day = reg.day(desk.desk_id)

    status = {row.id: row.status for row in day.rows}
    assert status == {
        two_questions: "active",
        voided: "void",
        original: "corrected",
        correction: "active",
    }
    assert day.visits == 2
    assert day.questions == 2 + 3
    # Newest first; the correction sorts with its original's moment, above it.
    assert [row.id for row in day.rows] == [correction, original, voided, two_questions]
    by_id = {row.id: row for row in day.rows}
    assert by_id[two_questions].topics == ("toeslag_huur", "bieb_pas")
    assert by_id[two_questions].question_count == 2
    assert by_id[correction].corrects_id == original
    assert by_id[correction].source == "correction"
    assert by_id[two_questions].occurred_local == clock.now() - timedelta(minutes=3)


def test_day_respects_local_day_bounds(
    kiosk_app: Kiosk, clock: Any, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    reg = kiosk_app.registration
    today = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    at_midnight = reg.record(desk.desk_id, make_visit(occurred_at=today)).visit_ids
    last_night = reg.record(
        desk.desk_id, make_visit(occurred_at=today - timedelta(milliseconds=1))
    ).visit_ids
    yesterday = reg.record(
        desk.desk_id, make_visit(occurred_at=today - timedelta(hours=12))
    ).visit_ids

    assert [r.id for r in reg.day(desk.desk_id).rows] == list(at_midnight)
    assert [r.id for r in reg.day(desk.desk_id, today.date() - timedelta(days=1)).rows] == [
        *last_night,
        *yesterday,
    ]
    assert reg.day(desk.desk_id, today.date() + timedelta(days=1)).rows == ()


def test_day_only_lists_this_desk(kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit) -> None:
    other = kiosk_app.locations.create(replace(demo_location(), desk_name="Tweede balie"))
    kiosk_app.registration.record(other.desk_id, make_visit())
    [mine] = kiosk_app.registration.record(desk.desk_id, make_visit()).visit_ids

    assert [r.id for r in kiosk_app.registration.day(desk.desk_id).rows] == [mine]


def test_day_marks_acked_visits_sent_even_after_the_op_is_purged(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit
) -> None:
    pending, acked, purged = kiosk_app.registration.record(
        desk.desk_id, make_visit(count=3)
    ).visit_ids
    with kiosk_app.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE outbox SET state = 'acked' WHERE entity_id IN (?, ?)", (acked, purged)
        )
        conn.exec_driver_sql("DELETE FROM outbox WHERE entity_id = ?", (purged,))

    day = kiosk_app.registration.day(desk.desk_id)

    assert {row.id: row.sent for row in day.rows} == {pending: False, acked: True, purged: True}
    assert day.visits == 3


# -- frequent and last visit ----------------------------------------------------------------


def test_frequent_ranks_by_use_and_ignores_not_applicable(
    kiosk_app: Kiosk, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    uses = [
        (question(topic="bieb_printen", organisation=None), 4),
        (question(topic="toeslag_huur", organisation="toeslagen"), 3),
        (question(topic="apparaat_tablet", organisation="nvt"), 2),
        (question(topic="belastingaangifte", organisation="belastingdienst"), 1),
        (question(topic="toeslag_zorg", organisation="toeslagen"), 1),
    ]
    for q, times in uses:
        kiosk_app.registration.record(desk.desk_id, make_visit(q, count=times))

    frequent = kiosk_app.registration.frequent(desk.desk_id)

    assert frequent.organisations == ("toeslagen", "belastingdienst")
    assert frequent.topics[:3] == ("bieb_printen", "toeslag_huur", "apparaat_tablet")
    assert set(frequent.topics[3:]) == {"belastingaangifte", "toeslag_zorg"}
    assert kiosk_app.registration.frequent(desk.desk_id, limit=2).topics == (
        "bieb_printen",
        "toeslag_huur",
    )


def test_last_visit_round_trips_a_multi_question_visit(
    kiosk_app: Kiosk, clock: Any, desk: DeskInfo, make_visit: MakeVisit, question: MakeQuestion
) -> None:
    assert kiosk_app.registration.last_visit(desk.desk_id) is None
    kiosk_app.registration.record(desk.desk_id, make_visit())
    clock.advance(minutes=5)
    visit = make_visit(
        question(topic="digid_kwijt", organisation="logius", digid_followup="hersteld"),
        question(
            topic="toeslag_huur",
            help=("informatie", "doorverwezen"),
            referral=("sociaal_raadslieden", "formulierenbrigade"),
            note="brief over terugvordering",
        ),
        question(topic="bieb_printen", organisation=None, help=("samen_gedaan",)),
        question(topic="apparaat_smartphone", organisation="nvt", help=("wegwijs",)),
        channel="phone",
        duration="30_60",
        mode="walking",
    )
    kiosk_app.registration.record(desk.desk_id, visit)

    assert kiosk_app.registration.last_visit(desk.desk_id) == replace(
        visit, occurred_at=clock.now()
    )


def test_replacing_the_demo_wipes_only_the_demo(kiosk_app) -> None:
    from sqlalchemy import text

    from kiosk.locations import LocationInput, current_is_demo, demo_location

    desk = kiosk_app.locations.create(demo_location(), demo=True)

    question = QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",))
    visit = VisitInput(questions=(question,), channel="in_person", duration="lt5")
    first = kiosk_app.registration.record(desk.desk_id, visit).visit_ids[0]
    kiosk_app.registration.correct(desk.desk_id, first, visit)
    season = kiosk_app.planning.save_season("Oefenseizoen", date(2027, 3, 1), date(2027, 5, 1))
    kiosk_app.planning.save_partner("Oefenpartner")
    assert current_is_demo(kiosk_app.db)
    real = kiosk_app.locations.replace_demo(
        LocationInput(
            organisation="Bibliotheek Eemland",
            branch="Amersfoort Centrum",
            municipality="Amersfoort",
            province="Utrecht",
            ido_name="IDO Eemhuis",
            ido_form="basis",
            inside_library=True,
            desk_name="Balie 2",
        )
    )
    assert not real.is_demo and not current_is_demo(kiosk_app.db)
    kiosk_app.registration.record(real.desk_id, visit)
    with kiosk_app.db.read() as session:
        rows = {
            t: session.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("visit", "question", "outbox", "desk", "library_organisation")
        }
    assert rows == {"visit": 1, "question": 1, "outbox": 1, "desk": 1, "library_organisation": 1}
    assert season.id and kiosk_app.planning.seasons() == []
    assert kiosk_app.planning.partners() == []
