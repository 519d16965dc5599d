"""``/healthz`` and ``/readyz``: unauthenticated, cheap, documented, honest about the schema."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from sync.central import health
from sync.central.migrations import HEAD
from tests.sync.central.conftest import Central


def test_healthz_answers_without_a_token_and_without_the_database(central: Central) -> None:
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    sa.event.listen(central.db.engine, "before_cursor_execute", seen)
    try:
        response = central.client.get("/healthz")
    finally:
        sa.event.remove(central.db.engine, "before_cursor_execute", seen)
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert statements == []
    assert response.headers["x-request-id"]


def test_readyz_is_200_at_the_migrations_head(central: Central) -> None:
    response = central.client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "schema_revision": HEAD}


def _problem(response: Any) -> dict[str, Any]:
    assert response.status_code == 503
    assert response.headers["content-type"].startswith("application/problem+json")
    assert int(response.headers["retry-after"]) >= 1
    body: dict[str, Any] = response.json()
    assert body["code"] == "not_ready" and body["status"] == 503
    return body


def test_readyz_is_503_for_a_database_behind_the_migrations(central: Central) -> None:
    with central.db.write() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0001'"))
    body = _problem(central.client.get("/readyz"))
    assert "0001" in body["detail"] and HEAD in body["detail"]
    assert central.client.get("/healthz").status_code == 200  # the process still answers


def test_readyz_is_503_for_a_database_never_migrated(central: Central) -> None:
    with central.db.write() as conn:
        conn.execute(sa.text("DROP TABLE alembic_version"))
    assert "no schema" in _problem(central.client.get("/readyz"))["detail"]


def test_readyz_is_503_when_the_database_does_not_answer(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(_engine: Any) -> str:
        raise sa.exc.OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(health, "current_revision", down)
    body = _problem(central.client.get("/readyz"))
    assert body["detail"] == "The database does not answer."


def test_readyz_is_503_when_the_database_is_too_slow(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    def slow(_engine: Any) -> str:
        time.sleep(0.5)
        return HEAD

    monkeypatch.setattr(health, "READY_TIMEOUT", 0.05)
    monkeypatch.setattr(health, "current_revision", slow)
    assert "in time" in _problem(central.client.get("/readyz"))["detail"]


def test_health_routes_are_in_the_openapi_document_and_metrics_is_not(central: Central) -> None:
    paths = central.client.get("/openapi.json").json()["paths"]
    assert set(paths["/healthz"]) == {"get"}
    assert set(paths["/readyz"]) == {"get"}
    ready = paths["/readyz"]["get"]
    assert "security" not in ready and "security" not in paths["/healthz"]["get"]
    assert "application/problem+json" in ready["responses"]["503"]["content"]
    assert ready["responses"]["503"]["headers"]["Retry-After"]["required"] is True
    assert "/metrics" not in paths
