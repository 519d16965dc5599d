"""The server database: engines for SQLite and PostgreSQL, migrations, transactions, bulk writes.

SQLite (a file in the data directory) runs like the desk's database: WAL, ``synchronous=FULL``
(an acknowledged batch is on disk), foreign keys, a busy timeout, and ``BEGIN IMMEDIATE`` for
writes so concurrent batches queue for the lock instead of failing on an upgrade. PostgreSQL
goes through psycopg 3 (``postgresql+psycopg://``). Alembic migrates both from
``sync/central/migrations``.

Bulk writes are set-based: on PostgreSQL one ``INSERT ... SELECT FROM
json_populate_recordset(...)`` per table and batch (the rows as ONE JSON parameter, whatever
their number); on SQLite ``executemany`` (multi-row ``VALUES``).
"""

from __future__ import annotations

import json
import logging
import operator
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Connection, Engine
from sqlalchemy.dialects import sqlite

from kiosk.db import install_sqlite_settings
from sync.central.migrations import HEAD

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "central_begin"
SCRIPT_LOCATION = "sync.central:migrations"
_INSERTS: dict[tuple[str, tuple[str, ...], str | None], sa.TextClause] = {}


def create_db_engine(url: str, *, pool_size: int = 8) -> Engine:
    """Return an engine for *url* (``sqlite:///path`` or ``postgresql+psycopg://...``)."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(
            parsed,
            poolclass=sa.QueuePool,
            pool_size=pool_size,
            max_overflow=pool_size,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        install_sqlite_settings(engine, busy_timeout_ms=BUSY_TIMEOUT_MS, begin_option=_BEGIN_OPTION)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(
            f"unsupported database {parsed.get_backend_name()!r}: SQLite or PostgreSQL"
        )
    return sa.create_engine(parsed, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


class Database:
    """The server's engine with its transaction helpers; migrated on open unless told not to."""

    def __init__(self, url: str, *, pool_size: int = 8, migrate_on_open: bool = True) -> None:
        """Connect to *url* and, by default, upgrade its schema to the newest revision."""
        self.engine = create_db_engine(url, pool_size=pool_size)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._writer = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        if migrate_on_open:
            migrate(self.engine)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """Run one write transaction: committed when the block ends, rolled back on error."""
        with self._writer.begin() as connection:
            yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """Run one read-only transaction (a consistent snapshot on PostgreSQL and SQLite)."""
        with self.engine.begin() as connection:
            yield connection

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stored in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def migrate(engine: Engine, target: str = "head") -> None:
    """Upgrade the schema in place to *target* (default: newest); a no-op when current."""
    if target == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    writer = engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
    with writer.begin() as connection:
        if engine.dialect.name == "postgresql":
            # Two servers starting at once must not both create the tables.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7412301)")
        config.attributes["connection"] = connection
        log.info("Upgrading the central database schema to %s", target)
        command.upgrade(config, target)


# -- bulk writes ------------------------------------------------------------------------------


