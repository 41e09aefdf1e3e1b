#!/usr/bin/env bash
# Installs what is missing, builds the release app and serves it with the
# bundled data on http://127.0.0.1:8080/ (deep links fall back to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
trunk build --release
echo "Cakupan: http://127.0.0.1:${PORT:-8080}/"
exec node tests/e2e/serve.mjs dist "${PORT:-8080}"
