"""IDO Kiosk core: storage, catalogue, services and privacy guard.

Nothing in this package imports Qt, httpx, ``ui`` or ``sync``: a command-line tool, a test or
the central endpoint can use it without a screen or a network.
"""

__version__ = "0.1.0"
