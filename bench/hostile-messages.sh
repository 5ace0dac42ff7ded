#!/usr/bin/env bash
# CPU time of a thread reply to 40,000-character hostile messages, and of reading one as an offer letter, cold and
# warm (goal: under 50 ms each).
#   bench/hostile-messages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
java -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.bench.coach.HostileMessageCost
