#!/usr/bin/env bash
# The hostile run of issue #16: `serve` with the README's flags (-Xmx128m -XX:+UseSerialGC
# -XX:+ExitOnOutOfMemoryError) under slow senders, big bodies and junk, with a signed /comp timed every 200 ms.
#   bench/hostile.sh [seconds] [slow senders] [big-body senders]      (defaults: 60 80 6)
# Prints latency of signed requests under attack, what happened to the attackers, peak RSS, and log leaks.
# Exits non-zero when a signed request took 3 s or more or failed, the app died, or its log leaked.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}

./mvnw -B -q -Dbuild.dir="$OUT" -DskipTests package
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null

java -Xmx512m -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.bench.store.HostileRun \
  --jar "$OUT/comp-coach.jar" --seconds "${1:-60}" --slow "${2:-80}" --big "${3:-6}"
