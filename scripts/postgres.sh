#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests and benchmarks: Debian's postgresql (installed with apt-get when missing and
# we are root), a temporary data directory, loopback only, a free port, a random password, run as a non-root user.
#
#   eval "$(scripts/postgres.sh start)"   # prints export lines: PORTAL_TEST_POSTGRES (connection string, no database)
#                                         # and PORTAL_PG_DIR (the server's folder, which stop needs)
#   scripts/postgres.sh stop              # stops the server in $PORTAL_PG_DIR and removes its folder
#
# Settings for speed, not durability (fsync off): never point a real portal at this server.
set -euo pipefail

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL not found: installing Debian's postgresql package..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  if [ -z "$dir" ]; then
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql (Debian: apt-get install postgresql)." >&2
    exit 1
  fi
  echo "$dir"
}

# initdb and postgres refuse to run as root: as root, run them as the postgres user (created by Debian's package).
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    (cd / && runuser -u postgres -- "$@") # from /: the caller's folder may be closed to that user
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port found" >&2
  exit 1
}

start() {
  local bin dir port password
  bin=$(find_bin)
  dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
  chmod 755 "$dir"
  password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  printf '%s\n' "$password" > "$dir/pwfile"
  if [ "$(id -u)" = "0" ]; then chown -R postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U portal --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"
  port=$(free_port)
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "export PORTAL_PG_DIR='$dir'"
  echo "export PORTAL_PG_BIN='$bin'"
  echo "export PORTAL_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=portal;Password=$password'"
}

stop() {
  local dir="${PORTAL_PG_DIR:-}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    echo "PORTAL_PG_DIR names no server folder; nothing to stop." >&2
    return 0
  fi
  as_owner "${PORTAL_PG_BIN:-$(find_bin)}/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
