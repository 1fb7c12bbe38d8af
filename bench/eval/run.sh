#!/usr/bin/env bash
# The evaluation benchmark: grounded on generated 10k/100k/1M frameworks, then the
# ICCMA sample's preferred and stable tasks, argmap against gringo+clasp on our own
# encodings (bench/asp), as CPU seconds (user+sys: the machine is shared) and ratios.
#
# usage: bench/eval/run.sh [BUILD_DIR] [TIMEOUT_SECONDS] [RUNS]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
limit="${2:-60}"
runs="${3:-3}"
argmap="$build/argmap"
asp="$root/bench/asp"
corpus="$root/../shared/corpus/iccma"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cpu() {  # cpu SECONDS-FILE COMMAND...: runs under a timeout, prints CPU seconds or TO
  local t="$1"; shift
  /usr/bin/time -f "%U %S" -o "$t" timeout "$limit" "$@" > "$work/out" 2>/dev/null
  local rc=$?
  if [ $rc -eq 124 ] || [ $rc -eq 3 ]; then echo TO; return; fi
  tail -n 1 "$t" | awk '{printf "%.2f", $1 + $2}'
}

median() {  # median SECONDS-FILE COMMAND...: the median of $runs runs (one when it times out)
  local first; first=$(cpu "$@")
  if [ "$first" = TO ] || [ "$runs" -le 1 ]; then echo "$first"; return; fi
  local all="$first" i
  for ((i = 1; i < runs; i++)); do all="$all $(cpu "$@")"; done
  echo "$all" | tr ' ' '\n' | sed "s/^TO$/$limit/" | sort -g | awk '{x[NR] = $1} END {printf "%.2f", x[int((NR + 1) / 2)]}'
}

ratio() {  # ratio ARGMAP CLASP: clasp / argmap, bounded when one side timed out
  if [ "$1" != TO ] && [ "$2" != TO ]; then awk "BEGIN{printf \"%.1f\", ($2 + 0.005) / ($1 + 0.005)}"; return; fi
  if [ "$1" = TO ] && [ "$2" != TO ]; then echo "<$(awk "BEGIN{printf \"%.2f\", ($2 + 0.005) / $limit}")"; return; fi
  if [ "$1" != TO ]; then echo ">$(awk "BEGIN{printf \"%.1f\", $limit / ($1 + 0.005)}")"; return; fi
  echo "-"
}

echo "## Grounded on generated frameworks (3 attacks per argument)"
echo
echo "| arguments | attacks | parse ms (CPU) | grounded ms (CPU) | grounded ms (wall) |"
echo "|---:|---:|---:|---:|---:|"
for n in 10000 100000 1000000; do
  python3 "$root/bench/eval/gen_af.py" "$n" 7 > "$work/g.af"
  best_parse=""; best_solve=""; best_wall=""
  for _ in 1 2 3; do  # best of three: the machine is shared
    line=$("$argmap" iccma -p SE-GR -f "$work/g.af" --stats 2>&1 >/dev/null | grep '^c parse')
    p=$(echo "$line" | awk '{print $3}'); s=$(echo "$line" | awk '{print $10}'); w=$(echo "$line" | awk '{print $13}')
    if [ -z "$best_solve" ] || awk "BEGIN{exit !($s < $best_solve)}"; then best_solve=$s; best_parse=$p; best_wall=$w; fi
  done
  printf "| %d | %d | %.0f | %.0f | %.0f |\n" "$n" $((3 * n)) "$best_parse" "$best_solve" "$best_wall"
done

if ! command -v gringo >/dev/null || ! command -v clasp >/dev/null || [ ! -d "$corpus" ]; then
  echo; echo "(gringo/clasp or the ICCMA corpus missing: reference comparison skipped)"; exit 0
fi

