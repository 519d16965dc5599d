"""The FastAPI application: every endpoint of ``docs/sync-v1.md`` plus the admin endpoints.

:func:`create_app` opens (and migrates) the database, publishes the catalogues on the pull
feed and wires the routes. Database work runs in worker threads; the batch route is async
only to read its body through :class:`~sync.central.bodylimit.BodyLimitMiddleware`, then hands
it to :func:`~sync.central.batches.handle_batch` in a thread, or to an ingestion worker
process (:mod:`sync.central.workers`).

No ``from __future__ import annotations`` here: FastAPI reads the route signatures at
runtime, and their ``Annotated[..., Depends(...)]`` refer to dependencies local to the
functions that register the routes.
"""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.requests import ClientDisconnect

from kiosk.clock import to_utc_text
from sync.central import admin, auth, changes
from sync.central.accounts.guard import DashboardAccounts
from sync.central.batches import Ingestion, handle_batch
from sync.central.bodylimit import BodyLimitMiddleware
from sync.central.catalogues import ServerCatalogues, load_server_catalogues, publish_catalogues
from sync.central.db import Database
from sync.central.figures.refresh import run_refreshes
from sync.central.figures_api import install_figures_api
from sync.central.health import install_health
from sync.central.metrics import Metrics, install_metrics
from sync.central.planning.purge import run_purges
from sync.central.problems import ProblemError, install_problem_handlers
from sync.central.schemas import (
    DEVICE_PROBLEMS,
    AckState,
    BatchResponse,
    ChangesResponse,
    ConfigResponse,
    EnrollmentRequest,
    EnrollmentResponse,
    EnrollRequest,
    EnrollResponse,
    TokenResponse,
    install_openapi,
    problem_responses,
)
from sync.central.settings import PROTOCOL_MAX, PROTOCOL_MIN, Settings
from sync.central.shared_limits import batch_gate, rate_limiter
from sync.central.surveys import load_server_surveys, publish_surveys
from sync.central.throttle import BatchGate, RateLimiter
from sync.central.web import install_dashboard
from sync.central.workers import IngestWorkers

log = logging.getLogger(__name__)

BATCHES_PATH = "/v1/batches"
Now = Callable[[], datetime]


def utc_now() -> datetime:
    """Return the current time, aware UTC."""
    return datetime.now(UTC)


@dataclass
class Central:
    """What the routes share: settings, database, catalogues, limiters, the clock."""

    settings: Settings
    db: Database
    catalogues: ServerCatalogues
    now: Now = utc_now
    # On PostgreSQL shared by every instance on the database (sync.central.shared_limits).
    buckets: RateLimiter = field(init=False)
    enroll_buckets: RateLimiter = field(init=False)
    gate: BatchGate = field(init=False)
    ingestion: Ingestion = field(init=False)
    workers: IngestWorkers | None = None  # None: batches are stored in this process's threads
    metrics: Metrics | None = None  # /metrics (sync.central.metrics), set by create_app

    def __post_init__(self) -> None:
        s = self.settings
        self.buckets = rate_limiter(self.db, "device", s.rate_per_second, s.rate_burst)
        self.enroll_buckets = rate_limiter(
            self.db, "enroll", s.enroll_rate_per_second, s.enroll_burst
        )
        self.gate = batch_gate(self.db, s.max_concurrent_batches, s.overloaded_retry_after)
        self.ingestion = Ingestion(s, self.db, self.catalogues)


