"""The words for the ``planning`` codes (Dutch source texts, for Qt Linguist).

Belastinghulp: seasons, helpers, templates, slots, bookings, the waiting list and the import
of helpers' availability sheets. Parameters are names, counts, times (``HH:MM``) and dates
(``dd-mm-jjjj``) as the core gives them; a weekday comes as its number (1 = maandag) and
:data:`SHAPES` turns it into its name. An import problem of one row is ``planning.import.row``
with the row's number and the problem's own code and parameters ("Rij 4: ...").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.errors import Message, Param
from ui.i18n import LOCALES, current_language
from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "planning"
#: Code prefixes whose codes are made from data (a server's reason code), not literals.
#: ``planning.gone.<record>``: a season, organisation, helper, template or closure that is gone.
DYNAMIC_PREFIXES: tuple[str, ...] = ("planning.gone.",)
TEXTS: dict[str, str] = {
    # -- records that are gone ------------------------------------------------------------
    "planning.gone.season": QT_TRANSLATE_NOOP("planning", "Dit seizoen bestaat niet (meer)."),
    "planning.gone.partner": QT_TRANSLATE_NOOP("planning", "Deze organisatie bestaat niet (meer)."),
    "planning.gone.helper": QT_TRANSLATE_NOOP("planning", "Deze hulp bestaat niet (meer)."),
    "planning.gone.template": QT_TRANSLATE_NOOP("planning", "Dit sjabloon bestaat niet (meer)."),
    "planning.gone.closure": QT_TRANSLATE_NOOP("planning", "Deze sluiting bestaat niet (meer)."),
    "planning.partner.not_found": QT_TRANSLATE_NOOP(
        "planning", "Die organisatie bestaat niet (meer)."
    ),
    "planning.helper.not_found": QT_TRANSLATE_NOOP("planning", "Die hulp bestaat niet (meer)."),
    "planning.slot.gone": QT_TRANSLATE_NOOP("planning", "Dit tijdvak bestaat niet (meer)."),
    "planning.booking.gone": QT_TRANSLATE_NOOP("planning", "Deze afspraak bestaat niet (meer)."),
    "planning.waiting.gone": QT_TRANSLATE_NOOP(
        "planning", "Deze aanmelding staat niet (meer) op de wachtlijst."
    ),
    # -- seasons, organisations, helpers ----------------------------------------------------
    "planning.season.name_missing": QT_TRANSLATE_NOOP("planning", "Geef het seizoen een naam."),
    "planning.season.ends_before_starts": QT_TRANSLATE_NOOP(
        "planning", "De laatste dag ligt vóór de eerste dag."
    ),
    "planning.season.too_long": QT_TRANSLATE_NOOP(
        "planning", "Een seizoen duurt hoogstens ruim een jaar."
    ),
    "planning.partner.name_missing": QT_TRANSLATE_NOOP(
        "planning", "Vul de naam van de organisatie in."
    ),
    "planning.helper.name_missing": QT_TRANSLATE_NOOP("planning", "Vul de naam van de hulp in."),
    "planning.helper.topics_unknown": QT_TRANSLATE_NOOP("planning", "Onbekend onderwerp: {codes}."),
    # -- templates and closures -------------------------------------------------------------
    "planning.template.weekday_missing": QT_TRANSLATE_NOOP("planning", "Kies een dag van de week."),
    "planning.template.ends_not_after_starts": QT_TRANSLATE_NOOP(
        "planning", "De eindtijd ligt niet na de begintijd."
    ),
    "planning.template.slot_minutes_range": QT_TRANSLATE_NOOP(
        "planning", "Een tijdvak duurt {min} tot {max} minuten."
    ),
    "planning.template.no_slot_fits": QT_TRANSLATE_NOOP(
        "planning", "Er past geen enkel tijdvak in deze tijden."
    ),
    "planning.template.date_outside_season": QT_TRANSLATE_NOOP(
        "planning", "Deze datum valt buiten het seizoen."
    ),
    "planning.template.valid_to_before_from": QT_TRANSLATE_NOOP(
        "planning", "'Geldig tot' ligt vóór 'geldig vanaf'."
    ),
    "planning.closure.outside_season": QT_TRANSLATE_NOOP(
        "planning", "Deze dag valt buiten het seizoen."
    ),
    # -- slots ------------------------------------------------------------------------------
    "planning.slot.capacity_range": QT_TRANSLATE_NOOP(
        "planning", "Kies {min} tot {max} plaatsen per tijdvak."
    ),
    "planning.slot.capacity_below_taken": QT_TRANSLATE_NOOP(
        "planning",
        "Er zijn al {taken} plaatsen geboekt: verplaats of annuleer eerst afspraken.",
    ),
    "planning.slot.full": QT_TRANSLATE_NOOP(
        "planning",
        "Dit tijdvak is vol. Kies een ander tijdvak, zet de bezoeker op de wachtlijst of geef "
        "een reden om toch in te plannen.",
    ),
    "planning.slot.closed": QT_TRANSLATE_NOOP(
        "planning",
        "Dit tijdvak is gesloten. Kies een ander tijdvak of geef een reden om toch in te plannen.",
    ),
    # -- what a clerk types for a booking ---------------------------------------------------
    "planning.booking.name_missing": QT_TRANSLATE_NOOP("planning", "Vul de naam in."),
    "planning.booking.name_too_long": QT_TRANSLATE_NOOP(
        "planning", "De naam is te lang (hoogstens {max} tekens)."
    ),
    "planning.booking.phone_missing": QT_TRANSLATE_NOOP("planning", "Vul een telefoonnummer in."),
    "planning.booking.phone_invalid": QT_TRANSLATE_NOOP(
        "planning", "Dit is geen Nederlands telefoonnummer (bijvoorbeeld 06 12345678)."
    ),
    "planning.booking.email_invalid": QT_TRANSLATE_NOOP(
        "planning", "Dit e-mailadres klopt niet (bijvoorbeeld naam@voorbeeld.nl)."
    ),
    "planning.booking.purpose_unknown": QT_TRANSLATE_NOOP("planning", "Onbekend doel: {codes}."),
    "planning.booking.checklist_unknown": QT_TRANSLATE_NOOP(
        "planning", "Onbekend punt voor de meeneemlijst: {codes}."
    ),
    "planning.text.too_long": QT_TRANSLATE_NOOP(
        "planning", "De tekst is te lang (hoogstens {max} tekens)."
    ),
    "planning.text.digid_code": QT_TRANSLATE_NOOP(
        "planning",
        "Een machtigingscode (of andere DigiD-code) mag nooit worden opgeschreven. "
        "Haal de code uit de opmerking.",
    ),
    "planning.overbook.reason_missing": QT_TRANSLATE_NOOP(
        "planning", "Geef een reden om extra in te plannen."
    ),
    # -- changing a booking -----------------------------------------------------------------
    "planning.booking.not_editable": QT_TRANSLATE_NOOP(
        "planning", "Dit gegeven van een afspraak kan niet worden gewijzigd."
    ),
    "planning.booking.purged": QT_TRANSLATE_NOOP(
        "planning", "De gegevens van deze afspraak zijn al gewist (bewaartermijn)."
    ),
    "planning.booking.in_conflict": QT_TRANSLATE_NOOP(
        "planning", "Deze afspraak heeft aandacht nodig: los haar op via 'Aandacht nodig'."
    ),
    "planning.booking.same_slot": QT_TRANSLATE_NOOP(
        "planning", "De afspraak staat al in dit tijdvak."
    ),
    "planning.booking.no_conflict": QT_TRANSLATE_NOOP(
        "planning", "Deze afspraak heeft geen aandacht (meer) nodig."
    ),
    "planning.booking.cancelled": QT_TRANSLATE_NOOP(
        "planning", "Deze afspraak is geannuleerd en kan niet meer veranderen."
    ),
    "planning.booking.cancel_with_button": QT_TRANSLATE_NOOP(
        "planning", "Annuleer een afspraak met 'Annuleren'."
    ),
    "planning.booking.status_unknown": QT_TRANSLATE_NOOP("planning", "Onbekende status."),
    "planning.resolve.action_missing": QT_TRANSLATE_NOOP(
        "planning", "Kies verplaatsen, toch inplannen of annuleren."
    ),
    "planning.resolve.slot_missing": QT_TRANSLATE_NOOP(
        "planning", "Kies het tijdvak waar de afspraak naartoe gaat."
    ),
    # -- the waiting list and retention -----------------------------------------------------
    "planning.waiting.purged": QT_TRANSLATE_NOOP(
        "planning", "De gegevens van deze aanmelding zijn al gewist."
    ),
    "planning.retention.range": QT_TRANSLATE_NOOP(
        "planning", "Kies een bewaartermijn van {min} tot {max} dagen."
    ),
    # -- importing an availability sheet ----------------------------------------------------
    "planning.import.summary": QT_TRANSLATE_NOOP("planning", "{parts}."),
    "planning.import.row": QT_TRANSLATE_NOOP("planning", "Rij {row}: {problem}"),
    "planning.import.file_type": QT_TRANSLATE_NOOP(
        "planning", "Dit bestandstype wordt niet gelezen: sla het bestand op als .xlsx of .csv."
    ),
    "planning.import.not_xlsx": QT_TRANSLATE_NOOP(
        "planning", "Dit bestand is geen leesbaar Excel-bestand (.xlsx)."
    ),
    "planning.import.no_header": QT_TRANSLATE_NOOP(
        "planning", "Geen kopregel gevonden: het bestand moet de kolommen {columns} hebben."
    ),
    "planning.import.cell_empty": QT_TRANSLATE_NOOP("planning", "'{column}' is leeg."),
    "planning.import.day_invalid": QT_TRANSLATE_NOOP(
        "planning", "'dag' ({value}) is geen weekdag (maandag .. vrijdag) of datum."
    ),
    "planning.import.time_invalid": QT_TRANSLATE_NOOP(
        "planning", "'{column}' ({value}) is geen tijd (bijvoorbeeld 9:30)."
    ),
    "planning.import.ends_before_starts": QT_TRANSLATE_NOOP(
        "planning", "'tot' ({ends}) ligt voor 'van' ({starts})."
    ),
    "planning.import.minutes_range": QT_TRANSLATE_NOOP(
        "planning", "'duur' ({value}) moet een aantal minuten zijn, van {min} tot en met {max}."
    ),
    "planning.import.minutes_too_long": QT_TRANSLATE_NOOP(
        "planning",
        "'duur' ({minutes} minuten) past niet tussen 'van' en 'tot' ({starts}–{ends}).",
    ),
    "planning.import.capacity_range": QT_TRANSLATE_NOOP(
        "planning", "'plaatsen' ({value}) moet een getal van 1 tot en met {max} zijn."
    ),
    "planning.import.date_invalid": QT_TRANSLATE_NOOP(
        "planning", "'{column}' ({value}) is geen datum."
    ),
    "planning.import.date_with_validity": QT_TRANSLATE_NOOP(
        "planning", "Bij een datum in 'dag' horen geen 'geldig van' en 'geldig tot'."
    ),
    "planning.import.valid_to_before_from": QT_TRANSLATE_NOOP(
        "planning", "'geldig tot' ({last}) ligt voor 'geldig van' ({first})."
    ),
    "planning.import.overlaps_row": QT_TRANSLATE_NOOP(
        "planning", "overlapt met rij {other} ({helper}, {when} {starts}–{ends})."
    ),
    "planning.import.outside_season": QT_TRANSLATE_NOOP(
        "planning", "{day} valt buiten het seizoen ({first} t/m {last})."
    ),
    "planning.import.helper_other_partner": QT_TRANSLATE_NOOP(
        "planning",
        "helper '{helper}' bestaat al bij {partners}, niet bij '{partner}'. Pas de organisatie "
        "aan of gebruik een andere naam.",
    ),
    "planning.import.helper_ambiguous": QT_TRANSLATE_NOOP(
        "planning", "er zijn meer helpers met de naam '{helper}': vul de organisatie in."
    ),
    "planning.import.helper_inactive": QT_TRANSLATE_NOOP(
        "planning", "helper '{helper}' staat op niet actief; zet de helper eerst op actief."
    ),
    "planning.import.overlaps_template": QT_TRANSLATE_NOOP(
        "planning",
        "overlapt met het bestaande rooster van {helper} ({weekday} {starts}–{ends}).",
    ),
}

#: A helper without an organisation, in the list of a name's organisations.
_NO_PARTNER = QT_TRANSLATE_NOOP("planning", "geen organisatie")
#: The parts of an import's summary: per count, its words for one and for more.
_SUMMARY_PARTS = (
    (
        "templates",
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe roosterregel"),
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe roosterregels"),
    ),
    (
        "helpers",
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe helper"),
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe helpers"),
    ),
    (
        "partners",
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe organisatie"),
        QT_TRANSLATE_NOOP("planning", "{n} nieuwe organisaties"),
    ),
    (
        "unchanged",
        QT_TRANSLATE_NOOP("planning", "{n} al aanwezig"),
        QT_TRANSLATE_NOOP("planning", "{n} al aanwezig"),
    ),
    (
        "error_rows",
        QT_TRANSLATE_NOOP("planning", "{n} rij met fouten"),
        QT_TRANSLATE_NOOP("planning", "{n} rijen met fouten"),
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _int(value: Param | None) -> int:
    return value if isinstance(value, int) else 0


def weekday_name(number: Param | None) -> str:
    """Return the name of ISO weekday *number*: "maandag" / "Monday" (the language's locale).

    Out of range: the number itself.
    """
    if isinstance(number, int) and 1 <= number <= 7:
        locale = QLocale(LOCALES[current_language()])
        return locale.dayName(number, QLocale.FormatType.LongFormat)
    return str(number or "")


def _row(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``planning.import.row``: the row's own problem (``code`` and the rest) as a sentence."""
    from ui.words import text  # ui.words reads this module's tables first

    inner = {k: v for k, v in params.items() if k not in ("row", "code")}
    problem = text(Message(str(params.get("code", "")), inner))
    return {"row": params.get("row", ""), "problem": problem}


def _summary(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``planning.import.summary``: the counts as "4 nieuwe roosterregels, 2 nieuwe helpers"."""
    parts = []
    for name, one, more in _SUMMARY_PARTS:
        n = _int(params.get(name))
        if n or name == "templates":
            parts.append(_tr(one if n == 1 else more).format(n=n))
    return {"parts": ", ".join(parts)}


def _when(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``planning.import.overlaps_row``: the weekday's name, and the date of a one-day row."""
    when = weekday_name(params.get("weekday"))
    day = params.get("date")
    return {**params, "when": f"{when} {day}" if day else when}


def _weekday(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``planning.import.overlaps_template``: the weekday's name for its number."""
    return {**params, "weekday": weekday_name(params.get("weekday"))}


def _partners(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``planning.import.helper_other_partner``: the organisations, one per line, as a list.

    An empty line is a helper without an organisation; the names are sorted as shown.
    """
    names = str(params.get("partners", "")).split("\n")
    shown = sorted({name or _tr(_NO_PARTNER) for name in names})
    return {**params, "partners": ", ".join(shown)}


SHAPES = {
    "planning.import.row": _row,
    "planning.import.summary": _summary,
    "planning.import.overlaps_row": _when,
    "planning.import.overlaps_template": _weekday,
    "planning.import.helper_other_partner": _partners,
}
