"""Data files shipped with IDO Kiosk: catalogues, icons, style sheets and translations.

Read them with :mod:`importlib.resources` (``files("resources")``), so a PyInstaller bundle
finds them as well as a source checkout.
"""
