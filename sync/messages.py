"""The Dutch sentences the sync client gives the UI and the command line.

Every message says what happened and that nothing recorded is lost, and, where a person has
to act, who (the clerk retries nothing; IT re-enrolls, updates or checks the network).
"""

from __future__ import annotations

from datetime import datetime

SAFE = "De registraties blijven bewaard op deze computer."

NOT_ENROLLED = "Deze balie is nog niet gekoppeld aan de centrale server."
OFFLINE = f"De centrale server is niet bereikbaar. {SAFE} Ze worden later verstuurd."
TIMEOUT = f"De centrale server antwoordt niet op tijd. {SAFE} Ze worden later verstuurd."
TLS = (
    "De beveiligde verbinding met de centrale server kon niet worden gecontroleerd "
    f"(certificaat). Waarschuw de ICT-afdeling. {SAFE}"
)
SERVER_ERROR = f"De centrale server heeft een storing. {SAFE} Ze worden later verstuurd."
BUSY = f"De centrale server is even te druk. {SAFE} Ze worden later verstuurd."
UNEXPECTED = (
    "De centrale server gaf een onverwacht antwoord (HTTP {status}). "
    f"{SAFE} Waarschuw de ICT-afdeling als dit blijft gebeuren."
)
REENROLL = (
    "Deze balie moet opnieuw worden gekoppeld aan de centrale server. Vraag de ICT-afdeling "
    f"om een nieuwe koppelcode. {SAFE}"
)
TOKEN_MISSING = (
    "De sleutel van deze balie voor de centrale server ontbreekt. Koppel de balie opnieuw "
    f"met een nieuwe koppelcode. {SAFE}"
)
REVOKED = (
    "Deze balie is bij de centrale server uitgeschakeld. Neem contact op met de "
    f"ICT-afdeling. {SAFE} Ze kunnen worden geëxporteerd."
)
UPDATE_REQUIRED = (
    "Deze versie van IDO Kiosk wordt niet meer ondersteund door de centrale server. "
    f"Installeer de nieuwste versie. {SAFE}"
)
CODE_INVALID = (
    "De koppelcode is onjuist, al gebruikt of verlopen. Vraag de ICT-afdeling om een nieuwe."
)
NAME_MISSING = "Geef deze balie of laptop een naam om te koppelen."
URL_INVALID = "Het adres van de centrale server is ongeldig (het begint met https://)."
LOCAL_STORAGE = "Synchroniseren is gestopt: {reason}"
CRASHED = (
    "Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de "
    f"ICT-afdeling ({{path}}). {SAFE}"
)
DISK = (
    "een bestand kon niet worden geschreven (schijf vol of geen toegang). Waarschuw de "
    f"ICT-afdeling als dit blijft gebeuren. {SAFE}"
)


def with_retry_time(message: str, moment: datetime | None) -> str:
    """Append when the next attempt is, in local time, to *message*."""
    if moment is None:
        return message
    return f"{message} Nieuwe poging om {moment.astimezone():%H:%M}."


# -- the Synchronisatie screen: what a refused record is, and why, for a clerk ---------------

