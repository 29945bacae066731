#!/bin/sh
# Video streaming benchmark: uploads a synthetic 1 GB video (MEGABYTES) through the resumable upload, then
# downloads it whole (1 and 4 streams) and by 1 MB Range requests from the node and from nginx (Debian package,
# installed when missing) serving the same blob file, RUNS rounds each. Figures go to
# bench/results/video-streaming.txt.   Usage: bench/video-streaming.sh [MEGABYTES] [RUNS]
# Extra Maven flags (such as -o for offline) can be given in MVN_FLAGS.
set -e
cd "$(dirname "$0")/.."
MEGABYTES="${1:-1024}"
RUNS="${2:-3}"
if ! command -v nginx >/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq nginx-light
fi
./mvnw $MVN_FLAGS -q -Pbench test -Dtest=VideoStreamingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.megabytes="$MEGABYTES" -Dbench.runs="$RUNS"
cat bench/results/video-streaming.txt
