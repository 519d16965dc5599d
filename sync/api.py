"""The small exchanges around the sync loop: enrollment, config, token rotation, ack-state.

Each turns every way of failing into a :class:`~sync.http.SyncError` with a message code, and
reads the answer with the contract's model (:mod:`kiosk.protocol.answers`,
:mod:`kiosk.protocol.enrollment`) as :func:`~kiosk.protocol.reading.read` does: leniently where
it must, so a proxy or an older server never crashes the client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import httpx

from kiosk.errors import Message
from kiosk.protocol.answers import V1_POLL_SECONDS, ConfigAnswer
from kiosk.protocol.app_versions import is_older
from kiosk.protocol.enrollment import AckStateAnswer, EnrollAnswer, TokenAnswer
from kiosk.protocol.reading import read
from sync.app_update import APP_VERSION, TOO_OLD, Advice, log_ignored
from sync.http import (
    PROTOCOL,
    SyncError,
    bearer,
    failure_from_exception,
    failure_from_response,
    new_client,
)
from sync.push import Limits
from sync.state import PAUSED_UPDATE

DEFAULT_POLL_SECONDS = V1_POLL_SECONDS
# However many batches a server allows in flight, a desk keeps a few: each holds up to a
# whole batch of memory and a database connection on the server.
MAX_INFLIGHT = 4


@dataclass(frozen=True)
class ServerConfig:
    """What ``GET /v1/config`` said: limits, how often to poll, the server's clock, the app."""

    limits: Limits
    poll_seconds: int
    server_time: str | None
    advice: Advice = field(default_factory=Advice)


@dataclass(frozen=True)
class Enrollment:
    """The server's answer to an enrollment (the token is kept out of ``repr``)."""

    device_id: str
    branch_id: str
    branch_name: str
    token: str = field(repr=False)


def fetch_config(http: httpx.Client, token: str, now: datetime) -> ServerConfig:
    """Ask the server for its limits; SyncError (paused) if it no longer speaks our protocol."""
    try:
        response = http.get("/v1/config", headers=bearer(token))
    except httpx.TransportError as exc:
        raise failure_from_exception(exc) from exc
    if response.status_code != 200:
        raise failure_from_response(response, now)
    try:
        # The contract's model, read leniently: a limit missing or unfit is the v1 value.
        raw = response.json()
        answer = read(ConfigAnswer, raw)
    except ValueError as exc:
        raise SyncError(
            "transient",
            Message("sync.unexpected", {"status": 200}),
            log_detail=f"unreadable config: {type(exc).__name__}",
        ) from exc
    protocol = answer.protocol
    if not protocol.min <= PROTOCOL <= protocol.max:
        raise SyncError(
            "paused",
            Message("sync.update_required"),
            log_detail=f"server speaks protocol {protocol.model_dump()}, this client {PROTOCOL}",
            paused_reason=PAUSED_UPDATE,
        )
    limits = answer.limits
    advice = Advice.checked(answer.model_dump(include=set(Advice.__dataclass_fields__)))
    log_ignored(raw, advice)
    return ServerConfig(
        limits=Limits(
            max_ops=limits.max_ops,
            max_body_bytes=limits.max_body_bytes,
            max_op_bytes=limits.max_op_bytes,
            max_inflight=min(limits.max_inflight, MAX_INFLIGHT),
        ),
        poll_seconds=answer.poll_seconds,
        server_time=answer.server_time,
        advice=advice,
    )


def check_app_version(advice: Advice, version: str = APP_VERSION) -> None:
    """SyncError (paused) when this desk's *version* is below the server's minimum.

    The same pause as a protocol the server no longer speaks (:data:`PAUSED_UPDATE`: looked
    at again without a person), with its own words: the versions and where to get the new one.
    """
    minimum = advice.minimum_version
    if minimum is None or not is_older(version, minimum):
        return
    params = {"version": version, "minimum": minimum}
    if advice.download_url is not None:
        params["download_url"] = advice.download_url
    raise SyncError(
        "paused",
        Message(TOO_OLD, params),
        log_detail=f"this desk is version {version}, the server asks for {minimum} at least",
        paused_reason=PAUSED_UPDATE,
    )


def request_enrollment(
    url: str,
    code: str,
    device_name: str,
    kind: str,
    *,
    now: datetime,
    transport: httpx.BaseTransport | None = None,
) -> Enrollment:
    """Exchange a one-time enrollment *code* at the server *url* for a device identity."""
    body = {"code": code.strip(), "device_name": device_name.strip(), "device_kind": kind}
    with new_client(url, transport=transport) as http:
        try:
            response = http.post("/v1/enroll", json=body)
        except httpx.TransportError as exc:
            raise failure_from_exception(exc) from exc
    if response.status_code == 400:  # enrollment_code_invalid: wrong, used or expired
        raise SyncError(
            "refused", Message("sync.code_invalid"), log_detail="enrollment code refused"
        )
    if response.status_code not in (200, 201):
        raise failure_from_response(response, now)
    try:
        answer = read(EnrollAnswer, response.json())
    except ValueError as exc:
        raise SyncError(
            "refused",
            Message("sync.unexpected", {"status": response.status_code}),
            log_detail=f"unreadable enrollment answer: {type(exc).__name__}",
        ) from exc
    return Enrollment(
        device_id=answer.device_id,
        branch_id=answer.branch.id,
        branch_name=answer.branch.name,
        token=answer.token,
    )


def fetch_ack_state(http: httpx.Client, token: str, now: datetime) -> AckStateAnswer | None:
    """Ask what the server holds of this device; None if the server has no such endpoint."""
    try:
        response = http.get("/v1/devices/me/ack-state", headers=bearer(token))
    except httpx.TransportError as exc:
        raise failure_from_exception(exc) from exc
    if response.status_code in (404, 405):
        return None
    if response.status_code != 200:
        raise failure_from_response(response, now)
    try:
        return read(AckStateAnswer, response.json())
    except ValueError as exc:
        raise SyncError(
            "transient",
            Message("sync.unexpected", {"status": 200}),
            log_detail=f"unreadable ack-state: {type(exc).__name__}",
        ) from exc


def request_rotation(http: httpx.Client, token: str, now: datetime) -> str | None:
    """Ask for a new device token (``POST /v1/token/rotate``); None if the server has none.

    The token used for the call keeps working until the new one is first used (or for the
    server's grace period), so losing this answer costs nothing but a second call.
    """
    try:
        response = http.post("/v1/token/rotate", headers=bearer(token))
    except httpx.TransportError as exc:
        raise failure_from_exception(exc) from exc
    if response.status_code in (404, 405):
        return None
    if response.status_code != 200:
        raise failure_from_response(response, now)
    try:
        return read(TokenAnswer, response.json()).token
    except ValueError as exc:
        raise SyncError(
            "transient",
            Message("sync.unexpected", {"status": 200}),
            log_detail=f"unreadable rotation answer: {type(exc).__name__}",
        ) from exc
