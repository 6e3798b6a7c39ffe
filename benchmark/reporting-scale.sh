#!/usr/bin/env bash
# The reporting dashboards at national scale (issue 7): loads synthetic read-model data into a database of
# its own (reporting_scale; 4 million cases in 400 Jobcenters by default, about 20 minutes and 10 GB the
# first time, reused afterwards), runs a reporting instance on it (:8096) with a Kafka broker of its own
# (it must not consume the running system's topics: their cases are not in the data set, and its consumer
# groups would stay on the system's broker), waits until that instance has evaluated every case under its
# Jobcenter's policy (an error after SCALE_STALL_SECONDS, default 300, without progress), and times the
# dashboard endpoints.
#
#   ./lotse bench-reporting                          needs './lotse run' (its PostgreSQL) running
#   SCALE_CASES=400000 SCALE_JOBCENTERS=40 ./lotse bench-reporting    a smaller data set
#   SCALE_REGENERATE=true ./lotse bench-reporting    a new data set even if one of that size exists
#   SCALE_REQUESTS=200 SCALE_CLIENTS=1,8             requests per row, concurrent clients
#
# Output: stdout and benchmark/target/reporting-scale-output.md (a Markdown block for docs/benchmarks.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/local/dev.env
set -a; source "$ROOT/deploy/local/dev.env"; set +a

log() { printf '\033[1m[bench-reporting]\033[0m %s\n' "$*" >&2; }
STATE="$ROOT/.lotse"
PORT=8096
BROKER="$STATE/bench-reporting-kafka"

# only the system's PostgreSQL is used (whichever working copy started it)
(exec 3<>"/dev/tcp/127.0.0.1/$LOTSE_PG_PORT") 2>/dev/null \
  || { log "PostgreSQL does not answer on 127.0.0.1:$LOTSE_PG_PORT: './lotse run' first"; exit 1; }
[[ -f reporting-service/target/reporting-service.jar ]] || { log "build first ('./lotse run' builds everything)"; exit 1; }

log "building the benchmark module"
./mvnw -B -q install -DskipTests -pl deploy/devinfra
./mvnw -B -q package -pl benchmark

cp="deploy/devinfra/target/classes:$(cat deploy/devinfra/target/classpath.txt)"
# creates the database, or hands an older one (owned by postgres) over to the reporting service's roles
log "database reporting_scale (owner reporting_owner, service role reporting_app)"
java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" de.lotse.devinfra.ReportingRebuild create \
  "$LOTSE_PG_PORT" reporting_scale

stop_pid() {
  if [[ -f "$1" ]]; then
    local pid; pid=$(cat "$1")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$1"
  fi
}
stop_instance() { stop_pid "$STATE/reporting-scale.pid"; stop_pid "$BROKER.pid"; }
trap stop_instance EXIT
trap 'exit 130' INT TERM
stop_instance
mkdir -p "$STATE/logs"
# the instance's own broker, empty: the data set is in the database, policies included (generate.sql);
# --parent-pid: it ends with this script even when the trap cannot run
log "starting a Kafka broker of its own (log $BROKER/devinfra.log)"
rm -rf "$BROKER" && mkdir -p "$BROKER"
setsid java -Xmx256m -cp "$cp" de.lotse.devinfra.DevInfra --dir "$BROKER" --postgres false --kafka-port 0 \
  --parent-pid $$ > "$BROKER/devinfra.log" 2>&1 < /dev/null &
echo $! > "$BROKER.pid"
for _ in $(seq 1 180); do
  [[ -f "$BROKER/state.properties" ]] && break
  kill -0 "$(cat "$BROKER.pid")" 2>/dev/null || { tail -20 "$BROKER/devinfra.log"; log "the broker did not start"; exit 1; }
  sleep 1
done
[[ -f "$BROKER/state.properties" ]] || { log "the broker did not start within 180 s, see $BROKER/devinfra.log"; exit 1; }
KAFKA=$(grep '^kafka.bootstrap=' "$BROKER/state.properties" | cut -d= -f2- | sed 's/\\:/:/g')
log "its broker: $KAFKA"
log "starting a reporting instance on reporting_scale (:$PORT, log .lotse/logs/reporting-scale.log)"
# a copy of the application: a build during the run must not swap classes under the running instance
rm -rf "$STATE/reporting-scale-app" && mkdir -p "$STATE/reporting-scale-app"
cp -r reporting-service/target/reporting-service.jar reporting-service/target/lib "$STATE/reporting-scale-app/"
(
  cd "$STATE/reporting-scale-app"
  # its own application name and broker: nothing of the running system's topics reaches it
  REPORTING_DB_URL="jdbc:postgresql://127.0.0.1:$LOTSE_PG_PORT/reporting_scale" REPORTING_PORT=$PORT \
  MICRONAUT_APPLICATION_NAME=reporting-scale KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
  MICRONAUT_ENVIRONMENTS=dev MICRONAUT_SERVER_HOST=127.0.0.1 \
  LOTSE_DB_USER=reporting_app LOTSE_DB_MIGRATION_USER=reporting_owner \
  LOTSE_QUALITY_REFRESH_INTERVAL=15s DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=16 \
  setsid java ${SCALE_SERVICE_JAVA_OPTS:--Xmx1g} -jar reporting-service.jar \
    > "$STATE/logs/reporting-scale.log" 2>&1 < /dev/null &
  echo $! > "$STATE/reporting-scale.pid"
)
# a new migration over millions of rows (backfills, indexes) takes minutes: wait up to an hour
healthy=false
for _ in $(seq 1 3600); do
  if curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then healthy=true; break; fi
  kill -0 "$(cat "$STATE/reporting-scale.pid")" 2>/dev/null || { tail -40 "$STATE/logs/reporting-scale.log"; exit 1; }
  sleep 1
done
[[ "$healthy" == true ]] || { log "the reporting instance did not become healthy, see $STATE/logs/reporting-scale.log"; exit 1; }
log "reporting instance healthy (schema migrated)"

java ${BENCH_JAVA_OPTS:--Xmx512m} -Dscale.jdbc.url="jdbc:postgresql://127.0.0.1:$LOTSE_PG_PORT/reporting_scale" \
  -Dscale.reporting.url="http://127.0.0.1:$PORT" \
  -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
  de.lotse.benchmark.ReportingScale | tee benchmark/target/reporting-scale-output.md
