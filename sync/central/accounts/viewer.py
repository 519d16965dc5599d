"""Who is looking at the dashboard: a signed-in account's role and scope, or the public."""

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

    @property
    def is_public(self) -> bool:
        """True for a visitor without a session: the public view only."""
        return self.role is None

    @property
    def label(self) -> str:
        """What this viewer sees, in Dutch: ``gemeente GM0363``, ``openbaar``, ..."""
        if self.role is None:
            return "openbaar"
        if self.scope is None:
            return self.role.label
        return f"{self.role.label} {self.scope}"


PUBLIC = Viewer()
