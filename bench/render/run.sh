#!/usr/bin/env bash
# Times `argmap render -f svg` on generated maps of 1k and 10k statements side by
# side with Graphviz's own `dot -Tsvg` on the DOT argmap writes for the same map
# (the same graph and layout settings, so the ratio is argmap's overhead), and with
# Argdown's `argdown map -f svg`. Prints a Markdown table of median CPU seconds
# (user+sys of the whole process tree; argmap and dot interleaved) and ratios;
# saves it to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/timing.sh

usage() {
  cat <<'EOF'
usage: bench/render/run.sh [options]
  --sizes "1k 10k"     map sizes in statements (default: both)
  --seed N             generator seed (default 1)
  --runs-small N       runs per figure below 10k statements (default 9)
  --runs-large N       runs per figure from 10k statements on (default 3)
  --no-peer            do not time Argdown
  --peer PATH          Argdown CLI (default: $ARGDOWN or /work/peer/node_modules/.bin/argdown)
  --argmap PATH        argmap binary (default: a Release build in build-bench/)
  --build-dir DIR      where to build it (default build-bench)
EOF
}

sizes="1k 10k"
seed=1
runs_small=9
runs_large=3
no_peer=0
peer="${ARGDOWN:-/work/peer/node_modules/.bin/argdown}"
argmap=""
build_dir="build-bench"
while (($#)); do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs-small) runs_small="$2"; shift 2 ;;
    --runs-large) runs_large="$2"; shift 2 ;;
    --no-peer) no_peer=1; shift ;;
    --peer) peer="$2"; shift 2 ;;
    --argmap) argmap="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

statements_of() {
  case "$1" in
    *k) echo $((${1%k} * 1000)) ;;
    *) echo "$1" ;;
  esac
}

if [[ -z "$argmap" ]]; then
  if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
      -DARGMAP_TESTS=OFF >/dev/null
  fi
  cmake --build "$build_dir" --target argmap -j "${JOBS:-$(nproc)}" >/dev/null
  argmap="$build_dir/argmap"
fi
argmap="$(readlink -f "$argmap")"
dot_program="$(command -v dot || true)"
if [[ -z "$dot_program" ]]; then
  echo "bench/render/run.sh: Graphviz's dot program is needed for the comparison (apt-get install graphviz)" >&2
  exit 2
fi
if ((no_peer == 0)) && [[ ! -x "$peer" ]]; then
  echo "note: peer $peer not found; timing argmap and dot only" >&2
  no_peer=1
fi

mkdir -p bench/data/logs bench/results
stamp="$(date -u +%Y%m%d-%H%M%S)"
result_md="bench/results/render-$stamp.md"
peer_out="$(mktemp -d)"
trap 'rm -rf "$peer_out"' EXIT

measure() {  # $1 log name, $2 runs, rest the command; sets cpu, wall, status
  local name="$1" runs="$2"
  shift 2
  BENCH_LOG="bench/data/logs/$name.log"
  : >"$BENCH_LOG"
  read -r cpu _ wall status < <(bench_measure "$runs" "$@")
  if [[ "$status" != 0 ]]; then
    echo "warning: $name exited with status $status; first lines of its stderr:" >&2
    head -n 5 "$BENCH_LOG" >&2
  fi
}

# Interleaved: argmap and dot run alternately, so that load on a shared machine
# falls on both alike. $1 runs, $2 argmap's log name, $3 dot's; then the argmap
# command, "--", the dot command. Sets a_cpu, a_wall, d_cpu, d_wall.
measure_pair() {
  local runs="$1" a_log="bench/data/logs/$2.log" d_log="bench/data/logs/$3.log"
  shift 3
  local a_cmd=() d_cmd=()
  while [[ "$1" != "--" ]]; do a_cmd+=("$1"); shift; done
  shift
  d_cmd=("$@")
  : >"$a_log"
  : >"$d_log"
  bench_prepare_timer
  local i cpu rss wall status a_cpus="" a_walls="" d_cpus="" d_walls=""
  for ((i = 0; i < runs; i++)); do
    read -r cpu rss wall status _ < <(BENCH_LOG="$a_log" bench_run_once "${a_cmd[@]}")
    a_cpus+="$cpu"$'\n' a_walls+="$wall"$'\n'
    read -r cpu rss wall status _ < <(BENCH_LOG="$d_log" bench_run_once "${d_cmd[@]}")
    d_cpus+="$cpu"$'\n' d_walls+="$wall"$'\n'
  done
  a_cpu="$(printf '%s' "$a_cpus" | bench_median)" a_wall="$(printf '%s' "$a_walls" | bench_median)"
  d_cpu="$(printf '%s' "$d_cpus" | bench_median)" d_wall="$(printf '%s' "$d_walls" | bench_median)"
  a_cpu="$(printf '%.3f' "$a_cpu")" d_cpu="$(printf '%.3f' "$d_cpu")"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b <= 0) print "-"; else printf "%.2f\n", a / b }'; }

rows=()
for size in $sizes; do
  n="$(statements_of "$size")"
  map="bench/data/map-$size-s$seed.argdown"
  if [[ ! -f "$map" || bench/generate_map.py -nt "$map" ]]; then
    echo "generating $map" >&2
    python3 bench/generate_map.py --statements "$n" --seed "$seed" -o "$map"
  fi
  runs=$runs_small
  ((n >= 10000)) && runs=$runs_large
  # argmap's own DOT: the graph dot lays out is the graph argmap lays out.
  dotfile="bench/data/map-$size-s$seed.dot"
  "$argmap" render "$map" -f dot -o "$dotfile" 2>"bench/data/logs/render-dot-$size.log"
  nodes="$(grep -o '([0-9]* nodes' "bench/data/logs/render-dot-$size.log" | tr -dc 0-9)"
  echo "timing $map ($nodes nodes, $runs runs each)" >&2

  measure_pair "$runs" "render-svg-$size" "dot-svg-$size" \
    "$argmap" render "$map" -f svg -o - -- "$dot_program" -Tsvg "$dotfile"
  p_cpu="-" p_wall="-"
  if ((no_peer == 0)); then
    measure "argdown-map-$size" "$runs" "$peer" map -f svg "$map" "$peer_out"
    p_cpu=$cpu p_wall=$wall
  fi
  rows+=("| $size | $nodes | $a_cpu | $d_cpu | $(ratio "$a_cpu" "$d_cpu")x | $p_cpu | $(ratio "$p_cpu" "$a_cpu")x |")
done

{
  echo "Render benchmark, $(date -u +%Y-%m-%d), seed $seed; median CPU seconds (user+sys)."
  echo
  echo "| map | nodes | argmap render -f svg | dot -Tsvg (argmap's DOT) | argmap / dot | argdown map -f svg | argdown / argmap |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$result_md"
echo "saved $result_md" >&2
