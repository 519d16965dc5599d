"""The versioned category lists: the shipped files, installing a newer one, retired codes."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Kiosk
from kiosk.catalogue import (
    LIST_NAMES,
    OPTIONAL_LIST_NAMES,
    CatalogueError,
    load_catalogues,
    parse_catalogue,
    shipped_files,
)
from kiosk.errors import InputError
from kiosk.locations import demo_location
from kiosk.paths import AppPaths, app_paths
from kiosk.visits import DIGITAL_GOVERNMENT, NOT_APPLICABLE, REFERRED, QuestionInput, VisitInput
from ui import words

RETIRED_TOPIC = "bieb_cursus"
NEW_TOPIC = "digid_wallet"
SHIPPED = {json.loads(text)["version"]: json.loads(text) for _, text in shipped_files()}
NEWEST = max(SHIPPED)
NEXT = NEWEST + 1  # the version a test installs after release
NEXT_FILE = f"catalogue-{NEXT}.json"


def shipped_data(version: int = NEWEST) -> dict[str, Any]:
    """A decoded shipped catalogue, the newest by default (a fresh copy each call)."""
    return copy.deepcopy(SHIPPED[version])


def next_version(data: dict[str, Any]) -> dict[str, Any]:
    """Derive the next catalogue from *data*: one topic retired, one new topic added."""
    newer = copy.deepcopy(data)
    newer["version"] = NEXT
    newer["released"] = "2027-01-01"
    topics = newer["lists"]["topic"]
    [retired] = [t for t in topics if t["code"] == RETIRED_TOPIC]
    retired["retired"] = True
    topics.append(
        {
            "code": NEW_TOPIC,
            "nl": "EDI-wallet",
            "en": "EDI wallet",
            "help": "De Europese digitale identiteit gebruiken.",
            "kind": DIGITAL_GOVERNMENT,
            "group": "DigiD",
        }
    )
    return newer


def install(paths: AppPaths, name: str, content: str | bytes) -> Path:
    paths.ensure()
    target = paths.catalogue_dir / name
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return target


# -- the shipped catalogue ------------------------------------------------------------------


def test_shipped_catalogue_loads_with_every_list_filled() -> None:
    catalogues = load_catalogues()
    current = catalogues.current
    assert current.version == NEWEST >= 2
    assert [c.version for c in catalogues] == list(range(1, NEWEST + 1))  # none ever dropped
    assert catalogues.problems == ()
    assert set(current.lists) == {*LIST_NAMES, *OPTIONAL_LIST_NAMES}
    for name in current.lists:
        assert current.options(name), f"list {name} is empty"


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_shipped_codes_are_unique_per_list(version: int) -> None:
    for name, rows in shipped_data(version)["lists"].items():
        codes = [row["code"] for row in rows]
        assert len(codes) == len(set(codes)), f"duplicate code in {name}"


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_every_shipped_option_has_dutch_and_english_labels(version: int) -> None:
    for name, rows in shipped_data(version)["lists"].items():
        for row in rows:
            assert row["nl"].strip(), f"{name}.{row['code']} has no Dutch label"
            assert row["en"].strip(), f"{name}.{row['code']} has no English label"


@pytest.mark.parametrize("version", sorted(SHIPPED))
def test_every_shipped_topic_has_a_known_kind_and_organisation(version: int) -> None:
    current = load_catalogues().version(version)
    assert current is not None
    kinds = {o.code for o in current.options("kind")}
    organisations = {o.code for o in current.options("organisation")}
    for topic in current.options("topic"):
        assert topic.kind in kinds, topic.code
        assert topic.organisation is None or topic.organisation in organisations, topic.code


def test_shipped_catalogue_has_the_codes_validation_relies_on() -> None:
    current = load_catalogues().current
    assert current.is_active("kind", DIGITAL_GOVERNMENT)
    assert current.is_active("organisation", NOT_APPLICABLE)
    assert current.is_active("help", REFERRED)
    assert any(t.digid for t in current.options("topic"))
    assert any(t.kind != DIGITAL_GOVERNMENT for t in current.options("topic"))


# -- parsing --------------------------------------------------------------------------------


def test_parse_refuses_duplicate_codes() -> None:
    data = shipped_data()
    data["lists"]["channel"].append(dict(data["lists"]["channel"][0]))
    with pytest.raises(CatalogueError, match="code is repeated"):
        parse_catalogue(data, "dup.json")


def test_parse_refuses_a_topic_without_kind() -> None:
    data = shipped_data()
    del data["lists"]["topic"][0]["kind"]
    with pytest.raises(CatalogueError, match="unknown kind"):
        parse_catalogue(data, "nokind.json")


def test_parse_refuses_an_option_without_english_label() -> None:
    data = shipped_data()
    data["lists"]["help"][0]["en"] = " "
    with pytest.raises(CatalogueError, match="without 'en'"):
        parse_catalogue(data, "noen.json")


# -- a newer catalogue installed after release ----------------------------------------------


def test_installed_newer_catalogue_becomes_current(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    install(paths, NEXT_FILE, json.dumps(next_version(shipped_data())))

    catalogues = load_catalogues(paths.catalogue_dir)

    assert catalogues.current.version == NEXT
    assert [c.version for c in catalogues] == [*sorted(SHIPPED), NEXT]
    assert catalogues.problems == ()
    assert catalogues.current.is_active("topic", NEW_TOPIC)
    assert not catalogues.current.is_active("topic", RETIRED_TOPIC)
    assert RETIRED_TOPIC not in {o.code for o in catalogues.current.options("topic")}
    assert RETIRED_TOPIC in {
        o.code for o in catalogues.current.options("topic", include_retired=True)
    }
    shipped = catalogues.version(NEWEST)
    assert shipped is not None
    assert shipped.is_active("topic", RETIRED_TOPIC)


def test_retired_code_keeps_its_label(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    install(paths, NEXT_FILE, json.dumps(next_version(shipped_data())))
    catalogues = load_catalogues(paths.catalogue_dir)

    assert catalogues.label("topic", RETIRED_TOPIC) == "Cursus in de bibliotheek"
    assert catalogues.label("topic", RETIRED_TOPIC, "en") == "Library course"
    assert catalogues.label("topic", NEW_TOPIC, "en") == "EDI wallet"


def test_unknown_code_label_falls_back_to_the_code() -> None:
    catalogues = load_catalogues()
    assert catalogues.label("topic", "no_such_topic") == "no_such_topic"
    assert catalogues.label("organisation", "gone", "en") == "gone"


def test_new_catalogue_applies_to_the_app_without_code_changes(
    tmp_path: Path, clock: Any, make_visit: Callable[..., VisitInput]
) -> None:
    """Record, install the next version, reopen: new topic usable, retired refused, old kept."""
    paths = app_paths(tmp_path)
    app = Kiosk.open(paths, now=clock.now)
    desk = app.locations.create(demo_location(), demo=True)
    old_question = QuestionInput(topic=RETIRED_TOPIC, help=("informatie",))
    [old_id] = app.registration.record(desk.desk_id, make_visit(old_question)).visit_ids
    app.close()

    install(paths, NEXT_FILE, json.dumps(next_version(shipped_data())))
    clock.advance(minutes=5)
    app = Kiosk.open(paths, now=clock.now)
    try:
        assert app.catalogues.current.version == NEXT
        with pytest.raises(InputError) as refused:
            app.registration.record(desk.desk_id, make_visit(old_question))
        assert "onderwerp" in words.error_text(refused.value)
        new_question = QuestionInput(topic=NEW_TOPIC, organisation="logius", help=("wegwijs",))
        [new_id] = app.registration.record(desk.desk_id, make_visit(new_question)).visit_ids

        with app.db.engine.connect() as conn:
            versions = dict(
                conn.exec_driver_sql("SELECT id, catalogue_version FROM visit").fetchall()
            )
        assert versions == {old_id: NEWEST, new_id: NEXT}

        # The old record stays readable: in the day list, as input, and with its label.
        day = app.registration.day(desk.desk_id)
        assert {row.id: row.topics for row in day.rows} == {
            old_id: (RETIRED_TOPIC,),
            new_id: (NEW_TOPIC,),
        }
        assert day.visits == 2
        old_input = app.registration.visit_input(old_id)
        assert old_input is not None
        assert old_input.questions == (old_question,)
        assert app.catalogues.label("topic", RETIRED_TOPIC) == "Cursus in de bibliotheek"
        # Frequently used codes only offer what may still be chosen.
        assert RETIRED_TOPIC not in app.registration.frequent(desk.desk_id).topics
    finally:
        app.close()


# -- malformed installed files --------------------------------------------------------------


def _missing_list() -> str:
    data = next_version(shipped_data())
    del data["lists"]["referral"]
    return json.dumps(data)


def _bad_kind_type() -> str:
    data = next_version(shipped_data())
    data["lists"]["topic"][0]["kind"] = ["digital_government"]
    return json.dumps(data)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('{"format": 1, "version": 3,', id="truncated-json"),
        pytest.param("[]", id="not-an-object"),
        pytest.param('{"format": 1, "title": "caf\xe9"}'.encode("cp1252"), id="not-utf8"),
        pytest.param('{"format": 99, "version": 3, "lists": {}}', id="unknown-format"),
        pytest.param(_missing_list(), id="missing-list"),
        pytest.param(_bad_kind_type(), id="kind-not-text"),
    ],
)
def test_malformed_installed_file_is_skipped_and_reported(
    tmp_path: Path, content: str | bytes
) -> None:
    paths = app_paths(tmp_path)
    install(paths, NEXT_FILE, content)

    catalogues = load_catalogues(paths.catalogue_dir)

    assert catalogues.current.version == NEWEST
    assert len(catalogues.problems) == 1
    assert NEXT_FILE in catalogues.problems[0]


def test_malformed_file_does_not_hide_a_valid_one(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    install(paths, NEXT_FILE, json.dumps(next_version(shipped_data())))
    install(paths, f"catalogue-{NEXT + 1}.json", "not json at all")

    catalogues = load_catalogues(paths.catalogue_dir)

    assert catalogues.current.version == NEXT
    assert [p.split(":")[0] for p in catalogues.problems] == [f"catalogue-{NEXT + 1}.json"]


def test_app_opens_and_logs_a_skipped_catalogue(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = app_paths(tmp_path)
    install(paths, NEXT_FILE, "[]")

    app = Kiosk.open(paths)
    app.close()

    assert app.catalogues.current.version == NEWEST
    assert NEXT_FILE in caplog.text
