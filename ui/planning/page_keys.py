"""The planning page's keys, for the shortcut overview (F1) and the page's own shortcuts.

The key map is shared with the registration page (issue 14): Ctrl+R means "herhaal vorige"
there and nothing here; Ctrl+T is "Vandaag" here.
"""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP
from ui.planning.texts import tr

#: (keys as shown, what they do) in the order the overview lists them.
HELP: tuple[tuple[str, str], ...] = (
    ("Ctrl+T", QT_TRANSLATE_NOOP("planning", "Naar vandaag in het rooster")),
    ("Ctrl+G", QT_TRANSLATE_NOOP("planning", "Ga naar datum")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("planning", "Afspraak zoeken op naam of telefoon")),
    (
        QT_TRANSLATE_NOOP("planning", "Pijltjes, Home, End, Page Up/Down"),
        QT_TRANSLATE_NOOP("planning", "Bewegen in het rooster"),
    ),
    (
        "Ctrl+Page Down / Ctrl+Page Up",
        QT_TRANSLATE_NOOP("planning", "Volgende / vorige dag in het rooster"),
    ),
    (
        QT_TRANSLATE_NOOP("planning", "Enter of een letter typen"),
        QT_TRANSLATE_NOOP("planning", "Afspraak maken op een vrije plek"),
    ),
    ("F2", QT_TRANSLATE_NOOP("planning", "Afspraak openen")),
    ("Delete", QT_TRANSLATE_NOOP("planning", "Afspraak annuleren")),
    ("Ctrl+X", QT_TRANSLATE_NOOP("planning", "Afspraak knippen (verplaatsen)")),
    ("Ctrl+C", QT_TRANSLATE_NOOP("planning", "Afspraak kopiëren (de afspraak blijft staan)")),
    ("Ctrl+V", QT_TRANSLATE_NOOP("planning", "Geknipte of gekopieerde afspraak hier neerzetten")),
    ("Esc", QT_TRANSLATE_NOOP("planning", "Knippen of kopiëren stoppen")),
    (
        "Tab / Ctrl+Tab",
        QT_TRANSLATE_NOOP("planning", "Het rooster verlaten: naar het volgende onderdeel"),
    ),
    (
        "Shift+Tab / Ctrl+Shift+Tab",
        QT_TRANSLATE_NOOP("planning", "Het rooster verlaten: naar het vorige onderdeel"),
    ),
    (
        "Ctrl+P",
        QT_TRANSLATE_NOOP("planning", "Afspraakbriefje afdrukken voor de afspraak onder de cursor"),
    ),
    ("Ctrl+Shift+P", QT_TRANSLATE_NOOP("planning", "Daglijst afdrukken")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("planning", "Ongedaan maken / opnieuw")),
    (
        "Ctrl+E",
        QT_TRANSLATE_NOOP("planning", "Uitwisselen: rooster of afspraken importeren en exporteren"),
    ),
    ("Ctrl+Shift+T", QT_TRANSLATE_NOOP("planning", "Seizoen en rooster")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("planning", "Zijpaneel Details tonen of verbergen")),
    (
        "Alt+S / Alt+H / Alt+O",
        QT_TRANSLATE_NOOP("planning", "Seizoen / helper / organisatie kiezen (Filter gaat open)"),
    ),
    ("Alt+G", QT_TRANSLATE_NOOP("planning", "Naar het rooster")),
    (
        "Alt+D / Alt+W / Alt+A",
        QT_TRANSLATE_NOOP("planning", "Dit tijdstip / Wachtlijst / Aandacht"),
    ),
)


def shortcut_help() -> list[tuple[str, str]]:
    """Return the page's keys with their descriptions, in the chosen language."""
    return [(tr(keys), tr(words)) for keys, words in HELP]
