# shellcheck shell=bash
# Shared by the benchmarks (sourced, not run): a temporary work folder removed on exit, every process
# a script starts stopped on exit, the packaged app started on loopback with a time-out on its start,
# heap readings, and the list of every page the site serves.
# Expects to be sourced from the repository root with `set -euo pipefail` already on.

# The app as deployed: the launcher `mvn package` leaves (the extracted app with its AOT cache; it
# reads JAVA_OPTS itself). JAR=other.jar runs that jar with `java -jar` instead, to compare another build.
LAUNCHER=${LAUNCHER:-target/legcramps/bin/legcramps}
JAR=${JAR:-}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-300}   # seconds for the app to answer UP (10,000 articles on a busy machine)
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-1800}    # seconds for the static export (export_site)
CLIENTS=${CLIENTS:-4}                     # parallel curl processes when serving every page
read -ra JAVA_ARGS <<< "${JAVA_OPTS:-}"   # extra JVM options; none by default

# The jar is built for Java 25; the machine's default java may be older. Use $JAVA_HOME when it is
# 25 or later, else an installed JDK 25 (as Maven's toolchain found it), by putting it first on PATH.
java_feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java.specification.version = ([0-9]+).*/\1/p'
}
if [ "$(java_feature java)" -lt 25 ] 2>/dev/null; then   # for jcmd, java -jar and the JVM's own defaults
  for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25*; do
    if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && [ "$(java_feature "$jdk/bin/java")" -ge 25 ]; then
      PATH="$jdk/bin:$PATH"
      break
    fi
  done
fi

die() {
  echo "error: $*" >&2
  exit 1
}

now_ms() {
  echo $(( $(date +%s%N) / 1000000 ))
}

