"""Sample data for the screenshots: a morning of visits, a pretend server, a Belastinghulp season.

Written through the app's own services (and the sync client's outbox store), so the pictures
show states the app really reaches. Qt-free: a developer can also fill a scratch desk with it.
Lives outside the shipped packages (see :mod:`tools`): no clerk's desk carries sample people.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import text

from kiosk import set_aside
from kiosk.app import Kiosk
from kiosk.clock import system_now, to_utc_text
from kiosk.planning.records import BookingInput, TemplateInput
from kiosk.visits import QuestionInput, VisitInput
from sync.app_update import APP_VERSION, Advice, AdviceStore
from sync.outbox_store import OutboxStore
from sync.state import StateStore

# topic, organisation, DigiD follow-up, help, referral, duration
VISITS: tuple[tuple[str, str | None, str | None, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("digid_aanvragen", "logius", "aangevraagd", ("samen_gedaan",), (), "5_15"),
    ("toeslag_huur", "toeslagen", None, ("wegwijs",), (), "15_30"),
    ("apparaat_smartphone", "nvt", None, ("samen_gedaan",), (), "5_15"),
    ("belastingaangifte", "belastingdienst", None, ("doorverwezen",), ("belastinghulp",), "lt5"),
    ("digid_kwijt", "logius", "hersteld", ("samen_gedaan",), (), "5_15"),
    ("paspoort_id", "gemeente", None, ("informatie",), (), "lt5"),
    ("werk_uitkering", "uwv", None, ("wegwijs", "doorverwezen"), ("dienstverlener",), "15_30"),
    ("bieb_printen", None, None, ("samen_gedaan",), (), "lt5"),
)


def record_sample_day(kiosk: Kiosk, desk_id: str) -> None:
    """Record a morning of typical visits at *desk_id*, one of them voided as a double."""
    now = system_now()
    start = now.replace(hour=9, minute=30, second=0, microsecond=0)
    if now - start < timedelta(minutes=len(VISITS) + 1):  # before, or just after, 9:30
        start = now - timedelta(hours=3)
    span = (now - start) / (len(VISITS) + 1)  # the last visit still before now
    for n, (topic, org, followup, help_, referral, duration) in enumerate(VISITS):
        question = QuestionInput(
            topic=topic, organisation=org, digid_followup=followup, help=help_, referral=referral
        )
        kiosk.registration.record(
            desk_id,
            VisitInput(
                questions=(question,),
                channel="in_person",
                duration=duration,
                occurred_at=start + span * n,
            ),
        )
    last = kiosk.registration.day(desk_id).rows
    if len(last) > 3:
        kiosk.registration.void(desk_id, last[3].id, "dubbel geregistreerd")


def link_to_pretend_server(kiosk: Kiosk) -> None:
    """Link the desk to a (pretend) server and give it a few records the server refused.

    Ops are claimed and answered through the sync client's own outbox store, exactly as a real
    answer would be recorded; the clock is marked as running three days ahead.
    """
    now = system_now()
    store = OutboxStore(kiosk.db)
    batch = store.claim(max_ops=6, max_bytes=1_000_000)
    assert batch is not None
    verdicts: list[dict[str, Any]] = [
        {"status": "accepted", "server_seq": 1},
        {
            "status": "rejected",
            "code": "validation_failed",
            "errors": [{"path": "payload.questions[0].topic", "msg": "unknown topic code"}],
        },
        {"status": "accepted", "server_seq": 2},
        {"status": "conflict", "code": "visit_already_corrected"},
        {"status": "accepted", "server_seq": 3},
    ]
    results = [{"op_id": op_id, **v} for op_id, v in zip(batch.op_ids, verdicts, strict=False)]
    store.apply_results(batch.batch_id, results)  # the sixth op had no answer: pending again
    single = store.claim(max_ops=1, max_bytes=1_000_000)
    if single is not None:
        store.quarantine(single.local_seqs[0], "payload_too_large", "413 payload_too_large")
    with kiosk.db.write() as session:  # a record from the server this desk could not apply
        errors = [{"path": "data.weekday", "msg": "Field required"}]
        set_aside.put_aside(
            session, "template", "t-0192f3a4", 2, set_aside.INVALID, errors, to_utc_text(now)
        )
    StateStore(kiosk.db).update(
        device_id="0192f3a4-demo-0000-0000-000000000001",
        device_name="Demobalie",
        branch_id="br-voorbeeldstad-centrum",
        branch_name="Centrum (Bibliotheek Voorbeeldstad)",
        server_url="https://sync.bibliotheek-voorbeeld.nl",
        enrolled_at=to_utc_text(now - timedelta(days=30)),
        last_attempt_at=to_utc_text(now - timedelta(minutes=4)),
        last_success_at=to_utc_text(now - timedelta(minutes=4)),
        last_skew_seconds=3 * 86400 + 120,
        clock_flag="device_clock_skew",
    )


def advise_newer_version(kiosk: Kiosk, *, advise: bool = True) -> None:
    """Keep the advice of a (pretend) server that a newer app is out (``advise=False``: none)."""
    major, minor, *_ = (*(int(n) for n in APP_VERSION.split(".")), 0)
    advice = Advice(
        recommended_version=f"{major}.{minor + 1}.0",
        download_url="https://intranet.bibliotheek-voorbeeld.nl/software/ido-kiosk/",
    )
    AdviceStore(kiosk.db.path.parent).save(advice if advise else Advice())


# Citizens of the sample season: made-up names and numbers.
PEOPLE = (
    ("J. Jansen", "06 12345678"),
    ("P. de Vries", "06 23456789"),
    ("A. Öztürk", "06 34567890"),
    ("M. Bakker", "010 4567890"),
    ("S. Visser", "06 45678901"),
    ("H. Mulder", "06 56789012"),
    ("E. Bos", "06 67890123"),
    ("T. Lam", "06 78901234"),
    ("R. Kok", "06 89012345"),
    ("L. Smits", "06 90123456"),
)
# (grid row, grid column) -> (status, sync state) of the booking made there
BOOKINGS = {
    (0, 0): ("attended", "confirmed"),
    (1, 0): ("booked", "confirmed"),
    (2, 0): ("no_show", "confirmed"),
    (0, 1): ("booked", "confirmed"),
    (1, 1): ("booked", "provisional"),
    (3, 1): ("booked", "provisional"),
    (0, 2): ("booked", "confirmed"),
    (1, 2): ("booked", "conflict"),
    (2, 2): ("booked", "provisional"),
    (6, 3): ("booked", "confirmed"),
}
PURPOSES = (("aangifte",), ("toeslagen",), ("aangifte", "toeslagen"), ("digid",))


def sample_season(kiosk: Kiosk) -> None:
    """A Belastinghulp season with four helpers, a week of bookings and one conflict."""
    service = kiosk.planning
    season = service.save_season("Belastinghulp 2027", date(2027, 3, 1), date(2027, 5, 1))
    fnv = service.save_partner("FNV Belastingservice")
    humanitas = service.save_partner("Humanitas")
    huba = service.save_partner("HUBA (ouderenbond)")
    helpers = [
        (service.save_helper("Anna de Boer", fnv.id, ["aangifte"]), (2, 4), 30, 1),
        (service.save_helper("Bert Smit", humanitas.id, ["aangifte", "toeslagen"]), (2, 4), 30, 1),
        (service.save_helper("Carla Yilmaz", humanitas.id, ["toeslagen"]), (2,), 30, 2),
        (service.save_helper("Dirk Hoekstra", huba.id, ["aangifte", "digid"]), (4,), 30, 1),
    ]
    for helper, weekdays, minutes, capacity in helpers:
        for weekday in weekdays:
            service.save_template(
                season.id,
                TemplateInput(helper.id, weekday, time(9, 30), time(12, 0), minutes, capacity),
            )
    service.add_closure(season.id, date(2027, 3, 18), "Personeelsdag bibliotheek")
    service.generate(season.id)
    grid = service.grid(season.id)
    made = []
    for n, ((row, column), state) in enumerate(BOOKINGS.items()):
        slot = grid.cells.get((row, column))
        if slot is None:
            continue
        name, phone = PEOPLE[n]
        entry = BookingInput(name, phone, purpose=PURPOSES[n % 4], checklist=("digid_zelf",))
        if state[1] == "conflict" and slot.free <= 0:
            entry = BookingInput(name, phone, purpose=PURPOSES[n % 4], overbook_reason="x")
        made.append((service.book(slot.id, entry), state))
    extra = grid.cells.get((0, 2))
    if extra is not None:  # Carla's first slot: a second booking, then a conflict over it
        made.append(
            (
                service.book(extra.id, BookingInput("K. Hendriks", "06 11223344")),
                ("booked", "conflict"),
            )
        )
    for booking, (status, sync) in made:
        if status != "booked":
            service.set_status(booking.id, status)
        with kiosk.db.write() as session:  # as the server's answer would have marked it
            session.execute(
                text(
                    "UPDATE plan_booking SET sync = :sync, conflict_code = :code, "
                    "overbook_reason = NULL WHERE id = :id"
                ),
                {
                    "sync": sync,
                    "code": "slot_full" if sync == "conflict" else None,
                    "id": booking.id,
                },
            )
    cancelled = grid.cells.get((4, 0))
    if cancelled is not None:
        gone = service.book(cancelled.id, BookingInput("W. de Wit", "06 99887766"))
        service.cancel(gone.id, "belde af")
    closed = grid.cells.get((4, 2))
    if closed is not None:
        service.update_slot(closed.id, closed=True)
    service.add_waiting(season.id, BookingInput("G. Peters", "06 13572468", purpose=("aangifte",)))
    service.add_waiting(season.id, BookingInput("N. Ahmadi", "06 24681357", purpose=("toeslagen",)))
