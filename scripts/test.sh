#!/usr/bin/env bash
# Installs what is missing (including Debian's chromium), then runs every test:
# native tests of the core and the CLI, then Playwright in Chromium against the
# release build served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh browser

printf '\n== formatting (rustfmt)\n'
cargo fmt --check

printf '\n== native tests (core, checker rules, validator, importer, search, pre-render)\n'
cargo test --locked

printf '\n== lints (clippy, native and wasm32: the app is compiled only there; warnings denied)\n'
cargo clippy --quiet --locked --all-targets -- -D warnings
cargo clippy --quiet --locked --target wasm32-unknown-unknown --bin cakupan -- -D warnings

printf '\n== bundled dataset check\n'
cargo run --quiet --locked --bin cakupan-data -- check public/data/coverage.json

printf '\n== release build (at the root, and under the subpath /cakupan/)\n'
trunk build --release
trunk build --release --public-url /cakupan/ --dist dist-subpath

printf '\n== browser tests (Playwright, Chromium)\n'
npx playwright test --config tests/e2e/playwright.config.js
