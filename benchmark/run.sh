#!/usr/bin/env bash
# Runs the benchmark against the local system (started here if it is not running).
# Usage: ./lotse bench   (env BENCH_BASELINE=PT15S BENCH_API=PT20S BENCH_WARMUP=PT3S to change durations)
set -euo pipefail
cd "$(dirname "$0")/.."
started_here=false
if ! curl -fs http://127.0.0.1:8085/health >/dev/null 2>&1; then
  ./lotse run >/dev/null
  started_here=true
fi
trap '$started_here && ./lotse stop' EXIT
./mvnw -B -q install -DskipTests -pl benchmark -am
export AV_TOKEN FM_TOKEN
AV_TOKEN=$(./lotse token av-bernd)
FM_TOKEN=$(./lotse token fm-anna)
java -cp "benchmark/target/classes:$(cat benchmark/target/classpath.txt)" de.lotse.benchmark.Benchmark \
  | tee benchmark/target/benchmark-output.md
