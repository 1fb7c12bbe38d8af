#!/usr/bin/env bash
# Times `argmap check` and `argmap export --to json` side by side with the peer
# Argdown CLI on generated maps of 1k..100k statements; prints Markdown tables
# and saves them to bench/results/. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/timing.sh
source bench/lib/maps.sh
source bench/lib/build.sh

usage() {
  cat <<'EOF'
usage: bench/run_check_export.sh [options]
  --sizes "1k 10k 50k 100k"  map sizes in statements (default: all four)
  --seed N                   generator seed (default 1)
  --runs-small N             runs per figure below 50k statements (default 5)
  --runs-large N             runs per figure from 50k statements on (default 3)
  --skip-peer "100k"         sizes at which the peer is not timed (it is slow)
  --no-peer                  do not time the peer at all
  --reuse-peer FILE.tsv      take the peer's figures from an earlier run's .tsv
                             for maps of the same size and byte count
  --peer PATH                Argdown CLI (default: $ARGDOWN or
                             /work/peer/node_modules/.bin/argdown)
  --argmap PATH              argmap binary to time (default: build a Release
                             argmap in build-bench/)
  --build-dir DIR            where to build it (default build-bench)
Environment: JOBS (build parallelism, default nproc).
EOF
}

sizes="1k 10k 50k 100k"
seed=1
runs_small=5
runs_large=3
skip_peer=""
no_peer=0
reuse_peer=""
peer="${ARGDOWN:-/work/peer/node_modules/.bin/argdown}"
argmap=""
build_dir="build-bench"
while (($#)); do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs-small) runs_small="$2"; shift 2 ;;
    --runs-large) runs_large="$2"; shift 2 ;;
    --skip-peer) skip_peer="$2"; shift 2 ;;
    --no-peer) no_peer=1; shift ;;
    --reuse-peer) reuse_peer="$2"; shift 2 ;;
    --peer) peer="$2"; shift 2 ;;
    --argmap) argmap="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

# --- argmap: a Release build unless a binary was given ----------------------
[[ -n "$argmap" ]] || argmap="$(bench_build_argmap "$build_dir")"
argmap="$(readlink -f "$argmap")"

# --- the peer ------------------------------------------------------------------
if ((no_peer == 0)) && [[ ! -x "$peer" ]]; then
  echo "note: peer $peer not found; timing argmap only (install: npm install @argdown/cli@1.7.5)" >&2
  no_peer=1
fi
if ((no_peer == 0)); then
  peer_modules="$(cd "$(dirname "$peer")/.." && pwd)"
  peer_version="$("$peer" --version 2>/dev/null || echo '?')"
fi

mkdir -p bench/data bench/results bench/data/logs
revision="$(git rev-parse --short HEAD 2>/dev/null || echo '?')"
stamp="$(date -u +%Y%m%d-%H%M%S)"
result_md="bench/results/check-export-$stamp.md"
result_tsv="bench/results/check-export-$stamp.tsv"
peer_out="$(mktemp -d)"
trap 'rm -rf "$peer_out"' EXIT

# Times one command unless skipped; sets cpu, rss, status (or "-" when skipped).
# $1 = log name, $2 = runs, rest = command.
measure() {
  local name="$1" runs="$2"
  shift 2
  BENCH_LOG="bench/data/logs/$name.log"
  : >"$BENCH_LOG"
  read -r cpu rss _ status < <(bench_measure "$runs" "$@")
  if [[ "$status" != 0 ]]; then
    echo "warning: $name exited with status $status; first lines of its stderr:" >&2
    head -n 5 "$BENCH_LOG" >&2
  fi
}
skipped() { cpu="-"; rss="-"; status="-"; }

# Times a peer command, or takes its figures from --reuse-peer when that file
# has a successful row for the same tool on a map of the same size and bytes.
# $1 = log name, $2 = tool name in the .tsv, $3 = runs, rest = command.
peer_measure() {
  local name="$1" tool="$2" line=""
  shift 2
  if [[ -n "$reuse_peer" ]]; then
    line="$(awk -F'\t' -v s="$size" -v b="$bytes" -v t="$tool" \
      '$1 == s && $3 == b && $4 == t && $7 == 0 { print $5, $6 }' "$reuse_peer" | tail -n 1)"
  fi
  if [[ -n "$line" ]]; then
    read -r cpu rss <<<"$line"
    status=0
    echo "  $tool: figures from $reuse_peer" >&2
  else
    measure "$name" "$@"
  fi
  row "$size" "$n" "$bytes" "$tool" "$cpu" "$rss" "$status"
}

printf 'size\tstatements\tbytes\ttool\tcpu_s\trss_mb\tstatus\n' >"$result_tsv"
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$result_tsv"; }

