"""The words for the visitor survey's codes (``survey.*``), for the staff who see a log or a bug."""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "survey"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {
    "survey.unknown_answer": QT_TRANSLATE_NOOP(
        "survey",
        "Dit antwoord hoort niet bij deze vragenlijst. De antwoorden zijn niet bewaard.",
    ),
}
