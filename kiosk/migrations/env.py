"""Alembic environment: runs migrations on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

# Importing the model modules registers their tables on SQLModel.metadata.
import kiosk.models
import kiosk.planning.models  # noqa: F401

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite can't ALTER most things: copy-and-move tables instead
)
with context.begin_transaction():
    context.run_migrations()
