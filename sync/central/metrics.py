"""``GET /metrics``: the server's counters in Prometheus' text format (prometheus-client).

What it tells (every name starts with ``ido_central_``):

* ``batches_total{outcome}``: batches answered, ``stored`` (a new batch, 200), ``replayed``
  (an exact resend answered with its stored answer, 200) or the problem code it was refused
  with (``rate_limited``, ``overloaded``, ``payload_too_large``, ...);
* ``operations_total{kind, outcome}``: the ops of the stored batches, by op kind and the
  status the server answered (``accepted``, ``duplicate``, ``rejected``, ``conflict``,
  ``deferred``); a replayed batch's ops are not counted again;
* ``operation_rejections_total{code}``: the codes of the ops not accepted (dead letters and
  deferrals: ``validation_failed``, ``op_id_reused``, ``unsupported_kind``, ...);
* ``problems_total{code}``: every problem details answer of every route, by its code;
* ``request_duration_seconds{method, route}``: a latency histogram per route template
  (``/admin/devices/{device_id}/revoke``, never the raw path);
* ``branch_last_sync_timestamp_seconds{branch}``: per branch id, when a desk of it last had a
  batch stored, read from the database at scrape time; so is ``database_up``. Several
  instances on one database report the same values.

Batches and ops are counted where every answer passes, whether a thread of this process or
an ingestion worker process stored the batch: the batch route, from its answer (the results
come in the order of the ops sent, which name their kinds). The pipeline's own processes
cannot count: a worker's counters would never reach this process's ``/metrics``. A replay
is told apart by its answer's ``server_time``: a stored answer keeps its first one (a desk
resends after it lost an answer, seconds later, never within the same millisecond).

The counters live per process (``prometheus_client`` registry per application): with
several ``ido-central serve`` instances, Prometheus scrapes each and sums.

Access: the admin token (``Authorization: Bearer ...``), or a client address in the allowed
networks (``serve --metrics-allow``, ``$IDO_CENTRAL_METRICS_ALLOW``; default loopback only).
"""

from __future__ import annotations

import collections
import ipaddress
import logging
import os
import re
import time
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

import anyio
import orjson
import sqlalchemy as sa
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.clock import to_utc_text
from sync.central import auth
from sync.central.db import Database
from sync.central.json_logs import REQUEST_ID_HEADER, new_request_id, request_id
from sync.central.pipeline.registry import REGISTRY as KIND_REGISTRY
from sync.central.tables import device

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sync.central.app import Central

log = logging.getLogger(__name__)

METRICS_PATH: Final = "/metrics"
METRICS_ALLOW_ENV: Final = "IDO_CENTRAL_METRICS_ALLOW"
DEFAULT_ALLOW: Final = "127.0.0.0/8,::1/128"
PREFIX: Final = "ido_central"
BUCKETS: Final = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
METHODS: Final = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
UNMATCHED: Final = "unmatched"  # the route label of a path no route takes (404)
OTHER: Final = "other"  # a label value outside the known set (an op kind, a method)
_PROBLEM_BODY_MAX = 64 * 1024  # a problem document is a few hundred bytes
_PROBLEM_JSON = b"application/problem+json"
_STATUSES: Final = frozenset({"accepted", "duplicate", "rejected", "conflict", "deferred"})
_OP_KIND = re.compile(rb'"kind"\s*:\s*"([a-z][a-z_]*\.[a-z_.]+)"')
_KIND_LABELS: Final = {kind.encode(): kind for kind in KIND_REGISTRY.kinds}

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def allowed_networks(text: str | None = None) -> tuple[Network, ...]:
    """Parse ``127.0.0.0/8,::1/128`` (*text*, else ``$IDO_CENTRAL_METRICS_ALLOW``, else that).

    An empty text allows no address: the admin token only. Raises ValueError for a bad one.
    """
    if text is None:
        text = os.environ.get(METRICS_ALLOW_ENV, DEFAULT_ALLOW)
    parts = [part.strip() for part in text.split(",") if part.strip()]
    return tuple(ipaddress.ip_network(part, strict=False) for part in parts)


def address_allowed(host: str | None, networks: tuple[Network, ...]) -> bool:
    """Tell whether the client address *host* is in *networks* (a name, or none: never)."""
    if host is None:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


