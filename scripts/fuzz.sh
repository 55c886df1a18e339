#!/usr/bin/env bash
# Fuzzes the engine's parsers (public keys too) and the diagnosis with cargo fuzz (libFuzzer, nightly).
# Usage: ./scripts/fuzz.sh [seconds per target, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-300}
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
cargo +nightly fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.1 --locked
for target in parsers diagnosis pubkey; do
  echo "==> fuzzing $target for ${SECONDS_PER_TARGET}s"
  cargo +nightly fuzz run "$target" -- -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -print_final_stats=1
done
