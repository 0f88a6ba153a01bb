#!/usr/bin/env bash
# Scale benchmark: the same events in SQLite, DuckDB, and a 2-shard (and, on request, a 1-shard) ClickHouse cluster
# (scripts/clickhouse.sh, Debian's clickhouse-server), then `pendulum measure --actors` over 20 countries (190 pairs) by
# month on each, side by side in one run.
#
#   bench/clickhouse.sh              # 10 million events
#   bench/clickhouse.sh 50000000     # another count (rounded to whole generated rows)
#
# Environment:
#   PENDULUM_BENCH_DIR        scratch folder (default /tmp/pendulum-bench-ch): generated files, SQLite file, clusters;
#                             generated files are reused when count, seed and generator sources match
#   PENDULUM_BENCH_SEED       generator seed (default 42)
#   PENDULUM_BENCH_RUNS       timed measure runs on each cluster, the median is reported (default 3)
#   PENDULUM_BENCH_SQLITE_RUNS  timed measure runs on SQLite (default 1: it is the slow one; 0 reuses the time and
#                             output of the last run on the same data)
#   PENDULUM_BENCH_SHARDS     the clusters to measure, by shard count (default '2'; '2 1' adds the 1-shard cluster)
#   PENDULUM_BENCH_STORES     the stores to ingest and measure (default 'sqlite duckdb clickhouse'); SQLite's output is
#                             the reference the others are compared with, so it must have been measured on this data
#   PENDULUM_BENCH_INGEST_ONLY  1: ingest into the stores and stop, measuring nothing (stores can be filled ahead, in
#                             separate runs, and measured side by side later)
#
# The generator writes 200 rows per 15-minute slice (19,200 a day, so 10 million events span about 17 months of
# DATEADDED; event dates reach further back, as in GDELT). The generator's output is split as it is written (through a
# named pipe, so the whole file never sits on disk beside its pieces) into files of 1 million rows, ingested one file
# at a time, as GDELT arrives. Only the cluster being measured runs, after its nodes have merged their parts
# (OPTIMIZE ... FINAL). Prints a markdown table; every store's CSV output must be byte-identical, or the script fails.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench-ch}"
seed="${PENDULUM_BENCH_SEED:-42}"
runs="${PENDULUM_BENCH_RUNS:-3}"
sqlite_runs="${PENDULUM_BENCH_SQLITE_RUNS:-1}"
read -r -a shard_counts <<< "${PENDULUM_BENCH_SHARDS:-2}"
read -r -a stores <<< "${PENDULUM_BENCH_STORES:-sqlite duckdb clickhouse}"
ingest_only="${PENDULUM_BENCH_INGEST_ONLY:-0}"
events="${1:-10000000}"
actors=USA,CHN,GBR,RUS,IRN,ISR,IND,AUS,JPN,CAN,DEU,FRA,NGA,PRK,KOR,SYR,PAK,MEX,TUR,AFG
rows_per_slice=200
cli=(dotnet "$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll")
gen=(dotnet "$root/bench/Pendulum.Bench/bin/Release/net10.0/Pendulum.Bench.dll")
control="$root/scripts/clickhouse.sh"

die() { echo "clickhouse.sh: $*" >&2; exit 1; }
case "$events" in -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
[[ "$events" =~ ^[1-9][0-9]*$ ]] || die "the event count must be a positive integer, not '$events'"

echo "building the CLI and the generator" >&2
dotnet build -c Release "$root/src/Pendulum.Cli" -nologo -v q >&2 || die "CLI build failed"
dotnet build -c Release "$root/bench/Pendulum.Bench" -nologo -v q >&2 || die "generator build failed"
mkdir -p "$dir"

# --- data: one generated file (about 393 bytes a row at this slice size), split into files of 1 million rows ---
gen_hash="$(cd "$root/bench/Pendulum.Bench" && find . \( -path ./bin -o -path ./obj \) -prune -o -type f -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
stamp="$events $seed $rows_per_slice $gen_hash"
data="$dir/data-$events"
if [[ ! -f "$data/ok" || "$(cat "$data/ok")" != "$stamp" ]]; then
  rm -rf "$data" && mkdir -p "$data"
  mkfifo "$data/all.pipe"
  (cd "$data" && split -d -a 3 -l 1000000 --additional-suffix=.export.CSV all.pipe part-) &
  "${gen[@]}" generate --size $((events * 393)) --seed "$seed" --rows-per-slice "$rows_per_slice" --out "$data/all.pipe" >&2
  wait $! || die "splitting the generated events failed"
  rm "$data/all.pipe"
  echo "$stamp" > "$data/ok"
fi
files=("$data"/part-*.export.CSV)
rows=$(cat "${files[@]}" | wc -l)
echo "$rows events in ${#files[@]} files" >&2

