"""Rotating the device token (protocol §4.7) without ever losing the way in.

A token older than :data:`ROTATE_AFTER` is replaced through ``POST /v1/token/rotate``. The
server keeps accepting the old token until the new one is first used (or for its grace
period, 7 days), so the order on the desk is what keeps it safe:

1. ask for a new token with the current one;
2. store the new token durably in a *staged* slot of the credential store, beside the current
   one, before it is used at all;
3. prove it with one cheap request (``GET /v1/config``); from then on the server knows only
   the new token;
4. promote it: the staged token becomes the current one.

A crash or a lost answer anywhere leaves a state the next run finishes with
:meth:`TokenRotator.settle`: a staged token is always proven (and promoted) before the current
one is used. A staged token the server refuses (a server restored from a backup older than the
rotation) is dropped and the current one stays. Failed attempts never fail the sync run; they
are tried again a day later (:data:`RETRY_SECONDS`).

The token a rotation replaced stays in the credential store until the next rotation. When the
server refuses the current token (401), :meth:`TokenRotator.fall_back` tries that one: a server
restored from a backup older than the rotation still knows it, and the desk goes on under the
same device (its next pull sees the restore and sends again what the backup lacks) instead of
asking to be re-enrolled.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta

import httpx

from kiosk.clock import Now, from_utc_text
from sync.api import request_rotation
from sync.credentials import TokenStore
from sync.http import SyncError, bearer, failure_from_exception, failure_from_response
from sync.schedule import ROTATION_TRIED_AT, TOKEN_ISSUED_AT, JobTimes, due

log = logging.getLogger(__name__)

ROTATE_AFTER = timedelta(days=90)
RETRY_SECONDS = 24 * 3600.0


class TokenRotator:
    """Rotates one device's token; :attr:`rotated` tells whether this one did."""

    def __init__(
        self,
        http: httpx.Client,
        tokens: TokenStore,
        jobs: JobTimes,
        *,
        device_id: str,
        enrolled_at: str | None,
        now: Now,
    ) -> None:
        """Rotate the token of *device_id* (enrolled at *enrolled_at*) through *http*."""
        self.http = http
        self.tokens = tokens
        self.jobs = jobs
        self.device_id = device_id
        self.enrolled_at = enrolled_at
        self.now = now
        self.rotated = False

    def issued_at(self) -> datetime | None:
        """Return when the current token was issued, as far as this desk knows."""
        # An enrollment issues a token too, and a re-enrollment is newer than any rotation
        # before it: the later of the two is the current token's age.
        known = [self.jobs.when(TOKEN_ISSUED_AT)]
        if self.enrolled_at is not None:
            with contextlib.suppress(ValueError):
                known.append(from_utc_text(self.enrolled_at))
        return max((k for k in known if k is not None), default=None)

    def due(self) -> bool:
        """Tell whether the token is old enough to rotate, and no attempt failed today."""
        now = self.now()
        issued = self.issued_at()
        if not due(issued, now, ROTATE_AFTER.total_seconds()):
            return False
        return due(self.jobs.when(ROTATION_TRIED_AT), now, RETRY_SECONDS)

    def settle(self, current: str) -> str:
        """Finish a rotation a crash or a lost answer left half done; return the token to use.

        Raises SyncError when the server can't be asked (the run stops as for any request).
        """
        staged = self.tokens.staged(self.device_id)
        if staged is None:
            return current
        if staged != current:
            try:
                response = self.http.get("/v1/config", headers=bearer(staged))
            except httpx.TransportError as exc:
                raise failure_from_exception(exc) from exc
            if response.status_code == 401:
                log.warning("The server refused the staged device token; keeping the current one")
                self.tokens.discard_staged(self.device_id)
                return current
            if response.status_code != 200:
                raise failure_from_response(response, self.now())
        # The server has now seen the new token (and forgotten the old): make it the current.
        self.tokens.promote(self.device_id)
        self.jobs.set(**{TOKEN_ISSUED_AT: self.now()})
        self.rotated = True
        log.info("Device token rotated")
        return staged

    def fall_back(self) -> bool:
        """After the server refused the current token: tell whether the previous one works.

        If it does, it becomes the current token again (the server was restored from a
        backup older than the last rotation). A previous token the server refuses too is
        forgotten. Raises SyncError when the server can't be asked.
        """
        previous = self.tokens.previous(self.device_id)
        if previous is None:
            return False
        try:
            response = self.http.get("/v1/config", headers=bearer(previous))
        except httpx.TransportError as exc:
            raise failure_from_exception(exc) from exc
        if response.status_code != 200:
            self.tokens.discard_previous(self.device_id)
            return False
        self.tokens.reinstate_previous(self.device_id)
        log.warning(
            "The server refused the device token but took the one before the last rotation "
            "(restored from a backup?); using that one again"
        )
        return True

    def rotate(self, current: str, *, force: bool = False) -> str:
        """Rotate now if due (or *force*); return the token to use from here on.

        Without *force* a failure is logged and the current token kept (it stays valid); with
        *force* (the ``rotate-token`` command) it raises SyncError. A token refused (401) or a
        revoked device (403) always raises, like any other request.
        """
        if not force and not self.due():
            return current
        self.jobs.set(**{ROTATION_TRIED_AT: self.now()})
        try:
            fresh = request_rotation(self.http, current, self.now())
        except SyncError as failure:
            if force or failure.kind == "paused":
                raise
            log.warning("Token rotation failed (%s); trying again tomorrow", failure.log_detail)
            return current
        if fresh is None:
            log.info("The server offers no token rotation; trying again tomorrow")
            return current
        # Durable before first use: this is the only copy of the token the server will
        # accept once the old one is retired.
        self.tokens.stage(self.device_id, fresh)
        return self.settle(current)
