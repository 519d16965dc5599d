"""The government layer of each organisation: catalogue 2, the parser's rules, the mapping."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.catalogue import (
    LIST_NAMES,
    Catalogue,
    CatalogueError,
    CatalogueSet,
    load_catalogues,
    parse_catalogue,
    shipped_files,
)
from kiosk.locations import demo_location
from kiosk.paths import app_paths
from kiosk.visits import QuestionInput, VisitInput

LAYERS = ("rijk", "gemeente", "provincie", "waterschap", "uitvoeringsorganisatie", "overig")

#: The assignment resources/catalogue/README.md explains, written out once more: a change to
#: the file has to be a deliberate change here too.
EXPECTED = {
    "belastingdienst": "uitvoeringsorganisatie",
    "toeslagen": "uitvoeringsorganisatie",
    "douane": "uitvoeringsorganisatie",
    "uwv": "uitvoeringsorganisatie",
    "svb": "uitvoeringsorganisatie",
    "duo": "uitvoeringsorganisatie",
    "cjib": "uitvoeringsorganisatie",
    "cak": "uitvoeringsorganisatie",
    "cbr": "uitvoeringsorganisatie",
    "ciz": "uitvoeringsorganisatie",
    "rdw": "uitvoeringsorganisatie",
    "huurcommissie": "uitvoeringsorganisatie",
    "lbio": "uitvoeringsorganisatie",
    "rvr": "uitvoeringsorganisatie",
    "logius": "rijk",
    "mijnoverheid": "rijk",
    "gemeente": "gemeente",
    "zorgverzekeraar": "overig",
    "pensioenfonds": "overig",
    "bank": "overig",
    "woningcorporatie": "overig",
    "anders": "overig",
    "nvt": "overig",
}


def raw(version: int) -> dict[str, Any]:
    """The decoded shipped ``catalogue-<version>.json``."""
    [text] = [t for name, t in shipped_files() if name == f"catalogue-{version}.json"]
    data: dict[str, Any] = json.loads(text)
    return data


def catalogue(version: int) -> Catalogue:
    found = load_catalogues().version(version)
    assert found is not None
    return found


def only_version_1() -> list[tuple[str, str]]:
    """What a desk of the release before catalogue 2 ships."""
    return [(name, text) for name, text in shipped_files() if name == "catalogue-1.json"]


# -- catalogue 2 as shipped -----------------------------------------------------------------


def test_version_2_is_the_current_catalogue_of_the_desk() -> None:
    catalogues = load_catalogues()
    assert catalogues.current.version == 2
    assert catalogues.problems == ()
    assert raw(2)["format"] == raw(1)["format"] == 1  # an older desk reads it (see below)


def test_the_layer_list_has_the_six_layers_with_labels_and_help() -> None:
    layers = catalogue(2).options("layer")
    assert tuple(o.code for o in layers) == LAYERS
    for option in layers:
        assert option.nl.strip() and option.en.strip() and option.help.strip(), option.code
    assert catalogue(1).options("layer") == ()  # version 1 had none


def test_every_organisation_of_version_2_has_a_valid_layer() -> None:
    layers = {o.code for o in catalogue(2).options("layer")}
    rows = raw(2)["lists"]["organisation"]
    assert all(row.get("layer") in layers for row in rows)
    options = catalogue(2).options("organisation", include_retired=True)
    assert {o.code: o.layer for o in options} == EXPECTED


def test_version_2_keeps_every_list_and_code_of_version_1() -> None:
    """Same lists, codes, order, labels and help: only the layers are new."""
    one, two = catalogue(1), catalogue(2)
    for name in LIST_NAMES:
        without_layers = tuple(dataclasses.replace(o, layer=None) for o in two.lists[name])
        assert without_layers == one.lists[name], name


def test_an_older_parser_reads_version_2_as_version_1() -> None:
    """Format 1 grows by members an older desk ignores; take them out and nothing else differs.

    A desk of the release before layers reads exactly the lists in LIST_NAMES and the option
    members it knows, so it installs catalogue 2 and offers the same choices.
    """
    stripped = raw(2)
    del stripped["lists"]["layer"]
    for row in stripped["lists"]["organisation"]:
        del row["layer"]
    assert stripped["lists"] == raw(1)["lists"]
    assert set(raw(2)) == set(raw(1))


def test_the_parser_ignores_lists_and_members_it_does_not_know() -> None:
    """The property every release relies on to install a newer format-1 catalogue."""
    data = raw(2)
    data["lists"]["survey"] = [{"code": "x", "nl": "X", "en": "X"}]
    data["lists"]["topic"][0]["icon"] = "digid.svg"
    data["remarks"] = "not read"
    parsed = parse_catalogue(data, "future.json")
    assert parsed.lists == catalogue(2).lists


# -- the parser's rules for layers ----------------------------------------------------------


def _organisation(data: dict[str, Any], code: str) -> dict[str, Any]:
    rows: list[dict[str, Any]] = data["lists"]["organisation"]
    [row] = [r for r in rows if r["code"] == code]
    return row


def _unknown_layer(data: dict[str, Any]) -> None:
    _organisation(data, "uwv")["layer"] = "europa"


def _missing_layer(data: dict[str, Any]) -> None:
    del _organisation(data, "uwv")["layer"]


def _layer_not_text(data: dict[str, Any]) -> None:
    _organisation(data, "uwv")["layer"] = ["rijk"]


def _empty_layer_list(data: dict[str, Any]) -> None:
    data["lists"]["layer"] = []


def _repeated_layer(data: dict[str, Any]) -> None:
    data["lists"]["layer"].append(dict(data["lists"]["layer"][0]))


def _layer_without_list(data: dict[str, Any]) -> None:
    del data["lists"]["layer"]


def _layer_without_english(data: dict[str, Any]) -> None:
    data["lists"]["layer"][0]["en"] = ""


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_unknown_layer, "'uwv' has no layer of the layer list"),
        (_missing_layer, "'uwv' has no layer of the layer list"),
        (_layer_not_text, "'layer' must be text"),
        (_empty_layer_list, "list 'layer' is empty"),
        (_repeated_layer, "repeated in list 'layer'"),
        (_layer_without_list, "names a layer, but the catalogue has no layer list"),
        (_layer_without_english, "without 'en'"),
    ],
)
def test_a_catalogue_with_broken_layers_is_refused(
    damage: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = raw(2)
    damage(data)
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(data, "catalogue-3.json")


def test_a_catalogue_without_layers_is_still_valid() -> None:
    data = raw(2)
    del data["lists"]["layer"]
    for row in data["lists"]["organisation"]:
        del row["layer"]
    assert parse_catalogue(data).options("layer") == ()


# -- the mapping (catalogue version, organisation) -> layer ---------------------------------


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_a_version_1_record_maps_to_the_layer_catalogue_2_gives(code: str) -> None:
    catalogues = load_catalogues()
    assert catalogues.layer(1, code) == EXPECTED[code]
    assert catalogues.layer(2, code) == EXPECTED[code]


def test_what_has_no_layer_maps_to_none() -> None:
    catalogues = load_catalogues()
    assert catalogues.layer(1, None) is None  # no organisation at all
    assert catalogues.layer(1, "no_such_organisation") is None
    assert catalogues.layer(99, "uwv") == "uitvoeringsorganisatie"  # a version not installed
    only_1 = CatalogueSet([catalogue(1)])
    assert only_1.layer(1, "uwv") is None  # nothing installed knows layers
    assert only_1.layers() == {}


def _version_3(data: dict[str, Any]) -> dict[str, Any]:
    """A later catalogue: a new organisation, and one organisation placed in another layer."""
    newer = copy.deepcopy(data)
    newer["version"] = 3
    organisations = newer["lists"]["organisation"]
    organisations.append(
        {
            "code": "waterschap",
            "nl": "Waterschap",
            "en": "Water authority",
            "help": "Heffingen.",
            "layer": "waterschap",
        }
    )
    _organisation(newer, "logius")["layer"] = "uitvoeringsorganisatie"
    return newer


def test_a_record_keeps_its_own_versions_layer_and_version_1_takes_the_newest(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "catalogue"
    folder.mkdir()
    (folder / "catalogue-3.json").write_text(json.dumps(_version_3(raw(2))), encoding="utf-8")
    catalogues = load_catalogues(folder)
    assert catalogues.current.version == 3

    assert catalogues.layer(2, "logius") == "rijk"  # version 2 gives it one: that one
    assert catalogues.layer(3, "logius") == "uitvoeringsorganisatie"
    assert catalogues.layer(1, "logius") == "uitvoeringsorganisatie"  # v1 has none: the newest
    # A code only a later version knows still maps, in a record of any version.
    assert catalogues.layer(1, "waterschap") == catalogues.layer(3, "waterschap") == "waterschap"


def test_the_layer_table_holds_every_version_and_organisation(tmp_path: Path) -> None:
    folder = tmp_path / "catalogue"
    folder.mkdir()
    (folder / "catalogue-3.json").write_text(json.dumps(_version_3(raw(2))), encoding="utf-8")
    catalogues = load_catalogues(folder)

    table = catalogues.layers()

    codes = {*EXPECTED, "waterschap"}
    assert set(table) == {(v, c) for v in (1, 2, 3) for c in codes}
    for (version, code), layer in table.items():
        assert catalogues.layer(version, code) == layer
    assert catalogues.layers() is table  # built once
    assert catalogues.label("layer", "uitvoeringsorganisatie", "en") == "Executive agency"


# -- records of both versions at the desk ---------------------------------------------------


def test_old_records_keep_catalogue_version_1_and_both_map_to_a_layer(
    tmp_path: Path,
    clock: Any,
    make_visit: Callable[..., VisitInput],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A desk records under version 1, is updated to ship version 2, and records again."""
    paths = app_paths(tmp_path)
    question = QuestionInput(topic="werk_uitkering", organisation="uwv", help=("informatie",))
    with monkeypatch.context() as older_release:
        older_release.setattr("kiosk.catalogue.shipped_files", only_version_1)
        app = Kiosk.open(paths, now=clock.now)
        assert app.catalogues.current.version == 1
        desk = app.locations.create(demo_location(), demo=True)
        [old_id] = app.registration.record(desk.desk_id, make_visit(question)).visit_ids
        app.close()

    clock.advance(minutes=5)
    app = Kiosk.open(paths, now=clock.now)
    try:
        assert app.catalogues.current.version == 2
        # The same choices as before: the layer is never asked.
        before = CatalogueSet([catalogue(1)])
        for name in LIST_NAMES:
            codes = [o.code for o in app.catalogues.current.options(name)]
            assert codes == [o.code for o in before.current.options(name)], name
        [new_id] = app.registration.record(desk.desk_id, make_visit(question)).visit_ids
        with app.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT v.id, v.catalogue_version, q.organisation FROM visit v "
                "JOIN question q ON q.visit_id = v.id"
            ).fetchall()
        assert {row[0]: row[1] for row in rows} == {old_id: 1, new_id: 2}
        assert {app.catalogues.layer(row[1], row[2]) for row in rows} == {"uitvoeringsorganisatie"}
        old_input = app.registration.visit_input(old_id)
        assert old_input is not None and old_input.questions == (question,)
    finally:
        app.close()
