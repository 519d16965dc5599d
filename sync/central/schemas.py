"""Request and answer models of the HTTP API, and the OpenAPI document built from them.

Request bodies are validated with these models. Answers are built as plain dicts and sent as
prebuilt JSON (a 500-op batch answer should not pay for per-item model serialisation); the
answer models are there for the OpenAPI document at ``/openapi.json``.

The document states what the server enforces, taken from where it is enforced: the batch's
shape from the wire contract's models that check it (:class:`~kiosk.protocol.batch.Envelope`,
:class:`~kiosk.protocol.batch.OpHeader`), its limits from the server's
:class:`~sync.central.settings.Limits`, the body limit of each path from the function the
body-limit middleware uses, and every problem answer a route can give. The answers a desk
reads (a batch's results, the config, a page of changes) are the contract's models too
(:mod:`kiosk.protocol.answers`), the ones the desk reads them with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kiosk.cleantext import clean_text
from kiosk.protocol.answers import BatchAnswer, ChangesPage, ConfigAnswer, ErrorItem
from kiosk.protocol.batch import Envelope, OpHeader
from kiosk.protocol.fields import EARLIEST, LATEST, TEXT_PATTERN
from sync.central.auth import CODE_PATTERN
from sync.central.problems import PROBLEM_JSON, TYPE_BASE
from sync.central.settings import PROTOCOL_MAX, PROTOCOL_MIN, Limits


def clean_device_name(value: str) -> str:
    """A device's name as stored: tidied like every name a desk stores (``clean_text``).

    A name of nothing but spaces or invisible characters is refused, not stored empty.
    """
    name = clean_text(value)
    if not name:
        raise ValueError("the device name has no visible character")
    return name


class EnrollRequest(BaseModel):
    """``POST /v1/enroll``."""

    model_config = ConfigDict(extra="forbid")

    # The pattern is checked by auth.normalise_code, which answers 400
    # enrollment_code_invalid (the same as for a used or expired code), not bad_request.
    code: Annotated[
        str,
        Field(
            min_length=1,
            max_length=32,
            json_schema_extra={"pattern": CODE_PATTERN},
            description="The one-time code, e.g. K7PX-3M9Q: any case, spaces and dashes "
            "anywhere. Wrong, used or expired: 400 enrollment_code_invalid.",
        ),
    ]
    device_name: Annotated[
        str,
        Field(
            min_length=1,
            max_length=200,
            pattern=TEXT_PATTERN,
            description="Stored cleaned: invisible characters removed, each run of spaces "
            "one space, the ends trimmed. Nothing visible left: 400 bad_request.",
        ),
        AfterValidator(clean_device_name),
    ]
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


# The answers a desk reads, as the contract states them (the desk reads them with these).
ConfigResponse = ConfigAnswer
BatchResponse = BatchAnswer
ChangesResponse = ChangesPage


class AckState(BaseModel):
    """``GET /v1/devices/me/ack-state``."""

    device_id: str
    max_contiguous_local_seq: int
    max_local_seq: int
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

    type: Annotated[str, Field(description=f"{TYPE_BASE}<code>")]
    title: str
    status: Annotated[int, Field(ge=400, le=599)]
    detail: str
    code: Annotated[str, Field(pattern="^[a-z_]+$")]
    errors: list[ErrorItem] | None = Field(None, description="400: where the request is wrong")
    limits: dict[str, int] | None = Field(None, description="413: the limit that was passed")
    op_index: int | None = Field(None, description="413: the op over max_op_bytes")
    protocol: dict[str, int] | None = Field(
        None, description="426: the protocol versions this server speaks (min, max)"
    )
    resync: Literal["from_start"] | None = Field(None, description="410: pull from the start")


# What each problem status means on this API (the codes are problems.TITLES' keys).
PROBLEMS: dict[int, str] = {
    400: "bad_request: not JSON, not the documented shape (errors: where), a cut-off or broken "
    "gzip body, an invalid cursor or limit; enrollment_code_invalid: a wrong, used or "
    "expired enrollment code",
    401: "unauthorized: no token, an unknown one, or one replaced and past its grace period",
    403: "device_revoked: an administrator revoked this device; device_mismatch: the batch "
    "names another device than the token's",
    404: "unknown_branch, not_found: no such branch or device",
    409: "batch_in_progress: this batch is being stored right now; retry after Retry-After",
    410: "cursor_expired: the server's data was restored; pull again from the start",
    413: "payload_too_large: the body is over the path's limit after decompression (a batch: "
    "also too many ops, or an op too large; limits says which)",
    415: "unsupported_media_type: a Content-Encoding other than gzip (or none); for a batch, "
    "a Content-Type other than application/json",
    422: "idempotency_key_reused: this batch_id came before with another body",
    426: "protocol_unsupported: the batch's protocol is not one this server speaks",
    429: "rate_limited: too many requests (per device; enrollment: per client address); "
    "retry after Retry-After",
    500: "internal: the server failed; nothing was stored",
    503: "overloaded: too many batches at once; retry after Retry-After",
}
# The statuses of a route that takes a device token (auth.authenticate_device, the token bucket).
DEVICE_PROBLEMS = (401, 403, 429)
# The statuses every route can give: the body limits and Content-Encoding check
# (bodylimit.BodyLimitMiddleware) and the handler of unexpected errors (problems.py).
EVERY_ROUTE_PROBLEMS = (413, 415, 500)

_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    }
}
_HEADERS: dict[int, dict[str, Any]] = {
    401: {
        "WWW-Authenticate": {
            "description": "Bearer (RFC 6750)",
            "required": True,
            "schema": {"type": "string", "pattern": "^Bearer"},
        }
    },
    409: _RETRY_AFTER,
    429: _RETRY_AFTER,
    503: _RETRY_AFTER,
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem answers with these statuses."""
    ref = {"$ref": "#/components/schemas/Problem"}
    responses: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        entry: dict[str, Any] = {
            "description": PROBLEMS[status],
            "content": {PROBLEM_JSON: {"schema": ref}},
        }
        if status in _HEADERS:
            entry["headers"] = _HEADERS[status]
        responses[status] = entry
    return responses


