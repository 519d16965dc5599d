"""Render every main screen and dialog of IDO Kiosk to PNG, offscreen, on sample data.

    .venv/bin/python -m tools.screenshots DIR [--scale 1.0|1.25|1.5] [--contrast high]
                                              [--language nl|en] [--only NAME ...]

``--scale`` renders a 1366x768 laptop with a taskbar at that Windows scale (QT_SCALE_FACTOR is
set before Qt starts; the window gets 1366/scale x 728/scale logical pixels, so the PNGs are
about 1366x728 real pixels); the files then end in ``-125`` or ``-150``. ``--contrast high``
renders the high-contrast theme (files end in ``-hoog-contrast``); ``--language en`` renders the
English screens (files end in ``-en``; Dutch is the default, Qt's own buttons included).
``--only`` renders just the named pictures (e.g. ``02-registratie``) and stops there, for a
quick look or a test.

Uses a temporary data directory, so nobody's real data is touched. The README's pictures come
from here, and so does a developer's look at their own work. The sample data is in
:mod:`tools.demo_data`; neither ships with the app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIZE = (1366, 728)  # a 1366x768 laptop screen less a 40 pixel taskbar
SCALES = {"1.0": "", "1.25": "-125", "1.5": "-150"}


class _DoneError(Exception):
    """Every picture asked for with ``--only`` is rendered: stop early."""


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and render the screens; return the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.screenshots",
        description="Render every main screen of IDO Kiosk to PNG files, on sample data.",
    )
    parser.add_argument("out_dir", metavar="DIR", type=Path, help="folder for the PNG files")
    for flag, options in (
        ("--scale", {"choices": tuple(SCALES), "default": "1.0", "help": "Windows scale"}),
        ("--contrast", {"choices": ("normal", "high"), "default": "normal", "help": "theme"}),
        ("--large", {"action": "store_true", "help": "large targets (files end in -groot)"}),
        ("--text", {"type": float, "default": 1.0, "metavar": "FACTOR", "help": "text size"}),
        ("--language", {"choices": ("nl", "en"), "default": "nl", "help": "language"}),
        ("--only", {"nargs": "+", "metavar": "NAME", "help": "render only these pictures"}),
    ):
        parser.add_argument(flag, **options)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return render_all(args.out_dir, **{k: v for k, v in vars(args).items() if k != "out_dir"})


def render_all(
    out_dir: Path,
    *,
    scale: str = "1.0",
    contrast: str = "normal",
    only: list[str] | None = None,
    text: float = 1.0,
    large: bool = False,
    language: str = "nl",
) -> int:
    """Render the screens into *out_dir* at *scale* in *contrast*; return 0 on success.

    *text* enlarges the app's font (2: text at 200 %, as Windows' "Tekst groter maken");
    *large* uses the large targets for touch; *language* is the app's language ("nl", "en").
    """
    os.environ["QT_SCALE_FACTOR"] = scale  # read when Qt starts, so before the application
    out_dir.mkdir(parents=True, exist_ok=True)
    suffix = SCALES[scale] + ("-hoog-contrast" if contrast == "high" else "")
    suffix += (f"-tekst-{round(text * 100)}" if text != 1.0 else "") + ("-groot" if large else "")
    suffix += "-en" if language == "en" else ""
    size = (round(SIZE[0] / float(scale)), round(SIZE[1] / float(scale)))
    with tempfile.TemporaryDirectory(prefix="ido-kiosk-shots-") as home:
        os.environ["KIOSK_HOME"] = home
        _laptop_screen(Path(home))
        try:
            wanted = None if only is None else set(only)
            options = _Options(size, suffix, contrast, wanted, text, large, language)
            return _render(out_dir, Path(home), options)
        except _DoneError:
            return 0


def _laptop_screen(folder: Path) -> None:
    """Give the offscreen platform a 1366x728 screen (a laptop less its taskbar).

    Its own screen is 800x800, so dialogs that size themselves to the screen's free area
    would look narrower than on the laptop. A platform other than offscreen is left alone.
    """
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if platform.split(":")[0] != "offscreen":
        return
    width, height = SIZE
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


@dataclass
class _Options:
    """What to render: the window's logical size, the file suffix, theme and picture names."""

    size: tuple[int, int]
    suffix: str
    contrast: str
    only: set[str] | None
    text: float = 1.0
    large: bool = False
    language: str = "nl"
    done: set[str] = field(default_factory=set)

    def wanted(self, name: str) -> bool:
        """Return True when picture *name* is to be rendered."""
        return self.only is None or name in self.only

    def rendered(self, name: str) -> None:
        """Note *name* as rendered; stop when every picture asked for is there."""
        self.done.add(name)
        if self.only is not None and self.only <= self.done:
            raise _DoneError