class BranchSyncCollector(Collector):
    """Reads the last stored batch per branch at scrape time (so every instance agrees)."""

    def __init__(self, db: Database) -> None:
        """Read from *db*."""
        self.db = db

    def describe(self) -> list[Metric]:
        """Nothing to describe up front: registering must not query the database."""
        return []

    def collect(self) -> Iterator[Metric]:
        """Yield ``database_up`` and ``branch_last_sync_timestamp_seconds``."""
        up = GaugeMetricFamily(f"{PREFIX}_database_up", "1 when the database answered the scrape")
        last = GaugeMetricFamily(
            f"{PREFIX}_branch_last_sync_timestamp_seconds",
            "When a desk of the branch last had a batch stored (Unix time)",
            labels=["branch"],
        )
        query = (
            sa.select(device.c.branch_id, sa.func.max(device.c.last_batch_at))
            .where(device.c.last_batch_at.is_not(None))
            .group_by(device.c.branch_id)
            .order_by(device.c.branch_id)
        )
        try:
            with self.db.read() as conn:
                rows = conn.execute(query).all()
        except sa.exc.SQLAlchemyError:
            log.warning("The metrics scrape could not read the database", exc_info=True)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        for branch_id, moment in rows:
            if isinstance(moment, datetime):
                last.add_metric([str(branch_id)], moment.timestamp())
        yield up
        yield last


