#!/usr/bin/env bash
# Validate-command benchmark: wall time of `java -jar target/legcramps.jar validate`, JVM start
# included, as an editor runs it. Usage: src/bench/validate.sh [N]  (default: the shipped content)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh   # for the Java 25 on PATH
n=${1:-0}
[ -f target/legcramps.jar ] || mvn -q -B package -DskipTests
dir=content
if [ "$n" -gt 0 ]; then
  dir=$(mktemp -d)/content
  python3 src/bench/generate-corpus.py "$n" "$dir"
fi
times=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  java -jar target/legcramps.jar validate --site.content-dir="$dir" > /dev/null || true
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
echo "validate $dir: runs ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p) ms"
