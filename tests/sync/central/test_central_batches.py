"""POST /v1/batches: per-op outcomes, exactly-once storage, dependencies and their effect on
the statistics."""

from __future__ import annotations

import copy
import json
import logging

from kiosk.ids import new_id


def statuses(body):
    return [(r["status"], r["code"]) for r in body["results"]]


def test_batch_is_accepted_a_replay_gets_the_same_answer_and_a_rebatch_duplicates(central, desk):
    ops = [desk.visit(), desk.visit(), desk.visit()]
    batch = desk.batch(ops)

    first = desk.post(batch)
    assert first.status_code == 200
    assert first.headers["content-type"] == "application/json"
    body = first.json()
    assert body["batch_id"] == batch["batch_id"]
    assert statuses(body) == [("accepted", None)] * 3
    seqs = [r["server_seq"] for r in body["results"]]
    assert seqs == sorted(seqs) and len(set(seqs)) == 3
    assert all(r["retryable"] is False and r["errors"] == [] for r in body["results"])

    # The same batch again (lost answer): the stored answer, word for word (§2.5 rule 3).
    again = desk.post(batch)
    assert again.status_code == 200
    assert again.json() == body
    # The same ops under a new batch id (the desk re-batched after a restart): every op is a
    # duplicate echoing its server_seq.
    rebatched = desk.send(ops)
    assert statuses(rebatched) == [("duplicate", None)] * 3
    assert [r["server_seq"] for r in rebatched["results"]] == seqs
    assert central.count("visit") == 3
    assert central.count("applied_op") == 3
    assert central.count("question") == 3
    assert central.count("batch") == 2


def test_same_op_id_with_other_content_is_rejected_and_the_original_stays(central, desk):
    original = desk.visit()
    desk.send([original])
    before = central.rows("SELECT * FROM applied_op")
    visit_before = central.rows("SELECT * FROM visit")

    tampered = copy.deepcopy(original)
    tampered["payload"]["channel"] = "phone"
    desk.rehash(tampered)
    body = desk.send([tampered])

    assert statuses(body) == [("rejected", "op_id_reused")]
    assert body["results"][0]["retryable"] is False
    assert central.rows("SELECT * FROM applied_op") == before
    assert central.rows("SELECT * FROM visit") == visit_before
    dead = central.rows("SELECT op_id, code, status FROM rejection")
    assert [tuple(r) for r in dead] == [(original["op_id"], "op_id_reused", "rejected")]
    assert central.branch_stats()["rejected_operations"] == 1
    assert central.branch_stats()["visits"] == 1


def test_same_op_id_twice_in_one_batch(central, desk):
    op = desk.visit()
    other = copy.deepcopy(op)
    other["payload"]["duration"] = "lt5"
    desk.rehash(other)
    body = desk.send([op, copy.deepcopy(op), other])
    assert statuses(body) == [("accepted", None), ("duplicate", None), ("rejected", "op_id_reused")]
    assert central.count("visit") == 1


def test_payload_hash_mismatch_is_rejected(central, desk):
    op = desk.visit()
    op["sha256"] = "0" * 64
    body = desk.send([op, desk.visit()])
    assert statuses(body) == [("rejected", "payload_hash_mismatch"), ("accepted", None)]
    assert body["results"][0]["errors"][0]["path"] == "sha256"
    assert central.count("visit") == 1
    assert central.count("rejection", "WHERE code = 'payload_hash_mismatch'") == 1


