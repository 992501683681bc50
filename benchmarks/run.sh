#!/usr/bin/env bash
# Builds the benchmarks module and runs the tools/call benchmark (about 2 minutes).
# Needs the npm peers (peers/install.sh) for server-everything. Extra args go to the JVM,
# e.g. benchmarks/run.sh -Dbench.seconds=10 -Dbench.clients=1,16,64
set -euo pipefail
cd "$(dirname "$0")/.."
PEERS="${CAKEWALK_PEERS_DIR:-$HOME/.cache/cakewalk-peers}"
bash peers/install.sh "$PEERS" >/dev/null
mvn -q -B -pl benchmarks -am package -DskipTests
exec java -Xms512m -Xmx512m -Dcakewalk.peers.dir="$PEERS" "$@" \
  -cp "benchmarks/target/classes:benchmarks/target/lib/*" io.cakewalk.benchmarks.ToolCallBenchmark
