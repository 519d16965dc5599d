"""The words of the exports (``ido-kiosk report``, the Overzicht's Exporteren): context Report.

:func:`report_words` gives every word a sheet holds, in the language chosen for the file
(Dutch by default, English on request), whatever language the desk shows: a coordinator who
reads English gets an English sheet from a Dutch desk. :func:`about_lines` writes the first
sheet's explanation. The messages to the clerk (:func:`written_text`, :func:`failure_text`)
are in the desk's own language, like every other message.

Dates in words go through the language's :class:`QLocale`; catalogue labels come from the
catalogue itself (:mod:`kiosk.report.questions`).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator

from kiosk.report.words import ReportWords
from ui.i18n import LOCALES, current_language, translations_folder
from ui.marks import QT_TRANSLATE_NOOP
from ui.words import overview

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.locations import DeskInfo
    from kiosk.overview.periods import Period
    from kiosk.report.writer import ReportResult

CONTEXT: Final = "Report"
Translate = Callable[[str], str]


COLUMNS: Final = {
    "visit": QT_TRANSLATE_NOOP("Report", "bezoek (id)"),
    "position": QT_TRANSLATE_NOOP("Report", "vraagnummer"),
    "date": QT_TRANSLATE_NOOP("Report", "datum"),
    "time": QT_TRANSLATE_NOOP("Report", "tijd"),
    "weekday": QT_TRANSLATE_NOOP("Report", "weekdag"),
    "channel": QT_TRANSLATE_NOOP("Report", "kanaal (code)"),
    "channel_label": QT_TRANSLATE_NOOP("Report", "kanaal"),
    "duration": QT_TRANSLATE_NOOP("Report", "duur (code)"),
    "duration_label": QT_TRANSLATE_NOOP("Report", "duur"),
    "mode": QT_TRANSLATE_NOOP("Report", "werkwijze (code)"),
    "mode_label": QT_TRANSLATE_NOOP("Report", "werkwijze"),
    "entry": QT_TRANSLATE_NOOP("Report", "invoer (code)"),
    "entry_label": QT_TRANSLATE_NOOP("Report", "invoer"),
    "correction": QT_TRANSLATE_NOOP("Report", "gecorrigeerd"),
    "kind": QT_TRANSLATE_NOOP("Report", "soort vraag (code)"),
    "kind_label": QT_TRANSLATE_NOOP("Report", "soort vraag"),
    "organisation": QT_TRANSLATE_NOOP("Report", "organisatie (code)"),
    "organisation_label": QT_TRANSLATE_NOOP("Report", "organisatie"),
    "layer": QT_TRANSLATE_NOOP("Report", "bestuurslaag (code)"),
    "layer_label": QT_TRANSLATE_NOOP("Report", "bestuurslaag"),
    "topic": QT_TRANSLATE_NOOP("Report", "onderwerp (code)"),
    "topic_label": QT_TRANSLATE_NOOP("Report", "onderwerp"),
    "digid_followup": QT_TRANSLATE_NOOP("Report", "DigiD-vervolg (code)"),
    "digid_followup_label": QT_TRANSLATE_NOOP("Report", "DigiD-vervolg"),
    "help": QT_TRANSLATE_NOOP("Report", "geboden hulp (codes)"),
    "help_label": QT_TRANSLATE_NOOP("Report", "geboden hulp"),
    "referral": QT_TRANSLATE_NOOP("Report", "doorverwezen naar (codes)"),
    "referral_label": QT_TRANSLATE_NOOP("Report", "doorverwezen naar"),
}
SHEETS: Final = {
    "about": QT_TRANSLATE_NOOP("Report", "Toelichting"),
    "summary": QT_TRANSLATE_NOOP("Report", "Samenvatting"),
    "questions": QT_TRANSLATE_NOOP("Report", "Vragen"),
    "season": QT_TRANSLATE_NOOP("Report", "Belastinghulp {year}"),
}
SUMMARY: Final = {
    "title": QT_TRANSLATE_NOOP(
        "Report", "Samenvatting in de indeling van de landelijke IDO-registratie"
    ),
    "totals": QT_TRANSLATE_NOOP("Report", "Totalen"),
    "visits": QT_TRANSLATE_NOOP("Report", "Bezoeken"),
    "questions": QT_TRANSLATE_NOOP("Report", "Vragen"),
    "months": QT_TRANSLATE_NOOP("Report", "Per maand"),
    "month": QT_TRANSLATE_NOOP("Report", "Maand"),
    "channel": QT_TRANSLATE_NOOP("Report", "Kanaal (per bezoek)"),
    "duration": QT_TRANSLATE_NOOP("Report", "Duur van het gesprek (per bezoek)"),
    "kind": QT_TRANSLATE_NOOP("Report", "Soort vraag"),
    "organisation": QT_TRANSLATE_NOOP("Report", "Organisatie waar de vraag over gaat"),
    "layer": QT_TRANSLATE_NOOP("Report", "Bestuurslaag van die organisatie"),
    "topic": QT_TRANSLATE_NOOP("Report", "Onderwerp"),
    "digid_followup": QT_TRANSLATE_NOOP("Report", "DigiD-vervolg"),
    "help": QT_TRANSLATE_NOOP("Report", "Geboden hulp"),
    "referral": QT_TRANSLATE_NOOP("Report", "Doorverwezen naar"),
    "code": QT_TRANSLATE_NOOP("Report", "Code"),
    "label": QT_TRANSLATE_NOOP("Report", "Omschrijving"),
    "count": QT_TRANSLATE_NOOP("Report", "Aantal"),
    "total": QT_TRANSLATE_NOOP("Report", "Totaal"),
    "unknown": QT_TRANSLATE_NOOP("Report", "Onbekend"),
    "none": QT_TRANSLATE_NOOP("Report", "Geen"),
    "per_code": QT_TRANSLATE_NOOP(
        "Report",
        "Een vraag met meer antwoorden telt bij elk antwoord mee. Het totaal is dus groter "
        "dan het aantal vragen.",
    ),
}
SEASON: Final = {
    "title": QT_TRANSLATE_NOOP("Report", "Belastinghulp, seizoen {year}"),
    "note": QT_TRANSLATE_NOOP(
        "Report", "Het hele seizoen, alleen aantallen: geen namen of telefoonnummers van bezoekers."
    ),
    "weeks": QT_TRANSLATE_NOOP("Report", "Per week"),
    "week": QT_TRANSLATE_NOOP("Report", "Week"),
    "monday": QT_TRANSLATE_NOOP("Report", "Maandag"),
    "helpers": QT_TRANSLATE_NOOP("Report", "Per helper"),
    "helper": QT_TRANSLATE_NOOP("Report", "Helper"),
    "partners": QT_TRANSLATE_NOOP("Report", "Per organisatie"),
    "partner": QT_TRANSLATE_NOOP("Report", "Organisatie"),
    "booked": QT_TRANSLATE_NOOP("Report", "Geboekt"),
    "attended": QT_TRANSLATE_NOOP("Report", "Gekomen"),
    "no_show": QT_TRANSLATE_NOOP("Report", "Niet gekomen"),
    "cancelled": QT_TRANSLATE_NOOP("Report", "Geannuleerd"),
    "total": QT_TRANSLATE_NOOP("Report", "Totaal"),
    "waiting": QT_TRANSLATE_NOOP("Report", "Wachtlijst"),
    "waiting_total": QT_TRANSLATE_NOOP("Report", "Aangemeld op de wachtlijst"),
    "waiting_served": QT_TRANSLATE_NOOP("Report", "Vanaf de wachtlijst geboekt"),
}
MODES: Final = {
    "counter": QT_TRANSLATE_NOOP("Report", "Vaste balie"),
    "walking": QT_TRANSLATE_NOOP("Report", "Lopend IDO"),
}
ENTRIES: Final = {
    "live": QT_TRANSLATE_NOOP("Report", "Direct ingevoerd"),
    "tally": QT_TRANSLATE_NOOP("Report", "Turflijst"),
    "backdated": QT_TRANSLATE_NOOP("Report", "Later ingevoerd"),
}
_YES, _NO = QT_TRANSLATE_NOOP("Report", "ja"), QT_TRANSLATE_NOOP("Report", "nee")
_ABOUT_TITLE = QT_TRANSLATE_NOOP("Report", "Export van de IDO-registratie")
_ABOUT: Final = {
    "period": QT_TRANSLATE_NOOP("Report", "Periode"),
    "desk": QT_TRANSLATE_NOOP("Report", "Balie"),
    "no_desk": QT_TRANSLATE_NOOP("Report", "Nog niet ingesteld"),
    "made": QT_TRANSLATE_NOOP("Report", "Gemaakt op"),
    "counted": QT_TRANSLATE_NOOP("Report", "Zo is geteld"),
    "counted_text": QT_TRANSLATE_NOOP(
        "Report",
        "Een bezoek dat ongeldig is gemaakt, telt niet mee. Een gecorrigeerd bezoek telt één "
        "keer mee, zoals de correctie het zegt, op de dag van het eerste bezoek. Dag en tijd "
        "zijn de tijd waarop het bezoek plaatsvond, op de plek zelf.",
    ),
    "sheets": QT_TRANSLATE_NOOP("Report", "Tabbladen"),
    "sheets_text": QT_TRANSLATE_NOOP(
        "Report",
        "Samenvatting: de totalen in de indeling van het landelijke IDO-registratieformulier, "
        "om over te nemen. Vragen: één regel per vraag, met de gegevens van het bezoek. "
        "Belastinghulp: het hele seizoen, als het in deze periode valt.",
    ),
    "privacy": QT_TRANSLATE_NOOP("Report", "Privacy"),
    "privacy_text": QT_TRANSLATE_NOOP(
        "Report",
        "Notities staan nooit in een export. Er staan geen namen of telefoonnummers van "
        "bezoekers in.",
    ),
    "lists": QT_TRANSLATE_NOOP("Report", "Keuzelijsten"),
    "lists_text": QT_TRANSLATE_NOOP(
        "Report", "Omschrijvingen uit de keuzelijsten van versie {version}."
    ),
}
_translators: dict[str, QTranslator] = {}


def translator(language: str) -> Translate:
    """Return a function that puts a ``Report`` source text into *language*.

    The desk's own language goes through the installed translators; Dutch is the source
    itself; another language loads its ``.qm`` once (a missing file: the Dutch source).
    """
    if language == current_language():
        return lambda source: QCoreApplication.translate(CONTEXT, source)
    if language not in LOCALES or language == "nl":
        return lambda source: source
    loaded = _translators.get(language)
    if loaded is None:
        loaded = QTranslator()
        loaded.load(f"ido_kiosk_{language}", str(translations_folder()))
        _translators[language] = loaded
    found = loaded
    return lambda source: found.translate(CONTEXT, source) or source


def report_words(language: str = "nl") -> ReportWords:
    """Return every word of an export in *language* (``nl`` or ``en``)."""
    t = translator(language)
    here = QLocale(LOCALES.get(language, LOCALES["nl"]))
    return ReportWords(
        language=language if language in LOCALES else "nl",
        columns={k: t(v) for k, v in COLUMNS.items()},
        sheets={k: t(v) for k, v in SHEETS.items()},
        summary={k: t(v) for k, v in SUMMARY.items()},
        season={k: t(v) for k, v in SEASON.items()},
        modes={k: t(v) for k, v in MODES.items()},
        entries={k: t(v) for k, v in ENTRIES.items()},
        weekdays=tuple(here.dayName(d, QLocale.FormatType.LongFormat) for d in range(1, 8)),
        months=tuple(here.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)),
        yes=t(_YES),
        no=t(_NO),
        about_title=t(_ABOUT_TITLE),
    )


def about_lines(
    period: Period,
    desk: DeskInfo | None,
    made: datetime,
    catalogue_version: int,
    language: str = "nl",
) -> list[tuple[str, str]]:
    """Return the first sheet's (label, text) lines in *language*."""
    t = translator(language)
    here = QLocale(LOCALES.get(language, LOCALES["nl"]))
    days = [here.toString(QDate(d.year, d.month, d.day), "d MMMM yyyy") for d in _ends(period)]
    moment = QDateTime(QDate(made.year, made.month, made.day), QTime(made.hour, made.minute))
    where = (
        t(_ABOUT["no_desk"])
        if desk is None
        else f"{desk.desk_name}, {desk.ido_name}, {desk.branch} ({desk.municipality})"
    )
    return [
        (t(_ABOUT["period"]), " – ".join(days)),
        (t(_ABOUT["desk"]), where),
        (t(_ABOUT["made"]), here.toString(moment, "d MMMM yyyy HH:mm")),
        (t(_ABOUT["counted"]), t(_ABOUT["counted_text"])),
        (t(_ABOUT["sheets"]), t(_ABOUT["sheets_text"])),
        (t(_ABOUT["privacy"]), t(_ABOUT["privacy_text"])),
        (t(_ABOUT["lists"]), t(_ABOUT["lists_text"]).format(version=catalogue_version)),
    ]


