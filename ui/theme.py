"""The app's look: the style sheet and palette, high contrast, and large targets for touch.

:func:`apply_theme` is the one place that sets the application's style sheet; start-up calls it
with the system's preference, and the settings page again when a clerk changes the look.

The theme sets the palette as well as the style sheet, so text and its background always come
from the same theme: a system in high-contrast mode never pairs our dark text with its black
background. ``contrast="auto"`` picks the high-contrast theme when the system asks for it
(:func:`system_prefers_high_contrast`), and follows when that changes while the app runs. A dark
colour scheme alone keeps the normal (light, AA) theme: there is no separate dark theme.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

CONTRASTS = ("auto", "normal", "high")
SHEETS = {"normal": "kiosk.qss", "high": "high-contrast.qss"}
LARGE_SHEET = "large-targets.qss"
#: The text size the sheets are written for; a larger app font (Windows "Tekst groter maken")
#: scales every font size in them by the same factor.
BASE_POINTS = 11.0
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_INDICATOR = re.compile(r"[^{}]*::indicator[^{}]*\{[^{}]*\}")
_PIXELS = re.compile(r"\b(width|height|border-radius|border(?:-\w+)?):\s*(\d+)px")

_Role = QPalette.ColorRole
#: The palette of each theme: role -> colour. Tests check these pairs at WCAG AA too.
PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "normal": {
        _Role.Window: "#f7f7f5",
        _Role.WindowText: "#1a1a1a",
        _Role.Base: "#ffffff",
        _Role.AlternateBase: "#f1f3f6",
        _Role.Text: "#1a1a1a",
        _Role.PlaceholderText: "#595959",
        _Role.Button: "#ffffff",
        _Role.ButtonText: "#1a1a1a",
        _Role.ToolTipBase: "#ffffff",
        _Role.ToolTipText: "#1a1a1a",
        _Role.Highlight: "#1d3a5f",
        _Role.HighlightedText: "#ffffff",
        _Role.Link: "#0b4f9c",
        _Role.BrightText: "#ffffff",
    },
    "high": {
        _Role.Window: "#000000",
        _Role.WindowText: "#ffffff",
        _Role.Base: "#000000",
        _Role.AlternateBase: "#1a1a1a",
        _Role.Text: "#ffffff",
        _Role.PlaceholderText: "#d0d0d0",
        _Role.Button: "#000000",
        _Role.ButtonText: "#ffffff",
        _Role.ToolTipBase: "#000000",
        _Role.ToolTipText: "#ffffff",
        _Role.Highlight: "#ffff00",
        _Role.HighlightedText: "#000000",
        _Role.Link: "#ffff00",
        _Role.BrightText: "#ffff00",
    },
}
#: Text/background pairs of each palette that must reach 4.5:1.
PALETTE_PAIRS = (
    (_Role.WindowText, _Role.Window),
    (_Role.Text, _Role.Base),
    (_Role.Text, _Role.AlternateBase),
    (_Role.PlaceholderText, _Role.Base),
    (_Role.ButtonText, _Role.Button),
    (_Role.ToolTipText, _Role.ToolTipBase),
    (_Role.HighlightedText, _Role.Highlight),
    (_Role.Link, _Role.Base),
)


#: Colours for what a style sheet cannot reach (item models, custom painting), per theme.
#: Each ``*_text`` reaches 4.5:1 on its ``*_back`` and on ``back``; ``focus`` 3:1 on every back.
COLOURS: dict[str, dict[str, str]] = {
    "normal": {
        "back": "#ffffff",
        "text": "#1a1a1a",
        "muted_text": "#4a4a4a",
        "focus": "#b84200",
        "selected_back": "#1d3a5f",
        "selected_text": "#ffffff",
        "separator": "#1d3a5f",
        "closed_back": "#e4e4e4",
        "ok_back": "#d4eede",
        "warning_back": "#f5d08a",
        "info_back": "#cfe6f7",
        "error_text": "#8b1111",
        "warning_text": "#7a4200",
        "ok_text": "#14532d",
    },
    "high": {
        "back": "#000000",
        "text": "#ffffff",
        "muted_text": "#d0d0d0",
        "focus": "#00ffff",
        "selected_back": "#ffff00",
        "selected_text": "#000000",
        "separator": "#ffffff",
        "closed_back": "#000000",
        "ok_back": "#000000",
        "warning_back": "#000000",
        "info_back": "#000000",
        "error_text": "#ffff00",
        "warning_text": "#ffff00",
        "ok_text": "#ffffff",
    },
}


def current_contrast() -> str:
    """Return ``normal`` or ``high``: the theme :func:`apply_theme` last set."""
    app = QApplication.instance()
    chosen = app.property("theme_contrast") if app is not None else None
    return "high" if chosen == "high" else "normal"


def colour(name: str) -> QColor:
    """Return the current theme's colour *name* (a key of :data:`COLOURS`)."""
    return QColor(COLOURS[current_contrast()][name])


