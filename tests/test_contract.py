"""The wire contract holds where it is stated and where it is used.

``kiosk/protocol/`` is the one home of the contract between desk and server. Here:

- every JSON example in ``docs/sync-v1.md`` parses with the model the comment before it names
  (strictly, with no member the model does not know, hashes and catalogue codes right);
- what a desk actually sends, for every op kind it makes (visits recorded, corrected and voided
  through ``kiosk.registration``; every planning kind through ``kiosk.planning.service``,
  redacted ops included), passes the server's checks: the envelope and op header models, the
  payload hash, each kind's payload model and its rules;
- the lists both ends keep (kinds, advertised limits) are the contract's.
"""

from __future__ import annotations

import json
import re
import types
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

from kiosk.app import Kiosk
from kiosk.catalogue import load_catalogues
from kiosk.locations import DeskInfo, IdoSetup
from kiosk.planning.records import BookingInput, TemplateInput
from kiosk.protocol import planning
from kiosk.protocol.answers import BatchAnswer, ChangesPage, ConfigAnswer
from kiosk.protocol.batch import Envelope, OpHeader
from kiosk.protocol.canonical import canonical_json, payload_hash
from kiosk.protocol.kinds import (
    KINDS,
    LOCATION_KINDS,
    PLANNING_KINDS,
    SURVEY_KINDS,
    VISIT_KINDS,
)
from kiosk.protocol.limits import LIMIT_NAMES, SCHEMA, V1_LIMITS
from kiosk.protocol.locations import SetupPayload, check_setup
from kiosk.protocol.planning_records import FEED_RECORDS, check_feed_record
from kiosk.protocol.reading import read
from kiosk.protocol.survey import SurveyPayload, check_survey_payload
from kiosk.protocol.visit_rules import check_visit
from kiosk.protocol.visits import PAYLOADS, QuestionPayload, VisitPayload, VoidPayload
from kiosk.survey.definition import load_surveys
from kiosk.visits import QuestionInput, VisitInput
from sync.push import Limits
from tests.conftest import FakeClock
from tests.sync.test_fake_central import FakeCentral, enrolled_client

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "docs" / "sync-v1.md"
BLOCK = re.compile(r"(?:<!-- contract: (\w+) -->\n)?```json\n(.*?)\n```", re.DOTALL)


def examples() -> list[tuple[str | None, str]]:
    """(model name or None, JSON text) of every ``json`` block of the protocol document."""
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(DOCUMENT.read_text("utf-8"))]


def unknown_members(model: type[BaseModel], data: Any, where: str = "") -> list[str]:
    """Members of *data* (and of its nested objects) that *model* does not declare."""
    if not isinstance(data, dict):
        return []
    declared = {info.alias or name: info for name, info in model.model_fields.items()}
    found = [f"{where}{key}" for key in data if key not in declared]
    for key, info in declared.items():
        kind = _bare(info.annotation)
        value = data.get(key)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found += unknown_members(kind, value, f"{where}{key}.")
        elif get_origin(kind) is list and isinstance(value, list):
            [item] = get_args(kind)
            if isinstance(item, type) and issubclass(item, BaseModel):
                for index, element in enumerate(value):
                    found += unknown_members(item, element, f"{where}{key}[{index}].")
    return found


def _bare(annotation: Any) -> Any:
    """``X`` of ``X | None`` (also of ``Annotated[None, ...]``, pydantic's SkipJsonSchema)."""
    if get_origin(annotation) in (Union, types.UnionType):
        kinds = [
            a
            for a in get_args(annotation)
            if a is not type(None) and not (get_args(a) and get_args(a)[0] is type(None))
        ]
        return kinds[0] if len(kinds) == 1 else annotation
    return annotation


# -- what the server checks, as each check names its model ----------------------------------------

CATALOGUES = load_catalogues()
SURVEYS = load_surveys(None)


