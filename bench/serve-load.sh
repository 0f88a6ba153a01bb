#!/usr/bin/env bash
# Load test of the dashboard's series endpoint: a store of about a million generated GDELT 2.0 events, served by
# `pendulum serve` on 127.0.0.1, asked for the monthly series of its 20 busiest pairs in turn at a fixed rate by
# `Pendulum.Bench load` (open loop, bounded, loopback only). The first run starts on a cold server (nothing cached);
# the later ones measure the steady state.
#
#   bench/serve-load.sh            # 200 requests/s, 30 s a run, 4 runs
#
# Environment: PENDULUM_BENCH_DIR (default /tmp/pendulum-bench), PENDULUM_LOAD_RATE (200), PENDULUM_LOAD_SECONDS (30),
# PENDULUM_LOAD_RUNS (4). The server is stopped by its PID when the script ends, whatever happens.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench}"
rate="${PENDULUM_LOAD_RATE:-200}"
seconds="${PENDULUM_LOAD_SECONDS:-30}"
runs="${PENDULUM_LOAD_RUNS:-4}"
cli="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"
bench="$root/bench/Pendulum.Bench/bin/Release/net10.0/Pendulum.Bench.dll"

dotnet build -c Release "$root/src/Pendulum.Cli" -nologo -v q >&2
dotnet build -c Release "$root/bench/Pendulum.Bench" -nologo -v q >&2
mkdir -p "$dir"
file="$dir/gdelt-420MB-24.export.CSV"
db="$dir/serve-load.db"
# 420 MB at 24 rows per 15-minute slice: 1.07 million events over about 15 months of dates.
[[ -f "$file" ]] || dotnet "$bench" generate --size 420MB --seed 42 --rows-per-slice 24 --out "$file" >&2
[[ -f "$db" ]] || dotnet "$cli" ingest "$file" --db "$db" >&2

out="$dir/serve.out"
dotnet "$cli" serve --db "$db" --port 0 > "$out" 2> "$dir/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q http "$out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$out" | sed 's:/$::')
[[ -n "$url" ]] || { echo "serve-load.sh: the server printed no address" >&2; exit 1; }

# The busiest pairs, from the server itself (not timed: the load below is about the series).
paths=()
while read -r pair; do paths+=(--path "/api/pairs/$pair/series?freq=month"); done < <(
  curl -sf "$url/api/pairs" | python3 -c 'import json, sys; [print(p["pair"]) for p in json.load(sys.stdin)[:20]]')
echo "$(sqlite3 "$db" 'SELECT COUNT(*) FROM events' 2>/dev/null || echo '?') events; $(( ${#paths[@]} / 2 )) pairs; $url" >&2
for run in $(seq "$runs"); do
  echo "run $run ($( [[ $run == 1 ]] && echo cold || echo warm )), load average $(cut -d' ' -f1 /proc/loadavg)" >&2
  dotnet "$bench" load --url "$url" "${paths[@]}" --rate "$rate" --seconds "$seconds" || true
done
echo "server peak memory: $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}')" >&2
