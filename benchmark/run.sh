#!/usr/bin/env bash
# Runs the benchmark (de.lotse.benchmark.Benchmark) against the local system; starts it with ./lotse run
# first if it is not running, and stops it again at the end only in that case.
#
#   ./lotse bench                                   defaults: (a) 15 s, (b) 20 s per client count
#   ./lotse bench -Dbench.duration=3s               any -D setting (java -cp … Benchmark --help lists them)
#   BENCH_BASELINE_DURATION=30s ./lotse bench       or the same settings as environment variables
#   BENCH_JOBCENTER=jc-bench ./lotse bench          the Jobcenter (b) and (d) write into; default: a new one per run
#   BENCH_START_RUNS=0 ./lotse bench                skip the start times at the end (default: 5 starts per service)
#
# Output: stdout, and benchmark/target/benchmark-output.md (ends with a Markdown block for docs/benchmarks.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

case " $* " in
  *" -h "*|*" --help "*) sed -n '2,11p' "$ROOT/benchmark/run.sh" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

# the system's ports and state directory as ./lotse sees them (LOTSE_PORT_BASE etc. move a second system)
# shellcheck source=deploy/local/dev.env
set -a; source "$ROOT/deploy/local/dev.env"; set +a
STATE="${LOTSE_STATE_DIR:-$ROOT/.lotse}"
export LOTSE_STATE_DIR="$STATE"   # the benchmark finds the processes it measures through their pid files
REPORTING_PORT=$((LOTSE_PORT_BASE + 5))
export BENCH_INTAKE_URL="${BENCH_INTAKE_URL:-http://127.0.0.1:$((LOTSE_PORT_BASE + 1))}"
export BENCH_JDBC_URL="${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:$LOTSE_PG_PORT/}"

started_here=false
stop_if_started() {
  if [[ "$started_here" == true ]]; then
    log "stopping the system this script started"
    ./lotse stop || true
  fi
}
trap stop_if_started EXIT
trap 'exit 130' INT TERM

if ! curl -fs "http://127.0.0.1:$REPORTING_PORT/health" >/dev/null 2>&1; then
  if [[ -f "$STATE/infra/devinfra.pid" ]] && kill -0 "$(cat "$STATE/infra/devinfra.pid")" 2>/dev/null; then
    log "PostgreSQL/Kafka run but reporting-service (:$REPORTING_PORT) is not healthy; './lotse status', or './lotse stop' and retry"
    exit 1
  fi
  log "system not running: starting it with ./lotse run (builds everything first)"
  started_here=true
  ./lotse run > /dev/null
fi

log "building the benchmark module"
parent_pom="${MAVEN_REPO:-$HOME/.m2/repository}/de/lotse/lotse-parent/0.1.0-SNAPSHOT/lotse-parent-0.1.0-SNAPSHOT.pom"
[[ -f "$parent_pom" ]] || ./mvnw -B -q install -N
./mvnw -B -q package -pl benchmark

# every run writes into a Jobcenter of its own: the demo Jobcenter keeps its small caseload, and a run
# does not inherit the cases of earlier runs (the admission counts the FM's caseload, the list reads page
# through it: on a Jobcenter shared by all runs both slowed with every run, docs/benchmarks.md)
BENCH_JOBCENTER="${BENCH_JOBCENTER:-jc-bench-$(date -u +%Y%m%dT%H%M%S)}"
log "writing into Jobcenter $BENCH_JOBCENTER"
AV_TOKEN=$(LOTSE_DEMO_JOBCENTER="$BENCH_JOBCENTER" ./lotse token av-bernd)
FM_TOKEN=$(LOTSE_DEMO_JOBCENTER="$BENCH_JOBCENTER" ./lotse token fm-anna)
export AV_TOKEN FM_TOKEN

# -D…/-X… arguments are JVM options (settings), anything else goes to the program (--help)
jvm_opts=() program_args=()
for arg in "$@"; do
  case "$arg" in -D*|-X*) jvm_opts+=("$arg") ;; *) program_args+=("$arg") ;; esac
done

log "running (output also in benchmark/target/benchmark-output.md)"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of JVM options
java ${BENCH_JAVA_OPTS:--Xmx512m} "${jvm_opts[@]}" \
  -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
  de.lotse.benchmark.Benchmark "${program_args[@]}" | tee benchmark/target/benchmark-output.md

# the services' start times and memory at start: each restarted alone, BENCH_START_RUNS times (default 5; 0 skips it)
if (( ${BENCH_START_RUNS:-5} > 0 )); then
  log "start times: each service restarted alone ${BENCH_START_RUNS:-5} times"
  { echo; echo "Start times (./lotse start-times ${BENCH_START_RUNS:-5}):"; echo
    ./lotse start-times "${BENCH_START_RUNS:-5}"; } | tee -a benchmark/target/benchmark-output.md
fi
