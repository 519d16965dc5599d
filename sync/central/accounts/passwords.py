"""Password hashing with argon2id (RFC 9106) through ``argon2-cffi``.

A stored hash is a PHC string (``$argon2id$v=19$m=65536,t=3,p=4$salt$hash``) that carries its
own parameters and salt, so a hash made with older parameters still verifies; a successful
sign-in then stores a new one (:attr:`Verdict.rehash`). Checking a name that has no account
costs one verification too (:meth:`Passwords.verify` with no hash), so the answer's timing
does not tell which usernames exist.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# Long enough to resist guessing when the password is the only factor; passphrases welcome.
MIN_LENGTH = 12
# argon2 takes any length; the bound only keeps a request from making the server hash a novel.
MAX_LENGTH = 1024
# Hashes computed at once: each takes its memory cost (64 MiB by default) while it runs, so a
# burst of sign-ins from many addresses queues here instead of exhausting the server's memory.
AT_ONCE = 4


class PasswordPolicyError(ValueError):
    """A new password does not meet the rules; the message says which."""


def check_new_password(password: str) -> None:
    """Raise :class:`PasswordPolicyError` unless *password* may be set."""
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"a password needs at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError(f"a password has at most {MAX_LENGTH} characters")
    if not password.isprintable():
        raise PasswordPolicyError("a password has no control characters")


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking a password: right or not, and whether to store a new hash."""

    ok: bool
    rehash: bool = False


class Passwords:
    """Hashes and verifies passwords with argon2id at the given cost."""

    def __init__(
        self, *, time_cost: int, memory_kib: int, parallelism: int, at_once: int = AT_ONCE
    ) -> None:
        """Use *time_cost* passes over *memory_kib* KiB in *parallelism* lanes.

        At most *at_once* hashes are computed at the same time; the others wait their turn.
        """
        self._slots = threading.BoundedSemaphore(at_once)
        self._hasher = PasswordHasher(
            time_cost=time_cost,
            memory_cost=memory_kib,
            parallelism=parallelism,
            type=Type.ID,
        )
        self._decoy: str | None = None
        self._lock = threading.Lock()

    def hash(self, password: str) -> str:
        """Return the PHC string of *password* with a fresh random salt."""
        with self._slots:
            return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> Verdict:
        """Check *password* against *stored*; with no hash, spend the same time and say no."""
        if stored is None:
            decoy = self._decoy_hash()
            with self._slots, contextlib.suppress(VerificationError):
                self._hasher.verify(decoy, password)
            return Verdict(ok=False)
        try:
            with self._slots:
                self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return Verdict(ok=False)
        return Verdict(ok=True, rehash=self._hasher.check_needs_rehash(stored))

    def _decoy_hash(self) -> str:
        with self._lock:
            if self._decoy is None:
                self._decoy = self.hash(secrets.token_urlsafe(24))
            return self._decoy
