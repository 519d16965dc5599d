"""A schema fuzz of the endpoint's own ``/openapi.json``: no 5xx, no answer outside the document.

Schemathesis reads the document the application serves and sends, per operation, its coverage
cases (every bound, pattern and enum just inside and just outside, members missing, other
types, other methods) and ``MAX_EXAMPLES`` generated requests, valid and invalid, on SQLite and
on PostgreSQL (the conftest's ``database_url`` parametrisation: on CI the PostgreSQL variant
fails rather than skips without its database). Device routes carry the token of a desk
enrolled the way a desk does; admin routes the admin token. Every answer must be documented:
its status, its content type, its body's schema and its declared headers.

Requests go in-process to the application the conftest started (its lifespan entered once,
by the conftest's TestClient), through Schemathesis's ASGI session. Bounded and repeatable:
derandomised, no example database, a fixed number of examples and a deadline per request.

It needs Schemathesis's pytest plugin (loaded by its entry point) to turn the test into one
per operation; Hypothesis is left as it ships for the rest of the run (schemathesis_scope).
Run it alone with ``pytest tests/sync/central/test_openapi_fuzz.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import tempfile
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import Case
from schemathesis.config import SchemathesisConfig
from schemathesis.python.asgi import ASGIClient

from kiosk.protocol.fields import MAX_BIGINT, UUID_PATTERN
from sync.central.app import BATCHES_PATH, create_app
from sync.central.payloads import KINDS, canonical_bytes
from sync.central.settings import Settings
from tests.sync.central.conftest import ADMIN_TOKEN, Central, Desk
from tests.sync.central.openapi_checks import CHECKS
from tests.sync.central.schemathesis_scope import schemathesis_patches

# Generated requests per operation, on top of the coverage cases (about 20 s per backend on
# two cores; each request is a few milliseconds).
MAX_EXAMPLES = 40
# A request this slow is a hang, not a slow machine.
DEADLINE = timedelta(seconds=5)
_UUID = re.compile(UUID_PATTERN)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _served_document() -> dict[str, Any]:
    """The document an application with the tests' settings serves (on a throwaway SQLite)."""
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            database_url=f"sqlite:///{folder}/central.sqlite3", data_dir=Path(folder)
        )
        app = create_app(settings)
        try:
            return app.openapi()
        finally:
            app.state.central.db.close()


DOCUMENT = _served_document()
schema = schemathesis.openapi.from_dict(
    DOCUMENT,
    config=SchemathesisConfig.from_dict(
        {
            "base-url": "http://testserver",
            "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
        }
    ),
)


@pytest.fixture(autouse=True, scope="module")
def _schemathesis_hypothesis() -> Iterator[None]:
    """Schemathesis's patches of Hypothesis for this module's tests only (schemathesis_scope)."""
    with schemathesis_patches():
        yield


@pytest.fixture
def asgi_session(central: Central) -> Iterator[ASGIClient]:
    """A requests session into the running application (no second lifespan: not entered)."""
    assert central.client.get("/openapi.json").json() == DOCUMENT  # the fuzz reads what it serves
    session = ASGIClient(central.client.app)
    yield session
    session.close()


def aim_at(desk: Desk, body: dict[str, Any]) -> None:
    """Let a generated batch reach its ops: this desk's id, fresh ids, known kinds, true hashes.

    Generated ids and numbers repeat (the all-zero UUID and 1 above all), so without this
    nearly every batch would meet 422 ``idempotency_key_reused`` or 403 ``device_mismatch``,
    and every op ``device_seq_reused`` or ``payload_hash_mismatch``. Only well-formed values
    are replaced, so the malformed ones still test the refusals. The new values depend on
    the body and on the order of the examples alone (repeatable).
    """
    ops = body.get("ops")
    for op in ops if isinstance(ops, list) else ():
        if not isinstance(op, dict):
            continue
        seq = op.get("local_seq")
        if type(seq) is int and 1 <= seq <= MAX_BIGINT:  # not a bool
            desk.local_seq += 1  # the next of this desk's ops, as a desk numbers them
            op["local_seq"] = desk.local_seq
            if isinstance(op.get("kind"), str) and op["kind"] not in KINDS:
                op["kind"] = KINDS[desk.local_seq % len(KINDS)]
        payload, sha256 = op.get("payload"), op.get("sha256")
        if isinstance(payload, dict) and isinstance(sha256, str) and _SHA256.match(sha256):
            with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate: refused, rightly
                op["sha256"] = hashlib.sha256(canonical_bytes(payload)).hexdigest()
        if isinstance(op.get("op_id"), str) and _UUID.match(op["op_id"]):
            op["op_id"] = _uuid_of({**op, "op_id": None})
    if isinstance(body.get("device_id"), str) and _UUID.match(body["device_id"]):
        body["device_id"] = desk.device_id
    if isinstance(body.get("batch_id"), str) and _UUID.match(body["batch_id"]):
        body["batch_id"] = _uuid_of({**body, "batch_id": None})


def _uuid_of(value: Any) -> str:
    """A lower-case UUID made from *value*'s JSON."""
    text = json.dumps(value, sort_keys=True, default=repr, ensure_ascii=True)
    return str(uuid.UUID(hashlib.sha256(text.encode()).hexdigest()[:32]))


@schema.parametrize()
@hypothesis.settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=DEADLINE,
    # One application and database serve every example of an operation, as a server does.
    suppress_health_check=[
        hypothesis.HealthCheck.function_scoped_fixture,
        hypothesis.HealthCheck.too_slow,
        hypothesis.HealthCheck.filter_too_much,
    ],
)
def test_openapi_fuzz(case: Case, desk: Desk, asgi_session: ASGIClient) -> None:
    if case.path == BATCHES_PATH and isinstance(case.body, dict):
        aim_at(desk, case.body)
    token = ADMIN_TOKEN if case.path.startswith("/admin/") else desk.token
    response = case.call(session=asgi_session, headers={"Authorization": f"Bearer {token}"})
    case.validate_response(response, checks=CHECKS)
