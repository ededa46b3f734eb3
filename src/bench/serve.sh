#!/usr/bin/env bash
# Serving benchmark: the packaged jar against nginx serving a static export of the same content,
# page by page (article, topic, tag, home), with wrk on loopback. Usage: src/bench/serve.sh [N...]
# (default: 1000 synthetic articles; 0 = the shipped content). For each page and concurrency: a
# warm-up run of each server whose output is discarded, then PAIRS pairs of runs, app then nginx.
# Environment: PORT (18181), NGINX_PORT (18182), DURATION (10 s), WARMUP (5 s), PAIRS (3),
# CONNECTIONS ("16 64"), PAGES ("article topic tag home"), THREADS (2), STARTUP_TIMEOUT (300 s),
# EXPORT_TIMEOUT (1800 s), JAVA_OPTS (none), EXPORT_FROM_APP (0; 1 builds the "export" by
# crawling the app, for developing this script on a jar without the export command: nginx then
# serves the app's own bytes).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
PORT=${PORT:-18181}
NGINX_PORT=${NGINX_PORT:-18182}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
PAIRS=${PAIRS:-3}
read -ra CONNS <<< "${CONNECTIONS:-16 64}"
read -ra PAGE_NAMES <<< "${PAGES:-article topic tag home}"
for name in "${PAGE_NAMES[@]}"; do
  case $name in
    article | topic | tag | home) ;;
    *) die "PAGES: unknown page '$name' (article, topic, tag, home)" ;;
  esac
done
THREADS=${THREADS:-2}
EXPORT_FROM_APP=${EXPORT_FROM_APP:-0}
[ "$#" -gt 0 ] || set -- 1000
[ "$PAIRS" -ge 1 ] || die "PAIRS must be at least 1"
[ "$PORT" != "$NGINX_PORT" ] || die "PORT and NGINX_PORT must differ"
for c in "${CONNS[@]}"; do
  [ "$c" -ge "$THREADS" ] || die "wrk needs at least as many connections as threads ($c < $THREADS)"
done
build_jar

# export_supported: whether the app has an `export` command (the launcher is this build's, which has
# one). It is dispatched on the first argument like `validate`, so some class of a JAR= build holds
# the string constant "export" (a CONSTANT_Utf8 entry: tag 1, length 6). Checked without running the
# jar: one without the command would start the web server.
export_supported() {
  [ -n "$JAR" ] || return 0
  local hits
  hits=$(LC_ALL=C unzip -p "$JAR" 'BOOT-INF/classes/*.class' | LC_ALL=C grep -acP '\x01\x00\x06export' || true)
  [ "${hits:-0}" -gt 0 ]
}
if [ "$EXPORT_FROM_APP" != 1 ] && ! export_supported; then
  die "$JAR has no 'export' command ($app_label export DIR ...), which this benchmark needs" \
    "to build the static copy nginx serves. Build the jar from a branch that has it, or run with" \
    "EXPORT_FROM_APP=1 to copy the app's own pages instead (only to try this script: the" \
    "byte-for-byte check then proves nothing)."
fi
bench_init
chmod 755 "$work"   # nginx's worker runs as nobody when started by root

# col SERVER FIELD: the median of one field of $runs ("server pair req/s p50 p99") for one server.
col() {
  awk -v s="$1" -v k="$2" '$1 == s { print $k }' "$runs" | median
}


echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(nginx -v 2>&1); $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
echo "at the start: $(machine_load)"
jvm_info
echo "app: $app_label --server.port=$PORT --server.address=127.0.0.1 --site.content-dir=DIR --site.base-url=http://127.0.0.1:$PORT"
echo "nginx: 1 worker, sendfile, access log off, 127.0.0.1:$NGINX_PORT; wrk --latency -t$THREADS -c{${CONNS[*]}} -d${DURATION}s;" \
  "warm-up ${WARMUP}s per server, page and concurrency; $PAIRS pairs (app then nginx)"
echo

