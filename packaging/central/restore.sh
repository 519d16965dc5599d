#!/usr/bin/env bash
# Restore a dump made by backup.sh into a new, empty database, ready for the server to start.
#
#   packaging/central/restore.sh [--db-only] DUMP
#
# The database is the one IDO_CENTRAL_DATABASE_URL names, read like backup.sh reads it (from
# $IDO_BACKUP_ENV_FILE, default /etc/ido-central/central.env, or the environment). Stop the
# server first, and move the damaged database aside (ALTER DATABASE ... RENAME TO ...): this
# script never writes into a database that holds tables.
#
# Steps: check that the dump reads; create the database when it does not exist (the URL's user
# needs CREATEDB, else a superuser creates it first: createdb --owner USER DB); pg_restore in
# one transaction (all or nothing), owned by the URL's user; then, unless --db-only,
# `ido-central migrate` (the schema up to this program's version) and `ido-central
# mark-restored` (a new feed epoch: at their next sync every desk pulls again from the start
# and checks at once which of its operations the server lost, and sends them again).
# `ido-central` is $IDO_BACKUP_IDO_CENTRAL, else the one on PATH, else
# /opt/ido-central/venv/bin/ido-central. With --db-only (a PostgreSQL container without the
# program) run those two commands yourself before starting the server.
#
# Exit status: 0 restored (start the server); 1 a step failed (nothing half-restored: the
# restore is one transaction); 2 a setting or the database is not what it must be.

set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/central/backup-common.sh
source "$here/backup-common.sh"

say() { echo "restore.sh: $*" >&2; }
usage() { echo "usage: restore.sh [--db-only] DUMP" >&2; }

db_only=0
if [[ "${1:-}" == "--db-only" ]]; then
    db_only=1
    shift
fi
if [[ $# -ne 1 || "$1" == -* ]]; then
    usage
    exit 2
fi
dump=$1
if [[ ! -f "$dump" || ! -r "$dump" ]]; then
    say "cannot read the dump $dump"
    exit 2
fi

ido_load_env "${IDO_BACKUP_ENV_FILE:-/etc/ido-central/central.env}" || exit 2
if [[ -z "${IDO_CENTRAL_DATABASE_URL:-}" ]]; then
    say "IDO_CENTRAL_DATABASE_URL is not set (in ${IDO_BACKUP_ENV_FILE:-/etc/ido-central/central.env} or the environment)"
    exit 2
fi
export IDO_CENTRAL_DATABASE_URL
ido_pg_from_url "$IDO_CENTRAL_DATABASE_URL" || exit 2
pg_restore="$(ido_pg_tool pg_restore)" || exit 2
psql="$(ido_pg_tool psql)" || exit 2
createdb="$(ido_pg_tool createdb)" || exit 2
ido_central=""
if [[ "$db_only" == 0 ]]; then
    ido_central="${IDO_BACKUP_IDO_CENTRAL:-$(command -v ido-central || echo /opt/ido-central/venv/bin/ido-central)}"
    if [[ ! -x "$ido_central" ]]; then
        say "ido-central not found at $ido_central: set IDO_BACKUP_IDO_CENTRAL, or use --db-only"
        exit 2
    fi
fi
target=$PGDATABASE

if ! "$pg_restore" --list "$dump" >/dev/null; then
    say "$dump is not a dump pg_restore can read (backup.sh writes pg_dump --format=custom)"
    exit 2
fi

# Does the database exist, and is it empty? (Asked in the maintenance database "postgres".)
exists="$(PGDATABASE=postgres "$psql" --no-psqlrc --no-password -X -q -t -A \
    -v ON_ERROR_STOP=1 -v target="$target" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'target';
SQL
)" || { say "cannot reach PostgreSQL as ${PGUSER:-the current user}"; exit 1; }
if [[ "$exists" == 1 ]]; then
    tables="$("$psql" --no-psqlrc --no-password -X -q -t -A -v ON_ERROR_STOP=1 <<'SQL'
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%';
SQL
)" || { say "cannot open the database $target"; exit 1; }
    if [[ "$tables" != 0 ]]; then
        say "the database $target is not empty ($tables tables and sequences): stop the server," \
            "rename it (ALTER DATABASE $target RENAME TO ${target}_old) and run this again"
        exit 2
    fi
    say "restoring into the existing, empty database $target"
elif ! "$createdb" --no-password --maintenance-db=postgres "$target"; then
    say "could not create the database $target; as a superuser: createdb --owner ${PGUSER:-USER} $target"
    exit 1
fi

if ! "$pg_restore" --no-password --exit-on-error --single-transaction --no-owner \
    --no-privileges --dbname="$target" "$dump"; then
    say "pg_restore failed; the database $target was left empty"
    exit 1
fi
say "restored $dump into $target"

if [[ "$db_only" == 1 ]]; then
    say "now run 'ido-central migrate' and 'ido-central mark-restored', then start the server"
    exit 0
fi
"$ido_central" migrate || { say "ido-central migrate failed"; exit 1; }
"$ido_central" mark-restored || { say "ido-central mark-restored failed"; exit 1; }
say "done: start the server (systemctl start ido-central, or docker compose start central)," \
    "check /readyz, and watch the desks send what the dump lacked"
