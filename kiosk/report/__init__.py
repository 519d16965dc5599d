"""The exports of the Overzicht: a period's questions as XLSX or CSV, for Dutch Excel.

:func:`kiosk.report.writer.write_report` writes one file from
:meth:`kiosk.overview.service.OverviewService.question_rows` (voided visits left out, a
corrected visit once) and the Belastinghulp season figures: a question sheet, a summary in
the categories of the national registration and a season sheet (:mod:`~kiosk.report.writer`).
The words come from the UI (:class:`~kiosk.report.words.ReportWords`); the Dutch Excel rules
are in :mod:`~kiosk.report.excel`. Nothing here is loaded until an export is made.
"""