def batch_request_schemas(limits: Limits) -> dict[str, dict[str, Any]]:
    """The ``BatchRequest`` and ``Op`` schemas: the models that check a batch, and its limits."""
    ref_template = "#/components/schemas/{model}"
    envelope = Envelope.model_json_schema(ref_template=ref_template)
    op = OpHeader.model_json_schema(ref_template=ref_template)
    moments = f"RFC 3339 with an offset, from {EARLIEST:%Y-%m-%d} to {LATEST:%Y-%m-%d} (UTC)"
    for document in (envelope, op):
        for member in document["properties"].values():
            if member.get("format") == "date-time":
                member["description"] = moments
    envelope.update(
        title="BatchRequest",
        description=(
            "POST /v1/batches (JSON, optionally Content-Encoding: gzip): at most "
            f"{limits.max_body_bytes} bytes after decompression, at most {limits.max_ops} ops, "
            f"each op's canonical JSON at most {limits.max_op_bytes} bytes (else 413). A "
            "broken envelope is 400; an op that is wrong is rejected in the 200 answer."
        ),
    )
    properties = envelope["properties"]
    properties["protocol"].update(
        minimum=PROTOCOL_MIN,
        maximum=PROTOCOL_MAX,
        description="Any other version: 426 protocol_unsupported",
    )
    properties["device_id"]["description"] = "The token's device (else 403 device_mismatch)"
    properties["ops"].update(
        items={"$ref": ref_template.format(model="Op")}, maxItems=limits.max_ops
    )
    op.update(
        title="Op",
        description="One operation; payload shapes: docs/sync-v1.md. An op whose op_id is "
        "missing or malformed breaks the envelope (400); any other fault rejects the op alone.",
    )
    return {"BatchRequest": envelope, "Op": op}


def install_openapi(app: FastAPI, limits: Limits, body_limit: Callable[[str], int]) -> None:
    """Serve an OpenAPI document that tells the truth about this API.

    FastAPI documents a 422 validation error on every route; this server answers 400
    ``bad_request`` instead (422 means a reused batch_id), so those entries are replaced.
    Every route gets the answers of the middleware and the error handler, with its path's body
    limit (*body_limit*, the middleware's own). The batch body is read by hand (streaming
    limits), so its schema is added here.
    """

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["Problem"] = problem
        components.update(batch_request_schemas(limits))
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        for path, operations in schema.get("paths", {}).items():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                fastapi_422 = responses.get("422", {}).get("content", {}).get("application/json")
                if fastapi_422 and "HTTPValidationError" in str(fastapi_422):
                    del responses["422"]
                    responses.update({str(k): v for k, v in problem_responses(400).items()})
                for status, entry in problem_responses(*EVERY_ROUTE_PROBLEMS).items():
                    responses.setdefault(str(status), entry)
                responses["413"] = {
                    **responses["413"],
                    "description": f"{PROBLEMS[413]}; here: {body_limit(path)} bytes",
                }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
