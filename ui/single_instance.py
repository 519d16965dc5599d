"""One running app per user and data folder: a second start brings the first to the front.

The first app listens on a local socket (a named pipe on Windows) whose name comes from the
user and the data folder, so two users on one PC, or a test's own folder, never meet. A second
start connects, asks the first to come to the front and exits. A socket left behind by an app
that crashed is removed when nobody answers on it.

The second start's question is plain Python (a Unix socket, or the pipe opened as a file on
Windows): Qt's network module loads only to listen, after the window is on screen.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)
#: How long a second start waits for the first app to answer.
_WAIT_MS = 500
_RAISE = b"raise\n"


def server_name(data_dir: Path) -> str:
    """Return the socket's name for this user and *data_dir* (short, no path characters)."""
    # As getpass.getuser() reads it, without its imports at start-up.
    user = next(
        (os.environ[k] for k in ("LOGNAME", "USER", "LNAME", "USERNAME") if os.environ.get(k)),
        "",
    )
    key = f"{user}\0{data_dir.resolve()}".encode()
    digest = QCryptographicHash.hash(key, QCryptographicHash.Algorithm.Sha256).toHex()
    return "ido-kiosk-" + bytes(digest.data()).decode("ascii")[:20]


class SingleInstance(QObject):
    """The first app's listener, or a second start's message to it.

    Signals:
        activate_requested(): another start asked this app to come to the front.
    """

    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        """Use the socket *name* (see :func:`server_name`)."""
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def ask_running(self) -> bool:
        """Ask an app already running to come to the front; tell whether one answered."""
        if os.name == "nt":
            try:  # the pipe QLocalServer makes of the name
                with Path(rf"\\.\pipe\{self.name}").open("wb", buffering=0) as pipe:
                    pipe.write(_RAISE)
            except OSError:
                return False
            return True
        import socket

        path = str(Path(QDir.tempPath()) / self.name)  # where QLocalServer puts it
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(_WAIT_MS / 1000)
            try:
                client.connect(path)
                client.sendall(_RAISE)
            except OSError:  # nobody there, or a socket left behind
                return False
        return True

    def listen(self) -> bool:
        """Listen for later starts; return False when another app took the name first."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer()  # this object's child once it listens
        if os.name == "nt":
            # Only this user may open the pipe. (On Unix the socket file gets the umask's
            # rights: the option would bind elsewhere and move the file over a live one.)
            server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if self.ask_running():  # started at the same moment as another: that one stays
                return False
            QLocalServer.removeServer(self.name)  # left behind by an app that stopped
            if not server.listen(self.name):
                log.warning("No single-instance socket: %s", server.errorString())
                return True  # run anyway: a second start is better than none
        server.setParent(self)
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def close(self) -> None:
        """Stop listening (the app is closing)."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def _on_connection(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        while socket is not None:  # a child of the server: gone when the server closes
            # The message is one short line, sent at once: it is there or arrives in a moment.
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(_WAIT_MS)
            if arrived and bytes(socket.readAll().data()).startswith(_RAISE.strip()):
                self.activate_requested.emit()
            socket.abort()
            socket = self.server.nextPendingConnection()