def insert_rows(conn: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert *rows* (all with the same keys) in one set-based statement."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(_recordset_insert(conn, table, list(rows[0])), {"rows": _json_rows(rows)})
    else:
        conn.execute(table.insert(), list(rows))


def copy_rows(conn: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert *rows* (all with the same keys) with PostgreSQL's ``COPY ... FROM STDIN``.

    The fastest set-based insert PostgreSQL has: no SQL or JSON to parse per row, in the
    transaction of *conn*. The rows travel in PostgreSQL's binary format where every column
    has one (psycopg packs them in C; PostgreSQL reads times and numbers without parsing
    text): against the text format that halves the Python time and saves PostgreSQL an
    eighth of its work. A table with a column of another type goes as text. Unlike
    ``ON CONFLICT DO NOTHING``, a key another transaction stored first raises
    ``psycopg.errors.UniqueViolation`` (the caller decides what a race means). PostgreSQL
    only: SQLite keeps :func:`insert_rows`.
    """
    if not rows:
        return
    names = list(rows[0])
    _refuse_naive_times(table, names, rows)
    quote = conn.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    values = operator.itemgetter(*names)
    types = [_binary_type(table.c[name].type) for name in names]
    binary = all(types)
    # The psycopg connection under SQLAlchemy's: same session, same transaction.
    driver = conn.connection.driver_connection
    assert driver is not None
    form = " (FORMAT BINARY)" if binary else ""
    sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN{form}"
    with driver.cursor() as cursor, cursor.copy(sql) as copy:
        if binary:
            copy.set_types(types)
        if len(names) == 1:  # itemgetter of one name returns the value, not a tuple
            for row in rows:
                copy.write_row((values(row),))
        else:
            for row in rows:
                copy.write_row(values(row))


def _binary_type(column_type: Any) -> str | None:
    """The PostgreSQL type whose binary format carries this column's values, if it is known."""
    if _is_time(column_type):
        return "timestamptz" if _has_timezone(column_type) else None
    if isinstance(column_type, sa.Boolean):
        return "bool"
    if isinstance(column_type, sa.BigInteger):
        return "int8"
    if isinstance(column_type, sa.SmallInteger):
        return "int2"
    if isinstance(column_type, sa.Integer):
        return "int4"
    if isinstance(column_type, sa.String) and not isinstance(column_type, sa.Enum):
        return "text"  # text, varchar(n): the same binary format (the length is still checked)
    return None


def _has_timezone(column_type: Any) -> bool:
    impl = getattr(column_type, "impl", column_type)
    return bool(getattr(impl, "timezone", False))


def _refuse_naive_times(
    table: sa.Table, names: list[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Raise ValueError for a naive datetime bound for a ``timestamptz`` column.

    COPY bypasses the table types' bind processing (``UtcDateTime`` refuses naive times),
    and PostgreSQL would read a naive time in the session's time zone: never store one.
    """
    for name in names:
        if not _is_time(table.c[name].type):
            continue
        # Each distinct time zone object is asked for its offset once (a batch's thousands
        # of times share a handful): ``utcoffset()`` per value was a tenth of a COPY.
        checked: set[int] = set()
        for value in map(operator.itemgetter(name), rows):
            if not isinstance(value, datetime):
                continue
            zone = value.tzinfo
            if zone is not None and id(zone) in checked:
                continue
            if zone is None or value.utcoffset() is None:
                raise ValueError("naive datetime: the server stores aware UTC times only")
            checked.add(id(zone))


def _is_time(column_type: Any) -> bool:
    """Tell whether a column type stores a datetime (``UtcDateTime`` wraps ``DateTime``)."""
    return isinstance(column_type, sa.DateTime) or isinstance(
        getattr(column_type, "impl", None), sa.DateTime
    )


def insert_new(
    conn: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]], key: str
) -> set[Any]:
    """Insert *rows*, skipping those whose *key* exists; return the keys actually inserted.

    ``ON CONFLICT DO NOTHING``: a row another transaction inserted first (PostgreSQL waits for
    it on the unique index) is left alone, never modified, and missing from the result.
    """
    if not rows:
        return set()
    if conn.dialect.name == "postgresql":
        statement = _recordset_insert(conn, table, list(rows[0]), conflict=key)
        return {row[0] for row in conn.execute(statement, {"rows": _json_rows(rows)})}
    # SQLAlchemy sends this as multi-row VALUES (its "insertmanyvalues"), RETURNING included.
    insert = sqlite.insert(table).on_conflict_do_nothing(index_elements=[key])
    return {row[0] for row in conn.execute(insert.returning(table.c[key]), list(rows))}


def update_rows(
    conn: Connection, table: sa.Table, key: str, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Update one row per entry of *rows* (matched on *key*) in one set-based statement."""
    if not rows:
        return
    names = list(rows[0])
    if conn.dialect.name == "postgresql":
        quote = conn.dialect.identifier_preparer.quote
        sets = ", ".join(f"{quote(n)} = u.{quote(n)}" for n in names if n != key)
        sql = (
            f"UPDATE {quote(table.name)} AS t SET {sets} "
            f"FROM json_populate_recordset(NULL::{quote(table.name)}, CAST(:rows AS json)) AS u "
            f"WHERE t.{quote(key)} = u.{quote(key)}"
        )
        conn.execute(sa.text(sql), {"rows": _json_rows(rows)})
        return
    statement = (
        sa.update(table)
        .where(table.c[key] == sa.bindparam(f"v_{key}"))
        .values({n: sa.bindparam(f"v_{n}") for n in names if n != key})
    )
    conn.execute(statement, [{f"v_{n}": row[n] for n in names} for row in rows])


def _json_value(value: object) -> str:
    """``json.dumps`` fallback: aware datetimes as ISO 8601 (``timestamptz`` columns)."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("naive datetime: the server stores aware UTC times only")
        # With its offset, whatever it is: a timestamptz column stores the same instant.
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in a bulk write")


def _json_rows(rows: Sequence[Mapping[str, Any]]) -> str:
    """All *rows* as one JSON array: a single text parameter, whatever the number of rows.

    Serialising with the C JSON encoder is far cheaper than binding one typed array per column
    (psycopg adapts array elements one by one in Python); PostgreSQL parses it in one go.
    """
    return json.dumps(list(rows), default=_json_value, separators=(",", ":"), ensure_ascii=False)


def _recordset_insert(
    conn: Connection, table: sa.Table, names: list[str], *, conflict: str | None = None
) -> sa.TextClause:
    """``INSERT INTO t (a, b) SELECT a, b FROM json_populate_recordset(NULL::t, :rows)``.

    The JSON keys are the column names; PostgreSQL converts each value to its column's type
    (the table's row type), so the statement needs no per-column casts. Built once per shape.
    """
    key = (table.name, tuple(names), conflict)
    statement = _INSERTS.get(key)
    if statement is None:
        quote = conn.dialect.identifier_preparer.quote
        columns = ", ".join(quote(name) for name in names)
        sql = (
            f"INSERT INTO {quote(table.name)} ({columns}) SELECT {columns} "
            f"FROM json_populate_recordset(NULL::{quote(table.name)}, CAST(:rows AS json))"
        )
        if conflict is not None:
            sql += f" ON CONFLICT ({quote(conflict)}) DO NOTHING RETURNING {quote(conflict)}"
        statement = _INSERTS[key] = sa.text(sql)
    return statement
