#!/usr/bin/env bash
# README command 2: install what the tests need and run every test: Rust unit and
# integration tests (SQLite and PostgreSQL), the readability check, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
scripts/build-site.sh

export CARE_VOICE_TEST_PG_URL; CARE_VOICE_TEST_PG_URL=$(scripts/postgres.sh start)
trap 'scripts/postgres.sh stop' EXIT

echo "== Rust tests"
cargo test -p app -p server --no-fail-fast

echo "== Readability of young-person text"
python3 scripts/readability.py

echo "== Browser tests"
node --test --test-concurrency=1 tests/e2e/
