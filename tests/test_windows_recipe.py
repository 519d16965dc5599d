"""The Windows installer recipe (packaging/windows/ido-kiosk.iss) against what it relies on.

Nothing here runs Inno Setup (CI is Linux): the script is parsed and held to the repository.
Every ``Source:`` is the bundle's output folder or a file the repository has; the programs it
starts are the ones the spec builds; its version is pyproject's; the parameters it reads are
the ones docs/desk-install.md names; the enroll command it runs takes those options; the
environment variables it sets are the ones the app reads.
"""

from __future__ import annotations

import re
import tomllib
from argparse import _SubParsersAction
from pathlib import Path, PureWindowsPath

from kiosk.paths import HOME_ENV
from sync.credentials import STORE_ENV
from tools import bundle
from ui.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging" / "windows"
ISS = HERE / "ido-kiosk.iss"
BUILD = HERE / "build.ps1"
SPEC = ROOT / "packaging" / "desk" / "ido-kiosk.spec"
DOCS = ROOT / "docs" / "desk-install.md"
# Inno Setup's own command-line parameters (the docs may name these too).
INNO_OWN = {"DIR", "GROUP", "LOG", "TASKS", "MERGETASKS", "LANG", "TYPE", "COMPONENTS"}


def text() -> str:
    return ISS.read_text(encoding="utf-8")


def defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', text(), flags=re.MULTILINE))


def expand(value: str) -> str:
    """Replace ``{#Name}`` with the script's ``#define``\\ s."""
    names = defines()
    return re.sub(r"\{#(\w+)\}", lambda match: names[match.group(1)], value)


def section(name: str) -> list[str]:
    """The lines of ``[name]`` (comments left out)."""
    lines, inside = [], False
    for line in text().splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            inside = stripped[1:-1] == name
        elif inside and stripped and not stripped.startswith(";"):
            lines.append(stripped)
    return lines


def entries(name: str) -> list[dict[str, str]]:
    """The ``Key: value; Key: "value"`` entries of section *name*."""
    found = []
    for line in section(name):
        parts = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        found.append({key: value.strip().strip('"') for key, value in parts})
    return found


def on_disk(value: str) -> Path:
    """A Windows path of the script, relative to the script's folder, as a path here."""
    return (HERE / Path(*PureWindowsPath(expand(value)).parts)).resolve()


def test_every_source_is_the_bundle_or_a_repository_file() -> None:
    sources = [entry["Source"] for entry in entries("Files")]
    assert sources
    for source in sources:
        if source.endswith("\\*"):
            assert on_disk(source[:-2]) == (bundle.DIST / bundle.NAME).resolve(), source
        else:
            assert on_disk(source).is_file(), source
    assert on_disk(text().split("OutputDir=")[1].splitlines()[0]) == bundle.DIST.resolve()


def test_the_programs_are_the_ones_the_spec_builds() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert f'NAME = "{bundle.NAME}"' in spec
    assert 'program(f"{NAME}-cmd", console=True' in spec
    names = defines()
    assert names["AppExe"] == f"{bundle.NAME}.exe"
    assert names["CmdExe"] == f"{bundle.NAME}-cmd.exe"
    started = {entry["Filename"] for entry in entries("Run") + entries("Icons")}
    assert started == {"{app}\\{#AppExe}"}
    assert "{app}\\{#CmdExe}" in text()  # the enrollment runs the console twin


def test_the_version_is_pyproject_s() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert defines()["AppVersion"] == project["version"]
    assert "AppVersion={#AppVersion}" in section("Setup")
    assert '"/DAppVersion=$Version"' in BUILD.read_text(encoding="utf-8")


def read_parameters() -> set[str]:
    script = text()
    expanded = set(re.findall(r"\{param:(\w+)", script))
    return expanded | set(re.findall(r"SetupParam\('(\w+)'\)", script))


def test_the_docs_name_the_parameters_the_script_reads() -> None:
    read = read_parameters()
    assert read == {"DATADIR", "SERVER", "CODE", "NAME", "KIND"}
    documented = set(re.findall(r"/([A-Z]+)=", DOCS.read_text(encoding="utf-8"))) - INNO_OWN
    assert documented == read
    comments = "\n".join(line for line in text().splitlines() if line.startswith(";"))
    header = set(re.findall(r"/([A-Z]+)=", comments))
    assert header == read


def enroll_procedure() -> str:
    script = text()
    return script[script.index("procedure Enroll();") : script.index("procedure CurStepChanged")]


def test_the_enrollment_uses_the_command_s_own_options() -> None:
    options = set(re.findall(r"(--[a-z]+)", enroll_procedure()))
    assert options == {"--server", "--code", "--name", "--kind"}
    (commands,) = [
        action for action in build_parser()._actions if isinstance(action, _SubParsersAction)
    ]
    enroll = commands.choices["enroll"]
    accepted = {flag: action for action in enroll._actions for flag in action.option_strings}
    assert options <= set(accepted)
    kinds = set(re.findall(r"Kind <> '(\w+)'", text()))
    assert kinds == set(accepted["--kind"].choices or ())
    assert "'enroll --server" in enroll_procedure()


def test_the_variables_it_sets_are_the_ones_the_app_reads() -> None:
    registry = {entry["ValueName"]: entry["ValueData"] for entry in entries("Registry")}
    assert set(registry) == {HOME_ENV, STORE_ENV}
    assert registry[STORE_ENV] == "file"  # the token beside the data (sync/credentials.py)
    assert f"SetEnvironmentVariable('{HOME_ENV}', DataDirValue)" in enroll_procedure()
    assert f"SetEnvironmentVariable('{STORE_ENV}', 'file')" in enroll_procedure()


def test_the_data_folder_is_kept_and_writable_for_every_user() -> None:
    (folder,) = entries("Dirs")
    assert folder["Name"] == "{code:DataDir}"
    assert "users-modify" in folder["Permissions"]
    assert "uninsneveruninstall" in folder["Flags"]
    # Started by the installer, the app would not see the new KIOSK_HOME: only without one.
    (start,) = entries("Run")
    assert start["Check"] == "not HasDataDir" and "runasoriginaluser" in start["Flags"]
    setup = section("Setup")
    assert "PrivilegesRequired=admin" in setup and "DefaultDirName={autopf}\\IDO Kiosk" in setup