def test_invalid_payloads_are_rejected_with_paths_and_the_rest_is_stored(central, desk):
    unknown_topic = desk.visit()
    unknown_topic["payload"]["questions"][0]["topic"] = "tax-form"
    bad_version = desk.visit(catalogue_version=99)
    missing = desk.visit()
    del missing["payload"]["channel"]
    wrong_kind = desk.visit()
    wrong_kind["payload"]["questions"][0]["organisation"] = "nvt"  # government needs one
    for op in (unknown_topic, missing, wrong_kind):
        desk.rehash(op)
    good = desk.visit()

    body = desk.send([unknown_topic, bad_version, missing, wrong_kind, good])

    assert [r["status"] for r in body["results"]] == ["rejected"] * 4 + ["accepted"]
    assert {r["code"] for r in body["results"][:4]} == {"validation_failed"}
    paths = [[e["path"] for e in r["errors"]] for r in body["results"][:4]]
    assert paths[0] == ["payload.questions[0].topic"]
    assert paths[1] == ["payload.catalogue_version"]
    assert paths[2] == ["payload.channel"]
    assert paths[3] == ["payload.questions[0].organisation"]
    assert all(e["msg"] for r in body["results"][:4] for e in r["errors"])
    assert central.count("visit") == 1
    assert central.branch_stats()["rejected_operations"] == 4
    # A rejection is terminal and stored: replaying it answers the same, without a new row.
    again = desk.send([unknown_topic])
    assert statuses(again) == [("rejected", "validation_failed")]
    assert again["results"][0]["errors"] == body["results"][0]["errors"]


def test_invalid_header_is_rejected_but_a_missing_op_id_breaks_the_envelope(central, desk):
    op = desk.visit()
    op["local_seq"] = "seven"
    body = desk.send([op])
    assert statuses(body) == [("rejected", "validation_failed")]
    assert body["results"][0]["errors"][0]["path"] == "local_seq"

    no_id = desk.visit()
    del no_id["op_id"]
    response = desk.post(desk.batch([desk.visit(), no_id]))
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [{"path": "ops[1].op_id", "msg": "a lower-case UUID"}]
    assert central.count("visit") == 0


def test_unknown_kind_and_newer_schema_are_deferred(central, desk):
    future = desk.op("loan.create", {"item": "x"}, new_id())  # a kind of a newer server
    newer = desk.visit()
    newer["schema"] = 2
    body = desk.send([future, newer])
    assert statuses(body) == [("deferred", "unsupported_kind"), ("deferred", "schema_too_new")]
    assert all(r["retryable"] for r in body["results"])
    assert central.count("applied_op") == 0


def test_void_of_a_visit_not_yet_stored_is_deferred_then_accepted(central, desk):
    record = desk.visit()
    void = desk.void(record["entity_id"])
    first = desk.send([void])  # the record is stuck in another batch
    assert statuses(first) == [("deferred", "depends_on_pending")]
    assert first["results"][0]["retryable"] is True
    assert central.count("applied_op") == 0

    desk.send([record])
    assert central.branch_stats()["visits"] == 1
    second = desk.send([void])
    assert statuses(second) == [("accepted", None)]
    assert central.branch_stats()["visits"] == 0


def test_record_and_void_in_one_batch_apply_in_local_seq_order(central, desk):
    record = desk.visit()
    void = desk.void(record["entity_id"])
    body = desk.send([void, record])  # out of order in the body: local_seq decides
    assert statuses(body) == [("accepted", None), ("accepted", None)]
    row = central.rows("SELECT voided_at, void_op_id FROM visit")[0]
    assert row.voided_at is not None and row.void_op_id == void["op_id"]


def test_correction_supersedes_and_void_removes_from_the_counts(central, desk):
    first, second = desk.visit(), desk.visit()
    desk.send([first, second])
    stats = central.branch_stats()
    assert (stats["visits"], stats["questions"]) == (2, 2)

    two_questions = {
        "questions": [
            {**first["payload"]["questions"][0], "question_id": new_id(), "position": 1},
            {
                **first["payload"]["questions"][0],
                "question_id": new_id(),
                "position": 2,
                "kind": "library",
                "organisation": "nvt",
                "topic": "bieb_pas",
            },
        ]
    }
    correction = desk.correction(first["entity_id"], **two_questions)
    assert statuses(desk.send([correction])) == [("accepted", None)]
    stats = central.branch_stats()
    assert (stats["visits"], stats["questions"]) == (2, 3)  # the correction replaces the original
    superseded = central.rows(
        "SELECT superseded_by FROM visit WHERE visit_id = :v", v=first["entity_id"]
    )
    assert superseded[0].superseded_by == correction["entity_id"]

    assert statuses(desk.send([desk.void(second["entity_id"])])) == [("accepted", None)]
    stats = central.branch_stats()
    assert (stats["visits"], stats["questions"]) == (1, 2)
    assert central.count("visit") == 3  # nothing is deleted

    # Correcting the superseded original or voiding twice are conflicts, kept as dead letters.
    late = desk.send([desk.correction(first["entity_id"]), desk.void(second["entity_id"])])
    assert statuses(late) == [("conflict", "visit_already_corrected"), ("conflict", "visit_voided")]
    assert central.branch_stats()["open_conflicts"] == 2
    assert central.branch_stats()["visits"] == 1


