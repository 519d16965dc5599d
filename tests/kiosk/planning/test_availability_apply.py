"""Applying an availability sheet: plan, all or nothing, on a fake and on the real service."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.errors import InputError
from kiosk.planning.availability import AvailabilitySheet, parse_availability
from kiosk.planning.availability_apply import (
    ALL_TOPICS,
    PlanningBackend,
    apply_availability,
    plan_availability,
)
from kiosk.planning.records import (
    BookingInput,
    Helper,
    Partner,
    Season,
    Template,
    TemplateInput,
)
from kiosk.planning.schedule_export import export_schedule
from kiosk.planning.service import PlanningService
from tests.kiosk.planning.conftest import World
from ui import words

SEASON = Season("s1", "Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))


class FakePlanning:
    """An in-memory stand-in with the service's method shapes (PlanningBackend)."""

    def __init__(self) -> None:
        self.season_list = [SEASON]
        self.partner_list = [Partner("p1", "FNV Belastingservice")]
        self.helper_list = [
            Helper("h1", "Anna de Vries", "p1", "FNV Belastingservice"),
            Helper("h3", "Carla Slaap", None, "", active=False),
        ]
        self.template_list: list[Template] = []
        self.writes = 0

    def seasons(self) -> list[Season]:
        return list(self.season_list)

    def partners(self) -> list[Partner]:
        return list(self.partner_list)

    def helpers(self, include_inactive: bool = False) -> list[Helper]:
        return [h for h in self.helper_list if include_inactive or h.active]

    def templates(self, season_id: str) -> list[Template]:
        return [t for t in self.template_list if t.season_id == season_id]

    def save_partner(self, name: str, id: str | None = None) -> Partner:
        self.writes += 1
        partner = Partner(f"p{len(self.partner_list) + 1}", name)
        self.partner_list.append(partner)
        return partner

    def save_helper(
        self,
        name: str,
        partner_id: str | None,
        topics: tuple[str, ...] | list[str],
        active: bool = True,
        id: str | None = None,
    ) -> Helper:
        self.writes += 1
        partner = next((p.name for p in self.partner_list if p.id == partner_id), "")
        helper = Helper(f"h{len(self.helper_list) + 10}", name, partner_id, partner, tuple(topics))
        self.helper_list.append(helper)
        return helper

    def save_template(
        self, season_id: str, template: TemplateInput, id: str | None = None
    ) -> Template:
        self.writes += 1
        made = Template(
            f"t{len(self.template_list) + 1}",
            season_id,
            template.helper_id,
            template.weekday,
            template.starts,
            template.ends,
            template.slot_minutes,
            template.capacity,
            template.valid_from,
            template.valid_to,
        )
        self.template_list.append(made)
        return made


def test_backend_protocol_matches_the_service() -> None:
    backend: PlanningBackend = PlanningService.__new__(PlanningService)
    assert backend is not None


def test_apply_creates_partners_helpers_and_templates_once() -> None:
    fake = FakePlanning()
    sheet = parse_availability(
        [
            ["helper", "organisatie", "dag", "van", "tot", "duur", "plaatsen"],
            ["ANNA DE VRIES", "fnv belastingservice", "dinsdag", "9:00", "12:00", "30", "1"],
            ["Bert Bakker", "Humanitas", "woensdag", "9:00", "12:00", "45", "2"],
            ["Bert Bakker", "Humanitas", "donderdag", "13:00", "16:00", "45", "2"],
            ["Dirk", "", "04-03-2027", "10:00", "12:00", "60", ""],
        ]
    )
    plan = plan_availability(fake, "s1", sheet)
    assert plan.ok
    assert plan.new_partners == ("Humanitas",)
    assert plan.new_helpers == (("Bert Bakker", "Humanitas"), ("Dirk", ""))
    assert words.text(plan.summary()) == (
        "4 nieuwe roosterregels, 2 nieuwe helpers, 1 nieuwe organisatie."
    )

    result = apply_availability(fake, "s1", sheet)
    assert (result.templates, result.helpers, result.partners) == (4, 2, 1)
    bert = next(h for h in fake.helper_list if h.name == "Bert Bakker")
    assert bert.partner_name == "Humanitas"
    assert bert.topics == ALL_TOPICS
    assert [t.helper_id for t in fake.template_list].count(bert.id) == 2
    assert fake.template_list[0].helper_id == "h1"  # matched despite case differences
    assert fake.template_list[3].valid_from == date(2027, 3, 4)

    writes = fake.writes
    again = apply_availability(fake, "s1", sheet)
    assert (again.templates, again.helpers, again.partners, again.unchanged) == (0, 0, 0, 4)
    assert fake.writes == writes


def bad_sheet() -> AvailabilitySheet:
    return parse_availability(
        [
            ["helper", "organisatie", "dag", "van", "tot", "duur"],
            ["Anna de Vries", "FNV Belastingservice", "dinsdag", "9:00", "12:00", "30"],  # 2
            ["Anna de Vries", "Humanitas", "woensdag", "9:00", "12:00", "30"],  # 3
            ["Eva", "", "12-06-2027", "9:00", "12:00", "30"],  # 4: outside the season
            ["Carla Slaap", "", "maandag", "9:00", "12:00", "30"],  # 5: inactive
            ["Frits", "Nieuw", "vrijdag", "12:00", "9:00", "30"],  # 6: bad times
            ["Gert", "Nieuw", "vrijdag", "9:00", "12:00", "30"],  # 7
        ]
    )


