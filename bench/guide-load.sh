#!/usr/bin/env bash
# Load benchmark of the guide library: writes N varied synthetic guides (default 10,000) to a temp directory, opens
# them, and prints load time, cached reload time and heap used after GC. Targets: under 3 s, under 300 MB of heap.
#   bench/guide-load.sh [count]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
# -Xms300m -Xmx300m: the heap target is a ceiling the run must fit in; a fixed size keeps GC resizing out of the timing.
java -Xms300m -Xmx300m -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.bench.guide.GuideLoad "${1:-10000}"