def _render(out_dir: Path, home: Path, options: _Options) -> int:
    from PySide6.QtWidgets import QWidget

    from kiosk.paths import app_paths
    from ui.app import make_application
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = make_application([sys.argv[0]])
    install_language(app, options.language)
    if options.text != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * options.text)
        app.setFont(font)
    apply_theme(app, contrast=options.contrast, large_targets=options.large)
    paths = app_paths(home).ensure()
    # No timed sync: the pictures show a prepared state, not whatever the network does.
    window = MainWindow(paths, sync_options={"automatic": False})
    window.resize(*options.size)
    window.show()

    from tools.screen_tour import over, settler, visit_screens

    settle = settler(window)

    def shot(name: str, dialog: QWidget | None = None, *, alone: bool = False) -> None:
        if not options.wanted(name):
            return
        settle()
        if alone and dialog is not None:  # a window of its own (the visitor mode)
            picture = dialog.grab()
        else:
            picture = window.grab() if dialog is None else over(window, dialog)
        path = out_dir / f"{name}{options.suffix}.png"
        picture.save(str(path))
        print(path)
        options.rendered(name)

    visit_screens(window, shot, settle)
    from tools.visitor_tour import visitor_shots

    visitor_shots(window, shot, settle)
    if options.wanted("12-daglijst"):
        _day_list_shot(window, out_dir, options.suffix)
    _repair_shot(window, shot)
    window.close()
    app.processEvents()
    return 0


def _repair_shot(window: Any, shot: Any) -> None:
    """The message after a repair at start (``ui.self_repair``), over the desk screen."""
    from datetime import UTC, datetime

    from kiosk.repair import RepairOutcome
    from ui.self_repair import repair_notice

    restored = datetime(2026, 11, 27, 17, 30, tzinfo=UTC)
    outcome = RepairOutcome("marked", Path("kiosk.sqlite3.damaged"), restored, 2)
    box = repair_notice(window, outcome)
    shot("33-gegevens-hersteld", box)
    box.done(0)


def _day_list_shot(window: Any, out_dir: Path, suffix: str) -> None:
    """The printed day list of the sample season's first day and first helper, as a PNG."""
    from tools.screen_tour import slot_at
    from ui.planning.day_list_print import heading_for, render_day_list_png

    kiosk = window.kiosk
    page = window.planning
    assert kiosk is not None and page is not None
    slot = kiosk.planning.slot(slot_at(page, 0, 0))
    day_list = kiosk.planning.day_list(slot.day, slot.helper_id)
    path = out_dir / f"12-daglijst{suffix}.png"
    render_day_list_png(day_list, path, heading_for(kiosk, slot.helper_id))
    print(path)
    _preview_shot(window, out_dir / f"12-daglijst-afdrukvoorbeeld{suffix}.png")


def _preview_shot(window: Any, path: Path) -> None:
    """The print preview of the day list as the clerk sees it: Qt's own bar in the language."""
    import time

    from PySide6.QtWidgets import QApplication

    from ui.planning.day_list_print import DayListPreview

    window.planning.print_day_list()
    deadline = time.monotonic() + 20
    preview = None
    while preview is None and time.monotonic() < deadline:
        QApplication.processEvents()
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, DayListPreview)]
        preview = found[0] if found and found[0].isVisible() else None
    if preview is None:
        raise RuntimeError("the day list's print preview did not open")
    preview.resize(1100, 700)
    for _ in range(20):
        QApplication.processEvents()
    preview.grab().save(str(path))
    preview.close()
    QApplication.processEvents()
    print(path)


if __name__ == "__main__":
    sys.exit(main())