class Metrics:
    """This process's counters and the database collector, in a registry of their own."""

    def __init__(self, db: Database) -> None:
        """Make the metrics; the per-branch gauge reads *db* at each scrape."""
        self.registry = CollectorRegistry()
        self.batches = Counter(
            f"{PREFIX}_batches",
            "Batches answered, by outcome (stored, replayed or the problem code)",
            ["outcome"],
            registry=self.registry,
        )
        self.operations = Counter(
            f"{PREFIX}_operations",
            "Operations of stored batches, by kind and the status answered",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.op_rejections = Counter(
            f"{PREFIX}_operation_rejections",
            "Operations not accepted, by their code",
            ["code"],
            registry=self.registry,
        )
        self.problems = Counter(
            f"{PREFIX}_problems",
            "Problem details answers, by code",
            ["code"],
            registry=self.registry,
        )
        self.latency = Histogram(
            f"{PREFIX}_request_duration_seconds",
            "Time to answer a request, by method and route template",
            ["method", "route"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.registry.register(BranchSyncCollector(db))

    def exposition(self) -> bytes:
        """The text format of every metric (queries the database for the gauges)."""
        return generate_latest(self.registry)

    async def count_batch(self, body: bytes, answer: bytes, now: datetime) -> None:
        """Count a batch answered 200 at *now*, from its *body* and *answer* (in a thread)."""
        await anyio.to_thread.run_sync(self.count_batch_now, body, answer, now)

    def count_batch_now(self, body: bytes, answer: bytes, now: datetime) -> None:
        """Count a stored or replayed batch and, if stored now, its ops. Never raises."""
        try:
            reply = orjson.loads(answer)
            if reply.get("server_time") != to_utc_text(now):  # a stored answer, sent again
                self.batches.labels("replayed").inc()
                return
            results = reply.get("results") or []
            self.batches.labels("stored").inc()
            outcomes: collections.Counter[tuple[str, str]] = collections.Counter()
            codes: collections.Counter[str] = collections.Counter()
            settled = all(r.get("status") in ("accepted", "duplicate") for r in results)
            kinds = _op_kinds(body, len(results), scan=settled)
            for kind, result in zip(kinds, results, strict=False):
                status = result.get("status")
                outcomes[kind, status if status in _STATUSES else OTHER] += 1
                if status not in ("accepted", "duplicate") and result.get("code"):
                    codes[_label(result["code"])] += 1
            # Once per label pair, not per op (each inc takes a lock).
            for (kind, status), count in outcomes.items():
                self.operations.labels(kind, status).inc(count)
            for code, count in codes.items():
                self.op_rejections.labels(code).inc(count)
        except Exception:  # a counter must never cost the desk its answer
            log.warning("Could not count a batch for /metrics", exc_info=True)

    def count_problem(self, route: str, code: str) -> None:
        """Count a problem answer with *code* on *route* (a batch refused, too)."""
        label = _label(code)
        self.problems.labels(label).inc()
        if route.endswith("/v1/batches"):
            self.batches.labels(label).inc()


def _op_kinds(body: bytes, count: int, *, scan: bool = True) -> list[str]:
    """The kind of each op of the batch *body* (*count* ops), in order, as label values.

    With *scan* (every op accepted or a duplicate: each has a valid header and a payload its
    kind's model accepted), a scan for the ops' ``"kind": "a.b"`` members instead of parsing
    the body again: parsing a 2,000-op batch in the front would cost it more than the rest
    of its share of the batch. The payloads' ``kind`` members have no dot in their values
    (and text holds its quotes escaped). Otherwise (an op refused or deferred: its header or
    payload may be anything), or should the scan not find exactly one per op, the body is
    parsed after all.
    """
    found = _OP_KIND.findall(body) if scan else []
    if len(found) != count:
        ops = orjson.loads(body).get("ops") or []
        found = [op.get("kind") if isinstance(op, dict) else None for op in ops]
        found = [k.encode() if isinstance(k, str) else b"" for k in found]
    labels = _KIND_LABELS
    return [labels.get(kind, OTHER) for kind in found]


def _label(code: object) -> str:
    """A code as a label value: lower-case words, else ``other`` (labels stay bounded)."""
    text = str(code)
    if len(text) <= 40 and text.replace("_", "").isalpha() and text.islower():
        return text
    return OTHER


class RequestMetrics:
    """ASGI middleware: request id, latency per route template, problem answers by code.

    The outermost of the application's own middleware, so the body limit's answers count
    too; an exception escaping to Starlette's last-resort handler counts as ``internal``.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics, fastapi: FastAPI) -> None:
        """Wrap *app*; *fastapi*'s routes name the route template of an unmarked request."""
        self.app = app
        self.metrics = metrics
        self.fastapi = fastapi

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request, then record how long it took and what problem it answered."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v for k, v in scope["headers"] if k == REQUEST_ID_HEADER.encode()), None)
        rid = new_request_id(given.decode("latin-1") if given is not None else None)
        token = request_id.set(rid)
        started = time.perf_counter()
        problem: list[bytes] | None = None

        async def send_wrapper(message: Message) -> None:
            nonlocal problem
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                kind = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                problem = [] if kind.startswith(_PROBLEM_JSON) else None
                headers.append((REQUEST_ID_HEADER.encode(), rid.encode()))
                message = {**message, "headers": headers}
            elif (
                message["type"] == "http.response.body"
                and problem is not None
                and sum(map(len, problem)) < _PROBLEM_BODY_MAX
            ):
                problem.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            self._record(scope, started, "internal")
            raise
        finally:
            request_id.reset(token)
        self._record(scope, started, _problem_code(problem))

    def _record(self, scope: Scope, started: float, code: str | None) -> None:
        route = self._route(scope)
        method = scope.get("method", "GET")
        method = method if method in METHODS else OTHER
        self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)
        if code is not None:
            self.metrics.count_problem(route, code)

    def _route(self, scope: Scope) -> str:
        """The template of the route that took the request (``unmatched`` when none did)."""
        route: Any = scope.get("route")
        if route is None:  # an inner middleware served a copy of the scope (gzip), or 404
            for candidate in self.fastapi.router.routes:
                match, _child = candidate.matches(scope)
                if match is Match.FULL:
                    route = candidate
                    break
        path = getattr(route, "path", None)
        return path if isinstance(path, str) and path else UNMATCHED


def _problem_code(chunks: list[bytes] | None) -> str | None:
    if chunks is None:
        return None
    try:
        code = orjson.loads(b"".join(chunks)).get("code")
    except (orjson.JSONDecodeError, AttributeError):
        return OTHER
    return str(code) if code else OTHER


def install_metrics(app: FastAPI, central: Central, *, allow: str | None = None) -> Metrics:
    """Add the request middleware and ``GET /metrics`` to *app*; return the metrics.

    *allow*: the networks that may read without the admin token (see
    :func:`allowed_networks`); None: ``$IDO_CENTRAL_METRICS_ALLOW`` or loopback.
    """
    metrics = Metrics(central.db)
    networks = allowed_networks(allow)
    app.add_middleware(RequestMetrics, metrics=metrics, fastapi=app)

    @app.get(METRICS_PATH, include_in_schema=False)
    def read_metrics(request: Request) -> Response:
        """The metrics, for the admin token or an allowed address (else 401)."""
        host = request.client.host if request.client else None
        if not address_allowed(host, networks):
            auth.require_admin(central.settings.admin_token, request.headers.get("authorization"))
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return metrics
