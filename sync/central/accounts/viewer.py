"""Who is looking at the figures: a signed-in account's role and scope, the public, or a desk.

A desk (a device token on the JSON figures API) is a viewer of its own branch only: no role,
``branch_id`` set (:meth:`Viewer.of_device`). It never opens the dashboard's pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from sync.central.accounts.roles import Role
from sync.central.accounts.sessions import ActiveSession
from sync.central.accounts.users import Account


@dataclass(frozen=True)
class Viewer:
    """A role with its scope, or the public view (no role) for a visitor without a session.

    Signed-in viewers also carry their account's names and their session's id and CSRF
    token, which the pages need for the header and its sign-out form.
    """

    role: Role | None = None
    scope: str | None = None
    account_id: str | None = None
    username: str | None = None
    display_name: str | None = None
    session_id: str | None = None
    csrf_token: str | None = None
    branch_id: str | None = None  # a desk's own branch (device token); None for a person

    @classmethod
    def signed_in_as(cls, account: Account, session: ActiveSession) -> Viewer:
        """The viewer of *account* in *session*."""
        return cls(
            role=account.role,
            scope=account.scope,
            account_id=account.id,
            username=account.username,
            display_name=account.display_name,
            session_id=session.id,
            csrf_token=session.csrf_token,
        )

    @classmethod
    def of_device(cls, branch_id: str) -> Viewer:
        """The viewer of a desk enrolled in *branch_id*: that branch's figures, nothing else."""
        return cls(branch_id=branch_id)

    @property
    def is_public(self) -> bool:
        """True for a visitor without a session: the public view only."""
        return self.role is None and self.branch_id is None

    @property
    def is_device(self) -> bool:
        """True for a desk's viewer (a device token): its own branch only."""
        return self.branch_id is not None

    @property
    def label(self) -> str:
        """What this viewer sees, in Dutch: ``gemeente GM0363``, ``openbaar``, ..."""
        if self.branch_id is not None:
            return f"balie van vestiging {self.branch_id}"
        if self.role is None:
            return "openbaar"
        if self.scope is None:
            return self.role.label
        return f"{self.role.label} {self.scope}"


PUBLIC = Viewer()
