"""The app's language: our translations and Qt's own, the locale, and re-setting texts.

Dutch is the source language and the default. :func:`install_language` loads two translators:
ours (``resources/i18n/ido_kiosk_<lang>.qm``, built from the Linguist sources by
``python -m tools.translations build``) and Qt's (``qtbase_<lang>.qm`` from the PySide6
wheel), so Qt's dialogs, print preview, standard buttons (OK, Cancel) and the context menu of
a text field speak the same language as our screens. It also sets the default
:class:`~PySide6.QtCore.QLocale` (dates, times and numbers) and the layout direction.

A missing ``.qm`` never stops the app: it is logged once and the Dutch source texts show.

Switching at run time is calling :func:`install_language` again: Qt then sends
``QEvent.LanguageChange`` to every widget. A widget that sets its texts in code re-sets them
then; :func:`retranslate_on_change` is the small helper for that.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTranslator,
)

if TYPE_CHECKING:  # the command line loads this module without Qt's screen modules
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: The languages a desk may choose, and the locale each one formats dates and numbers in.
LOCALES: Final = {"nl": "nl_NL", "en": "en_GB"}
DEFAULT_LANGUAGE: Final = "nl"
#: The languages on offer, each named in its own words (never translated).
LANGUAGE_NAMES: Final = (("nl", "Nederlands"), ("en", "English"))
#: The writing direction per language. (Not asked of QLocale.textDirection(): its first call
#: sets up PySide6's QLocale enums, some 70 ms at start-up.)
_DIRECTIONS: Final = {
    "nl": Qt.LayoutDirection.LeftToRight,
    "en": Qt.LayoutDirection.LeftToRight,
}
#: The application property that holds the installed language.
_PROPERTY: Final = "ido_language"
#: Where :class:`kiosk.settings.SettingsService` stores the desk's language (``app_setting``).
SETTING_KEY: Final = "desk_setting.language"

# The translators installed now (kept here: Qt holds no reference of its own).
_installed: list[QTranslator] = []
# The .qm files already reported missing (each is logged once).
_reported: set[str] = set()


def translations_folder() -> Path:
    """Return the folder of our compiled translations (``resources/i18n``)."""
    return Path(str(resources.files("resources") / "i18n"))


def qt_translations_folder() -> str:
    """Return the folder of Qt's own translations (``qtbase_nl.qm``), inside the PySide6 wheel."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def stored_language(database: Path) -> str:
    """Return the desk's language stored in the database file *database*, read cheaply.

    Runs once at start-up, before the window is built (so its first frame speaks the language)
    and before the app opens its database: :mod:`sqlite3` read-only, without SQLAlchemy, which
    the window does not wait for. The setting itself is validated and saved by
    :class:`kiosk.settings.SettingsService`. Returns ``nl`` when there is no database yet, no
    language stored, or one the app does not know.
    """
    if not database.is_file():
        return DEFAULT_LANGUAGE
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM app_setting WHERE key = ?", (SETTING_KEY,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:  # no table yet (a new database), locked, unreadable: the default
        return DEFAULT_LANGUAGE
    value = str(row[0]) if row is not None else DEFAULT_LANGUAGE
    return value if value in LOCALES else DEFAULT_LANGUAGE


def current_language() -> str:
    """Return the installed language (``nl`` when none has been installed)."""
    app = QCoreApplication.instance()
    chosen = app.property(_PROPERTY) if app is not None else None
    return chosen if isinstance(chosen, str) and chosen in LOCALES else DEFAULT_LANGUAGE


def locale() -> QLocale:
    """Return the locale of the installed language (Dutch's when none is installed yet).

    Unlike ``QLocale()`` it never falls back to the system's locale (a tool or a test that has
    not installed a language still formats dates the Dutch way).
    """
    return QLocale(LOCALES[current_language()])


def short_moment(moment: datetime, *, with_date: bool = True) -> str:
    """Return *moment* (local time) as the language writes it: ``27-11-2026 10:42`` or ``10:42``.

    Day and month in numbers in the language's order (Dutch ``27-11-2026``, English
    ``27/11/2026``), the time in hours and minutes.
    """
    here = locale()
    time = here.toString(QTime(moment.hour, moment.minute), "HH:mm")
    if not with_date:
        return time
    day = here.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )
    return f"{day} {time}"


def install_language(app: QCoreApplication, language: str) -> None:
    """Show *app* in *language* (``nl`` or ``en``; anything else: Dutch).

    Replaces the translators installed before (Qt then sends ``LanguageChange`` to every
    widget), sets the default locale and the layout direction.
    """
    if language not in LOCALES:
        log.warning("Unknown language %r: Dutch is used", language)
        language = DEFAULT_LANGUAGE
    _remove_translators(app)
    qt_own = QTranslator(app)
    if _load(qt_own, f"qtbase_{language}", qt_translations_folder()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    if _load(ours, f"ido_kiosk_{language}", str(translations_folder())):
        app.installTranslator(ours)  # installed last, so asked first
        _installed.append(ours)
    QLocale.setDefault(QLocale(LOCALES[language]))
    if app.inherits("QGuiApplication"):  # not on the command line's core application
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setLayoutDirection(_DIRECTIONS[language])
    app.setProperty(_PROPERTY, language)


def uninstall_language(app: QCoreApplication) -> None:
    """Remove the translators and the default locale again (for tests and tools)."""
    _remove_translators(app)
    QLocale.setDefault(QLocale.system())
    app.setProperty(_PROPERTY, None)


def _remove_translators(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    """Load *name*.qm from *folder* into *translator*; log a missing file once."""
    if translator.load(name, folder):
        return True
    path = str(Path(folder) / f"{name}.qm")
    if path not in _reported:
        _reported.add(path)
        log.warning("Translation %s is missing or unreadable: texts show in Dutch", path)
    return False


class _LanguageWatch(QObject):
    """Calls back when its widget receives ``QEvent.LanguageChange``."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Run the callback on a language change; let every event through."""
        if event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self._callback()
        return False


def retranslate_on_change(widget: QWidget, callback: Callable[[], None]) -> QObject:
    """Call *callback* whenever *widget* receives ``QEvent.LanguageChange``.

    The callback re-sets the texts *widget* set in code (``self.tr(...)``); it may run more
    than once per switch, so it should only set texts. Put the texts in one method that
    ``__init__`` calls too::

        self._retranslate()
        retranslate_on_change(self, self._retranslate)

    Returns the watcher (a child of *widget*; it lives and dies with it).
    """
    watch = _LanguageWatch(widget, callback)
    widget.installEventFilter(watch)
    return watch
