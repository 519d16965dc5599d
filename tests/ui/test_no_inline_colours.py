"""No colour is written into a widget: colours come from the theme, so high contrast works.

A fixed colour in a widget or a model (``setStyleSheet("color: #8b1111")``, ``QColor("#4a4a4a")``,
``Qt.GlobalColor.gray``) ignores the high-contrast theme: dark red on black, pastel behind white
text. Colours live in ``resources/style/*.qss`` and :func:`ui.theme.colour`; a label takes its
meaning by its ``tone`` property. Printed pages are the exception: paper is white whatever the
screen's theme, so the print modules keep their own colours.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

#: Modules that may hold colours: the theme itself, the planning grid's colours per theme
#: (checked for AA contrast in both by tests/ui/planning/test_grid_colours.py), and what is
#: printed on white paper.
ALLOWED = {
    "ui/theme.py",
    "ui/planning/colours.py",
    "ui/planning/day_list_print.py",
    "ui/planning/slip_print.py",
}

_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
_CSS_COLOUR = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-color)?)\s*:[^;}]*\b(?:rgba?\(|black\b|white\b|red\b)",
    re.IGNORECASE,
)
_NAMED = {"black", "white", "red", "green", "blue", "gray", "grey", "darkGray", "lightGray"}


def _modules() -> list[Path]:
    return sorted(
        path for path in UI.rglob("*.py") if path.relative_to(UI.parent).as_posix() not in ALLOWED
    )


def _findings(path: Path) -> list[int]:
    """The lines of ``path`` that hold a fixed colour."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if _HEX.search(text) or _CSS_COLOUR.search(text):
                found.add(node.lineno)
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            if name is None and isinstance(node.func, ast.Name):
                name = node.func.id
            literal = [arg for arg in node.args if isinstance(arg, ast.Constant)]
            if name in {"QColor", "QBrush"} and literal:
                found.add(node.lineno)
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in _NAMED
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "GlobalColor"
        ):
            found.add(node.lineno)
    return sorted(found)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(UI.parent).as_posix())
def test_no_fixed_colour_in_widgets(path: Path) -> None:
    """A widget module takes its colours from the theme, never from a literal."""
    assert _findings(path) == [], (
        "fixed colour on these lines: use ui.theme.colour(name) or a label's tone property"
    )


def test_the_check_finds_a_fixed_colour(tmp_path: Path) -> None:
    """The check itself: each kind of fixed colour is found."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setStyleSheet('color: #8b1111')\n"
        "brush = QBrush(QColor('#4a4a4a'))\n"
        "pen = QColor(10, 20, 30)\n"
        "ink = Qt.GlobalColor.gray\n"
        "sheet = 'QLabel { border: 2px solid rgb(0, 0, 0) }'\n"
        "themed = 'QLabel { background: palette(base) }'\n",
        encoding="utf-8",
    )
    assert _findings(sample) == [1, 2, 3, 4, 5]