def test_ops_on_a_rejected_visit_conflict_instead_of_waiting_forever(central, desk):
    bad = desk.visit(channel="telepathy")
    body = desk.send([bad, desk.void(bad["entity_id"])])
    assert statuses(body) == [
        ("rejected", "validation_failed"),
        ("conflict", "depends_on_conflicted"),
    ]
    later = desk.send([desk.correction(bad["entity_id"])])
    assert statuses(later) == [("conflict", "depends_on_conflicted")]


def test_a_reused_local_seq_is_rejected(central, desk):
    desk.send([desk.visit()])
    desk.local_seq = 0  # a wiped desk database starts counting again
    body = desk.send([desk.visit()])
    assert statuses(body) == [("rejected", "device_seq_reused")]
    assert central.count("visit") == 1


def test_a_visit_or_question_id_stored_before_is_rejected_and_the_rest_stored(central, desk):
    """New ids are trusted to be new on PostgreSQL's first attempt: a stored one still gets its
    own precise answer, and the batch's other ops are stored once."""
    first = desk.visit()
    desk.send([first])
    same_visit = desk.visit()
    same_visit["payload"]["visit_id"] = first["payload"]["visit_id"]
    same_visit["entity_id"] = first["entity_id"]
    same_question = desk.visit()
    same_question["payload"]["questions"][0]["question_id"] = first["payload"]["questions"][0][
        "question_id"
    ]
    fine = desk.visit()
    body = desk.send([desk.rehash(same_visit), desk.rehash(same_question), fine])
    assert statuses(body) == [
        ("rejected", "validation_failed"),
        ("rejected", "validation_failed"),
        ("accepted", None),
    ]
    assert "already stored" in body["results"][0]["errors"][0]["msg"]
    assert "question ids already stored" in body["results"][1]["errors"][0]["msg"]
    assert central.count("visit") == 2
    assert central.count("question") == 2
    assert central.count("applied_op") == 4


def test_an_op_stored_before_is_a_duplicate_in_a_new_batch_from_any_device(
    central, desk, backend, caplog
):
    """Op ids are trusted to be new on PostgreSQL's first attempt too. The device's own resend
    is found by its local_seq (no retry); an op id another device stored aborts the attempt,
    and the retry looks every id up, so both answers are exact and nothing is stored twice."""
    first = desk.visit()
    desk.send([first])
    caplog.set_level(logging.INFO, logger="sync.central.ingest")
    body = desk.send([first, desk.visit()])  # a resend in a new batch (after a restart)
    assert statuses(body) == [("duplicate", None), ("accepted", None)]
    assert "retrying with lookups" not in caplog.text
    colleague = central.enroll("b1", name="Balie 2")
    colleague.local_seq += 1
    copied = dict(first, local_seq=colleague.local_seq)  # a desk database copied elsewhere
    body = colleague.send([copied, colleague.visit()])
    assert statuses(body) == [("duplicate", None), ("accepted", None)]
    assert ("retrying with lookups" in caplog.text) == (backend == "postgresql")
    assert central.count("applied_op") == 3
    assert central.count("visit") == 3


