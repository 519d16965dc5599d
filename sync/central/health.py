"""``GET /healthz`` and ``GET /readyz``: for a container's health check, a proxy, an orchestrator.

* ``/healthz``: the process answers HTTP. It touches no database, so a slow or absent
  database never gets a healthy process restarted.
* ``/readyz``: this instance can serve: the database answers, within a few seconds, and its
  schema is at this program's newest migration. Otherwise 503 ``not_ready`` (problem details)
  saying which, so a proxy sends desks elsewhere: during an upgrade an older instance sees
  the newer schema and steps aside until it is replaced.

Both are unauthenticated and say nothing about the data (no counts, no names). They cost a
trivial query at most; ``/metrics`` (:mod:`sync.central.metrics`) is where the figures are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal

import anyio
import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from sync.central.db import Database, current_revision
from sync.central.migrations import HEAD
from sync.central.problems import PROBLEM_JSON, ProblemError

if TYPE_CHECKING:
    from fastapi import FastAPI

HEALTH_PATH: Final = "/healthz"
READY_PATH: Final = "/readyz"
READY_TIMEOUT: Final = 5.0  # seconds: a database slower than this is not ready
RETRY_AFTER: Final = "5"


class Health(BaseModel):
    """``GET /healthz``: the process answers."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["ok"]


class Ready(BaseModel):
    """``GET /readyz``: the database answers and its schema is the one this program needs."""

    model_config = ConfigDict(extra="forbid")

    status: Literal["ready"]
    schema_revision: str


NOT_READY: Final[dict[int | str, dict[str, Any]]] = {
    503: {
        "description": "not_ready: the database does not answer, or its schema is not at "
        "this program's revision (not migrated yet, or migrated by a newer one)",
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before asking again",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
            }
        },
    }
}


def check_ready(db: Database) -> str:
    """Return the schema revision if *db* answers and is at HEAD; raise 503 otherwise."""
    try:
        revision = current_revision(db.engine)
    except sa.exc.SQLAlchemyError as exc:
        raise _not_ready("The database does not answer.") from exc
    if revision != HEAD:
        found = "no schema" if revision is None else f"schema revision {revision}"
        needs = f"this server needs {HEAD} (ido-central migrate)"
        raise _not_ready(f"The database has {found}; {needs}.")
    return revision


def _not_ready(detail: str) -> ProblemError:
    return ProblemError(503, "not_ready", detail, headers={"Retry-After": RETRY_AFTER})


def install_health(app: FastAPI, db: Database) -> None:
    """Add ``/healthz`` and ``/readyz`` to *app* (in its OpenAPI document, tagged operations)."""

    @app.get(HEALTH_PATH, response_model=Health, tags=["operations"])
    def healthz() -> dict[str, str]:
        """The process answers (no database is asked)."""
        return {"status": "ok"}

    @app.get(READY_PATH, response_model=Ready, tags=["operations"], responses=NOT_READY)
    async def readyz() -> dict[str, str]:
        """The database answers and its schema is at this server's revision; else 503."""
        try:
            with anyio.fail_after(READY_TIMEOUT):
                revision = await anyio.to_thread.run_sync(check_ready, db, abandon_on_cancel=True)
        except TimeoutError as exc:
            raise _not_ready("The database did not answer in time.") from exc
        return {"status": "ready", "schema_revision": revision}
