#!/bin/sh
# Quiz marking benchmark: STUDENTS handed-in attempts (10,000 by default) at a quiz of ITEMS objective items (40),
# marked as a whole by the teacher's "mark again", ROUNDS times (3) after a first round on a cold JVM (reported apart),
# against reading the same answers and one bare UPDATE of the same attempt rows in the same run (target: under 5 s).
# Figures go to bench/results/quiz-marking.txt.
#   Usage: bench/quiz-marking.sh [STUDENTS] [ITEMS] [ROUNDS]      Extra Maven flags in MVN_FLAGS (e.g. -o).
set -e
cd "$(dirname "$0")/.."
STUDENTS="${1:-10000}"
ITEMS="${2:-40}"
ROUNDS="${3:-3}"
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=QuizMarkingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.students="$STUDENTS" -Dbench.items="$ITEMS" -Dbench.rounds="$ROUNDS"
cat bench/results/quiz-marking.txt