check_rows=()
export_rows=()
for size in $sizes; do
  n="$(bench_statements "$size")"
  map="$(bench_map "$size" "$seed")"
  map="${map#"$PWD/"}"
  bytes="$(stat -c %s "$map")"
  mb="$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')"
  runs=$runs_small
  ((n >= 50000)) && runs=$runs_large
  echo "timing $map ($mb MB, $runs runs each)" >&2

  measure "check-$size" "$runs" "$argmap" check "$map"
  c_cpu=$cpu c_rss=$rss c_status=$status
  row "$size" "$n" "$bytes" "argmap check" "$cpu" "$rss" "$status"
  # -o - rather than -o /dev/null: the JSON is built and written all the same.
  measure "export-$size" "$runs" "$argmap" export "$map" --to json -o -
  e_cpu=$cpu e_rss=$rss e_status=$status
  row "$size" "$n" "$bytes" "argmap export" "$cpu" "$rss" "$status"

  if ((no_peer)) || [[ " $skip_peer " == *" $size "* ]]; then
    skipped; p_cpu=$cpu p_rss=$rss; a_cpu=$cpu a_rss=$rss; j_cpu=$cpu j_rss=$rss
  else
    peer_measure "peer-parse-$size" "peer parser only" "$runs" \
      node bench/lib/peer_parse.js "$peer_modules" "$map"
    p_cpu=$cpu p_rss=$rss
    peer_measure "peer-argdown-$size" "argdown" "$runs" "$peer" "$map"
    a_cpu=$cpu a_rss=$rss
    peer_measure "peer-json-$size" "argdown json" "$runs" "$peer" json "$map" "$peer_out"
    j_cpu=$cpu j_rss=$rss
  fi
  # A failed run is shown with its status and gets no ratio.
  c_ratio_p="$(bench_ratio "$p_cpu" "$c_cpu")" c_ratio_a="$(bench_ratio "$a_cpu" "$c_cpu")"
  e_ratio="$(bench_ratio "$j_cpu" "$e_cpu")"
  if [[ "$c_status" != 0 ]]; then
    c_cpu="$c_cpu (exit $c_status)" c_ratio_p="-" c_ratio_a="-"
  fi
  if [[ "$e_status" != 0 ]]; then
    e_cpu="$e_cpu (exit $e_status)" e_ratio="-"
  fi
  check_rows+=("| $size | $mb | $c_cpu | $c_rss | $p_cpu | $p_rss | $a_cpu | $a_rss | $c_ratio_p | $c_ratio_a |")
  export_rows+=("| $size | $mb | $e_cpu | $e_rss | $j_cpu | $j_rss | $e_ratio |")
  if [[ "$size" == 50k ]]; then
    t_check="$(bench_ratio_exact "$p_cpu" "$c_cpu")" t_rss="$c_rss"
    t_export="$(bench_ratio_exact "$j_cpu" "$e_cpu")"
    [[ "$c_ratio_p" == - ]] && t_check="-"
    [[ "$e_ratio" == - ]] && t_export="-"
    [[ "$c_status" == 0 ]] || t_rss="-"
  fi
done

# Pass or fail against the issue's targets on the 50k map.
verdict() { # $1 = figure like "123x" or "87.5", $2 = op, $3 = bound
  local v="${1%x}"
  [[ "$v" == "-" || -z "$v" ]] && { echo "not measured"; return; }
  [[ "$v" == inf ]] && { echo "met"; return; }
  if awk -v v="$v" -v b="$3" -v op="$2" 'BEGIN { exit !(op == ">=" ? v >= b : v <= b) }'; then
    echo "met"
  else
    echo "MISSED"
  fi
}

{
  echo "## argmap check and export vs the Argdown CLI"
  echo
  echo "Generated maps (bench/generate_map.py, seed $seed). CPU = user+sys seconds of the"
  echo "whole process, peak RSS in MB; medians of $runs_small runs (below 50k statements)"
  echo "or $runs_large runs (50k and up). Ratio = peer CPU / argmap CPU."
  echo
  echo "| map | MB | \`argmap check\` CPU s | RSS MB | peer parser only CPU s | RSS MB | \`argdown\` CPU s | RSS MB | vs parser | vs \`argdown\` |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${check_rows[@]}"
  echo
  echo "| map | MB | \`argmap export --to json\` CPU s | RSS MB | \`argdown json\` CPU s | RSS MB | ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${export_rows[@]}"
  if [[ -n "${t_check:-}" ]]; then
    echo
    echo "Targets on the 50k map: check >= 100x less CPU than the peer's parse: $t_check, $(verdict "$t_check" ">=" 100);"
    echo "check peak <= 100 MB: $t_rss MB, $(verdict "$t_rss" "<=" 100);"
    echo "export >= 50x less CPU than \`argdown json\`: $t_export, $(verdict "$t_export" ">=" 50)."
  fi
  echo
  echo "Peer parser only = @argdown/core's lexer and parser run by bench/lib/peer_parse.js"
  echo "(the cheapest whole-file parse the peer can do); \`argdown\` = the CLI's default"
  echo "command (load, parse, log errors)."
  echo
  echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores;"
  echo "argmap $revision, Argdown CLI ${peer_version:-not run}, node $(node --version 2>/dev/null || echo '-'); $(date -u '+%Y-%m-%d %H:%M UTC')."
} | tee "$result_md"
cp "$result_md" bench/results/check-export-latest.md
cp "$result_tsv" bench/results/check-export-latest.tsv
echo "saved $result_md and $result_tsv" >&2
