"""The words for a save the environment stopped (``storage.*``: a full disk, a lock)."""

from __future__ import annotations

from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "storage"
DYNAMIC_PREFIXES: tuple[str, ...] = ("storage.",)  # from the SQLite error code
TEXTS: dict[str, str] = {
    "storage.full": QT_TRANSLATE_NOOP(
        "storage",
        "De schijf is vol: dit is niet opgeslagen. Wat eerder is opgeslagen, is veilig. Maak "
        "ruimte vrij op de schijf of waarschuw de ICT-afdeling, en probeer het dan opnieuw.",
    ),
    "storage.locked": QT_TRANSLATE_NOOP(
        "storage",
        "Het bestand met de registraties is even bezet: de registratie is niet opgeslagen. "
        "Probeer het zo opnieuw.",
    ),
    "storage.readonly": QT_TRANSLATE_NOOP(
        "storage",
        "In het bestand met de registraties kan niets worden bijgeschreven. Waarschuw de "
        "ICT-afdeling; eerdere registraties zijn veilig.",
    ),
    "storage.io": QT_TRANSLATE_NOOP(
        "storage",
        "De schijf gaf een fout bij het opslaan. Eerdere registraties zijn veilig. "
        "Probeer het opnieuw of waarschuw de ICT-afdeling.",
    ),
    "storage.cantopen": QT_TRANSLATE_NOOP(
        "storage",
        "Het bestand met de registraties gaat niet open. Waarschuw de ICT-afdeling.",
    ),
    "storage.corrupt": QT_TRANSLATE_NOOP(
        "storage",
        "Het bestand met de registraties is beschadigd. Sluit IDO Kiosk en start de app "
        "opnieuw: dan wordt de laatste goede reservekopie teruggezet. Verzonden registraties "
        "staan veilig op de server.",
    ),
    "storage.newer": QT_TRANSLATE_NOOP(
        "storage",
        "Deze gegevens zijn gemaakt met een nieuwere versie van IDO Kiosk. Installeer die "
        "versie (of waarschuw de ICT-afdeling); er is niets veranderd.",
    ),
}
