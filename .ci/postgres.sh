# Sourced by .ci/run: installs PostgreSQL and pgvector (Debian's package, or built from Debian's own source where the
# release has none), starts a throwaway cluster on 127.0.0.1 on a free port under a temp dir, and exports
# NEWSBOT_TEST_PG_URL for the tests that need it.
# The cluster is stopped and deleted when the calling shell exits.
#
# Usage: . .ci/postgres.sh            (NEWSBOT_CI_SKIP_POSTGRES=1 skips it: those tests are then skipped)

pg_log() { echo "[postgres] $*" >&2; }

pg_bin_dir() {
    { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

pg_as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi
}

pg_install() {
    local wanted=()
    [ -n "$(pg_bin_dir)" ] && [ -x "$(pg_bin_dir)/initdb" ] || wanted+=(postgresql)
    local major=15
    [ -z "$(pg_bin_dir)" ] || major=$(basename "$(dirname "$(pg_bin_dir)")")
    local build_pgvector=""
    if [ ! -f "/usr/share/postgresql/$major/extension/vector.control" ]; then
        pg_as_root apt-get update -qq >/dev/null 2>&1 || pg_log "apt-get update failed"
        if apt-cache policy "postgresql-$major-pgvector" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
            wanted+=("postgresql-$major-pgvector")
        else
            # Debian bookworm has no pgvector binary package: build Debian's own source of it (below).
            wanted+=("postgresql-server-dev-$major" make gcc curl ca-certificates xz-utils)
            build_pgvector=$major
        fi
    fi
    if [ ${#wanted[@]} -gt 0 ]; then
        pg_log "installing ${wanted[*]}"
        local try installed=""
        for try in 1 2 3; do
            if pg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null; then
                installed=1
                break
            fi
            pg_as_root apt-get update -qq >/dev/null 2>&1 || true
        done
        [ -n "$installed" ] || return 1
    fi
    if [ -n "$build_pgvector" ]; then
        pg_build_pgvector "$build_pgvector" || pg_log "could not build pgvector: vectors use the built-in exact-scan fallback"
    fi
    return 0
}

# Builds and installs pgvector from the source package Debian ships in its stable release (trixie), checked against
# the SHA-256 that Debian's signed source index gives for it, for a PostgreSQL whose release has no binary package.
pg_build_pgvector() {
    local major=$1 mirror=http://deb.debian.org/debian work entry dir file sum version
    work=$(mktemp -d /tmp/newsbot-pgvector.XXXXXX)
    curl -fsS --retry 3 -m 120 -o "$work/Sources.xz" "$mirror/dists/trixie/main/source/Sources.xz" || { rm -rf "$work"; return 1; }
    entry=$(xz -dc "$work/Sources.xz" | awk '/^Package: pgvector$/ {p=1} p && /^$/ {p=0} p') || { rm -rf "$work"; return 1; }
    dir=$(printf '%s\n' "$entry" | awk '/^Directory:/ {print $2}')
    version=$(printf '%s\n' "$entry" | awk '/^Version:/ {print $2}')
    read -r sum file < <(printf '%s\n' "$entry" | awk '/^Checksums-Sha256:/ {c=1; next} c && /^ / && $3 ~ /orig\.tar/ {print $1, $3; exit} c && !/^ / {c=0}')
    [ -n "$dir" ] && [ -n "$file" ] || { pg_log "no pgvector source in Debian's index"; rm -rf "$work"; return 1; }
    pg_log "building pgvector $version from Debian's source ($file)"
    curl -fsS --retry 3 -m 300 -o "$work/$file" "$mirror/$dir/$file" || { rm -rf "$work"; return 1; }
    echo "$sum  $work/$file" | sha256sum -c --quiet - || { pg_log "checksum mismatch for $file"; rm -rf "$work"; return 1; }
    tar -xzf "$work/$file" -C "$work" || { rm -rf "$work"; return 1; }
    local src
    src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    # OPTFLAGS="": no -march=native, so the build runs on any machine of the same architecture.
    if make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" OPTFLAGS="" >"$work/build.log" 2>&1 \
        && pg_as_root make -s -C "$src" PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config" install >>"$work/build.log" 2>&1; then
        rm -rf "$work"
        return 0
    fi
    tail -n 20 "$work/build.log" >&2
    rm -rf "$work"
    return 1
}

pg_free_port() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    return 1
}

pg_start() {
    local bin dir user password port run
    bin=$(pg_bin_dir)
    dir=$(mktemp -d /tmp/newsbot-pg.XXXXXX)
    user=newsbot
    password="ci-$(date +%s%N | sha256sum | cut -c1-16)"
    run=()
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root: the cluster belongs to the unprivileged postgres user.
        chown postgres: "$dir"
        run=(su postgres -s /bin/sh -c)
    else
        run=(sh -c)
    fi
    printf '%s\n' "$password" > "$dir/pw"
    chmod 600 "$dir/pw"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pw"
    "${run[@]}" "'$bin/initdb' -D '$dir/data' -U $user --pwfile='$dir/pw' -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" \
        || { cat "$dir/initdb.log" >&2; return 1; }
    rm -f "$dir/pw"
    local try
    for try in 1 2 3; do
        port=$(pg_free_port) || return 1
        # A throwaway cluster: durability off for speed.
        if "${run[@]}" "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 start -o \"-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\"" >/dev/null; then
            break
        fi
        port=""
    done
    [ -n "$port" ] || { tail -n 20 "$dir/server.log" >&2; return 1; }
    PG_CI_DIR=$dir
    PG_CI_RUN=("${run[@]}")
    PG_CI_BIN=$bin
    trap pg_stop EXIT
    PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U $user -d postgres -c "create database newsbot" >/dev/null || return 1
    if PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U $user -d newsbot -c "create extension if not exists vector" >/dev/null 2>&1; then
        pg_log "pgvector is available"
    fi
    export NEWSBOT_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/newsbot?user=$user&password=$password"
    pg_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
}

pg_stop() {
    if [ -n "${PG_CI_DIR:-}" ]; then
        "${PG_CI_RUN[@]}" "'$PG_CI_BIN/pg_ctl' -D '$PG_CI_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
        rm -rf "$PG_CI_DIR"
        PG_CI_DIR=""
    fi
}

if [ "${NEWSBOT_CI_SKIP_POSTGRES:-}" = 1 ]; then
    pg_log "NEWSBOT_CI_SKIP_POSTGRES=1: the PostgreSQL tests will be skipped"
else
    pg_install || { pg_log "could not install PostgreSQL (set NEWSBOT_CI_SKIP_POSTGRES=1 to run without it)"; exit 1; }
    pg_start || { pg_log "could not start PostgreSQL"; exit 1; }
fi