timed_to() { local out="$1" start=$EPOCHREALTIME; shift; "$@" > "$out"; awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f\n", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cluster_dir=""
stop_cluster() { if [[ -n "$cluster_dir" ]]; then "$control" stop "$cluster_dir" || true; cluster_dir=""; fi; }
trap stop_cluster EXIT

# ingest NAME DB: ingests every file into DB unless it holds this data already. The marker keeps the data's stamp
# and the ingest's time, which the table reports.
ingest() {
  local name="$1" db="$2" marker="$dir/$1.ingested" t
  if [[ ! -f "$marker" || "$(cut -d' ' -f1-4 "$marker")" != "$stamp" ]]; then
    [[ "$name" != sqlite ]] || rm -f "$db" "$db-journal"
    [[ "$name" != duckdb ]] || rm -f "$db" "$db.wal"
    echo "$name: ingesting" >&2
    t=$(timed_to /dev/null "${cli[@]}" ingest "${files[@]}" --db "$db")
    echo "$stamp $t" > "$marker"
  fi
}

# measure NAME DB RUNS: times measure RUNS times (0 reuses the last time and output on this data); adds a table row.
results=()
measure() {
  local name="$1" db="$2" n="$3" t m times=()
  for ((i = 1; i <= n; i++)); do
    t=$(timed_to "$dir/$name.csv" "${cli[@]}" measure --actors "$actors" --freq month --format csv --db "$db")
    echo "$name: measure run $i: ${t}s" >&2
    times+=("$t")
  done
  if ((n > 0)); then
    m=$(printf '%s\n' "${times[@]}" | median)
    echo "$stamp $m" > "$dir/$name.time"
  fi
  [[ -f "$dir/$name.time" && "$(cut -d' ' -f1-4 "$dir/$name.time")" == "$stamp" ]] || die "no earlier $name run on this data to reuse"
  results+=("$name|$(cut -d' ' -f5 "$dir/$name.ingested")|$(cut -d' ' -f5 "$dir/$name.time")")
}

wants() { [[ " ${stores[*]} " == *" $1 "* ]]; }
if wants sqlite; then
  ingest sqlite "$dir/bench.db"
  if [[ "$ingest_only" != 1 ]]; then
    cat "$dir/bench.db" > /dev/null   # page cache warm, as the clusters' files are after their first run
    measure sqlite "$dir/bench.db" "$sqlite_runs"
  fi
fi
if wants duckdb; then
  ingest duckdb "$dir/bench.duckdb"
  if [[ "$ingest_only" != 1 ]]; then
    cat "$dir/bench.duckdb" > /dev/null
    measure duckdb "$dir/bench.duckdb" "$runs"
  fi
fi
wants clickhouse || shard_counts=()
for shards in "${shard_counts[@]}"; do
  cluster_dir="$dir/cluster-$shards"
  if [[ -f "$cluster_dir/url" ]]; then "$control" restart "$cluster_dir" > /dev/null
  else rm -rf "$cluster_dir" "$dir/clickhouse-$shards.ingested"; "$control" start "$cluster_dir" "$shards" "bench$shards" > /dev/null; fi
  version=$(curl -fsS "$(sed 's|clickhouse://\([^,/]*\).*|http://\1/|' "$cluster_dir/url")" --data-binary 'SELECT version()')
  db="$(sed "s|/pendulum?|/bench?|" "$cluster_dir/url")"
  ingest "clickhouse-$shards" "$db"
  # Let every node merge its parts, as a store that has run for a while has.
  for node in $(sed 's|clickhouse://\([^/]*\)/.*|\1|; s|,| |g' "$cluster_dir/url"); do
    curl -fsS "http://$node/" --data-binary 'OPTIMIZE TABLE bench.events_local FINAL' > /dev/null
  done
  [[ "$ingest_only" == 1 ]] || measure "clickhouse-$shards" "$db" "$runs"
  stop_cluster
done
[[ "$ingest_only" != 1 ]] || exit 0
wants sqlite || die "SQLite's output is the reference: PENDULUM_BENCH_STORES must include sqlite"

others=()
wants duckdb && others+=(duckdb)
others+=("${shard_counts[@]/#/clickhouse-}")
for name in "${others[@]}"; do
  cmp -s "$dir/sqlite.csv" "$dir/$name.csv" || die "$name's measurement differs from SQLite's ($dir/$name.csv)"
done

sqlite_m=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1 == "sqlite" { print $3 }')
echo
echo "\`pendulum measure --actors $actors --freq month --format csv\` over $rows events ($((${#files[@]})) files), seed $seed."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; ClickHouse $version."
echo
echo "| store | ingest s | ingest events/s | measure s (median) | x faster than SQLite |"
echo "|---|---:|---:|---:|---:|"
for r in "${results[@]}"; do
  IFS='|' read -r name ingest m <<< "$r"
  awk -v n="$name" -v i="$ingest" -v m="$m" -v s="$sqlite_m" -v rows="$rows" 'BEGIN {
    printf "| %s | %s | %s | %.2f | %.1f |\n", n, i, sprintf("%.0f", rows / i), m, s / m }'
done
