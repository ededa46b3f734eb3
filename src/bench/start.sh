#!/usr/bin/env bash
# Start-up benchmark: from launching the site to its first 200 for an article page, on the shipped
# content, for each way of running it: the launcher (the extracted app with its AOT cache), `java -jar
# target/legcramps.jar`, and `mvn spring-boot:run` (already built: it compiles nothing). ROUNDS rounds
# (5) start every way once each, in an order that rotates from round to round, so a slow spell of
# the machine falls on all of them; then medians and ranges.
# Usage: src/bench/start.sh
# Environment: PORT (18181), ROUNDS (5), WAYS ("launcher jar mvn"), BASE_JAR (another build's jar:
# adds the way "base", `java -jar BASE_JAR`), STARTUP_TIMEOUT (300 s), POLL (0.02 s between requests).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
PORT=${PORT:-18181}
ROUNDS=${ROUNDS:-5}
read -ra WAY_NAMES <<< "${WAYS:-launcher jar mvn}"
[ -z "${BASE_JAR:-}" ] || WAY_NAMES+=(base)
build_jar
bench_init

article=$(article_in content first)   # a page every way serves once loaded
[ -n "$article" ] || die "content/articles has no article that is not a draft"
url="http://127.0.0.1:$PORT$article"

echo "machine: $(nproc) cores; $(java -version 2>&1 | head -n 1); $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
echo "at the start: $(machine_load)"
echo "first page: $article; $ROUNDS rounds of: ${WAY_NAMES[*]}"
echo

# launch WAY LOG: starts the way in the background (sets app_pid)
launch() {
  local args=(--server.port="$PORT" --server.address=127.0.0.1)
  case $1 in
    launcher) "${app_cmd[@]}" "${args[@]}" > "$2" 2>&1 & ;;
    jar) java "${JAVA_ARGS[@]}" -jar target/legcramps.jar "${args[@]}" > "$2" 2>&1 & ;;
    base) java "${JAVA_ARGS[@]}" -jar "$BASE_JAR" "${args[@]}" > "$2" 2>&1 & ;;
    mvn) mvn -q -B spring-boot:run -Dspring-boot.run.arguments="${args[*]}" > "$2" 2>&1 & ;;
    *) die "WAYS: unknown way '$1' (launcher, jar, mvn)" ;;
  esac
  app_pid=$!
}

runs="$work/runs"
: > "$runs"
k=${#WAY_NAMES[@]}
for (( round = 1; round <= ROUNDS; round++ )); do
  line="round $round:"
  for (( j = 0; j < k; j++ )); do
    way=${WAY_NAMES[$(( (j + round - 1) % k ))]}
    log="$work/$way-$round.log"
    port_free "$PORT"
    started=$(now_ms)
    launch "$way" "$log"
    wait_page "$url" "$log"
    ms=$(( $(now_ms) - started ))
    stop_app   # SIGTERM; for mvn the Maven JVM, which stops the JVM it forked
    for (( wait = 0; wait < 150; wait++ )); do   # until the port is closed, at most 30 s
      curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" || break
      sleep 0.2
    done
    echo "$way $ms" >> "$runs"
    line+=" $way $ms ms;"
  done
  echo "$line"
done

echo
echo "| way | median ms | range ms | runs |"
echo "|---|---|---|---|"
for way in "${WAY_NAMES[@]}"; do
  awk -v w="$way" '$1 == w { print $2 }' "$runs" | sort -n > "$work/way"
  echo "| $way | $(median < "$work/way") | $(head -n 1 "$work/way")-$(tail -n 1 "$work/way") | $(wc -l < "$work/way") |"
done
echo
for target in "launcher 4000" "mvn 7000"; do
  read -r way limit <<< "$target"
  grep -q "^$way " "$runs" || continue
  value=$(awk -v w="$way" '$1 == w { print $2 }' "$runs" | median)
  verdict="met"; [ "${value%.*}" -le "$limit" ] || verdict="NOT met"
  echo "target, $way: launch -> first article page <= $limit ms: $verdict ($value ms, median)"
done
echo "at the end: $(machine_load)"
