#!/usr/bin/env bash
# Validate-command benchmark: wall time of `validate`, JVM start included, as an editor runs it:
# through the launcher (the target), and for context `java -jar target/legcramps.jar` (and BASE_JAR,
# another build's jar, when set), interleaved over ROUNDS rounds (5); medians and ranges.
# Usage: src/bench/validate.sh [N]  (default: the shipped content; N synthetic articles otherwise).
# JAR=other.jar runs that jar in the launcher's place.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
n=${1:-0}
ROUNDS=${ROUNDS:-5}
build_jar
bench_init
dir=content
if [ "$n" != 0 ]; then
  dir="$work/content"
  python3 src/bench/generate-corpus.py "$n" "$dir"
fi
ways=(launcher jar)
[ -z "${BASE_JAR:-}" ] || ways+=(base)
echo "validate $dir; $(machine_load)"
runs="$work/runs"
: > "$runs"
for (( round = 1; round <= ROUNDS; round++ )); do
  for way in "${ways[@]}"; do
    case $way in
      launcher) cmd=("${app_cmd[@]}") ;;
      jar) cmd=(java -jar target/legcramps.jar) ;;
      base) cmd=(java -jar "$BASE_JAR") ;;
    esac
    start=$(now_ms)
    "${cmd[@]}" validate --site.content-dir="$dir" > "$work/out" 2>&1 || true
    ms=$(( $(now_ms) - start ))
    tail -n 1 "$work/out" | grep -q ' errors, ' || { cat "$work/out" >&2; die "$way: no summary line from validate"; }
    echo "$way $ms" >> "$runs"
    echo "round $round: $way $ms ms"
  done
done
echo
for way in "${ways[@]}"; do
  awk -v w="$way" '$1 == w { print $2 }' "$runs" | sort -n > "$work/way"
  echo "$way: median $(median < "$work/way") ms (range $(head -n 1 "$work/way")-$(tail -n 1 "$work/way") ms, $ROUNDS runs)"
done
launcher=$(awk '$1 == "launcher" { print $2 }' "$runs" | median)
verdict="met"; [ "${launcher%.*}" -le 1500 ] || verdict="NOT met"
echo "target, validate through the launcher <= 1500 ms: $verdict ($launcher ms)"
echo "at the end: $(machine_load)"
