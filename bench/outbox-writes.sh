#!/bin/sh
# Writes before and after the outbox, in one run: the same benchmark class (OutboxWritesBenchmark: a roster import of
# ROWS students, OPERATIONS space posts and OPERATIONS counted downloads by THREADS writers at once) runs ROUNDS times
# alternately on the reference commit REF (default 2095d7b, events in memory; checked out as a git worktree in
# REF_DIR) and on this tree (events through the outbox). Prints and writes the medians and the ratios
# after/before (target: writes within 10%) to bench/results/outbox-writes.txt.
#   Usage: bench/outbox-writes.sh [ROWS] [OPERATIONS] [ROUNDS]      Extra Maven flags in MVN_FLAGS (e.g. -o).
set -e
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROWS="${1:-1000000}"
OPERATIONS="${2:-5000}"
ROUNDS="${3:-3}"
THREADS="${THREADS:-8}"
REF="${REF:-2095d7b}"
REF_DIR="${REF_DIR:-/tmp/renrentong-reference-$REF}"
WORK=$(mktemp -d /tmp/outbox-writes.XXXXXX)
CLASS=src/bench/java/org/renrentong/bench/roster/OutboxWritesBenchmark.java

if [ ! -d "$REF_DIR" ]; then
  git worktree add --detach "$REF_DIR" "$REF" >/dev/null
fi
cleanup() {
  git worktree remove --force "$REF_DIR" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cp "$ROOT/$CLASS" "$REF_DIR/$CLASS"

run() { # side dir round
  (cd "$2" && ./mvnw $MVN_FLAGS -q -Pbench test -Dtest=OutboxWritesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.rows="$ROWS" -Dbench.operations="$OPERATIONS" -Dbench.threads="$THREADS" \
    -Dbench.out="$WORK/$1-$3.txt" >"$WORK/$1-$3.log" 2>&1) || { tail -50 "$WORK/$1-$3.log"; exit 1; }
}
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round: reference ($REF) ..."; run before "$REF_DIR" "$round"
  echo "round $round: outbox ..."; run after "$ROOT" "$round"
done

median() { # side key
  cat "$WORK"/"$1"-*.txt | sed -n "s/^$2=//p" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
OUT=bench/results/outbox-writes.txt
{
  echo "Outbox before/after benchmark, $(date -u +%Y-%m-%d)"
  echo "machine: $(nproc) cores; reference $REF (in-memory events) against $(git rev-parse --short HEAD) (outbox)"
  echo "command: bench/outbox-writes.sh $ROWS $OPERATIONS $ROUNDS  (THREADS=$THREADS); medians of $ROUNDS alternating rounds"
  echo
  printf '%-38s %12s %12s %12s\n' "" "before" "after" "after/before"
  for key in roster_seconds posts_per_second downloads_per_second; do
    b=$(median before $key); a=$(median after $key)
    printf '%-38s %12s %12s %12.3f\n' "$key" "$b" "$a" "$(echo "$a $b" | awk '{print $1/$2}')"
  done
  echo
  echo "roster_seconds: lower is better (ratio <= 1.10 is within 10%); per-second figures: higher is better (>= 0.90)"
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT"
cat "$OUT"
