"""The ``ido-central`` command line, and the real server as a subprocess (end to end, memory)."""

from __future__ import annotations

import gzip
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient  # conftest imported it quietly first

from sync.central.app import create_app
from sync.central.migrations import HEAD
from sync.central.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
ADMIN = "e2e-admin-token"
CODE = re.compile(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["IDO_CENTRAL_ADMIN_TOKEN"] = ADMIN
    env.pop("IDO_CENTRAL_DATABASE_URL", None)
    return env


def cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "sync.central.cli", *args],
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def add_branch(url: str, branch_id: str = "b1") -> None:
    cli(
        "org-add", "--database-url", url, "--code", "bibliotheek-midden-brabant",
        "--name", "Bibliotheek Midden-Brabant", check=False,  # once per database
    )  # fmt: skip
    cli(
        "branch-add", "--database-url", url, "--id", branch_id, "--name", "Centrale",
        "--organisation", "bibliotheek-midden-brabant", "--municipality", "GM0855",
    )  # fmt: skip


def test_cli_enroll_code_stats_devices_revoke(database_url, tmp_path, server_clock):
    add_branch(database_url)
    fields = ("--name", "x", "--organisation", "bibliotheek-midden-brabant")
    fields += ("--municipality", "GM0855")
    again = cli("--database-url", database_url, "branch-add", "--id", "b1", *fields, check=False)
    assert again.returncode == 1 and "exists" in again.stderr

    output = cli("enroll-code", "--branch", "b1", "--database-url", database_url).stdout
    code = output.strip().splitlines()[-1]
    assert CODE.fullmatch(code), output
    missing = cli("enroll-code", "--branch", "nope", "--database-url", database_url, check=False)
    assert missing.returncode == 1 and missing.stdout == ""

    # The printed code works once, against the same database, through the HTTP API.
    settings = Settings(database_url=database_url, data_dir=tmp_path / "d", admin_token=ADMIN)
    with TestClient(create_app(settings)) as client:
        body = {"code": code, "device_name": "Balie 1", "device_kind": "counter"}
        enrolled = client.post("/v1/enroll", json=body)
        assert enrolled.status_code == 201, enrolled.text
        device_id = enrolled.json()["device_id"]
        assert client.post("/v1/enroll", json=body).status_code == 400

    stats = json.loads(cli("stats", "--json", "--database-url", database_url).stdout)
    [branch] = stats["branches"]
    assert branch["branch_id"] == "b1"
    assert {
        k: branch[k]
        for k in ("visits", "questions", "rejected_operations", "open_conflicts", "devices")
    } == {
        "visits": 0,
        "questions": 0,
        "rejected_operations": 0,
        "open_conflicts": 0,
        "devices": 1,
    }
    assert stats["totals"]["devices"] == 1

    assert device_id in cli("devices", "--database-url", database_url).stdout
    revoked = cli("revoke", device_id, "--database-url", database_url)
    assert "revoked" in revoked.stdout
    table = cli("devices", "--database-url", database_url).stdout
    assert re.search(rf"{device_id}.*revoked", table)
    assert cli("revoke", "nobody", "--database-url", database_url, check=False).returncode == 1


def test_cli_default_database_is_sqlite_in_the_data_dir(tmp_path):
    data = tmp_path / "data"
    assert f"revision {HEAD}" in cli("migrate", "--data-dir", str(data)).stdout
    assert (data / "central.sqlite3").exists()
    engine = sa.create_engine(f"sqlite:///{data / 'central.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_serve_refuses_ingestion_workers_on_sqlite(tmp_path):
    done = cli("serve", "--data-dir", str(tmp_path), "--ingest-workers", "2", check=False)
    assert done.returncode == 1
    assert "--ingest-workers needs a PostgreSQL database" in done.stderr


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_rss(process: psutil.Process) -> int:
    """The process's peak resident memory so far (Linux VmHWM), else its current RSS."""
    status = Path(f"/proc/{process.pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return int(process.memory_info().rss)


@pytest.fixture
def server(database_url, tmp_path):
    """``python -m sync.central.cli serve`` on a free loopback port."""
    add_branch(database_url)
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.central.cli", "serve", "--port", str(port),
         "--database-url", database_url, "--log-level", "warning"],
        cwd=ROOT, env=cli_env(), stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/openapi.json", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert process.poll() is None, (tmp_path / "server.log").read_text()
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)
    yield base, psutil.Process(process.pid)
    process.terminate()
    process.wait(10)
    log.close()


def test_real_server_end_to_end_and_bounded_memory(server, desk_ops):
    base, process = server
    admin = {"Authorization": f"Bearer {ADMIN}"}
    with httpx.Client(base_url=base, timeout=30) as client:
        code = client.post("/admin/enrollments", json={"branch": "b1"}, headers=admin).json()[
            "code"
        ]
        enrolled = client.post(
            "/v1/enroll", json={"code": code, "device_name": "Balie", "device_kind": "counter"}
        ).json()
        headers = {
            "Authorization": f"Bearer {enrolled['token']}",
            "Content-Type": "application/json",
        }
        config = client.get("/v1/config", headers=headers).json()
        assert config["limits"]["max_body_bytes"] == 4194304

        batch = desk_ops(enrolled["device_id"], 50)
        raw = json.dumps(batch).encode()
        gz = {**headers, "Content-Encoding": "gzip"}
        first = client.post("/v1/batches", content=gzip.compress(raw), headers=gz)
        assert first.status_code == 200, first.text
        assert {r["status"] for r in first.json()["results"]} == {"accepted"}
        replay = client.post("/v1/batches", content=gzip.compress(raw), headers=gz).json()
        assert replay == first.json()  # an exact replay gets the stored answer
        stats = client.get("/admin/stats", headers=admin).json()
        assert stats["totals"]["visits"] == 50

        # Oversized bodies: the peak memory must not follow the body size.
        before = peak_rss(process)
        bomb = gzip.compress(b"0" * (100 * 1024 * 1024), compresslevel=9)  # ~100 KB on the wire
        for _ in range(3):
            response = client.post("/v1/batches", content=bomb, headers=gz)
            assert response.status_code == 413
            assert response.headers["content-type"] == "application/problem+json"

        def stream(total=64 * 1024 * 1024, chunk=b"x" * 65536):
            for _ in range(total // len(chunk)):
                yield chunk

        try:
            response = client.post("/v1/batches", content=stream(), headers=headers)
            assert response.status_code == 413
        except httpx.TransportError:
            pass  # past the drain budget the server may close the connection instead
        grown = peak_rss(process) - before
        assert grown < 24 * 1024 * 1024, f"peak memory grew by {grown / 1e6:.0f} MB"
        stats = client.get("/admin/stats", headers=admin).json()
        assert stats["totals"]["visits"] == 50


def test_serve_passes_the_public_threshold_to_the_dashboard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``serve --public-min-count 3`` reaches the dashboard's settings; 0 is refused."""
    import uvicorn

    from sync.central import cli as central_cli
    from sync.central import workers

    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: served.append(app))
    monkeypatch.setattr(workers, "tune_gc", lambda: None)
    code = central_cli.main(
        ["serve", "--data-dir", str(tmp_path), "--public-min-count", "3", "--ingest-workers", "0"]
    )
    assert code == 0
    (app,) = served
    assert app.state.accounts.settings.public_min_count == 3  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        central_cli.main(["serve", "--data-dir", str(tmp_path), "--public-min-count", "0"])
