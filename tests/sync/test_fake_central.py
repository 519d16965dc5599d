"""A scripted in-memory peer that speaks docs/sync-v1.md, for httpx.MockTransport.

The other client tests import :class:`FakeCentral` from here (tests/sync is not a package;
pytest puts this folder on sys.path). The tests at the bottom check the fake itself, so a
wrong fake can't make the client tests pass for the wrong reason.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from keyring.backends import fail

from kiosk.app import Kiosk
from kiosk.clock import Now
from kiosk.errors import Message
from kiosk.locations import DeskInfo
from sync.backoff import Backoff
from sync.client import SyncClient
from sync.credentials import TokenStore
from tests.conftest import make_visit_input
from ui.words import text

TOKEN = "dk_testtoken_0123456789abcdefghijklmnopqrstuvwxyz"
GOOD_CODE = "K7P-2QX-9M"
SERVER_URL = "https://central.test"
DEVICE_ID = "0190aaaa-0000-7000-8000-000000000001"
BRANCH = {
    "id": "br-042",
    "name": "Vestiging Centrum",
    "organisation": "Bibliotheek Voorbeeldstad",
    "municipality": "Voorbeeldstad",
    "province": "Utrecht",
}
SERVER_TIME = "2026-11-28T13:00:00.000Z"

Script = Callable[[dict[str, Any]], httpx.Response | None]


def problem(status: int, code: str, *, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "type": f"https://ido-kiosk.nl/problems/{code}",
        "title": code.replace("_", " "),
        "status": status,
        "detail": f"test {code}",
        "code": code,
    }
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/problem+json", **(headers or {})},
    )


class FakeCentral:
    """The central endpoint, in memory, with hooks to script any answer."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.batches: list[dict[str, Any]] = []  # every decoded batch body received
        self.stored: dict[str, str] = {}  # op_id -> sha256 (the server's unique op_id)
        self.script: list[Script] = []  # one-shot answers for the next batches (None: normal)
        self.rule: Script | None = None  # an answer rule for every batch (None: normal)
        self.op_result: Callable[[dict[str, Any]], dict[str, Any] | None] = lambda op: None
        self.on_batch: Callable[[dict[str, Any]], None] | None = None
        self.clock: dict[str, Any] = {"skew_seconds": -3, "flag": None}
        self.config: dict[str, Any] = {
            "protocol": {"min": 1, "max": 1},
            "limits": {"max_ops": 500, "max_body_bytes": 1_048_576, "max_op_bytes": 16_384},
            "server_time": SERVER_TIME,
            "poll_seconds": 60,
        }
        self.config_answer: Callable[[], httpx.Response | None] = lambda: None
        self.changes: list[dict[str, Any]] = []
        self.changes_answer: Callable[[str | None], httpx.Response | None] = lambda cursor: None
        self.enroll_answer: Callable[[dict[str, Any]], httpx.Response | None] = lambda b: None
        self.token = TOKEN
        self.codes = {GOOD_CODE}
        self.server_seq = 0
        self.on_wire = 0  # batch requests being handled right now
        self.most_on_wire = 0  # the most ever handled at once
        self._wire_lock = threading.Lock()

    # -- plumbing -------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/v1/enroll" and request.method == "POST":
            return self._enroll(json.loads(request.content))
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return problem(401, "unauthorized")
        if path == "/v1/config" and request.method == "GET":
            return self.config_answer() or httpx.Response(200, json=self.config)
        if path == "/v1/batches" and request.method == "POST":
            with self._wire_lock:
                self.on_wire += 1
                self.most_on_wire = max(self.most_on_wire, self.on_wire)
            try:
                return self._batch(request)
            finally:
                with self._wire_lock:
                    self.on_wire -= 1
        if path == "/v1/changes" and request.method == "GET":
            return self._changes(request.url.params.get("cursor"), request.url.params)
        return problem(404, "not_found")

    # -- endpoints ------------------------------------------------------------------------

    def _enroll(self, body: dict[str, Any]) -> httpx.Response:
        scripted = self.enroll_answer(body)
        if scripted is not None:
            return scripted
        if body.get("code") not in self.codes:
            return problem(400, "enrollment_code_invalid")
        self.codes.discard(body["code"])
        answer = {
            "device_id": DEVICE_ID,
            "branch": BRANCH,
            "token": self.token,
            "server_time": SERVER_TIME,
        }
        return httpx.Response(201, json=answer)

    def _batch(self, request: httpx.Request) -> httpx.Response:
        raw = request.content
        if request.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        body = json.loads(raw)
        self.batches.append(body)
        if self.on_batch is not None:
            self.on_batch(body)
        if self.script:
            scripted = self.script.pop(0)(body)
            if scripted is not None:
                return scripted
        if self.rule is not None:
            ruled = self.rule(body)
            if ruled is not None:
                return ruled
        results = [self._result(op) for op in body["ops"]]
        answer = {
            "batch_id": body["batch_id"],
            "results": results,
            "branch_change_seq": self.server_seq,
            "server_time": SERVER_TIME,
            "clock": self.clock,
        }
        return httpx.Response(200, json=answer)

    def _result(self, op: dict[str, Any]) -> dict[str, Any]:
        scripted = self.op_result(op)
        if scripted is not None:
            return {"op_id": op["op_id"], **scripted}
        canonical = json.dumps(
            op["payload"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
        )
        if hashlib.sha256(canonical.encode()).hexdigest() != op["sha256"]:
            return {"op_id": op["op_id"], "status": "rejected", "code": "payload_hash_mismatch"}
        known = self.stored.get(op["op_id"])
        if known is not None:
            status = "duplicate" if known == op["sha256"] else "rejected"
            return {"op_id": op["op_id"], "status": status, "server_seq": 1}
        self.stored[op["op_id"]] = op["sha256"]
        self.server_seq += 1
        return {"op_id": op["op_id"], "status": "accepted", "server_seq": self.server_seq}

    def _changes(self, cursor: str | None, params: Any) -> httpx.Response:
        scripted = self.changes_answer(cursor)
        if scripted is not None:
            return scripted
        start = int(cursor[1:]) if cursor else 0
        limit = int(params.get("limit", 50))
        page = self.changes[start : start + limit]
        end = start + len(page)
        answer = {
            "changes": page,
            "next_cursor": f"c{end}",
            "has_more": end < len(self.changes),
            "server_time": SERVER_TIME,
        }
        return httpx.Response(200, json=answer)


# -- helpers for the client tests ----------------------------------------------------------


def new_client(app: Kiosk, central: FakeCentral, now: Now, config_dir: Path) -> SyncClient:
    """A client on *app* talking to *central*; no OS keyring, jitter fixed at one half."""
    return SyncClient.for_kiosk(
        app,
        transport=central.transport(),
        tokens=TokenStore(config_dir, backend=fail.Keyring()),
        now=now,
        backoff=Backoff(rand=lambda: 0.5),
    )


def enrolled_client(app: Kiosk, central: FakeCentral, now: Now, config_dir: Path) -> SyncClient:
    sync = new_client(app, central, now, config_dir)
    sync.enroll(SERVER_URL, GOOD_CODE, "Balie 1")
    central.requests.clear()
    return sync


def record(app: Kiosk, desk: DeskInfo, count: int = 1) -> None:
    app.registration.record(desk.desk_id, make_visit_input(count=count))


def table(app: Kiosk, name: str) -> list[dict[str, Any]]:
    """Every committed row of a table, as another process sees it."""
    conn = sqlite3.connect(app.paths.database)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f"SELECT * FROM {name} ORDER BY rowid")]
    finally:
        conn.close()


