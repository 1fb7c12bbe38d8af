# Shared timing helpers for the bench/ scripts: source this file from bash.
#
#   source bench/lib/timing.sh
#   read -r cpu rss wall status < <(bench_measure 5 build/argmap check map.argdown)
#
# bench_measure RUNS COMMAND...  runs COMMAND RUNS times and prints one line:
#   median CPU seconds (user+sys of the whole process tree), median peak RSS in
#   MB, median wall seconds, and the exit status of the last run.
# The command's stdout goes to /dev/null, its stderr to $BENCH_LOG (default
# /dev/null), its stdin comes from $BENCH_STDIN (default /dev/null).
#
# The figures come from wait4(): bench/lib/rusage.c, compiled on first use
# into bench/data/ with cc (microsecond CPU figures). Without a C compiler,
# GNU time (/usr/bin/time, Debian package `time`) gives centiseconds.

BENCH_LOG="${BENCH_LOG:-/dev/null}"
BENCH_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_RUSAGE="${BENCH_RUSAGE:-$BENCH_LIB_DIR/../data/rusage}"

# Builds the wait4() wrapper if it is missing or older than its source.
bench_prepare_timer() {
  if [[ -x "$BENCH_RUSAGE" && "$BENCH_RUSAGE" -nt "$BENCH_LIB_DIR/rusage.c" ]]; then
    return 0
  fi
  if command -v cc >/dev/null; then
    mkdir -p "$(dirname "$BENCH_RUSAGE")"
    cc -O2 -o "$BENCH_RUSAGE" "$BENCH_LIB_DIR/rusage.c" && return 0
  fi
  BENCH_RUSAGE=""
  if [[ ! -x /usr/bin/time ]]; then
    echo "timing.sh: need a C compiler (cc) or GNU time (apt-get install time)" >&2
    return 1
  fi
}

# Prints "cpu_seconds rss_kb wall_seconds status minor_faults" for one run of "$@"
# (a failing command is measured too: its status is part of the line).
bench_run_once() {
  local out
  out="$(mktemp)"
  if [[ -n "$BENCH_RUSAGE" ]]; then
    "$BENCH_RUSAGE" -o "$out" "$@" <"${BENCH_STDIN:-/dev/null}" >/dev/null 2>>"$BENCH_LOG" || true
    cat "$out"
  else
    /usr/bin/time -o "$out" -f '%U %S %M %e %x %R' "$@" \
      <"${BENCH_STDIN:-/dev/null}" >/dev/null 2>>"$BENCH_LOG" || true
    # The last line holds the figures (GNU time may add a status line first).
    awk 'END { printf "%.2f %d %.2f %d %d\n", $1 + $2, $3, $4, $5, $6 }' "$out"
  fi
  rm -f "$out"
}

# Median of the numbers on stdin, one a line.
bench_median() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan"; exit }
    if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_measure() {
  local runs="$1"
  shift
  bench_prepare_timer || return 1
  local i cpu rss wall status cpus="" rsss="" walls=""
  for ((i = 0; i < runs; i++)); do
    read -r cpu rss wall status _ < <(bench_run_once "$@")
    cpus+="$cpu"$'\n'
    rsss+="$rss"$'\n'
    walls+="$wall"$'\n'
  done
  printf '%.3f %.1f %.3f %s\n' \
    "$(printf '%s' "$cpus" | bench_median)" \
    "$(printf '%s' "$rsss" | bench_median | awk '{ print $1 / 1024 }')" \
    "$(printf '%s' "$walls" | bench_median)" \
    "$status"
}

# bench_ratio PEER_CPU OURS_CPU: how many times less CPU ours took, e.g. "123x";
# "-" when a figure is missing.
bench_ratio() {
  awk -v peer="$1" -v ours="$2" 'BEGIN {
    if (peer == "" || ours == "" || peer == "-" || ours == "-") { print "-"; exit }
    if (ours + 0 <= 0) { print "inf"; exit }
    r = peer / ours
    if (r >= 10) printf "%.0fx\n", r; else printf "%.1fx\n", r }'
}

# The same with one decimal always, for verdicts: 49.6x must not round to a met 50x.
bench_ratio_exact() {
  awk -v peer="$1" -v ours="$2" 'BEGIN {
    if (peer == "" || ours == "" || peer == "-" || ours == "-") { print "-"; exit }
    if (ours + 0 <= 0) { print "inf"; exit }
    printf "%.1fx\n", peer / ours }'
}
