"""Dialogs that fit the screen: never taller or wider than the room there is.

A laptop at 150 % has 910x485 logical pixels; a dialog sized for a desktop would put its
Opslaan and Sluiten off screen. :func:`fit_to_screen` gives a dialog its preferred size, capped
at the screen's available area (less a title bar) and at the size of the window it belongs to;
the dialog itself keeps its body in a scroll area and its buttons outside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QStyle, QWidget


def room_for(dialog: QWidget) -> QSize:
    """Return the largest size *dialog* may take: the screen's free area, its window's size."""
    parent = dialog.parentWidget()
    window = parent.window() if parent is not None else None
    screen = (window or dialog).screen()
    area: QRect = screen.availableGeometry()
    title = dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight) + 8
    width, height = area.width() - 8, area.height() - title
    if window is not None and window.isVisible():
        width, height = min(width, window.width()), min(height, window.height())
    return QSize(max(width, 200), max(height, 160))


#: The height of a line of the app's own text at 100 % (11 pt); larger text, larger dialogs.
BASE_LINE = 18


def text_scale(widget: QWidget) -> float:
    """How much larger than normal the text of *widget* is (1.0, or 2.0 at 200 %)."""
    return max(1.0, widget.fontMetrics().height() / BASE_LINE)


def fit_width(dialog: QWidget, width: int) -> int:
    """Return *width* (for normal text, grown with larger text) capped at the room there is."""
    return min(round(width * text_scale(dialog)), room_for(dialog).width())


def fit_to_screen(dialog: QWidget, preferred: QSize) -> None:
    """Resize *dialog* to *preferred*, or smaller where the screen or its window has less room.

    *preferred* is for the app's normal text size; with larger text (200 %) it grows along.
    The dialog's minimum size is capped too (a minimum wider than the room would win).
    """
    scale = text_scale(dialog)
    preferred = QSize(round(preferred.width() * scale), round(preferred.height() * scale))
    room = room_for(dialog)
    minimum = dialog.minimumSize()
    dialog.setMinimumSize(min(minimum.width(), room.width()), min(minimum.height(), room.height()))
    dialog.resize(preferred.boundedTo(room))