def states(app: Kiosk) -> list[str]:
    return [row["state"] for row in table(app, "outbox")]


def sync_state(app: Kiosk) -> dict[str, Any]:
    [row] = table(app, "sync_state")
    return row


def said(message: Message | None) -> str:
    """Return what the clerk reads for a sync message (its words); "" for none."""
    return "" if message is None else text(message)


def always(response: httpx.Response) -> Script:
    return lambda body: response


# -- the fake itself ------------------------------------------------------------------------


def test_fake_refuses_a_request_without_the_token() -> None:
    central = FakeCentral()
    with httpx.Client(transport=central.transport(), base_url=SERVER_URL) as http:
        assert http.get("/v1/config").status_code == 401
        ok = http.get("/v1/config", headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.json()["protocol"] == {"min": 1, "max": 1}


def test_fake_deduplicates_ops_by_op_id_and_checks_the_hash() -> None:
    central = FakeCentral()
    payload = {"visit_id": "v1"}
    sha = hashlib.sha256(b'{"visit_id":"v1"}').hexdigest()
    op = {"op_id": "o1", "payload": payload, "sha256": sha}
    assert central._result(op)["status"] == "accepted"
    assert central._result(op)["status"] == "duplicate"
    assert central._result({**op, "op_id": "o2", "sha256": "0" * 64})["status"] == "rejected"
