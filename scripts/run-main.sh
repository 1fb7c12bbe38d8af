#!/usr/bin/env bash
# The main job: install what is missing, build, check the Molotov map, draw it,
# evaluate it and write its seminar handout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
map=maps/molotov-1954.argdown
mkdir -p out
build/argmap check --werror "$map"
echo "checked $map: no errors, no warnings"
build/argmap render "$map" --color-by status --legend -o out/molotov-1954.svg
build/argmap render "$map" --theme mono -o out/molotov-1954.pdf
build/argmap export "$map" --to json -o out/molotov-1954.json
build/argmap eval "$map" > out/molotov-1954.eval.txt 2>&1  # labels, then the analysis findings
build/argmap report "$map" -o out/molotov-1954.html
echo "the map drawn: out/molotov-1954.svg (coloured by which claims stand), out/molotov-1954.pdf (mono, for print)"
echo "its model: out/molotov-1954.json; which claims stand and the consistency findings: out/molotov-1954.eval.txt"
echo "the seminar handout: out/molotov-1954.html"
