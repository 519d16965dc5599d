"""The theme: WCAG contrast of every style rule and palette pair, high contrast, large targets.

The style sheets are parsed as text: every rule that sets a text colour must set its background
(or ``transparent``: then the text is checked against every surface of that theme), text must
reach 4.5:1 (WCAG AA) and the focus ring 3:1 against every surface a control sits on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.catalogue import Option
from ui import theme
from ui.choices import ChoiceGroup
from ui.table_model import RowsModel

STYLE = Path(theme.__file__).resolve().parents[1] / "resources" / "style"
SHEETS = {"normal": STYLE / "kiosk.qss", "high": STYLE / "high-contrast.qss"}
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
# A control's own fill is not the surface its focus ring is seen against.
OWN_FILLS = ('[primary="true"]', ":checked", "::item:selected", "#statusClock", "#feedback")


def rules(path: Path) -> list[tuple[str, dict[str, str]]]:
    """Return (selector, declarations) for every rule of the sheet at *path*."""
    text = re.sub(r"/\*.*?\*/", "", path.read_text("utf-8"), flags=re.S)
    found = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                name, value = part.split(":", 1)
                declarations[name.strip()] = value.strip()
        found.append((" ".join(selector.split()), declarations))
    return found


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two colours."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background(declarations: dict[str, str]) -> str | None:
    value = declarations.get("background", declarations.get("background-color"))
    if value is None:
        return None
    if value == "transparent":
        return value
    match = HEX.search(value)
    assert match, f"background not a colour: {value}"
    return match.group(0)


def surfaces(contrast: str) -> set[str]:
    """Every background a control may sit on in theme *contrast*."""
    found = {
        theme.PALETTES[contrast][r] for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    }
    for selector, declarations in rules(SHEETS[contrast]):
        fill = background(declarations)
        if fill not in (None, "transparent") and not any(o in selector for o in OWN_FILLS):
            assert fill is not None
            found.add(fill)
    return found


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_every_text_colour_comes_with_its_background_and_reaches_aa(contrast: str) -> None:
    checked = 0
    for selector, declarations in rules(SHEETS[contrast]):
        colour, fill = declarations.get("color"), background(declarations)
        if (colour is None and fill is None) or "::indicator" in selector:
            continue  # the marks of the tiles hold no text: see the next test
        assert colour is not None and fill is not None, (
            f"{selector}: sets {'color' if colour else 'background'} without the other"
        )
        behind = surfaces(contrast) if fill == "transparent" else {fill}
        for under in behind:
            assert ratio(colour, under) >= 4.5, f"{selector}: {colour} on {under}"
        checked += 1
    assert checked > 20


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_check_marks_stand_out_at_three_to_one(contrast: str) -> None:
    """The box or circle of a tile (WCAG 1.4.11, non-text) against the tile's own fill."""
    fills = {
        background(d)
        for s, d in rules(SHEETS[contrast])
        if s.startswith("QCheckBox[choice") and ":hover" not in s and ":disabled" not in s
    } - {None, "transparent"}
    marks = [
        HEX.search(d.get("border", d.get("border-color", "")))
        for s, d in rules(SHEETS[contrast])
        if "::indicator" in s
    ]
    colours = {m.group(0) for m in marks if m}
    assert fills and colours
    for mark in colours:
        for fill in fills:
            assert fill is not None and ratio(mark, fill) >= 3.0, f"mark {mark} on {fill}"


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_focus_ring_reaches_three_to_one_against_every_surface(contrast: str) -> None:
    rings = set()
    for selector, declarations in rules(SHEETS[contrast]):
        if ":focus" in selector:
            match = HEX.search(declarations.get("border", ""))
            assert match, f"{selector}: a focus rule without a coloured border"
            assert re.match(r"[34]px", declarations["border"]), f"{selector}: ring too thin"
            rings.add(match.group(0))
    assert len(rings) == 1, "one focus colour per theme"
    ring = rings.pop()
    for under in surfaces(contrast):
        assert ratio(ring, under) >= 3.0, f"focus ring {ring} on {under}"


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_palette_pairs_reach_aa(contrast: str) -> None:
    colours = theme.PALETTES[contrast]
    for text, back in theme.PALETTE_PAIRS:
        assert ratio(colours[text], colours[back]) >= 4.5, (contrast, text, back)


