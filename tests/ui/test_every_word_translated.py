"""In English, no Dutch on any page or dialog (issue 15: "no Dutch word in the English one").

The app is opened in English on sample data (:func:`tests.ui.language_walk.tour`: the
screenshots' scenes plus the search, exchange, print previews and void dialog) and every text a
user can read or hear is checked. A text is Dutch when

* it is a Dutch source text of ``ido_kiosk_nl.ts`` whose English is different (the translation
  did not reach the screen: not translatable, translated in the wrong context, or set once and
  not again on the language switch), or
* it holds a word from :data:`DUTCH_WORDS`, words that are unmistakably Dutch and never English.

Names in the sample data are not the app's words: :data:`SAMPLE_NAMES` lists them (people,
helpers, partners, the library, branch and desk, and what the sample clerk typed) and they are
taken out of a text before it is checked. Add a name there only when it is data, never a word
of the app.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.language_walk import SCREENS, STOPPED, SWITCH_SCREENS, Text, texts_in, tour
from tools import translations
from tools.translations import read_ts

#: Words that are Dutch and not English (whole words, any case). Short common words such as
#: "de", "in", "is", "was", "met", "die" are left out: they are English too or hit names.
DUTCH_WORDS = (
    "het",
    "een",
    "niet",
    "voor",
    "van",
    "naar",
    "ook",
    "wordt",
    "zijn",
    "deze",
    "geen",
    "nog",
    "bij",
    "uit",
    "kies",
    "klik",
    "alle",
    "welke",
    "wilt",
    "u",
    "bezoek",
    "bezoeken",
    "vraag",
    "vragen",
    "opslaan",
    "annuleren",
    "sluiten",
    "vandaag",
    "gisteren",
    "morgen",
    "gegevens",
    "afspraak",
    "afspraken",
    "balie",
    "instellingen",
    "taal",
    "wacht",
    "wachten",
    "verzonden",
    "verwijderen",
    "zoeken",
    "afdrukken",
    "terug",
    "volgende",
    "vorige",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "januari",
    "februari",
    "maart",
    "mei",
    "juni",
    "juli",
    "augustus",
    "oktober",
    "uur",
    "tijd",
    "datum",
    "naam",
    "telefoon",
    "opmerking",
    "seizoen",
    "rooster",
    "hulp",
    "dag",
    "aantal",
    "opnieuw",
    "gekoppeld",
    "verbonden",
    "geboekt",
    "geannuleerd",
    "verschenen",
    "voorlopig",
    "inloop",
    "waarom",
    "reden",
    "tijdstip",
    "kanaal",
    "onderwerp",
    "notitie",
    "registratie",
    "registraties",
    "wijzigingen",
    "geweigerd",
    "koppelen",
    "synchronisatie",
    "vrijwilliger",
    "gemeente",
)
#: Quoted words ('dag': a column of the availability file) and e-mail addresses are not checked.
_QUOTED = re.compile(r"(?<!\w)'[^']*'(?!\w)|\S+@\S+")  # not a possessive (visitors')
_DUTCH = re.compile(r"(?<![\w-])(" + "|".join(DUTCH_WORDS) + r")(?![\w-])", re.IGNORECASE)

#: The sample data's names and the texts the sample clerk typed (tools.demo_data,
#: kiosk.locations.demo_location, tools.screenshots). Data, not the app's words.
SAMPLE_NAMES = (
    "DEMO – Bibliotheek Voorbeeldstad",
    "Centrum (Bibliotheek Voorbeeldstad)",
    "Vestiging Centrum (demo)",
    "IDO Centrum (demo)",
    "Voorbeeldstad",
    "Demobalie",
    "sync.bibliotheek-voorbeeld.nl",
    "Belastinghulp 2027",
    "FNV Belastingservice",
    "Humanitas",
    "HUBA (ouderenbond)",
    "Anna de Boer",
    "Bert Smit",
    "Carla Yilmaz",
    "Dirk Hoekstra",
    "Personeelsdag bibliotheek",
    "J. Jansen",
    "P. de Vries",
    "A. Öztürk",
    "M. Bakker",
    "S. Visser",
    "H. Mulder",
    "E. Bos",
    "T. Lam",
    "R. Kok",
    "L. Smits",
    "K. Hendriks",
    "W. de Wit",
    "G. Peters",
    "N. Ahmadi",
    "F. el Amrani",
    "Koningsdag",  # a public holiday's name, closed by the sample season
    "dubbel geregistreerd",
    "belde af",
    "Bellen naar 06-12345678 voor terugbelverzoek",
    "Machtigingscode: KX7P-42MB-QR9T",
)

#: Texts meant in both languages, so that someone who reads only one finds them ("Taal /
#: Language" heads the language setting).
BOTH_LANGUAGES = frozenset({"Taal / Language"})

#: Screens still Dutch in places, by the area that fixes them (xfail until then).
KNOWN: dict[str, str] = {}
#: Screens that keep Dutch texts after the switch to English (xfail until fixed).
KNOWN_AFTER_SWITCH: dict[str, str] = {}

DUTCH_TS = translations.TS_DIR / "ido_kiosk_nl.ts"
ENGLISH_TS = translations.TS_DIR / "ido_kiosk_en.ts"
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def _texts_of(path: Path) -> dict[str, str]:
    """Return source -> translation for the singular messages without placeholders."""
    return {
        entry.source: entry.translations[0]
        for entry in read_ts(path)
        if not entry.numerus and entry.translations and not _PLACEHOLDER.search(entry.source)
    }


def dutch_sources() -> set[str]:
    """Return the Dutch source texts whose English is a different text (as the user reads it)."""
    english = _texts_of(ENGLISH_TS)
    said_in_english = {_read(text) for text in english.values()}
    return {
        _read(source)
        for source, text in english.items()
        if _read(text) != _read(source) and _read(source) not in said_in_english
    }


def _read(text: str) -> str:
    """Return *text* as a user reads it: no ``&`` accelerators, whitespace collapsed."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def without_names(text: str) -> str:
    """Return *text* without the sample data's names (:data:`SAMPLE_NAMES`) and quoted words."""
    for name in SAMPLE_NAMES:
        text = text.replace(name, " ")
    return _QUOTED.sub(" ", text)


