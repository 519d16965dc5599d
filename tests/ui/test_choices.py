"""Choice tiles: check boxes for several answers, radio buttons for one, wrapping, keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.catalogue import Option
from ui import theme
from ui.choices import ChoiceGroup
from ui.registration_page import RegistrationPage

LABELS = [
    "Informatie gegeven",
    "Wegwijs gemaakt",
    "Samen gedaan",
    "Doorverwezen",
    "Naar cursus verwezen",
    "Afspraak gemaakt",
    "Niet kunnen helpen",
]
OPTIONS = [Option(f"c{i}", label, label, f"uitleg {i}") for i, label in enumerate(LABELS)]
_WINDOWS: list[QWidget] = []  # the test windows live until the test ends


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's real theme, as the clerk sees it; put back afterwards."""
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    theme.apply_theme(qapp, contrast="normal")
    yield
    _WINDOWS.clear()
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def shown(qtbot: QtBot, *, multi: bool, width: int = 900) -> ChoiceGroup:
    """A group of seven options in a window *width* pixels wide."""
    window = QWidget()
    qtbot.addWidget(window)
    _WINDOWS.append(window)
    group = ChoiceGroup("Geboden hulp", multi=multi, parent=window)
    group.set_options(OPTIONS)
    layout = QVBoxLayout(window)
    layout.addWidget(group)
    layout.addStretch(1)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return group


def press(qtbot: QtBot, key: Qt.Key) -> QWidget:
    """Press *key* on the control with focus; return the control with focus afterwards."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def role_and_checked(widget: QWidget) -> tuple[QAccessible.Role, bool]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role(), bool(interface.state().checked)


def test_several_answers_read_as_check_boxes(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=True)
    group.set_selected(["c1", "c3"])
    assert all(isinstance(group.button(c), QCheckBox) for c in group.codes())
    assert role_and_checked(group.button("c1")) == (QAccessible.Role.CheckBox, True)
    assert role_and_checked(group.button("c0")) == (QAccessible.Role.CheckBox, False)
    assert group.selected() == ["c1", "c3"]
    assert "Meerdere antwoorden" in group.accessibleDescription()


def test_one_answer_reads_as_radio_buttons_and_stays_one(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=False)
    assert all(isinstance(group.button(c), QRadioButton) for c in group.codes())
    qtbot.mouseClick(group.button("c2"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(group.button("c4"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(group.button("c4"), Qt.MouseButton.LeftButton)  # a second click keeps it
    assert group.selected() == ["c4"]
    assert role_and_checked(group.button("c4")) == (QAccessible.Role.RadioButton, True)


def test_a_click_on_the_edge_of_a_tile_counts(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=True)
    tile = group.button("c5")
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.rect().bottomRight() - QPoint(3, 3))
    assert group.selected() == ["c5"]


@pytest.mark.parametrize("width", [320, 520, 910])
def test_tiles_wrap_and_no_label_is_cut(qtbot: QtBot, width: int) -> None:
    group = shown(qtbot, multi=True, width=width)
    group.set_selected(group.codes())  # chosen tiles are bold: the widest case
    qtbot.waitUntil(lambda: group.button("c6").geometry().width() > 0)
    rows = {group.button(c).geometry().top() for c in group.codes()}
    for code in group.codes():
        tile = group.button(code)
        assert tile.width() >= tile.sizeHint().width(), code
        bold = tile.fontMetrics().horizontalAdvance(tile.text())
        assert tile.width() > bold, code
        assert group.rect().contains(tile.geometry()), code
    assert len(rows) >= (3 if width == 320 else 2)
    assert group.height() >= group.heightForWidth(group.width())


def test_a_narrower_window_means_more_rows_not_narrower_tiles(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=False, width=1400)
    wide = group.button("c4").width()
    rows_wide = len({group.button(c).geometry().top() for c in group.codes()})
    group.window().resize(400, 600)
    qtbot.waitUntil(lambda: group.width() < 400)
    assert group.button("c4").width() == wide
    assert len({group.button(c).geometry().top() for c in group.codes()}) > rows_wide


def test_one_tab_stop_and_the_arrow_keys_move_inside(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=True, width=520)
    tiles = [group.button(c) for c in group.codes()]
    assert [t for t in tiles if t.focusPolicy() & Qt.FocusPolicy.TabFocus] == [tiles[0]]
    group.focus_group()
    assert press(qtbot, Qt.Key.Key_Right) is tiles[1]
    press(qtbot, Qt.Key.Key_Space)
    assert press(qtbot, Qt.Key.Key_End) is tiles[6]
    press(qtbot, Qt.Key.Key_Return)
    assert group.selected() == ["c1", "c6"]
    assert press(qtbot, Qt.Key.Key_Home) is tiles[0]
    assert [t for t in tiles if t.focusPolicy() & Qt.FocusPolicy.TabFocus] == [tiles[0]]


def test_down_goes_to_the_row_below(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=False, width=520)
    first_row = group.button("c0").geometry().top()
    assert any(group.button(c).geometry().top() > first_row for c in group.codes())
    group.focus_group()
    below = press(qtbot, Qt.Key.Key_Down)
    assert below.geometry().top() > first_row
    assert press(qtbot, Qt.Key.Key_Up).geometry().top() == first_row


def test_carried_answers_are_drawn_differently(qtbot: QtBot) -> None:
    group = shown(qtbot, multi=True)
    group.set_selected(["c0"])
    before = group.grab().toImage()
    group.setProperty("carried", True)
    theme.repolish(group)
    after = group.grab().toImage()
    assert before != after
    group.setProperty("carried", False)
    theme.repolish(group)
    assert group.grab().toImage() == before


@pytest.mark.parametrize("multi", [True, False])
def test_a_chosen_tile_is_bold_not_only_coloured(qtbot: QtBot, multi: bool) -> None:
    group = shown(qtbot, multi=multi)
    group.set_selected(["c2"])
    assert group.button("c2").font().bold()
    assert not group.button("c3").font().bold()
    qtbot.mouseClick(group.button("c3"), Qt.MouseButton.LeftButton)
    assert group.button("c3").font().bold()
    assert group.button("c2").font().bold() is multi  # a radio button lets go of the other


def test_on_the_registration_page_help_is_check_boxes_and_channel_radio_buttons(
    page: RegistrationPage, qtbot: QtBot
) -> None:
    """ "Geboden hulp" (several answers) no longer looks like "Kanaal" (one answer)."""
    for group in (page.editor.help, page.editor.referral):
        assert group.multi
        assert all(isinstance(group.button(c), QCheckBox) for c in group.codes())
    for group in (page.visit.channel, page.visit.duration, page.editor.followup):
        assert not group.multi
        assert all(isinstance(group.button(c), QRadioButton) for c in group.codes())
    page.resize(910, 485)
    page.editor.help.set_selected(page.editor.help.codes())
    help_group = page.editor.help
    qtbot.waitUntil(lambda: help_group.width() < 900)
    assert len({help_group.button(c).geometry().top() for c in help_group.codes()}) > 1
    for code in help_group.codes():
        tile = help_group.button(code)
        assert tile.width() >= tile.sizeHint().width(), code  # wrapped, not cut
