"""Desk and server judge a visit's codes by the same rules (``kiosk.protocol.visit_rules``).

What the desk's form accepts, the server stores; what the form refuses, the server refuses
too, except a government question left unanswered whose topic concerns no organisation (the
form asks the clerk; on the wire an unanswered organisation is "nvt", which such a topic may
have).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from typing import Any, get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.catalogue import load_catalogues
from kiosk.errors import InputError
from kiosk.protocol import visit_rules
from kiosk.protocol.visit_rules import (
    MODES,
    NOT_APPLICABLE,
    SOURCES,
    Violation,
    check_visit,
    question_violations,
    wire_message,
)
from kiosk.protocol.visits import (
    QUESTION_ANSWERS,
    VISIT_ANSWERS,
    Mode,
    QuestionPayload,
    Source,
    VisitPayload,
)
from kiosk.visits import QuestionInput, VisitInput, validate_visit

CATALOGUES = load_catalogues()
CATALOGUE = CATALOGUES.current
NOW = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)
VISIT_ID = "0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a01"


def codes(name: str) -> list[str]:
    return [o.code for o in CATALOGUE.lists[name]]


topics = st.sampled_from([*codes("topic"), "tax-form"])
organisations = st.sampled_from([None, NOT_APPLICABLE, *codes("organisation"), "bogus"])
followups = st.sampled_from([None, *codes("digid_followup"), "bogus"])
helps = st.lists(st.sampled_from([*codes("help"), "bogus"]), max_size=3)
referrals = st.lists(st.sampled_from([*codes("referral"), "bogus"]), max_size=2)


def wire_payload(question: QuestionInput) -> dict[str, Any]:
    """The question as a desk would put it on the wire (unanswered organisation: "nvt")."""
    topic = CATALOGUE.get("topic", question.topic)
    return {
        "visit_id": VISIT_ID,
        "desk_id": "desk-1",
        "location_id": "location-1",
        "occurred_at": "2026-11-28T13:00:00.000Z",
        "occurred_offset": 60,
        "recorded_at": "2026-11-28T13:00:00.000Z",
        "recorded_offset": 60,
        "channel": "in_person",
        "duration": "5_15",
        "mode": "counter",
        "source": "live",
        "catalogue_version": CATALOGUE.version,
        "corrects": None,
        "questions": [
            {
                "question_id": "0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a02",
                "position": 1,
                "kind": topic.kind if topic and topic.kind else "digital_government",
                "organisation": question.organisation or NOT_APPLICABLE,
                "topic": question.topic,
                "digid_followup": question.digid_followup,
                "help": list(question.help),
                "referral": list(question.referral),
                "note": None,
            }
        ],
    }


def server_errors(payload: dict[str, Any]) -> list[dict[str, str]]:
    visit = VisitPayload.model_validate(payload)
    return check_visit("visit.recorded", VISIT_ID, visit, CATALOGUES)


@settings(max_examples=400, deadline=None)
@given(topics, organisations, followups, helps, referrals)
def test_the_desk_and_the_server_apply_the_same_rules(
    topic: str,
    organisation: str | None,
    followup: str | None,
    help: list[str],
    referral: list[str],
) -> None:
    question = QuestionInput(topic, organisation, followup, tuple(help), tuple(referral))
    try:
        valid = validate_visit(VisitInput((question,), "in_person", "5_15"), CATALOGUE, NOW)
    except InputError:
        valid = None
    on_the_wire = server_errors(wire_payload(question))
    if valid is not None:
        # What the desk stores is what it sends: built like kiosk.registration does.
        [checked] = valid.questions
        built = VisitPayload.model_validate(
            {
                **wire_payload(question),
                **{name: getattr(valid, name) for name in VISIT_ANSWERS},
                "questions": [
                    QuestionPayload(
                        question_id="0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a02",
                        position=1,
                        **{name: getattr(checked, name) for name in QUESTION_ANSWERS},
                    )
                ],
            }
        )
        assert check_visit("visit.recorded", VISIT_ID, built, CATALOGUES) == []
        assert on_the_wire == []
    else:
        option = CATALOGUE.get("topic", topic)
        asked_by_the_form_only = (
            organisation is None and option is not None and option.organisation == NOT_APPLICABLE
        )
        assert on_the_wire or asked_by_the_form_only


def test_the_models_literals_are_the_rules_lists() -> None:
    assert get_args(Mode) == MODES
    assert get_args(Source) == SOURCES


def test_the_desks_form_loads_without_the_payload_models() -> None:
    code = "import sys, kiosk.visits; print('pydantic' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"  # the models load with the first save


def test_rules_return_codes_with_parameters_and_the_server_words_them() -> None:
    violations = question_violations(
        CATALOGUE,
        topic="toeslag_huur",
        kind="library",
        organisation="bogus",
        digid_followup="hersteld",
        help=["informatie", "informatie"],
        referral=["taalhuis"],
    )
    assert [(v.path, v.code) for v in violations] == [
        ("kind", "kind_mismatch"),
        ("organisation", "unknown_code"),
        ("digid_followup", "followup_not_allowed"),
        ("help", "code_repeated"),
        ("help", "referred_help_required"),
    ]
    assert violations[1].params == {"list": "organisation", "code": "bogus"}
    assert wire_message(violations[0]) == "topic 'toeslag_huur' has kind 'digital_government'"
    assert Violation("topic", "unknown_topic", {"code": "x"}).below("questions[2]").path == (
        "questions[2].topic"
    )


kinds = st.sampled_from(sorted({o.kind for o in CATALOGUE.lists["topic"] if o.kind} | {"bogus"}))
wire_organisations = st.sampled_from([NOT_APPLICABLE, *codes("organisation"), "bogus"])


@settings(max_examples=600, deadline=None)
@given(
    topics,
    kinds,
    wire_organisations,
    followups,
    st.lists(st.sampled_from([*codes("help"), "bogus"]), max_size=4),
    st.lists(st.sampled_from([*codes("referral"), "bogus"]), max_size=3),
)
def test_the_servers_remembered_verdict_is_the_full_rules(
    topic: str,
    kind: str,
    organisation: str,
    followup: str | None,
    help: list[str],
    referral: list[str],
) -> None:
    """The server remembers topic rules and judges help and referral by sets: same verdict."""
    question = QuestionPayload(
        question_id="0193a1f0-7c2e-7a41-9b1e-3f6d2c8e5a02",
        position=1,
        kind=kind,
        organisation=organisation,
        topic=topic,
        digid_followup=followup,
        help=help,
        referral=referral,
        note=None,
    )
    full = question_violations(
        CATALOGUE,
        topic=topic,
        kind=kind,
        organisation=organisation,
        digid_followup=followup,
        help=help,
        referral=referral,
    )
    derived = visit_rules._derived(CATALOGUE)
    for _ in range(2):  # first judged, then remembered
        assert list(visit_rules._question_verdict(question, derived)) == full
