#!/usr/bin/env bash
# Builds target/site/pkg: the islands' WebAssembly and JS (hashed, brotli and gzip) and the CSS.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build-wasm.sh
cargo run -q -p xtask -- build-site