def server_problems(op: dict[str, Any]) -> list[Any]:
    """Every problem the server finds in one op as sent (empty: it would store it)."""
    header = OpHeader.model_validate(op)
    problems: list[Any] = []
    if payload_hash(canonical_json(header.payload)) != header.sha256:
        problems.append("payload_hash_mismatch")
    if header.kind not in KINDS or header.schema_version != SCHEMA:
        problems.append(f"kind {header.kind} schema {header.schema_version}")
    elif header.kind in PLANNING_KINDS:
        problems += planning.check(
            header.kind, header.payload, entity_id=header.entity_id, redacted=header.redacted
        )
    elif header.kind in LOCATION_KINDS:
        problems += check_setup(header.payload, header.entity_id, CATALOGUES)[1]
    elif header.kind in SURVEY_KINDS:
        moment = header.occurred_at_device
        problems += check_survey_payload(
            header.payload, header.entity_id, SURVEYS, moment.date(), moment
        )[1]
    else:
        payload = PAYLOADS[header.kind].model_validate(header.payload)
        if isinstance(payload, VisitPayload):
            problems += check_visit(header.kind, header.entity_id, payload, CATALOGUES)
        elif payload.visit_id != header.entity_id:
            problems.append("entity_id")
    return problems


def check_envelope(data: dict[str, Any]) -> None:
    envelope = Envelope.model_validate(data)
    assert unknown_members(Envelope, data) == []
    for op in envelope.ops:
        assert unknown_members(OpHeader, op) == []
        assert server_problems(op) == [], op["kind"]


def check_void(data: dict[str, Any]) -> None:
    VoidPayload.model_validate(data)


def check_setup_payload(data: dict[str, Any]) -> None:
    assert unknown_members(SetupPayload, data) == []
    assert check_setup(data, data["location_id"], CATALOGUES)[1] == []


def check_survey(data: dict[str, Any]) -> None:
    assert unknown_members(SurveyPayload, data) == []
    today = date.fromisoformat(data["day"])
    assert check_survey_payload(data, None, SURVEYS, today)[1] == []


def check_answer(model: type[BaseModel]) -> Any:
    def check(data: dict[str, Any]) -> None:
        strict = model.model_validate(data)
        assert unknown_members(model, data) == []
        assert read(model, data) == strict  # a desk reads a good answer as it is

    return check


def check_changes(data: dict[str, Any]) -> None:
    check_answer(ChangesPage)(data)
    for change in data["changes"]:
        if change["type"] in FEED_RECORDS:
            assert check_feed_record(change["type"], change) == []


CHECKS = {
    "Envelope": check_envelope,
    "VoidPayload": check_void,
    "SetupPayload": check_setup_payload,
    "SurveyPayload": check_survey,
    "BatchAnswer": check_answer(BatchAnswer),
    "ConfigAnswer": check_answer(ConfigAnswer),
    "ChangesPage": check_changes,
}


def test_every_json_example_of_the_protocol_names_a_model() -> None:
    found = examples()
    assert len(found) >= len(CHECKS)
    assert [name for name, _text in found if name not in CHECKS] == []
    assert {name for name, _text in found} == set(CHECKS)  # each model has its example


@pytest.mark.parametrize(("name", "text"), examples(), ids=lambda v: str(v)[:20])
def test_the_protocol_examples_parse_with_the_contracts_models(name: str, text: str) -> None:
    CHECKS[name](json.loads(text))


# -- what a desk sends ----------------------------------------------------------------------------


def make_everything(app: Kiosk, desk: DeskInfo) -> None:
    """Every op kind a desk makes, each through the service a clerk's screen uses."""
    app.locations.change_setup(IdoSetup(desk.ido_name, desk.ido_form, desk.inside_library))
    question = QuestionInput(topic="toeslag_huur", organisation="toeslagen", help=("informatie",))
    visit = VisitInput(questions=(question,), channel="in_person", duration="5_15")
    device = QuestionInput(topic="apparaat_tablet", organisation="nvt", help=("wegwijs",))
    [first] = app.registration.record(desk.desk_id, visit).visit_ids
    app.registration.record(desk.desk_id, VisitInput((device,), "phone", "lt5", count=2))
    app.registration.correct(desk.desk_id, first, visit)
    [other] = app.registration.record(desk.desk_id, visit).visit_ids
    app.registration.void(desk.desk_id, other, "dubbel ingevoerd")

    plan = app.planning
    season = plan.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    partner = plan.save_partner("FNV Belastingservice")
    helper = plan.save_helper("Anja de Vries", partner.id, ("aangifte",))
    plan.save_template(season.id, TemplateInput(helper.id, 2, time(10), time(12), 30))
    plan.add_closure(season.id, date(2027, 4, 27), "Koningsdag")
    plan.generate(season.id)
    cells = plan.grid(season.id).cells.values()
    slots = sorted((s for s in cells if s.day == date(2027, 3, 2)), key=lambda s: s.starts)
    plan.update_slot(slots[3].id, capacity=2)
    person = BookingInput(name="Jan Jansen", phone="06 12345678", purpose=("aangifte",))
    booking = plan.book(slots[0].id, person)
    plan.update_booking(booking.id, remark="Neemt de jaaropgave mee")
    plan.set_status(booking.id, "attended")
    moved = plan.book(slots[1].id, person)
    plan.move(moved.id, slots[2].id)
    plan.cancel(moved.id, "Afgezegd")
    conflicted = plan.book(slots[3].id, person)
    with app.db.engine.begin() as conn:  # as the server's answer would leave it
        conn.exec_driver_sql(
            "UPDATE plan_booking SET sync = 'conflict', conflict_code = 'slot_full', "
            "version = 1 WHERE id = ?",
            (conflicted.id,),
        )
    plan.resolve(conflicted.id, "overbook", reason="Komt van ver")
    plan.add_waiting(season.id, BookingInput(name="Piet Pietersen", phone="0612345679"))
    plan.set_retention_days(28)
    # Past the retention term the contact details leave the ops not sent yet: redacted ops.
    plan.purge(date(2027, 6, 1))
    survey = app.survey.current()  # a visitor's answers at the desk
    answers = {q.code: q.choices[0].code for q in survey.questions}
    app.survey.record(survey.version, "pl", {**answers, "age_band": None})