table="$work/table"
problems="$work/problems"
targets="$work/targets"
: > "$table"
: > "$problems"
: > "$targets"
for n in "$@"; do
  dir="$work/corpus-$n"
  mkdir -p "$dir"
  chmod 755 "$dir"
  label=$(make_corpus "$n" "$dir/content")
  exp="$dir/export"
  base="http://127.0.0.1:$PORT"
  if [ "$EXPORT_FROM_APP" != 1 ]; then
    started=$(now_ms)
    export_site "$dir/content" "$exp" "$base" "$dir/export.log"
    echo "corpus $label: export took $(( $(now_ms) - started )) ms"
  fi

  start_app "$dir/app.log" --site.content-dir="$dir/content" --site.base-url="$base"
  wait_up "$dir/app.log"
  articles=$(grep -m 1 'Loaded content from' "$dir/app.log" | sed -nE 's/.* ([0-9]+) articles.*/\1/p' || true)
  [ -n "$articles" ] || articles="?"
  page_list "$base" "$dir/pages"
  if [ "$EXPORT_FROM_APP" = 1 ]; then
    fetch_all "$base" "$dir/pages" "$exp" > /dev/null
    curl -sf -o "$exp/feed.xml" "$base/feed.xml"
    curl -s -o "$exp/404.html" "$base/no-such-page"
    echo "WARNING: EXPORT_FROM_APP=1: nginx serves pages copied from the app, not the export command's output" | tee -a "$problems"
  else
    # every page the app serves should be in the export, and nothing else (but /search, which the
    # export writes as the A-to-Z list a static copy shows instead of search, and the app does not list)
    (cd "$exp" && find . -name index.html | sed -e 's#^\.##' -e 's#/index\.html$##' -e 's#^$#/#') | grep -vx /search \
      | sort > "$dir/exported"
    sort "$dir/pages" > "$dir/served"
    if ! cmp -s "$dir/exported" "$dir/served"; then
      echo "WARNING: corpus $label: the export has $(wc -l < "$dir/exported") pages, the app $(wc -l < "$dir/served") (sitemap + later list pages); first differences:" | tee -a "$problems"
      diff "$dir/served" "$dir/exported" | grep '^[<>]' | head -n 10 | tee -a "$problems" || true
    fi
  fi
  chmod -R a+rX "$exp"
  port_free "$NGINX_PORT"
  start_nginx "$(nginx_server "$exp")" "http://127.0.0.1:$NGINX_PORT/"
  echo "corpus $label: $articles articles, $(wc -l < "$dir/pages") pages, content $(du -sh "$dir/content" | cut -f1), export $(du -sh "$exp" | cut -f1)"

  # the pages: a fixed mid-corpus article, the first topic, the most used tag, home
  article=$(mid_article "$dir/pages")
  topic=$(grep -m 1 -E '^/topics/[^/]+$' "$dir/pages" || true)
  tag=$(grep -rh '^tags:' "$dir/content/articles" | sed -e 's/^tags://' | tr -d '[] ' | tr ',' '\n' | sed '/^$/d' \
    | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR == 1 { print "/tags/" $2 }' || true)
  grep -qxF "$tag" "$dir/pages" || tag=$(grep -m 1 -E '^/tags/[^/]+$' "$dir/pages" || true)
  for name in "${PAGE_NAMES[@]}"; do
    case $name in
      article) path=$article ;;
      topic) path=$topic ;;
      tag) path=$tag ;;
      home) path=/ ;;
      *) die "PAGES: unknown page '$name'" ;;
    esac
    [ -n "$path" ] || die "corpus $label has no $name page"
    app_code=$(curl -s -o "$dir/app.body" -w '%{http_code}' "$base$path")
    nginx_code=$(curl -s -o "$dir/nginx.body" -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$path")
    if [ "$app_code" != 200 ] || [ "$nginx_code" != 200 ]; then
      die "$path: the app answered $app_code, nginx $nginx_code"
    fi
    bytes=$(wc -c < "$dir/app.body")
    if ! cmp -s "$dir/app.body" "$dir/nginx.body"; then
      echo "WARNING: corpus $label: $path: the app's body ($bytes B) differs from nginx's file ($(wc -c < "$dir/nginx.body") B):" | tee -a "$problems"
      diff "$dir/app.body" "$dir/nginx.body" | head -n 6 | tee -a "$problems" || true
    fi
    for c in "${CONNS[@]}"; do
      if [ "$WARMUP" -gt 0 ]; then
        run_wrk app "$base$path" "$c" "$dir/wrk.out" "$WARMUP"
        run_wrk nginx "http://127.0.0.1:$NGINX_PORT$path" "$c" "$dir/wrk.out" "$WARMUP"
      fi
      : > "$dir/runs"
      for (( pair = 1; pair <= PAIRS; pair++ )); do
        for server in app nginx; do
          url="$base$path"
          [ "$server" = app ] || url="http://127.0.0.1:$NGINX_PORT$path"
          run_wrk "$server" "$url" "$c" "$dir/wrk.out" "$DURATION"
          result=$(wrk_parse "$dir/wrk.out") || { cat "$dir/wrk.out" >&2; die "cannot read wrk's output (above)"; }
          read -r rps p50 p99 non2xx errors requests detail <<< "$result"
          echo "$server $pair $rps $p50 $p99" >> "$dir/runs"
          if [ "$non2xx" -gt 0 ] || [ "$errors" -gt 0 ]; then
            echo "!!! ERRORS: corpus $label, $server $path -c$c pair $pair: $non2xx responses with status >= 400 and $errors socket errors ($detail) in $requests requests" | tee -a "$problems" >&2
          fi
        done
      done
      ratios=$(awk '{ r[$2, $1] = $3 } END { for (p = 1; (p, "app") in r; p++) printf "%.3f ", r[p, "app"] / r[p, "nginx"] }' \
        "$dir/runs" | sed 's/ $//')
      ratio=$(tr ' ' '\n' <<< "$ratios" | median)
      runs="$dir/runs"
      read -r a_rps a_p50 a_p99 n_rps n_p50 n_p99 <<< \
        "$(col app 3) $(col app 4) $(col app 5) $(col nginx 3) $(col nginx 4) $(col nginx 5)"
      printf '%s %s (%s, %s B) -c%s: app %.0f req/s, p50 %.2f ms, p99 %.2f ms | nginx %.0f req/s, p50 %.2f ms, p99 %.2f ms | app/nginx %.3f (pairs: %s)\n' \
        "$label" "$name" "$path" "$bytes" "$c" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio" "$ratios"
      # shellcheck disable=SC2016  # the backticks are markdown
      printf '| %s | %s | `%s` | %s | %s | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.3f |\n' \
        "$articles" "$name" "$path" "$bytes" "$c" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio" >> "$table"
      if [ "$name" = article ] && [ "$c" = 64 ]; then
        echo "$articles $ratio $a_p99 $a_rps" >> "$targets"
      fi
    done
  done
  stop_nginx
  stop_app
  rm -rf "$exp" "$dir/content"   # a 10,000-article export is large; the next corpus needs the space
  echo
done

echo "| articles | page | path | bytes | conns | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p50 ms | nginx p99 ms | app/nginx |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
cat "$table"
echo
echo "$(nproc) cores shared by wrk, the app and nginx; $(java -version 2>&1 | head -n 1); $(nginx -v 2>&1); wrk ${DURATION}s runs, $PAIRS pairs, medians; app/nginx is the median of the pairs' req/s ratios."
if [ -s "$targets" ]; then
  echo
  # target: article page at -c64, app >= 0.9x nginx's req/s with p99 <= 10 ms; the same figures
  # within 15% at 100 and 10,000 articles as at 1,000
  while read -r arts ratio p99 rps; do
    verdict=$(awk -v r="$ratio" -v p="$p99" 'BEGIN { print (r >= 0.9 && p <= 10) ? "met" : "NOT met" }')
    echo "target, $arts articles, article page -c64: app/nginx >= 0.9 and app p99 <= 10 ms: $verdict (app/nginx $ratio, p99 $p99 ms, $rps req/s)"
  done < "$targets"
  if ref=$(awk '$1 == 1000 { print; exit }' "$targets") && [ -n "$ref" ]; then
    read -r _ ref_ratio ref_p99 ref_rps <<< "$ref"
    while read -r arts ratio p99 rps; do
      [ "$arts" != 1000 ] || continue
      awk -v a="$arts" -v r="$ratio" -v p="$p99" -v q="$rps" -v R="$ref_ratio" -v P="$ref_p99" -v Q="$ref_rps" 'BEGIN {
        dq = (q - Q) / Q * 100; dr = (r - R) / R * 100; dp = (p - P) / P * 100
        ok = (dq <= 15 && dq >= -15 && dr <= 15 && dr >= -15 && dp <= 15 && dp >= -15) ? "met" : "NOT met"
        printf "target, %s articles vs 1000, article page -c64, within 15%%: %s (req/s %+.0f%%, app/nginx %+.0f%%, p99 %+.0f%%)\n", a, ok, dq, dr, dp
      }'
    done < "$targets"
  fi
fi
echo
echo "at the end: $(machine_load)"
if [ -s "$problems" ]; then
  echo
  echo "PROBLEMS (see above):"
  cat "$problems"
  if grep -q '^!!! ERRORS' "$problems"; then exit 1; fi
fi
