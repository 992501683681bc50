#!/usr/bin/env bash
# Installs the pinned test peers (peers.md) into a cache directory, idempotently:
#   peers/install.sh [DIR]        DIR defaults to $CAKEWALK_PEERS_DIR or ~/.cache/cakewalk-peers
# Each folder here with a package.json is one peer; it is reinstalled only when its package.json or
# package-lock.json changed. Debian packages named in apt-packages.txt are installed when missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="${1:-${CAKEWALK_PEERS_DIR:-$HOME/.cache/cakewalk-peers}}"
mkdir -p "$dest"

log() { printf '[peers] %s\n' "$*" >&2; }

install_apt_packages() {
  local wanted=() pkg
  [[ -f "$here/apt-packages.txt" ]] || return 0
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg -s "$pkg" >/dev/null 2>&1 || wanted+=("$pkg")
  done < "$here/apt-packages.txt"
  ((${#wanted[@]})) || return 0
  if [[ $(id -u) -ne 0 ]]; then
    log "missing Debian packages: ${wanted[*]} (run: sudo apt-get install ${wanted[*]})"
    return 1
  fi
  log "apt-get install ${wanted[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}

install_peer() {
  local name="$1" src="$here/$1" target="$dest/$1" hash
  hash="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"
  if [[ -f "$target/.installed" && "$(cat "$target/.installed")" == "$hash" ]]; then
    return 0
  fi
  log "installing $name"
  rm -rf "$target"
  mkdir -p "$target"
  cp -R "$src/." "$target/"
  (cd "$target" && npm ci --no-audit --no-fund --loglevel=error >"$target/npm-install.log" 2>&1) || {
    log "npm ci failed for $name; see $target/npm-install.log"
    tail -20 "$target/npm-install.log" >&2
    return 1
  }
  echo "$hash" > "$target/.installed"
}

install_apt_packages
# Node 22 first: the other peers run on it.
install_peer node22
node22="$dest/node22/node_modules/node/bin/node"
"$node22" --version >/dev/null || { log "Node 22 did not install: $node22 does not run"; exit 1; }
export PATH="$(dirname "$node22"):$PATH"
for dir in "$here"/*/; do
  name="$(basename "$dir")"
  [[ "$name" == node22 || ! -f "$dir/package.json" ]] && continue
  install_peer "$name"
done
cp "$here/loopback.cjs" "$dest/loopback.cjs"
log "peers ready in $dest (node $("$node22" --version))"
