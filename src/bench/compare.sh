#!/usr/bin/env bash
# This build against another jar, side by side, on one page served from the page cache.
# Usage: [ARGS="--name=value ..."] src/bench/compare.sh OTHER_JAR [PATH]
# PATH defaults to the middle article of the shipped content; ARGS go to this build only.
# Starts target/legcramps.jar (on PORT) and OTHER_JAR (on PORT + 1) on the same copy of the shipped
# content, warms both, then runs ROUNDS rounds of one wrk run each, alternating which goes first,
# so the machine's drift hits both alike. Prints every run, the median req/s and p99 of each and
# the median of the rounds' ratios (this / other). Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh

other=${1:?usage: compare.sh OTHER_JAR [PATH]}
[ -f "$other" ] || die "no jar $other"
PORT=${PORT:-18385}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-6}
read -ra ARGS <<< "${ARGS:-}"   # extra arguments for this build, to see what a setting costs

command -v wrk > /dev/null || die "needs wrk (apt-get install wrk)"
build_jar
bench_init
make_corpus 0 "$work/content" > /dev/null
ports=("$PORT" $(( PORT + 1 )))
jars=("$JAR" "$other")
for i in 0 1; do
  extra=()
  [ "$i" = 1 ] || extra=("${ARGS[@]}")
  JAR=${jars[$i]} PORT=${ports[$i]} start_app "$work/app$i.log" --site.content-dir="$work/content" "${extra[@]}"
  other_pids[i]=$app_pid
  app_pid=${other_pids[$i]} PORT=${ports[$i]} wait_up "$work/app$i.log"
  app_pid=
done
jvm_info
if [ -n "${2:-}" ]; then
  path=$2
else
  page_list "http://127.0.0.1:$PORT" "$work/pages"
  path=$(mid_article "$work/pages")
fi
for i in 0 1; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$i]}$path")" = 200 ] || die "${jars[$i]}: $path is not 200"
  run_wrk "${jars[$i]}" "http://127.0.0.1:${ports[$i]}$path" "$CONNECTIONS" "$work/warmup.txt" "$WARMUP"
done

rps=("" "")
p99=("" "")
ratios=""
for (( round = 1; round <= ROUNDS; round++ )); do
  order=(0 1)
  (( round % 2 )) || order=(1 0)
  got=("" "")
  for i in "${order[@]}"; do
    run_wrk "${jars[$i]}" "http://127.0.0.1:${ports[$i]}$path" "$CONNECTIONS" "$work/run.txt" "$DURATION"
    read -r r _ p _ errors _ _ < <(wrk_parse "$work/run.txt") || die "cannot read wrk's output"
    [ "$errors" = 0 ] || die "${jars[$i]}: socket errors in round $round"
    echo "round $round ${jars[$i]}: $r req/s, p99 $p ms"
    rps[i]+="$r "
    p99[i]+="$p "
    got[i]=$r
  done
  ratios+="$(awk -v a="${got[0]}" -v b="${got[1]}" 'BEGIN { printf "%.3f", a / b }') "
done
for i in 0 1; do
  echo "${jars[$i]}: median $(tr ' ' '\n' <<< "${rps[$i]}" | grep . | median) req/s," \
    "p99 $(tr ' ' '\n' <<< "${p99[$i]}" | grep . | median) ms"
done
echo "ratio ${jars[0]} / ${jars[1]}: median $(tr ' ' '\n' <<< "$ratios" | grep . | median) (rounds: $ratios)"
echo "$path, $CONNECTIONS connections, ${DURATION} s runs; $(nproc) cores"
