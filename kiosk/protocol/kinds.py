"""The op kinds of protocol v1, the one list both ends go by.

A desk writes only these kinds; the server answers any other kind ``deferred
unsupported_kind`` (a newer desk's op waits until the server knows it). A new kind is added
here, with its payload model beside the others in :mod:`kiosk.protocol`.
"""

from __future__ import annotations

from typing import Final

VISIT_RECORDED: Final = "visit.recorded"
VISIT_CORRECTED: Final = "visit.corrected"
VISIT_VOIDED: Final = "visit.voided"
LOCATION_SETUP: Final = "location.setup"
SURVEY_ANSWERED: Final = "survey.answered"

#: Registrations (payloads: :mod:`kiosk.protocol.visits`).
VISIT_KINDS: Final = (VISIT_RECORDED, VISIT_CORRECTED, VISIT_VOIDED)
#: Belastinghulp planning (``docs/belastinghulp.md`` §3; payloads:
#: :mod:`kiosk.protocol.planning`).
PLANNING_KINDS: Final = (
    "plan.upsert",
    "slot.create",
    "slot.update",
    "booking.create",
    "booking.update",
    "booking.move",
    "booking.cancel",
    "booking.resolve",
)
#: An IDO's set-up from a day on (payload: :mod:`kiosk.protocol.locations`).
LOCATION_KINDS: Final = (LOCATION_SETUP,)
#: A visitor's anonymous survey answers (payload: :mod:`kiosk.protocol.survey`).
SURVEY_KINDS: Final = (SURVEY_ANSWERED,)
#: Every kind of v1.
KINDS: Final = VISIT_KINDS + PLANNING_KINDS + LOCATION_KINDS + SURVEY_KINDS
