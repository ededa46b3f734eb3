#!/usr/bin/env bash
# Live-reload benchmark: how long from saving a content file to the change being served.
# Usage: src/bench/reload.sh [N]    N synthetic articles (default: the shipped content/)
# Starts the app (the launcher; JAR= another build's jar) with site.watch=true on a copy of the content, edits one article's
# title five times, and polls its page until the new title is served. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=src/bench/lib.sh
. src/bench/lib.sh
n=${1:-0}
port=${PORT:-18181}
build_jar
work=$(mktemp -d)
if [ "$n" -gt 0 ]; then
  python3 src/bench/generate-corpus.py "$n" "$work/content"
  label="$n synthetic articles"
else
  cp -r content "$work/content"
  label="the shipped content"
fi
"${app_cmd[@]}" --site.content-dir="$work/content" --site.watch=true --server.port="$port" \
  > "$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do sleep 0.2; done

file=$(find "$work/content/articles" -maxdepth 1 -name "*.md" -printf "%f\n" | sort | sed -n 1p)
slug=${file%.md}
times=()
for i in 1 2 3 4 5; do
  marker="Reload benchmark $i $RANDOM"
  start=$(date +%s%N)
  sed -i "s/^title: .*/title: \"$marker\"/" "$work/content/articles/$file"
  until curl -s "http://localhost:$port/articles/$slug" | grep -q "$marker"; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then echo "timed out" >&2; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "edit $i: served after $ms ms"
  sleep 0.5
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "reload, $label: median $median ms from save to served (5 edits)"
grep "Loaded content" "$work/app.log" | tail -1 | sed 's/.*ContentLoader *: /last reload: /'
