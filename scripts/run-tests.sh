#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the GoogleTest suite
# (ctest) and the seminar handout's browser test in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh "$@"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j2
scripts/browser-test.sh
