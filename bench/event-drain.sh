#!/bin/sh
# Outbox drain benchmark: EVENTS changes of published resources (100,000 by default) published in a burst, BATCH to a
# transaction by WRITERS threads; measures the time until no publication is pending (target < 60 s).
# Figures go to bench/results/event-drain.txt.   Usage: bench/event-drain.sh [EVENTS] [BATCH] [WRITERS]
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
EVENTS="${1:-100000}"
BATCH="${2:-100}"
WRITERS="${3:-4}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=EventDrainBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.events="$EVENTS" -Dbench.batch="$BATCH" -Dbench.writers="$WRITERS"
cat bench/results/event-drain.txt