# bench_init: the work folder ($work) and the exit trap. Ctrl-C and kill also run the trap.
bench_init() {
  work=$(mktemp -d)
  app_pid=
  nginx_pid=
  other_pids=()   # apps a script keeps running side by side (flat.sh)
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

bench_cleanup() {
  set +e
  [ -n "${app_pid:-}" ] && stop_pid "$app_pid"
  [ -n "${nginx_pid:-}" ] && stop_pid "$nginx_pid"
  local pid
  for pid in "${other_pids[@]}"; do
    stop_pid "$pid"
  done
  app_pid=
  nginx_pid=
  rm -rf "$work"
}

# stop_pid PID: SIGTERM, then SIGKILL after 30 s; reaps it. Only for children of this shell.
stop_pid() {
  local pid=$1 deadline=$(( SECONDS + 30 ))
  kill "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# build_jar: `mvn package` when the launcher (or JAR) is missing. Sets app_cmd, the command that runs
# the app (its arguments follow), and app_label, how reports name it.
build_jar() {
  if [ -n "$JAR" ]; then
    [ -f "$JAR" ] || die "JAR=$JAR: no such file"
    app_cmd=(java "${JAVA_ARGS[@]}" -jar "$JAR")
  else
    [ -x "$LAUNCHER" ] || mvn -q -B package -DskipTests
    app_cmd=("$LAUNCHER")
  fi
  app_label="${app_cmd[*]}"
}

# machine_load: the load averages, to say how busy the shared machine was.
machine_load() {
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores"
}

# make_corpus N DIR: DIR gets a copy of the shipped content (N = 0 or "shipped") or N synthetic
# articles. Prints a label for reports.
make_corpus() {
  local n=$1 dir=$2
  if [ "$n" = 0 ] || [ "$n" = shipped ]; then
    cp -r content "$dir"
    echo "shipped"
  else
    python3 src/bench/generate-corpus.py "$n" "$dir"
    echo "$n"
  fi
}

# port_free PORT: fails when something already answers on 127.0.0.1:PORT (it would be measured
# instead of the server this script starts).
port_free() {
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; then
    die "something already answers on 127.0.0.1:$1; set PORT / NGINX_PORT to free ports"
  fi
}

# start_app LOG ARG...: the app in the background on 127.0.0.1:$PORT; sets app_pid (the JVM's: the
# launcher execs it).
start_app() {
  local log=$1
  shift
  port_free "$PORT"
  "${app_cmd[@]}" --server.port="$PORT" --server.address=127.0.0.1 "$@" > "$log" 2>&1 &
  app_pid=$!
}

# wait_up LOG: until /actuator/health says UP; fails when the app dies or after STARTUP_TIMEOUT.
wait_up() {
  local log=$1 deadline=$(( SECONDS + STARTUP_TIMEOUT ))
  until curl -s --max-time 5 "http://127.0.0.1:$PORT/actuator/health" | grep -q '"status":"UP"'; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      tail -n 30 "$log" >&2
      die "the app exited before answering UP (log above)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$log" >&2
      die "the app did not answer UP within ${STARTUP_TIMEOUT} s (STARTUP_TIMEOUT; log above)"
    fi
    sleep 0.1
  done
}

# run_wrk SERVER URL CONNS OUT SECONDS [WRK_OPTION...]: one `wrk --latency` run with $THREADS
# threads, with a time-out should wrk hang; further arguments go to wrk (such as -s SCRIPT).
run_wrk() {
  timeout $(( $5 + 60 )) wrk --latency -t"$THREADS" -c"$3" -d"$5s" "${@:6}" "$2" > "$4" 2>&1 \
    || { cat "$4" >&2; die "wrk against $1 ($2) failed"; }
}

# export_site CONTENT DIR BASE LOG: the app's static export of CONTENT into DIR, within
# EXPORT_TIMEOUT seconds.
export_site() {
  timeout "$EXPORT_TIMEOUT" "${app_cmd[@]}" export "$2" --site.content-dir="$1" \
    --site.base-url="$3" > "$4" 2>&1 \
    || { tail -n 30 "$4" >&2; die "$app_label export failed or took over ${EXPORT_TIMEOUT} s (log above)"; }
  [ -f "$2/index.html" ] || die "the export wrote no $2/index.html"
}

# article_in CONTENT WHICH: /articles/SLUG for the first or last (WHICH) article in slug order in
# the content folder CONTENT that is not a draft; empty when there is none.
article_in() {
  local file found=
  while read -r file; do
    if ! grep -q '^draft: *true' "$file"; then
      found=$file
      [ "$2" = last ] || break
    fi
  done < <(find "$1/articles" -maxdepth 1 -name '*.md' | sort)
  [ -z "$found" ] || echo "/articles/$(basename "$found" .md)"
}

# wait_page URL LOG: until URL answers 200, polled every POLL seconds (0.02); fails with the end of
# LOG when the app dies or after STARTUP_TIMEOUT.
wait_page() {
  local deadline=$(( SECONDS + STARTUP_TIMEOUT ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)" = 200 ]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      tail -n 30 "$2" >&2
      die "the app exited before answering $1 (log above)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$2" >&2
      die "no 200 for $1 within ${STARTUP_TIMEOUT} s (STARTUP_TIMEOUT; log above)"
    fi
    sleep "${POLL:-0.02}"
  done
}

# mid_article PAGES: the article the serving benchmarks measure, the middle one in slug order of a
# page list (page_list); empty when there is none.
mid_article() {
  grep '^/articles/' "$1" | sort | awk '{ a[NR] = $0 } END { if (NR) print a[int((NR + 1) / 2)] }' || true
}

# wrk_parse FILE: "req/s p50_ms p99_ms status>=400 socket_errors requests error_detail" from wrk
# --latency output (wrk prints the last two lines only when they are not zero; its "Non-2xx or 3xx"
# counter counts statuses of 400 and over).
wrk_parse() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /s$/) return v * 1000
      if (v ~ /m$/) return v * 60000
      if (v ~ /h$/) return v * 3600000
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    /^ *50% / { p50 = ms($2) }
    /^ *99% / { p99 = ms($2) }
    / requests in / { requests = $1 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { errors = $4 + $6 + $8 + $10; detail = $3 "=" $4 $5 "=" $6 $7 "=" $8 $9 "=" $10 }
    END {
      if (rps == "" || p50 == "" || p99 == "") exit 1
      printf "%s %s %s %d %d %d %s\n", rps, p50, p99, non2xx, errors, requests, (detail == "") ? "-" : detail
    }' "$1"
}

median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# nginx_server ROOT: the server block for one static folder on 127.0.0.1:$NGINX_PORT.
nginx_server() {
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $1; location / { try_files \$uri \$uri/index.html =404; } }"
}

# start_nginx SERVERS URL: nginx (one worker, sendfile, access log off) with the given server
# blocks, its own config, prefix and logs under $work/nginx; waits until URL answers. Sets
# nginx_pid.
start_nginx() {
  local servers=$1 url=$2 prefix="$work/nginx"
  mkdir -p "$prefix/tmp"
  cat > "$prefix/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $prefix/nginx.pid;
error_log $prefix/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
$servers
}
EOF
  nginx -c "$prefix/nginx.conf" -p "$prefix/" -e "$prefix/error.log" > "$prefix/stdout.log" 2>&1 &
  nginx_pid=$!
  local deadline=$(( SECONDS + 20 ))
  until curl -s -o /dev/null --max-time 2 "$url"; do
    if ! kill -0 "$nginx_pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      cat "$prefix/stdout.log" "$prefix/error.log" >&2 2>/dev/null || true
      die "nginx did not start (log above)"
    fi
    sleep 0.1
  done
}

stop_nginx() {
  stop_pid "$nginx_pid"
  nginx_pid=
}

stop_app() {
  stop_pid "$app_pid"
  app_pid=
}

