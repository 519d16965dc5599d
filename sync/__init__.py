"""Sync between a desk's outbox and the central endpoint (see ``design/sync-protocol.md``).

Plain Python and httpx; never Qt. The client sends the operations that :mod:`kiosk.outbox`
records; ``sync.central`` is the other end of the protocol.
"""
