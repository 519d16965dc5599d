"""Dashboard accounts below the web: hashing, roles and scopes, accounts, sessions, audit, scope.

The database tests run on SQLite and PostgreSQL (the ``database_url`` fixture).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from argon2 import Type, extract_parameters

from kiosk.catalogue import load_catalogues
from sync.central import branches, organisations
from sync.central.accounts import audit
from sync.central.accounts.passwords import (
    MIN_LENGTH,
    PasswordPolicyError,
    Passwords,
    check_new_password,
)
from sync.central.accounts.roles import (
    Role,
    ScopeError,
    catalogue_organisation_codes,
    check_scope,
    parse_role,
)
from sync.central.accounts.scope import Level, Visibility
from sync.central.accounts.sessions import (
    SEEN_RESOLUTION,
    SessionPolicy,
    end_session,
    resume_session,
    revoke_sessions,
    session_id,
    start_session,
    touch_session,
)
from sync.central.accounts.throttle import LoginThrottle
from sync.central.accounts.users import (
    AccountExistsError,
    UsernameError,
    add_account,
    disable_account,
    find_account,
    list_accounts,
    normalise_username,
)
from sync.central.accounts.viewer import PUBLIC, Viewer
from sync.central.db import SCRIPT_LOCATION, Database, current_revision
from sync.central.migrations import HEAD
from sync.central.settings import Settings
from sync.central.tables import branch, question
from tests.sync.central.conftest import START

CHEAP = Passwords(time_cost=1, memory_kib=8, parallelism=1)
POLICY = SessionPolicy(idle=timedelta(minutes=30), lifetime=timedelta(hours=12))
CODES = catalogue_organisation_codes(load_catalogues())


@pytest.fixture
def db(database_url):
    database = Database(database_url, pool_size=2)
    yield database
    database.close()


def new_account(db: Database, username: str = "a.jansen", role: Role = Role.NATIONAL, scope=None):
    with db.write() as conn:
        return add_account(
            conn,
            username=username,
            display_name=None,
            role=role,
            scope=scope,
            password_hash=CHEAP.hash("a good long password"),
            now=START,
        )


# -- passwords --------------------------------------------------------------------------------


def test_password_hash_is_argon2id_with_the_settings_cost():
    settings = Settings(database_url="sqlite://", data_dir=None)  # type: ignore[arg-type]
    passwords = Passwords(
        time_cost=settings.password_time_cost,
        memory_kib=settings.password_memory_kib,
        parallelism=settings.password_parallelism,
    )
    hashed = passwords.hash("correct horse battery staple")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    parameters = extract_parameters(hashed)
    assert parameters.type is Type.ID and parameters.salt_len >= 16
    assert passwords.hash("correct horse battery staple") != hashed  # a fresh salt each time
    assert passwords.verify(hashed, "correct horse battery staple").ok
    assert not passwords.verify(hashed, "correct horse battery stapler").ok
    assert not passwords.verify(hashed, "").ok


def test_a_hash_with_other_parameters_verifies_and_asks_for_a_rehash():
    old = CHEAP.hash("a good long password")
    stronger = Passwords(time_cost=2, memory_kib=16, parallelism=1)
    verdict = stronger.verify(old, "a good long password")
    assert verdict.ok and verdict.rehash
    assert not stronger.verify(stronger.hash("x" * 12), "x" * 12).rehash


def test_no_hash_or_a_broken_one_says_no():
    assert not CHEAP.verify(None, "anything at all").ok
    assert not CHEAP.verify("not a phc string", "anything at all").ok
    assert not CHEAP.verify("$argon2id$v=19$m=8,t=1,p=1$broken", "anything").ok


def test_password_rules():
    check_new_password("a" * MIN_LENGTH)
    check_new_password("lange zin met spaties é ß")
    for bad in ("a" * (MIN_LENGTH - 1), "x" * 1025, "tab\tin the password", "new\nline password"):
        with pytest.raises(PasswordPolicyError):
            check_new_password(bad)


# -- roles and scopes -------------------------------------------------------------------------


def check(role: str, scope: str | None) -> str | None:
    return check_scope(
        parse_role(role),
        scope,
        organisations={"bibliotheek-midden-brabant", "bibliotheek-rotterdam"},
        organisation_codes=CODES,
        day=START.date(),
    )


def test_scopes_that_are_accepted():
    assert check("national", None) is None
    assert check("national", "  ") is None
    assert check(" Municipality ", "gm0363") == "GM0363"
    assert check("municipality", " GM0855 ") == "GM0855"
    assert check("organisation", "bibliotheek-rotterdam") == "bibliotheek-rotterdam"
    assert check("organisation", " Bibliotheek-Rotterdam ") == "bibliotheek-rotterdam"
    assert check("executive", "Toeslagen") == "toeslagen"
    assert check("executive", "uwv") == "uwv"


@pytest.mark.parametrize(
    ("role", "scope", "says"),
    [
        ("national", "GM0363", "no scope"),
        ("municipality", None, "needs a scope"),
        ("municipality", "GM363", "CBS municipality code"),
        ("municipality", "GM03630", "CBS municipality code"),
        ("municipality", "Tilburg", "CBS municipality code"),
        ("municipality", "PV27", "CBS municipality code"),
        ("municipality", "GM9999", "the reference knows"),
        (
            "municipality",
            "GM0457",
            "not a municipality on 2026-11-28; its area is now part of GM0363",
        ),
        ("organisation", "", "needs a scope"),
        ("organisation", "bibliotheek-nergenshuizen", "no library organisation"),
        ("organisation", "Bibliotheek Rotterdam", "no library organisation"),  # a name, not a code
        ("executive", "Belastingdienst Toeslagen", "organisation code"),
        ("executive", "GM0363", "organisation code"),
        ("superuser", None, "unknown role"),
    ],
)
def test_scopes_that_are_refused(role, scope, says):
    with pytest.raises(ScopeError, match=says):
        check(role, scope)


def test_catalogue_codes_are_the_organisation_list():
    assert {"belastingdienst", "toeslagen", "uwv", "duo", "svb"} <= CODES
    assert "toeslag_huur" not in CODES  # a topic, not an organisation


def test_organisation_scopes_are_the_registry(db):
    with db.write() as conn:
        for name in ["Bibliotheek Midden-Brabant", "Bibliotheek Rotterdam"]:
            organisations.add_organisation(conn, name.lower().replace(" ", "-"), name, START)
        assert organisations.codes(conn) == {"bibliotheek-midden-brabant", "bibliotheek-rotterdam"}


# -- accounts ---------------------------------------------------------------------------------


def test_usernames():
    assert normalise_username("  A.Jansen@Example.NL ") == "a.jansen@example.nl"
    assert normalise_username("piet_2") == "piet_2"
    for bad in ("", "   ", "met spatie", "-begint-met-streep", "a" * 255, "naam;drop"):
        with pytest.raises(UsernameError):
            normalise_username(bad)


def test_accounts_are_unique_by_lower_case_name(db):
    added = new_account(db, "A.Jansen@Example.nl")
    assert added.username == "a.jansen@example.nl"
    assert added.display_name == "a.jansen@example.nl"
    with pytest.raises(AccountExistsError):
        new_account(db, "a.jansen@EXAMPLE.nl")
    with db.read() as conn:
        found = find_account(conn, "A.JANSEN@example.nl")
    assert found == added
    assert "password" not in repr(found)


def test_the_database_keeps_scope_and_role_together(db):
    for role, scope in ((Role.NATIONAL, "GM0363"), (Role.MUNICIPALITY, None)):
        with pytest.raises(sa.exc.IntegrityError):
            new_account(db, f"x-{role.value}", role, scope)


def test_list_counts_live_sessions(db):
    anna = new_account(db)
    new_account(db, "b.bakker", Role.MUNICIPALITY, "GM0363")
    with db.write() as conn:
        start_session(conn, anna.id, START, POLICY)
        token, _ = start_session(conn, anna.id, START, POLICY)
        end_session(conn, session_id(token), START, reason="signed_out")
        rows = list_accounts(conn, START)
    assert [(r["username"], r["role"], r["scope"], r["sessions"]) for r in rows] == [
        ("a.jansen", Role.NATIONAL, None, 1),
        ("b.bakker", Role.MUNICIPALITY, "GM0363", 0),
    ]


# -- sessions ---------------------------------------------------------------------------------


def test_only_the_tokens_hash_is_stored(db):
    anna = new_account(db)
    with db.write() as conn:
        token, session = start_session(conn, anna.id, START, POLICY, address="10.0.0.7")
    assert len(token) >= 43  # 256 bits
    assert session.id == session_id(token) != token
    with db.read() as conn:
        rows = conn.execute(sa.text("SELECT * FROM account_session")).all()
    assert len(rows) == 1
    assert token not in repr(rows)
    assert rows[0].address == "10.0.0.7"


def test_idle_and_absolute_expiry(db):
    anna = new_account(db)
    with db.write() as conn:
        token, _ = start_session(conn, anna.id, START, POLICY)
    with db.read() as conn:
        assert resume_session(conn, token, START + timedelta(minutes=29), POLICY) is not None
        assert resume_session(conn, token, START + timedelta(minutes=30), POLICY) is None
    moment = START
    while moment + timedelta(minutes=25) < START + POLICY.lifetime:
        moment += timedelta(minutes=25)
        with db.write() as conn:
            live = resume_session(conn, token, moment, POLICY)
            assert live is not None and live.stale(moment)
            touch_session(conn, live.id, moment)
    with db.read() as conn:
        assert resume_session(conn, token, START + POLICY.lifetime, POLICY) is None


def test_last_seen_is_written_at_most_once_a_minute(db):
    anna = new_account(db)
    with db.write() as conn:
        token, _ = start_session(conn, anna.id, START, POLICY)
        live = resume_session(conn, token, START + SEEN_RESOLUTION / 2, POLICY)
        assert live is not None and not live.stale(START + SEEN_RESOLUTION / 2)
        assert live.stale(START + SEEN_RESOLUTION)


def test_unknown_and_odd_tokens_find_nothing(db):
    with db.read() as conn:
        for token in ("", "x", "a" * 500, "'; DROP TABLE account; --"):
            assert resume_session(conn, token, START, POLICY) is None


def test_revoke_one_or_all_and_disable(db):
    anna = new_account(db)
    bert = new_account(db, "b.bakker")
    with db.write() as conn:
        one, _ = start_session(conn, anna.id, START, POLICY)
        two, _ = start_session(conn, anna.id, START, POLICY)
        three, _ = start_session(conn, anna.id, START, POLICY)
        berts, _ = start_session(conn, bert.id, START, POLICY)
        assert end_session(conn, session_id(one), START, reason="revoked")
        assert not end_session(conn, session_id(one), START, reason="revoked")  # once
    with db.read() as conn:
        assert resume_session(conn, one, START, POLICY) is None
        assert resume_session(conn, two, START, POLICY) is not None
    with db.write() as conn:
        assert revoke_sessions(conn, anna.id, START, reason="revoked") == 2
    with db.read() as conn:
        assert resume_session(conn, two, START, POLICY) is None
        assert resume_session(conn, three, START, POLICY) is None
        assert resume_session(conn, berts, START, POLICY) is not None
    with db.write() as conn:
        fresh, _ = start_session(conn, bert.id, START, POLICY)
        disabled, ended = disable_account(conn, "B.Bakker", START)
    assert disabled.disabled and ended == 2
    with db.read() as conn:
        assert resume_session(conn, fresh, START, POLICY) is None
        assert resume_session(conn, berts, START, POLICY) is None
    with pytest.raises(LookupError), db.write() as conn:
        disable_account(conn, "niemand", START)


def test_a_disabled_account_has_no_session_even_if_one_was_left_open(db):
    anna = new_account(db)
    with db.write() as conn:
        token, _ = start_session(conn, anna.id, START, POLICY)
        conn.execute(sa.text("UPDATE account SET disabled_at = created_at"))
    with db.read() as conn:
        assert resume_session(conn, token, START, POLICY) is None


def test_old_ended_sessions_are_deleted_at_a_later_sign_in(db):
    anna = new_account(db)
    with db.write() as conn:
        old, _ = start_session(conn, anna.id, START, POLICY)
        recent, _ = start_session(conn, anna.id, START + timedelta(days=25), POLICY)
        start_session(conn, anna.id, START + timedelta(days=31), POLICY)
        ids = set(conn.execute(sa.text("SELECT id FROM account_session")).scalars())
    assert session_id(old) not in ids and session_id(recent) in ids and len(ids) == 2


# -- throttle and audit -----------------------------------------------------------------------


def test_throttle_per_address_before_username():
    clock = [0.0]
    throttle = LoginThrottle(per_username=(1 / 60, 2), per_address=(0.1, 3), clock=lambda: clock[0])
    assert throttle.check("anna", "10.0.0.1") is None
    assert throttle.check("anna", "10.0.0.2") is None
    refusal = throttle.check("anna", "10.0.0.3")
    assert refusal is not None and refusal.seconds >= 59 and refusal.report
    again = throttle.check("anna", "10.0.0.3")
    assert again is not None and not again.report  # reported once a minute at most
    assert throttle.check("bert", "10.0.0.3") is None  # address 3 has tokens left
    assert throttle.check("carl", "10.0.0.1") is None
    assert throttle.check("dirk", "10.0.0.1") is None
    assert throttle.check("eva", "10.0.0.1") is not None  # a fourth try from address 1
    clock[0] += 61
    assert throttle.check("anna", "10.0.0.4") is None


def test_audit_rows_say_who_what_when_where(db):
    anna = new_account(db)
    with db.write() as conn:
        audit.record(
            conn, audit.Event.SIGN_IN, START, account_id=anna.id, username="a.jansen", address="::1"
        )
        audit.record(
            conn,
            audit.Event.DOWNLOAD,
            START + timedelta(minutes=5),
            account_id=anna.id,
            username="a.jansen",
            address="::1",
            detail="vragen-2026-11.csv" + "x" * 600,
        )
        audit.record(
            conn, audit.Event.SIGN_IN_FAILED, START, address="10.0.0.1", detail="unknown_user"
        )
        rows = audit.entries(conn, account_id=anna.id)
    assert [r.event for r in rows] == [audit.Event.DOWNLOAD, audit.Event.SIGN_IN]
    assert rows[0].occurred_at == START + timedelta(minutes=5)
    assert rows[0].detail is not None and rows[0].detail.startswith("vragen-2026-11.csv")
    assert len(rows[0].detail) == audit.MAX_DETAIL
    with pytest.raises(sa.exc.IntegrityError), db.write() as conn:
        conn.execute(
            sa.text("INSERT INTO audit_event (occurred_at, event) VALUES (:t, 'x')"), {"t": START}
        )


# -- what a viewer may see --------------------------------------------------------------------


def viewer(role: Role | None, scope: str | None = None) -> Viewer:
    return PUBLIC if role is None else Viewer(role=role, scope=scope, account_id="a")


def seed_branches(db: Database) -> None:
    rows = [
        ("ut1", "bibliotheek-utrecht", "GM0344"),
        ("ut2", "bibliotheek-utrecht", "gm0344"),
        ("nw1", "bibliotheek-nieuwegein", "GM0356"),
        ("ti1", "bibliotheek-midden-brabant", "GM0855"),
    ]
    with db.write() as conn:
        for code in sorted({organisation for _, organisation, _ in rows}):
            organisations.add_organisation(conn, code, code.replace("-", " ").title(), START)
        for branch_id, organisation, municipality in rows:
            values = {
                "id": branch_id,
                "name": branch_id,
                "organisation": organisation,
                "municipality": municipality,
            }
            branches.add_branch(conn, values, START)


@pytest.mark.parametrize(
    ("role", "scope", "branches"),
    [
        (None, None, set()),
        (Role.NATIONAL, None, {"ut1", "ut2", "nw1", "ti1"}),
        (Role.ORGANISATION, "bibliotheek-utrecht", {"ut1", "ut2"}),
        (Role.MUNICIPALITY, "GM0344", {"ut1", "ut2"}),
        (Role.MUNICIPALITY, "GM0356", {"nw1"}),
        (Role.EXECUTIVE, "toeslagen", set()),
    ],
)
def test_branches_a_viewer_sees_in_detail(db, role, scope, branches):
    seed_branches(db)
    visibility = Visibility.of(viewer(role, scope), 5)
    with db.read() as conn:
        found = set(
            conn.execute(sa.select(branch.c.id).where(visibility.branch_clause())).scalars()
        )
        rows = conn.execute(sa.select(branch)).all()
    assert found == branches
    assert {
        r.id
        for r in rows
        if visibility.may_see_branch(
            organisation_code=r.organisation_code, municipality_code=r.municipality_code
        )
    } == branches


def test_questions_an_executive_counts(db):
    with db.write() as conn:
        conn.execute(
            sa.insert(question),
            [
                {
                    "question_id": f"q{n}",
                    "visit_id": "v",
                    "position": n,
                    "kind": "digital_government",
                    "organisation": organisation,
                    "topic": "t",
                    "help": "[]",
                    "referral": "[]",
                }
                for n, organisation in enumerate(["toeslagen", "uwv", "toeslagen"])
            ],
        )
    for role, scope, expected in (
        (Role.EXECUTIVE, "toeslagen", 2),
        (Role.EXECUTIVE, "uwv", 1),
        (Role.NATIONAL, None, 3),
        (None, None, 3),
    ):
        clause = Visibility.of(viewer(role, scope), 5).question_clause()
        with db.read() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(question).where(clause))
            assert count.scalar_one() == expected, (role, scope)


def test_small_counts_are_hidden_in_the_public_view_only():
    public = Visibility.of(PUBLIC, 5)
    assert [public.shown(n) for n in (0, 1, 4, 5, 120)] == [0, None, None, 5, 120]
    assert Visibility.of(PUBLIC, 10).shown(9) is None
    assert Visibility.of(PUBLIC, 0).shown(1) == 1  # a threshold of 0 or 1 hides nothing
    for signed_in in (viewer(Role.NATIONAL), viewer(Role.MUNICIPALITY, "GM0344")):
        assert Visibility.of(signed_in, 5).shown(1) == 1


def test_levels_and_areas():
    public = Visibility.of(PUBLIC, 5)
    assert public.levels == {Level.NATIONAL, Level.PROVINCE, Level.MUNICIPALITY}
    assert public.may_see_municipality("GM0344")
    municipality = Visibility.of(viewer(Role.MUNICIPALITY, "GM0344"), 5)
    assert municipality.may_see_municipality("gm0344")
    assert not municipality.may_see_municipality("GM0356")
    organisation = Visibility.of(viewer(Role.ORGANISATION, "bibliotheek-utrecht"), 5)
    assert Level.NATIONAL in organisation.levels and Level.BRANCH in organisation.levels
    assert not organisation.may_see_municipality("GM0344")
    executive = Visibility.of(viewer(Role.EXECUTIVE, "toeslagen"), 5)
    assert Level.BRANCH not in executive.levels
    assert executive.may_see_organisation_code("toeslagen")
    assert not executive.may_see_organisation_code("uwv")
    assert Visibility.of(viewer(Role.NATIONAL), 5).may_see_organisation_code("uwv")
    assert Visibility.of(viewer(Role.NATIONAL), 5).levels == set(Level)


def test_viewer_labels():
    assert PUBLIC.is_public and PUBLIC.label == "openbaar"
    assert viewer(Role.NATIONAL).label == "landelijk"
    assert viewer(Role.MUNICIPALITY, "GM0344").label == "gemeente GM0344"
    assert viewer(Role.EXECUTIVE, "uwv").label == "uitvoeringsorganisatie uwv"


# -- the migration ----------------------------------------------------------------------------


def test_migration_0007_goes_down_and_up_again(database_url):
    db = Database(database_url)
    try:
        config = Config()
        config.set_main_option("script_location", SCRIPT_LOCATION)
        # Down to just before 0007 and up to it alone: later migrations change nothing here.
        for target, present in (("0006", False), ("0007", True)):
            with db.engine.begin() as conn:
                config.attributes["connection"] = conn
                if present:
                    command.upgrade(config, target)
                else:
                    command.downgrade(config, target)
            with db.engine.connect() as conn:
                tables = set(sa.inspect(conn).get_table_names())
            assert (
                {"account", "account_session", "audit_event"} <= tables
                if present
                else not ({"account", "account_session", "audit_event"} & tables)
            )
        assert current_revision(db.engine) == "0007"
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        assert current_revision(db.engine) == HEAD
    finally:
        db.close()
