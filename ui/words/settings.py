"""The words for the settings codes (``settings.*``)."""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "settings"
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {
    "settings.idle_minutes_range": QT_TRANSLATE_NOOP(
        "settings",
        "Kies een wachttijd van 0 tot {max} minuten (0: het scherm gaat nooit vanzelf op slot).",
    ),
    "settings.contrast_unknown": QT_TRANSLATE_NOOP(
        "settings", "Kies een contrast: automatisch, normaal of hoog."
    ),
    "settings.language_unknown": QT_TRANSLATE_NOOP(
        "settings", "Kies een taal: Nederlands of Engels."
    ),
    "settings.history_days_range": QT_TRANSLATE_NOOP(
        "settings", "Kies van {min} tot {max} dagen terug."
    ),
    "settings.backups_kept_range": QT_TRANSLATE_NOOP(
        "settings", "Bewaar van {min} tot {max} reservekopieën."
    ),
    "settings.pin_digits": QT_TRANSLATE_NOOP(
        "settings", "Een pincode heeft {min} tot {max} cijfers, en alleen cijfers."
    ),
}
