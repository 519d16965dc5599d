# shellcheck shell=bash
# Shared by backup.sh and restore.sh (sourced, never run): read the settings the way the
# service reads them, turn the server's database URL into libpq's variables, find the
# PostgreSQL tools. Nothing here calls `exit`; the functions return 2 for a setting that is
# wrong, and the scripts exit with it. See docs/central-server.md, "Back up and restore".

# ido_load_env FILE: take the variables these scripts use (IDO_CENTRAL_DATABASE_URL and
# IDO_BACKUP_*) from a systemd environment file (KEY=VALUE lines, the service's own
# central.env). Nothing in the file is executed; a variable already in the environment wins
# (compose passes central.env as the environment; systemd's EnvironmentFile= does the same).
# A missing file is no error, nor one this user may not read once the URL is in the environment.
ido_load_env() {
    local file=$1 line key value
    [[ -e "$file" ]] || return 0
    if [[ ! -r "$file" ]]; then
        [[ -n "${IDO_CENTRAL_DATABASE_URL:-}" ]] && return 0
        echo "cannot read $file (run as root or as the service's user)" >&2
        return 2
    fi
    while IFS= read -r line || [[ -n "$line" ]]; do
        line="${line#"${line%%[![:space:]]*}"}"
        [[ -z "$line" || "$line" == \#* || "$line" == \;* || "$line" != *=* ]] && continue
        key="${line%%=*}"
        key="${key%"${key##*[![:space:]]}"}"
        value="${line#*=}"
        value="${value#"${value%%[![:space:]]*}"}"
        [[ "$key" =~ ^(IDO_CENTRAL_DATABASE_URL|IDO_BACKUP_[A-Z_]+)$ ]] || continue
        if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then
            value="${BASH_REMATCH[1]}"
        fi
        [[ -n "${!key+set}" ]] && continue
        printf -v "$key" '%s' "$value"
        export "${key?}"
    done <"$file"
}

# _ido_unquote TEXT: undo a URL's percent-encoding (a password with @ or / in it).
_ido_unquote() {
    local text=${1//\\/\\\\}
    printf '%b' "${text//%/\\x}"
}

# ido_pg_from_url URL: export PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE)
# from the server's SQLAlchemy URL, postgresql+psycopg://user:password@host:5432/db?sslmode=...
# The password goes to the tools in their environment, never on a command line (ps shows
# those to every user).
ido_pg_from_url() {
    local url=$1 rest query="" userinfo="" hostport pair name value
    case "$url" in
        postgresql://* | postgresql+*://* | postgres://*) ;;
        *)
            echo "IDO_CENTRAL_DATABASE_URL is not a PostgreSQL URL (postgresql+psycopg://...)" >&2
            return 2
            ;;
    esac
    unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSSLMODE
    rest=${url#*://}
    if [[ "$rest" == *\?* ]]; then
        query=${rest#*\?}
        rest=${rest%%\?*}
    fi
    if [[ "$rest" == */* ]]; then
        PGDATABASE=$(_ido_unquote "${rest#*/}")
        rest=${rest%%/*}
    fi
    if [[ "$rest" == *@* ]]; then
        userinfo=${rest%@*}
        rest=${rest##*@}
    fi
    hostport=$rest
    if [[ -n "$userinfo" ]]; then
        PGUSER=$(_ido_unquote "${userinfo%%:*}")
        [[ "$userinfo" == *:* ]] && PGPASSWORD=$(_ido_unquote "${userinfo#*:}")
    fi
    if [[ "$hostport" =~ ^\[(.*)\](:([0-9]+))?$ ]]; then # [::1]:5432
        PGHOST=${BASH_REMATCH[1]}
        PGPORT=${BASH_REMATCH[3]}
    elif [[ -n "$hostport" ]]; then
        PGHOST=${hostport%%:*}
        [[ "$hostport" == *:* ]] && PGPORT=${hostport#*:}
    fi
    local -a pairs=()
    IFS='&' read -r -a pairs <<<"$query"
    for pair in "${pairs[@]}"; do
        name=${pair%%=*}
        value=$(_ido_unquote "${pair#*=}")
        case "$name" in
            host) PGHOST=$value ;; # a socket folder: ?host=/run/postgresql
            port) PGPORT=$value ;;
            sslmode) PGSSLMODE=$value ;;
        esac
    done
    if [[ -z "${PGDATABASE:-}" ]]; then
        echo "IDO_CENTRAL_DATABASE_URL names no database" >&2
        return 2
    fi
    export PGDATABASE
    [[ -n "${PGHOST:-}" ]] && export PGHOST
    [[ -n "${PGPORT:-}" ]] && export PGPORT
    [[ -n "${PGUSER:-}" ]] && export PGUSER
    [[ -n "${PGPASSWORD:-}" ]] && export PGPASSWORD
    [[ -n "${PGSSLMODE:-}" ]] && export PGSSLMODE
    return 0
}

# ido_pg_tool NAME: print the path of a PostgreSQL program (pg_dump, pg_restore, psql,
# createdb): from $IDO_BACKUP_PG_BIN, else the PATH, else the newest /usr/lib/postgresql/*/bin.
# pg_dump must be at least the server's major version.
ido_pg_tool() {
    local name=$1 dir
    if [[ -n "${IDO_BACKUP_PG_BIN:-}" ]]; then
        [[ -x "$IDO_BACKUP_PG_BIN/$name" ]] && { echo "$IDO_BACKUP_PG_BIN/$name"; return 0; }
        echo "no $name in IDO_BACKUP_PG_BIN=$IDO_BACKUP_PG_BIN" >&2
        return 2
    fi
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return 0
    fi
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -rV); do
        [[ -x "$dir/$name" ]] && { echo "$dir/$name"; return 0; }
    done
    echo "$name not found: install the PostgreSQL client (postgresql-client) or set IDO_BACKUP_PG_BIN" >&2
    return 2
}
