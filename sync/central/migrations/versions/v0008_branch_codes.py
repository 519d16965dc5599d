"""Where each branch is, in codes: a registry of library organisations, CBS municipality codes.

Creates ``library_organisation`` (code, name, created_at) and gives ``branch`` two nullable
columns, ``municipality_code`` (CBS, ``GM0363``) and ``organisation_code`` (a registry code);
the free-text columns stay as they were registered. Then it maps today's texts:

* **Organisations.** Every distinct ``branch.organisation`` becomes a registry entry whose
  code is made from the name: accents, case and punctuation folded, words joined by ``-``
  (``"Bibliotheek Midden-Brabant"`` -> ``bibliotheek-midden-brabant``). Texts that fold alike
  (``"Bibliotheek Utrecht"``, ``"bibliotheek  utrecht"``) are one organisation, named as most
  of its branches spell it; a code cut to 64 characters that collides gets ``-2``, ``-3``.
  Organisation accounts (``account.scope``) move from the name to its code.
* **Municipalities.** A text that is a known CBS code is taken as it is; otherwise the name is
  looked up in the shipped reference (``kiosk.municipalities.code_for_name``: former names,
  ``"Den Haag"``, accents and case do not matter; a name two municipalities share, like
  ``"Bergen"``, is decided by the branch's province text). The code is stored **as
  registered**: the one valid on the branch's ``created_at`` day (Europe/Amsterdam), so
  ``"Weesp"`` on a branch registered in 2021 is GM0457 and on one registered in 2023 is
  GM0363, Amsterdam. Figures roll a code up to a later division with ``successor_on``.

A text that cannot be mapped leaves its code NULL: the branch keeps working and its desks see
the text as before; ``ido-central branch-list --unmapped`` lists it with the text, and
``ido-central branch-set`` fixes it. The province is never stored as a code: it follows from
the municipality code.

On SQLite the downgrade rebuilds ``branch`` (a column in a foreign key cannot be dropped there)
with the foreign keys of the tables that refer to it deferred to the commit, so they are still
checked. On SQLite and PostgreSQL alike.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import logging
import re
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from kiosk import municipalities

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

MAX_CODE = 64
LOCAL = ZoneInfo("Europe/Amsterdam")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_FK = "fk_branch_organisation_code_library_organisation"

_branch = sa.table(
    "branch",
    sa.column("id", sa.String()),
    sa.column("organisation", sa.String()),
    sa.column("municipality", sa.String()),
    sa.column("province", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("municipality_code", sa.String()),
    sa.column("organisation_code", sa.String()),
)
_organisation = sa.table(
    "library_organisation",
    sa.column("code", sa.String()),
    sa.column("name", sa.String()),
    sa.column("created_at", sa.DateTime(timezone=True)),
)
_account = sa.table(
    "account", sa.column("id", sa.String()), sa.column("role", sa.String()), sa.column("scope")
)


def fold(text: str) -> str:
    """*text* without accents, case or punctuation; words joined by ``-`` (a registry code)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "")
    return _NOT_ALNUM.sub("-", plain).strip("-")


def _unique(code: str, taken: set[str]) -> str:
    candidate, number = code[:MAX_CODE].rstrip("-"), 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = code[: MAX_CODE - len(suffix)].rstrip("-") + suffix
    taken.add(candidate)
    return candidate