# heap_used_mb PID: runs a full GC (jcmd GC.run, the same as System.gc()), then prints the heap in
# use in MB: the sum of the "used" figures GC.heap_info gives for the heap's spaces (one line for
# G1, young + old for the serial and parallel collectors), Metaspace excluded.
heap_used_mb() {
  local pid=$1
  timeout 120 jcmd "$pid" GC.run > /dev/null || die "jcmd $pid GC.run failed"
  timeout 120 jcmd "$pid" GC.heap_info | awk '
    /Metaspace/ { exit }
    match($0, /used [0-9]+[KMG]/) {
      v = substr($0, RSTART + 5, RLENGTH - 6); u = substr($0, RSTART + RLENGTH - 1, 1)
      kb += (u == "K") ? v : (u == "M") ? v * 1024 : v * 1024 * 1024; found = 1
    }
    END { if (!found) exit 1; printf "%.0f\n", kb / 1024 }' || die "cannot read the heap from jcmd $pid GC.heap_info"
}

# jvm_info: the options this script passes and what the JVM picked by itself (collector, heap).
jvm_info() {
  local flags
  flags=$(java "${JAVA_ARGS[@]}" -XX:+PrintCommandLineFlags -version 2>&1 | head -n 1)
  echo "JVM options passed: ${JAVA_OPTS:-(none)}; chosen by the JVM:" \
    "$(grep -oE -- '-XX:\+Use[A-Za-z0-9]+GC' <<< "$flags" | tr '\n' ' ')max heap" \
    "$(( $(grep -oE 'MaxHeapSize=[0-9]+' <<< "$flags" | cut -d= -f2) / 1048576 )) MB"
}

# page_list BASE OUT: writes the path of every page the site serves to OUT, one a line: every
# <loc> of /sitemap.xml, plus the later pages of every paginated list (the sitemap leaves them
# out). Each sitemap page outside /articles/ is fetched to read its "Page 1 of N" label.
page_list() {
  local base=$1 out=$2 path body pages n
  body="$work/page-list.html"
  curl -sf --max-time 120 "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' \
    | sed -e 's#^<loc>[a-z]*://[^/]*##' -e 's#</loc>$##' -e 's#^$#/#' > "$out" \
    || die "cannot read $base/sitemap.xml"
  [ -s "$out" ] || die "$base/sitemap.xml lists no page"
  grep -v '^/articles/' "$out" > "$work/page-list.lists" || true
  while read -r path; do
    curl -sf --max-time 60 -o "$body" "$base$path" || die "GET $path failed"
    pages=$(grep -oE 'Page 1 of [0-9]+' "$body" | head -n 1 | grep -oE '[0-9]+$' || true)
    if [ -z "$pages" ]; then
      if grep -q 'rel="next"' "$body"; then die "$path has a next page but no 'Page 1 of N' label"; fi
      continue
    fi
    for (( n = 2; n <= pages; n++ )); do
      echo "$path/page/$n" >> "$out"
    done
  done < "$work/page-list.lists"
}

# fetch_all BASE LIST [DIR]: GETs every path in LIST once, CLIENTS at a time (curl reuses its
# connection within a batch of 50). With DIR, saves /x as DIR/x/index.html (the export layout).
# Prints the number of pages; fails, listing them, when any answer is not 200.
fetch_all() {
  local base=$1 list=$2 dir=${3:-} codes="$work/fetch-codes"
  # shellcheck disable=SC2016  # the script is for the bash that xargs starts
  xargs -P "$CLIENTS" -n 50 bash -c '
    base=$1 dir=$2; shift 2; a=()
    for p in "$@"; do
      if [ -n "$dir" ]; then a+=(-o "$dir${p%/}/index.html"); else a+=(-o /dev/null); fi
      a+=("$base$p")
    done
    curl -s --max-time 60 --create-dirs -w "%{http_code} %{url_effective}\n" "${a[@]}"' _ "$base" "$dir" \
    < "$list" > "$codes" || true
  local total answered bad
  total=$(wc -l < "$list")
  answered=$(wc -l < "$codes")
  bad=$(grep -cv '^200 ' "$codes" || true)
  if [ "$bad" -gt 0 ] || [ "$answered" -ne "$total" ]; then
    grep -v '^200 ' "$codes" | head -n 20 >&2
    die "serving every page: $answered answers for $total pages, $bad not 200 (first ones above)"
  fi
  echo "$total"
}

# pages_lua PAGES OUT: a wrk script that asks for every path in PAGES in turn (each thread from a
# random start), as a browser asks (Accept-Encoding: gzip), and prints "non-2xx answers: N" at the
# end: every status outside 200-299, which wrk's own counter (400 and over) does not all count.
pages_lua() {
  cat > "$2" <<EOF
local paths = {}
for line in io.lines("$1") do paths[#paths + 1] = line end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = math.random(#paths); non2xx = 0 end
wrk.headers["Accept-Encoding"] = "gzip"
function request() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("non2xx") end
  io.write(string.format("non-2xx answers: %d\\n", total))
end
EOF
}

# non2xx WRK_OUTPUT: the count pages_lua's script printed.
non2xx() {
  sed -n 's/^non-2xx answers: //p' "$1"
}

# wrk_max WRK_OUTPUT: the longest latency of the run, as wrk prints it (with its unit).
wrk_max() {
  awk '/^ *Latency / { print $4 }' "$1"
}
