#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests (idempotent) and prints
# its URL. `scripts/postgres.sh stop` stops it.
set -euo pipefail
dir=${CARE_VOICE_PG_DIR:-/tmp/care-voice-pg}
port=${CARE_VOICE_PG_PORT:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (scripts/setup.sh test)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "${1:-start}" = stop ]; then
  as_pg "$bin/pg_ctl -D $dir -m fast stop" >/dev/null 2>&1 || true
  exit 0
fi
if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"; [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  as_pg "$bin/initdb -D $dir -A trust -U postgres --no-sync" >/dev/null
fi
if ! as_pg "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl -D $dir -l $dir/server.log -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$port/postgres"
