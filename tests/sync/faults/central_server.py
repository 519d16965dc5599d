"""Run the real central endpoint (uvicorn) with test settings.

    python tests/sync/faults/central_server.py --database-url URL --data-dir DIR --port N \
        [--settings JSON] [--ingest-workers N]

``ido-central serve`` has no flags for the rate limits or the batch limits, and its defaults
(0.5 requests/s per device) would turn every fault drain into a wait; this starts the same
``create_app`` under uvicorn with the overrides given as JSON (``{"rate_per_second": 1000,
"limits": {"max_body_bytes": 20000}}``). On PostgreSQL the suite runs it, like ``serve``,
with ingestion worker processes.
"""

from __future__ import annotations

import argparse
import json

import uvicorn

from sync.central.app import create_app
from sync.central.settings import Settings


def main() -> None:
    """Parse the command line and serve until killed."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--settings", default="{}")
    parser.add_argument("--ingest-workers", type=int, default=0)
    args = parser.parse_args()
    overrides = json.loads(args.settings)
    limits = overrides.pop("limits", None)
    if "overloaded_retry_after" in overrides:
        overrides["overloaded_retry_after"] = tuple(overrides["overloaded_retry_after"])
    settings = Settings.load(
        database_url=args.database_url, data_dir=args.data_dir, admin_token="faults-admin"
    )
    settings = Settings(**{**settings.__dict__, **overrides})
    if limits:
        settings = settings.with_limits(**limits)
    app = create_app(settings, ingest_workers=args.ingest_workers)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
