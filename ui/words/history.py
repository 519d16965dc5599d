"""The words for the history codes (``history.*``): past visits beyond today."""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "history"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {
    "history.outside_window": QT_TRANSLATE_NOOP(
        "history",
        "Dit bezoek is ouder dan {days} dagen. Dan kunt u het niet meer veranderen. "
        "Vraag de teamleider.",
    ),
}
