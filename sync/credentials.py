"""Where the device token is kept: the OS credential store, else a user-only file.

The token is the desk's password towards the central endpoint. It goes into the OS keyring
(Windows Credential Manager, macOS Keychain, Secret Service) under service ``IDO Kiosk`` with
the device id as user name. Desk PCs without a usable keyring (a Linux box without a Secret
Service, or ``keyring``'s fail backend) get a file in the app's config folder, mode 0600 (on
Windows that folder is under the user's own ``%LOCALAPPDATA%``, which other users can't read).
``KIOSK_TOKEN_STORE=file`` chooses the file even where a keyring works: the Windows installer
sets it machine-wide with a data folder for the whole PC (``docs/desk-install.md``), so every
user of the PC reads the one token and it survives a reboot-to-restore with the data folder.
The token is never written to the database, never logged, and never shown in a ``repr``.
During a rotation (:mod:`sync.rotation`) the new token waits in a second, *staged* entry
(``<device id>+rotating``) until the server has accepted it; only then does it replace the
current one, which is kept in a third entry (``<device id>+previous``) until the next
rotation: a server restored from a backup older than the rotation knows only that one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail

from kiosk.files import write_durably

log = logging.getLogger(__name__)

SERVICE = "IDO Kiosk"
FALLBACK_FILE = "device-token.json"
FILE_MODE = 0o600
STAGED_SUFFIX = "+rotating"
PREVIOUS_SUFFIX = "+previous"
STORE_ENV = "KIOSK_TOKEN_STORE"  # "file": the token beside the data, never in a keyring


class TokenStore:
    """Saves, loads and forgets the token of a device id."""

    def __init__(
        self, config_dir: Path, *, backend: keyring.backend.KeyringBackend | None = None
    ) -> None:
        """Use *backend* (default: the keyring's choice) with a file in *config_dir* as fallback.

        With ``KIOSK_TOKEN_STORE=file`` in the environment the default is the file alone.
        """
        self.fallback = config_dir / FALLBACK_FILE
        if backend is None:
            file_only = os.environ.get(STORE_ENV, "").strip().lower() == "file"
            backend = fail.Keyring() if file_only else keyring.get_keyring()  # type: ignore[no-untyped-call]
        self._backend = backend

    def __repr__(self) -> str:
        """Name the storage, never a token."""
        return f"TokenStore(keyring={type(self._backend).__name__}, fallback={self.fallback})"

    @property
    def keyring_usable(self) -> bool:
        """Tell whether a real credential store is configured (the fail backend is not one)."""
        return not isinstance(self._backend, fail.Keyring) and self._backend.priority > 0

    def save(self, device_id: str, token: str) -> str:
        """Store *token* for *device_id*; return where it went (``keyring`` or ``file``)."""
        if self.keyring_usable:
            try:
                self._backend.set_password(SERVICE, device_id, token)
            except keyring.errors.KeyringError as exc:
                log.warning("OS credential store refused the token (%s); using a file", _kind(exc))
            else:
                self._forget_file(device_id)  # a stale copy must not outlive the real one
                return "keyring"
        self._write_file(device_id, token)
        log.info("Device token stored in %s (user-only file)", self.fallback)
        return "file"

    def load(self, device_id: str) -> str | None:
        """Return the token of *device_id*, or None if neither store has one."""
        if self.keyring_usable:
            try:
                found = self._backend.get_password(SERVICE, device_id)
            except keyring.errors.KeyringError as exc:
                log.warning("OS credential store unreadable (%s); trying the file", _kind(exc))
            else:
                if found:
                    return found
        return self._read_file().get(device_id)

    def delete(self, device_id: str) -> None:
        """Forget every token of *device_id* (current, staged, previous) in both stores."""
        self._forget(device_id)
        self._forget(_staged(device_id))
        self._forget(_previous(device_id))

    # -- rotation: a new token is staged, proven, then promoted -----------------------------

    def stage(self, device_id: str, token: str) -> str:
        """Store a freshly issued *token* beside the current one; return where it went.

        Called before the new token is used at all: once the server has seen it, it drops
        the old one, so the new one must already be safe on disk.
        """
        return self.save(_staged(device_id), token)

    def staged(self, device_id: str) -> str | None:
        """Return the staged (issued, not yet proven) token of *device_id*, or None."""
        return self.load(_staged(device_id))

    def promote(self, device_id: str) -> None:
        """Make the staged token the current one (after the server accepted it)."""
        staged, current = self.staged(device_id), self.load(device_id)
        # The one it replaces is kept (a server restored from an older backup knows only
        # it); then current: a crash between the steps leaves both slots holding the new
        # token, which the next run simply promotes again.
        if staged is not None and current is not None and current != staged:
            self.save(_previous(device_id), current)
        self._make_current(device_id, _staged(device_id))

    def previous(self, device_id: str) -> str | None:
        """Return the token the last rotation replaced, or None."""
        return self.load(_previous(device_id))

    def reinstate_previous(self, device_id: str) -> None:
        """Make the previous token the current one again (the server knows only it)."""
        self._make_current(device_id, _previous(device_id))

    def _make_current(self, device_id: str, entry: str) -> None:
        """Move the token in *entry* (staged or previous) to the current slot, if any."""
        token = self.load(entry)
        if token is None:
            return
        self.save(device_id, token)
        self._forget(entry)

    def discard_previous(self, device_id: str) -> None:
        """Forget the previous token of *device_id* (the server no longer takes it)."""
        self._forget(_previous(device_id))

    def discard_staged(self, device_id: str) -> None:
        """Forget the staged token of *device_id* (the server never kept it)."""
        self._forget(_staged(device_id))

    def _forget(self, name: str) -> None:
        if self.keyring_usable:
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, name)
        self._forget_file(name)

    def location(self, device_id: str) -> str | None:
        """Return ``keyring`` or ``file`` for where the token of *device_id* is, else None."""
        if self.keyring_usable:
            with contextlib.suppress(keyring.errors.KeyringError):
                if self._backend.get_password(SERVICE, device_id):
                    return "keyring"
        return "file" if device_id in self._read_file() else None

    # -- the fallback file ------------------------------------------------------------------

    def _read_file(self) -> dict[str, str]:
        try:
            data = json.loads(self.fallback.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("Token file %s unreadable: %s", self.fallback, type(exc).__name__)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def _write_file(self, device_id: str, token: str) -> None:
        # One device per data directory in practice; keeping a map lets a re-enrolment write
        # the new token before the old one is forgotten.
        tokens = {**self._read_file(), device_id: token}
        data = json.dumps(tokens, indent=1, sort_keys=True).encode("utf-8")
        write_durably(self.fallback, data, mode=FILE_MODE)
        if os.name != "nt" and (self.fallback.stat().st_mode & 0o077):
            raise PermissionError(f"{self.fallback} is readable by others")

    def _forget_file(self, device_id: str) -> None:
        tokens = self._read_file()
        if device_id not in tokens:
            return
        del tokens[device_id]
        if tokens:
            write_durably(self.fallback, json.dumps(tokens).encode("utf-8"), mode=FILE_MODE)
        else:
            self.fallback.unlink(missing_ok=True)


def _staged(device_id: str) -> str:
    # A separate entry (keyring user name or file key), so the current token is never
    # overwritten before its successor has proven itself.
    return f"{device_id}{STAGED_SUFFIX}"


def _previous(device_id: str) -> str:
    return f"{device_id}{PREVIOUS_SUFFIX}"


def _kind(exc: BaseException) -> str:
    # Backend messages can echo arguments; the class name is enough for the log.
    return type(exc).__name__
