#!/usr/bin/env bash
# Size and speed report: builds the release, then loads it in Chromium and
# prints the brotli size of everything the first view downloads, and render
# timings. Reports figures only; nothing here passes or fails on a number.
#   bash scripts/bench.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh browser
[ "${1:-}" = "--no-build" ] || trunk build --release
exec node scripts/bench.mjs dist
