#!/usr/bin/env bash
# The evaluation benchmark: grounded on generated 10k/100k/1M frameworks, then the
# ICCMA sample's preferred and stable tasks, argmap against gringo+clasp on our own
# encodings (bench/asp), as CPU seconds (user+sys: the machine is shared) and ratios.
#
# usage: bench/eval/run.sh [BUILD_DIR] [TIMEOUT_SECONDS]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
limit="${2:-60}"
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
echo "## ICCMA sample: argmap vs gringo+clasp (CPU s, timeout ${limit}s; ratio = clasp / argmap, >1: argmap faster)"
echo
echo "| instance | task | answer | argmap s | clasp s | ratio |"
echo "|---|---|---|---:|---:|---:|"
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
  for task in SE-PR DS-PR SE-ST DC-ST DS-ST; do
    args=(-p "$task" -f "$f"); [[ $task == SE-* ]] || args+=(-a "$qname")
    a=$(cpu "$work/t1" "$argmap" iccma "${args[@]}")
    answer=$(head -c 12 "$work/out" | tr -d '\n'); [[ $answer == w* ]] && answer=w
    case $task in
      SE-PR) c=$(cpu "$work/t2" sh -c "gringo $asp/complete.lp $asp/preferred.lp $work/facts.lp | clasp --heuristic=Domain --enum-mode=domRec -n1") ;;
      DS-PR) c=$(cpu "$work/t2" sh -c "gringo $asp/complete.lp $asp/preferred.lp $work/facts.lp | clasp --heuristic=Domain --enum-mode=domRec -n0 -q") ;;
      SE-ST) c=$(cpu "$work/t2" sh -c "gringo $asp/stable.lp $work/facts.lp | clasp -n1") ;;
      DC-ST) c=$(cpu "$work/t2" sh -c "gringo $asp/stable.lp $asp/query.lp $work/query.lp $work/facts.lp | clasp -n1") ;;
      DS-ST) c=$(cpu "$work/t2" sh -c "gringo $asp/stable.lp $asp/skeptical.lp $work/query.lp $work/facts.lp | clasp -n1") ;;
    esac
    ratio="-"
    if [ "$a" != TO ] && [ "$c" != TO ]; then ratio=$(awk "BEGIN{printf \"%.1f\", ($c + 0.005) / ($a + 0.005)}"); fi
    if [ "$a" = TO ] && [ "$c" != TO ]; then ratio="<$(awk "BEGIN{printf \"%.2f\", ($c + 0.005) / $limit}")"; fi
    if [ "$a" != TO ] && [ "$c" = TO ]; then ratio=">$(awk "BEGIN{printf \"%.1f\", $limit / ($a + 0.005)}")"; fi
    echo "| $(basename "$file") | $task | ${answer:-TO} | $a | $c | $ratio |"
  done
done
