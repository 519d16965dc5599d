"""Alembic environment: runs the migrations on the connection the server hands over."""

from __future__ import annotations

from alembic import context

from sync.central.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite can't ALTER most things
)
with context.begin_transaction():
    context.run_migrations()
