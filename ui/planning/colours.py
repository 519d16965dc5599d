"""The planning grid's colours in each theme (``ui.theme``), read when it paints.

:func:`cell_colours` gives them for the theme in use: in the normal theme light Okabe–Ito tints
behind dark text; in high contrast every cell is black with white (or light grey) text and the
kind shows as a coloured stripe on the cell's left edge (no text is ever drawn on a colour), the
cursor's cell is yellow with black text and its frame the theme's focus colour. The print
modules print on white paper and keep their own colours. Like ``ui/theme.py`` this module holds
colour literals: it is where the grid's theme lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QBrush, QColor

from ui import theme

#: Okabe–Ito base colours (safe for the common colour-vision deficiencies); the grid paints
#: light tints of them in the normal theme, so dark text stays readable on them.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


def tint(hex_colour: str, amount: float) -> QColor:
    """Return *hex_colour* mixed with white (*amount* 0..1 of the colour)."""
    base = QColor(hex_colour)
    return QColor(
        round(255 - (255 - base.red()) * amount),
        round(255 - (255 - base.green()) * amount),
        round(255 - (255 - base.blue()) * amount),
    )


#: The normal theme's background of the cell kinds with bookings (see
#: :func:`ui.planning.texts.cell_kind`); the kinds without ("none", "closed", "free") and the
#: high-contrast theme take ``ui.theme``'s colours.
KIND_COLOURS = {
    "partial": tint(OKABE_ITO["sky_blue"], 0.18),
    "full": tint(OKABE_ITO["sky_blue"], 0.45),
    "over": tint(OKABE_ITO["reddish_purple"], 0.40),
    "conflict": tint(OKABE_ITO["orange"], 0.50),
    "done": tint(OKABE_ITO["bluish_green"], 0.35),
}


#: Cell kinds whose text is muted (no booking in them).
QUIET = frozenset({"none", "closed", "free"})
#: The kind's stripe in high contrast (Okabe–Ito; only a marker, never behind text).
STRIPES = {
    "partial": OKABE_ITO["sky_blue"],
    "full": OKABE_ITO["blue"],
    "over": OKABE_ITO["reddish_purple"],
    "conflict": OKABE_ITO["orange"],
    "done": OKABE_ITO["bluish_green"],
}
STRIPE_WIDTH = 6


@dataclass(frozen=True)
class CellColours:
    """The grid's colours in one theme."""

    backgrounds: dict[str, QBrush]
    texts: dict[str, QColor]
    stripes: dict[str, QColor]
    selected_back: QBrush
    selected_text: QColor
    separator: QColor
    focus: QColor

    def background(self, kind: str) -> QBrush:
        """Return the fill of a cell of *kind*."""
        return self.backgrounds[kind]

    def text(self, kind: str, *, selected: bool = False) -> QColor:
        """Return the text colour of a cell of *kind* (on the selection's fill when *selected*)."""
        return self.selected_text if selected else self.texts[kind]


@cache
def _colours_of(contrast: str) -> CellColours:
    table = theme.COLOURS[contrast]

    def named(name: str) -> QColor:
        return QColor(table[name])

    high = contrast == "high"
    backgrounds = dict(KIND_COLOURS)
    backgrounds["none"] = named("closed_back")
    backgrounds["closed"] = named("closed_back").darker(112)
    backgrounds["free"] = named("back")
    if high:
        backgrounds = {kind: named("back") for kind in backgrounds}
    return CellColours(
        backgrounds={kind: QBrush(colour) for kind, colour in backgrounds.items()},
        texts={
            kind: named("muted_text") if kind in QUIET else named("text") for kind in backgrounds
        },
        stripes={kind: QColor(hex_colour) for kind, hex_colour in STRIPES.items()} if high else {},
        selected_back=QBrush(named("selected_back")),
        selected_text=named("selected_text"),
        separator=named("separator"),
        focus=named("focus"),
    )


def cell_colours(contrast: str | None = None) -> CellColours:
    """Return the grid's colours for *contrast* (default: the theme in use)."""
    return _colours_of(contrast or theme.current_contrast())
