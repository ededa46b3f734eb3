#!/usr/bin/env bash
# Flatness benchmark: does an article page cost the same whatever the size of the corpus? One app
# per corpus runs at once (each on its own port, all loaded before the first measurement), with one
# nginx serving each corpus's static export on a port of its own; the rounds then go from corpus to
# corpus, app then nginx, so a slow spell of the machine falls on every size alike instead of on
# whichever corpus serve.sh happened to be measuring. Usage: src/bench/flat.sh [N...] (default:
# 100 1000 10000; 0 = the shipped content).
# Environment: PORT (18181; corpus i's app listens on PORT + 2i, its nginx on PORT + 2i + 1),
# DURATION (10 s), WARMUP (5 s), ROUNDS (5), CONNECTIONS (64), THREADS (2), STARTUP_TIMEOUT
# (300 s), EXPORT_TIMEOUT (1800 s), JAVA_OPTS (none).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
BASE_PORT=${PORT:-18181}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
ROUNDS=${ROUNDS:-5}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
[ "$#" -gt 0 ] || set -- 100 1000 10000
[ "$ROUNDS" -ge 1 ] || die "ROUNDS must be at least 1"
[ "$CONNECTIONS" -ge "$THREADS" ] || die "wrk needs at least as many connections as threads"
build_jar
bench_init
chmod 755 "$work"   # nginx's worker runs as nobody when started by root

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(nginx -v 2>&1); $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
echo "at the start: $(machine_load)"
echo "apps: $app_label --server.port=PORT --server.address=127.0.0.1 --site.content-dir=DIR --site.base-url=http://127.0.0.1:PORT"
jvm_info
echo "wrk --latency -t$THREADS -c$CONNECTIONS -d${DURATION}s; a ${WARMUP}s warm-up of each server; $ROUNDS rounds over the corpora (app then nginx)"
echo

labels=()
urls=()
nginx_servers=""
i=0
for n in "$@"; do
  PORT=$(( BASE_PORT + 2 * i ))
  nginx_port=$(( PORT + 1 ))
  port_free "$PORT"
  port_free "$nginx_port"
  dir="$work/corpus-$i"
  mkdir -p "$dir"
  label=$(make_corpus "$n" "$dir/content")
  base="http://127.0.0.1:$PORT"
  export_site "$dir/content" "$dir/export" "$base" "$dir/export.log"
  start_app "$dir/app.log" --site.content-dir="$dir/content" --site.base-url="$base"
  wait_up "$dir/app.log"
  other_pids+=("$app_pid")
  app_pid=
  page_list "$base" "$dir/pages"
  path=$(mid_article "$dir/pages")   # the page serve.sh measures
  [ -n "$path" ] || die "corpus $label has no article"
  curl -sf -o "$dir/app.body" "$base$path" || die "GET $base$path failed"
  chmod -R a+rX "$dir/export"
  nginx_servers+=$(NGINX_PORT=$nginx_port nginx_server "$dir/export")$'\n'
  labels+=("$label")
  urls+=("$base$path http://127.0.0.1:$nginx_port$path")
  echo "corpus $label: app on $PORT, nginx on $nginx_port, $path ($(wc -c < "$dir/app.body") B), $(wc -l < "$dir/pages") pages"
  i=$(( i + 1 ))
done

