#!/usr/bin/env bash
# The main job: install what is missing, build, then check the Molotov map and
# export its model.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
map=maps/molotov-1954.argdown
mkdir -p out
build/argmap check --werror "$map"
build/argmap export "$map" --to json -o out/molotov-1954.json
echo "checked $map: no errors, no warnings; model exported to out/molotov-1954.json"