def test_apply_is_all_or_nothing_by_default() -> None:
    fake = FakePlanning()
    with pytest.raises(InputError) as caught:
        apply_availability(fake, "s1", bad_sheet())
    assert fake.writes == 0
    assert {p.code for p in caught.value.problems} == {"planning.import.row"}
    assert [words.problem_text(p) for p in caught.value.problems] == [
        "Rij 3: helper 'Anna de Vries' bestaat al bij FNV Belastingservice, niet bij "
        "'Humanitas'. Pas de organisatie aan of gebruik een andere naam.",
        "Rij 4: 12-06-2027 valt buiten het seizoen (01-03-2027 t/m 01-05-2027).",
        "Rij 5: helper 'Carla Slaap' staat op niet actief; zet de helper eerst op actief.",
        "Rij 6: 'tot' (09:00) ligt voor 'van' (12:00).",
    ]


def test_apply_good_rows_only_when_asked() -> None:
    fake = FakePlanning()
    result = apply_availability(fake, "s1", bad_sheet(), skip_errors=True)
    assert (result.templates, result.helpers, result.partners) == (2, 1, 1)
    assert sorted({e.row for e in result.skipped}) == [3, 4, 5, 6]
    assert [h.name for h in fake.helper_list][-1] == "Gert"


def test_plan_reports_overlap_with_an_existing_template() -> None:
    fake = FakePlanning()
    fake.template_list.append(Template("t0", "s1", "h1", 2, time(10), time(11), 30))
    sheet = parse_availability(
        [
            ["helper", "dag", "van", "tot", "duur"],
            ["Anna de Vries", "dinsdag", "9:00", "12:00", "30"],
        ]
    )
    plan = plan_availability(fake, "s1", sheet)
    assert [words.text(e.message) for e in plan.errors] == [
        "Rij 2: overlapt met het bestaande rooster van Anna de Vries (dinsdag 10:00–11:00)."
    ]
    with pytest.raises(InputError) as gone:
        plan_availability(fake, "nope", sheet)
    assert words.error_text(gone.value).startswith("Dit seizoen bestaat niet")


# -- on the real service --------------------------------------------------------------------


def real_sheet() -> AvailabilitySheet:
    return parse_availability(
        [
            ["Helper", "Organisatie", "Dag", "Van", "Tot", "Duur", "Plaatsen"],
            ["anja de vries", "FNV Belastingservice", "woensdag", "9:00", "10:00", "30", "1"],
            ["Anja de Vries", "FNV Belastingservice", "dinsdag", "10:00", "12:00", "30", ""],
            ["Lotte Peters", "Vluchtelingenwerk", "vrijdag", "13:00", "14:30", "45", "2"],
        ]
    )


def test_apply_on_the_service_then_export(
    planning: PlanningService, world: World, tmp_path: Path
) -> None:
    before = len(planning.templates(world.season.id))
    result = apply_availability(planning, world.season.id, real_sheet())
    # Anja's Tuesday template exists already (10-12, 30 min, 1 place): not made twice.
    assert (result.templates, result.helpers, result.partners, result.unchanged) == (2, 1, 1, 1)
    assert len(planning.templates(world.season.id)) == before + 2
    lotte = next(h for h in planning.helpers() if h.name == "Lotte Peters")
    assert lotte.partner_name == "Vluchtelingenwerk"
    assert set(lotte.topics) == set(ALL_TOPICS)

    planning.generate(world.season.id)
    grid = planning.grid(world.season.id)
    slot = next(s for s in grid.cells.values() if s.helper_id == world.anja.id)
    planning.book(slot.id, BookingInput("Jan Jansen", "0612345678", purpose=("aangifte",)))
    path = tmp_path / "rooster.xlsx"
    rows = export_schedule(planning.grid(world.season.id), path)
    sheet = load_workbook(path)["Rooster"]
    assert sheet.max_row == rows + 1
    names = {c.value for c in sheet["H"][1:]}
    assert "Jan Jansen" in names
    helpers = {c.value for c in sheet["D"][1:]}
    assert helpers == {"Anja de Vries", "Kees Bakker", "Lotte Peters"}
    assert apply_availability(planning, world.season.id, real_sheet()).templates == 0


def test_all_or_nothing_on_the_service(planning: PlanningService, world: World) -> None:
    sheet = parse_availability(
        [
            ["helper", "organisatie", "dag", "van", "tot", "duur"],
            ["Nieuwe Hulp", "Nieuwe Organisatie", "maandag", "9:00", "11:00", "30"],
            ["Kees Bakker", "FNV Belastingservice", "maandag", "9:00", "11:00", "30"],
        ]
    )
    helpers, partners = len(planning.helpers()), len(planning.partners())
    templates = len(planning.templates(world.season.id))
    with pytest.raises(InputError) as refused:
        apply_availability(planning, world.season.id, sheet)
    assert "Rij 3: helper 'Kees Bakker' bestaat al bij Humanitas" in words.error_text(refused.value)
    assert len(planning.helpers()) == helpers
    assert len(planning.partners()) == partners
    assert len(planning.templates(world.season.id)) == templates
