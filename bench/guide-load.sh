#!/usr/bin/env bash
# Load benchmark of the guide library: writes N varied synthetic guides (default 10,000) to a temp directory, opens
# them, and prints load time, cached reload time and heap used after GC. Targets: under 3 s, under 300 MB of heap.
#   bench/guide-load.sh [count]      (JAVA_OPTS=... adds JVM flags)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
# -Xms300m -Xmx300m: the heap target is a ceiling the run must fit in; a fixed size keeps GC resizing out of the timing.
# JAVA_OPTS passes extra JVM flags, e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 to compare a C1-only start.
java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.bench.guide.GuideLoad "${1:-10000}"
