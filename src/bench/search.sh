#!/usr/bin/env bash
# Search benchmark: the packaged jar's results page under load, with wrk on loopback, every request
# a different query in turn: the relevance table's queries (src/test/resources/search/relevance.tsv)
# and misspellings, on N synthetic articles built from the shipped articles' sentences. Usage:
# src/bench/search.sh [N...]   (default: 10000; 0 = the shipped content)
# Environment: PORT (18181), DURATION (20 s), WARMUP (10 s; 0 skips it), RUNS (3), CONNECTIONS (16),
# THREADS (2), STARTUP_TIMEOUT (300 s), JAVA_OPTS (none).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
PORT=${PORT:-18181}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
TARGET_P99_MS=20
[ "$#" -gt 0 ] || set -- 10000
[ "$RUNS" -ge 1 ] || die "RUNS must be at least 1"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "wrk needs at least as many connections as threads"
build_jar
bench_init

# Misspellings beside the table's own: each must be corrected from the content's words.
MISSPELLINGS=("magnesum" "quinnine" "potasium foods" "excercise" "diuretcs" "stretchs before bed" "cramp at nigth"
  "pregnacy cramps" "hamstrng stretch" "restles legs" "dehidration" "calcuim" "sodiun" "statns")

# The request paths, one a line: /search?q=... with the words encoded as a form would send them.
{
  grep -v '^#' src/test/resources/search/relevance.tsv | cut -f 2
  printf '%s\n' "${MISSPELLINGS[@]}"
} | python3 -c 'import sys, urllib.parse
for line in sys.stdin:
    if line.strip():
        print("/search?q=" + urllib.parse.quote_plus(line.strip()))' > "$work/paths"
queries=$(wc -l < "$work/paths")
[ "$queries" -ge 30 ] || die "only $queries queries to rotate through"

# A wrk script that sends the paths in turn, each thread starting at its own place in the list.
{
  echo 'local paths = {'
  sed -e 's/.*/  "&",/' "$work/paths"
  echo '}'
  cat <<'EOF'
local i = 0
function setup(thread)
  thread:set("start", math.random(#paths))
end
function init(args)
  i = start or 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
EOF
} > "$work/rotate.lua"

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
jvm_info
echo "app: java -jar $JAR --server.port=$PORT --server.address=127.0.0.1 --site.content-dir=DIR"
echo "wrk --latency -t$THREADS -c$CONNECTIONS -d${DURATION}s, rotating through $queries queries; warm-up ${WARMUP}s; $RUNS runs"
echo

table="$work/table"
verdicts="$work/verdicts"
: > "$table"
: > "$verdicts"
for n in "$@"; do
  dir="$work/corpus-$n"
  mkdir -p "$dir"
  label=$(make_corpus "$n" "$dir/content")
  start_app "$dir/app.log" --site.content-dir="$dir/content"
  wait_up "$dir/app.log"
  base="http://127.0.0.1:$PORT"
  articles=$(grep -m 1 'Loaded content from' "$dir/app.log" | sed -nE 's/.* ([0-9]+) articles.*/\1/p' || true)
  indexed=$(grep -m 1 'Search index:' "$dir/app.log" | sed -nE 's/.*Search index: (.*)$/\1/p' || true)
  echo "corpus $label: ${articles:-?} articles; search index: ${indexed:-?}"

  # every query answers 200; count those with results and those corrected
  found=0
  corrected=0
  while read -r path; do
    code=$(curl -s -o "$dir/page.html" -w '%{http_code}' "$base$path")
    [ "$code" = 200 ] || die "$path answered $code"
    if grep -q 'class="search-results"' "$dir/page.html"; then found=$(( found + 1 )); fi
    if grep -q 'class="suggestion"' "$dir/page.html"; then corrected=$(( corrected + 1 )); fi
  done < "$work/paths"
  echo "corpus $label: $found of $queries queries find pages; $corrected get a spelling suggestion"

  if [ "$WARMUP" -gt 0 ]; then
    run_wrk app "$base/" "$CONNECTIONS" "$dir/wrk.out" "$WARMUP" -s "$work/rotate.lua"
  fi
  : > "$dir/runs"
  for (( run = 1; run <= RUNS; run++ )); do
    run_wrk app "$base/" "$CONNECTIONS" "$dir/wrk.out" "$DURATION" -s "$work/rotate.lua"
    result=$(wrk_parse "$dir/wrk.out") || { cat "$dir/wrk.out" >&2; die "cannot read wrk's output (above)"; }
    read -r rps p50 p99 non2xx errors requests detail <<< "$result"
    echo "  run $run: $rps req/s, p50 $p50 ms, p99 $p99 ms ($requests requests)"
    if [ "$non2xx" -gt 0 ] || [ "$errors" -gt 0 ]; then
      die "run $run: $non2xx responses with status >= 400 and $errors socket errors ($detail)"
    fi
    echo "$rps $p50 $p99" >> "$dir/runs"
  done
  heap=$(heap_used_mb "$app_pid")
  stop_app
  m_rps=$(cut -d' ' -f1 "$dir/runs" | median)
  m_p50=$(cut -d' ' -f2 "$dir/runs" | median)
  m_p99=$(cut -d' ' -f3 "$dir/runs" | median)
  worst=$(cut -d' ' -f3 "$dir/runs" | sort -g | tail -n 1)
  printf '| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %s |\n' "$label" "${articles:-?}" "$queries" "$m_rps" "$m_p50" \
    "$m_p99" "$worst" "$heap" >> "$table"
  if [ "${articles:-0}" = 10000 ]; then
    verdict=$(awk -v p="$m_p99" -v t="$TARGET_P99_MS" 'BEGIN { print (p <= t) ? "met" : "NOT met" }')
    echo "target, 10000 articles, $CONNECTIONS connections: median p99 <= $TARGET_P99_MS ms: $verdict ($m_p99 ms; worst run $worst ms)" >> "$verdicts"
  fi
  rm -rf "$dir/content"
  echo
done

echo "| corpus | articles | queries | req/s | p50 ms | p99 ms (median) | p99 ms (worst run) | heap after the runs (MB) |"
echo "|---|---|---|---|---|---|---|---|"
cat "$table"
echo
echo "$(nproc) cores shared by wrk and the app; medians of $RUNS runs of ${DURATION}s."
if [ -s "$verdicts" ]; then
  echo
  cat "$verdicts"
fi