def create_app(
    settings: Settings,
    *,
    now: Now = utc_now,
    purge_every: float | None = None,
    ingest_workers: int = 0,
    figures_every: float | None = None,
    metrics_allow: str | None = None,
) -> FastAPI:
    """Build the application for *settings* (opens and migrates the database now).

    With *purge_every* (seconds) the server purges planning data past retention and prunes
    old batch answers at start-up and then every so often (``ido-central serve``: daily).
    With *ingest_workers* (PostgreSQL only) batches are stored by that many worker processes,
    started with the application (:mod:`sync.central.workers`). With *figures_every*
    (seconds) the dashboard figures ingest has marked are rebuilt that often
    (:mod:`sync.central.figures.refresh`; ``ido-central serve``: every 15 seconds).
    *metrics_allow*: the networks that may read ``/metrics`` without the admin token
    (:func:`sync.central.metrics.allowed_networks`; None: the environment's, else loopback).
    """
    db = Database(settings.database_url, pool_size=settings.db_pool_size)
    if ingest_workers and not db.is_postgres:
        db.close()
        raise ValueError("ingestion worker processes need PostgreSQL")
    found = load_server_catalogues(settings.catalogue_dir)
    surveys = load_server_surveys(settings.data_dir)
    with db.write() as conn:
        added = publish_catalogues(conn, found, now())
        added_surveys = publish_surveys(conn, surveys, now())
    if added:
        log.info("Published catalogue versions %s on the feed", added)
    if added_surveys:
        log.info("Published survey versions %s on the feed", added_surveys)
    central = Central(settings, db, found, now)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            if ingest_workers:
                central.workers = IngestWorkers(
                    settings, ingest_workers, logging.getLogger().getEffectiveLevel()
                )
                await central.workers.start()
            async with anyio.create_task_group() as background:
                if purge_every is not None:
                    background.start_soon(run_purges, db, central.now, purge_every)
                if figures_every is not None:
                    background.start_soon(run_refreshes, db, figures_every)
                yield
                background.cancel_scope.cancel()
        finally:
            if central.workers is not None:
                await anyio.to_thread.run_sync(central.workers.close)
                central.workers = None
            central.gate.close()
            db.close()

    app = FastAPI(
        title="IDO Kiosk central endpoint",
        version="1",
        summary="Sync protocol v1 (docs/sync-v1.md)",
        lifespan=lifespan,
    )
    app.state.central = central
    limits = settings.limits

    def body_limit(path: str) -> int:
        # endswith: behind a proxy the path may carry the mount prefix (root_path).
        return limits.max_body_bytes if path.endswith(BATCHES_PATH) else limits.max_small_body_bytes

    app.add_middleware(BodyLimitMiddleware, limit_for=body_limit, drain_bytes=settings.drain_bytes)
    install_problem_handlers(app)
    install_openapi(app, limits, body_limit)
    # Operations: /healthz, /readyz, /metrics (its middleware outermost: 413s count too).
    install_health(app, db)
    central.metrics = install_metrics(app, central, allow=metrics_allow)
    _device_routes(app, central)
    _batch_route(app, central)
    _admin_routes(app, central)
    # The dashboard: its own accounts and sessions; device and admin tokens never open it.
    app.state.accounts = DashboardAccounts(db, settings, now)
    install_dashboard(app, app.state.accounts)
    # The dashboard's figures as JSON: sessions and the public as on the pages, a desk its branch.
    install_figures_api(app, central, app.state.accounts)
    return app


_device_bearer = HTTPBearer(auto_error=False, scheme_name="DeviceToken")
_admin_bearer = HTTPBearer(auto_error=False, scheme_name="AdminToken")
Credentials = HTTPAuthorizationCredentials | None


def _header(credentials: Credentials) -> str | None:
    return None if credentials is None else f"Bearer {credentials.credentials}"


def _device_dependency(central: Central) -> Callable[..., auth.DeviceIdentity]:
    """Return the dependency that authenticates a device and applies its rate limit."""

    def device(
        credentials: Annotated[Credentials, Depends(_device_bearer)],
    ) -> auth.DeviceIdentity:
        with central.db.write() as conn:
            who = auth.authenticate_device(conn, _header(credentials), central.now())
        central.buckets.check(who.device_id)
        return who

    return device


def _device_routes(app: FastAPI, central: Central) -> None:
    Device = Annotated[auth.DeviceIdentity, Depends(_device_dependency(central))]  # noqa: N806

    @app.post(
        "/v1/enroll",
        status_code=201,
        response_model=EnrollResponse,
        responses=problem_responses(400, 429),
    )
    def enroll(body: EnrollRequest, request: Request) -> dict[str, Any]:
        """Exchange a single-use enrollment code for a device id and token."""
        central.enroll_buckets.check(request.client.host if request.client else "?")
        now = central.now()
        with central.db.write() as conn:
            device_id, token, branch = auth.enroll(
                conn, body.code, body.device_name, body.device_kind, now
            )
        log.info("Enrolled device %s in branch %s", device_id, branch["id"])
        return {
            "device_id": device_id,
            "branch": branch,
            "token": token,
            "server_time": to_utc_text(now),
        }

    @app.post(
        "/v1/token/rotate",
        response_model=TokenResponse,
        responses=problem_responses(*DEVICE_PROBLEMS),
    )
    def rotate(who: Device) -> dict[str, str]:
        """Issue a new token; the one used for this call keeps working for a while."""
        now = central.now()
        with central.db.write() as conn:
            token = auth.rotate_token(conn, who, now, central.settings.rotation_grace)
        return {"token": token}

    @app.get(
        "/v1/config", response_model=ConfigResponse, responses=problem_responses(*DEVICE_PROBLEMS)
    )
    def config(_who: Device) -> dict[str, Any]:
        """The protocol range, the limits, the server time and the app versions it advises."""
        return {
            "protocol": {"min": PROTOCOL_MIN, "max": PROTOCOL_MAX},
            "limits": central.settings.limits.advertised(),
            "server_time": to_utc_text(central.now()),
            "poll_seconds": central.settings.poll_seconds,
            **central.settings.app_versions(),
        }

    @app.get(
        "/v1/changes",
        response_model=ChangesResponse,
        responses=problem_responses(400, *DEVICE_PROBLEMS, 410),
    )
    def pull(
        who: Device,
        cursor: Annotated[
            str | None,
            Query(
                max_length=changes.MAX_CURSOR,
                pattern=changes.CURSOR_PATTERN,
                description="next_cursor of the page before; none (or empty): from the start",
            ),
        ] = None,
        limit: Annotated[int, Query(ge=1, le=changes.MAX_PAGE)] = changes.DEFAULT_PAGE,
    ) -> JSONResponse:
        """The changes for this device's branch after *cursor* (catalogues in v1)."""
        with central.db.read() as conn:
            page = changes.read_changes(conn, who.branch_id, cursor, limit)
        page["server_time"] = to_utc_text(central.now())
        return JSONResponse(page)

    @app.get(
        "/v1/devices/me/ack-state",
        response_model=AckState,
        responses=problem_responses(*DEVICE_PROBLEMS),
    )
    def ack_state(who: Device) -> dict[str, Any]:
        """What the server holds of this device's operations (for reconciliation)."""
        with central.db.read() as conn:
            return admin.ack_state(conn, who.device_id)


