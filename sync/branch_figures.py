"""The branch's figures for the Overzicht: this branch's desks together, from the central server.

:func:`fetch` asks ``GET /v1/branch-figures`` with the desk's own token (the central answers
for the desk's branch only, nothing hidden, in catalogue codes) and returns a
:class:`~kiosk.overview.figures.DeskFigures` with ``scope="branch"`` and ``up_to`` the
moment the central figures run up to. The central keeps its figures per local month, so the
period must be whole months; the answer is checked in full before a number of it is used (a
proxy's page, an older or broken server: a desk survives any answer). Every failure is a
:class:`BranchFiguresUnavailable` with a code (:data:`CODES`); the UI has the words.

What the branch's figures hold, and what they leave empty:

- ``visits``, ``questions``; ``buckets`` one per calendar month of the period (always
  months, whatever :attr:`~kiosk.overview.periods.Period.bucket` says: the central has no
  days or weeks), zeros included;
- ``kinds``, ``topics``, ``organisations``, ``help``, ``referral`` (questions);
  ``channel``, ``duration`` (visits); ``hours`` (visits per local weekday and hour);
- ``entry`` is empty: the central counts tallies, but not the desk's "backdated" (a live
  visit recorded on a later local day), so live and backdated cannot be told apart;
- ``up_to`` is None only while the central has never built its figures (all zeros then).

Runs blocking, on a worker thread (``ui.tasks.TaskRunner``); one request, no retries.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Annotated, Final

import httpx
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from kiosk.app import Kiosk
from kiosk.overview.figures import Bucket, DeskFigures, HourCell, Tally
from kiosk.overview.periods import Period
from sync.credentials import TokenStore
from sync.http import bearer, new_client
from sync.state import StateStore

log = logging.getLogger(__name__)

PATH: Final = "/v1/branch-figures"
#: Why the branch's figures are not there: the desk is not enrolled (or lost its token), no
#: answer (network, timeout), a period that is not whole months, the token refused (revoked
#: or replaced), or an answer that is an error or not what was asked for.
CODES: Final = ("not_linked", "offline", "not_by_month", "refused", "server")
#: The most of an answer read: a year of figures is a few kilobytes.
MAX_ANSWER_BYTES: Final = 1024 * 1024


class BranchFiguresUnavailable(Exception):  # noqa: N818  (the name the Overzicht uses)
    """The branch's figures cannot be shown; :attr:`code` is one of :data:`CODES`."""

    def __init__(self, code: str) -> None:
        """Say why, as a code (the UI turns it into words)."""
        if code not in CODES:
            raise ValueError(f"unknown code {code!r}")
        super().__init__(code)
        self.code = code


# -- the answer, as it must be ----------------------------------------------------------------

