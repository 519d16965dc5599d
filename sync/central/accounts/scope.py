"""Which figures a viewer may see: branches, areas, organisation codes, small counts.

Every viewer may see the public view: national, provincial and municipal aggregates, with a
count above zero and below ``Settings.public_min_count`` hidden (:meth:`Visibility.shown`).
Signed-in viewers see more, unhidden, within their scope:

==============  ======================================================================
national        every figure, every branch
organisation    its own branches in detail, national figures for comparison
municipality    its own municipality and the branches in it
executive       questions about its own organisation code, at every level but a branch
(a desk)        its own branch only, unhidden (a device token on the JSON figures API)
==============  ======================================================================

The clauses (:meth:`Visibility.branch_clause`, :meth:`Visibility.question_clause`) go into
the dashboard's queries, so nothing outside the scope is ever read for a page; the ``may_see``
checks guard what a link or a form names. Branches are matched by their codes
(:mod:`sync.central.branches`): an organisation account's scope is a registry code, compared
with ``branch.organisation_code``; a municipality account sees the branches whose
``municipality_code`` rolls up into its own on the day (GM0363 sees the branches registered in
Weesp, GM0457, too), never more. A branch without a code is seen in detail by the national
role only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from sync.central.accounts.roles import Role
from sync.central.accounts.viewer import Viewer
from sync.central.branches import codes_rolling_into, local_day
from sync.central.tables import branch, question


class Level(StrEnum):
    """How finely figures are broken down."""

    NATIONAL = "national"
    PROVINCE = "province"
    MUNICIPALITY = "municipality"
    BRANCH = "branch"


_AGGREGATES = frozenset({Level.NATIONAL, Level.PROVINCE, Level.MUNICIPALITY})
_LEVELS: dict[Role | None, frozenset[Level]] = {
    None: _AGGREGATES,
    Role.NATIONAL: frozenset(Level),
    Role.ORGANISATION: frozenset({Level.NATIONAL, Level.BRANCH}),
    Role.MUNICIPALITY: frozenset({Level.MUNICIPALITY, Level.BRANCH}),
    Role.EXECUTIVE: _AGGREGATES,
}
_DEVICE_LEVELS = frozenset({Level.BRANCH})


@dataclass(frozen=True)
class Visibility:
    """What one viewer may see (beyond the public view, which everyone may see)."""

    viewer: Viewer
    min_count: int  # counts above zero and below this are hidden; 1 hides none
    levels: frozenset[Level]
    day: date  # the municipal division scopes are matched in (the Dutch calendar day)

    @classmethod
    def of(cls, viewer: Viewer, public_min_count: int, day: date | None = None) -> Visibility:
        """The visibility of *viewer* on *day* (default: today in the Netherlands).

        The public view hides counts below *public_min_count*.
        """
        hide_below = max(1, public_min_count) if viewer.is_public else 1
        on = day if day is not None else local_day(datetime.now(UTC))
        levels = _DEVICE_LEVELS if viewer.is_device else _LEVELS[viewer.role]
        return cls(viewer, hide_below, levels, on)

    def shown(self, count: int) -> int | None:
        """*count* as this viewer may see it: None when it is too small to show."""
        return None if 0 < count < self.min_count else count

    def _area(self) -> frozenset[str]:
        """A municipality viewer's codes: its own and every code that rolls up into it."""
        return codes_rolling_into(self.viewer.scope or "", self.day)

    def branch_clause(self) -> ColumnElement[bool]:
        """A condition on ``branch`` rows: the branches this viewer may see in detail."""
        role, scope = self.viewer.role, self.viewer.scope
        if self.viewer.branch_id is not None:
            return branch.c.id == self.viewer.branch_id
        if role is Role.NATIONAL:
            return sa.true()
        if role is Role.ORGANISATION:
            return branch.c.organisation_code == scope
        if role is Role.MUNICIPALITY:
            return branch.c.municipality_code.in_(sorted(self._area()))
        return sa.false()

    def question_clause(self) -> ColumnElement[bool]:
        """A condition on ``question`` rows: the questions this viewer's figures count."""
        if self.viewer.role is Role.EXECUTIVE:
            return question.c.organisation == self.viewer.scope
        return sa.true()

    def may_see_branch(
        self,
        *,
        organisation_code: str | None,
        municipality_code: str | None,
        branch_id: str | None = None,
    ) -> bool:
        """True when a branch with these codes (and id) may be shown in detail.

        A desk sees its own branch only: without *branch_id* nothing.
        """
        role, scope = self.viewer.role, self.viewer.scope
        if self.viewer.branch_id is not None:
            return branch_id is not None and branch_id == self.viewer.branch_id
        if role is Role.NATIONAL:
            return True
        if role is Role.ORGANISATION:
            return organisation_code is not None and organisation_code == scope
        if role is Role.MUNICIPALITY:
            return municipality_code is not None and municipality_code in self._area()
        return False

    def may_see_municipality(self, code: str) -> bool:
        """True when the figures of municipality *code* may be shown (hidden as they must).

        A municipality viewer may see its own code and the codes that roll up into it.
        """
        if Level.MUNICIPALITY not in self.levels:
            return False
        role = self.viewer.role
        return role is not Role.MUNICIPALITY or code.strip().upper() in self._area()

    def may_see_organisation_code(self, code: str) -> bool:
        """True when questions about catalogue organisation *code* may be counted."""
        return self.viewer.role is not Role.EXECUTIVE or code == self.viewer.scope
