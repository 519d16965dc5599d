"""``python -m tools.screenshots DIR``: the README's pictures, rendered on sample data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
        "12-daglijst.png",
    ]
    assert all((out / name).stat().st_size > 10_000 for name in names)
    assert not (tmp_path / "must-not-be-used").exists()
