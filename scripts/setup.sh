#!/usr/bin/env bash
# Makes this machine able to build and test IMI, installing only what is missing, and says
# what it installs and why. Idempotent: when everything is there it takes seconds.
#
#   scripts/setup.sh demo   build tools (wasm32 toolchain, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh test   the same, plus Chromium, ChromeDriver, a PostgreSQL server and
#                           the API fuzzer (schemathesis)
#   scripts/setup.sh bench  the same as test, plus Lighthouse (pinned, from npm)
#
# It writes scripts/.env.sh, which run.sh sources: the PATH and variables that make Trunk
# use the toolchain found here. Nothing is downloaded from outside the package registries
# (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-demo}

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TOOLS="$root/.tools"
ENV_FILE="$root/scripts/.env.sh"

say() { printf '\033[1;34msetup:\033[0m %s\n' "$*"; }
die() { printf '\033[1;31msetup:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "root rights are needed for: $*"
  fi
}

apt_updated=
apt_install() { # why, packages...
  local why=$1; shift
  local missing=()
  for pkg in "$@"; do dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || die "please install ${missing[*]} ($why); this script knows only apt"
  say "installing ${missing[*]}: $why"
  if [ -z "$apt_updated" ]; then as_root apt-get update -q >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# --- Rust for the host -------------------------------------------------------------------
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null 2>&1 || die "cargo is missing: install Rust with rustup (https://rustup.rs) first"

# --- Rust for wasm32 ---------------------------------------------------------------------
# The normal route is rustup's wasm32 target. Where rustup cannot fetch it (machines that
# reach only package registries), Debian's rustc-web toolchain builds std from source.
# IMI_WASM_TOOLCHAIN=debian forces the second route, to check it on a machine that has both.
wasm_env=""
host_sysroot=$(rustc --print sysroot)
rustup_wasm=no
if [ "${IMI_WASM_TOOLCHAIN:-}" = debian ]; then
  :
elif [ -d "$host_sysroot/lib/rustlib/wasm32-unknown-unknown/lib" ]; then
  rustup_wasm=yes
elif command -v rustup >/dev/null 2>&1 && timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  say "added rustup's wasm32-unknown-unknown target"
  rustup_wasm=yes
fi
if [ "$rustup_wasm" = no ]; then
  apt_install "rustup cannot fetch the wasm32 target here; Debian's rustc-web builds the SPA instead" \
    rustc-web cargo-web rust-web-src
  # /usr/bin/rust-lld links wasm; it is a link to a versioned lld (lld-22 today) that the
  # packages do not pull in.
  if ! [ -x "$(readlink -f /usr/bin/rust-lld)" ]; then
    lld_pkg=$(readlink /usr/bin/rust-lld | sed -n 's#^\(lld-[0-9]*\)$#\1#p; s#.*/llvm-\([0-9]*\)/.*#lld-\1#p')
    apt_install "the wasm linker rust-lld" "${lld_pkg:-lld}"
  fi
  # Only Trunk's build runs with these: host builds stay on rustup's toolchain.
  wasm_env='RUSTC=/usr/bin/rustc CARGO=/usr/bin/cargo RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort PATH="/usr/bin:$PATH"'
fi

# --- std from source for the release SPA ------------------------------------------------
# The release SPA is built with std compiled along with the app (-Zbuild-std): panics then
# abort at once, without formatting code or source locations in the wasm (about 30 KB of the
# gzip download). That needs std's sources: rustup's rust-src on the rustup route (Debian's
# rust-web-src on the other, which builds std from source anyway). Without them the release
# SPA is built as the debug one is, only larger.
release_env=""
build_std=no
small_flags='RUSTFLAGS="-Zlocation-detail=none -Zunstable-options -Cpanic=immediate-abort"'
if [ "$rustup_wasm" = no ]; then
  release_env=$small_flags
  build_std=yes
elif [ -d "$host_sysroot/lib/rustlib/src/rust/library" ] ||
     { command -v rustup >/dev/null 2>&1 && timeout 120 rustup component add rust-src >/dev/null 2>&1; }; then
  release_env="RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort $small_flags"
  build_std=yes
else
  say "rustup cannot fetch rust-src here: the release SPA keeps the prebuilt std (larger download)"
fi

# --- Trunk -------------------------------------------------------------------------------
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (builds the SPA; about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

# --- wasm-bindgen, the version Cargo.lock pins -------------------------------------------
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || die "Cargo.lock names no wasm-bindgen"
grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml || die "Trunk.toml's wasm_bindgen must be $bindgen_version, as in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (must equal the wasm-bindgen crate in Cargo.lock)"
  # Its own lock file names a crate version the registry no longer serves; resolve afresh
  # when the locked install fails.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked --quiet 2>/dev/null ||
    cargo install wasm-bindgen-cli --version "$bindgen_version" --quiet
fi

# --- wasm-opt (from npm's binaryen; Debian's is too old for current wasm-bindgen output) ---
if [ "$("$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  command -v npm >/dev/null 2>&1 || apt_install "npm installs wasm-opt (binaryen)" nodejs npm
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm) into .tools/"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

# --- Compressors for the precompressed assets --------------------------------------------
command -v brotli >/dev/null 2>&1 || apt_install "brotli-compresses the SPA's assets" brotli

# --- For the tests: a browser and PostgreSQL ---------------------------------------------
# The figures need what the tests need.
[ "$mode" = bench ] && { mode=test; bench=yes; }
pg_url_line=""
if [ "$mode" = test ]; then
  apt_install "the end-to-end tests drive headless Chromium" chromium chromium-driver
  apt_install "the balancer test puts two instances behind deploy/haproxy.cfg" haproxy
  command -v pg_dump >/dev/null 2>&1 ||
    apt_install "the backup test dumps and restores PostgreSQL with pg_dump and pg_restore" postgresql-client
  if [ -n "${IMI_TEST_POSTGRES_URL:-}" ]; then
    :
  elif command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432 &&
       psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    :
  else
    apt_install "the test suite runs against PostgreSQL too" postgresql
    cluster=$(ls /etc/postgresql | sort -V | tail -n 1)
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
      say "starting PostgreSQL $cluster"
      as_root pg_ctlcluster --skip-systemctl-redirect "$cluster" main start 2>/dev/null || as_root pg_ctlcluster "$cluster" main start
      for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
    if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
      # A stock Debian server asks for a password over TCP: give the postgres role a local one.
      say "setting a password for PostgreSQL's postgres role (tests connect over TCP)"
      as_root su postgres -c "psql -q -c \"ALTER ROLE postgres PASSWORD 'imi-tests'\""
      pg_url_line="export IMI_TEST_POSTGRES_URL=postgres://postgres:imi-tests@127.0.0.1:5432/postgres"
    fi
  fi
fi

# An S3-compatible server for the attachment store's test (moto, from PyPI).
if [ "$mode" = test ] && ! command -v moto_server >/dev/null 2>&1 && [ ! -x "$HOME/.local/bin/moto_server" ]; then
  command -v pip3 >/dev/null 2>&1 || apt_install "pip installs moto's S3 server" python3-pip
  say "installing moto's S3-compatible server from PyPI (the attachment store's test uses it)"
  pip3 install --quiet --user "moto[server]" 2>/dev/null ||
    pip3 install --quiet --user --break-system-packages "moto[server]"
fi

# Schemathesis, pinned, for the property-based fuzzing of the API (tests/tests/api_fuzz.rs),
# in a virtual environment of its own under .tools/.
SCHEMATHESIS_VERSION=4.32.5
if [ "$mode" = test ] && [ "$("$TOOLS/venv/bin/schemathesis" --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS_VERSION" ]; then
  say "installing schemathesis $SCHEMATHESIS_VERSION from PyPI into .tools/venv (it fuzzes the API from its OpenAPI document)"
  if ! python3 -m venv "$TOOLS/venv" >/dev/null 2>&1; then
    apt_install "Python's venv module makes the fuzzer's environment" python3-venv
    python3 -m venv "$TOOLS/venv"
  fi
  "$TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

# axe-core, pinned, for the browser tests' accessibility checks (tests/tests/e2e_a11y.rs), in
# a folder of its own (npm would prune wasm-opt's package from a shared one).
AXE_VERSION=4.10.3
if [ "$mode" = test ] && [ "$(node -e "console.log(require('$TOOLS/axe/node_modules/axe-core/package.json').version)" 2>/dev/null)" != "$AXE_VERSION" ]; then
  command -v npm >/dev/null 2>&1 || apt_install "npm installs axe-core" nodejs npm
  say "installing axe-core $AXE_VERSION from npm into .tools/axe (the browser tests check every page with it)"
  mkdir -p "$TOOLS/axe"
  npm install --prefix "$TOOLS/axe" --no-save --no-audit --no-fund --silent "axe-core@$AXE_VERSION"
fi

# Lighthouse, pinned, for the benchmark's page-load figures (`./run.sh bench lighthouse`).
LIGHTHOUSE_VERSION=12.2.3
# Its own folder: npm would prune wasm-opt's package from a shared one.
if [ "${bench:-}" = yes ] && [ "$(node -e "console.log(require('$TOOLS/lighthouse/node_modules/lighthouse/package.json').version)" 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing Lighthouse $LIGHTHOUSE_VERSION from npm into .tools/lighthouse (the page-load figures)"
  mkdir -p "$TOOLS/lighthouse"
  npm install --prefix "$TOOLS/lighthouse" --no-save --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi

# --- Crates, fetched now so that Trunk's build runs offline ------------------------------
cargo fetch --quiet
if [ "$build_std" = yes ]; then
  # build-std compiles std from source; its dependencies come from crates.io too.
  (cd frontend && eval "$wasm_env RUSTC_BOOTSTRAP=1 cargo fetch --quiet --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort")
fi

{
  echo "# Written by scripts/setup.sh for this machine; sourced by run.sh."
  echo "export PATH=\"$TOOLS/node_modules/.bin:\$HOME/.cargo/bin:\$HOME/.local/bin:\$PATH\""
  echo "# Runs a command (Trunk) with the toolchain that builds wasm32 on this machine."
  echo "with_wasm_toolchain() { $wasm_env \"\$@\"; }"
  echo "# The same for the release SPA, with std built from source when its sources are here."
  echo "with_wasm_release_toolchain() { $wasm_env $release_env \"\$@\"; }"
  [ -n "$pg_url_line" ] && echo "$pg_url_line"
  true
} > "$ENV_FILE"
say "ready"
