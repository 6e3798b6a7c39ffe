#!/usr/bin/env bash
# The import at scale (issue 19): a generated two-year history of CASES demo cases (default 100000, about
# 1.5 million items) taken over by a Jobcenter of its own (jc-bench-<time>) on the system './lotse run'
# started, through the import client; prints the check and write times, cases and events per second and
# the client's peak heap (the client runs with -Xmx256m: the file is streamed).
#
#   ./lotse bench-import [CASES]          needs './lotse run'
#   BENCH_JAVA_OPTS="-Xmx256m -Dbench.parallel=8" ./lotse bench-import 1000    more cases written at a time
#
# Output: stdout and benchmark/target/import-scale-output.md (a Markdown block for docs/benchmarks.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=deploy/local/dev.env
set -a; source "$ROOT/deploy/local/dev.env"; set +a
log() { printf '\033[1m[bench-import]\033[0m %s\n' "$*" >&2; }
STATE="$ROOT/.lotse"
CASES="${1:-100000}"

{ [[ -f "$STATE/infra/devinfra.pid" ]] && kill -0 "$(cat "$STATE/infra/devinfra.pid")" 2>/dev/null; } \
  || { log "the system is not running: './lotse run' first"; exit 1; }
log "building the benchmark module"
./mvnw -B -q install -DskipTests -pl deploy/devinfra,migration
./mvnw -B -q package -pl benchmark
log "$CASES cases into a Jobcenter of their own (PANKOW since 2023)"
java ${BENCH_JAVA_OPTS:--Xmx256m} -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" \
  de.lotse.benchmark.ImportScale "$CASES" "$LOTSE_PG_PORT" \
  "$BENCH_INTAKE_URL" "$BENCH_ASSESSMENT_URL" "$BENCH_PLANNING_URL" "$BENCH_NETWORK_URL" \
  benchmark/target/import-scale-output.md