def test_the_contrast_check_fails_on_a_weak_pair() -> None:
    assert ratio("#ffb000", "#ffffff") < 3.0  # the old focus ring on white
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's app; its palette and style sheet are put back afterwards."""
    sheet, palette = qapp.styleSheet(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_high_contrast_sets_black_surfaces_and_white_text(app: QApplication) -> None:
    theme.apply_theme(app, contrast="high")
    assert app.property("theme_contrast") == "high"
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert "#00ffff" in app.styleSheet()
    theme.apply_theme(app, contrast="normal")
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#f7f7f5"


def test_auto_follows_the_system(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    theme.apply_theme(app, contrast="auto")
    assert app.property("theme_contrast") == "high"
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    theme.apply_theme(app, contrast="auto")
    assert app.property("theme_contrast") == "normal"
    with pytest.raises(ValueError):
        theme.apply_theme(app, contrast="dark")


def test_system_preference_is_read_without_error(app: QApplication) -> None:
    assert theme.system_prefers_high_contrast() in (True, False)  # offscreen: no preference


@pytest.mark.parametrize("contrast", ["normal", "high"])
@pytest.mark.parametrize(("large", "least"), [(False, 44), (True, 56)])
def test_targets_are_large_enough(
    app: QApplication, qtbot: QtBot, contrast: str, large: bool, least: int
) -> None:
    theme.apply_theme(app, contrast=contrast, large_targets=large)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    group = ChoiceGroup("Kanaal", parent=window)
    group.set_options([Option("balie", "Aan de balie", "Aan de balie", "")])
    controls: list[QWidget] = [
        QPushButton("Opslaan"),
        QLineEdit(),
        QComboBox(),
        group.button("balie"),
    ]
    for control in controls[:3]:
        layout.addWidget(control)
    layout.addWidget(group)
    window.show()
    for control in controls:
        assert control.sizeHint().height() >= least, type(control).__name__


def test_text_at_double_size_is_not_clipped(app: QApplication, qtbot: QtBot) -> None:
    """A doubled font (200 % text) makes controls grow: nothing is held to a fixed height."""
    theme.apply_theme(app, contrast="normal")
    widget = QWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    button = QPushButton("Herhaal vorige", widget)
    widget.show()
    metrics = button.fontMetrics()
    assert button.sizeHint().height() >= metrics.height() + 8
    assert button.sizeHint().width() >= metrics.horizontalAdvance(button.text())


def test_font_sizes_follow_a_larger_system_text_size(app: QApplication) -> None:
    font = QFont(app.font())
    old = QFont(font)
    font.setPointSizeF(22.0)
    app.setFont(font)
    try:
        theme.apply_theme(app, contrast="normal")
        assert "QWidget { font-size: 22.0pt; }" in app.styleSheet()
        assert "font-size: 36.0pt" in app.styleSheet()  # the page title, 18 pt at 100 %
    finally:
        app.setFont(old)
    theme.apply_theme(app, contrast="normal")
    assert "QWidget { font-size: 11pt; }" in app.styleSheet()


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_colours_for_models_reach_aa(contrast: str) -> None:
    colours = theme.COLOURS[contrast]
    backs = [v for k, v in colours.items() if k.endswith("back") and k != "selected_back"]
    for text in [k for k in colours if k.endswith("_text") and k != "selected_text"] + ["text"]:
        for back in backs:
            assert ratio(colours[text], back) >= 4.5, (text, back)
    assert ratio(colours["selected_text"], colours["selected_back"]) >= 4.5
    for back in backs:
        assert ratio(colours["focus"], back) >= 3.0, back


def test_colour_follows_the_theme(app: QApplication) -> None:
    theme.apply_theme(app, contrast="high")
    assert theme.colour("back").name() == "#000000"
    theme.apply_theme(app, contrast="normal")
    assert theme.colour("back").name() == "#ffffff"


def test_auto_follows_a_change_of_the_system_while_running(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: False)
    theme.apply_theme(app, contrast="auto")
    assert app.property("theme_contrast") == "normal"
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.property("theme_contrast") == "high"
    theme.apply_theme(app, contrast="normal")  # a clerk's own choice is kept
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.property("theme_contrast") == "normal"


class _Rows(RowsModel[str]):
    HEADERS = ("Naam",)

    def cell(self, row: str, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return "muted" if row == "stil" else QBrush(QColor("#8b1111"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fde8e8"))
        return None


def test_lists_take_their_colours_from_the_theme(app: QApplication) -> None:
    model = _Rows()
    model.set_rows(["fout", "stil"])
    fore, back = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
    theme.apply_theme(app, contrast="normal")
    assert model.data(model.index(0, 0), fore).color().name() == "#8b1111"
    assert model.data(model.index(1, 0), fore).color().name() == "#4a4a4a"
    theme.apply_theme(app, contrast="high")
    assert model.data(model.index(0, 0), fore).color().name() == "#ffffff"
    assert model.data(model.index(0, 0), back).color().name() == "#000000"
    assert model.data(model.index(1, 0), fore).color().name() == "#d0d0d0"
    assert model.data(model.index(0, 0)) == "fout"


def test_check_marks_grow_with_the_text() -> None:
    sheet = theme.style_sheet("normal", text_scale=2.0)
    assert "width: 36px; height: 36px" in sheet  # the 18 px box of a check box or radio button
    assert "min-height: 30px" in sheet  # other sizes stay: the text inside makes them grow
