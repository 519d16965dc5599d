"""In Dutch, no protocol code, technical word or English Qt button on screen (issue 15).

The app is opened in Dutch on sample data (:func:`tests.ui.language_walk.tour`) and every
text a user can read or hear is checked for

* codes: ``snake_case`` words (``payload_too_large``, ``validation_failed``) and HTTP statuses
  (``code 413``, ``413 payload_too_large``);
* technical or English words: :data:`TECHNICAL_WORDS` ("volgnummer", "waiting", "token");
* Qt's own English buttons and menu items (:data:`QT_ENGLISH`: "Cancel", "Print"), which show
  when Qt's Dutch translations are not loaded.

Codes belong in the support export only (``ui.sync_export``: a file for the helpdesk, never a
screen), so no screen is exempt. The sample data's names and typed texts are taken out first
(:data:`tests.ui.test_every_word_translated.SAMPLE_NAMES`), and so is the sample server's
address (a clerk types it when linking the desk).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.language_walk import SCREENS, STOPPED, Text, texts_in
from tests.ui.test_every_word_translated import without_names
from tools import translations

#: Words of protocols, programmers or English that a Dutch clerk should not meet (whole words,
#: any case).
TECHNICAL_WORDS = (
    "volgnummer",
    "payload",
    "token",
    "waiting",
    "pending",
    "queued",
    "outbox",
    "retry",
    "failed",
    "error",
    "exception",
    "traceback",
    "http",
    "https",
    "json",
    "uuid",
    "op_id",
    "null",
    "none",
    "true",
    "false",
    "status code",
    "quarantine",
    "rejected",
    "accepted",
)
#: Qt's English texts for its own buttons, print preview and context menu (the whole text).
QT_ENGLISH = frozenset(
    {
        "Cancel",
        "Close",
        "Yes",
        "No",
        "Apply",
        "Save",
        "Open",
        "Discard",
        "Print",
        "Page setup",
        "Fit width",
        "Fit page",
        "Zoom in",
        "Zoom out",
        "Portrait",
        "Landscape",
        "First page",
        "Previous page",
        "Next page",
        "Last page",
        "Show single page",
        "Show facing pages",
        "Show overview of all pages",
        "Undo",
        "Redo",
        "Cut",
        "Copy",
        "Paste",
        "Delete",
        "Select All",
        "Restore Defaults",
    }
)
_SNAKE = re.compile(r"(?<![\w./@-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w-])")
#: An HTTP status: after "HTTP", "code", "status" or "fout", or before a code (413 payload_...).
_HTTP = re.compile(
    r"(?:http|code|status|fout|error)\W{0,3}([1-5]\d\d)(?!\d)|(?<!\d)([1-5]\d\d)\s+[a-z]+_",
    re.IGNORECASE,
)
_WORDS = re.compile(r"(?<![\w-])(" + "|".join(TECHNICAL_WORDS) + r")(?![\w-])", re.IGNORECASE)
#: Addresses are what a clerk types or reads off a letter, not codes.
_ADDRESS = re.compile(r"https?://\S+|\S+@\S+")

#: Screens that still show codes, by the area that fixes them (xfail until then).
KNOWN: dict[str, str] = {}


def codes_in(texts: list[Text]) -> list[str]:
    """Return the texts of *texts* that show a code or technical word, with the reason."""
    found: list[str] = []
    for item in texts:
        rest = without_names(_ADDRESS.sub(" ", item.text))
        why = [m.group(0) for m in _SNAKE.finditer(rest)]
        why += [m.group(1) or m.group(2) for m in _HTTP.finditer(rest)]
        why += [m.group(0).lower() for m in _WORDS.finditer(rest)]
        if item.text.strip() in QT_ENGLISH:
            why.append("Qt's English")
        if why:
            found.append(f"{item} (code: {', '.join(sorted(set(why)))})")
    return found


@pytest.fixture(scope="module")
def dutch(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[Text]]]:
    """Every screen's texts in Dutch."""
    yield from texts_in(qapp, "nl", tmp_path_factory)


def _screens() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN[name]))
        if name in KNOWN
        else name
        for name in SCREENS
    ]


@pytest.mark.parametrize("screen", _screens())
def test_no_code_on_the_dutch_screen(dutch: dict[str, list[Text]], screen: str) -> None:
    stopped = dutch.get(STOPPED, [])
    assert screen in dutch, f"the tour did not reach {screen}: {[str(t) for t in stopped]}"
    assert dutch[screen], f"no texts found on {screen}"
    found = codes_in(dutch[screen])
    assert not found, f"codes on {screen} in Dutch:\n" + "\n".join(found)


def test_the_check_finds_codes_and_lets_plain_dutch_pass() -> None:
    texts = [
        Text("volgnummer 7, code payload_too_large / 413 payload_too_large", "Sync", "cell"),
        Text("wacht op verzending (pending)", "Bar", "label"),
        Text("Cancel", "Dialog > QPushButton", "button"),
        Text("9 bezoeken nog niet verstuurd", "Bar", "label"),
        Text("Om 10:30 bij Anna de Boer, 06 12345678", "Grid", "cell"),
        Text("Server: https://sync.bibliotheek-voorbeeld.nl", "Sync", "label"),
        Text("413 bezoeken deze maand", "Page", "label"),
    ]
    found = codes_in(texts)
    assert len(found) == 3  # a count of 413 visits is no status
    assert "payload_too_large" in found[0] and "413" in found[0] and "volgnummer" in found[0]
    assert "pending" in found[1]
    assert "Qt's English" in found[2]


def test_qt_own_menu_and_buttons_speak_dutch(qapp: QApplication) -> None:
    """The right-click menu of a text field and Qt's standard buttons, as Qt makes them."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from tests.ui.language_walk import plain
    from ui.i18n import install_language

    if translations.stale():
        translations.build()
    install_language(qapp, "nl")
    field = QLineEdit("tekst")
    menu = field.createStandardContextMenu()
    assert menu is not None
    said = [plain(action.text().split("\t")[0]) for action in menu.actions() if action.text()]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    said += [plain(button.text()) for button in buttons.buttons()]
    assert said
    english = [text for text in said if text in QT_ENGLISH]
    assert not english, f"Qt's own texts in English in the Dutch UI: {english}"
    assert "Annuleren" in said
    menu.deleteLater()
    field.deleteLater()
    buttons.deleteLater()
