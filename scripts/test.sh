#!/usr/bin/env bash
# Runs every test of HMAC Doctor (installs what is missing first) and fails on any failure:
# formatting, clippy (native and wasm32), native engine tests, wasm-bindgen tests in Chromium,
# Firefox ESR and WebKitGTK, end-to-end tests of the release page in Chromium against Node's
# crypto, and a smoke suite of the core flows in Firefox ESR and WebKitGTK.
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
step "native tests (engine, and the suites that run other toolchains)"
cargo test --locked --features toolchains
step "wasm-bindgen tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --test web
step "wasm-bindgen tests in Firefox ESR (headless)"
env -u CHROMEDRIVER GECKODRIVER="$HOME/.cargo/bin/geckodriver" \
  cargo test --locked --target wasm32-unknown-unknown --test web
step "wasm-bindgen tests in WebKitGTK (under Xvfb)"
# The runner knows Safari's driver only; tests/engines/webkit-driver.mjs stands in for it.
xvfb-run -a bash -c '
  node tests/engines/webkit-driver.mjs > target/webkit-driver.out &
  proxy=$!
  trap "kill $proxy" EXIT
  for _ in $(seq 50); do grep -q listening target/webkit-driver.out && break; sleep 0.1; done
  # Run twice at most: WebKitGTK 2.50 now and then aborts a test with "Out of bounds memory
  # access" inside safe Rust (SipHash in the diagnosis search, about one run in ten, none of
  # them reproducible): its wasm JIT, not this code. A failure that repeats still fails.
  for attempt in 1 2; do
    env -u CHROMEDRIVER SAFARIDRIVER_REMOTE="http://127.0.0.1:$(sed -n "s/listening on //p" target/webkit-driver.out)" \
      cargo test --locked --target wasm32-unknown-unknown --test web && exit 0
    echo "WebKitGTK wasm-bindgen tests failed (attempt $attempt)" >&2
  done
  exit 1
'
step "release build (trunk)"
trunk build --release
step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/
step "smoke tests in Firefox ESR and WebKitGTK (under Xvfb)"
xvfb-run -a node --test --test-concurrency=1 tests/engines/
