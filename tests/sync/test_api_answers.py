"""The desk reads enrollment, token and ack-state answers with the contract's models.

What the real server sends fits the models strictly; what a desk can do without may be missing
or broken; an answer without what the desk needs is no answer (a message, never a crash).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from kiosk.errors import Message
from kiosk.protocol.enrollment import AckStateAnswer, EnrollAnswer, TokenAnswer
from sync.api import fetch_ack_state, request_enrollment, request_rotation
from sync.http import SyncError, new_client
from tests.sync.test_fake_central import BRANCH, DEVICE_ID, SERVER_URL, TOKEN
from tests.sync.test_rotation import RealCentral, current_token, desk_client, real_central, tokens

__all__ = ["desk_client", "real_central", "tokens"]  # fixtures shared with test_rotation

NOW = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


def answering(status: int, body: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json=body))


def enroll_with(body: Any) -> Any:
    return request_enrollment(
        SERVER_URL, "CODE", "Balie 1", "counter", now=NOW, transport=answering(201, body)
    )


def test_the_real_servers_answers_fit_the_contract_strictly(
    desk_client: Any, real_central: RealCentral
) -> None:
    assert real_central.client is not None
    enrolled = real_central.client.post(
        "/v1/enroll",
        json={"code": real_central.code(), "device_name": "Balie 2", "device_kind": "counter"},
    )
    assert enrolled.status_code == 201, enrolled.text
    answer = EnrollAnswer.model_validate(enrolled.json())
    assert answer.branch.id and answer.server_time is not None
    assert answer.token not in repr(answer)  # tokens stay out of logs

    token = current_token(desk_client)
    state = real_central.get("/v1/devices/me/ack-state", token)
    assert AckStateAnswer.model_validate(state.json()).max_contiguous_local_seq == 0
    rotated = TokenAnswer.model_validate({"token": real_central.rotate(token)})
    assert rotated.token != token


def test_an_enrollment_answer_gives_the_device_its_identity() -> None:
    enrollment = enroll_with(
        {"device_id": DEVICE_ID, "branch": BRANCH, "token": TOKEN, "server_time": "x"}
    )
    assert (enrollment.device_id, enrollment.branch_id, enrollment.branch_name) == (
        DEVICE_ID,
        BRANCH["id"],
        BRANCH["name"],
    )
    assert enrollment.token == TOKEN and TOKEN not in repr(enrollment)


def test_an_enrollment_answer_may_leave_out_what_the_desk_can_do_without() -> None:
    enrollment = enroll_with(
        {"device_id": DEVICE_ID, "branch": {"id": "br-1", "name": None}, "token": TOKEN}
    )
    assert (enrollment.branch_id, enrollment.branch_name) == ("br-1", "")


@pytest.mark.parametrize(
    "body",
    [
        {"branch": BRANCH, "token": TOKEN},
        {"device_id": DEVICE_ID, "branch": BRANCH, "token": "   "},
        {"device_id": DEVICE_ID, "branch": {"name": "x"}, "token": TOKEN},
        {"device_id": DEVICE_ID, "branch": "br-1", "token": TOKEN},
        ["not", "an", "object"],
    ],
)
def test_an_enrollment_answer_without_the_identity_is_refused_plainly(body: Any) -> None:
    with pytest.raises(SyncError) as refused:
        enroll_with(body)
    assert refused.value.kind == "refused"
    assert refused.value.message == Message("sync.unexpected", {"status": 201})


def test_an_ack_state_answer_needs_only_the_highest_contiguous_op() -> None:
    with new_client(SERVER_URL, transport=answering(200, {"max_contiguous_local_seq": 7})) as http:
        state = fetch_ack_state(http, TOKEN, NOW)
    assert state is not None and state.max_contiguous_local_seq == 7
    assert state.ops_stored is None and state.by_kind == {}


@pytest.mark.parametrize(
    "body",
    [{}, {"max_contiguous_local_seq": -1}, {"max_contiguous_local_seq": True}, "7"],
)
def test_an_unreadable_ack_state_is_no_answer(body: Any) -> None:
    with (
        new_client(SERVER_URL, transport=answering(200, body)) as http,
        pytest.raises(SyncError) as failed,
    ):
        fetch_ack_state(http, TOKEN, NOW)
    assert failed.value.kind == "transient"
    assert failed.value.message == Message("sync.unexpected", {"status": 200})


@pytest.mark.parametrize("body", [{}, {"token": ""}, {"token": 42}])
def test_a_rotation_answer_without_a_token_is_no_answer(body: Any) -> None:
    with (
        new_client(SERVER_URL, transport=answering(200, body)) as http,
        pytest.raises(SyncError) as failed,
    ):
        request_rotation(http, TOKEN, NOW)
    assert failed.value.kind == "transient"
    with new_client(SERVER_URL, transport=answering(200, {"token": "new", "x": 1})) as http:
        assert request_rotation(http, TOKEN, NOW) == "new"
