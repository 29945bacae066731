#!/bin/sh
# Harvest benchmark: RECORDS oai_dc records (100,000 by default; 1000000 for the figure the README quotes) served in
# pages of PAGE by a source on this machine, harvested end to end into the database and the search index, beside
# the same number stored straight through the resource module (the reference).
# Figures go to bench/results/harvest.txt.   Usage: bench/harvest.sh [RECORDS] [PAGE]
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
RECORDS="${1:-100000}"
PAGE="${2:-1000}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=HarvestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.records="$RECORDS" -Dbench.page="$PAGE"
cat bench/results/harvest.txt
