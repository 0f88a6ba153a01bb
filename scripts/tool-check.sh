#!/usr/bin/env bash
# The tool as a user gets it: packs Pendulum.Tool (scripts/pack.sh --tool-only), installs it into DIR/bin (a tool
# path of its own, so no earlier install of the same version is reused), and runs `pendulum --version` and
# `pendulum demo` in the empty folder DIR/empty, which then holds the demo's pendulum.db and report.
# Usage: scripts/tool-check.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/tool-check.sh DIR}
log() { printf '[tool] %s\n' "$*" >&2; }

log "packing the tool"
scripts/pack.sh --tool-only --out "$dir/nupkg" >"$dir/pack.log" 2>&1 || { cat "$dir/pack.log" >&2; exit 1; }
log "installing it into $dir/bin"
NUGET_PACKAGES="$dir/packages" dotnet tool install Pendulum.Tool --tool-path "$dir/bin" --add-source "$dir/nupkg" \
  >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; exit 1; }
mkdir -p "$dir/empty"
cd "$dir/empty"
version=$("$dir/bin/pendulum" --version)
log "pendulum $version: running pendulum demo in an empty folder"
start=$(date +%s)
if ! "$dir/bin/pendulum" demo >"$dir/demo.out" 2>"$dir/demo.err"; then
  tail -n 20 "$dir/demo.err" >&2
  exit 1
fi
for expected in pendulum.db pendulum-report/index.html; do
  [ -s "$expected" ] || { log "demo wrote no $expected"; exit 1; }
done
grep -q '^Next, try:' "$dir/demo.out" || { log "demo did not finish its output"; tail -n 20 "$dir/demo.out" >&2; exit 1; }
"$dir/bin/pendulum" --help | grep -q '^  pendulum \[command\]' || { log "help does not say 'pendulum'"; exit 1; }
log "demo ok in $(( $(date +%s) - start )) s"
