#!/usr/bin/env bash
# Benchmark: handing in homework with two photos (~300 KB each, as the browser sends them after shrinking) at a fixed
# rate — the submission path: upload, sniffing, blob store, record, audit, notification outbox — against the class
# space home page read in the same run, and the page alone for the ratio.
#
#   bench/homework-submit.sh       (from anywhere; builds the jar if missing)
#
# Starts the node on a throw-away embedded database, writes the space benchmark's school (SpaceHomeBenchData: three
# grades of $CLASSES_PER_GRADE classes × 45 students, 2,700 by default) and a homework per class (HomeworkBenchData),
# signs $STUDENTS students in (spread over all classes), then runs
# HomeworkSubmitBenchmark: $WARMUP s warm-up at half the rate, then $SECONDS_RUN s of $RATE submissions/s (open loop) with the class
# space page read $PAGE_RATE times/s, then the page alone. Writes bench/results/homework-submit.txt.
# A county's morning (100,000 students × 1 submission in 10 minutes) is about 170 submissions/s: the defaults.
# A short run on a busy machine: RATE=20 SECONDS_RUN=30 WARMUP=10 STUDENTS=1000 bench/homework-submit.sh
set -euo pipefail

RATE=${RATE:-170}
PAGE_RATE=${PAGE_RATE:-20}
SECONDS_RUN=${SECONDS_RUN:-60}
WARMUP=${WARMUP:-60}
CLASSES_PER_GRADE=${CLASSES_PER_GRADE:-20}
STUDENTS=${STUDENTS:-2700}
PORT=${PORT:-18081}
DB_PORT=${DB_PORT:-15433}
PASSWORD=${BENCH_PASSWORD:-Bench-Passw0rd}
# NODE_ARGS adds arguments to the node; NODE_JVM_ARGS sets JVM options of the node, e.g. a flight recording of where
# its CPU goes: NODE_JVM_ARGS="-XX:StartFlightRecording=filename=/tmp/node.jfr,settings=profile"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source bench/lib/node.sh
OUT=bench/results/homework-submit.txt

find_or_build_jar
build_bench_classpath
start_node --renrentong.demo=false

echo "Writing the benchmark school and its homework ..."
JDBC="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres"
SPACE=$(java -cp "$CP" org.renrentong.bench.space.SpaceHomeBenchData "$JDBC" "$PASSWORD" "$CLASSES_PER_GRADE" \
  | tail -1)
HOMEWORK=$(java -cp "$CP" org.renrentong.bench.homework.HomeworkBenchData "$JDBC" | awk '{ print $2 }' | paste -sd,)

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Signing in $STUDENTS students and running ($WARMUP s warm-up, $SECONDS_RUN s measured) ..."
java -cp "$CP" org.renrentong.bench.homework.HomeworkSubmitBenchmark "$BASE" "$PASSWORD" "$SPACE" "$HOMEWORK" \
  "$RATE" "$PAGE_RATE" "$SECONDS_RUN" "$WARMUP" "$STUDENTS" "$APP_PID" "$DB_PORT" | tee "$WORK/figures"
value() { grep "^$1=" "$WORK/figures" | cut -d= -f2; }
SUBMITTED=$(psql "postgresql://postgres@127.0.0.1:$DB_PORT/postgres" -tAc "SELECT count(*) FROM homework_version" \
  2>/dev/null || echo "?")

{
  echo "# Homework submission benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "data: 1 junior school, $((3 * CLASSES_PER_GRADE)) classes × 45 students, 1 homework per class; $STUDENTS students"
  echo "      signed in across all classes,"
  echo "      each POST /api/v1/homework/{id}/submissions carries two JPEG photos of $(value photo_kb) KB on average"
  echo "      (each photo made distinct by a JPEG comment, as photos from different phones are)"
  echo "load: open loop, $RATE submissions/s and the class space page at $PAGE_RATE/s for ${SECONDS_RUN} s after a"
  echo "      ${WARMUP} s warm-up at half the rate; then the page alone at $PAGE_RATE/s; versions written in all: $SUBMITTED"
  echo "command: RATE=$RATE PAGE_RATE=$PAGE_RATE SECONDS_RUN=$SECONDS_RUN WARMUP=$WARMUP STUDENTS=$STUDENTS \\"
  echo "         CLASSES_PER_GRADE=$CLASSES_PER_GRADE bench/homework-submit.sh${NODE_ARGS:+ (NODE_ARGS=$NODE_ARGS)}"
  echo "load average at the start: $LOAD_BEFORE"
  echo
  printf '%-28s %-10s %-10s %-10s %-12s %s\n' "" "p50 ms" "p95 ms" "p99 ms" "per second" "errors"
  for label in submit page_mixed page_alone; do
    printf '%-28s %-10s %-10s %-10s %-12s %s\n' "$label" "$(value ${label}_p50_ms)" "$(value ${label}_p95_ms)" \
      "$(value ${label}_p99_ms)" "$(value ${label}_rps)" "$(value ${label}_errors)"
  done
  echo
  echo "ratio page p95 under submissions / alone: x$(echo "scale=2; $(value page_mixed_p95_ms) / $(value page_alone_p95_ms)" | bc -l)"
  echo "CPU per submission (node + PostgreSQL; other load inflates it less than latency): \
$(value cpu_ms_per_submit) ms; per page: $(value cpu_ms_per_page) ms"
  echo "  so $(nproc) idle cores carry about $(echo "$(nproc) * 1000 / $(value cpu_ms_per_submit)" | bc) submissions/s at most"
  echo "the mixed run's CPU per submission (pages included): node $(value cpu_ms_mixed_node) ms, PostgreSQL \
$(value cpu_ms_mixed_db) ms, load generator $(value cpu_ms_mixed_generator) ms"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shares its cores)"
} | tee "$OUT"
