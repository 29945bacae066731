#!/bin/sh
# Search benchmark, Lucene side: builds the index of DOCS synthetic resources (1,000,000 by default; kept in
# target/bench/search-index-DOCS and reused by later runs), then runs QUERIES searches of the query mix straight
# against it, RUNS times: one at a time, closed loop on 2 threads, and open loop at RATE searches/s for
# OPEN_SECONDS (defaults 5,000 queries, 3 runs, 100/s, 30 s).
# Figures go to bench/results/search.txt.   Usage: bench/search.sh [DOCS] [QUERIES]
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS; BENCH_INDEX moves the index directory.
set -e
cd "$(dirname "$0")/.."
DOCS="${1:-1000000}"
QUERIES="${2:-5000}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.docs="$DOCS" -Dbench.queries="$QUERIES" -Dbench.rate="${RATE:-100}" \
  -Dbench.open-seconds="${OPEN_SECONDS:-30}" -Dbench.runs="${RUNS:-3}" ${BENCH_INDEX:+-Dbench.index="$BENCH_INDEX"}
cat bench/results/search.txt
