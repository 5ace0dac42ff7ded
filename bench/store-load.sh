#!/usr/bin/env bash
# Load test of conversation storage. First the stores alone (StoreSaveRate: turns/s with 1 and 16 writers), then
# N concurrent threads of signed events against the real app (StoreLoad) on the embedded store, on Redis, and on two
# instances sharing Redis, with the stand-in Web API. Loopback only; each app run is bounded by --timeout seconds.
#   bench/store-load.sh [threads] [turns]        (defaults: 200 threads, 4 turns each)
#   PRELOAD=1000000 bench/store-load.sh          (the embedded run starts on that many stored conversations)
#   PRELOAD=1000000 KEEP_STATE=target-bench/million bench/store-load.sh
#                                                (written once into that folder, reused by later runs)
# Prints one line per run: turns/s, p50/p99 turn latency, errors, unanswered, duplicates, lost turns (must be 0),
# the CPU each turn cost the app and the load driver, and for each run the time from the app's launch to its first
# answer. Each run first warms up, in rounds of as many turns as it measures on other threads, until the JIT
# compilers of the app and the driver took under 10% of a round's CPU (at most 26 rounds); the measured run then
# prints the CPU a turn cost by kind of thread (JIT, request threads, workers, posting, GC), app and driver.
# The app runs as the Docker image runs it: with a class-data archive written by `warm-up` with the app's own JVM
# flags (docs/operations.md), so "first answer" is a production start. ARCHIVE=0 runs it without, as the README's
# plain `java -jar` line does (about 0.4 s of JVM class loading more on a quiet machine).
# Exits non-zero when any run lost, repeated or failed a turn.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${1:-200}
TURNS=${2:-4}
OUT=${BUILD_DIR:-target-bench}

./mvnw -B -q -Dbuild.dir="$OUT" -DskipTests package
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null

# The redis-server binary that embedded-redis ships (the one the tests use).
REDIS_JAR=$(find ~/.m2/repository/com/github/codemonstur/embedded-redis -name 'embedded-redis-*.jar' | head -1)
REDIS_DIR="$OUT/redis-bin"
mkdir -p "$REDIS_DIR"
unzip -o -q "$REDIS_JAR" 'redis-server-6.2.6-v5-linux-amd64' -d "$REDIS_DIR"
chmod +x "$REDIS_DIR/redis-server-6.2.6-v5-linux-amd64"

CP="$OUT/classes:$(cat "$OUT/bench.classpath")"
# The archive must be written with the flags the app runs with (LocalProcess: -Xmx256m -XX:+UseSerialGC).
APP_OPTIONS=()
if [ "${ARCHIVE:-1}" != 0 ]; then
  java -Xmx256m -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$OUT/comp-coach.jsa" -Xlog:cds=off \
    -jar "$OUT/comp-coach.jar" warm-up > /dev/null
  APP_OPTIONS=(--app-java-options "-XX:SharedArchiveFile=$OUT/comp-coach.jsa -Xlog:cds=off")
  echo "the app starts with the class-data archive $OUT/comp-coach.jsa (ARCHIVE=0: without)"
else
  echo "the app starts without a class-data archive"
fi
run() {
  java -Xmx512m -cp "$CP" com.compcoach.bench.store.StoreLoad --jar "$OUT/comp-coach.jar" \
    --threads "$THREADS" --turns "$TURNS" --redis-server "$REDIS_DIR/redis-server-6.2.6-v5-linux-amd64" \
    ${APP_OPTIONS[@]+"${APP_OPTIONS[@]}"} "$@"
}
java -Xmx512m -cp "$CP" com.compcoach.bench.store.StoreSaveRate \
  --redis-server "$REDIS_DIR/redis-server-6.2.6-v5-linux-amd64" 2>/dev/null | grep 'turns/s'
status=0
KEPT=()
if [ -n "${KEEP_STATE:-}" ]; then KEPT=(--state-dir "$KEEP_STATE"); fi
run --instances 1 --store embedded --preload "${PRELOAD:-0}" ${KEPT[@]+"${KEPT[@]}"} || status=1
run --instances 1 --store redis || status=1
run --instances 2 --store redis || status=1
exit $status
