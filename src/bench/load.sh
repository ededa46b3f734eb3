#!/usr/bin/env bash
# Load benchmark: how long the app takes from its launch to answering its last article (in slug
# order), how long from starting to load the content to being ready, stage by stage, and the heap the
# loaded site holds, after a GC, before and after serving every page once.
# Usage: src/bench/load.sh [N...]   (default: shipped 1000 10000; 0 = the shipped content)
# Environment: PORT (18181), STARTUP_TIMEOUT (300 s), CLIENTS (4 parallel curls), JAVA_OPTS (none).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
PORT=${PORT:-18181}
[ "$#" -gt 0 ] || set -- shipped 1000 10000
build_jar
bench_init

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1)"
echo "at the start: $(machine_load)"
jvm_info
echo "app: $app_label --server.port=$PORT --server.address=127.0.0.1 --site.content-dir=DIR --site.base-url=http://127.0.0.1:$PORT"
echo

# field LABEL: the number after LABEL in the summary line's stage breakdown ("read 179, parse+render
# 4927 [...; parse 1545, render 7954 over all threads], validate 65, ..."); empty when absent.
field() {
  sed -nE "s/(^|.*[ (;,[])$1 ([0-9]+).*/\\2/p" <<< "$breakdown"
}

# log_ms LINE: the log line's leading timestamp in epoch milliseconds; empty if it has none.
log_ms() {
  date -d "${1%% *}" +%s%3N 2>/dev/null || true
}

table="$work/table"
verdicts="$work/verdicts"
: > "$verdicts"
for n in "$@"; do
  dir="$work/corpus-$n"
  mkdir -p "$dir"
  label=$(make_corpus "$n" "$dir/content")
  log="$dir/app.log"
  last=$(article_in "$dir/content" last)
  [ -n "$last" ] || die "corpus $label has no article"
  launched=$(now_ms)
  start_app "$log" --site.content-dir="$dir/content" --site.base-url="http://127.0.0.1:$PORT"
  wait_page "http://127.0.0.1:$PORT$last" "$log"
  last_ms=$(( $(now_ms) - launched ))
  wait_up "$log"
  up_ms=$(( $(now_ms) - launched ))

  loaded=$(grep -m 1 'Loaded content from' "$log") || die "no 'Loaded content from' line in $log"
  total=$(sed -nE 's/.*; ([0-9]+) ms \(.*/\1/p' <<< "$loaded")
  breakdown=$(sed -nE 's/.*; [0-9]+ ms \((.*)\)[[:space:]]*$/\1/p' <<< "$loaded")
  if [ -z "$total" ] || [ -z "$breakdown" ]; then die "cannot read the load time in: $loaded"; fi
  articles=$(sed -nE 's/.* ([0-9]+) articles.*/\1/p' <<< "$loaded")
  errors=$(sed -nE 's/.* ([0-9]+) errors.*/\1/p' <<< "$loaded")
  if [ "${errors:-0}" != 0 ]; then
    echo "WARNING: the content has $errors errors; those files were left out" >&2
  fi
  started=$(grep -m 1 -E 'Started [A-Za-z]+ in' "$log" || true)
  jvm_s=$(sed -nE 's/.*process running for ([0-9.]+).*/\1/p' <<< "$started")
  ready=
  loaded_at=$(log_ms "$loaded")
  started_at=$(log_ms "$started")
  if [ -n "$loaded_at" ] && [ -n "$started_at" ]; then
    # the summary line is logged as the load ends: it started $total ms before its timestamp
    ready=$(( started_at - (loaded_at - total) ))
  fi

  heap_loaded=$(heap_used_mb "$app_pid")
  serve_start=$(now_ms)
  page_list "http://127.0.0.1:$PORT" "$dir/pages"
  pages=$(fetch_all "http://127.0.0.1:$PORT" "$dir/pages")
  serve_ms=$(( $(now_ms) - serve_start ))
  heap_served=$(heap_used_mb "$app_pid")
  stop_app

  echo "load $label ($articles articles): launch -> last article ($last) $last_ms ms; start loading -> ready ${ready:-?} ms; load $total ms ($breakdown);" \
    "JVM start -> Started ${jvm_s:-?} s; launch -> health UP $up_ms ms;" \
    "heap after load $heap_loaded MB, after serving all $pages pages once $heap_served MB (served in $serve_ms ms)"
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$articles" "$last_ms" "${ready:-?}" \
    "$total" "$(field read)" "$(field 'parse\+render')" "$(field validate)" "$(field link)" "$(field store)" \
    "$(field index)" "${jvm_s:-?}" "$heap_loaded" "$pages" "$heap_served" >> "$table"

  [ "$label" != shipped ] || shipped_ms=$last_ms
  if [ "$articles" = 10000 ]; then
    if [ -n "${shipped_ms:-}" ]; then
      more=$(( last_ms - shipped_ms ))
      verdict="met"; [ "$more" -le 10000 ] || verdict="NOT met"
      echo "target, 10000 articles: launch -> last article at most 10000 ms more than for the shipped content: $verdict ($last_ms - $shipped_ms = $more ms)" >> "$verdicts"
    fi
    verdict="met"; [ "$heap_served" -le 400 ] || verdict="NOT met"
    echo "target, 10000 articles: heap after serving every page once <= 400 MB: $verdict ($heap_served MB)" >> "$verdicts"
  fi
done

echo
echo "| corpus | articles | launch -> last article (ms) | start loading -> ready (ms) | load (ms) | read | parse+render | validate | link | store | index (beside the store) | JVM start -> Started (s) | heap after load (MB) | pages served | heap after serving (MB) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
cat "$table"
if [ -s "$verdicts" ]; then
  echo
  cat "$verdicts"
fi
echo
echo "at the end: $(machine_load)"
