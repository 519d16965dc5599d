"""What a branch may set at its desk: idle time, staff PIN, look, language, and the history window.

Stored in ``app_setting`` (key/value) beside the data, so a backup of the database keeps them.
The PIN is kept only as a salted scrypt hash. :class:`SettingsService` reads and saves them;
invalid values are refused with codes (``settings.*``) and change nothing stored.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from sqlalchemy import text

from kiosk.db import Database
from kiosk.errors import InputError, Problem
from kiosk.visits import MAX_BACKDATE

if TYPE_CHECKING:
    from sqlmodel import Session

#: Contrast choices: follow the system, the normal theme, or the high-contrast theme.
CONTRASTS = ("auto", "normal", "high")
#: The languages the app speaks: Dutch (the default) and English.
LANGUAGES = ("nl", "en")
#: The limits a branch may choose within.
IDLE_MINUTES_MAX: Final = 120
HISTORY_DAYS_MIN: Final = 1
#: A correction keeps the original's moment, and a moment further back than MAX_BACKDATE is
#: refused (kiosk.visits): a wider window would offer corrections that cannot be saved.
HISTORY_DAYS_MAX: Final = MAX_BACKDATE.days
#: How many daily backups of the database are kept (:mod:`kiosk.backup`).
BACKUPS_KEPT_MIN: Final = 1
BACKUPS_KEPT_MAX: Final = 60
PIN_MIN: Final = 4
PIN_MAX: Final = 8

_PREFIX: Final = "desk_setting."
_PIN_KEY: Final = _PREFIX + "pin_hash"
# scrypt's cost: about 16 MiB and a few tens of milliseconds per check, so guessing a 4-digit
# PIN from a copied database takes minutes rather than moments (the PIN guards a screen,
# not the data: the data file is readable by whoever holds it anyway).
_SCRYPT_N: Final = 2**14
_SCRYPT_R: Final = 8
_SCRYPT_P: Final = 1
_SALT_BYTES: Final = 16


@dataclass(frozen=True)
class DeskSettings:
    """The desk's settings with their defaults.

    Attributes:
        idle_minutes: minutes without input before the idle screen hides visits and bookings
            (0: never).
        contrast: ``auto`` (follow the system), ``normal`` or ``high``.
        large_targets: larger buttons for touch screens and walking-IDO laptops.
        kiosk_mode: open full screen, without the window's title bar.
        history_days: how many days back a visit can still be corrected or declared void.
        pin_set: whether a staff PIN is set (the hash itself never leaves the service).
        windows_lock: lock the Windows session instead of showing the app's idle screen
            (only used on Windows).
        language: the language of the screens, ``nl`` (Dutch) or ``en`` (English).
        backups_kept: how many daily backups of the database are kept (the newest ones).
    """

    idle_minutes: int = 5
    contrast: str = "auto"
    large_targets: bool = False
    kiosk_mode: bool = False
    history_days: int = 14
    pin_set: bool = False
    windows_lock: bool = False
    language: str = "nl"
    backups_kept: int = 7


_BOOLS: Final = frozenset({"large_targets", "kiosk_mode", "windows_lock"})


class SettingsService:
    """Read and save the desk's settings."""

    def __init__(self, db: Database) -> None:
        """Work on *db*."""
        self.db = db

    def read(self) -> DeskSettings:
        """Return the stored settings (defaults where nothing is stored or it is unreadable)."""
        with self.db.query() as connection:
            rows = connection.execute(
                text("SELECT key, value FROM app_setting WHERE key LIKE :p"),
                {"p": _PREFIX + "%"},
            ).all()
        stored = {str(key)[len(_PREFIX) :]: str(value) for key, value in rows}
        default = DeskSettings()
        read = DeskSettings(
            idle_minutes=_number(stored.get("idle_minutes"), default.idle_minutes),
            contrast=stored.get("contrast", default.contrast),
            large_targets=stored.get("large_targets", "0") == "1",
            kiosk_mode=stored.get("kiosk_mode", "0") == "1",
            history_days=_number(stored.get("history_days"), default.history_days),
            pin_set="pin_hash" in stored,
            windows_lock=stored.get("windows_lock", "0") == "1",
            language=stored.get("language", default.language),
            backups_kept=_number(stored.get("backups_kept"), default.backups_kept),
        )
        # A value out of range (stored by hand, or by a version with other limits): its default.
        wrong = {problem.field for problem in _problems(read)}
        return replace(
            read,
            idle_minutes=default.idle_minutes if "idle_minutes" in wrong else read.idle_minutes,
            contrast=default.contrast if "contrast" in wrong else read.contrast,
            history_days=default.history_days if "history_days" in wrong else read.history_days,
            language=default.language if "language" in wrong else read.language,
            backups_kept=default.backups_kept if "backups_kept" in wrong else read.backups_kept,
        )

    def save(
        self,
        *,
        idle_minutes: int | None = None,
        contrast: str | None = None,
        large_targets: bool | None = None,
        kiosk_mode: bool | None = None,
        history_days: int | None = None,
        windows_lock: bool | None = None,
        language: str | None = None,
        backups_kept: int | None = None,
    ) -> DeskSettings:
        """Store the given settings (None: keep) and return them all.

        Raises :class:`~kiosk.errors.InputError` (``settings.*``) for a value out of range;
        then nothing is stored.
        """
        given = {
            "idle_minutes": idle_minutes,
            "contrast": contrast,
            "large_targets": large_targets,
            "kiosk_mode": kiosk_mode,
            "history_days": history_days,
            "windows_lock": windows_lock,
            "language": language,
            "backups_kept": backups_kept,
        }
        changes = {k: v for k, v in given.items() if v is not None}
        current = self.read()
        wanted = DeskSettings(
            idle_minutes=current.idle_minutes if idle_minutes is None else idle_minutes,
            contrast=current.contrast if contrast is None else contrast,
            large_targets=current.large_targets if large_targets is None else large_targets,
            kiosk_mode=current.kiosk_mode if kiosk_mode is None else kiosk_mode,
            history_days=current.history_days if history_days is None else history_days,
            pin_set=current.pin_set,
            windows_lock=current.windows_lock if windows_lock is None else windows_lock,
            language=current.language if language is None else language,
            backups_kept=current.backups_kept if backups_kept is None else backups_kept,
        )
        problems = _problems(wanted)
        if problems:
            raise InputError(problems)
        with self.db.write() as session:
            for name, value in changes.items():
                stored = ("1" if value else "0") if name in _BOOLS else str(value)
                _put(session, _PREFIX + name, stored)
        return wanted

    def set_pin(self, pin: str) -> None:
        """Store a new staff PIN (4 to 8 digits) as a salted hash; refuse anything else."""
        if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
            raise InputError.single("pin", "settings.pin_digits", min=PIN_MIN, max=PIN_MAX)
        salt = os.urandom(_SALT_BYTES)
        digest = _hash(pin, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
        stored = f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"
        with self.db.write() as session:
            _put(session, _PIN_KEY, stored)

    def clear_pin(self) -> None:
        """Remove the staff PIN (the idle screen then opens without one)."""
        with self.db.write() as session:
            session.execute(text("DELETE FROM app_setting WHERE key = :k"), {"k": _PIN_KEY})

    def check_pin(self, pin: str) -> bool:
        """Tell whether *pin* is the staff PIN (False when none is set)."""
        with self.db.query() as connection:
            row = connection.execute(
                text("SELECT value FROM app_setting WHERE key = :k"), {"k": _PIN_KEY}
            ).first()
        if row is None:
            return False
        try:
            scheme, n, r, p, salt, digest = str(row[0]).split("$")
            if scheme != "scrypt":
                return False
            expected = bytes.fromhex(digest)
            actual = _hash(pin, bytes.fromhex(salt), int(n), int(r), int(p))
        except ValueError:
            return False
        return hmac.compare_digest(actual, expected)


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


def _problems(settings: DeskSettings) -> list[Problem]:
    """Return what is wrong with *settings* (empty: all within their limits)."""
    problems: list[Problem] = []
    if not 0 <= settings.idle_minutes <= IDLE_MINUTES_MAX:
        problems.append(
            Problem("idle_minutes", "settings.idle_minutes_range", {"max": IDLE_MINUTES_MAX})
        )
    if settings.contrast not in CONTRASTS:
        problems.append(Problem("contrast", "settings.contrast_unknown"))
    if settings.language not in LANGUAGES:
        problems.append(Problem("language", "settings.language_unknown"))
    if not HISTORY_DAYS_MIN <= settings.history_days <= HISTORY_DAYS_MAX:
        problems.append(
            Problem(
                "history_days",
                "settings.history_days_range",
                {"min": HISTORY_DAYS_MIN, "max": HISTORY_DAYS_MAX},
            )
        )
    if not BACKUPS_KEPT_MIN <= settings.backups_kept <= BACKUPS_KEPT_MAX:
        problems.append(
            Problem(
                "backups_kept",
                "settings.backups_kept_range",
                {"min": BACKUPS_KEPT_MIN, "max": BACKUPS_KEPT_MAX},
            )
        )
    return problems


def _number(raw: str | None, default: int) -> int:
    try:
        return default if raw is None else int(raw)
    except ValueError:
        return default


def _put(session: Session, key: str, value: str) -> None:
    session.execute(
        text(
            "INSERT INTO app_setting (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )
