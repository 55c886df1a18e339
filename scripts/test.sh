#!/usr/bin/env bash
# Runs every test of HMAC Doctor (installs what is missing first) and fails on any failure:
# formatting, clippy (native and wasm32), native engine tests, wasm-bindgen tests in headless
# Chromium, then end-to-end tests of the release page in Chromium against Node's crypto.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check
step "cargo clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
step "cargo clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
step "native tests (engine)"
cargo test --locked
step "wasm-bindgen tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web
step "release build (trunk)"
trunk build --release
step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/
