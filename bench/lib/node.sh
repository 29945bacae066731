# Sourced by the bench scripts that run the node from its jar, from the project root, under `set -euo pipefail`.
# The script sets PORT and DB_PORT (each has its own, so that two benchmarks can run side by side); from the
# environment: BUILD=1 rebuilds the jar, KEEP=1 keeps the throw-away data dir, NODE_ARGS adds arguments to the node,
# NODE_JVM_ARGS JVM options of the node (e.g. -XX:StartFlightRecording=...), MVN_FLAGS flags for Maven.
NODE_ARGS=${NODE_ARGS:-}
NODE_JVM_ARGS=${NODE_JVM_ARGS:-}
BASE="http://127.0.0.1:$PORT"

# Sets JAR: the node's jar in target/, built first if missing or if BUILD=1.
find_or_build_jar() {
  JAR=$(ls target/renrentong-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ] || [ "${BUILD:-0}" = 1 ]; then
    ./mvnw -q ${MVN_FLAGS:-} -DskipTests package
    JAR=$(ls target/renrentong-*.jar | grep -v original | head -1)
  fi
}

# Sets CP: the class path of the benchmark classes (src/bench/java), which write the data and drive the load.
build_bench_classpath() {
  ./mvnw -q ${MVN_FLAGS:-} -Pbench test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
  CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
}

# Stops the node and removes its data dir (unless KEEP=1); start_node makes it the EXIT trap.
stop_node() {
  if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}

# start_node [node argument...]: starts $JAR on a throw-away data dir ($WORK) with its own embedded database on
# $DB_PORT and waits until it is ready. Sets WORK and APP_PID; the log is $WORK/app.log.
start_node() {
  WORK=$(mktemp -d /tmp/renrentong-bench.XXXXXX)
  APP_PID=""
  trap stop_node EXIT
  echo "Starting the node (log: $WORK/app.log) ..."
  java $NODE_JVM_ARGS -jar "$JAR" --server.port="$PORT" --renrentong.data-dir="$WORK" "$@" \
    --renrentong.embedded-db.dir="$WORK/pg" --renrentong.embedded-db.port="$DB_PORT" \
    --renrentong.admin.initial-password="Bench-Admin-1" $NODE_ARGS >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -50 "$WORK/app.log"; exit 1; fi
    sleep 1
  done
}
