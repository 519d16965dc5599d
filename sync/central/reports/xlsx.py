"""The accountability report as a workbook: an explanation sheet, then a sheet per section.

The first sheet (``Toelichting``) holds the title, the subject, the period, when the report was
made and up to when its figures run, the filter and how the figures were counted. Each
section's sheet has its tables one under the other, each with its title, bold headings, its
rows (counts as numbers, hidden counts empty) and its summary, written with the same helpers
as the dashboard's downloads (:mod:`sync.central.figures.export`).
"""

from __future__ import annotations

from sync.central.figures import export
from sync.central.reports.content import Report


def report_xlsx(report: Report) -> bytes:
    """*report* as an XLSX."""
    workbook = export.new_workbook()
    used: set[str] = set()
    lines = [
        ("Over", report.subject),
        ("Periode", report.period),
        ("Gemaakt op", export.moment_text(report.generated)),
        ("Cijfers tot", export.through_text(report.through)),
        *report.described,
        *report.method,
    ]
    export.add_about_sheet(workbook, report.title, lines, used)
    for section in report.sections:
        sheet = workbook.create_sheet(export.sheet_name(section.title, used))
        export.set_widths(sheet, section.tables)
        export.title_row(sheet, section.title, size=14)
        for note in section.notes:
            sheet.append([export.xlsx_text(note)])
        sheet.append([])
        for table in section.tables:
            export.append_table(sheet, table, titled=True)
    return export.workbook_bytes(workbook)
