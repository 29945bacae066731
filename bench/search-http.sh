#!/bin/sh
# Search over HTTP (GET /api/v1/resources as a visitor) against the node's index of DOCS synthetic resources
# (1,000,000 by default; kept in target/bench/http-search-DOCS and reused), and the same QUERIES (3,000) straight
# against the index in the same run, both open loop at RATE searches/s (100), taking turns for ROUNDS rounds (3).
# Figures: bench/results/search-http.txt.
# Usage: bench/search-http.sh [DOCS] [QUERIES]; extra Maven flags (such as -o) in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
DOCS="${1:-1000000}"
QUERIES="${2:-3000}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=SearchHttpBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.docs="$DOCS" -Dbench.queries="$QUERIES" -Dbench.rate="${RATE:-100}" -Dbench.rounds="${ROUNDS:-3}"
cat bench/results/search-http.txt
