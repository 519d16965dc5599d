"""The dashboard's figures: counts kept in the database, read with SQL.

Every figure is counted at month grain per branch in a few narrow tables (one per chart
family, :mod:`sync.central.tables`, ``fig_*``), from the visits that count: not voided, not
superseded by a correction. A visit's month, weekday and hour are local, from its corrected
time and its own UTC offset.

* :mod:`~sync.central.figures.marks`: ingest marks the (branch, month) pairs a batch changes,
  in the batch's own transaction (one small upsert per pair, with a version);
* :mod:`~sync.central.figures.refresh`: rebuilds marked pairs with ``INSERT ... SELECT ...
  GROUP BY`` and drops a mark only at the version it rebuilt, so a batch that commits
  meanwhile is never lost; the server runs it every few seconds, ``ido-central
  figures-refresh`` on demand;
* :mod:`~sync.central.figures.queries`: a filter (period, area, organisation, branch,
  channel) and one ``GROUP BY`` query per chart; nothing is counted in Python;
* :mod:`~sync.central.figures.local`: the local-time expressions, the one place where SQLite
  and PostgreSQL differ.
"""
