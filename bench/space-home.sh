#!/usr/bin/env bash
# Benchmark: a class space home page, signed in as its head teacher, under load — against /actuator/health
# (the cheapest page of the same node) in the same run, so that the ratio says what the page itself costs.
#
#   bench/space-home.sh            (from anywhere; builds the jar if missing, needs ~4 minutes)
#
# Starts the node on a throw-away embedded database, writes the benchmark school (SpaceHomeBenchData), signs in
# with curl, then per round: wrk with $CONNECTIONS connections and $THREADS threads for $DURATION (after a
# $WARMUP warm-up) on the space page, on the health page, and on the space page again with $CONNECTIONS users
# who each read for $THINK_MS ms between pages. wrk without think time is a closed loop: every connection sends
# its next request as soon as it has an answer, so latency is concurrency / throughput. Prints p50/p95/p99 and
# requests/s (median, min-max over $ROUNDS rounds) and writes them to bench/results/space-home.txt.
# NODE_ARGS adds arguments to the node (e.g. to try a setting).
set -euo pipefail

CONNECTIONS=${CONNECTIONS:-200}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18080}
DB_PORT=${DB_PORT:-15432}
THINK_MS=${THINK_MS:-1000}
PASSWORD=${BENCH_PASSWORD:-Bench-Passw0rd}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source bench/lib/node.sh
OUT=bench/results/space-home.txt
REPORTER=bench/space-home-report.lua

if ! command -v wrk >/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk
fi

find_or_build_jar
build_bench_classpath
start_node

echo "Writing the benchmark school ..."
SPACE=$(java -cp "$CP" org.renrentong.bench.space.SpaceHomeBenchData "jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" \
  "$PASSWORD" | tail -1)
PAGE="$BASE/spaces/$SPACE"

echo "Signing in as bench-teacher ..."
JAR_FILE="$WORK/cookies.txt"
CSRF=$(curl -fsS -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fsS -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null \
  --data-urlencode "username=bench-teacher" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" \
  "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_FILE" | tail -1)
STATUS=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$PAGE")
if [ "$STATUS" != 200 ] || ! grep -q 'id="post-form"' "$WORK/page.html"; then
  echo "The signed-in class space page did not load (HTTP $STATUS)"; exit 1
fi
PAGE_BYTES=$(wc -c <"$WORK/page.html")

run() { # url label think-ms -> key=value lines in $WORK/<label>
  THINK_MS=$3 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$REPORTER" \
    -H "Cookie: JSESSIONID=$SESSION" "$1" | grep -E '^[a-z0-9_]+=' >"$WORK/$2"
}
value() { grep "^$2=" "$WORK/$1" | cut -d= -f2; }
stats() { # label key -> "median min max"
  for r in $(seq 1 "$ROUNDS"); do value "$1.$r" "$2"; done | sort -g | awk '
    { v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}

echo "Warm-up ($WARMUP each) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s -H "Cookie: JSESSIONID=$SESSION" "$PAGE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 10s "$BASE/actuator/health" >/dev/null
for r in $(seq 1 "$ROUNDS"); do
  echo "Round $r/$ROUNDS ..."
  run "$PAGE" "space.$r" 0
  run "$BASE/actuator/health" "health.$r" 0
  run "$PAGE" "think.$r" "$THINK_MS"
done

{
  echo "# Space home page benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "data: 1 junior school, 30 classes x 45 students; the page: class space 七年级1班 (3 notices,"
  echo "      200 posts of which 20 shown, 45 students + teacher listed), ${PAGE_BYTES} bytes, signed in as its teacher"
  echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up, $ROUNDS rounds, median (min-max);"
  echo "      closed loop (no think time) unless marked; 'think' = the same $CONNECTIONS users reading ${THINK_MS} ms between pages"
  echo "command: bench/space-home.sh${NODE_ARGS:+ (NODE_ARGS=$NODE_ARGS)}"
  echo
  printf '%-22s %-24s %-24s %-24s %-26s %s\n' "page" "p50 ms" "p95 ms" "p99 ms" "requests/s" "errors"
  for label in space health think; do
    case $label in
      space) name="/spaces/$SPACE" ;;
      health) name="/actuator/health" ;;
      think) name="/spaces/$SPACE think" ;;
    esac
    line=$(printf '%-22s' "$name")
    for key in p50_ms p95_ms p99_ms rps; do
      read -r m lo hi <<<"$(stats $label $key)"
      line="$line $(printf '%-24s' "$m ($lo-$hi)")"
    done
    errors=$(for r in $(seq 1 "$ROUNDS"); do value "$label.$r" errors; done | paste -sd+ | bc)
    echo "$line $errors"
  done
  read -r sp95 _ _ <<<"$(stats space p95_ms)"
  read -r hp95 _ _ <<<"$(stats health p95_ms)"
  read -r srps _ _ <<<"$(stats space rps)"
  read -r hrps _ _ <<<"$(stats health rps)"
  echo
  echo "ratio space/health (closed loop): p95 latency x$(echo "scale=1; $sp95 / $hp95" | bc -l), throughput x$(echo "scale=2; $srps / $hrps" | bc -l)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shares its 2 cores)"
} | tee "$OUT"
