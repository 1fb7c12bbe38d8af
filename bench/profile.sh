#!/usr/bin/env bash
# Profiles one argmap command on a generated map and prints where the time goes
# (inclusive and self cost per function, with file:line); saved to bench/results/.
#   bench/profile.sh [--size 10k] [--seed 1] [--tool callgrind|perf] [--argmap PATH] \
#       -- check MAP        (MAP is replaced by the generated map's path)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maps.sh
source bench/lib/build.sh

size=10k
seed=1
tool=callgrind
argmap=""
while (($#)); do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --tool) tool="$2"; shift 2 ;;
    --argmap) argmap="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: bench/profile.sh [--size S] [--seed N] [--tool callgrind|perf] [--argmap PATH] -- ARGMAP_ARGS (MAP = the map)" >&2; exit 2 ;;
  esac
done
(($#)) || set -- check MAP
[[ -n "$argmap" ]] || argmap="$(bench_build_argmap)"
map="$(bench_map "$size" "$seed")"
args=()
for a in "$@"; do
  if [[ "$a" == MAP ]]; then args+=("$map"); else args+=("$a"); fi
done

mkdir -p bench/results
# The reports are cut with head, which closes the pipe early: not a failure.
set +o pipefail
name="profile-$1-$size-$tool"
report="bench/results/$name.txt"
case "$tool" in
  callgrind)
    out="bench/data/$name.callgrind"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$argmap" "${args[@]}" \
      >/dev/null 2>bench/data/$name.log || true
    {
      echo "== inclusive cost (instructions), argmap ${args[*]}"
      callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep -E '^ *[0-9,]+ ' | head -n 60
      echo
      echo "== self cost"
      callgrind_annotate "$out" 2>/dev/null | grep -E '^ *[0-9,]+ ' | head -n 60
    } >"$report"
    ;;
  perf)
    out="bench/data/$name.perf"
    perf record -q -g -o "$out" "$argmap" "${args[@]}" >/dev/null 2>bench/data/$name.log || true
    {
      echo "== perf, self time, argmap ${args[*]}"
      perf report -i "$out" --stdio --no-children --sort symbol,srcline 2>/dev/null |
        grep -v '^#' | grep -v '^$' | head -n 80
    } >"$report"
    ;;
  *) echo "unknown tool $tool" >&2; exit 2 ;;
esac
cat "$report"
echo "saved $report" >&2
