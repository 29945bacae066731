#!/bin/sh
# Single sign-on benchmark: PEOPLE teachers (200) signed in at the node each sign in to an app SIGNINS times in all
# (6,000 per run): authorize -> code -> tokens -> userinfo, against the node's /actuator/health in the same run,
# open loop at RATE per second (300) and closed loop with THREADS threads (8), taking turns for ROUNDS rounds (3),
# after WARMUP sign-ins (as many as a run, at half the rate) for the JIT;
# and the password sign-in rate of the same people. Figures: bench/results/sso.txt.
# Usage: bench/sso.sh [PEOPLE] [SIGNINS] [RATE]; extra Maven flags (such as -o) in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=SingleSignOnBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.people="${1:-200}" -Dbench.signins="${2:-6000}" -Dbench.rate="${3:-300}" \
  -Dbench.threads="${THREADS:-8}" -Dbench.rounds="${ROUNDS:-3}" \
  -Dbench.warmup="${WARMUP:-${2:-6000}}"
cat bench/results/sso.txt
