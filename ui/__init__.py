"""The Qt user interface of IDO Kiosk (PySide6 lives only in this package).

The UI reaches data only through :mod:`kiosk` services and runs every database call and every
network call through one runner (:mod:`ui.tasks`: a serial database lane, a network lane),
which the main window hands to each screen; results come back to the GUI thread, and with them
what the writes changed, so each screen redraws only what concerns it.
"""
