"""Fixtures for the planning core: the service, a 2027 season with helpers, and op readers."""

from __future__ import annotations

from datetime import date, time

import pytest
from planning_helpers import World

from kiosk.app import Kiosk
from kiosk.locations import DeskInfo
from kiosk.planning.records import TemplateInput
from kiosk.planning.service import PlanningService


@pytest.fixture
def planning(kiosk_app: Kiosk, desk: DeskInfo) -> PlanningService:
    """The Kiosk's planning service on a set-up desk ("desk" gives cancellations a name)."""
    return kiosk_app.planning


@pytest.fixture
def world(planning: PlanningService) -> World:
    """Anja (FNV; aangifte, toeslagen) on Tuesdays 10-12 in 30 minutes, one place; Kees
    (Humanitas; kwijtschelding) on Thursdays 13-15 in 60 minutes, two places."""
    season = planning.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    fnv = planning.save_partner("FNV Belastingservice")
    humanitas = planning.save_partner("Humanitas")
    anja = planning.save_helper("Anja de Vries", fnv.id, ("aangifte", "toeslagen"))
    kees = planning.save_helper("Kees Bakker", humanitas.id, ("kwijtschelding",))
    planning.save_template(season.id, TemplateInput(anja.id, 2, time(10), time(12), 30))
    planning.save_template(season.id, TemplateInput(kees.id, 4, time(13), time(15), 60, capacity=2))
    return World(season, fnv, humanitas, anja, kees)
