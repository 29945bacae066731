#!/bin/sh
# People list benchmark: a school of 400,000 people (by default), first page against a page deep in the list, each
# RUNS times, through the same service the API uses. Figures go to bench/results/people-paging.txt.
# Usage: bench/people-paging.sh [PEOPLE] [RUNS]    Extra Maven flags (such as -o for offline) in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
PEOPLE="${1:-400000}"
RUNS="${2:-15}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=PeoplePagingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.people="$PEOPLE" -Dbench.runs="$RUNS"
cat bench/results/people-paging.txt
