#!/usr/bin/env bash
# Start-up comparison for the README (issue 7): `cakewalk --version` against a bare picocli
# hello-world on the same JVM, and `cakewalk tools list` against MCP Inspector v2's CLI doing
# the same against one loopback server-everything. Prints a Markdown table of medians.
#
# Each round runs every command once, in turn; medians over the rounds.
#
# Usage: benchmarks/startup.sh [runs]   (default 15; needs the npm peers: peers/install.sh)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-15}"
PEERS="${CAKEWALK_PEERS_DIR:-$HOME/.cache/cakewalk-peers}"
NODE="$PEERS/node22/node_modules/node/bin/node"
INSPECTOR="$PEERS/inspector/node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js"
EVERYTHING="$PEERS/everything/node_modules/@modelcontextprotocol/server-everything/dist/index.js"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
WORK="$(mktemp -d)"
SERVER_PID=""

cleanup() {
  [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

for f in "$NODE" "$INSPECTOR" "$EVERYTHING"; do
  [[ -f "$f" ]] || { echo "missing $f: run peers/install.sh first" >&2; exit 2; }
done

"$ROOT/cakewalk" --version >/dev/null # builds the jar and its CDS archive when stale

PICOCLI="$(find "$HOME/.m2/repository/info/picocli/picocli" -name 'picocli-*.jar' | sort -V | tail -1)"
javac -d "$WORK/hello" -cp "$PICOCLI" "$ROOT/benchmarks/Hello.java"

# Times one run of a command: appends its wall time and its CPU time (user + system, all threads
# and child processes) in milliseconds to $1.wall and $1.cpu. CPU time hardly depends on load
# from elsewhere; on a busy machine wall time follows it.
time_once() {
  local file="$1" t real user sys
  shift
  t=$({ TIMEFORMAT='%3R %3U %3S'; time "$@" >/dev/null 2>&1 || echo "failed" >&2; } 2>&1)
  [[ "$t" != *failed* ]] || { echo "command failed: $*" >&2; exit 1; }
  read -r real user sys <<<"$t"
  awk -v r="$real" 'BEGIN {printf "%d\n", r * 1000}' >>"$file.wall"
  awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d\n", (u + s) * 1000}' >>"$file.cpu"
}

median() {
  sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PORT=$PORT "$NODE" -r "$ROOT/peers/loopback.cjs" "$EVERYTHING" streamableHttp >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/mcp" && break
  sleep 0.1
done
URL="http://127.0.0.1:$PORT/mcp"

# The launcher's JVM flags, to compare like with like.
TUNED=(-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=4 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto)
run_all() {
  time_once "$WORK/t/hello" "$JAVA" -cp "$WORK/hello:$PICOCLI" Hello --version
  time_once "$WORK/t/hello_tuned" "$JAVA" "${TUNED[@]}" -cp "$WORK/hello:$PICOCLI" Hello --version
  time_once "$WORK/t/version" "$ROOT/cakewalk" --version
  time_once "$WORK/t/list" "$ROOT/cakewalk" tools list "$URL"
  time_once "$WORK/t/inspector" "$NODE" "$INSPECTOR" --cli "$URL" --method tools/list --format json
}
# One warm-up round, then RUNS rounds that take turns, so that load from elsewhere hits all alike.
mkdir -p "$WORK/t"
run_all
rm -f "$WORK"/t/*
for _ in $(seq "$RUNS"); do run_all; done
for m in hello hello_tuned version list inspector; do
  declare "$m=$(median "$WORK/t/$m.wall")" "${m}_cpu=$(median "$WORK/t/$m.cpu")"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "| measurement ($RUNS rounds, median) | wall time | CPU time |"
echo "|---|---|---|"
echo "| picocli hello-world \`--version\`, default JVM flags | $hello ms | $hello_cpu ms |"
echo "| picocli hello-world \`--version\`, the launcher's JVM flags | $hello_tuned ms | $hello_tuned_cpu ms |"
echo "| \`./cakewalk --version\` (launcher, CDS archive) | $version ms ($(ratio "$version" "$hello")× default hello, $(ratio "$version" "$hello_tuned")× tuned hello) | $version_cpu ms ($(ratio "$version_cpu" "$hello_cpu")×, $(ratio "$version_cpu" "$hello_tuned_cpu")×) |"
echo "| \`./cakewalk tools list\` (loopback server-everything) | $list ms | $list_cpu ms |"
echo "| MCP Inspector v2 CLI \`--method tools/list\` (same server) | $inspector ms ($(ratio "$inspector" "$list")× cakewalk) | $inspector_cpu ms ($(ratio "$inspector_cpu" "$list_cpu")× cakewalk) |"
echo
echo "$("$JAVA" -version 2>&1 | head -1), $(nproc) cores, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