echo
echo "## ICCMA sample: argmap vs gringo+clasp (CPU s, median of ${runs} runs, timeout ${limit}s; ratio = clasp / argmap, >1: argmap faster)"
echo
echo "| instance | task | answer | argmap s | clasp s | ratio |"
echo "|---|---|---|---:|---:|---:|"
: > "$work/rows"
tail -n +2 "$corpus/reference_answers.tsv" | while IFS=$'\t' read -r file n att rest; do
  case "$file" in *probo*|*pims*|*fudge*|*Small*|*probo2*) continue;; esac
  q=$(awk -F'\t' -v f="$file" '$1 == f {print $8}' "$corpus/reference_answers.tsv")
  f="$corpus/$file"
  # The facts for clasp, and the query argument's name in both worlds.
  if [[ "$file" == *.apx ]]; then
    cp "$f" "$work/facts.lp"
    qname=$(grep -o 'arg([^)]*)' "$f" | sed -n "${q}p" | sed 's/arg(\(.*\))/\1/')
  else
    awk 'NR > 1 && !/^#/ && NF == 2 {print "att(" $1 "," $2 ")."} /^p af/ {for (i = 1; i <= $3; i++) print "arg(" i ")."}' "$f" > "$work/facts.lp"
    qname=$q
  fi
  echo "query($qname)." > "$work/query.lp"
  base=$(basename "$file"); base=${base#afgen_}
  class=$(echo "$base" | sed -E 's/^(admbuster|BA|WS|stb|Medium).*/\1/; s/^n[0-9]+(p[0-9]+).*/afgen_\1/')
  for task in SE-PR DS-PR SE-ST DC-ST DS-ST; do
    args=(-p "$task" -f "$f"); [[ $task == SE-* ]] || args+=(-a "$qname")
    a=$(median "$work/t1" "$argmap" iccma "${args[@]}")
    answer=$(head -c 12 "$work/out" | tr -d '\n'); [[ $answer == w* ]] && answer=w
    case $task in
      SE-PR) c=$(median "$work/t2" sh -c "gringo $asp/complete.lp $asp/preferred.lp $work/facts.lp | clasp --heuristic=Domain --enum-mode=domRec -n1") ;;
      DS-PR) c=$(median "$work/t2" sh -c "gringo $asp/complete.lp $asp/preferred.lp $work/facts.lp | clasp --heuristic=Domain --enum-mode=domRec -n0 -q") ;;
      SE-ST) c=$(median "$work/t2" sh -c "gringo $asp/stable.lp $work/facts.lp | clasp -n1") ;;
      DC-ST) c=$(median "$work/t2" sh -c "gringo $asp/stable.lp $asp/query.lp $work/query.lp $work/facts.lp | clasp -n1") ;;
      DS-ST) c=$(median "$work/t2" sh -c "gringo $asp/stable.lp $asp/skeptical.lp $work/query.lp $work/facts.lp | clasp -n1") ;;
    esac
    echo "| $(basename "$file") | $task | ${answer:-TO} | $a | $c | $(ratio "$a" "$c") |"
    echo "$class $task $a $c" >> "$work/rows"
  done
done

# Per instance class and task: medians over the class's instances (a timeout counts as
# the limit, which flatters the side that timed out), and the worst instance's ratio.
echo
echo "## By instance class (medians over the instances; worst = the lowest per-instance ratio)"
echo
echo "| class | task | instances | argmap s | clasp s | ratio | worst |"
echo "|---|---|---:|---:|---:|---:|---:|"
awk -v limit="$limit" '
  function v(x) { return x == "TO" ? limit : x }
  function r(a, c) { return (v(c) + 0.005) / (v(a) + 0.005) }
  function med(list, k,   arr, m, i, j, t) {
    m = split(list, arr, " ")
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (arr[j] + 0 < arr[i] + 0) { t = arr[i]; arr[i] = arr[j]; arr[j] = t }
    return m % 2 ? arr[(m + 1) / 2] : (arr[m / 2] + arr[m / 2 + 1]) / 2
  }
  { key = $1 " " $2; if (!(key in n)) order[++keys] = key
    n[key]++; A[key] = A[key] " " v($3); C[key] = C[key] " " v($4)
    x = r($3, $4); if (!(key in worst) || x < worst[key]) worst[key] = x }
  END { for (k = 1; k <= keys; k++) { key = order[k]; split(key, p, " ")
      ma = med(A[key]); mc = med(C[key])
      printf "| %s | %s | %d | %.2f | %.2f | %.1f | %.1f |\n", p[1], p[2], n[key], ma, mc, (mc + 0.005) / (ma + 0.005), worst[key] } }
' "$work/rows"
