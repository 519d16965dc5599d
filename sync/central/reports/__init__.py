"""The accountability report: the figures a municipality asks its library for, as PDF and XLSX.

Since 2023 the money for an IDO reaches the library through its municipality, and the library
accounts for it with these figures. A report is for one municipality (with the municipalities
merged into it since, rolled up) or one library organisation, over a year, a quarter or a month
range:

* :mod:`~sync.central.reports.content` decides who may report on what and builds a
  :class:`~sync.central.reports.content.Report` from the dashboard's own views
  (:func:`sync.central.figures.views.build_view`): the same numbers as the pages and the
  downloads, never counted a second way;
* :mod:`~sync.central.reports.pdf` lays it out on A4 with fpdf2;
* :mod:`~sync.central.reports.xlsx` writes it as a workbook, a sheet per section.

``GET /dashboard/verantwoording`` (:mod:`sync.central.web.downloads`) and ``ido-central
report`` both go through :func:`~sync.central.reports.content.build_report`.
"""
