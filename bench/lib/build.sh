# Builds the argmap binary the bench/ scripts time: source this file from bash.
#
#   source bench/lib/build.sh
#   argmap="$(bench_build_argmap)"   # build-bench/argmap, built if out of date
#
# bench_build_argmap [BUILD_DIR]  configures BUILD_DIR (default build-bench,
#   relative to the repository root) as Release with -g (so that profilers can
#   name functions) and without tests, builds the argmap target with $JOBS
#   jobs (default nproc), and prints the binary's absolute path.

bench_build_argmap() {
  local root build_dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  build_dir="${1:-build-bench}"
  [[ "$build_dir" == /* ]] || build_dir="$root/$build_dir"
  if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_FLAGS=-g -DARGMAP_TESTS=OFF >/dev/null || return 1
  fi
  cmake --build "$build_dir" --target argmap -j "${JOBS:-$(nproc)}" >/dev/null || return 1
  echo "$build_dir/argmap"
}
