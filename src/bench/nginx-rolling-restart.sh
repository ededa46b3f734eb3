#!/usr/bin/env bash
# Zero-downtime restarts behind Debian's nginx, with the shipped config (src/deploy/nginx/legcramps.conf).
# Usage: src/bench/nginx-rolling-restart.sh [N]    N synthetic articles (default: the shipped content/)
# Starts two instances of the packaged app (see lib.sh) on one copy of the content and nginx with
# the shipped config (only its ports rewritten), checks that both instances send the same ETags for every page,
# then drives wrk through nginx while it restarts the instances one at a time (SIGTERM, wait for
# the exit, start again, wait until ready) and counts every answer that is not 2xx and every socket
# error. Exits 1 if there is any, or if the ETags differ. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh

n=${1:-0}
read -ra PORTS <<< "${APP_PORTS:-18381 18382}"   # the two instances
NGINX_PORT=${NGINX_PORT:-18380}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
SETTLE=${SETTLE:-10}     # seconds of traffic before the first restart, between restarts, and after the last
QUIET=${QUIET:-30}       # seconds of the same traffic with both instances up, measured first, for comparison
MAX_WRK=${MAX_WRK:-900}  # wrk's own limit; the script stops it with SIGINT once the restarts are done
# A request not answered within TIMEOUT counts as failed (wrk's default, 2 s, counts the first
# pages a cold instance makes on a busy 2-core machine; nginx itself waits 30 s).
TIMEOUT=${TIMEOUT:-10}

command -v nginx > /dev/null || die "needs nginx (apt-get install nginx)"
command -v wrk > /dev/null || die "needs wrk (apt-get install wrk)"
build_jar
bench_init
label=$(make_corpus "$n" "$work/content")
base="http://127.0.0.1:$NGINX_PORT"
port_free "$NGINX_PORT"

# start_instance I: instance I on ${PORTS[I]}, on the shared content, with the base URL nginx serves.
start_instance() {
  PORT=${PORTS[$1]} start_app "$work/app$1.log" --site.content-dir="$work/content" --site.base-url="$base"
  other_pids[$1]=$app_pid
  app_pid=
}

# wait_instance I: until instance I says UP.
wait_instance() {
  app_pid=${other_pids[$1]} PORT=${PORTS[$1]} wait_up "$work/app$1.log"
}

for i in 0 1; do start_instance "$i"; done
for i in 0 1; do wait_instance "$i"; done
jvm_info

servers=$(sed -e "s/127\.0\.0\.1:8081/127.0.0.1:${PORTS[0]}/" -e "s/127\.0\.0\.1:8082/127.0.0.1:${PORTS[1]}/" \
  -e "s/^\( *\)listen 80;/\1listen 127.0.0.1:$NGINX_PORT;/" -e '/listen \[::\]:80;/d' src/deploy/nginx/legcramps.conf)
start_nginx "$servers" "$base/readyz"
nginx -t -c "$work/nginx/nginx.conf" -p "$work/nginx/" -e "$work/nginx/error.log" 2> "$work/nginx/test.log" \
  || { cat "$work/nginx/test.log" >&2; die "nginx -t refused the config"; }

page_list "http://127.0.0.1:${PORTS[0]}" "$work/pages"
pages=$(wc -l < "$work/pages")

# The same ETag from both instances and through nginx, for each page and each encoding.
etag() {
  local headers=()
  [ -z "$2" ] || headers=(-H "Accept-Encoding: $2")
  curl -s -o /dev/null -D - "${headers[@]}" "$1" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p'
}
same=0
differ=0
while read -r path; do
  for encoding in "" gzip; do
    a=$(etag "http://127.0.0.1:${PORTS[0]}$path" "$encoding")
    b=$(etag "http://127.0.0.1:${PORTS[1]}$path" "$encoding")
    c=$(etag "$base$path" "$encoding")
    if [ -n "$a" ] && [ "$a" = "$b" ] && [ "$a" = "$c" ]; then
      same=$(( same + 1 ))
    else
      differ=$(( differ + 1 ))
      echo "!!! ETags differ for $path ${encoding:-identity}: '$a' '$b' through nginx '$c'" >&2
    fi
  done
done < "$work/pages"
echo "ETags: $same of $(( same + differ )) (page, encoding) pairs identical on both instances and through nginx"

pages_lua "$work/pages" "$work/pages.lua"

run_wrk nginx "$base/" "$CONNECTIONS" "$work/quiet.txt" "$QUIET" --timeout "${TIMEOUT}s" -s "$work/pages.lua"
wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"${MAX_WRK}s" --timeout "${TIMEOUT}s" -s "$work/pages.lua" "$base/" > "$work/wrk.txt" 2>&1 &
wrk_pid=$!
other_pids+=("$wrk_pid")
sleep "$SETTLE"
restarts=()
for i in 0 1; do
  start=$(now_ms)
  stop_pid "${other_pids[$i]}"
  stopped=$(now_ms)
  start_instance "$i"
  wait_instance "$i"
  ready=$(now_ms)
  restarts+=("instance $((i + 1)) (:${PORTS[$i]}): stopped in $(( stopped - start )) ms, ready again $(( ready - stopped )) ms later")
  kill -0 "$wrk_pid" 2>/dev/null || die "wrk ended before the restarts did (raise MAX_WRK)"
  sleep "$SETTLE"
done
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
cat "$work/wrk.txt"

read -r rps p50 p99 _ socket_errors requests detail < <(wrk_parse "$work/wrk.txt") \
  || die "cannot read wrk's output (above)"
non2xx=$(non2xx "$work/wrk.txt")
read -r q_rps q_p50 q_p99 _ q_errors q_requests _ < <(wrk_parse "$work/quiet.txt") || die "cannot read wrk's quiet run"
q_non2xx=$(non2xx "$work/quiet.txt")
echo "quiet, both up, ${QUIET} s: $q_requests requests, $q_rps req/s, p50 $q_p50 ms, p99 $q_p99 ms;" \
  "non-2xx $q_non2xx, socket errors $q_errors"
retried=$(grep -c 'while connecting to upstream\|upstream prematurely closed' "$work/nginx/error.log" || true)
echo "nginx's error log, by kind:"
sed -E -e 's/^[0-9/: ]+\[([a-z]+)\] [0-9#]+: \*[0-9]+ /\1 /' -e 's/, client: .*//' "$work/nginx/error.log" \
  | sort | uniq -c | sort -rn | head -n 10
printf '%s\n' "${restarts[@]}"
max=$(wrk_max "$work/wrk.txt")
echo "through nginx, $label ($pages pages), $CONNECTIONS connections, two restarts: $requests requests," \
  "$rps req/s, p50 $p50 ms, p99 $p99 ms, max $max; non-2xx $non2xx, socket errors $socket_errors ($detail);" \
  "nginx retried $retried on the other instance; $(nproc) cores, $(nginx -v 2>&1 | sed 's/.*\///'), $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f2)"
if [ "$non2xx" != 0 ] || [ "$socket_errors" != 0 ] || [ "$q_non2xx" != 0 ] || [ "$q_errors" != 0 ] \
  || [ "$differ" != 0 ]; then
  echo "!!! FAILED: $non2xx non-2xx answers, $socket_errors socket errors, $differ ETag pairs differ" >&2
  exit 1
fi