def for_kiosk(
    kiosk: Kiosk, period: Period, language: str = "nl"
) -> tuple[ReportWords, list[tuple[str, str]]]:
    """Return the words and the explanation of an export of *kiosk*'s *period*, now."""
    desk, version = kiosk.locations.current(), kiosk.catalogues.current.version
    about = about_lines(period, desk, datetime.now(), version, language)
    return report_words(language), about


def _ends(period: Period) -> tuple[date, ...]:
    return (period.first,) if period.first == period.last else (period.first, period.last)


def written_text(result: ReportResult) -> str:
    """Return "Opgeslagen in {path}: 12 vragen van 9 bezoeken." in the desk's language."""
    questions = QCoreApplication.translate("Report", "%n vragen", None, result.questions)
    visits = QCoreApplication.translate("Report", "%n bezoeken", None, result.visits)
    return QCoreApplication.translate(
        "Report", "Opgeslagen in {path}: {questions} van {visits}."
    ).format(path=result.path.absolute(), questions=questions, visits=visits)


_DISK_FULL = QT_TRANSLATE_NOOP(
    "Report",
    "De export is niet opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek.",
)
_IN_USE = QT_TRANSLATE_NOOP(
    "Report",
    "De export is niet opgeslagen: het bestand is nog open, bijvoorbeeld in Excel, of u mag "
    "in deze map niet opslaan. Sluit het bestand, of kies een andere map.",
)
_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Report", "De export is niet opgeslagen: deze map bestaat niet. Kies een andere map."
)
_OTHER = QT_TRANSLATE_NOOP(
    "Report",
    "De export is niet opgeslagen ({reason}). Kies een andere plek en probeer het opnieuw.",
)
#: What is wrong with the command line's input, by code (the last two from kiosk.overview).
_USAGE: Final = {
    "file_type": QT_TRANSLATE_NOOP("Report", "Kies een bestand dat eindigt op .xlsx of .csv."),
    "no_period": QT_TRANSLATE_NOOP(
        "Report",
        "Kies een periode: --from en --to met twee datums, of --period (bijvoorbeeld month).",
    ),
    "period_and_dates": QT_TRANSLATE_NOOP(
        "Report", "Kies --period of --from en --to, niet allebei."
    ),
    "previous_alone": QT_TRANSLATE_NOOP(
        "Report", "--previous hoort bij --period, bijvoorbeeld --period month --previous."
    ),
    "date_format": QT_TRANSLATE_NOOP(
        "Report", "Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-01-31."
    ),
}
_CRASHED = QT_TRANSLATE_NOOP(
    "Report",
    "De export is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de "
    "ICT-afdeling ({path}).",
)
#: Windows' "in use by another process" errors (a file open in Excel).
_SHARING: Final = (32, 33)


def failure_text(error: OSError) -> str:
    """Return in plain words why the export could not be written (desk's language)."""
    number = error.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        source = _DISK_FULL
    elif (
        isinstance(error, PermissionError)
        or number in (errno.EROFS, errno.EBUSY)
        or getattr(error, "winerror", None) in _SHARING
    ):
        source = _IN_USE
    elif isinstance(error, FileNotFoundError | NotADirectoryError):
        source = _NO_FOLDER
    else:
        source = _OTHER
    return QCoreApplication.translate(CONTEXT, source).format(
        reason=error.strerror or type(error).__name__
    )


def usage_text(code: str) -> str:
    """Return what is wrong with the input, for a code of :data:`_USAGE` or an ``overview.*``."""
    if code in overview.TEXTS:
        return QCoreApplication.translate(overview.CONTEXT, overview.TEXTS[code])
    return QCoreApplication.translate(CONTEXT, _USAGE.get(code) or _USAGE["no_period"])


def crashed_text(crash_log: object) -> str:
    """Return the message for an export stopped by a bug; *crash_log* is where it is told."""
    return QCoreApplication.translate(CONTEXT, _CRASHED).format(path=crash_log)
