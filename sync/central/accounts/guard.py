"""The dashboard's gate: the current viewer from the session cookie, sign-in and sign-out.

:class:`DashboardAccounts` holds what the dashboard routes share (database, settings, clock,
password hasher, sign-in throttle, cookie policy). Its :meth:`~DashboardAccounts.viewer` is
the FastAPI dependency every dashboard page takes: the signed-in viewer, or the public one.
A request that carries a bearer token (a device's or the admin's) is refused outright: those
tokens are for the API and never stand for a person (:func:`refuse_bearer_tokens`).
:meth:`~DashboardAccounts.signed_form` reads a POSTed form and checks its CSRF token; every
dashboard form that changes something goes through it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from urllib.parse import parse_qsl

from starlette.requests import Request

from sync.central.accounts import audit
from sync.central.accounts.audit import Event, Failure
from sync.central.accounts.cookies import SESSION, CookiePolicy
from sync.central.accounts.csrf import FIELD, csrf_matches
from sync.central.accounts.passwords import MAX_LENGTH, Passwords
from sync.central.accounts.sessions import (
    SessionPolicy,
    end_session,
    resume_session,
    session_id,
    start_session,
    touch_session,
)
from sync.central.accounts.throttle import LoginThrottle
from sync.central.accounts.users import account_by_id, find_account, login_record, set_password_hash
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.db import Database
from sync.central.settings import Settings
from sync.central.shared_limits import rate_limiter

FORM_MEDIA = "application/x-www-form-urlencoded"
MAX_FORM_FIELDS = 32
MAX_USERNAME = 254


class DashboardError(Exception):
    """A dashboard request that cannot be served; the page says why in plain Dutch.

    Raised in a dependency or a route; the dashboard's handler renders it as an HTML page
    with *status* (or, with *sign_in*, sends the browser to the sign-in form).
    """

    def __init__(self, status: int, message: str, *, sign_in: bool = False) -> None:
        """Refuse with HTTP *status* and the Dutch *message* for the person."""
        super().__init__(message)
        self.status = status
        self.message = message
        self.sign_in = sign_in


def refuse_bearer_tokens(request: Request) -> None:
    """Refuse any request with an ``Authorization: Bearer`` header (device or admin token)."""
    scheme, _, _ = request.headers.get("authorization", "").partition(" ")
    if scheme.strip().lower() == "bearer":
        raise DashboardError(
            403,
            "Het dashboard is alleen te openen met een eigen account, niet met de sleutel van "
            "een balie of van het beheer.",
        )


def client_address(request: Request) -> str:
    """The address the request came from (as the server sees it), for throttling and the log."""
    return request.client.host if request.client else "onbekend"


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in attempt: a viewer and its cookie token, or why not."""

    viewer: Viewer | None = None
    token: str | None = None
    failure: Failure | None = None
    retry_after: int | None = None  # seconds, when throttled


