"""``python -m tools.screenshots DIR``: the README's pictures, rendered on sample data."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_screenshots_render_every_screen_on_sample_data(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "KIOSK_HOME": str(tmp_path / "must-not-be-used"),
        },
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == [
        "01-eerste-start.png",
        "02-registratie.png",
        "03-twee-vragen-filter.png",
        "04-privacy-melding.png",
        "05-correctie.png",
        "06-synchronisatie.png",
        "07-koppelen.png",
        "08-belastinghulp-rooster.png",
        "09-afspraak-privacy.png",
        "10-seizoen-en-rooster.png",
        "11-aandacht-nodig.png",
        "12-daglijst-afdrukvoorbeeld.png",
        "12-daglijst.png",
        "13-eerdere-bezoeken.png",
        "14-instellingen.png",
        "15-sneltoetsen.png",
        "16-vergrendeld.png",
        "17-overzicht-bezoekers.png",
        "17-overzicht.png",
        "18-overzicht-drukte.png",
        "19-overzicht-tabel.png",
        "20-overzicht-afdrukken.png",
        "21-bezoeker-arabisch.png",
        "22-bezoeker-talen.png",
        "23-bezoeker-vraag.png",
        "24-bezoeker-bedankt.png",
        "30-nieuwe-versie.png",
        "31-nieuwe-versie-synchronisatie.png",
        "33-gegevens-hersteld.png",
    ]
    assert all((out / name).stat().st_size > 10_000 for name in names)
    assert not (tmp_path / "must-not-be-used").exists()


def _png_size(path: Path) -> tuple[int, int]:
    """Return (width, height) of the PNG at *path*, from its header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize(
    ("options", "name"),
    [
        (["--scale", "1.5"], "02-registratie-150.png"),
        (["--contrast", "high"], "02-registratie-hoog-contrast.png"),
    ],
)
def test_a_laptop_at_150_percent_and_high_contrast(
    tmp_path: Path, options: list[str], name: str
) -> None:
    """A 1366x768 laptop less its taskbar: about 1366x728 real pixels, whatever the scale."""
    out = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "tools.screenshots", str(out), *options, "--only", "02-registratie"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.glob("*.png")) == [name]
    width, height = _png_size(out / name)
    assert abs(width - 1366) <= 2 and abs(height - 728) <= 2
    assert (out / name).stat().st_size > 10_000