def organisation_codes(texts: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Map each text to a registry code; return (text -> code, code -> name).

    *texts* holds one entry per branch, so the name of a code is the spelling most of its
    branches use (ties: the first in sort order). A text with nothing to fold has no code.
    """
    groups: dict[str, Counter[str]] = {}
    for text in texts:
        if key := fold(text):
            groups.setdefault(key, Counter())[text] += 1
    by_text: dict[str, str] = {}
    names: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(groups):
        spellings = groups[key]
        code = _unique(key, taken)
        names[code] = min(spellings, key=lambda s: (-spellings[s], s))
        by_text.update(dict.fromkeys(spellings, code))
    return by_text, names


def _day(moment: datetime) -> date:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(LOCAL).date()


def municipality_code(text: str, province: str, registered: date) -> str | None:
    """The CBS code for a branch's municipality *text* as it was on its *registered* day."""
    reference = municipalities.shipped()
    typed = text.strip()
    code: str | None = typed.upper() if reference.get(typed.upper()) else None
    if code is None:
        code = reference.code_for_name(typed) or _in_province(typed, province)
    if code is None:
        return None
    return reference.successor_on(code, registered) or code


def _in_province(text: str, province: str) -> str | None:
    """The one municipality called *text* in *province* (for names several share)."""
    reference = municipalities.shipped()
    wanted = municipalities.normalise_name(province)
    name = municipalities.normalise_name(text)
    found = {
        m.code
        for m in reference.by_code.values()
        if municipalities.normalise_name(reference.provinces[m.province].name) == wanted
        and name
        in {
            municipalities.normalise_name(re.sub(r"\s*\([^)]*\)\s*$", "", n))
            for n in (m.name, *(f.name for f in m.former_names))
        }
    }
    return found.pop() if len(found) == 1 else None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "library_organisation",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_library_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_library_organisation_name")),
    )
    op.add_column("branch", sa.Column("municipality_code", sa.String(length=6), nullable=True))
    # A column constraint in ADD COLUMN: both backends take it, and SQLite needs no rebuild.
    op.execute(
        "ALTER TABLE branch ADD COLUMN organisation_code VARCHAR(64) "
        f"CONSTRAINT {_FK} REFERENCES library_organisation (code)"
    )
    _map_branches(op.get_bind())


def _map_branches(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.select(
            _branch.c.id,
            _branch.c.organisation,
            _branch.c.municipality,
            _branch.c.province,
            _branch.c.created_at,
        ).order_by(_branch.c.id)
    ).all()
    by_text, names = organisation_codes([r.organisation for r in rows])
    now = datetime.now(UTC)
    if names:
        conn.execute(
            sa.insert(_organisation),
            [{"code": code, "name": name, "created_at": now} for code, name in names.items()],
        )
    for row in rows:
        code = municipality_code(row.municipality, row.province, _day(row.created_at))
        organisation = by_text.get(row.organisation)
        conn.execute(
            sa.update(_branch)
            .where(_branch.c.id == row.id)
            .values(municipality_code=code, organisation_code=organisation)
        )
        if code is None:
            log.warning("Branch %s: no municipality code for %r", row.id, row.municipality)
        if organisation is None:
            log.warning("Branch %s: no organisation code for %r", row.id, row.organisation)
    for account_id, scope in conn.execute(
        sa.select(_account.c.id, _account.c.scope).where(_account.c.role == "organisation")
    ).all():
        if (code := by_text.get(scope)) is not None:
            conn.execute(sa.update(_account).where(_account.c.id == account_id).values(scope=code))
        else:
            log.warning("Account %s: no organisation code for scope %r", account_id, scope)


def downgrade() -> None:
    """Revert this revision."""
    conn = op.get_bind()
    names = dict(conn.execute(sa.select(_organisation.c.code, _organisation.c.name)).all())
    for account_id, scope in conn.execute(
        sa.select(_account.c.id, _account.c.scope).where(_account.c.role == "organisation")
    ).all():
        if scope in names:
            conn.execute(
                sa.update(_account).where(_account.c.id == account_id).values(scope=names[scope])
            )
    if conn.dialect.name == "sqlite":
        _rebuild_sqlite_branch(conn)
    else:
        op.drop_column("branch", "organisation_code")
        op.drop_column("branch", "municipality_code")
    op.drop_table("library_organisation")


def _rebuild_sqlite_branch(conn: sa.Connection) -> None:
    """Rebuild ``branch`` without the code columns, rows and the keys referring to it intact.

    Dropping ``branch`` orphans the rows that refer to it for a moment; with the foreign keys
    deferred, SQLite counts that and takes the count back as the rows return under the same
    keys, so the commit still fails if one went missing.
    """
    columns = "id, name, organisation, municipality, province, last_seq, created_at"
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    conn.exec_driver_sql(f"CREATE TEMPORARY TABLE _branch_0008 AS SELECT {columns} FROM branch")
    op.drop_table("branch")
    op.create_table(
        "branch",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("province", sa.String(length=100), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
    )
    conn.exec_driver_sql(f"INSERT INTO branch ({columns}) SELECT {columns} FROM _branch_0008")
    conn.exec_driver_sql("DROP TABLE _branch_0008")
