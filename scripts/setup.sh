#!/usr/bin/env bash
# Installs what building (and, with --test, testing) HMAC Doctor needs, only where it is
# missing or at the wrong version. Safe to run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
GECKODRIVER_VERSION=0.37.1
FLASK_VERSION=3.0.3
SLACK_SDK_VERSION=3.33.1
CRYPTOGRAPHY_VERSION=48.0.0
WANT_TEST=${1:-}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

apt_install() {
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  say "apt-get install $*"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null || { echo "Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 20 minutes on 2 cores, once)"
  # 0.22.1 declares a newer rust-version than it needs; --locked keeps its tested dependencies.
  cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WBG_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file names a yanked crate version.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
# binaryen (wasm-opt 132) and playwright-core, exactly as package-lock.json says.
if [ ! -f node_modules/.setup-stamp ] || ! cmp -s package-lock.json node_modules/.setup-stamp; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.setup-stamp
fi

if [ "$WANT_TEST" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
  fi
  # Firefox ESR and WebKitGTK (Safari's engine) for the wasm-bindgen tests and the smoke suite
  # (tests/engines/); WebKit needs a display, given by Xvfb.
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
    || ! command -v xvfb-run >/dev/null; then
    apt_install --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    say "cargo install geckodriver $GECKODRIVER_VERSION (about 3 minutes, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
  # The generated verification programs are run by tests/programs.rs: Express comes with
  # npm ci (package.json), Flask from PyPI.
  if ! command -v python3 >/dev/null; then
    apt_install python3 python3-pip
  fi
  if ! command -v php >/dev/null || ! command -v go >/dev/null || ! command -v ruby >/dev/null \
    || ! ruby -e 'require "sinatra/base"; require "webrick"' 2>/dev/null; then
    apt_install php-cli golang-go ruby ruby-sinatra ruby-webrick
  fi
  if ! command -v java >/dev/null || ! command -v javac >/dev/null; then
    apt_install default-jdk-headless
  fi
  # Flask for the Python programs; Slack's SDK signs requests for them (tests/sdk/sign.py).
  if ! python3 -c 'import flask, slack_sdk, cryptography' 2>/dev/null; then
    say "pip install flask $FLASK_VERSION slack_sdk $SLACK_SDK_VERSION cryptography $CRYPTOGRAPHY_VERSION"
    python3 -m pip install --quiet "flask==$FLASK_VERSION" "slack_sdk==$SLACK_SDK_VERSION" "cryptography==$CRYPTOGRAPHY_VERSION" 2>/dev/null \
      || python3 -m pip install --quiet --break-system-packages "flask==$FLASK_VERSION" "slack_sdk==$SLACK_SDK_VERSION" "cryptography==$CRYPTOGRAPHY_VERSION"
  fi
fi

# Trunk runs cargo offline: fetch the crates now.
cargo fetch --quiet
