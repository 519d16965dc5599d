#!/usr/bin/env bash
# Back up the central server's PostgreSQL database: one pg_dump in custom format per run.
#
#   packaging/central/backup.sh            (systemd: ido-central-backup.timer, daily)
#
# Reads the service's own environment file, $IDO_BACKUP_ENV_FILE (default
# /etc/ido-central/central.env), for IDO_CENTRAL_DATABASE_URL and these settings (a variable
# already in the environment wins; in compose central.env *is* the environment):
#
#   IDO_BACKUP_DIR        where the dumps go (default /var/backups/ido-central)
#   IDO_BACKUP_KEEP_DAYS  dumps older than this many days are removed after a good run (14)
#   IDO_BACKUP_PG_BIN     folder of pg_dump/pg_restore (default: PATH, /usr/lib/postgresql/*)
#   IDO_BACKUP_TEXTFILE   optional: a .prom file for node_exporter's textfile collector
#
# Each run writes DB-YYYY-MM-DDTHHMMSSZ.dump under a temporary name, checks that pg_restore
# can read it, flushes it to disk and only then renames it: a dump with its final name is
# always whole. Old dumps are removed only after a good run. Copy the dumps off this machine
# (docs/central-server.md, "Back up and restore").
#
# Exit status, for monitoring: 0 a new dump was written; 1 the dump failed (nothing removed);
# 2 a setting is wrong or missing; 3 the dump was written but old ones could not be removed.

set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/central/backup-common.sh
source "$here/backup-common.sh"

say() { echo "backup.sh: $*" >&2; }

ido_load_env "${IDO_BACKUP_ENV_FILE:-/etc/ido-central/central.env}" || exit 2
if [[ -z "${IDO_CENTRAL_DATABASE_URL:-}" ]]; then
    say "IDO_CENTRAL_DATABASE_URL is not set (in ${IDO_BACKUP_ENV_FILE:-/etc/ido-central/central.env} or the environment)"
    exit 2
fi
ido_pg_from_url "$IDO_CENTRAL_DATABASE_URL" || exit 2
dir="${IDO_BACKUP_DIR:-/var/backups/ido-central}"
keep="${IDO_BACKUP_KEEP_DAYS:-14}"
if [[ ! "$keep" =~ ^[0-9]+$ || "$keep" -lt 1 ]]; then
    say "IDO_BACKUP_KEEP_DAYS must be a whole number of days, 1 or more (not '$keep')"
    exit 2
fi
pg_dump="$(ido_pg_tool pg_dump)" || exit 2
pg_restore="$(ido_pg_tool pg_restore)" || exit 2
mkdir -p -- "$dir" || { say "cannot make $dir"; exit 2; }

name="${PGDATABASE}-$(date -u +%Y-%m-%dT%H%M%SZ).dump"
partial="$dir/.$name.partial"
trap 'rm -f -- "$partial"' EXIT

if ! "$pg_dump" --format=custom --no-password --file="$partial" "$PGDATABASE"; then
    say "pg_dump of $PGDATABASE failed; the older dumps are kept"
    exit 1
fi
if ! "$pg_restore" --list "$partial" >/dev/null; then
    say "the new dump cannot be read back; the older dumps are kept"
    exit 1
fi
sync -- "$partial" 2>/dev/null || sync
mv -f -- "$partial" "$dir/$name"
size="$(wc -c <"$dir/$name")"

status=0
removed=0
while IFS= read -r -d '' old; do
    if rm -f -- "$old"; then
        removed=$((removed + 1))
    else
        status=3
    fi
done < <(find "$dir" -maxdepth 1 -type f -name "${PGDATABASE}-*.dump" \
    -mmin "+$((keep * 1440))" -print0)

if [[ -n "${IDO_BACKUP_TEXTFILE:-}" ]]; then
    if ! {
        {
            echo "# HELP ido_central_backup_last_success_timestamp_seconds When backup.sh last wrote a dump."
            echo "# TYPE ido_central_backup_last_success_timestamp_seconds gauge"
            echo "ido_central_backup_last_success_timestamp_seconds $(date -u +%s)"
            echo "# HELP ido_central_backup_last_size_bytes The size of that dump."
            echo "# TYPE ido_central_backup_last_size_bytes gauge"
            echo "ido_central_backup_last_size_bytes $size"
        } >"$IDO_BACKUP_TEXTFILE.$$" && chmod 0644 "$IDO_BACKUP_TEXTFILE.$$" &&
            mv -f -- "$IDO_BACKUP_TEXTFILE.$$" "$IDO_BACKUP_TEXTFILE"
    }; then
        say "could not write $IDO_BACKUP_TEXTFILE"
    fi
fi

echo "backup.sh: wrote $dir/$name ($size bytes); removed $removed dump(s) older than $keep days"
[[ "$status" == 0 ]] || say "some dumps older than $keep days could not be removed"
exit "$status"