OP_KINDS = {
    "visit.recorded": "Bezoek vastgelegd",
    "visit.corrected": "Bezoek gecorrigeerd",
    "visit.voided": "Bezoek vervallen verklaard",
    "plan.upsert": "Belastinghulp: planning gewijzigd",
    "slot.create": "Belastinghulp: tijdvak aangemaakt",
    "slot.update": "Belastinghulp: tijdvak gewijzigd",
    "booking.create": "Belastinghulp: afspraak gemaakt",
    "booking.update": "Belastinghulp: afspraak gewijzigd",
    "booking.move": "Belastinghulp: afspraak verplaatst",
    "booking.cancel": "Belastinghulp: afspraak geannuleerd",
    "booking.resolve": "Belastinghulp: conflict opgelost",
}
#: The records the server's change feed sends, by their type.
RECORD_TYPES = {
    "catalogue": "Vraagcatalogus (antwoordlijsten)",
    "season": "Belastinghulp: seizoen",
    "partner": "Belastinghulp: organisatie",
    "helper": "Belastinghulp: hulp",
    "template": "Belastinghulp: weekrooster",
    "closure": "Belastinghulp: sluitingsdag",
    "waiting": "Belastinghulp: wachtlijst",
    "slot": "Belastinghulp: tijdvak",
    "booking": "Belastinghulp: afspraak",
}
RECEIVED_SET_ASIDE = "Ontvangen, niet verwerkt"
RECEIVED_REASON = {
    "invalid_record": (
        "De centrale server stuurde gegevens die deze computer niet kan lezen. De rest is wel "
        "verwerkt."
    ),
    "cannot_apply": (
        "De centrale server stuurde gegevens die niet passen bij wat op deze computer staat. "
        "De rest is wel verwerkt."
    ),
}
RECEIVED_NEXT_STEP = (
    "Er is hier niets verloren. Komt er een nieuwere versie van deze gegevens, dan wordt die "
    "vanzelf verwerkt. Exporteer de lijst voor de ICT-afdeling als dit blijft staan."
)
OP_STATES = {
    "pending": "Wacht op verzending",
    "inflight": "Wordt verzonden",
    "acked": "Verzonden",
    "rejected": "Geweigerd",
    "conflicted": "Conflict",
    "quarantined": "Apart gezet",
}
# The server's codes (docs/sync-v1.md) and the client's own quarantine codes.
REASONS = {
    "validation_failed": (
        "De server keurt de gegevens af, bijvoorbeeld een antwoord dat hij niet kent."
    ),
    "op_id_reused": (
        "De server kreeg eerder een registratie met hetzelfde kenmerk maar een andere inhoud "
        "(bijvoorbeeld na het terugzetten van een back-up)."
    ),
    "device_seq_reused": (
        "Het volgnummer van deze registratie is bij de server al gebruikt door een andere "
        "registratie van deze balie (bijvoorbeeld na het terugzetten van een back-up)."
    ),
    "payload_hash_mismatch": (
        "De registratie is onderweg beschadigd geraakt: het controlegetal klopt niet."
    ),
    "branch_forbidden": "De registratie hoort bij een bezoek van een andere vestiging.",
    "depends_on_conflicted": (
        "Het bezoek dat hiermee wordt gewijzigd, is zelf door de server geweigerd."
    ),
    "visit_voided": "Het bezoek was bij de server al vervallen verklaard.",
    "visit_already_corrected": "Het bezoek was bij de server al gecorrigeerd.",
    "payload_too_large": "De registratie is te groot voor de centrale server.",
    "bad_request": "De centrale server kan deze registratie niet lezen.",
    "unsupported_media_type": "De centrale server kan deze registratie niet lezen.",
    "slot_full": (
        "Het tijdvak was al vol toen de afspraak de server bereikte (een andere balie was "
        "eerder). Los het op onder Belastinghulp, Aandacht nodig."
    ),
    "slot_closed": (
        "Het tijdvak was gesloten toen de afspraak de server bereikte. Los het op onder "
        "Belastinghulp, Aandacht nodig."
    ),
    "entity_cancelled": (
        "De afspraak was op een andere balie al geannuleerd; annuleren gaat voor wijzigen."
    ),
    "already_resolved": "Het conflict was op een andere balie al opgelost.",
    "slot_has_bookings": (
        "De tijden van dit tijdvak kunnen niet meer veranderen: er staan afspraken in."
    ),
    "slot_capacity_below_bookings": (
        "Het tijdvak kan niet kleiner worden dan het aantal afspraken dat erin staat."
    ),
    "slot_times_invalid": "De begin- en eindtijd van het tijdvak kloppen niet.",
    "unreadable_payload": (
        "De registratie is op deze computer beschadigd en kan niet worden verstuurd."
    ),
}
REASON_UNKNOWN = {
    "rejected": "De centrale server heeft deze registratie geweigerd (code: {code}).",
    "conflicted": "De registratie botst met wat de centrale server al heeft (code: {code}).",
    "quarantined": "De registratie kon niet worden verstuurd (code: {code}).",
}
_EXPORT = "Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling."
NEXT_STEP = {
    "rejected": _EXPORT,
    "conflicted": _EXPORT,
    "quarantined": (
        "Ze blijft bewaard en wordt niet meer vanzelf verstuurd. Is het probleem opgelost, "
        "kies dan Opnieuw aanbieden."
    ),
}


def reason(state: str, code: str | None) -> str:
    """Return why an outbox record in *state* with server *code* was not accepted, in Dutch."""
    known = REASONS.get(code or "")
    if known is not None:
        return known
    template = REASON_UNKNOWN.get(state, REASON_UNKNOWN["rejected"])
    return template.format(code=code or "onbekend")


DEMO_NOT_ENROLLABLE = (
    "Koppelen kan niet vanaf de demolocatie: oefenregistraties tellen niet mee. Stel eerst de "
    "echte locatie in (knop in de gele balk bovenaan)."
)

RACED = (
    "Er liep tegelijk een andere synchronisatie op deze computer. Er is niets verloren; de "
    "volgende poging gaat vanzelf."
)

SYNC_ELSEWHERE = (
    "Er loopt al een synchronisatie voor deze balie (in de app of een geplande taak). Deze "
    "keer is overgeslagen; er is niets verloren."
)
TOKEN_ROTATED = "De sleutel van deze balie voor de centrale server is vernieuwd."
TOKEN_NOT_ROTATED = (
    "De sleutel kon niet worden vernieuwd: de centrale server biedt dat niet aan. De huidige "
    "sleutel blijft werken."
)
