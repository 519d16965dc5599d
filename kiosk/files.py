"""Writing a file so that it is whole and on disk before anything refers to it.

The pull loop stores its cursor only after the pulled file is durable, a support export must
never be half a file, and a backup of the database is either whole or absent: each writes a
temporary file next to the target, fsyncs it, renames it over the target (atomic on one
volume) and fsyncs the folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_durably(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Replace *path* with *data* atomically and durably; the new file gets *mode*."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_name(path)
    # O_EXCL: never follow or reuse a file someone else put at the temporary name.
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        temporary.chmod(mode)  # the umask may have narrowed or the platform ignored it
        publish(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def temporary_name(path: Path) -> Path:
    """Return the name a file is written under before :func:`publish` gives it *path*."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def publish(temporary: Path, path: Path) -> None:
    """Flush the written file *temporary* to disk, rename it to *path*, flush the folder."""
    fd = os.open(temporary, os.O_RDWR | _O_BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    temporary.replace(path)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk; a no-op where folders can't be opened."""
    if os.name == "nt":  # Windows has no fsync for directories; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_O_BINARY: int = getattr(os, "O_BINARY", 0)
