#!/usr/bin/env bash
# Size and speed report: builds the release, then loads it in Chromium and
# prints the brotli size of everything the first view downloads, and render
# timings. Reports figures only; nothing here passes or fails on a number.
#   bash scripts/bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh browser
# Lighthouse is only needed here, not by the tests: installed on first use, not saved.
if [ ! -x node_modules/.bin/lighthouse ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund lighthouse@12
fi
[ "${1:-}" = "--no-build" ] || trunk build --release
printf '\n== search latency (release build of the native test)\n'
cargo test --quiet --release --test names -- --ignored --nocapture search_latency_report 2>/dev/null | grep "latency" || true
printf '\n== validator fuzzing, long run (tests/fuzz.rs; CI runs a short one)\n'
CAKUPAN_FUZZ_CASES=200000 cargo test --quiet --release --test fuzz -- --nocapture 2>/dev/null | grep -iE "cases|inputs" || true
printf '\n'
exec node scripts/bench.mjs dist
