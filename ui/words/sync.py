"""The words for the ``sync`` codes: what the sync client says, and the Synchronisatie screen.

Every message says what happened and that nothing recorded is lost, and, where a person has
to act, who (the clerk retries nothing; IT re-enrolls, updates or checks the network). Dutch
source texts, marked for Qt Linguist.

Codes built from data have a prefix in :data:`DYNAMIC_PREFIXES`: the server's reason codes
(``sync.reason.<code>``), the op kinds, the change feed's record types, the outbox states.

A failure the client retries by itself carries ``retry_at`` (UTC text): its sentence ends in
``{retry}``, which :data:`SHAPES` fills with "Nieuwe poging om 10:50." in local time (or
leaves empty).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kiosk.clock import from_utc_text
from kiosk.errors import Message, Param
from ui.i18n import short_moment
from ui.marks import QT_TRANSLATE_NOOP

CONTEXT = "sync"
#: Code prefixes whose codes are made from data (a server's reason code), not literals.
DYNAMIC_PREFIXES: tuple[str, ...] = (
    "sync.op_kind.",
    "sync.record_type.",
    "sync.op_state.",
    "sync.reason.",
    "sync.reason_unknown.",
    "sync.next_step.",
    "sync.received.reason.",
)

TEXTS: dict[str, str] = {
    # -- what a run, an enrollment or a token rotation ends with -----------------------------
    "sync.not_enrolled": QT_TRANSLATE_NOOP(
        "sync", "Deze balie is nog niet gekoppeld aan de centrale server."
    ),
    "sync.offline": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server is niet bereikbaar. De registraties blijven bewaard op deze "
        "computer. Ze worden later verstuurd.{retry}",
    ),
    "sync.timeout": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server antwoordt niet op tijd. De registraties blijven bewaard op deze "
        "computer. Ze worden later verstuurd.{retry}",
    ),
    "sync.tls": QT_TRANSLATE_NOOP(
        "sync",
        "De beveiligde verbinding met de centrale server kon niet worden gecontroleerd "
        "(certificaat). Waarschuw de ICT-afdeling. De registraties blijven bewaard op deze "
        "computer.{retry}",
    ),
    "sync.server_error": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server heeft een storing. De registraties blijven bewaard op deze "
        "computer. Ze worden later verstuurd.{retry}",
    ),
    "sync.busy": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server is even te druk. De registraties blijven bewaard op deze computer. "
        "Ze worden later verstuurd.{retry}",
    ),
    "sync.unexpected": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server gaf een onverwacht antwoord. De registraties "
        "blijven bewaard op deze computer. Waarschuw de ICT-afdeling als dit blijft "
        "gebeuren.{retry}",
    ),
    # {retry} in the sentences above: when the next attempt is, in local time.
    "sync.retry_at": QT_TRANSLATE_NOOP("sync", " Nieuwe poging om {time}."),
    "sync.reenroll": QT_TRANSLATE_NOOP(
        "sync",
        "Deze balie moet opnieuw worden gekoppeld aan de centrale server. Vraag de "
        "ICT-afdeling om een nieuwe koppelcode. De registraties blijven bewaard op deze "
        "computer.",
    ),
    "sync.token_missing": QT_TRANSLATE_NOOP(
        "sync",
        "De sleutel van deze balie voor de centrale server ontbreekt. Koppel de balie opnieuw "
        "met een nieuwe koppelcode. De registraties blijven bewaard op deze computer.",
    ),
    "sync.revoked": QT_TRANSLATE_NOOP(
        "sync",
        "Deze balie is bij de centrale server uitgeschakeld. Neem contact op met de "
        "ICT-afdeling. De registraties blijven bewaard op deze computer. Ze kunnen worden "
        "geëxporteerd.",
    ),
    "sync.update_required": QT_TRANSLATE_NOOP(
        "sync",
        "Deze versie van IDO Kiosk wordt niet meer ondersteund door de centrale server. "
        "Installeer de nieuwste versie. De registraties blijven bewaard op deze computer.",
    ),
    # Below the server's minimum version; {where}: " Te downloaden via {url}." or nothing.
    "sync.app_too_old": QT_TRANSLATE_NOOP(
        "sync",
        "Deze balie verstuurt nu niets naar de centrale server. De server vraagt versie "
        "{minimum} van IDO Kiosk of nieuwer; deze computer heeft versie {version}. Vraag uw "
        "ICT-afdeling om de nieuwe versie te installeren.{where} Registreren gaat gewoon door: "
        "alles blijft bewaard op deze computer en wordt na de update vanzelf verstuurd.",
    ),
    "sync.app_download": QT_TRANSLATE_NOOP("sync", " Te downloaden via {url}."),
    "sync.code_invalid": QT_TRANSLATE_NOOP(
        "sync",
        "De koppelcode is onjuist, al gebruikt of verlopen. Vraag de ICT-afdeling om een nieuwe.",
    ),
    "sync.name_missing": QT_TRANSLATE_NOOP(
        "sync", "Geef deze balie of laptop een naam om te koppelen."
    ),
    "sync.url_invalid": QT_TRANSLATE_NOOP(
        "sync", "Het adres van de centrale server is ongeldig (het begint met https://)."
    ),
    # {reason}: the storage.* sentence of the StorageError's code (param ``storage``).
    "sync.stopped_storage": QT_TRANSLATE_NOOP("sync", "Synchroniseren is gestopt: {reason}"),
    "sync.stopped_disk": QT_TRANSLATE_NOOP(
        "sync",
        "Synchroniseren is gestopt: een bestand kon niet worden geschreven (schijf vol of geen "
        "toegang). Waarschuw de ICT-afdeling als dit blijft gebeuren. De registraties blijven "
        "bewaard op deze computer.",
    ),
    "sync.crashed": QT_TRANSLATE_NOOP(
        "sync",
        "Synchroniseren is mislukt door een fout in IDO Kiosk. De fout is vastgelegd voor de "
        "ICT-afdeling ({path}). De registraties blijven bewaard op deze computer.",
    ),
    "sync.demo_not_enrollable": QT_TRANSLATE_NOOP(
        "sync",
        "Koppelen kan niet vanaf de demolocatie: oefenregistraties tellen niet mee. Stel eerst "
        "de echte locatie in (knop in de gele balk bovenaan).",
    ),
    "sync.raced": QT_TRANSLATE_NOOP(
        "sync",
        "Er liep tegelijk een andere synchronisatie op deze computer. Er is niets verloren; de "
        "volgende poging gaat vanzelf.",
    ),
    "sync.elsewhere": QT_TRANSLATE_NOOP(
        "sync",
        "Er loopt al een synchronisatie voor deze balie (in de app of een geplande taak). Deze "
        "keer is overgeslagen; er is niets verloren.",
    ),
    "sync.token_rotated": QT_TRANSLATE_NOOP(
        "sync", "De sleutel van deze balie voor de centrale server is vernieuwd."
    ),
    "sync.token_not_rotated": QT_TRANSLATE_NOOP(
        "sync",
        "De sleutel kon niet worden vernieuwd: de centrale server biedt dat niet aan. De "
        "huidige sleutel blijft werken.",
    ),
    # What an older version kept as the last message: its own (Dutch) sentence, shown as is.
    "sync.stored_text": QT_TRANSLATE_NOOP("sync", "{text}"),
    # -- one line per run, for the command line ----------------------------------------------
    "sync.summary.counts": QT_TRANSLATE_NOOP(
        "sync",
        "verstuurd {pushed}, bevestigd {acked}, geweigerd {rejected}, conflict {conflicted}, "
        "tegengehouden {quarantined}, nog te versturen {pending_left}, opgehaald {pulled}",
    ),
    "sync.summary.requeued": QT_TRANSLATE_NOOP("sync", ", opnieuw in de wachtrij {requeued}"),
    "sync.summary.ok": QT_TRANSLATE_NOOP("sync", "Synchronisatie gelukt: {counts}."),
    "sync.summary.not_due": QT_TRANSLATE_NOOP("sync", "Nog niet aan de beurt: {error} ({counts})"),
    "sync.summary.failed": QT_TRANSLATE_NOOP("sync", "Synchronisatie mislukt: {error} ({counts})"),
    # -- the Synchronisatie screen: what a refused record is, and why, for a clerk -----------
    "sync.op_kind.visit.recorded": QT_TRANSLATE_NOOP("sync", "Bezoek vastgelegd"),
    "sync.op_kind.visit.corrected": QT_TRANSLATE_NOOP("sync", "Bezoek gecorrigeerd"),
    "sync.op_kind.visit.voided": QT_TRANSLATE_NOOP("sync", "Bezoek telt niet mee"),
    "sync.op_kind.plan.upsert": QT_TRANSLATE_NOOP("sync", "Belastinghulp: planning gewijzigd"),
    "sync.op_kind.slot.create": QT_TRANSLATE_NOOP("sync", "Belastinghulp: tijdvak aangemaakt"),
    "sync.op_kind.slot.update": QT_TRANSLATE_NOOP("sync", "Belastinghulp: tijdvak gewijzigd"),
    "sync.op_kind.booking.create": QT_TRANSLATE_NOOP("sync", "Belastinghulp: afspraak gemaakt"),
    "sync.op_kind.booking.update": QT_TRANSLATE_NOOP("sync", "Belastinghulp: afspraak gewijzigd"),
    "sync.op_kind.booking.move": QT_TRANSLATE_NOOP("sync", "Belastinghulp: afspraak verplaatst"),
    "sync.op_kind.booking.cancel": QT_TRANSLATE_NOOP("sync", "Belastinghulp: afspraak geannuleerd"),
    "sync.op_kind.booking.resolve": QT_TRANSLATE_NOOP("sync", "Belastinghulp: conflict opgelost"),
    # The records the server's change feed sends, by their type.
    "sync.record_type.catalogue": QT_TRANSLATE_NOOP("sync", "Vraagcatalogus (antwoordlijsten)"),
    "sync.record_type.season": QT_TRANSLATE_NOOP("sync", "Belastinghulp: seizoen"),
    "sync.record_type.partner": QT_TRANSLATE_NOOP("sync", "Belastinghulp: organisatie"),
    "sync.record_type.helper": QT_TRANSLATE_NOOP("sync", "Belastinghulp: hulp"),
    "sync.record_type.template": QT_TRANSLATE_NOOP("sync", "Belastinghulp: weekrooster"),
    "sync.record_type.closure": QT_TRANSLATE_NOOP("sync", "Belastinghulp: sluitingsdag"),
    "sync.record_type.waiting": QT_TRANSLATE_NOOP("sync", "Belastinghulp: wachtlijst"),
    "sync.record_type.slot": QT_TRANSLATE_NOOP("sync", "Belastinghulp: tijdvak"),
    "sync.record_type.booking": QT_TRANSLATE_NOOP("sync", "Belastinghulp: afspraak"),
    "sync.received.set_aside": QT_TRANSLATE_NOOP("sync", "Ontvangen, niet verwerkt"),
    "sync.received.reason.invalid_record": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server stuurde gegevens die deze computer niet kan lezen. De rest is wel "
        "verwerkt.",
    ),
    "sync.received.reason.cannot_apply": QT_TRANSLATE_NOOP(
        "sync",
        "De centrale server stuurde gegevens die niet passen bij wat op deze computer staat. "
        "De rest is wel verwerkt.",
    ),
    "sync.received.next_step": QT_TRANSLATE_NOOP(
        "sync",
        "Er is hier niets verloren. Komt er een nieuwere versie van deze gegevens, dan wordt "
        "die vanzelf verwerkt. Exporteer de lijst voor de ICT-afdeling als dit blijft staan.",
    ),
    "sync.op_state.pending": QT_TRANSLATE_NOOP("sync", "Wacht op verzending"),
    "sync.op_state.inflight": QT_TRANSLATE_NOOP("sync", "Wordt verzonden"),
    "sync.op_state.acked": QT_TRANSLATE_NOOP("sync", "Verzonden"),
    "sync.op_state.rejected": QT_TRANSLATE_NOOP("sync", "Geweigerd"),
    "sync.op_state.conflicted": QT_TRANSLATE_NOOP("sync", "Conflict"),
    "sync.op_state.quarantined": QT_TRANSLATE_NOOP("sync", "Tegengehouden"),
    # The server's codes (docs/sync-v1.md) and the client's own quarantine codes.
    "sync.reason.validation_failed": QT_TRANSLATE_NOOP(
        "sync", "De server keurt de gegevens af, bijvoorbeeld een antwoord dat hij niet kent."
    ),
    "sync.reason.op_id_reused": QT_TRANSLATE_NOOP(
        "sync",
        "De server kreeg eerder een registratie met hetzelfde kenmerk maar een andere inhoud "
        "(bijvoorbeeld na het terugzetten van een back-up).",
    ),
    "sync.reason.device_seq_reused": QT_TRANSLATE_NOOP(
        "sync",
        "Het volgnummer van deze registratie is bij de server al gebruikt door een andere "
        "registratie van deze balie (bijvoorbeeld na het terugzetten van een back-up).",
    ),
    "sync.reason.payload_hash_mismatch": QT_TRANSLATE_NOOP(
        "sync", "De registratie is onderweg beschadigd geraakt: het controlegetal klopt niet."
    ),
    "sync.reason.branch_forbidden": QT_TRANSLATE_NOOP(
        "sync", "De registratie hoort bij een bezoek van een andere vestiging."
    ),
    "sync.reason.depends_on_conflicted": QT_TRANSLATE_NOOP(
        "sync", "Het bezoek dat hiermee wordt gewijzigd, is zelf door de server geweigerd."
    ),
    "sync.reason.visit_voided": QT_TRANSLATE_NOOP(
        "sync", "Het bezoek telde bij de server al niet meer mee."
    ),
    "sync.reason.visit_already_corrected": QT_TRANSLATE_NOOP(
        "sync", "Het bezoek was bij de server al gecorrigeerd."
    ),
    "sync.reason.payload_too_large": QT_TRANSLATE_NOOP(
        "sync", "De registratie is te groot voor de centrale server."
    ),
    "sync.reason.bad_request": QT_TRANSLATE_NOOP(
        "sync", "De centrale server kan deze registratie niet lezen."
    ),
    "sync.reason.unsupported_media_type": QT_TRANSLATE_NOOP(
        "sync", "De centrale server kan deze registratie niet lezen."
    ),
    "sync.reason.slot_full": QT_TRANSLATE_NOOP(
        "sync",
        "Het tijdvak was al vol toen de afspraak de server bereikte (een andere balie was "
        "eerder). Los het op onder Belastinghulp, Aandacht nodig.",
    ),
    "sync.reason.slot_closed": QT_TRANSLATE_NOOP(
        "sync",
        "Het tijdvak was gesloten toen de afspraak de server bereikte. Los het op onder "
        "Belastinghulp, Aandacht nodig.",
    ),
    "sync.reason.entity_cancelled": QT_TRANSLATE_NOOP(
        "sync",
        "De afspraak was op een andere balie al geannuleerd; annuleren gaat voor wijzigen.",
    ),
    "sync.reason.already_resolved": QT_TRANSLATE_NOOP(
        "sync", "Het conflict was op een andere balie al opgelost."
    ),
    "sync.reason.slot_has_bookings": QT_TRANSLATE_NOOP(
        "sync", "De tijden van dit tijdvak kunnen niet meer veranderen: er staan afspraken in."
    ),
    "sync.reason.slot_capacity_below_bookings": QT_TRANSLATE_NOOP(
        "sync", "Het tijdvak kan niet kleiner worden dan het aantal afspraken dat erin staat."
    ),
    "sync.reason.slot_times_invalid": QT_TRANSLATE_NOOP(
        "sync", "De begin- en eindtijd van het tijdvak kloppen niet."
    ),
    "sync.reason.unreadable_payload": QT_TRANSLATE_NOOP(
        "sync", "De registratie is op deze computer beschadigd en kan niet worden verstuurd."
    ),
    # A code without its own sentence, per outbox state ({code}: the server's code).
    "sync.reason_unknown.rejected": QT_TRANSLATE_NOOP(
        "sync", "De centrale server heeft deze registratie geweigerd."
    ),
    "sync.reason_unknown.conflicted": QT_TRANSLATE_NOOP(
        "sync", "De registratie botst met wat de centrale server al heeft."
    ),
    "sync.reason_unknown.quarantined": QT_TRANSLATE_NOOP(
        "sync", "De registratie kon niet worden verstuurd."
    ),
    # {code} above when the server gave none.
    "sync.code_unknown": QT_TRANSLATE_NOOP("sync", "onbekend"),
    "sync.next_step.rejected": QT_TRANSLATE_NOOP(
        "sync", "Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling."
    ),
    "sync.next_step.conflicted": QT_TRANSLATE_NOOP(
        "sync", "Ze blijft bewaard op deze computer. Exporteer de lijst voor de ICT-afdeling."
    ),
    "sync.next_step.quarantined": QT_TRANSLATE_NOOP(
        "sync",
        "Ze blijft bewaard en wordt niet meer vanzelf verstuurd. Is het probleem opgelost, "
        "kies dan Opnieuw aanbieden.",
    ),
}


def _retry(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """Fill ``{retry}`` from ``retry_at`` (UTC text): " Nieuwe poging om 10:50." or nothing."""
    from ui.words import phrase  # this module is part of ui.words: at call time only

    retry = ""
    raw = params.get("retry_at")
    if isinstance(raw, str):
        try:
            retry = phrase(
                "sync.retry_at", time=short_moment(from_utc_text(raw).astimezone(), with_date=False)
            )
        except ValueError:
            retry = ""
    return {**params, "retry": retry}


def _download(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """Fill ``{where}`` from ``download_url``: " Te downloaden via https://…." or nothing."""
    from ui.words import phrase

    url = params.get("download_url")
    return {**params, "where": phrase("sync.app_download", url=url) if url else ""}


def _storage_reason(params: Mapping[str, Param]) -> Mapping[str, Param]:
    """Fill ``{reason}`` with the sentence of the storage code in ``storage`` (full, locked)."""
    from ui.words import text

    return {**params, "reason": text(Message(f"storage.{params.get('storage', '')}"))}


Shape = Callable[[Mapping[str, Param]], Mapping[str, Param]]
SHAPES: dict[str, Shape] = {
    **dict.fromkeys(
        (
            "sync.offline",
            "sync.timeout",
            "sync.tls",
            "sync.server_error",
            "sync.busy",
            "sync.unexpected",
        ),
        _retry,
    ),
    "sync.stopped_storage": _storage_reason,
    "sync.app_too_old": _download,
}
