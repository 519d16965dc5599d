"""Generated registrations for the central server: moved to :mod:`sync.central.demo.visits`.

The generator ships with the server now (``ido-central demo`` fills a dashboard with it);
this module keeps the names the figures tests and ``benchmarks/bench_dashboard.py`` import.
"""

from __future__ import annotations

from sync.central.demo.visits import AMSTERDAM, Mix, Row, generate, load, make_branches

__all__ = ["AMSTERDAM", "Mix", "Row", "generate", "load", "make_branches"]
