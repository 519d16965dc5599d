"""Server settings: where the data lives, the limits it advertises and enforces, the admin token.

One immutable :class:`Settings` is built at start (from the command line and the environment)
and handed to :func:`sync.central.app.create_app`; tests build their own with smaller limits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.protocol.app_versions import is_download_url, is_older, parse_version
from kiosk.protocol.limits import LIMIT_NAMES, PROTOCOL

APP_NAME = "IDO Central"
APP_AUTHOR = "IDO Kiosk"
DATABASE_URL_ENV = "IDO_CENTRAL_DATABASE_URL"
DATA_DIR_ENV = "IDO_CENTRAL_DATA_DIR"
ADMIN_TOKEN_ENV = "IDO_CENTRAL_ADMIN_TOKEN"
#: The desk app's versions the server advises (``GET /v1/config``), by setting name.
APP_VERSION_ENV = {
    "recommended_version": "IDO_CENTRAL_RECOMMENDED_VERSION",
    "minimum_version": "IDO_CENTRAL_MINIMUM_VERSION",
    "download_url": "IDO_CENTRAL_DOWNLOAD_URL",
}
DATABASE_FILE = "central.sqlite3"
PROTOCOL_MIN = PROTOCOL
PROTOCOL_MAX = PROTOCOL


def default_data_dir() -> Path:
    """Return the data directory: ``$IDO_CENTRAL_DATA_DIR``, else the platform's data folder."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of the SQLite file at *path*."""
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Limits:
    """What one request may carry (advertised by ``GET /v1/config``, enforced on every batch)."""

    # A desk draining a backlog pays a fixed cost per request (round trip, statements,
    # commits, on both sides): 2,000 ops drain a tenth faster than 1,000 and cost a worker
    # some 15 MB more at its peak (benchmarks/README.md). 2,000 visits of ~1 KB each fit in
    # 4 MiB; a live desk sends a handful at a time.
    max_ops: int = 2000
    max_body_bytes: int = 4 * 1024 * 1024  # after gzip decompression
    max_op_bytes: int = 16 * 1024  # one op's canonical JSON
    # Batches one device may have in flight: a desk draining a backlog sends the next while
    # the server stores the one before (the server still stores a device's batches in turn).
    max_inflight: int = 2
    # Every other endpoint takes a few hundred bytes of JSON; refuse more before parsing it.
    max_small_body_bytes: int = 64 * 1024

    def advertised(self) -> dict[str, int]:
        """Return the limits as ``GET /v1/config`` shows them (the contract's names)."""
        return {name: getattr(self, name) for name in LIMIT_NAMES}


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to run; build it with :meth:`load`."""

    database_url: str
    data_dir: Path
    admin_token: str | None = None
    limits: Limits = field(default_factory=Limits)
    # Per-device token bucket: a normal sync loop makes 1-3 requests per minute.
    rate_per_second: float = 0.5
    rate_burst: int = 10
    # Enrollment is unauthenticated: a separate, stricter bucket per client address.
    enroll_rate_per_second: float = 0.2
    enroll_burst: int = 5
    # Batches in progress at once; size it to the database pool (reconnect storms, §4.5).
    max_concurrent_batches: int = 8
    # Retry-After for 503 is drawn from this range so a storm of desks spreads out.
    overloaded_retry_after: tuple[int, int] = (5, 60)
    poll_seconds: int = 60
    skew_threshold_seconds: int = 300
    enrollment_ttl: timedelta = timedelta(minutes=15)
    rotation_grace: timedelta = timedelta(days=7)
    # Past the limit, keep reading (and discarding) up to this many raw bytes so a client that
    # sent a slightly oversized batch gets its 413 instead of a connection reset.
    drain_bytes: int = 8 * 1024 * 1024
    db_pool_size: int = 8
    # -- The dashboard (sync/central/web) and its accounts (sync/central/accounts) ----------
    # The public view hides a count above zero and below this (a small group of visits).
    public_min_count: int = 5
    # A dashboard session ends after this long without a request, and this long after sign-in.
    session_idle: timedelta = timedelta(minutes=30)
    session_lifetime: timedelta = timedelta(hours=12)
    # Dashboard cookies are Secure (sent over HTTPS only). For development and tests on
    # http://localhost this may drop Secure, then only for requests to a loopback address
    # over plain http: anywhere else the cookies stay Secure whatever this says.
    insecure_localhost_cookies: bool = False
    # Sign-in attempts: per username (5, then one a minute) and per client address.
    login_rate_per_second: float = 1 / 60
    login_burst: int = 5
    login_address_rate_per_second: float = 0.2
    login_address_burst: int = 20
    # argon2id cost (RFC 9106's second recommended option: 3 passes over 64 MiB, 4 lanes).
    # Stored hashes carry their own parameters; a sign-in rehashes one made with others.
    password_time_cost: int = 3
    password_memory_kib: int = 64 * 1024
    password_parallelism: int = 4
    # -- The desk app (kiosk/protocol/app_versions.py), advertised by GET /v1/config --------
    # Below the recommended version a desk says a new one is available; below the minimum
    # it stops sending until it is updated. None: not advised.
    recommended_version: str | None = None
    minimum_version: str | None = None
    download_url: str | None = None

    def __post_init__(self) -> None:
        """Refuse app versions or a download address that desks would ignore."""
        for name in ("recommended_version", "minimum_version"):
            value = getattr(self, name)
            if value is not None and parse_version(value) is None:
                raise ValueError(
                    f"{name} {value!r} is not a release version like 1.4.0 "
                    f"(${APP_VERSION_ENV[name]} or --{name.replace('_', '-')})"
                )
        if self.download_url is not None and not is_download_url(self.download_url):
            raise ValueError(
                f"download_url {self.download_url!r} is not an http:// or https:// address "
                f"(${APP_VERSION_ENV['download_url']} or --download-url)"
            )
        recommended, minimum = self.recommended_version, self.minimum_version
        if recommended is not None and minimum is not None and is_older(recommended, minimum):
            raise ValueError(
                f"minimum_version {minimum} is above recommended_version {recommended}: "
                "a desk would be told to stop before it is told to update"
            )

    def app_versions(self) -> dict[str, str | None]:
        """Return the app versions and download address as ``GET /v1/config`` shows them."""
        return {name: getattr(self, name) for name in APP_VERSION_ENV}

    @classmethod
    def load(
        cls,
        *,
        database_url: str | None = None,
        data_dir: Path | str | None = None,
        admin_token: str | None = None,
        **overrides: Any,
    ) -> Settings:
        """Build settings from arguments, falling back to the environment and defaults.

        The database URL comes from *database_url*, else ``$IDO_CENTRAL_DATABASE_URL``, else
        an SQLite file in the data directory; the admin token from *admin_token*, else
        ``$IDO_CENTRAL_ADMIN_TOKEN`` (without one, the admin endpoints answer 401); the app
        versions from *overrides*, else their variables in :data:`APP_VERSION_ENV`.
        ValueError when the app versions are wrong (see :meth:`__post_init__`).
        """
        folder = Path(data_dir).expanduser().resolve() if data_dir else default_data_dir()
        url = database_url or os.environ.get(DATABASE_URL_ENV) or sqlite_url(folder / DATABASE_FILE)
        token = admin_token or os.environ.get(ADMIN_TOKEN_ENV) or None
        for name, variable in APP_VERSION_ENV.items():
            if overrides.get(name) is None:
                overrides[name] = os.environ.get(variable, "").strip() or None
        return cls(database_url=url, data_dir=folder, admin_token=token, **overrides)

    @property
    def catalogue_dir(self) -> Path:
        """Catalogue files published after release (``catalogue-<version>.json``)."""
        return self.data_dir / "catalogue"

    def with_limits(self, **changes: int) -> Settings:
        """Return a copy with some limits changed (tests use small ones)."""
        return replace(self, limits=replace(self.limits, **changes))