start_nginx "$nginx_servers" "http://127.0.0.1:$(( BASE_PORT + 1 ))/"
for (( i = 0; i < ${#labels[@]}; i++ )); do
  read -r app_url nginx_url <<< "${urls[$i]}"
  cmp -s "$work/corpus-$i/app.body" <(curl -sf "$nginx_url") \
    || die "corpus ${labels[$i]}: $nginx_url (the exported file) is not the app's page byte for byte"
  if [ "$WARMUP" -gt 0 ]; then
    run_wrk app "$app_url" "$CONNECTIONS" "$work/wrk.out" "$WARMUP"
    run_wrk nginx "$nginx_url" "$CONNECTIONS" "$work/wrk.out" "$WARMUP"
  fi
done

runs="$work/runs"
: > "$runs"
k=${#labels[@]}
for (( round = 1; round <= ROUNDS; round++ )); do
  # each round starts one corpus further on, so no size is always measured first
  for (( j = 0; j < k; j++ )); do
    i=$(( (j + round - 1) % k ))
    read -r app_url nginx_url <<< "${urls[$i]}"
    line="$i $round"
    for url in "$app_url" "$nginx_url"; do
      run_wrk "corpus ${labels[$i]}" "$url" "$CONNECTIONS" "$work/wrk.out" "$DURATION"
      result=$(wrk_parse "$work/wrk.out") || { cat "$work/wrk.out" >&2; die "cannot read wrk's output"; }
      read -r rps p50 p99 non2xx errors requests detail <<< "$result"
      if [ "$non2xx" -gt 0 ] || [ "$errors" -gt 0 ]; then
        die "$url: $non2xx responses with status >= 400 and $errors socket errors ($detail) in $requests requests"
      fi
      line+=" $rps $p50 $p99"
    done
    echo "$line" >> "$runs"
    echo "round $round, corpus ${labels[$i]}: app $(cut -d' ' -f3-5 <<< "$line"), nginx $(cut -d' ' -f6-8 <<< "$line") (req/s p50 p99)"
  done
done

# per corpus: medians of app req/s, p50, p99, nginx req/s, p99, and of the per-run app/nginx ratio
echo
echo "| articles | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p99 ms | app/nginx |"
echo "|---|---|---|---|---|---|---|"
summary="$work/summary"
: > "$summary"
# m EXPR: the median over corpus $i's rounds of an awk expression of its runs' fields
m() { awk -v i="$i" "\$1 == i { print $1 }" "$runs" | median; }
for (( i = 0; i < k; i++ )); do
  # shellcheck disable=SC2016  # awk fields, not shell expansions
  read -r rps p50 p99 nrps np99 ratio <<< "$(m '$3') $(m '$4') $(m '$5') $(m '$6') $(m '$8') $(m '$3 / $6')"
  printf '| %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.3f |\n' "${labels[$i]}" "$rps" "$p50" "$p99" "$nrps" "$np99" "$ratio"
  echo "${labels[$i]} $rps $p99 $ratio" >> "$summary"
done
echo
echo "$(nproc) cores shared by wrk, the apps and nginx; medians over $ROUNDS rounds; app/nginx is the median of each round's ratio."
# target: 0.9 x nginx with p99 at most 10 ms at every size, and the same figures within 15% of those
# at 1,000 articles (or the first corpus when 1,000 is not among them)
ref=$(awk '$1 == 1000' "$summary")
[ -n "$ref" ] || ref=$(head -n 1 "$summary")
read -r ref_label ref_rps ref_p99 ref_ratio <<< "$ref"
while read -r label rps p99 ratio; do
  awk -v l="$label" -v q="$rps" -v p="$p99" -v r="$ratio" -v rl="$ref_label" -v Q="$ref_rps" -v P="$ref_p99" -v R="$ref_ratio" 'BEGIN {
    printf "target, %s articles: app/nginx >= 0.9 and p99 <= 10 ms: %s (%.3f, %.2f ms)", l, (r >= 0.9 && p <= 10) ? "met" : "NOT met", r, p
    if (l != rl) {
      dq = (q - Q) / Q * 100; dr = (r - R) / R * 100; dp = (p - P) / P * 100
      ok = (dq <= 15 && dq >= -15 && dr <= 15 && dr >= -15 && dp <= 15 && dp >= -15) ? "met" : "NOT met"
      printf "; within 15%% of %s articles: %s (req/s %+.0f%%, app/nginx %+.0f%%, p99 %+.0f%%)", rl, ok, dq, dr, dp
    }
    printf "\n"
  }'
done < "$summary"
echo
echo "at the end: $(machine_load)"
