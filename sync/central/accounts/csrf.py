"""Cross-site request forgery: a synchronizer token in every form that changes something.

A signed-in session has its own random token, stored with the session
(:mod:`.sessions`) and written into each of its forms as the hidden field ``csrf_token``;
a POST without it, or with another session's, is refused. The sign-in form comes before any
session: its token is a random value in a short-lived cookie of its own, which the form must
repeat (a forged sign-in from another site carries neither: the cookie is ``SameSite=Strict``
and the other site cannot read it).
"""

from __future__ import annotations

import hmac
import secrets

FIELD = "csrf_token"


def new_csrf_token() -> str:
    """Return a fresh random token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    """True when *given* is the non-empty token *expected* (compared in constant time)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))