def style_dir() -> Path:
    """Return the folder with the style sheets and their images."""
    return Path(str(resources.files("resources") / "style"))


def style_sheet(
    contrast: str = "normal", *, large_targets: bool = False, text_scale: float = 1.0
) -> str:
    """Return the style sheet of *contrast* (``normal`` or ``high``), with large targets.

    *text_scale* above 1 enlarges every font size (the sheets give sizes in points).
    """
    folder = style_dir()
    text = (folder / SHEETS[contrast]).read_text("utf-8")
    if large_targets:
        text += "\n" + (folder / LARGE_SHEET).read_text("utf-8")
    if text_scale > 1.01:
        text = _POINTS.sub(lambda m: f"{float(m.group(1)) * text_scale:.1f}pt", text)
        text = _INDICATOR.sub(lambda m: _scale_pixels(m.group(0), text_scale), text)
    return text


def _scale_pixels(rule: str, factor: float) -> str:
    """Return *rule* with its sizes in pixels times *factor* (a mark grows with its text)."""
    return _PIXELS.sub(lambda m: f"{m.group(1)}: {round(int(m.group(2)) * factor)}px", rule)


def text_scale(app: QApplication) -> float:
    """Return how much larger than the sheets' 11 pt the app's font is (at least 1)."""
    points = app.font().pointSizeF()
    return max(points / BASE_POINTS, 1.0) if points > 0 else 1.0


def palette(contrast: str = "normal") -> QPalette:
    """Return the palette of *contrast*, the same in every colour group."""
    result = QPalette()
    for role, colour in PALETTES[contrast].items():
        result.setColor(role, QColor(colour))
    disabled = "#595959" if contrast == "normal" else "#c0c0c0"
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return result


def _windows_high_contrast() -> bool:
    """Return True when Windows' own high-contrast mode is on (SPI_GETHIGHCONTRAST)."""
    import ctypes  # only on Windows: keeps ctypes out of every other start

    class HighContrast(ctypes.Structure):
        _fields_ = [
            ("cbSize", ctypes.c_uint),
            ("dwFlags", ctypes.c_uint),
            ("lpszDefaultScheme", ctypes.c_wchar_p),
        ]

    info = HighContrast()
    info.cbSize = ctypes.sizeof(HighContrast)
    try:
        user32 = ctypes.windll.user32  # type: ignore[attr-defined,unused-ignore]
        if not user32.SystemParametersInfoW(0x0042, info.cbSize, ctypes.byref(info), 0):
            return False
    except (AttributeError, OSError):
        return False
    return bool(info.dwFlags & 0x1)  # HCF_HIGHCONTRASTON


def system_prefers_high_contrast() -> bool:
    """Return True when the system asks for high contrast (Qt 6.10's hint, or Windows)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = accessibility().contrastPreference()
        if preference == Qt.ContrastPreference.HighContrast:
            return True
    return os.name == "nt" and _windows_high_contrast()


def resolve_contrast(contrast: str) -> str:
    """Return ``normal`` or ``high`` for *contrast* (``auto`` asks the system)."""
    if contrast not in CONTRASTS:
        raise ValueError(f"unknown contrast: {contrast!r}")
    if contrast == "auto":
        return "high" if system_prefers_high_contrast() else "normal"
    return contrast


def apply_theme(app: QApplication, *, contrast: str = "auto", large_targets: bool = False) -> None:
    """Style *app*: *contrast* ``auto`` (follow the system), ``normal`` or ``high``.

    *large_targets* makes every control at least 56 pixels high (touch, walking IDO). The
    chosen theme is kept in the app's properties ``theme_contrast`` and ``theme_large``. Font
    sizes follow the app's font: a system text size of 200 % doubles them (:func:`text_scale`).
    """
    chosen = resolve_contrast(contrast)
    app.setProperty("theme_asked", contrast)
    _follow_system(app)
    QDir.setSearchPaths("style", [str(style_dir())])
    app.setPalette(palette(chosen))
    app.setStyleSheet(style_sheet(chosen, large_targets=large_targets, text_scale=text_scale(app)))
    app.setProperty("theme_contrast", chosen)
    app.setProperty("theme_large", large_targets)


def _follow_system(app: QApplication) -> None:
    """Apply the theme again when the system's contrast or colour scheme changes (once)."""
    if app.property("theme_follows"):
        return
    app.setProperty("theme_follows", True)

    def again() -> None:
        if app.property("theme_asked") == "auto":
            apply_theme(app, contrast="auto", large_targets=bool(app.property("theme_large")))

    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(again)  # Windows' high-contrast switch emits this too
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(again)


def repolish(widget: QWidget) -> None:
    """Draw *widget* and its children again after a dynamic property changed.

    Qt reads ``*[carried="true"]``-style rules only when a widget is polished; call this after
    ``widget.setProperty("carried", True)``.
    """
    for target in [widget, *widget.findChildren(QWidget)]:
        style = target.style()
        style.unpolish(target)
        style.polish(target)
    widget.update()
