#!/usr/bin/env bash
# Edits under load: live content edits while wrk drives a watching instance.
# Usage: src/bench/reload-under-load.sh [N]    N synthetic articles (default: the shipped content/)
# Starts the packaged app (see lib.sh) with site.watch=true on a copy of the content, then runs ROUNDS rounds,
# each a quiet wrk run and a run with EDITS live edits spread over it (titles and bodies of a few
# articles, in turn), side by side so the machine's drift hits both alike. After each edited run
# the last edit must be live. Counts every answer that is not 2xx and every socket error; exits 1
# if there is any, or if an edit never went live. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh

n=${1:-0}
PORT=${PORT:-18384}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30}   # seconds per wrk run
EDITS=${EDITS:-20}         # live edits per edited run
ROUNDS=${ROUNDS:-2}        # pairs of runs: quiet, then edited
LIVE_TIMEOUT=${LIVE_TIMEOUT:-10}   # seconds after a run for its last edit to be served
WARMUP=${WARMUP:-10}       # seconds of traffic first, discarded (a cold JVM is not what is measured)
TIMEOUT=${TIMEOUT:-10}     # a request not answered within this many seconds counts as failed

command -v wrk > /dev/null || die "needs wrk (apt-get install wrk)"
build_jar
bench_init
label=$(make_corpus "$n" "$work/content")
base="http://127.0.0.1:$PORT"
start_app "$work/app.log" --site.content-dir="$work/content" --site.watch=true --site.base-url="$base"
wait_up "$work/app.log"
jvm_info
page_list "$base" "$work/pages"
pages_lua "$work/pages" "$work/pages.lua"
mapfile -t edited < <(find "$work/content/articles" -maxdepth 1 -name '*.md' -printf '%f\n' | sort | head -n 4)
[ "${#edited[@]}" -gt 0 ] || die "no article to edit"

# edit K: the Kth edit, to one of the edited articles in turn: a new title, or a new last line.
# Prints the article's path and the words it must show once live.
edit() {
  local k=$1 file=${edited[$(( $1 % ${#edited[@]} ))]} marker
  marker="Live edit $k of round $round $RANDOM"
  if (( k % 2 )); then
    sed -i "s/^title: .*/title: \"$marker\"/" "$work/content/articles/$file"
  else
    printf '\n%s.\n' "$marker" >> "$work/content/articles/$file"
  fi
  echo "/articles/${file%.md} $marker"
}

[ "$WARMUP" = 0 ] || run_wrk app "$base/" "$CONNECTIONS" "$work/warmup.txt" "$WARMUP" -s "$work/pages.lua"
results=()
failed=0
for (( round = 1; round <= ROUNDS; round++ )); do
  run_wrk app "$base/" "$CONNECTIONS" "$work/quiet-$round.txt" "$DURATION" --timeout "${TIMEOUT}s" -s "$work/pages.lua"
  loads_before=$(grep -c 'Loaded content from' "$work/app.log" || true)
  (
    interval=$(awk -v d="$DURATION" -v e="$EDITS" 'BEGIN { printf "%.3f", d / (e + 1) }')
    for (( k = 1; k <= EDITS; k++ )); do
      sleep "$interval"
      edit "$k" > "$work/last-edit"
    done
  ) &
  other_pids+=("$!")
  run_wrk app "$base/" "$CONNECTIONS" "$work/edits-$round.txt" "$DURATION" --timeout "${TIMEOUT}s" -s "$work/pages.lua"
  wait "${other_pids[-1]}"
  read -r path marker < "$work/last-edit"
  live=no
  deadline=$(( SECONDS + LIVE_TIMEOUT ))
  while [ "$SECONDS" -le "$deadline" ]; do
    if curl -s "$base$path" | grep -qF "$marker"; then live=yes; break; fi
    sleep 0.1
  done
  loads=$(( $(grep -c 'Loaded content from' "$work/app.log" || true) - loads_before ))
  for kind in quiet edits; do
    read -r rps p50 p99 _ errors requests detail < <(wrk_parse "$work/$kind-$round.txt") \
      || { cat "$work/$kind-$round.txt" >&2; die "cannot read wrk's output (above)"; }
    bad=$(non2xx "$work/$kind-$round.txt")
    max=$(wrk_max "$work/$kind-$round.txt")
    line="round $round $kind: $requests requests, $rps req/s, p50 $p50 ms, p99 $p99 ms, max $max;"
    line+=" non-2xx $bad, socket errors $errors ($detail)"
    [ "$kind" = quiet ] || line+="; $EDITS edits, $loads reloads, last edit live: $live"
    echo "$line"
    results+=("$kind $p99 $rps")
    if [ "$bad" != 0 ] || [ "$errors" != 0 ]; then failed=1; fi
  done
  [ "$live" = yes ] || failed=1
done

for kind in quiet edits; do
  p99s=$(printf '%s\n' "${results[@]}" | awk -v k="$kind" '$1 == k { print $2 }' | median)
  rpss=$(printf '%s\n' "${results[@]}" | awk -v k="$kind" '$1 == k { print $3 }' | median)
  echo "median of $ROUNDS $kind runs: p99 $p99s ms, $rpss req/s"
done
echo "$label ($(wc -l < "$work/pages") pages), $CONNECTIONS connections, ${DURATION} s runs; $(nproc) cores," \
  "$(wrk --version 2>&1 | head -n 1 | cut -d' ' -f2)"
grep 'Loaded content from' "$work/app.log" | tail -n 1 | sed 's/.*ContentLoader *: /last reload: /'
if [ "$failed" != 0 ]; then
  echo "!!! FAILED: a non-2xx answer, a socket error, or an edit that did not go live (above)" >&2
  exit 1
fi
