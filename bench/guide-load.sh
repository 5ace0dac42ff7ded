#!/usr/bin/env bash
# Load benchmark of the guide library: writes N varied synthetic guides (default 10,000) to a temp directory, opens
# them with an empty parse index, and prints load time, cached reload time and heap used after GC. Targets: CPU
# within 1.5x the floor's (the ratio is printed after the floor), under 300 MB of heap. Then, in a second fresh JVM, the floor: the same files
# through snakeyaml and flexmark alone (ParseFloor). Then, in a third, a restart with the index (GuideRestart): time
# to the first answer (target under 1 s), three guides edited one after another, each answered with its new figures
# (under 300 ms), heap after GC. Last, a guide of 1 MiB nested a quarter million quote levels deep
# (NestedQuoteCost): the reader's CPU against the parser's alone. Beside the restart, labelled apart, the same restart
# from the app's jar with and without the class-data archive the deployed image uses (CDS=0 leaves it out).
#   bench/guide-load.sh [count]      (JAVA_OPTS=... adds JVM flags to both)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${BUILD_DIR:-target-bench}
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" -DskipTests compile
./mvnw -B -q -Pbench -Dbuild.dir="$OUT" dependency:build-classpath -Dmdep.outputFile="$OUT/bench.classpath" >/dev/null
CP="$OUT/classes:$(cat "$OUT/bench.classpath")"
GUIDES=$(mktemp -d -t comp-coach-guides-XXXXXX)
STATE=$(mktemp -d -t comp-coach-state-XXXXXX)
# -Xms300m -Xmx300m: the heap target is a ceiling the run must fit in; a fixed size keeps GC resizing out of the timing.
# JAVA_OPTS passes extra JVM flags, e.g. JAVA_OPTS=-XX:TieredStopAtLevel=1 to compare a C1-only start.
LOAD_OUT="$STATE.load"
trap 'rm -rf "$GUIDES" "$STATE" "$LOAD_OUT" "$LOAD_OUT.floor"' EXIT
java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$CP" com.compcoach.bench.guide.GuideLoad "${1:-10000}" "$GUIDES" "$STATE" \
  | tee "$LOAD_OUT"
# The floor runs with as many threads as the library reads with (GuideLibrary.READERS: one per core).
READERS=$(nproc)
java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$CP" com.compcoach.guide.ParseFloor "$GUIDES" "$READERS" \
  | tee "$LOAD_OUT.floor"
# The cold load's goal: its CPU within 1.5x the floor's, both measured in this run.
LOAD_CPU=$(sed -n 's/^load used \([0-9,]*\) ms of CPU.*/\1/p' "$LOAD_OUT" | tr -d ,)
FLOOR_CPU=$(sed -n 's/.*(\([0-9,]*\) ms of CPU, [0-9]* threads).*/\1/p' "$LOAD_OUT.floor" | tr -d ,)
if [ -n "$LOAD_CPU" ] && [ -n "$FLOOR_CPU" ]; then
  awk -v l="$LOAD_CPU" -v f="$FLOOR_CPU" 'BEGIN { r = l / f; printf "cold load: %d ms of CPU against the floor'"'"'s %d ms = %.2fx (target 1.5x): %s\n", l, f, r, (r <= 1.5 ? "met" : "MISSED") }'
fi
# A restart over the unchanged library with the parse index the first run wrote: time to the first answer, three
# edited guides' new figures answered, heap after GC.
java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$CP" com.compcoach.bench.guide.GuideRestart "$GUIDES" "$STATE"
# The same restart with the class-data archive the deployed image uses (Dockerfile: written by a `warm-up` run of
# the app's jar under -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile): an addition to the line above, never
# instead of it. An archive holds classes from jars only, so these runs start from the app's jar and the bench's
# classes as a jar; a reader from a jar is another reader version than from folders (the bench's own classes sit in
# its folders), so a first run from the jar rebuilds the index for it, and is not printed. Then, alternating, the
# plain JVM and the archive on the same jar. CDS=0 leaves this out.
if [ "${CDS:-1}" = 1 ]; then
  ./mvnw -B -q -Dbuild.dir="$OUT-app" -DskipTests package
  jar --create --file "$OUT/bench-classes.jar" -C "$OUT/classes" .
  APP_CP="$OUT-app/comp-coach.jar:$OUT/bench-classes.jar"
  JSA="$STATE.jsa"
  trap 'rm -rf "$GUIDES" "$STATE" "$LOAD_OUT" "$LOAD_OUT.floor" "$JSA"' EXIT
  if ! java -XX:ArchiveClassesAtExit="$JSA" -Xlog:cds=off -Xms300m -Xmx300m -cp "$APP_CP" com.compcoach.Main warm-up \
    >/dev/null 2>&1; then
    echo "class-data archive: the warm-up that writes it failed; the lines with it are left out"
    JSA=
  fi
  java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$APP_CP" com.compcoach.bench.guide.GuideRestart "$GUIDES" "$STATE" \
    >/dev/null
  java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$APP_CP" com.compcoach.bench.guide.GuideRestart "$GUIDES" "$STATE" \
    | sed -n 's/^restart with/from the jar, plain java: restart with/p; s/^edited guides/from the jar, plain java: edited guides/p'
  if [ -n "$JSA" ]; then
    java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$JSA" -Xlog:cds=off -Xms300m -Xmx300m -cp "$APP_CP" \
      com.compcoach.bench.guide.GuideRestart "$GUIDES" "$STATE" \
      | sed -n 's/^restart with/from the jar, with the class-data archive: restart with/p; s/^edited guides/from the jar, with the class-data archive: edited guides/p'
  fi
fi
# The deep quote: linear in the reader (nesting flattened past QuoteDepth.MAX), quadratic in the parser as written.
java ${JAVA_OPTS:-} -Xms300m -Xmx300m -cp "$CP" com.compcoach.guide.NestedQuoteCost
