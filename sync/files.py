"""Writing a file so that it is whole and on disk before anything refers to it.

The pull loop stores its cursor only after the pulled file is durable, and a support export
must never be half a file: both write a temporary file next to the target, fsync it, rename
it over the target (atomic on one volume) and fsync the folder so the rename itself survives
a power cut.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_durably(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Replace *path* with *data* atomically and durably; the new file gets *mode*."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # O_EXCL: never follow or reuse a file someone else put at the temporary name.
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temporary.chmod(mode)  # the umask may have narrowed or the platform ignored it
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
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
