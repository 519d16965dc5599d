# shellcheck shell=bash
# Source this before the test suite: it starts a throwaway PostgreSQL cluster on 127.0.0.1 and
# exports KIOSK_TEST_POSTGRES_URL, so the central endpoint's tests run on PostgreSQL as well as
# SQLite (with CI=true they fail instead of skipping when the URL is missing).
#
#     source .ci/postgres.sh
#
# Idempotent: a second `source` in the same shell, or in another shell while the cluster still
# runs, reuses it. Installs PostgreSQL with apt-get when no initdb/pg_ctl is found (CI runs as
# root on Debian). The cluster runs with fsync on: the tests check durability claims, and a
# commit must mean what it means in production. Nothing here calls `exit`: it runs in the
# caller's shell.

_kiosk_pg_main() {
    local want_major=15
    local state_file="${TMPDIR:-/tmp}/kiosk-ci-postgres.env"
    local role=kiosk_test database=kiosk_test password=kiosk_test

    # A database provided by the CI system itself (e.g. a service container) wins.
    if [[ -n "${KIOSK_TEST_POSTGRES_URL:-}" && ! -f "$state_file" ]]; then
        export KIOSK_TEST_POSTGRES_URL
        echo "postgres.sh: using the given KIOSK_TEST_POSTGRES_URL" >&2
        return 0
    fi
    # Reuse a running cluster started earlier (same shell or another one); not on CI, whose
    # run must not depend on another shell that stops its cluster when it exits.
    if [[ "${CI:-}" != true && -f "$state_file" ]]; then
        # shellcheck disable=SC1090
        source "$state_file"
        if [[ -n "${KIOSK_PG_BIN:-}" && -n "${KIOSK_PG_PORT:-}" ]] &&
            "$KIOSK_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$KIOSK_PG_PORT" -t 2; then
            export KIOSK_TEST_POSTGRES_URL
            echo "postgres.sh: reusing PostgreSQL on 127.0.0.1:$KIOSK_PG_PORT" >&2
            return 0
        fi
    fi

    local bin
    bin="$(_kiosk_pg_find_bin "$want_major")"
    if [[ -z "$bin" ]]; then
        if [[ "$(id -u)" != 0 ]]; then
            echo "postgres.sh: PostgreSQL is not installed and I am not root; install it" >&2
            return 1
        fi
        echo "postgres.sh: installing PostgreSQL with apt-get ..." >&2
        # policy-rc.d 101: the package must not start its own cluster on 5432 (not needed).
        local policy=/usr/sbin/policy-rc.d had_policy=0
        [[ -e "$policy" ]] && had_policy=1
        [[ "$had_policy" == 0 ]] && printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                postgresql >/dev/null
        local rc=$?
        [[ "$had_policy" == 0 ]] && rm -f "$policy"
        [[ $rc == 0 ]] || { echo "postgres.sh: apt-get failed ($rc)" >&2; return 1; }
        bin="$(_kiosk_pg_find_bin "$want_major")"
        [[ -n "$bin" ]] || { echo "postgres.sh: no initdb after install" >&2; return 1; }
    fi

    # The server refuses to run as root: as root, the cluster belongs to `postgres`.
    local -a as_owner=()
    if [[ "$(id -u)" == 0 ]]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
        as_owner=(runuser -u postgres --)
    fi

    local port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done

    local data
    data="$(mktemp -d "${TMPDIR:-/tmp}/kiosk-pg.XXXXXX")" || return 1
    [[ ${#as_owner[@]} -gt 0 ]] && chown postgres: "$data"
    chmod 700 "$data"

    # --no-sync only skips initdb's own flush of the template files (they are throwaway);
    # the running server keeps fsync=on.
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$data.initdb.log" 2>&1 ||
        { echo "postgres.sh: initdb failed, see $data.initdb.log" >&2; return 1; }
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=on -c max_connections=200" \
        start >/dev/null ||
        { echo "postgres.sh: server did not start, see $data/server.log" >&2; return 1; }

    "${as_owner[@]}" "$bin/psql" -q -h "$data" -p "$port" -U postgres -d postgres \
        -v ON_ERROR_STOP=1 >/dev/null <<SQL || { echo "postgres.sh: setup failed" >&2; return 1; }
CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $role;
SQL

    KIOSK_TEST_POSTGRES_URL="postgresql+psycopg://$role:$password@127.0.0.1:$port/$database"
    export KIOSK_TEST_POSTGRES_URL
    {
        printf 'KIOSK_PG_BIN=%q\nKIOSK_PG_PORT=%q\nKIOSK_PG_DATA=%q\n' "$bin" "$port" "$data"
        printf 'KIOSK_TEST_POSTGRES_URL=%q\n' "$KIOSK_TEST_POSTGRES_URL"
    } >"$state_file"

    # Stop the cluster when the sourcing shell exits, keeping any EXIT trap it already has.
    local previous
    previous="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
    local stop
    stop="$(printf '%q ' "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast stop)"
    stop+=">/dev/null 2>&1; rm -rf $(printf '%q %q %q' "$data" "$data.initdb.log" "$state_file")"
    # shellcheck disable=SC2064
    trap "${previous:+$previous; }$stop" EXIT
    echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

# Print the bin directory of PostgreSQL *major* (else the newest installed), or nothing.
_kiosk_pg_find_bin() {
    local major=$1 dir
    for dir in "/usr/lib/postgresql/$major/bin" "/usr/pgsql-$major/bin"; do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dir="$(dirname "$(readlink -f "$(command -v initdb)")")"
        [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
    fi
    # shellcheck disable=SC2012
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
    return 0
}

_kiosk_pg_main
_kiosk_pg_status=$?
unset -f _kiosk_pg_main _kiosk_pg_find_bin
# `return` works when sourced; fall back to the status when executed directly (for a check).
return "$_kiosk_pg_status" 2>/dev/null || exit "$_kiosk_pg_status"
