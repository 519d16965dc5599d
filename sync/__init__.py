"""Sync between a desk's outbox and the central endpoint (``docs/sync-v1.md``).

Plain Python and httpx; never Qt. :class:`sync.client.SyncClient` is the entry point (enroll,
``sync_once``, status); :mod:`sync.cli` is the same for the command line. The client sends the
operations that :mod:`kiosk.outbox` records; ``sync.central`` is the other end of the protocol.
"""
