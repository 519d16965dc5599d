"""The server's app versions: settings checked at start, ``GET /v1/config``, the document.

The operator sets a recommended and a minimum desk version and a download address (flags of
``ido-central serve`` or ``$IDO_CENTRAL_*``); a wrong one stops the server with a plain
message instead of reaching 700 desks, which would ignore it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.protocol.answers import ConfigAnswer
from sync.central.cli import main
from sync.central.settings import APP_VERSION_ENV, Settings
from tests.sync.central.conftest import Central
from tests.sync.central.test_central_contract import strictly

URL = "https://intranet.example.nl/ido-kiosk/"


def load(tmp_path: Path, **values: str | None) -> Settings:
    return Settings.load(data_dir=tmp_path, **values)


def test_the_versions_come_from_the_environment_and_arguments_win(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(APP_VERSION_ENV["recommended_version"], " 1.4.0 ")
    monkeypatch.setenv(APP_VERSION_ENV["minimum_version"], "1.2")
    monkeypatch.setenv(APP_VERSION_ENV["download_url"], URL)

    assert load(tmp_path).app_versions() == {
        "recommended_version": "1.4.0",
        "minimum_version": "1.2",
        "download_url": URL,
    }
    assert load(tmp_path, recommended_version="2.0.0").recommended_version == "2.0.0"
    monkeypatch.setenv(APP_VERSION_ENV["minimum_version"], "")
    assert load(tmp_path).minimum_version is None


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"recommended_version": "1.4.0-beta"}, "recommended_version '1.4.0-beta' is not"),
        ({"minimum_version": "v1"}, "minimum_version 'v1' is not a release version"),
        ({"minimum_version": "1.2.3.4.5"}, "is not a release version"),
        ({"download_url": "javascript:alert(1)"}, "is not an http:// or https:// address"),
        ({"download_url": "ftp://example.nl/app.exe"}, "is not an http:// or https:// address"),
        ({"download_url": "https://exa mple.nl/"}, "is not an http:// or https:// address"),
        (
            {"recommended_version": "1.4", "minimum_version": "1.10"},
            "minimum_version 1.10 is above recommended_version 1.4",
        ),
    ],
)
def test_a_wrong_value_is_a_config_error(
    tmp_path: Path, values: dict[str, str], words: str
) -> None:
    with pytest.raises(ValueError) as raised:
        load(tmp_path, **values)
    assert words in str(raised.value)


def test_the_same_version_written_two_ways_is_no_error(tmp_path: Path) -> None:
    settings = load(tmp_path, recommended_version="1.4", minimum_version="1.4.0")
    assert (settings.recommended_version, settings.minimum_version) == ("1.4", "1.4.0")


def test_serve_refuses_to_start_with_a_minimum_above_the_recommended(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "--data-dir",
            str(tmp_path),
            "serve",
            "--recommended-version",
            "1.4.0",
            "--minimum-version",
            "2.0.0",
        ]
    )

    assert status == 1
    said = capsys.readouterr().err
    assert said.startswith("ido-central: minimum_version 2.0.0 is above recommended_version")
    assert "Traceback" not in said


def test_a_wrong_variable_stops_any_command_with_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(APP_VERSION_ENV["download_url"], "file:///C:/ido.exe")

    assert main(["--data-dir", str(tmp_path), "devices"]) == 1
    assert "$IDO_CENTRAL_DOWNLOAD_URL" in capsys.readouterr().err


def test_the_config_carries_the_versions(make_central: Callable[..., Central]) -> None:
    central = make_central(recommended_version="1.4.0", minimum_version="1.2", download_url=URL)
    desk = central.enroll()

    answer = central.client.get("/v1/config", headers=desk.headers).json()

    config = strictly(ConfigAnswer, answer)
    assert (config.recommended_version, config.minimum_version, config.download_url) == (
        "1.4.0",
        "1.2",
        URL,
    )


def test_without_versions_the_config_says_null(central: Central) -> None:
    desk = central.enroll()
    answer = central.client.get("/v1/config", headers=desk.headers).json()

    assert {name: answer[name] for name in APP_VERSION_ENV} == dict.fromkeys(APP_VERSION_ENV)
    strictly(ConfigAnswer, answer)


def test_the_document_states_them_as_optional(central: Central) -> None:
    document = central.client.get("/openapi.json").json()
    config = document["components"]["schemas"]["ConfigAnswer"]

    assert set(APP_VERSION_ENV) <= set(config["properties"])
    assert not set(APP_VERSION_ENV) & set(config.get("required", ()))
    url = config["properties"]["download_url"]["anyOf"][0]
    assert url["maxLength"] == 2000 and url["pattern"].startswith("^[Hh][Tt][Tt][Pp]")
