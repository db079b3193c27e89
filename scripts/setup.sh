#!/usr/bin/env bash
# Install what building and testing article-lens needs, skipping what is already there.
# Usage: scripts/setup.sh [build|test]
#   build: wasm32 target (stable and nightly, with nightly's rust-src), wasm-pack,
#          wasm-bindgen-cli (matching Cargo.lock), a working wasm-opt
#   test:  all of build, plus chromium + chromium-driver, and the npm dev tools in tests/e2e
# Only the package registries are used (crates.io, npm, Debian). See README "Set-up".
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-build}"
WASM_PACK_VERSION=0.15.1
BINARYEN_VERSION=132.0.0
TOOLS_DIR="$PWD/.tools"

say() { printf '[setup] %s\n' "$*"; }

# wasm-bindgen version pinned in Cargo.lock: the CLI must match it exactly.
bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The English web bundle rebuilds the standard library with nightly Rust (Makefile,
# WEB_NIGHTLY): it needs nightly's library source and wasm32 target.
if ! rustup toolchain list | grep -q '^nightly'; then
  say "installing the nightly toolchain (minimal, rust-src, wasm32)"
  rustup toolchain install nightly --profile minimal --component rust-src --target wasm32-unknown-unknown
fi
if ! rustup +nightly component list --installed | grep -qx 'rust-src'; then
  say "adding nightly's rust-src"
  rustup +nightly component add rust-src
fi
if ! rustup +nightly target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding nightly's wasm32-unknown-unknown target"
  rustup +nightly target add wasm32-unknown-unknown
fi

if ! wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION"; then
  say "installing wasm-pack $WASM_PACK_VERSION (about 2 minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

WB="$(bindgen_version)"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB\$"; then
  say "installing wasm-bindgen-cli $WB to match Cargo.lock (about 3 minutes)"
  # Not --locked: its lock file pins a webpki-roots the index lacks.
  cargo install wasm-bindgen-cli --version "$WB" --force
fi

# Debian's binaryen (wasm-opt 108) corrupts wasm-bindgen output: use npm's.
if [ ! -x "$TOOLS_DIR/bin/wasm-opt" ]; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into $TOOLS_DIR"
  mkdir -p "$TOOLS_DIR/bin"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" "binaryen@$BINARYEN_VERSION"
  ln -sf "$TOOLS_DIR/node_modules/binaryen/bin/wasm-opt" "$TOOLS_DIR/bin/wasm-opt"
fi

if [ "$MODE" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      say "installing chromium and chromium-driver from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      echo "chromium and chromedriver are missing. Install them with:" >&2
      echo "  sudo apt-get install -y chromium chromium-driver" >&2
      exit 1
    fi
  fi
  # The end-to-end tools, reinstalled whenever package-lock.json changes.
  lock_sum="$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)"
  if [ "$(cat tests/e2e/node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
    say "installing the end-to-end test tools (npm ci in tests/e2e)"
    (cd tests/e2e && npm ci --silent --no-audit --no-fund && echo "$lock_sum" > node_modules/.lock-sum)
  fi
fi
say "ready"
