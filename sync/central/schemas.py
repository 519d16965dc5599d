"""Request and answer models of the HTTP API, and the OpenAPI document built from them.

Request bodies are validated with these models. Answers are built as plain dicts and sent as
prebuilt JSON (a 500-op batch answer should not pay for per-item model serialisation); the
answer models are there for the OpenAPI document at ``/openapi.json``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field

from sync.central.payloads import TEXT_PATTERN
from sync.central.problems import PROBLEM_JSON


class EnrollRequest(BaseModel):
    """``POST /v1/enroll``."""

    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, Field(min_length=1, max_length=32)]
    device_name: Annotated[str, Field(min_length=1, max_length=200, pattern=TEXT_PATTERN)]
    device_kind: Literal["counter", "walking"]


class BranchInfo(BaseModel):
    """A branch as a desk sees it."""

    id: str
    name: str
    organisation: str
    municipality: str
    province: str


class EnrollResponse(BaseModel):
    """The new device, its branch and its token (shown once)."""

    device_id: str
    branch: BranchInfo
    token: str
    server_time: str


class TokenResponse(BaseModel):
    """A rotated device token."""

    token: str


class ConfigResponse(BaseModel):
    """``GET /v1/config``."""

    protocol: dict[str, int]
    limits: dict[str, int]
    server_time: str
    poll_seconds: int


class OpIn(BaseModel):
    """One operation of a batch (payload shapes: ``kiosk/registration.py``)."""

    op_id: str
    local_seq: int
    kind: str
    schema_: int = Field(alias="schema")
    entity_id: str | None = None
    base_version: int | None = None
    occurred_at_device: str
    payload: dict[str, Any]
    sha256: str


class BatchRequest(BaseModel):
    """``POST /v1/batches`` (JSON, optionally ``Content-Encoding: gzip``)."""

    protocol: int
    batch_id: str
    device_id: str
    sent_at_device: str
    ops: list[OpIn]


class OpResult(BaseModel):
    """The fate of one op."""

    op_id: str
    status: Literal["accepted", "duplicate", "conflict", "rejected", "deferred"]
    code: str | None
    server_seq: int | None
    retryable: bool
    errors: list[dict[str, str]]


class ClockInfo(BaseModel):
    """The device's clock as measured from ``sent_at_device``."""

    skew_seconds: int
    flag: Literal["device_clock_skew"] | None


class BatchResponse(BaseModel):
    """The answer to a batch whose envelope was valid."""

    batch_id: str
    results: list[OpResult]
    branch_change_seq: int
    server_time: str
    clock: ClockInfo


class Change(BaseModel):
    """One entry of the pull feed."""

    change_seq: int
    type: str
    id: str
    version: int
    deleted: bool
    data: dict[str, Any]


class ChangesResponse(BaseModel):
    """One page of ``GET /v1/changes``."""

    changes: list[Change]
    next_cursor: str
    has_more: bool
    server_time: str


class AckState(BaseModel):
    """``GET /v1/devices/me/ack-state``."""

    device_id: str
    max_contiguous_local_seq: int
    ops_stored: int
    by_kind: dict[str, int]
    by_status: dict[str, int]
    last_batch_at: str | None


class EnrollmentRequest(BaseModel):
    """``POST /admin/enrollments``."""

    model_config = ConfigDict(extra="forbid")

    branch: Annotated[str, Field(min_length=1, max_length=64, pattern=TEXT_PATTERN)]


class EnrollmentResponse(BaseModel):
    """A new single-use enrollment code."""

    code: str
    branch: str
    expires_at: str


class Problem(BaseModel):
    """RFC 9457 problem details (``application/problem+json``)."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[dict[str, str]] | None = None


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem answers with these statuses."""
    ref = {"$ref": "#/components/schemas/Problem"}
    return {
        status: {"description": "Problem details", "content": {PROBLEM_JSON: {"schema": ref}}}
        for status in statuses
    }


def install_openapi(app: FastAPI) -> None:
    """Serve an OpenAPI document that tells the truth about this API.

    FastAPI documents a 422 validation error on every route; this server answers 400
    ``bad_request`` instead (422 means a reused batch_id), so those entries are replaced. The
    batch body is read by hand (streaming limits), so its schema is added here.
    """

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in (Problem, BatchRequest):
            document = model.model_json_schema(ref_template="#/components/schemas/{model}")
            components.update(document.pop("$defs", {}))
            components[model.__name__] = document
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                responses = operation.get("responses", {})
                fastapi_422 = responses.get("422", {}).get("content", {}).get("application/json")
                if fastapi_422 and "HTTPValidationError" in str(fastapi_422):
                    del responses["422"]
                    responses.update({str(k): v for k, v in problem_responses(400).items()})
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
