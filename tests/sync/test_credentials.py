"""The device token: OS keyring when usable, else a user-only file; never logged."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backends import fail

from sync.credentials import FALLBACK_FILE, SERVICE, STORE_ENV, TokenStore

TOKEN = "dk_abc123_secret-part-that-must-never-leak"


class MemoryKeyring:
    """A working credential store (duck-typed: subclassing would register it with keyring)."""

    priority = 5

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("missing")


class BrokenKeyring(MemoryKeyring):
    """Claims to work, then refuses (a locked Secret Service, a full vault)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("refused")


def store(tmp_path: Path, backend: Any) -> TokenStore:
    return TokenStore(tmp_path / "config", backend=backend)


def test_usable_keyring_holds_the_token_under_the_app_service(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    tokens = store(tmp_path, backend)

    assert tokens.save("dev-1", TOKEN) == "keyring"

    assert backend.items == {(SERVICE, "dev-1"): TOKEN}
    assert tokens.load("dev-1") == TOKEN
    assert not (tmp_path / "config" / FALLBACK_FILE).exists()
    assert tokens.location("dev-1") == "keyring"


def test_without_a_keyring_the_token_goes_to_a_user_only_file(tmp_path: Path) -> None:
    tokens = store(tmp_path, fail.Keyring())

    assert tokens.save("dev-1", TOKEN) == "file"

    path = tmp_path / "config" / FALLBACK_FILE
    assert path.is_file()
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tokens.load("dev-1") == TOKEN
    assert tokens.location("dev-1") == "file"
    assert store(tmp_path, fail.Keyring()).load("dev-1") == TOKEN  # a new process reads it


def test_file_mode_stays_private_even_with_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        store(tmp_path, fail.Keyring()).save("dev-1", TOKEN)
    finally:
        os.umask(old)
    if os.name != "nt":
        assert stat.S_IMODE((tmp_path / "config" / FALLBACK_FILE).stat().st_mode) == 0o600


def test_a_keyring_that_refuses_falls_back_to_the_file(tmp_path: Path) -> None:
    tokens = store(tmp_path, BrokenKeyring())

    assert tokens.save("dev-1", TOKEN) == "file"
    assert tokens.load("dev-1") == TOKEN


def test_the_default_backend_on_this_box_is_not_usable_and_falls_back(tmp_path: Path) -> None:
    tokens = TokenStore(tmp_path / "config")
    if tokens.keyring_usable:
        pytest.skip("this machine has a real credential store")
    assert tokens.save("dev-1", TOKEN) == "file"
    assert tokens.load("dev-1") == TOKEN


def test_saving_to_the_keyring_removes_an_older_file_copy(tmp_path: Path) -> None:
    store(tmp_path, fail.Keyring()).save("dev-1", "old-token")
    tokens = store(tmp_path, MemoryKeyring())

    tokens.save("dev-1", TOKEN)

    assert tokens.load("dev-1") == TOKEN
    assert not (tmp_path / "config" / FALLBACK_FILE).exists()


def test_delete_forgets_one_device_in_both_places(tmp_path: Path) -> None:
    tokens = store(tmp_path, fail.Keyring())
    tokens.save("dev-1", "one")
    tokens.save("dev-2", "two")

    tokens.delete("dev-1")
    tokens.delete("never-saved")

    assert tokens.load("dev-1") is None
    assert tokens.load("dev-2") == "two"


@pytest.mark.parametrize("backend", [fail.Keyring(), MemoryKeyring()], ids=["file", "keyring"])
def test_a_rotation_keeps_the_token_it_replaced_until_the_next_one(
    tmp_path: Path, backend: Any
) -> None:
    tokens = store(tmp_path, backend)
    tokens.save("dev-1", "first")
    for fresh in ("second", "third"):
        tokens.stage("dev-1", fresh)
        tokens.promote("dev-1")
    tokens.promote("dev-1")  # a repeated promote (after a crash) keeps what it had

    assert (tokens.load("dev-1"), tokens.previous("dev-1")) == ("third", "second")
    tokens.reinstate_previous("dev-1")  # a server restored from before the last rotation
    assert (tokens.load("dev-1"), tokens.previous("dev-1")) == ("second", None)
    tokens.stage("dev-1", "fourth")
    tokens.promote("dev-1")
    tokens.delete("dev-1")
    assert (tokens.load("dev-1"), tokens.previous("dev-1"), tokens.staged("dev-1")) == (
        None,
        None,
        None,
    )


def test_a_damaged_file_reads_as_no_token(tmp_path: Path) -> None:
    path = tmp_path / "config" / FALLBACK_FILE
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    assert store(tmp_path, fail.Keyring()).load("dev-1") is None


def test_the_token_never_reaches_the_log_or_the_repr(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for backend in (fail.Keyring(), BrokenKeyring(), MemoryKeyring()):
        tokens = store(tmp_path / type(backend).__name__, backend)
        tokens.save("dev-1", TOKEN)
        tokens.load("dev-1")
        assert TOKEN not in repr(tokens)
    assert caplog.records  # the fallbacks were logged ...
    assert TOKEN not in caplog.text  # ... without the token


@pytest.mark.parametrize(("setting", "where"), [("file", "file"), ("", "keyring")])
def test_the_token_store_setting_keeps_the_token_beside_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, where: str
) -> None:
    backend = MemoryKeyring()  # a working keyring, as on a Windows PC
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setenv(STORE_ENV, setting)
    tokens = TokenStore(tmp_path / "config")

    assert tokens.save("dev-1", TOKEN) == where
    assert tokens.load("dev-1") == TOKEN
    assert bool(backend.items) == (where == "keyring")
