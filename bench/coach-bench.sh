#!/usr/bin/env bash
# JMH benchmark of one coached message: read the offer, counteroffer, localize levers, render text or JSON.
#   bench/coach-bench.sh [extra JMH options]      (e.g. -f 1 -wi 2 -i 3 for a quick look)
# Prints JMH's table; the Score column is microseconds per message (aim: well under 50).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
java -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" org.openjdk.jmh.Main 'com.compcoach.bench.coach.CoachBench' "$@"
# CPU time per message, which other processes on a shared machine do not stretch the way they stretch wall time.
java -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.bench.coach.CoachCpuTime
