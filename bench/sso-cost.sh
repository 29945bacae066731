#!/bin/sh
# What one single sign-on costs the node, independent of the machine's load: SQL statements, CPU ms of the JVM and
# of its PostgreSQL per complete sign-in (authorize -> code -> tokens -> userinfo), SIGNINS of them (3,000) over HTTP.
# Figures: bench/results/sso-cost.txt.   Usage: bench/sso-cost.sh [SIGNINS]; extra Maven flags in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=SignOnCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.signins="${1:-3000}"
cat bench/results/sso-cost.txt
