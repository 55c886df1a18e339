#!/usr/bin/env bash
# Benchmarks (not tests): builds the release page and measures it in headless Chromium.
# Prints a table; nothing here passes or fails on timing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
node tests/bench/run.mjs
