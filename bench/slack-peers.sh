#!/usr/bin/env bash
# Measures `comp-coach serve` beside the Slack-app peers of ../shared/bench-peers, in one run of its protocol
# (signed /comp POSTs with wrk, every card posted to its fake Web API). State on disk, durable.
#   bench/slack-peers.sh                 all peers (D A B C comp-coach D), ~4 min
#   ORDER="A C X" bench/slack-peers.sh   only bolt-js, Bolt-java on Jetty 12 and comp-coach
#   PEERS=DIR bench/slack-peers.sh       the peers in DIR (default ../shared/bench-peers; copied when read-only)
# First `warm-up` writes a class-data archive (AppCDS), as in production: the first 200 comes in about half the time.
# The peers' wrk script sends one signed request over and over, which the app's replay guard answers once (as it must
# for Slack): the run switches the guard off with SLACK_REPLAY_GUARD=off, so every request gets its card (the app says
# so in a WARN line and on /healthz). bench/replay-guard.sh measures what the guard costs per request.
# Then one real card is captured; after the peers' run, wrk posts that card straight to the peers' fake Web API,
# which shows how many cards a second the fake Web API itself takes on this machine: the ceiling for any server that
# posts a card for every request.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PEERS=${PEERS:-$ROOT/../shared/bench-peers}
[[ -d "$PEERS" ]] || { echo "no peers' bench at $PEERS: set PEERS to the shared/bench-peers folder" >&2; exit 2; }
# The peers build inside their folder and write their results there: a read-only folder (as ../shared is; judged by
# its mode, since root may write anywhere) is copied to target/bench-peers, its sources refreshed on every run and
# its builds kept for the next.
if [[ -z $(find "$PEERS" -maxdepth 0 -perm -u+w) ]]; then
  COPY=${PEERS_COPY:-$ROOT/target/bench-peers}
  mkdir -p "$COPY"
  chmod -R u+w "$COPY"
  tar -C "$PEERS" --exclude=node_modules --exclude=target --exclude=logs -cf - . | tar -C "$COPY" -xf -
  chmod -R u+w "$COPY"
  echo "== $PEERS is read-only: running a copy in $COPY (results.json and logs/ there)"
  PEERS=$COPY
fi
HEAP=${HEAP:-"-Xms32m -Xmx128m -XX:+UseSerialGC"}
JAR=$ROOT/target/comp-coach.jar ARCHIVE=$ROOT/target/comp-coach.jsa STATE=$(mktemp -d) CARD=$(mktemp -u)
trap 'rm -rf "$STATE" "$CARD"' EXIT
./mvnw -B -q -Dmaven.test.skip=true package
[[ -d "$PEERS/a-bolt-js/node_modules" && -d "$PEERS/c-bolt-jetty12/target" ]] || "$PEERS/setup.sh"

# The class-data archive, made as the README and the Dockerfile make it: `warm-up` under -XX:ArchiveClassesAtExit.
java $HEAP -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -jar "$JAR" warm-up

# One real card for the ceiling below: serve against a capturing stand-in, one signed /comp.
export SLACK_SIGNING_SECRET="bench-signing-secret-0123456789abcdef" SLACK_BOT_TOKEN=xoxb-test
PORT=18180 FAKE_PORT=18189
BODY='token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fcomp&text=ml-ai-engineer+charlotte&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresp&trigger_id=1.2.3'
node bench/card-capture.js "$FAKE_PORT" "$CARD" > "$STATE/fake.log" 2>&1 & FAKE=$!
PORT=$PORT SLACK_API_URL="http://127.0.0.1:$FAKE_PORT/api/" STATE_DIR="$STATE/capture" \
  java $HEAP -jar "$JAR" serve > "$STATE/capture.log" 2>&1 & APP=$!
for _ in $(seq 300); do
  ts=$(date +%s)
  sig=v0=$(printf 'v0:%s:%s' "$ts" "$BODY" | openssl dgst -sha256 -hmac "$SLACK_SIGNING_SECRET" -r | cut -d' ' -f1)
  curl -s -o /dev/null --max-time 5 -X POST "http://127.0.0.1:$PORT/slack/events" \
    -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $sig" --data-binary "$BODY" || true
  [[ -s "$CARD" ]] && break
  sleep 0.1 # polling a starting server from a shell script; not a test
done
kill -TERM "$APP"; wait "$APP" || true; kill "$FAKE" || true
[[ -s "$CARD" ]] || { echo "no card was posted; see $STATE/capture.log" >&2; exit 1; }

"$PEERS/run.sh" --extra comp-coach \
  "rm -rf '$STATE/run'; SLACK_REPLAY_GUARD=off STATE_DIR='$STATE/run' exec java $HEAP -XX:SharedArchiveFile='$ARCHIVE' -Xlog:cds=off -jar '$JAR' serve"

# The ceiling: the same fake Web API alone, taking comp-coach's card at the same 32 connections (wrk on 1 thread).
node "$PEERS/fake-slack-api.js" "$FAKE_PORT" > "$STATE/ceiling.log" 2>&1 & FAKE=$!
for _ in $(seq 100); do grep -q listening "$STATE/ceiling.log" && break; sleep 0.05; done
echo "== ceiling: the fake Web API alone, chat.postMessage with comp-coach's $(wc -c < "$CARD")-byte card"
wrk -t1 -c32 -d10s -s bench/post-card.lua "http://127.0.0.1:$FAKE_PORT/api/chat.postMessage" -- "$CARD" \
  | grep -E 'Requests/sec|Latency'
kill "$FAKE" || true
