"""The survey's pictograms: the SVGs in ``resources/survey/pictograms``, drawn in the theme.

The files are black shapes on nothing. :func:`pictogram_icon` draws one in the colour of the
button's text (white on black in high contrast) and in the colour of a chosen button's text for
its checked state, so a pictogram is always as clear as the words beside it. In a right-to-left
language an arrow is mirrored (``mirror=True``). A missing or broken file gives an empty icon
(the words still say it all) and a line in the log.
"""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)


def pictogram_dir() -> Path:
    """Return the folder with the pictograms."""
    return Path(str(resources.files("resources") / "survey" / "pictograms"))


@cache
def _renderer(name: str) -> QSvgRenderer | None:
    path = pictogram_dir() / name
    renderer = QSvgRenderer(str(path)) if path.is_file() else None
    if renderer is None or not renderer.isValid():
        log.warning("Survey pictogram %s is missing or not a valid SVG", name)
        return None
    return renderer


def pictogram_pixmap(
    name: str, size: int, colour: QColor, *, mirror: bool = False, ratio: float = 1.0
) -> QPixmap:
    """Return pictogram *name* (a file name) as a *size* square in *colour* (empty if none).

    *ratio* is the screen's device pixel ratio: the picture is drawn sharp at 125 % and 150 %.
    """
    pixels = max(round(size * ratio), 1)
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(name)
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), colour)
        painter.end()
    if mirror:
        image = image.transformed(QTransform().scale(-1, 1))
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pictogram_icon(
    name: str, size: int, palette: QPalette, *, mirror: bool = False, ratio: float = 1.0
) -> QIcon:
    """Return pictogram *name* as an icon: the button text's colour, the chosen one's when on."""
    icon = QIcon()
    text = palette.color(QPalette.ColorRole.ButtonText)
    chosen = palette.color(QPalette.ColorRole.HighlightedText)
    for state, colour in ((QIcon.State.Off, text), (QIcon.State.On, chosen)):
        pixmap = pictogram_pixmap(name, size, colour, mirror=mirror, ratio=ratio)
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
        icon.addPixmap(pixmap, QIcon.Mode.Active, state)
    return icon


def icon_size(size: int) -> QSize:
    """Return the square QSize of *size* pixels (for ``setIconSize``)."""
    return QSize(size, size)