def test_another_branch_cannot_void_a_visit(central, desk):
    record = desk.visit()
    desk.send([record])
    central.add_branch("b2")
    stranger = central.enroll("b2", name="Laptop")
    body = stranger.send([stranger.void(record["entity_id"])])
    assert statuses(body) == [("rejected", "branch_forbidden")]
    assert central.branch_stats()["visits"] == 1


def test_ack_state_tracks_the_contiguous_prefix_and_the_highest(central, desk):
    ops = [desk.visit() for _ in range(4)]
    desk.send([ops[0], ops[1], ops[3]])
    state = desk.client.get("/v1/devices/me/ack-state", headers=desk.headers).json()
    assert state["max_contiguous_local_seq"] == 2
    assert state["max_local_seq"] == 4  # the highest held, past the gap
    assert state["ops_stored"] == 3
    assert state["by_kind"] == {"visit.recorded": 3}
    assert state["last_batch_at"] == "2026-11-28T16:00:00.000Z"
    desk.send([ops[2]])
    state = desk.client.get("/v1/devices/me/ack-state", headers=desk.headers).json()
    assert state["max_contiguous_local_seq"] == 4
    assert state["device_id"] == desk.device_id


def test_envelope_errors_are_problems(central, desk):
    cases = [
        (b"not json", 400, "bad_request"),
        (b"[1, 2]", 400, "bad_request"),
        (
            json.dumps(desk.batch([desk.visit(occurred_offset=float("nan"))])).encode(),
            400,
            "bad_request",
        ),
        ({"protocol": 1, "batch_id": "x"}, 400, "bad_request"),
        ({**desk.batch([]), "protocol": 2}, 426, "protocol_unsupported"),
        ({**desk.batch([]), "device_id": new_id()}, 403, "device_mismatch"),
    ]
    for body, status, code in cases:
        response = desk.post(body)
        assert response.status_code == status, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["code"] == code
        assert problem["type"] == f"https://ido-kiosk.nl/problems/{code}"
        assert problem["status"] == status and problem["title"] and problem["detail"]
    response = desk.post(desk.batch([]), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert response.json()["code"] == "unsupported_media_type"


def test_batch_id_reused_with_another_body_is_422(central, desk):
    batch = desk.batch([desk.visit()])
    assert desk.post(batch).status_code == 200
    other = {**batch, "ops": [desk.visit()]}
    response = desk.post(other)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "idempotency_key_reused"
    assert central.count("visit") == 1


def test_values_a_database_would_refuse_are_rejected_not_500(central, desk):
    nul = desk.visit(desk_id="desk\x00one")
    ancient = desk.visit()
    ancient["occurred_at_device"] = "0001-01-01T00:00:00.000Z"
    huge = desk.visit()
    huge["local_seq"] = 2**64
    body = desk.send([nul, ancient, huge])
    assert statuses(body) == [("rejected", "validation_failed")] * 3
    assert [r["errors"][0]["path"] for r in body["results"]] == [
        "payload.desk_id",
        "occurred_at_device",
        "local_seq",
    ]
    surrogate = desk.batch([desk.visit()])
    raw = json.dumps(surrogate).replace('"desk-1"', '"\\ud800"', 1).encode()
    response = desk.post(raw)
    assert response.status_code == 400 and response.json()["code"] == "bad_request"
    deep = desk.post(b"[" * 100_000 + b"]" * 100_000)
    assert deep.status_code in (400, 413)
    assert central.count("visit") == 0
    assert central.count("rejection") == 3


def test_active_code_sets_agree_with_the_catalogue():
    # check_visit looks codes up in precomputed sets; they must say what is_active says.
    from sync.central.catalogues import load_server_catalogues
    from sync.central.payloads import active_codes

    for catalogue in load_server_catalogues(None).catalogues:
        active = active_codes(catalogue)
        assert active is active_codes(catalogue)  # computed once
        for name, options in catalogue.lists.items():
            expected = {o.code for o in options if catalogue.is_active(name, o.code)}
            assert active[name] == expected
