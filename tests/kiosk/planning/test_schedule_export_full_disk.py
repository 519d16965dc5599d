"""The schedule export on a full disk: an error, and the earlier file as it was (no half file)."""

from __future__ import annotations

import gc
import resource
import signal
from pathlib import Path

import pytest
from test_schedule_export import sample_grid

from kiosk.planning.schedule_export import export_schedule


@pytest.mark.parametrize("name", ["rooster.xlsx", "rooster.csv"])
def test_a_full_disk_leaves_the_earlier_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"the earlier export")
    # A real write failure from the OS: no file of this process may grow past 200 bytes.
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, before[1]))
    try:
        with pytest.raises(OSError) as raised:
            export_schedule(sample_grid(), path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
        signal.signal(signal.SIGXFSZ, previous)
    del raised  # openpyxl's half-made zip goes with it, while there is room to close it
    gc.collect()
    assert path.read_bytes() == b"the earlier export"
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert export_schedule(sample_grid(), path) > 0  # room again: written whole
    assert path.read_bytes() != b"the earlier export"
