"""The desk's settings: defaults, saving within limits, refusals, and the hashed staff PIN."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kiosk.app import Kiosk
from kiosk.errors import InputError
from kiosk.settings import DeskSettings, SettingsService


def codes(error: InputError) -> set[str]:
    """Return the codes of the problems in *error*."""
    return {problem.code for problem in error.problems}


def test_defaults_when_nothing_is_stored(kiosk_app: Kiosk) -> None:
    assert kiosk_app.settings.read() == DeskSettings()
    assert DeskSettings().history_days == 14


def test_save_keeps_the_values_and_leaves_the_rest(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings
    saved = service.save(idle_minutes=0, contrast="high", large_targets=True)
    assert saved == service.read()
    service.save(history_days=30, kiosk_mode=True, windows_lock=True)
    again = SettingsService(kiosk_app.db).read()
    assert (again.idle_minutes, again.contrast, again.large_targets) == (0, "high", True)
    assert (again.history_days, again.kiosk_mode, again.windows_lock) == (30, True, True)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"idle_minutes": -1}, "settings.idle_minutes_range"),
        ({"idle_minutes": 121}, "settings.idle_minutes_range"),
        ({"contrast": "purple"}, "settings.contrast_unknown"),
        ({"history_days": 0}, "settings.history_days_range"),
        ({"history_days": 63}, "settings.history_days_range"),
        ({"language": "de"}, "settings.language_unknown"),
        ({"language": "NL"}, "settings.language_unknown"),
    ],
)
def test_values_out_of_range_are_refused_and_nothing_changes(
    kiosk_app: Kiosk, changes: dict[str, object], code: str
) -> None:
    service = kiosk_app.settings
    service.save(idle_minutes=7)
    with pytest.raises(InputError) as refused:
        service.save(large_targets=True, **changes)  # type: ignore[arg-type]
    assert codes(refused.value) == {code}
    assert service.read() == DeskSettings(idle_minutes=7)


def test_limits_themselves_are_allowed(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings
    assert service.save(idle_minutes=120, history_days=62).history_days == 62
    assert service.save(idle_minutes=0, history_days=1).idle_minutes == 0


def test_a_bad_stored_value_reads_as_its_default(kiosk_app: Kiosk) -> None:
    with kiosk_app.db.write() as session:
        session.execute(
            text("INSERT INTO app_setting (key, value) VALUES ('desk_setting.idle_minutes', 'x')")
        )
        session.execute(
            text("INSERT INTO app_setting (key, value) VALUES ('desk_setting.history_days', '900')")
        )
    assert kiosk_app.settings.read() == DeskSettings()


def test_pin_is_stored_hashed_and_checked(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings
    assert not service.check_pin("1234")  # no PIN set: nothing opens with one
    service.set_pin("482913")
    assert service.read().pin_set
    assert service.check_pin("482913")
    assert not service.check_pin("482914")
    assert not service.check_pin("")
    with kiosk_app.db.query() as connection:
        stored = [str(row[0]) for row in connection.execute(text("SELECT value FROM app_setting"))]
    assert not any("482913" in value for value in stored)
    assert any(value.startswith("scrypt$") for value in stored)


def test_each_pin_gets_its_own_salt(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings

    def stored() -> str:
        with kiosk_app.db.query() as connection:
            row = connection.execute(
                text("SELECT value FROM app_setting WHERE key = 'desk_setting.pin_hash'")
            ).one()
        return str(row[0])

    service.set_pin("1234")
    first = stored()
    service.set_pin("1234")
    assert stored() != first
    assert service.check_pin("1234")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "１２３４", " 1234", ""])
def test_a_pin_that_is_not_4_to_8_digits_is_refused(kiosk_app: Kiosk, pin: str) -> None:
    with pytest.raises(InputError) as refused:
        kiosk_app.settings.set_pin(pin)
    assert codes(refused.value) == {"settings.pin_digits"}
    assert not kiosk_app.settings.read().pin_set


def test_clear_pin(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings
    service.set_pin("2580")
    service.clear_pin()
    assert not service.read().pin_set
    assert not service.check_pin("2580")


def test_language_is_dutch_by_default_and_english_can_be_chosen(kiosk_app: Kiosk) -> None:
    service = kiosk_app.settings
    assert service.read().language == "nl"
    assert service.save(language="en").language == "en"
    assert SettingsService(kiosk_app.db).read().language == "en"
    assert service.save(idle_minutes=3).language == "en"  # other changes keep it


def test_an_unknown_stored_language_reads_as_dutch(kiosk_app: Kiosk) -> None:
    with kiosk_app.db.write() as session:
        session.execute(
            text("INSERT INTO app_setting (key, value) VALUES ('desk_setting.language', 'fr')")
        )
    assert kiosk_app.settings.read().language == "nl"
