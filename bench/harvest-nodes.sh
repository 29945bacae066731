#!/bin/sh
# Harvest benchmark with a real node as the source: a source node in its own process and data directory, filled with
# RECORDS published public resources (100,000 by default; 1000000 for the figure the README quotes), served as lom
# in pages of PAGE records (its renrentong.oai.page-records, 500 by default as a node's); this node harvests it completely into
# its database and search index. Reference in the same run: the same records read straight from the source's
# database. Figures go to bench/results/harvest-nodes.txt.   Usage: bench/harvest-nodes.sh [RECORDS] [PAGE]
# The test profile's harvest bounds (4 s a page, 40 pages a run) are lifted to the defaults of a real node.
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
RECORDS="${1:-100000}"
PAGE="${2:-500}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=NodeHarvestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.records="$RECORDS" -Dbench.page="$PAGE" \
  -Drenrentong.harvest.read-timeout=60s -Drenrentong.harvest.max-pages-per-run=100000
cat bench/results/harvest-nodes.txt
