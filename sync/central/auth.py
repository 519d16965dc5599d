"""Device and admin authentication: tokens, rotation, enrollment codes.

A device token is ``secrets.token_urlsafe(32)`` (256 bits), shown once at enrollment and stored
as its SHA-256 only; a fast hash is right for machine-made secrets of this strength (a slow KDF
would add latency and no safety). Comparisons use ``hmac.compare_digest``. Rotation keeps the
previous token valid until the new one is first used or the grace period ends, so a lost
rotation answer never locks a desk out.

Enrollment codes are short for typing (8 characters from an alphabet without look-alikes,
shown as ``K7PX-3M9Q``), single-use, expire after 15 minutes and are stored hashed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection

from kiosk.ids import new_id
from sync.central import branches
from sync.central.problems import ProblemError
from sync.central.tables import branch, device, enrollment_code

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed
CODE_LENGTH = 8
# A code as typed: its characters in either case, with spaces and dashes anywhere. The same
# regular expression in Python and ECMAScript, so the OpenAPI document states it as is.
_CODE_CHARACTER = "[" + "".join(sorted(set(CODE_ALPHABET + CODE_ALPHABET.lower()))) + "]"
CODE_PATTERN = f"^[ -]*(?:{_CODE_CHARACTER}[ -]*){{{CODE_LENGTH}}}$"
_CODE = re.compile(CODE_PATTERN)
# last_seen_at is bookkeeping: refresh it at most this often instead of on every request.
SEEN_RESOLUTION = timedelta(seconds=60)


def new_token() -> str:
    """Return a new device token (shown once; only its hash is stored)."""
    return secrets.token_urlsafe(32)


def secret_hash(secret: str) -> str:
    """Return the hex SHA-256 of a token or a normalised enrollment code."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_enrollment_code() -> str:
    """Return a fresh code grouped for reading, e.g. ``K7PX-3M9Q``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(text: str) -> str | None:
    """Return the code as stored (upper case, no dashes or spaces), or None if malformed."""
    if _CODE.fullmatch(text) is None:
        return None
    return text.replace(" ", "").replace("-", "").upper()


def bearer_token(authorization: str | None) -> str | None:
    """Return the token of an ``Authorization: Bearer <token>`` header, or None."""
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def unauthorized(detail: str = "A valid device token is required.") -> ProblemError:
    """The 401 answer (``WWW-Authenticate: Bearer`` as RFC 6750 asks)."""
    return ProblemError(401, "unauthorized", detail, headers={"WWW-Authenticate": "Bearer"})


@dataclass(frozen=True)
class DeviceIdentity:
    """The device a request was authenticated as."""

    device_id: str
    branch_id: str
    via_previous_token: bool = False


def authenticate_device(
    conn: Connection, authorization: str | None, now: datetime
) -> DeviceIdentity:
    """Return the device whose token is in *authorization*; raise 401/403 otherwise."""
    token = bearer_token(authorization)
    if token is None:
        raise unauthorized()
    digest = secret_hash(token)
    row = conn.execute(
        sa.select(device).where(
            sa.or_(device.c.token_hash == digest, device.c.previous_token_hash == digest)
        )
    ).first()
    if row is None:
        raise unauthorized()
    current = hmac.compare_digest(row.token_hash, digest)
    previous = row.previous_token_hash is not None and hmac.compare_digest(
        row.previous_token_hash, digest
    )
    if not (current or previous):
        raise unauthorized()
    if row.revoked_at is not None:
        raise ProblemError(403, "device_revoked", "This device was revoked by an administrator.")
    if not current and (row.previous_valid_until is None or row.previous_valid_until <= now):
        raise unauthorized("This token was replaced and its grace period is over.")
    changes: dict[str, Any] = {}
    if current and row.previous_token_hash is not None:
        # The new token is in use: the desk has it safely, the old one can go.
        changes.update(previous_token_hash=None, previous_valid_until=None)
    if row.last_seen_at is None or now - row.last_seen_at >= SEEN_RESOLUTION:
        changes["last_seen_at"] = now
    if changes:
        conn.execute(sa.update(device).where(device.c.id == row.id).values(**changes))
    return DeviceIdentity(row.id, row.branch_id, via_previous_token=not current)


def rotate_token(conn: Connection, who: DeviceIdentity, now: datetime, grace: timedelta) -> str:
    """Issue a new token for *who*; the token used for this call stays valid (see module)."""
    token = new_token()
    values: dict[str, Any] = {"token_hash": secret_hash(token)}
    if not who.via_previous_token:
        current = conn.execute(
            sa.select(device.c.token_hash).where(device.c.id == who.device_id)
        ).scalar_one()
        values.update(previous_token_hash=current, previous_valid_until=now + grace)
    # Called with the previous token (the last answer was lost): that one stays the previous
    # token, the unused one it never received is simply replaced.
    conn.execute(sa.update(device).where(device.c.id == who.device_id).values(**values))
    return token


def require_admin(admin_token: str | None, authorization: str | None) -> None:
    """Raise 401 unless *authorization* carries the admin token (none configured: always)."""
    token = bearer_token(authorization)
    if admin_token is None or token is None:
        raise unauthorized("The admin token is required.")
    if not hmac.compare_digest(token.encode("utf-8"), admin_token.encode("utf-8")):
        raise unauthorized("The admin token is required.")


class UnknownBranchError(LookupError):
    """No branch with that id."""


def create_enrollment_code(
    conn: Connection, branch_id: str, now: datetime, ttl: timedelta
) -> tuple[str, datetime]:
    """Store a new single-use code for *branch_id*; return it (shown once) and its expiry."""
    if conn.execute(sa.select(branch.c.id).where(branch.c.id == branch_id)).first() is None:
        raise UnknownBranchError(branch_id)
    code = new_enrollment_code()
    expires = now + ttl
    conn.execute(
        sa.insert(enrollment_code).values(
            code_hash=secret_hash(normalise_code(code) or ""),
            branch_id=branch_id,
            created_at=now,
            expires_at=expires,
        )
    )
    return code, expires


def enroll(
    conn: Connection, code: str, device_name: str, device_kind: str, now: datetime
) -> tuple[str, str, dict[str, Any]]:
    """Use *code* to register a device; return its id, its token and its branch."""
    normalised = normalise_code(code)
    invalid = ProblemError(
        400, "enrollment_code_invalid", "This enrollment code is wrong, used or expired."
    )
    if normalised is None:
        raise invalid
    usable = sa.and_(
        enrollment_code.c.code_hash == secret_hash(normalised),
        enrollment_code.c.used_at.is_(None),
        enrollment_code.c.expires_at > now,
    )
    device_id = new_id()
    # One conditional UPDATE: of two desks racing with the same code, exactly one wins.
    branch_id = conn.execute(
        sa.update(enrollment_code)
        .where(usable)
        .values(used_at=now, device_id=device_id)
        .returning(enrollment_code.c.branch_id)
    ).scalar_one_or_none()
    if branch_id is None:
        raise invalid
    token = new_token()
    conn.execute(
        sa.insert(device).values(
            id=device_id,
            branch_id=branch_id,
            name=device_name,
            kind=device_kind,
            token_hash=secret_hash(token),
            created_at=now,
            last_seen_at=now,
        )
    )
    return device_id, token, branches.branch_info(conn, branch_id, now)
