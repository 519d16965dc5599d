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
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
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

    settle = settler(window)

    def shot(name: str, dialog: QWidget | None = None) -> None:
        if not options.wanted(name):
            return
        settle()
        picture = window.grab() if dialog is None else _over(window, dialog)
        path = out_dir / f"{name}{options.suffix}.png"
        picture.save(str(path))
        print(path)
        options.rendered(name)

    visit_screens(window, shot, settle)
    if options.wanted("12-daglijst"):
        _day_list_shot(window, out_dir, options.suffix)
    window.close()
    app.processEvents()
    return 0


def settler(window: Any) -> Callable[..., None]:
    """Return a ``settle(condition, timeout_ms)`` for *window*: events, tasks and sync done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    def settle(condition: Callable[[], bool] = lambda: True, timeout_ms: int = 10000) -> None:
        loop_timer = QTimer()
        loop_timer.start(timeout_ms)
        while not condition() and loop_timer.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if window.runner is not None:
            window.runner.wait_idle()
        sync = window.sync
        if sync is not None:  # the status bar's sync texts come from the sync worker
            sync_timer = QTimer()
            sync_timer.start(timeout_ms)
            while (sync.status is None or sync.running) and sync_timer.isActive():
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        for _ in range(5):
            QCoreApplication.processEvents()

    return settle


def visit_screens(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """Drive *window* through every screen, calling ``shot(name, dialog=None)`` at each.

    The screenshots save a picture there; the language tests (tests/ui) read the texts.
    *window* is shown and not started; the sample data is recorded on the way, and the desk
    keeps the language installed now.
    """
    from tools.demo_data import link_to_pretend_server, record_sample_day
    from ui.i18n import current_language

    language = current_language()
    window.start()
    settle(lambda: window.kiosk is not None)
    # The desk's stored language rules once the desk is set up: store the one shown now.
    window.kiosk.settings.save(language=language)
    shot("01-eerste-start")

    window.setup_page.demo_button.click()
    settle(lambda: window.registration is not None)
    page = window.registration
    assert page is not None and window.kiosk is not None
    record_sample_day(window.kiosk, page.desk.desk_id)
    page.refresh(restore_previous=True)
    settle()
    shot("02-registratie")

    page.editor.topics.filter.setText("digid")
    page.editor.topics.choose_first_match()
    page.editor.followup.set_selected(["aangevraagd"])
    page.editor.help.set_selected(["samen_gedaan", "doorverwezen"])
    page.editor.referral.set_selected(["dienstverlener"])
    page.add_question()
    page.editor.topics.filter.setText("huur")
    shot("03-twee-vragen-filter")

    page.clear()
    page.editor.topics.set_topic("toeslag_zorg")
    page.editor.help.set_selected(["informatie"])
    page.editor.note.setText("Bellen naar 06-12345678 voor terugbelverzoek")
    page.save()
    settle()
    shot("04-privacy-melding")

    page.editor.note.clear()
    page.day.table.selectRow(1)
    row = page.day.selected()
    if row is not None:
        page.start_correction(row.id)
    settle(lambda: window.sync is not None and window.sync.status is not None)
    shot("05-correctie")

    page.cancel_correction()
    window.open_enroll()
    enroll = window.enroll_dialog
    assert enroll is not None
    enroll.server.setText("https://sync.bibliotheek-voorbeeld.nl")
    enroll.code.setText("K7QX-42MB")
    enroll.code.setFocus()
    shot("07-koppelen", enroll)
    enroll.reject()

    link_to_pretend_server(window.kiosk)
    sync = window.sync
    assert sync is not None
    sync.refresh()
    settle(lambda: sync.status is not None and sync.status.enrolled)
    window.open_sync_page()
    sync_page = window.sync_page
    assert sync_page is not None
    loaded: list[bool] = []
    sync_page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    sync_page.table.selectRow(0)
    shot("06-synchronisatie", sync_page)
    sync_page.accept()
    _planning_shots(window, shot, settle)
    _desk_shots(window, shot, settle)


def _over(window: Any, dialog: Any) -> Any:
    """Return the window with *dialog* drawn centred over it, the window dimmed behind."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    x = (picture.width() - front.width()) // 2
    y = max((picture.height() - front.height()) // 2 - 16, 0)
    painter.drawPixmap(x, y, front)
    painter.end()
    return picture


def _planning_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """The Belastinghulp screens: the grid, a booking, the season editor, Aandacht nodig."""
    from PySide6.QtCore import Qt

    from tools.demo_data import sample_season

    kiosk = window.kiosk
    assert kiosk is not None
    sample_season(kiosk)
    window.show_planning()
    page = window.planning
    assert page is not None
    loaded: list[bool] = []
    page.loaded.connect(lambda: loaded.append(True))
    settle(lambda: bool(loaded))
    page.grid.setFocus()
    page.grid.go_to_slot(_slot_at(page, 1, 0))
    page.grid.scrollToTop()
    page.show_side()
    shot("08-belastinghulp-rooster")

    page.grid.go_to_slot(_slot_at(page, 4, 1))
    slot = page.grid.current_slot()
    assert slot is not None
    page.new_booking(slot, "F")
    editor = page.editor
    assert editor is not None
    editor.name.setText("F. el Amrani")
    editor.phone.setText("06 48 12 90 33")
    editor.purpose.set_selected(["aangifte", "toeslagen"])
    editor.checklist.set_selected(["digid_zelf", "jaaropgaven", "toeslagbeschikking"])
    editor.remark.setText("Machtigingscode: KX7P-42MB-QR9T")
    editor.submit()
    settle()
    shot("09-afspraak-privacy", editor)
    editor.reject()
    settle()

    page.open_templates()
    templates = page.template_editor
    settle()
    templates.tabs.setCurrentIndex(2)
    schedule = templates.schedule_tab
    schedule.template_helper.setCurrentIndex(
        schedule.template_helper.findText("Dirk", Qt.MatchFlag.MatchStartsWith)
    )
    schedule.template_day.setCurrentIndex(1)  # dinsdag
    schedule.template_minutes.setValue(30)
    schedule.add_template()
    settle()
    schedule.template_table.selectRow(schedule.template_model.rowCount() - 1)
    templates.preview()
    settle()
    shot("10-seizoen-en-rooster", templates)
    templates.accept()
    settle()

    page.side.setCurrentIndex(2)
    page.attention.table.selectRow(0)
    page.attention.table.setFocus(Qt.FocusReason.OtherFocusReason)
    shot("11-aandacht-nodig")


def _desk_shots(window: Any, shot: Callable[..., None], settle: Callable[..., None]) -> None:
    """History, settings, the key overview and the idle screen (each skipped if not built)."""
    from PySide6.QtWidgets import QDialog

    if hasattr(window, "show_registration_page"):
        window.show_registration_page()
    page, kiosk = window.registration, window.kiosk
    try:
        module: Any = importlib.import_module("ui.history_dialog")
    except ImportError:
        module = None
    if module is not None and page is not None:
        history = module.HistoryDialog(kiosk, page.desk, window.runner, window)
        loaded: list[bool] = []
        history.loaded.connect(lambda: loaded.append(True))
        history.show()
        settle(lambda: bool(loaded))
        shot("13-eerdere-bezoeken", history)
        history.reject()
    for name, opener, attribute in (
        ("14-instellingen", "open_settings", "settings_dialog"),
        ("15-sneltoetsen", "open_help", "help_dialog"),
    ):
        if not hasattr(window, opener):
            continue
        getattr(window, opener)()
        settle()
        dialog = getattr(window, attribute, None)
        if isinstance(dialog, QDialog):
            shot(name, dialog)
            dialog.reject()
            settle()
    lock = getattr(window, "idle_lock", None)
    if lock is not None:
        lock.lock()
        settle()
        shot("16-vergrendeld")


def _day_list_shot(window: Any, out_dir: Path, suffix: str) -> None:
    """The printed day list of the sample season's first day and first helper, as a PNG."""
    from ui.planning.day_list_print import heading_for, render_day_list_png

    kiosk = window.kiosk
    page = window.planning
    assert kiosk is not None and page is not None
    slot = kiosk.planning.slot(_slot_at(page, 0, 0))
    day_list = kiosk.planning.day_list(slot.day, slot.helper_id)
    path = out_dir / f"12-daglijst{suffix}.png"
    render_day_list_png(day_list, path, heading_for(kiosk, slot.helper_id))
    print(path)


def _slot_at(page: Any, row: int, column: int) -> str:
    slot = page.grid.grid_model.slot(row, column)
    assert slot is not None
    return str(slot.id)


if __name__ == "__main__":
    sys.exit(main())
