#!/bin/sh
# OAI-PMH provider benchmark: RECORDS published public resources (1,000,000 by default), ListRecords in FORMAT
# (lom) for the first page against the last page, over HTTP, each RUNS times; target last / first <= 1.2.
# Figures go to bench/results/oai-provider.txt.
# Usage: bench/oai-provider.sh [RECORDS] [RUNS]    Extra Maven flags (such as -o for offline) in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
RECORDS="${1:-1000000}"
RUNS="${2:-15}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=OaiProviderBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.records="$RECORDS" -Dbench.runs="$RUNS" -Dbench.format="${FORMAT:-lom}" \
  -Drenrentong.oai.page-records=100 -Drenrentong.oai.page-identifiers=500
cat bench/results/oai-provider.txt