class DashboardAccounts:
    """Sessions, sign-in and the current viewer for the dashboard routes."""

    def __init__(self, db: Database, settings: Settings, now: Callable[[], datetime]) -> None:
        """Serve the accounts in *db* under *settings*, with *now* as the clock."""
        self.db = db
        self.settings = settings
        self.now = now
        self.passwords = Passwords(
            time_cost=settings.password_time_cost,
            memory_kib=settings.password_memory_kib,
            parallelism=settings.password_parallelism,
        )
        self.throttle = LoginThrottle(
            per_username=(settings.login_rate_per_second, settings.login_burst),
            per_address=(settings.login_address_rate_per_second, settings.login_address_burst),
            buckets=partial(rate_limiter, db),  # on PostgreSQL shared by every instance
        )
        self.policy = SessionPolicy(settings.session_idle, settings.session_lifetime)
        self.cookies = CookiePolicy(insecure_localhost=settings.insecure_localhost_cookies)

    # -- the current viewer ---------------------------------------------------------------

    def viewer(self, request: Request) -> Viewer:
        """The FastAPI dependency: who is looking (the public without a live session)."""
        refuse_bearer_tokens(request)
        token = self.cookies.read(SESSION, request)
        if token is None:
            return PUBLIC
        now = self.now()
        with self.db.read() as conn:
            session = resume_session(conn, token, now, self.policy)
            if session is None:
                return PUBLIC
            found = account_by_id(conn, session.account_id)
        if session.stale(now):
            with self.db.write() as conn:
                touch_session(conn, session.id, now)
        return Viewer.signed_in_as(found, session)

    async def signed_form(self, request: Request, viewer: Viewer) -> dict[str, str]:
        """Read the POSTed form of *viewer* (from :meth:`viewer`) and check its CSRF token.

        Raises :class:`DashboardError`: without a live session (to the sign-in form), for a
        body that is not a form (400), and for a missing or wrong token (403).
        """
        if viewer.is_public:
            raise DashboardError(401, "Uw sessie is verlopen. Log opnieuw in.", sign_in=True)
        form = await read_form(request)
        if not csrf_matches(viewer.csrf_token, form.get(FIELD)):
            raise DashboardError(
                403,
                "Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw "
                "en probeer het nog eens.",
            )
        return form

    # -- signing in and out ---------------------------------------------------------------

    def sign_in(
        self, username: str, password: str, address: str, previous_token: str | None = None
    ) -> SignIn:
        """Check a sign-in attempt; on success start a session (ending *previous_token*'s).

        Throttled attempts are refused before any password work. Every attempt, good or
        bad, leaves a row in the audit log.
        """
        name = username.strip().lower()
        if len(name) > MAX_USERNAME:
            name = ""  # no account has so long a name; never cut one down to match another
        refusal = self.throttle.check(name, address)
        if refusal is not None:
            if refusal.report:
                self._failed(name, address, Failure.THROTTLED)
            return SignIn(failure=Failure.THROTTLED, retry_after=refusal.seconds)
        found = None
        if name:
            with self.db.read() as conn:
                found = login_record(conn, name)
        # No password is longer than MAX_LENGTH: a longer one is wrong, never cut down.
        stored = found[1] if found and len(password) <= MAX_LENGTH else None
        # argon2 runs outside any transaction: it takes a while and holds no lock.
        verdict = self.passwords.verify(stored, password[:MAX_LENGTH])
        new_hash = self.passwords.hash(password) if verdict.ok and verdict.rehash else None
        if found is None:
            self._failed(name, address, Failure.UNKNOWN_USER)
            return SignIn(failure=Failure.UNKNOWN_USER)
        if not verdict.ok:
            self._failed(name, address, Failure.WRONG_PASSWORD)
            return SignIn(failure=Failure.WRONG_PASSWORD)
        now = self.now()
        with self.db.write() as conn:
            current = find_account(conn, name)  # disabled since the read above?
            if current is None or current.disabled:
                audit.record(
                    conn,
                    Event.SIGN_IN_FAILED,
                    now,
                    account_id=found[0].id,
                    username=found[0].username,
                    address=address,
                    detail=Failure.DISABLED,
                )
                return SignIn(failure=Failure.DISABLED)
            if new_hash is not None:
                set_password_hash(conn, current.id, new_hash)
            if previous_token:
                end_session(conn, session_id(previous_token), now, reason="replaced")
            token, session = start_session(conn, current.id, now, self.policy, address=address)
            audit.record(
                conn,
                Event.SIGN_IN,
                now,
                account_id=current.id,
                username=current.username,
                address=address,
            )
        return SignIn(viewer=Viewer.signed_in_as(current, session), token=token)

    def sign_out(self, viewer: Viewer, address: str) -> None:
        """End *viewer*'s session and log it."""
        if viewer.session_id is None:
            return
        now = self.now()
        with self.db.write() as conn:
            if end_session(conn, viewer.session_id, now, reason="signed_out"):
                audit.record(
                    conn,
                    Event.SIGN_OUT,
                    now,
                    account_id=viewer.account_id,
                    username=viewer.username,
                    address=address,
                )

    def record_download(self, viewer: Viewer, what: str, address: str) -> None:
        """Log that *viewer* downloaded *what* (a file name or a figure's name)."""
        with self.db.write() as conn:
            audit.record(
                conn,
                Event.DOWNLOAD,
                self.now(),
                account_id=viewer.account_id,
                username=viewer.username,
                address=address,
                detail=what,
            )

    def _failed(self, name: str, address: str, failure: Failure) -> None:
        with self.db.write() as conn:
            known = find_account(conn, name) if name else None
            audit.record(
                conn,
                Event.SIGN_IN_FAILED,
                self.now(),
                # Only a name that is an account's: an unknown one may be a mistyped password.
                account_id=known.id if known else None,
                username=known.username if known else None,
                address=address,
                detail=failure,
            )


async def read_form(request: Request) -> dict[str, str]:
    """The fields of a URL-encoded form body (the first of each name); none for no body.

    Raises :class:`DashboardError` (400) for another media type or a malformed body. The
    body is bounded before it is read (``BodyLimitMiddleware``).
    """
    body = await request.body()
    if not body:
        return {}  # nothing sent: no fields (and so no CSRF token)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    refused = DashboardError(400, "Het formulier kwam niet goed aan. Probeer het opnieuw.")
    if media != FORM_MEDIA:
        raise refused
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(
            text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FORM_FIELDS
        )
    except (UnicodeDecodeError, ValueError) as exc:
        raise refused from exc
    form: dict[str, str] = {}
    for key, value in pairs:
        form.setdefault(key, value)
    return form