def test_what_the_desk_sends_passes_the_servers_checks_for_every_kind(
    kiosk_app: Kiosk, desk: DeskInfo, clock: FakeClock, tmp_path: Path
) -> None:
    make_everything(kiosk_app, desk)
    clock.advance(days=1)  # the survey's answers leave the desk with a later day's sync
    central = FakeCentral()
    client = enrolled_client(kiosk_app, central, clock.now, tmp_path / "config")

    assert client.sync_once().ok

    sent = [op for body in central.batches for op in body["ops"]]
    assert {op["kind"] for op in sent} == set(KINDS)  # every kind, as the desk writes it
    assert any(op.get("redacted") is True for op in sent)
    for body in central.batches:
        check_envelope(body)
    assert [op["local_seq"] for op in sent] == sorted(op["local_seq"] for op in sent)


def test_a_payload_member_the_model_gains_is_one_the_desk_sends(
    kiosk_app: Kiosk, desk: DeskInfo
) -> None:
    # The desk's visit payload is the model's dump: the model's members, no more, and every
    # one but an optional member left at its default (kiosk.registration); today that is all.
    kiosk_app.registration.record(
        desk.desk_id,
        VisitInput(
            (QuestionInput("toeslag_huur", "toeslagen", help=("informatie",)),),
            "in_person",
            "5_15",
        ),
    )
    with kiosk_app.db.engine.connect() as conn:
        [(text,)] = conn.exec_driver_sql("SELECT payload FROM outbox").all()
    payload = json.loads(text)
    for model, sent in ((VisitPayload, payload), (QuestionPayload, payload["questions"][0])):
        required = {name for name, member in model.model_fields.items() if member.is_required()}
        assert required <= set(sent) <= set(model.model_fields)
    parsed = VisitPayload.model_validate(payload)
    assert canonical_json(parsed.model_dump(exclude_defaults=True)) == text


# -- the lists both ends keep ----------------------------------------------------------------------


def test_the_kinds_are_the_contracts() -> None:
    assert set(PLANNING_KINDS) == set(planning.KINDS)
    assert set(VISIT_KINDS) == set(PAYLOADS)
    assert len(set(KINDS)) == len(KINDS)


def test_the_limits_a_server_advertises_are_the_ones_a_desk_reads() -> None:
    from sync.central.settings import Limits as ServerLimits

    advertised = ServerLimits().advertised()
    assert tuple(advertised) == LIMIT_NAMES
    config = ConfigAnswer.model_validate(
        {
            "protocol": {"min": 1, "max": 1},
            "limits": advertised,
            "server_time": "2026-11-28T17:10:31.002Z",
            "poll_seconds": 60,
        }
    )
    assert config.limits.model_dump() == advertised
    assert Limits() == Limits(**V1_LIMITS)  # the desk's defaults are the v1 values


def test_moments_go_out_as_the_desk_stores_them(clock: FakeClock) -> None:
    now = clock.now() + timedelta(microseconds=123_456)
    void = VoidPayload(
        visit_id="0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a01",
        reason="",
        desk_id="desk-1",
        recorded_at=now,
        recorded_offset=60,
    )
    assert void.model_dump()["recorded_at"].endswith(".123Z")
