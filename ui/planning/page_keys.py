"""The planning page's keys, for the shortcut overview (F1) and the page's own shortcuts.

The key map is shared with the registration page (issue 14): Ctrl+R means "herhaal vorige"
there and nothing here; Ctrl+T is "Vandaag" here.
"""

from __future__ import annotations

from ui.planning.texts import tr

#: (keys as shown, what they do) in the order the overview lists them.
HELP: tuple[tuple[str, str], ...] = (
    ("Ctrl+T", "Naar vandaag in het rooster"),
    ("Ctrl+G", "Ga naar datum"),
    ("Ctrl+F", "Afspraak zoeken op naam of telefoon"),
    ("Pijltjes, Home, End, Page Up/Down", "Bewegen in het rooster"),
    ("Ctrl+Page Down / Ctrl+Page Up", "Volgende / vorige dag in het rooster"),
    ("Enter of een letter typen", "Afspraak maken op een vrije plek"),
    ("F2", "Afspraak openen"),
    ("Delete", "Afspraak annuleren"),
    ("Ctrl+X", "Afspraak knippen (verplaatsen)"),
    ("Ctrl+C", "Afspraak kopiëren (de afspraak blijft staan)"),
    ("Ctrl+V", "Geknipte of gekopieerde afspraak hier neerzetten"),
    ("Esc", "Knippen of kopiëren stoppen"),
    ("Tab / Ctrl+Tab", "Het rooster verlaten: naar het volgende onderdeel"),
    ("Shift+Tab / Ctrl+Shift+Tab", "Het rooster verlaten: naar het vorige onderdeel"),
    ("Ctrl+P", "Afspraakbriefje afdrukken voor de afspraak onder de cursor"),
    ("Ctrl+Shift+P", "Daglijst afdrukken"),
    ("Ctrl+Z / Ctrl+Shift+Z", "Ongedaan maken / opnieuw"),
    ("Ctrl+E", "Uitwisselen: rooster of afspraken importeren en exporteren"),
    ("Ctrl+Shift+T", "Seizoen en rooster"),
    ("Ctrl+D", "Zijpaneel Details tonen of verbergen"),
    ("Alt+S / Alt+H / Alt+O", "Seizoen / helper / organisatie kiezen (Filter gaat open)"),
    ("Alt+G", "Naar het rooster"),
    ("Alt+D / Alt+W / Alt+A", "Dit tijdstip / Wachtlijst / Aandacht"),
)


def shortcut_help() -> list[tuple[str, str]]:
    """Return the page's keys with their Dutch descriptions (translated)."""
    return [(keys, tr(words)) for keys, words in HELP]
