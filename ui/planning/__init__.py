"""Belastinghulp planning screens: the grid, the booking editor, the template editor.

Everything here reads :mod:`kiosk.planning.records` values and reaches the data only through
``Kiosk.planning`` (:class:`kiosk.planning.service.PlanningService`) on the database worker.
"""
