#!/usr/bin/env bash
# What the replay guard costs a request: CPU per new signed request while it holds a full 5-minute window, and the
# heap per remembered signature (ReplayGuardCost). The peers' bench runs with the guard off; add this back.
#   bench/replay-guard.sh [requests per second]   (default 1,000: 300,000 signatures in the window)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
java -Xmx1g -XX:+UseSerialGC -cp "$OUT/classes:$(cat "$OUT/bench.classpath")" com.compcoach.slack.ReplayGuardCost "$@"