def _batch_route(app: FastAPI, central: Central) -> None:
    device = _device_dependency(central)

    @app.post(
        BATCHES_PATH,
        response_model=BatchResponse,
        responses=problem_responses(400, *DEVICE_PROBLEMS, 409, 413, 415, 422, 426, 500, 503),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/BatchRequest"}}
                },
            }
        },
    )
    async def post_batch(
        request: Request, who: Annotated[auth.DeviceIdentity, Depends(device)]
    ) -> Response:
        """Store a batch of operations; the answer says what became of each."""
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            raise ProblemError(415, "unsupported_media_type", "Send the batch as application/json.")
        async with central.gate.admit_async():
            try:
                body = await request.body()  # bounded by BodyLimitMiddleware, gzip inflated
            except ClientDisconnect as exc:  # the desk went away mid-upload: nothing to do
                raise ProblemError(400, "bad_request", "The request body was cut off.") from exc
            now = central.now()
            if central.workers is not None:
                answer = await central.workers.handle(who, body, now)
            else:
                answer = await anyio.to_thread.run_sync(
                    handle_batch, central.ingestion, who, body, now
                )
        if central.metrics is not None:  # the one place every stored batch passes
            await central.metrics.count_batch(body, answer, now)
        return Response(answer, media_type="application/json")


def _admin_routes(app: FastAPI, central: Central) -> None:
    def administrator(credentials: Annotated[Credentials, Depends(_admin_bearer)]) -> None:
        auth.require_admin(central.settings.admin_token, _header(credentials))

    guard = [Depends(administrator)]

    @app.post(
        "/admin/enrollments",
        status_code=201,
        response_model=EnrollmentResponse,
        dependencies=guard,
        responses=problem_responses(401, 404),
    )
    def create_enrollment(body: EnrollmentRequest) -> dict[str, str]:
        """Create a single-use enrollment code for a branch (valid 15 minutes)."""
        now = central.now()
        try:
            with central.db.write() as conn:
                code, expires = auth.create_enrollment_code(
                    conn, body.branch, now, central.settings.enrollment_ttl
                )
        except auth.UnknownBranchError as exc:
            raise ProblemError(404, "unknown_branch", f"No branch {body.branch!r}.") from exc
        return {"code": code, "branch": body.branch, "expires_at": to_utc_text(expires)}

    @app.get("/admin/devices", dependencies=guard, responses=problem_responses(401))
    def devices() -> dict[str, Any]:
        """Every enrolled device, revoked ones included."""
        with central.db.read() as conn:
            return {"devices": admin.list_devices(conn)}

    @app.post(
        "/admin/devices/{device_id}/revoke",
        dependencies=guard,
        responses=problem_responses(401, 404),
    )
    def revoke(device_id: str) -> dict[str, Any]:
        """Revoke a device: its token stops working (403); its data stays."""
        try:
            with central.db.write() as conn:
                return admin.revoke_device(conn, device_id, central.now())
        except LookupError as exc:
            raise ProblemError(404, "not_found", f"No device {device_id!r}.") from exc

    @app.get("/admin/stats", dependencies=guard, responses=problem_responses(401))
    def stats() -> dict[str, Any]:
        """Per-branch counts: active visits and questions, rejections, conflicts, devices."""
        with central.db.read() as conn:
            return admin.stats(conn, central.now())
