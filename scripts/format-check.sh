#!/usr/bin/env bash
# The code as `dotnet format` would leave it: whitespace, code style and analyzer fixes at warning severity, and the
# naming rules of .editorconfig. Changes nothing; lists the files it would change and exits 1 when there are any,
# 0 when there are none. scripts/test.sh counts it as one test.
# Usage: scripts/format-check.sh [dotnet format options, e.g. --include src/Pendulum.Web/]
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '[format] %s\n' "$*" >&2; }

report=$(mktemp /tmp/pendulum-format.XXXXXX.json)
trap 'rm -f "$report"' EXIT
log "dotnet format --verify-no-changes over Pendulum.slnx"
status=0
dotnet format Pendulum.slnx --verify-no-changes --report "$report" "$@" >/dev/null 2>&1 || status=$?
if [ "$status" -eq 0 ]; then
  log "no file would change"
  exit 0
fi
if [ ! -s "$report" ]; then
  log "dotnet format failed before checking any file (exit $status); run it by hand to see why"
  exit 1
fi
# One line per file, with the diagnostics dotnet format would fix in it.
python3 - "$report" <<'PY' >&2
import json, os, sys
files = {}
for entry in json.load(open(sys.argv[1])):
    ids = files.setdefault(os.path.relpath(entry["FilePath"]), set())
    for change in entry.get("FileChanges", []):
        ids.add(change.get("DiagnosticId", "?"))
for path in sorted(files):
    print(f"[format] {path}: {', '.join(sorted(files[path]))}")
print(f"[format] {len(files)} file(s) would change; run `dotnet format Pendulum.slnx` and commit the result")
PY
exit 1
