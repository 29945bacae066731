#!/bin/sh
# Roster import benchmark: generates a students CSV (1,000,000 rows by default) and measures, on one embedded
# PostgreSQL, plain COPY of the file against the real import (checks, staging, merge), RUNS times each.
# Figures go to bench/results/roster-import.txt.   Usage: bench/roster-import.sh [ROWS] [RUNS]
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
ROWS="${1:-1000000}"
RUNS="${2:-3}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=RosterImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.rows="$ROWS" -Dbench.runs="$RUNS"
cat bench/results/roster-import.txt