_Code = Annotated[str, StringConstraints(min_length=1, max_length=64)]
_Count = Annotated[int, Field(ge=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, frozen=True, extra="ignore")


class _CodeCount(_Strict):
    code: _Code
    count: _Count


class _Month(_Strict):
    month: Annotated[str, StringConstraints(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
    visits: _Count
    questions: _Count


class _Hour(_Strict):
    weekday: Annotated[int, Field(ge=1, le=7)]
    hour: Annotated[int, Field(ge=0, le=23)]
    visits: _Count


class _Answer(_Strict):
    through: AwareDatetime | None
    months: list[_Month]
    kinds: list[_CodeCount]
    topics: list[_CodeCount]
    organisations: list[_CodeCount]
    help: list[_CodeCount]
    referral: list[_CodeCount]
    channel: list[_CodeCount]
    duration: list[_CodeCount]
    hours: list[_Hour]


# -- the request ------------------------------------------------------------------------------


def month_range(period: Period) -> tuple[date, date]:
    """Return the first days of *period*'s first and last month; not_by_month if not whole."""
    if period.first.day != 1 or (period.last + timedelta(days=1)).day != 1:
        raise BranchFiguresUnavailable("not_by_month")
    return period.first, period.last.replace(day=1)


def fetch(
    kiosk: Kiosk,
    period: Period,
    *,
    transport: httpx.BaseTransport | None = None,
    tokens: TokenStore | None = None,
) -> DeskFigures:
    """Return the figures of the desk's branch for *period* (whole months), from the central.

    *transport* replaces the network (tests); *tokens* the token store (default: the one the
    sync client uses, in the app's config folder). Raises :class:`BranchFiguresUnavailable`.
    """
    state = StateStore(kiosk.db).get()
    if state.device_id is None or state.server_url is None:
        raise BranchFiguresUnavailable("not_linked")
    store = tokens if tokens is not None else TokenStore(kiosk.paths.config_dir)
    token = store.load(state.device_id)
    if token is None:
        raise BranchFiguresUnavailable("not_linked")
    first, last = month_range(period)
    query = {"van": f"{first:%Y-%m}", "tot": f"{last:%Y-%m}"}
    return read(period, _get(state.server_url, token, query, transport))


def read(period: Period, body: bytes) -> DeskFigures:
    """Return the central's answer *body* for *period* (whole months) as the Overzicht's figures.

    Raises :class:`BranchFiguresUnavailable` ``server`` unless the answer has every field,
    each of its type and range, no code, month or hour twice and only the months asked for
    (fields the desk does not read are let be: a newer central may add some).
    """
    first, last = month_range(period)
    try:
        answer = _Answer.model_validate_json(body)
    except PydanticValidationError as exc:
        log.warning("Branch figures: an answer of the wrong shape (%d problems)", exc.error_count())
        raise BranchFiguresUnavailable("server") from exc
    return _figures(period, answer, _months(first, last))


def _get(
    url: str, token: str, query: dict[str, str], transport: httpx.BaseTransport | None
) -> bytes:
    """The body of a 200 answer to ``GET PATH?query``; the failure's code otherwise."""
    try:
        with (
            new_client(url, transport=transport) as http,
            http.stream("GET", PATH, params=query, headers=bearer(token)) as response,
        ):
            status = response.status_code
            if status != 200:
                log.warning("Branch figures: HTTP %d", status)
                raise BranchFiguresUnavailable("refused" if status in (401, 403) else "server")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_ANSWER_BYTES:
                    log.warning("Branch figures: an answer over %d bytes", MAX_ANSWER_BYTES)
                    raise BranchFiguresUnavailable("server")
    except httpx.TransportError as exc:
        log.info("Branch figures: no answer (%s)", type(exc).__name__)
        raise BranchFiguresUnavailable("offline") from exc
    except httpx.HTTPError as exc:  # e.g. a body that does not decode
        log.warning("Branch figures: an unreadable answer (%s)", type(exc).__name__)
        raise BranchFiguresUnavailable("server") from exc
    return bytes(body)


# -- the answer as the Overzicht's figures ----------------------------------------------------


def _months(first: date, last: date) -> list[date]:
    months = [first]
    while months[-1] < last:
        day = months[-1]
        months.append(date(day.year + day.month // 12, day.month % 12 + 1, 1))
    return months


def _tallies(counts: list[_CodeCount]) -> tuple[Tally, ...]:
    if len({c.code for c in counts}) != len(counts):
        raise BranchFiguresUnavailable("server")
    ordered = sorted(counts, key=lambda c: (-c.count, c.code))
    return tuple(Tally(c.code, c.count) for c in ordered if c.count)


def _figures(period: Period, answer: _Answer, months: list[date]) -> DeskFigures:
    """*answer* as the Overzicht's figures of *period* (its *months*); server if it is off."""
    found: dict[date, _Month] = {}
    for row in answer.months:
        month = date(int(row.month[:4]), int(row.month[5:]), 1)
        if month in found or month not in months:
            log.warning("Branch figures: a month twice, or one not asked for")
            raise BranchFiguresUnavailable("server")
        found[month] = row
    cells = {(h.weekday, h.hour): h.visits for h in answer.hours}
    if len(cells) != len(answer.hours):
        raise BranchFiguresUnavailable("server")
    buckets = tuple(
        Bucket(m, found[m].visits, found[m].questions) if m in found else Bucket(m, 0, 0)
        for m in months
    )
    return DeskFigures(
        period=period,
        scope="branch",
        up_to=answer.through,
        visits=sum(b.visits for b in buckets),
        questions=sum(b.questions for b in buckets),
        buckets=buckets,
        kinds=_tallies(answer.kinds),
        topics=_tallies(answer.topics),
        organisations=_tallies(answer.organisations),
        help=_tallies(answer.help),
        referral=_tallies(answer.referral),
        channel=_tallies(answer.channel),
        duration=_tallies(answer.duration),
        hours=tuple(HourCell(d, h, v) for (d, h), v in sorted(cells.items()) if v),
        entry=(),
    )
