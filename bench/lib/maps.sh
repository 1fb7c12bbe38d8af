# Generated benchmark maps, shared by the bench/ scripts: source this file from bash.
#
#   source bench/lib/maps.sh
#   map="$(bench_map 50k 1)"   # bench/data/map-50k-s1.argdown, generated if missing
#
# bench_map SIZE [SEED]  prints the path of the map with SIZE statements ("1k",
#   "50k", or a plain number) from SEED (default 1), writing it first with
#   bench/generate_map.py when it is missing or older than the generator.
# bench_statements SIZE  prints the statement count of a size ("50k" -> 50000).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

bench_statements() {
  case "$1" in
    *k) echo $((${1%k} * 1000)) ;;
    *) echo "$1" ;;
  esac
}

bench_map() {
  local size="$1" seed="${2:-1}"
  local map="$BENCH_DIR/data/map-$size-s$seed.argdown"
  if [[ ! -f "$map" || "$BENCH_DIR/generate_map.py" -nt "$map" ]]; then
    mkdir -p "$BENCH_DIR/data"
    echo "generating $map" >&2
    python3 "$BENCH_DIR/generate_map.py" --statements "$(bench_statements "$size")" \
      --seed "$seed" -o "$map" --counts "${map%.argdown}.counts.json" || return 1
  fi
  echo "$map"
}
