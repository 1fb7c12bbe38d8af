#!/usr/bin/env bash
# Fuzzes the front end for SECONDS (default 60): builds fuzz/fuzz_parser with clang
# (libFuzzer, ASan, UBSan) in build-fuzz, seeds it with Argdown's corpus when that
# is beside the repo (plus maps/), and exits non-zero when it finds a crash, a
# hang or a leak. Findings and the grown corpus stay in fuzz/corpus-run/ (ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
cxx="${FUZZ_CXX:-clang++}"

command -v "$cxx" >/dev/null || { echo "fuzz: $cxx not found (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DARGMAP_FUZZ=ON -DARGMAP_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target fuzz_parser

run=fuzz/corpus-run
mkdir -p "$run/corpus" "$run/seeds" "$run/findings"
rm -f "$run/seeds"/*
n=0
for dir in ../shared/corpus/argdown maps; do
  [ -d "$dir" ] || continue
  while IFS= read -r -d '' f; do
    n=$((n + 1))
    cp "$f" "$run/seeds/$n-$(basename "$f")"
  done < <(find "$dir" -type f \( -name '*.argdown' -o -name '*.ad' \) -print0)
done
echo "fuzz: $n seed files, $seconds s"

# -timeout: one input taking longer is a hang; -rss_limit_mb: runaway memory.
# libFuzzer exits non-zero on a crash, sanitizer report, timeout, leak or OOM.
"$build_dir/fuzz/fuzz_parser" "$run/corpus" "$run/seeds" \
  -dict=fuzz/argdown.dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
  -max_len=65536 -artifact_prefix="$run/findings/" -print_final_stats=1
