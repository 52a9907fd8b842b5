#!/usr/bin/env bash
# Survey benchmark: the real server (release build) on SQLite (WAL, synchronous=FULL) with a
# fresh database, and the load generator (xtask's bench-survey) on the same machine, over
# loopback only. Results are printed and written to target/bench/survey.json; copy them into
# BENCHMARKS.md ("Surveys").
#
#   scripts/bench/survey.sh                      # defaults: 10000 sends, 30 s of journeys, 8 users
#   scripts/bench/survey.sh --journey-secs 60 --users 8
#
# The per-address limit on public posts would stop the load generator (every request comes
# from 127.0.0.1), so it is raised for the benchmark server only.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}
cargo build -q --release -p server
cargo build -q --release -p xtask --features bench --bin bench-survey
[ -f "$target/site/pkg/manifest.json" ] || scripts/build-site.sh

dir=$(mktemp -d "${TMPDIR:-/tmp}/care-voice-bench.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
CARE_VOICE_ADDR="127.0.0.1:$port" \
DATABASE_URL="sqlite://$dir/cv.db" \
CARE_VOICE_DATA_KEY_FILE="$dir/key" \
CARE_VOICE_SECURE_COOKIES=false \
CARE_VOICE_PUBLIC_POSTS_PER_MINUTE=1000000000 \
LEPTOS_SITE_ROOT="$target/site" \
  "$target/release/care-voice" serve >"$dir/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.1
done
mkdir -p target/bench
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$target/release/bench-survey" --url "http://127.0.0.1:$port" --scratch "$dir" --server-pid "$server" --json target/bench/survey.json "$@"
echo "server: $(grep -c 'finished processing request' "$dir/server.log" || true) requests logged; results in target/bench/survey.json"
