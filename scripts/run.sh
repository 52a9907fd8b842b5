#!/usr/bin/env bash
# README command 1: install what is needed, build, and run Care Voice on this machine with
# an embedded SQLite database (data/care-voice.db) and the default content.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
scripts/build-site.sh
cargo build -q --release -p server
export CARE_VOICE_SECURE_COOKIES="${CARE_VOICE_SECURE_COOKIES:-false}"  # plain HTTP on localhost
export CARE_VOICE_ADDR="${CARE_VOICE_ADDR:-127.0.0.1:3000}"
echo "Care Voice: open http://${CARE_VOICE_ADDR}/ (staff: http://${CARE_VOICE_ADDR}/staff)"
exec target/release/care-voice serve
