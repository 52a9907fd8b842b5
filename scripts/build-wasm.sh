#!/usr/bin/env bash
# Compiles the islands to WebAssembly (target/wasm32-unknown-unknown/wasm-release/app.wasm).
# Uses rustup's wasm32 target when it is installed; otherwise Debian's rustc-web with the
# standard library built from source (machines without network access to rustup; see
# docs in ARCHITECTURE.md). scripts/setup.sh installs whichever is needed.
set -euo pipefail
cd "$(dirname "$0")/.."
unset LEPTOS_OUTPUT_NAME
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  exec cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
    --no-default-features --features hydrate
fi
if [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust ]; then
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/bin/rust-lld \
  RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
  exec /usr/bin/cargo build -p app --lib --target wasm32-unknown-unknown --profile wasm-release \
    --no-default-features --features hydrate -Z build-std=std,panic_abort
fi
echo "No wasm32 toolchain: run scripts/setup.sh first." >&2
exit 1
