#!/usr/bin/env bash
# The two commands of the quick start, and the figures.
#
#   ./run.sh demo    set up this machine if needed, build, and serve the app with demo data
#                    on SQLite at http://127.0.0.1:8080 (IMI_BIND changes the address)
#   ./run.sh test    set up if needed, build the SPA, and run every test: unit, API against
#                    SQLite and PostgreSQL, and the browser tests in headless Chromium
#   ./run.sh bench   print the figures: SPA size (gzip), cold start, search, overview
#   ./run.sh reliability [kill|unreachable|disk|soak [MINUTES]]
#                    print how the server holds up: kill -9 under load, database
#                    unreachable, disk full, a bounded soak (10 minutes by default)
#   ./run.sh load [SECONDS] [REQUESTS] [AUTHORITIES]
#                    print a realistic load's figures: one instance on SQLite and on
#                    PostgreSQL, then two behind HAProxy (30 s each, 1,000,000 requests)
set -euo pipefail
cd "$(dirname "$0")"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
command=$1; shift

setup_mode=demo
[ "$command" = test ] && setup_mode=test
# The load puts two instances behind HAProxy, which the test setup installs.
[ "$command" = load ] && setup_mode=test
[ "$command" = bench ] && setup_mode=bench
bash scripts/setup.sh "$setup_mode"
# shellcheck source=/dev/null
source scripts/.env.sh

build_spa() { # extra trunk flags...
  with_wasm_toolchain trunk --skip-version-check build "$@"
}
build_release_spa() {
  with_wasm_release_toolchain trunk --skip-version-check build --release
}

case "$command" in
  demo)
    build_release_spa
    cargo build --release -p imi-backend
    echo "Demo accounts (password imi-demo-2026): see README.md"
    exec target/release/imi-server --demo "$@"
    ;;
  test)
    # A debug build (quick to make) where the tests look for it, never into frontend/dist:
    # the release build there is what `./run.sh demo` serves, and stays as it was.
    build_spa --dist target/spa-test
    log=$(mktemp)
    trap 'rm -f "$log"' EXIT
    status=0
    cargo test --workspace --exclude imi-frontend "$@" 2>&1 | tee "$log" || status=$?
    # One closing line for the whole run; cargo prints one per test binary.
    awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
         END { printf "total: %d passed, %d failed\n", p, f }' "$log"
    exit "$status"
    ;;
  bench)
    build_release_spa
    cargo build --release -p imi-backend -p imi-tests --bin imi-server --bin imi-bench
    target/release/imi-bench "$@"
    ;;
  reliability)
    cargo build --release -p imi-backend -p imi-tests --bin imi-server --bin imi-reliability
    target/release/imi-reliability "$@"
    ;;
  load)
    cargo build --release -p imi-backend -p imi-tests --bin imi-server --bin imi-load
    target/release/imi-load "$@"
    ;;
  *)
    usage
    ;;
esac
