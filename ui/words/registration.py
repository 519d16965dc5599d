"""The words for registering visits and setting up the desk (Dutch source texts, for Qt Linguist).

Codes: ``visit.*`` (a visit as entered, and the visit a correction or void names),
``visit.question.*`` (one question of a visit), ``correction.*``, ``void.*``, ``desk.*``,
``location.*`` (the first start) and ``privacy.*`` (personal data found in a note or reason).

A later question's problem reads ``visit.question.numbered`` ("Vraag 2: kies ..."): its
``problem`` parameter is the code of the problem itself, whose sentence is put in with a small
first letter; the problem's own parameters travel along.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import zip_longest

from PySide6.QtCore import QCoreApplication

from kiosk.errors import Message, Param
from kiosk.privacy import TEXT_SEPARATOR
from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "registration"
#: Code prefixes whose codes are made from data (a server's reason code), not literals.
DYNAMIC_PREFIXES: tuple[str, ...] = ()
TEXTS: dict[str, str] = {
    # -- a visit as entered (kiosk.visits) ---------------------------------------------------
    "visit.questions_missing": QT_TRANSLATE_NOOP(
        "registration", "Kies minstens één vraag voordat u opslaat."
    ),
    "visit.questions_too_many": QT_TRANSLATE_NOOP(
        "registration", "Eén bezoek kan hoogstens {max} vragen hebben."
    ),
    "visit.channel_unknown": QT_TRANSLATE_NOOP("registration", "Kies hoe de vraag binnenkwam."),
    "visit.duration_unknown": QT_TRANSLATE_NOOP("registration", "Kies hoe lang het duurde."),
    "visit.mode_unknown": QT_TRANSLATE_NOOP(
        "registration", "Onbekende werkwijze (balie of lopend IDO)."
    ),
    "visit.count_out_of_range": QT_TRANSLATE_NOOP(
        "registration", "Het aantal moet tussen 1 en {max} liggen."
    ),
    "visit.time_without_zone": QT_TRANSLATE_NOOP("registration", "De tijd mist een tijdzone."),
    "visit.time_in_future": QT_TRANSLATE_NOOP(
        "registration", "Het tijdstip ligt in de toekomst. Kies een tijd van vandaag of eerder."
    ),
    "visit.time_too_old": QT_TRANSLATE_NOOP(
        "registration", "Het tijdstip ligt meer dan {days} dagen terug."
    ),
    # -- one question of a visit (kiosk.visits, the rules of kiosk.protocol.visit_rules) -----
    "visit.question.numbered": QT_TRANSLATE_NOOP("registration", "Vraag {position}: {problem}"),
    "visit.question.topic_unknown": QT_TRANSLATE_NOOP(
        "registration", "Kies een onderwerp uit de lijst."
    ),
    "visit.question.organisation_required": QT_TRANSLATE_NOOP(
        "registration", "Kies om welke organisatie het ging."
    ),
    "visit.question.organisation_unknown": QT_TRANSLATE_NOOP(
        "registration", "Kies een organisatie uit de lijst."
    ),
    "visit.question.followup_required": QT_TRANSLATE_NOOP(
        "registration", "Kies wat er met de DigiD is gebeurd."
    ),
    "visit.question.followup_not_allowed": QT_TRANSLATE_NOOP(
        "registration", "Een DigiD-vervolg hoort alleen bij een DigiD-onderwerp."
    ),
    "visit.question.followup_unknown": QT_TRANSLATE_NOOP(
        "registration", "Kies een DigiD-vervolg uit de lijst."
    ),
    "visit.question.help_required": QT_TRANSLATE_NOOP(
        "registration", "Kies welke hulp u hebt gegeven."
    ),
    "visit.question.help_unknown": QT_TRANSLATE_NOOP("registration", "Onbekende hulp '{code}'."),
    "visit.question.referral_unknown": QT_TRANSLATE_NOOP(
        "registration", "Onbekende verwijzing '{code}'."
    ),
    "visit.question.code_repeated": QT_TRANSLATE_NOOP(
        "registration", "Een keuze staat er dubbel in."
    ),
    "visit.question.referral_required": QT_TRANSLATE_NOOP(
        "registration", "Kies waarheen u hebt doorverwezen."
    ),
    "visit.question.referred_help_required": QT_TRANSLATE_NOOP(
        "registration", "Kies ook 'Doorverwezen' bij de geboden hulp."
    ),
    "visit.question.note_too_long": QT_TRANSLATE_NOOP(
        "registration", "De notitie is langer dan {max} tekens."
    ),
    # -- correcting and voiding a saved visit (kiosk.registration) ---------------------------
    "correction.single_visit": QT_TRANSLATE_NOOP(
        "registration", "Een correctie geldt voor één bezoek."
    ),
    "void.reason_too_long": QT_TRANSLATE_NOOP(
        "registration", "De reden is te lang (hoogstens {max} tekens)."
    ),
    "visit.not_found": QT_TRANSLATE_NOOP("registration", "Dit bezoek bestaat niet (meer)."),
    "visit.already_void": QT_TRANSLATE_NOOP("registration", "Dit bezoek telt al niet meer mee."),
    "visit.already_corrected": QT_TRANSLATE_NOOP(
        "registration", "Dit bezoek is al gecorrigeerd. Corrigeer de nieuwste versie."
    ),
    "desk.not_set_up": QT_TRANSLATE_NOOP(
        "registration", "Deze balie is niet ingesteld. Kies eerst de locatie."
    ),
    # -- the first start (kiosk.locations) ---------------------------------------------------
    "location.fields_missing": QT_TRANSLATE_NOOP("registration", "Vul alle velden in."),
    "location.province_missing": QT_TRANSLATE_NOOP("registration", "Kies een provincie."),
    "location.ido_form_missing": QT_TRANSLATE_NOOP("registration", "Kies de vorm van het IDO."),
    "location.desk_mode_missing": QT_TRANSLATE_NOOP("registration", "Kies balie of lopend IDO."),
    "location.hours_kind_missing": QT_TRANSLATE_NOOP(
        "registration", "Kies of het IDO open is voor inloop of werkt op afspraak."
    ),
    "location.hours_invalid": QT_TRANSLATE_NOOP(
        "registration", "Controleer de tijden: elke eindtijd ligt na de begintijd."
    ),
    "location.hours_too_many": QT_TRANSLATE_NOOP(
        "registration", "Geef hoogstens {max} blokken met tijden op."
    ),
    "location.staffing_invalid": QT_TRANSLATE_NOOP(
        "registration", "Vul per soort medewerker 0 tot {max} uur per week in."
    ),
    "location.not_set_up": QT_TRANSLATE_NOOP(
        "registration", "Deze computer is nog niet ingesteld. Kies eerst de locatie."
    ),
    # -- personal data in free text (kiosk.privacy) ------------------------------------------
    "privacy.none": QT_TRANSLATE_NOOP("registration", "De notitie bevat geen persoonsgegevens."),
    "privacy.personal_data": QT_TRANSLATE_NOOP(
        "registration",
        "De notitie bevat persoonsgegevens en is niet opgeslagen: {listed}. "
        "Haal {pronoun} weg; de registratie is anoniem.",
    ),
    "privacy.kind.bsn": QT_TRANSLATE_NOOP("registration", "BSN (burgerservicenummer)"),
    "privacy.kind.phone": QT_TRANSLATE_NOOP("registration", "telefoonnummer"),
    "privacy.kind.email": QT_TRANSLATE_NOOP("registration", "e-mailadres"),
    "privacy.kind.iban": QT_TRANSLATE_NOOP("registration", "IBAN (rekeningnummer)"),
    "privacy.kind.postcode_address": QT_TRANSLATE_NOOP("registration", "postcode met huisnummer"),
}

#: Pieces the shapes below put together (translated like the sentences).
_FOUND = QT_TRANSLATE_NOOP("registration", '{label} "{text}"')  # one finding: kind and text
_IT = QT_TRANSLATE_NOOP("registration", "het")  # "Haal het weg": one finding
_THEM = QT_TRANSLATE_NOOP("registration", "ze")  # "Haal ze weg": several


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _kind_label(kind: str) -> str:
    """The name of a kind of personal data; the code itself for a kind without words."""
    source = TEXTS.get(f"privacy.kind.{kind}")
    return kind if source is None else _translate(source)


def _personal_data(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """``kinds`` and ``texts`` as the list the clerk reads, and the pronoun that fits it."""
    kinds = [k for k in str(params.get("kinds", "")).split(",") if k]
    raw = str(params.get("texts", ""))
    texts = raw.split(TEXT_SEPARATOR) if raw else []
    found = _translate(_FOUND)
    listed = ", ".join(
        found.format(label=_kind_label(kind), text=text) if text else _kind_label(kind)
        for kind, text in zip_longest(kinds, texts[: len(kinds)], fillvalue="")
    )
    return {"listed": listed, "pronoun": _translate(_THEM if len(kinds) > 1 else _IT)}


def _numbered(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """The problem of a later question, its sentence with a small first letter after the number.

    A sentence that is not a rule of a question (personal data found) stays as it is.
    """
    from ui.words import text  # the package imports this module

    code = str(params.get("problem", ""))
    inner = {k: v for k, v in params.items() if k not in ("position", "problem")}
    sentence = text(Message(code, inner))
    if code.startswith("visit.question."):
        sentence = sentence[:1].lower() + sentence[1:]
    return {"position": params.get("position", ""), "problem": sentence}


SHAPES: dict[str, Callable[[Mapping[str, Param]], Mapping[str, Param]]] = {
    "privacy.personal_data": _personal_data,
    "visit.question.numbered": _numbered,
}
