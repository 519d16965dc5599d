"""The Overzicht's words: periods, scopes, why the branch is not shown, counts and buckets.

Every word goes through Qt's translation (context ``Overview``); dates and numbers through the
language's :class:`QLocale` (:func:`ui.i18n.locale`), never hand-written month names.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate

from ui.i18n import locale, short_moment
from ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from kiosk.overview.periods import Period

CONTEXT = "Overview"
#: Qt's translation, by the name ``lupdate`` knows: ``translate("Overview", "Dag")``.
translate = QCoreApplication.translate

#: The periods the page offers, in order: (kind, previous, words). "custom" is a range.
CHOICES: tuple[tuple[str, bool, str], ...] = (
    ("today", False, QT_TRANSLATE_NOOP("Overview", "Vandaag")),
    ("today", True, QT_TRANSLATE_NOOP("Overview", "Gisteren")),
    ("week", False, QT_TRANSLATE_NOOP("Overview", "Deze week")),
    ("week", True, QT_TRANSLATE_NOOP("Overview", "Vorige week")),
    ("month", False, QT_TRANSLATE_NOOP("Overview", "Deze maand")),
    ("month", True, QT_TRANSLATE_NOOP("Overview", "Vorige maand")),
    ("quarter", False, QT_TRANSLATE_NOOP("Overview", "Dit kwartaal")),
    ("quarter", True, QT_TRANSLATE_NOOP("Overview", "Vorig kwartaal")),
    ("year", False, QT_TRANSLATE_NOOP("Overview", "Dit jaar")),
    ("year", True, QT_TRANSLATE_NOOP("Overview", "Vorig jaar")),
    ("custom", False, QT_TRANSLATE_NOOP("Overview", "Zelf kiezen …")),
)

#: Why the branch's figures are not shown, per :class:`sync.branch_figures` code.
BRANCH_REASONS = {
    "not_linked": QT_TRANSLATE_NOOP(
        "Overview",
        "Deze balie is niet gekoppeld aan de server. U ziet de cijfers van deze balie.",
    ),
    "offline": QT_TRANSLATE_NOOP(
        "Overview",
        "Geen verbinding met de server. U ziet de cijfers van deze balie.",
    ),
    "not_by_month": QT_TRANSLATE_NOOP(
        "Overview",
        "De vestiging telt per hele maand. Kies een maand, kwartaal of jaar; "
        "u ziet nu de cijfers van deze balie.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "Overview",
        "De server laat deze balie niet meer toe. Waarschuw de ICT-afdeling; "
        "u ziet de cijfers van deze balie.",
    ),
    "server": QT_TRANSLATE_NOOP(
        "Overview",
        "De server gaf geen bruikbaar antwoord. Probeer het later opnieuw; "
        "u ziet de cijfers van deze balie.",
    ),
}

#: How a visit was entered (:data:`kiosk.overview.figures.ENTRIES`).
ENTRY_WORDS = {
    "live": QT_TRANSLATE_NOOP("Overview", "Direct ingevoerd"),
    "tally": QT_TRANSLATE_NOOP("Overview", "Turflijst"),
    "backdated": QT_TRANSLATE_NOOP("Overview", "Later ingevoerd"),
}


def tr(text: str, n: int = -1) -> str:
    """Return *text* (a marked Dutch source) in the current language."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def qdate(day: date) -> QDate:
    """Return *day* as a :class:`QDate`."""
    return QDate(day.year, day.month, day.day)


def long_day(day: date) -> str:
    """Return "3 december 2026" / "3 December 2026"."""
    return locale().toString(qdate(day), "d MMMM yyyy")


def month_name(day: date) -> str:
    """Return "december 2026" / "December 2026" for *day*'s month."""
    return locale().toString(qdate(day), "MMMM yyyy")


def period_text(period: Period) -> str:
    """Return the period in words: "december 2026", "3 december 2026", "1 – 7 december 2026"."""
    first, last = period.first, period.last
    if first == last:
        return long_day(first)
    if period.kind == "month" or (
        first.day == 1 and last.month == first.month and _month_end(last)
    ):
        return month_name(first)
    if period.kind == "year" and first.month == 1 and last.month == 12:
        return str(first.year)
    return f"{long_day(first)} – {long_day(last)}"


def _month_end(day: date) -> bool:
    return qdate(day).addDays(1).day() == 1


def visits(count: int) -> str:
    """Return "1 bezoek" / "12 bezoeken"."""
    text = QCoreApplication.translate("Overview", "%n bezoeken", "", count)
    return text.replace(str(count), number(count), 1)


def questions(count: int) -> str:
    """Return "1 vraag" / "12 vragen"."""
    text = QCoreApplication.translate("Overview", "%n vragen", "", count)
    return text.replace(str(count), number(count), 1)


def number(value: int) -> str:
    """Return *value* with the language's thousands separator (1.234 / 1,234)."""
    return locale().toString(value)


def bucket_label(bucket: str, first: date) -> str:
    """Return a bucket's name on an axis: "do 3-12", "week 49", "dec 2026"."""
    here = locale()
    if bucket == "day":
        return here.toString(qdate(first), "ddd d-M")
    if bucket == "week":
        week = first.isocalendar().week
        return translate("Overview", "week %1").replace("%1", str(week))
    return here.toString(qdate(first), "MMM yyyy")


def weekday_name(weekday: int) -> str:
    """Return the short name of ISO *weekday* (1 Monday): "ma" / "Mon"."""
    from PySide6.QtCore import QLocale

    return locale().dayName(weekday, QLocale.FormatType.ShortFormat)


def up_to_text(moment: datetime) -> str:
    """Return "cijfers tot 3-12-2026 10:42" for the branch's figures."""
    return translate("Overview", "cijfers tot {moment}").format(moment=short_moment(moment))


def alt_key(label: str) -> str:
    """Return the Alt key of a label with a mnemonic: "&Periode" -> "Alt+P"."""
    at = label.replace("&&", "").find("&")
    return f"Alt+{label.replace('&&', '')[at + 1].upper()}" if 0 <= at < len(label) - 1 else ""
