#!/usr/bin/env bash
# Runs every Pendulum test, the way CI does.
#  - installs what the tests need and is missing (Debian's postgresql, chromium, clickhouse-server and
#    clickhouse-client; the .NET SDK and Node.js with npm, which builds the dashboard, must already be there),
#  - starts a throwaway PostgreSQL cluster on 127.0.0.1 on a free port (as the postgres user when run as root),
#  - starts a throwaway two-shard ClickHouse cluster on 127.0.0.1 (scripts/clickhouse.sh),
#  - packs the dotnet tool, installs it into a temporary tool path and runs `pendulum demo` in an empty folder
#    (scripts/tool-check.sh; one test in the count),
#  - installs the current ClickHouse engine, npm's chdb, from tests/chdb's lock file and serves it on 127.0.0.1
#    (tests/chdb/server.mjs), so that the ClickHouse store's statements also run on the version users run today,
#  - runs `dotnet test` over the whole solution,
#  - checks that the code is as `dotnet format` leaves it, naming rules included (scripts/format-check.sh; one test in
#    the count),
#  - stops the clusters whatever happens, and ends with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[test] %s\n' "$*" >&2; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# Debian packages the tests need: the PostgreSQL server (store tests) and Chromium (dashboard browser tests,
# driven by Playwright at /usr/bin/chromium; Playwright's own browser download cannot work here).
missing=()
PG_BIN=$(find_pg_bin)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then missing+=(postgresql); fi
if [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing: ${missing[*]}; run as root, or: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
  log "installing Debian's ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  PG_BIN=$(find_pg_bin)
fi

PG_DIR=$(mktemp -d /tmp/pendulum-pg.XXXXXX)
PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
RESULTS=$(mktemp -d /tmp/pendulum-results.XXXXXX)
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
stop_pg() {
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR" "$RESULTS"
}
trap stop_pg EXIT

[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PG_DIR"
log "starting PostgreSQL ($PG_BIN) on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c fsync=off" start >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres pendulum_test
export PENDULUM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=pendulum_test"

# --- ClickHouse: a two-shard cluster on 127.0.0.1 for the distributed store's tests (scripts/clickhouse.sh) -------
if [ ! -x /usr/sbin/clickhouse-server ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "ClickHouse is not installed; run as root, or: sudo apt-get install -y clickhouse-server clickhouse-client"
    exit 1
  fi
  log "installing Debian's clickhouse-server and clickhouse-client packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null
fi
CH_DIR=$(mktemp -d /tmp/pendulum-ch.XXXXXX)
stop_clickhouse() { scripts/clickhouse.sh stop "$CH_DIR" >/dev/null 2>&1 || true; rm -rf "$CH_DIR"; }
trap 'stop_clickhouse; stop_pg' EXIT
log "starting a two-shard ClickHouse cluster in $CH_DIR"
PENDULUM_TEST_CLICKHOUSE=$(scripts/clickhouse.sh start "$CH_DIR" 2 pendulum_test)
export PENDULUM_TEST_CLICKHOUSE PENDULUM_TEST_CLICKHOUSE_DIR="$CH_DIR"
# --- end of ClickHouse ---------------------------------------------------------------------------------------------

# --- The current ClickHouse engine: npm's chdb (26.x, in-process) behind tests/chdb/server.mjs ------------------------
# Debian's 18.16 is from 2018; no current server runs here, but chdb is the current engine as a library. Installed
# from the committed lock file (about 550 MB, once), served on a free loopback port, stopped by PID.
if [ ! -d tests/chdb/node_modules/chdb ] || [ tests/chdb/package-lock.json -nt tests/chdb/node_modules/.package-lock.json ]; then
  log "installing npm's chdb into tests/chdb (npm install from the lock file)"
  # npm ci refuses this lock: chdb lists other platforms' native packages the registry here does not resolve.
  (cd tests/chdb && npm install --no-save --no-audit --no-fund --loglevel=error >&2)
fi
CHDB_DIR=$(mktemp -d /tmp/pendulum-chdb.XXXXXX)
CHDB_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node tests/chdb/server.mjs "$CHDB_PORT" "$CHDB_DIR" > "$CHDB_DIR/server.log" 2>&1 &
CHDB_PID=$!
stop_chdb() { kill -TERM "$CHDB_PID" 2>/dev/null || true; wait "$CHDB_PID" 2>/dev/null || true; rm -rf "$CHDB_DIR"; }
trap 'stop_chdb; stop_clickhouse; stop_pg' EXIT
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$CHDB_PORT/ping" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$CHDB_PID" 2>/dev/null; then log "the chdb server did not start:"; cat "$CHDB_DIR/server.log" >&2; exit 1; fi
  sleep 0.2
done
log "chdb $(curl -fsS "http://127.0.0.1:$CHDB_PORT/" --data-binary 'SELECT version()') on 127.0.0.1:$CHDB_PORT"
export PENDULUM_TEST_CHDB="clickhouse://127.0.0.1:$CHDB_PORT/pendulum"
# --- end of chdb ---------------------------------------------------------------------------------------------------

status=0
dotnet test Pendulum.slnx -c Release --logger "trx" --results-directory "$RESULTS" "$@" || status=$?

# --- The installed tool: pack it, install it into a temporary tool path, run `pendulum demo` in an empty folder ------
# (scripts/tool-check.sh; one test in the count), then the browser test that opens the dashboard the installed tool
# serves over the demo's store (skipped in the run above, which had no tool). After the main run, so the tool's
# linux-x64 restore does not make that run build everything again.
TOOL_DIR=$(mktemp -d /tmp/pendulum-tool.XXXXXX)
trap 'rm -rf "$TOOL_DIR"; stop_chdb; stop_clickhouse; stop_pg' EXIT
tool_passed=0; tool_failed=0
if scripts/tool-check.sh "$TOOL_DIR"; then
  tool_passed=1
  PENDULUM_INSTALLED_TOOL="$TOOL_DIR/bin/pendulum" PENDULUM_INSTALLED_DEMO="$TOOL_DIR/empty" \
    dotnet test tests/Pendulum.Web.Tests -c Release --no-build --filter "FullyQualifiedName~InstalledToolBrowserTests" \
    --logger "trx;LogFileName=installed-tool.trx" --results-directory "$RESULTS" || status=$?
else
  tool_failed=1
  log "the installed tool failed (logs above)"
fi
# --- end of the installed tool ---------------------------------------------------------------------------------------

# --- Formatting: `dotnet format --verify-no-changes` (scripts/format-check.sh; one test in the count) ----------------
format_passed=0; format_failed=0
if scripts/format-check.sh; then
  format_passed=1
else
  format_failed=1
  log "the code is not as dotnet format leaves it (files above)"
fi
# --- end of formatting -----------------------------------------------------------------------------------------------

passed=$((tool_passed + format_passed)); failed=$((tool_failed + format_failed)); skipped=0; files=0
for trx in "$RESULTS"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { local v; v=$(printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || true); echo "${v:-0}"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$files" -eq 0 ] && [ "$status" -ne 0 ]; then
  log "the build or the test host failed before any test ran"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
