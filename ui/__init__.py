"""The Qt user interface of IDO Kiosk (PySide6 lives only in this package).

The UI reaches data only through :mod:`kiosk` services and runs every database call on a
background worker (:mod:`ui.tasks`); results come back to the GUI thread through signals.
"""
