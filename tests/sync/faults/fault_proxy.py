"""A small fault-injecting HTTP/1.1 proxy for loopback tests (asyncio in a background thread).

It sits between the desk's sync client and a real central server and decides, per request,
what to do with it (a :class:`Fault`): pass it on, refuse it, forward it and lose the reply,
delay it, answer 429/503 itself, cut the request or the reply mid-body, hold it until the test
says so, or send it to the server twice. Faults come from a script (consumed in order by the
requests that match) and, once the script is empty, from an optional random schedule.

Each request gets a fresh upstream connection with ``Connection: close``, and the client's
connection is closed after each answer, so one request never depends on another.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

PASS = "pass"
REFUSE = "refuse"  # close the connection before forwarding anything
DROP_RESPONSE = "drop_response"  # forward; the server answers (commits); the reply is lost
DELAY = "delay"  # wait, then forward
RESPOND = "respond"  # answer with a problem-details status (429/503) and Retry-After
CUT_REQUEST = "cut_request"  # forward half the body, then hang up on both sides
CUT_RESPONSE = "cut_response"  # forward; give the client half the reply, then hang up
HOLD = "hold"  # stop until released (see Fault.arrived / Fault.release), then ``then``
REPLAY_SEQUENTIAL = "replay_sequential"  # send the request twice in turn, answer the 2nd
REPLAY_CONCURRENT = "replay_concurrent"  # send two copies at once, answer one of them
KINDS = (
    PASS,
    REFUSE,
    DROP_RESPONSE,
    DELAY,
    RESPOND,
    CUT_REQUEST,
    CUT_RESPONSE,
    HOLD,
    REPLAY_SEQUENTIAL,
    REPLAY_CONCURRENT,
)
HOLD_LIMIT_SECONDS = 60.0


@dataclass
class Fault:
    """What to do with one request.

    ``HOLD`` waits for :attr:`release` (set by the test) after announcing :attr:`arrived`;
    with ``forward_first`` it forwards the request (and reads the answer) before holding.
    After the hold it goes on as ``then`` (``PASS`` delivers, ``DROP_RESPONSE`` loses it).
    """

    kind: str = PASS
    seconds: float = 0.0
    status: int = 503
    retry_after: str = "1"
    forward_first: bool = False
    then: str = PASS
    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    forwarded: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        """Refuse unknown kinds early (a typo would otherwise pass silently)."""
        if self.kind not in KINDS or self.then not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}/{self.then!r}")


@dataclass
class Record:
    """One request as the proxy saw it, and what became of it."""

    method: str
    path: str
    fault: str
    body: bytes
    upstream_status: int | None = None
    client_status: int | None = None
    replay_statuses: list[int] = field(default_factory=list)
    replay_bodies: list[bytes] = field(default_factory=list)


def is_batch(method: str, path: str) -> bool:
    """Tell whether a request is a ``POST /v1/batches`` (the default target of faults)."""
    return method == "POST" and path.split("?")[0].endswith("/v1/batches")


class RandomSchedule:
    """Faults drawn from a seeded RNG with the given weights (kind -> weight)."""

    def __init__(self, seed: int, weights: dict[str, float], delay: float = 0.05) -> None:
        """Draw from *weights* with *seed*; ``DELAY`` waits *delay* seconds."""
        self.rng = random.Random(seed)
        self.kinds = list(weights)
        self.weights = [weights[k] for k in self.kinds]
        self.delay = delay
        self._lock = threading.Lock()

    def __call__(self) -> Fault:
        """Return the next fault."""
        with self._lock:
            kind = self.rng.choices(self.kinds, self.weights)[0]
            status = self.rng.choice((429, 503))
        if kind == RESPOND:
            return Fault(RESPOND, status=status, retry_after="0")
        if kind == DELAY:
            return Fault(DELAY, seconds=self.delay)
        return Fault(kind)


class FaultProxy:
    """Forward ``127.0.0.1:<port>`` to ``127.0.0.1:<upstream_port>``, injecting faults."""

    def __init__(self, upstream_port: int | Sequence[int]) -> None:
        """Proxy to *upstream_port* on loopback; call :meth:`start` before use.

        Given several ports (server instances on one database), the requests go to them in
        turn, as a round-robin load balancer sends them: a desk's next request, or the second
        copy of a replayed one, reaches another instance.
        """
        ports = [upstream_port] if isinstance(upstream_port, int) else list(upstream_port)
        self.upstream_port = ports[0]
        self._upstreams = itertools.cycle(ports)
        self.port = 0
        self.records: list[Record] = []
        self.matches: Callable[[str, str], bool] = is_batch
        self.random: Callable[[], Fault] | None = None
        self._script: list[Fault] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._changed = threading.Condition()
        self._holding: list[Fault] = []

    # -- control (from the test thread) ----------------------------------------------------

    @property
    def url(self) -> str:
        """The base URL clients should use."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        """Start listening (in a daemon thread); return self."""
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            self._server = loop.run_until_complete(
                asyncio.start_server(self._handle, "127.0.0.1", 0)
            )
            self.port = self._server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fault proxy did not start")
        return self

    def stop(self) -> None:
        """Stop listening and release anything still held."""
        with self._lock:
            for fault in self._script:
                fault.release.set()
            self._script.clear()
        for record_fault in list(self._holding):
            record_fault.release.set()
        if self._loop is not None and self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)

    def script(self, *faults: Fault | str) -> list[Fault]:
        """Queue faults for the next matching requests (in order); return them."""
        queued = [f if isinstance(f, Fault) else Fault(f) for f in faults]
        with self._lock:
            self._script.extend(queued)
        return queued

    def clear(self) -> None:
        """Forget the script and the random schedule: everything passes from now on."""
        with self._lock:
            self._script.clear()
            self.random = None

    def batches(self) -> list[Record]:
        """Return the records of the batch posts seen so far."""
        with self._lock:
            return [r for r in self.records if is_batch(r.method, r.path)]

    def wait_until(self, condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Block until *condition()* holds (checked whenever a request finishes)."""
        with self._changed:
            if not self._changed.wait_for(condition, timeout):
                raise TimeoutError("proxy condition not reached")

    # -- the proxy itself (event loop thread) ----------------------------------------------

    def _next_fault(self, method: str, path: str) -> Fault:
        if not self.matches(method, path):
            return Fault(PASS)
        with self._lock:
            if self._script:
                return self._script.pop(0)
            schedule = self.random
        return schedule() if schedule is not None else Fault(PASS)

    def _notify(self) -> None:
        with self._changed:
            self._changed.notify_all()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await _read_request(reader)
            if request is None:
                return
            method, path, head, body = request
            fault = self._next_fault(method, path)
            record = Record(method, path, fault.kind, body)
            with self._lock:
                self.records.append(record)
            try:
                await self._apply(fault, record, head, body, writer)
            finally:
                self._notify()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _apply(
        self,
        fault: Fault,
        record: Record,
        head: bytes,
        body: bytes,
        writer: asyncio.StreamWriter,
    ) -> None:
        kind = fault.kind
        if kind == REFUSE:
            return
        if kind == RESPOND:
            writer.write(_problem(fault.status, fault.retry_after))
            record.client_status = fault.status
            await writer.drain()
            return
        if kind == DELAY:
            await asyncio.sleep(fault.seconds)
        if kind == CUT_REQUEST:
            await self._cut_request(head, body)
            return
        if kind == HOLD:
            answer = None
            if fault.forward_first:
                answer = await self._forward(head, body, record, sent=fault.forwarded)
            self._holding.append(fault)
            fault.arrived.set()
            self._notify()
            await asyncio.to_thread(fault.release.wait, HOLD_LIMIT_SECONDS)
            if answer is None:
                if fault.then == DROP_RESPONSE:
                    await self._forward(head, body, record)
                    return
                if fault.then != PASS:
                    return  # e.g. REFUSE: hang up without forwarding
                answer = await self._forward(head, body, record)
            elif fault.then != PASS:
                return
            await self._deliver(writer, answer, record)
            return
        if kind == REPLAY_SEQUENTIAL:
            first = await self._forward(head, body, record)
            second = await self._forward(head, body, record)
            record.replay_statuses = [_status(first), _status(second)]
            record.replay_bodies = [_body(first), _body(second)]
            await self._deliver(writer, second, record)
            return
        if kind == REPLAY_CONCURRENT:
            answers = await asyncio.gather(
                self._forward(head, body, record), self._forward(head, body, record)
            )
            record.replay_statuses = [_status(a) for a in answers]
            record.replay_bodies = [_body(a) for a in answers]
            chosen = next((a for a in answers if _status(a) == 200), answers[0])
            await self._deliver(writer, chosen, record)
            return
        answer = await self._forward(head, body, record)
        if kind == DROP_RESPONSE:
            return
        if kind == CUT_RESPONSE:
            writer.write(answer[: max(len(answer) // 2, 1)])
            await writer.drain()
            return
        await self._deliver(writer, answer, record)

    async def _deliver(self, writer: asyncio.StreamWriter, answer: bytes, record: Record) -> None:
        if not answer:
            return  # upstream gave nothing (it died): the client sees a closed connection
        record.client_status = _status(answer)
        writer.write(answer)
        await writer.drain()

    async def _forward(
        self, head: bytes, body: bytes, record: Record, sent: threading.Event | None = None
    ) -> bytes:
        """Send the request upstream and return the raw answer (b"" if upstream failed).

        *sent* is set once the whole request is written (the server may be working on it).
        """
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", next(self._upstreams))
        except OSError:
            return b""
        try:
            writer.write(_close_after(head) + body)
            await writer.drain()
            if sent is not None:
                sent.set()
            answer = await reader.read()  # upstream closes after one answer
        except (ConnectionError, OSError):
            return b""
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
        record.upstream_status = _status(answer) if answer else None
        return answer

    async def _cut_request(self, head: bytes, body: bytes) -> None:
        try:
            _reader, writer = await asyncio.open_connection("127.0.0.1", next(self._upstreams))
        except OSError:
            return
        try:
            writer.write(_close_after(head) + body[: len(body) // 2])
            await writer.drain()
            await asyncio.sleep(0.05)
        finally:
            writer.transport.abort()


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, bytes, bytes] | None:
    """Read one request (headers and a Content-Length body); None at a clean EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, path, _version = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "transfer-encoding":
            raise ConnectionError("chunked request bodies are not supported by the test proxy")
    body = await reader.readexactly(length) if length else b""
    return method, path, head, body


def _close_after(head: bytes) -> bytes:
    """Rewrite the request head to ``Connection: close`` (one request per upstream socket)."""
    lines = head.decode("latin-1").split("\r\n")
    kept = [ln for ln in lines[1:] if ln and not ln.lower().startswith("connection:")]
    return "\r\n".join([lines[0], *kept, "Connection: close", "", ""]).encode("latin-1")


def _status(answer: bytes) -> int:
    try:
        return int(answer.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return 0


def _body(answer: bytes) -> bytes:
    return answer.partition(b"\r\n\r\n")[2]


def _problem(status: int, retry_after: str) -> bytes:
    """A problem-details answer as the central server would give it, closing the connection."""
    code = {429: "rate_limited", 503: "overloaded"}.get(status, "proxy_fault")
    body = json.dumps(
        {
            "type": f"https://ido-kiosk.nl/problems/{code}",
            "title": "Injected by the fault proxy",
            "status": status,
            "detail": "Injected by the fault proxy",
            "code": code,
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status} Injected\r\nContent-Type: application/problem+json\r\n"
        f"Content-Length: {len(body)}\r\nRetry-After: {retry_after}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body