def dutch_in(texts: list[Text], sources: set[str]) -> list[str]:
    """Return the texts of *texts* that are Dutch, each with its place and the reason."""
    found: list[str] = []
    for item in texts:
        rest = without_names(item.text)
        if not rest.strip() or item.text in BOTH_LANGUAGES:
            continue
        if item.text in sources:
            found.append(f"{item} (a Dutch source text)")
            continue
        words = sorted({m.lower() for m in _DUTCH.findall(rest)})
        if words:
            found.append(f"{item} (Dutch: {', '.join(words)})")
    return found


@pytest.fixture(scope="module")
def english(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[Text]]]:
    """Every screen's texts in English (the app switched back to Dutch afterwards)."""
    yield from texts_in(qapp, "en", tmp_path_factory)


@pytest.fixture(scope="module")
def switched(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, list[Text]]]:
    """The open screens' texts after switching the running app from Dutch to English."""
    from ui.i18n import install_language

    if translations.stale():
        translations.build()
    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("home-switch")
        patch.setenv("KIOSK_HOME", str(home))
        try:
            yield tour(qapp, "nl", home, switch_to="en")
        finally:
            install_language(qapp, "nl")


def _screens(names: tuple[str, ...] = SCREENS, known: dict[str, str] | None = None) -> list[object]:
    known = KNOWN if known is None else known
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=known[name]))
        if name in known
        else name
        for name in names
    ]


@pytest.mark.parametrize("screen", _screens())
def test_no_dutch_on_the_english_screen(english: dict[str, list[Text]], screen: str) -> None:
    stopped = english.get(STOPPED, [])
    assert screen in english, f"the tour did not reach {screen}: {[str(t) for t in stopped]}"
    texts = english[screen]
    assert texts, f"no texts found on {screen}"
    found = dutch_in(texts, dutch_sources())
    assert not found, f"Dutch on {screen} in English:\n" + "\n".join(found)


@pytest.mark.parametrize("screen", _screens(SWITCH_SCREENS, KNOWN_AFTER_SWITCH))
def test_no_dutch_left_after_switching_to_english(
    switched: dict[str, list[Text]], screen: str
) -> None:
    """Switched in the settings, an open screen re-sets every text it set in code."""
    stopped = switched.get(STOPPED, [])
    assert screen in switched, f"the tour did not reach {screen}: {[str(t) for t in stopped]}"
    found = dutch_in(switched[screen], dutch_sources())
    assert not found, f"Dutch on {screen} after switching to English:\n" + "\n".join(found)


def test_the_check_finds_dutch_and_lets_english_and_names_pass() -> None:
    sources = {"Opslaan", "Bezoek registreren"}
    texts = [
        Text("Opslaan", "Page > QPushButton", "button"),
        Text("Geen verbinding met de server", "Page > QLabel", "label"),
        Text("Save the visit", "Page > QLabel", "label"),
        Text("Anna de Boer, 10:30 (Humanitas)", "Grid", "cell"),
        Text("Help with the tax return: not sent yet", "Page > QLabel", "label"),
        Text("Bellen naar 06-12345678 voor terugbelverzoek", "Table", "cell"),
    ]
    found = dutch_in(texts, sources)
    assert len(found) == 2
    assert "Opslaan" in found[0] and "Dutch source" in found[0]
    assert "geen" in found[1]


def test_no_dutch_word_is_an_english_translation_word() -> None:
    """The word list has no false hits on the English of the .ts file."""
    english = without_names(" ".join(_texts_of(ENGLISH_TS).values()))
    hits = sorted({m.lower() for m in _DUTCH.findall(english)})
    assert not hits, f"these words occur in the English translations: {hits}"
