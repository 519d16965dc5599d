"""The words for the Overzicht's codes (``overview.*``): a custom period that cannot be."""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "overview"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {
    "overview.range_reversed": QT_TRANSLATE_NOOP(
        "overview", "De laatste dag ligt vóór de eerste dag."
    ),
    "overview.range_too_long": QT_TRANSLATE_NOOP("overview", "Kies hoogstens 5 jaar tegelijk."),
}
