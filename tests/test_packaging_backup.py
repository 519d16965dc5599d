"""The central server's backup recipes (packaging/central/): scripts, systemd units, compose.

The restore drill itself runs end to end on PostgreSQL in
``tests/sync/faults/test_restore_drill.py``; this holds the recipes to each other and to the
scripts without a database: the units run the script the docs install, as the service's user
with its environment; the compose service mounts files that exist; every ``IDO_BACKUP_*``
setting the recipes and docs name is one the scripts read; the scripts read the environment
file and the database URL as documented, refuse what they must, and are shellcheck-clean.
"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging" / "central"
SCRIPTS = [HERE / "backup.sh", HERE / "restore.sh", HERE / "backup-common.sh"]
SERVICE = HERE / "ido-central.service"
BACKUP_SERVICE = HERE / "ido-central-backup.service"
BACKUP_TIMER = HERE / "ido-central-backup.timer"
DOCS = ROOT / "docs" / "central-server.md"
BACKUP_ENV = re.compile(r"\bIDO_BACKUP_[A-Z_]+\b")


def section(path: Path, name: str) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser[name]


def environment(path: Path) -> dict[str, str]:
    """The ``Environment=`` assignments of a unit (configparser keeps only the last)."""
    found = re.findall(r"^Environment=([A-Z_]+)=(.*)$", path.read_text("utf-8"), re.MULTILINE)
    return dict(found)


def run(
    script: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    return subprocess.run(
        ["bash", str(HERE / script), *args],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_backup_unit_runs_the_installed_script_as_the_service_with_its_environment() -> None:
    server = section(SERVICE, "Service")
    backup = section(BACKUP_SERVICE, "Service")
    assert backup["Type"] == "oneshot"
    assert (backup["User"], backup["Group"]) == (server["User"], server["Group"])
    assert backup["EnvironmentFile"] == server["EnvironmentFile"]
    (program,) = shlex.split(backup["ExecStart"])
    assert Path(program).name == "backup.sh"
    docs = DOCS.read_text(encoding="utf-8")
    install = f"packaging/central/backup-common.sh {Path(program).parent}/"
    assert install in docs  # the script's helper is installed beside it
    backup_dir = environment(BACKUP_SERVICE)["IDO_BACKUP_DIR"]
    assert backup["ReadWritePaths"] == backup_dir  # the only place it may write
    assert f"-m 0700 {backup_dir}" in docs
    assert backup["ProtectSystem"] == "strict" and backup["NoNewPrivileges"] == "yes"


def test_the_timer_starts_the_backup_every_night_and_catches_up() -> None:
    timer = section(BACKUP_TIMER, "Timer")
    assert BACKUP_TIMER.stem == BACKUP_SERVICE.stem  # no Unit=: it starts its namesake
    assert "Unit" not in timer
    assert re.fullmatch(r"\*-\*-\* \d\d:\d\d:\d\d", timer["OnCalendar"])  # daily
    assert timer["Persistent"] == "true"
    assert section(BACKUP_TIMER, "Install")["WantedBy"] == "timers.target"


def test_the_compose_backup_service_runs_the_script_with_postgresqls_own_tools() -> None:
    data: dict[str, Any] = yaml.safe_load((HERE / "compose.yaml").read_text(encoding="utf-8"))
    backup, db = data["services"]["backup"], data["services"]["db"]
    assert backup["image"] == db["image"]  # pg_dump of the server's major version
    assert backup["profiles"], "started only when asked (docker compose run --rm backup)"
    assert backup["env_file"] == "central.env"
    mounts = dict(volume.split(":")[:2] for volume in backup["volumes"])
    for source in mounts:
        if source != "./backups":
            assert (HERE / source).is_file(), source
    assert backup["entrypoint"] == [mounts["./backup.sh"]]
    assert Path(mounts["./backup-common.sh"]).parent == Path(mounts["./backup.sh"]).parent
    assert mounts["./backups"] == backup["environment"]["IDO_BACKUP_DIR"]
    docs = DOCS.read_text(encoding="utf-8")
    assert "docker compose run --rm -T backup" in docs
    assert f"--entrypoint {mounts['./restore.sh']} backup" in docs


def test_every_backup_setting_named_anywhere_is_one_the_scripts_read() -> None:
    read = {name for script in SCRIPTS for name in BACKUP_ENV.findall(script.read_text("utf-8"))}
    named = {
        name
        for path in (BACKUP_SERVICE, HERE / "compose.yaml", DOCS)
        for name in BACKUP_ENV.findall(path.read_text("utf-8"))
    }
    assert named and named <= read, named - read
    docs = DOCS.read_text(encoding="utf-8")
    for name in read:
        assert name in docs, name


def test_the_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    done = subprocess.run(
        [shellcheck, "-x", *map(str, SCRIPTS)], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


def test_the_url_is_read_into_libpqs_variables_with_its_escapes() -> None:
    url = (
        "postgresql+psycopg://ido%40central:pa%2Fss%25w%40rd@[::1]:5433/ido_central?sslmode=require"
    )
    done = subprocess.run(
        [
            "bash",
            "-c",
            f"source {shlex.quote(str(HERE / 'backup-common.sh'))} && "
            f"ido_pg_from_url {shlex.quote(url)} && "
            'echo "$PGUSER|$PGPASSWORD|$PGHOST|$PGPORT|$PGDATABASE|$PGSSLMODE"',
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.stdout.strip() == "ido@central|pa/ss%w@rd|::1|5433|ido_central|require"


def test_the_environment_file_is_read_not_run_and_the_environment_wins(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    env_file = tmp_path / "central.env"
    env_file.write_text(
        "# the service's file\n"
        "IDO_CENTRAL_DATABASE_URL=mysql://not-ours/db\n"
        f'IDO_BACKUP_DIR="{tmp_path}/dumps"\n'
        f"IDO_BACKUP_KEEP_DAYS=$(touch {marker})\n"
        f"PATH=/nowhere\n",
        encoding="utf-8",
    )
    done = run("backup.sh", env={"IDO_BACKUP_ENV_FILE": str(env_file)})
    assert done.returncode == 2 and "not a PostgreSQL URL" in done.stderr
    assert not marker.exists()
    done = run(
        "backup.sh",
        env={
            "IDO_BACKUP_ENV_FILE": str(env_file),
            "IDO_CENTRAL_DATABASE_URL": "postgresql+psycopg://u:p@127.0.0.1:9/db",
        },
    )
    assert done.returncode == 2 and "IDO_BACKUP_KEEP_DAYS must be a whole number" in done.stderr
    assert not marker.exists() and not (tmp_path / "dumps").exists()


@pytest.mark.parametrize("script", ["backup.sh", "restore.sh"])
def test_without_a_database_url_the_scripts_stop_with_status_2(script: str, tmp_path: Path) -> None:
    dump = tmp_path / "x.dump"
    dump.write_bytes(b"PGDMP")
    args = [str(dump)] if script == "restore.sh" else []
    done = run(script, *args, env={"IDO_BACKUP_ENV_FILE": str(tmp_path / "missing.env")})
    assert done.returncode == 2
    assert "IDO_CENTRAL_DATABASE_URL is not set" in done.stderr


def test_restore_wants_exactly_one_dump(tmp_path: Path) -> None:
    for args in ([], [str(tmp_path / "a.dump"), str(tmp_path / "b.dump")], ["--force", "x"]):
        done = run("restore.sh", *args)
        assert done.returncode == 2 and "usage: restore.sh" in done.stderr
    done = run("restore.sh", str(tmp_path / "missing.dump"))
    assert done.returncode == 2 and "cannot read the dump" in done.stderr
