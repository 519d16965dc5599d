"""Helpers for tests that start the app with ``--screenshot``: a desk to show, a picture check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage


def demo_home(home: Path) -> Path:
    """Make *home* a data folder with the demo desk, so the app opens on its desk screen."""
    from kiosk.app import Kiosk
    from kiosk.locations import demo_location
    from kiosk.paths import app_paths

    kiosk = Kiosk.open(app_paths(home))
    kiosk.locations.create(demo_location(), demo=True)
    kiosk.close()
    return home


def assert_window_picture(path: Path) -> QImage:
    """Assert that *path* is a PNG of a whole window: a real size and a drawn screen on it.

    A window whose plugins, fonts or style sheet are missing still saves a picture, but an
    empty or one-coloured one; a drawn screen has text, fields and buttons in many colours.
    """
    assert path.is_file() and path.stat().st_size > 10_000, path
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    assert image.width() >= 1000 and image.height() >= 600, image.size()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) >= 16, f"{path} has only {len(colours)} colours: not a drawn window"
    return image
