#!/usr/bin/env bash
# Scale benchmark: the same events in SQLite, DuckDB, and a 2-shard (and, on request, a 1-shard) ClickHouse cluster
# (scripts/clickhouse.sh, Debian's clickhouse-server), then `pendulum measure --actors` over 20 countries (190 pairs) by
# month on each, side by side in one run; with several event counts, at each count, for the growth.
#
#   bench/clickhouse.sh                        # 10 million events
#   bench/clickhouse.sh 50000000               # another count (rounded to whole generated rows)
#   bench/clickhouse.sh 10000000 50000000      # the growth: the first 10 of the 50 files, then all of them
#
# Environment:
#   PENDULUM_BENCH_DIR        scratch folder (default /tmp/pendulum-bench-ch): generated files, SQLite file, clusters;
#                             generated files are reused when count, seed and generator sources match
#   PENDULUM_BENCH_SEED       generator seed (default 42)
#   PENDULUM_BENCH_RUNS       timed measure runs on DuckDB and each cluster, the median is reported (default 3)
#   PENDULUM_BENCH_SQLITE_RUNS  timed measure runs on SQLite (default 1: it is the slow one; 0 reuses the time and
#                             output of the last run on the same data)
#   PENDULUM_BENCH_SHARDS     the clusters to measure, by shard count (default '2'; '2 1' adds the 1-shard cluster)
#   PENDULUM_BENCH_STORES     the stores to ingest and measure (default 'sqlite duckdb clickhouse'); SQLite's output is
#                             the reference the others are compared with, so it must have been measured on this data
#   PENDULUM_BENCH_CLUSTER_COUNTS  the counts at which the clusters are ingested and measured (default: every count;
#                             a cluster ingests each count from the start, the slowest part of a run)
#   PENDULUM_BENCH_GENERATE   the count generated (default: the largest count), whose first files the counts take;
#                             lets a run reuse the data of a larger one
#   PENDULUM_BENCH_INGEST_ONLY  1: ingest into the stores and stop, measuring nothing (stores can be filled ahead, in
#                             separate runs, and measured side by side later)
#
# The generator writes 200 rows per 15-minute slice (19,200 a day, so 10 million events span about 17 months of
# DATEADDED; event dates reach further back, as in GDELT). Its output (for the largest count) is split as it is written
# (through a named pipe, so the whole file never sits on disk beside its pieces) into files of 1 million rows,
# ingested one file at a time, as GDELT arrives; a smaller count is the first files of the same data. With several
# counts, a file store (SQLite, DuckDB) of a larger count starts as a copy of the next smaller one and ingests the
# files it lacks, and its ingest time is the sum; each cluster holds one database per count, each ingested from the
# start. Only the cluster being measured runs, after its nodes have merged their parts (OPTIMIZE ... FINAL). Prints a
# markdown table; at every count, every store's CSV output must be byte-identical to SQLite's, or the script fails.
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
cluster_counts_given="${PENDULUM_BENCH_CLUSTER_COUNTS:-}"
actors=USA,CHN,GBR,RUS,IRN,ISR,IND,AUS,JPN,CAN,DEU,FRA,NGA,PRK,KOR,SYR,PAK,MEX,TUR,AFG
rows_per_slice=200
rows_per_file=1000000
cli=(dotnet "$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll")
gen=(dotnet "$root/bench/Pendulum.Bench/bin/Release/net10.0/Pendulum.Bench.dll")
control="$root/scripts/clickhouse.sh"

die() { echo "clickhouse.sh: $*" >&2; exit 1; }
case "${1:-}" in -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;; esac
counts=("$@")
[[ ${#counts[@]} -gt 0 ]] || counts=(10000000)
for c in "${counts[@]}"; do [[ "$c" =~ ^[1-9][0-9]*$ ]] || die "an event count must be a positive integer, not '$c'"; done
mapfile -t counts < <(printf '%s\n' "${counts[@]}" | sort -n -u)
events="${PENDULUM_BENCH_GENERATE:-${counts[-1]}}"
[[ "$events" =~ ^[1-9][0-9]*$ && "$events" -ge "${counts[-1]}" ]] || die "PENDULUM_BENCH_GENERATE must be a count of at least ${counts[-1]}, not '$events'"
read -r -a cluster_counts <<< "${cluster_counts_given:-${counts[*]}}"
for c in "${cluster_counts[@]}"; do [[ " ${counts[*]} " == *" $c "* ]] || die "PENDULUM_BENCH_CLUSTER_COUNTS: $c is not one of the counts"; done

echo "building the CLI and the generator" >&2
dotnet build -c Release "$root/src/Pendulum.Cli" -nologo -v q >&2 || die "CLI build failed"
dotnet build -c Release "$root/bench/Pendulum.Bench" -nologo -v q >&2 || die "generator build failed"
mkdir -p "$dir"

# --- data: the largest count generated (about 393 bytes a row at this slice size), split into files of 1 million rows ---
gen_hash="$(cd "$root/bench/Pendulum.Bench" && find . \( -path ./bin -o -path ./obj \) -prune -o -type f -print0 \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)"
stamp="$events $seed $rows_per_slice $gen_hash"
data="$dir/data-$events"
if [[ ! -f "$data/ok" || "$(cat "$data/ok")" != "$stamp" ]]; then
  rm -rf "$data" && mkdir -p "$data"
  mkfifo "$data/all.pipe"
  (cd "$data" && split -d -a 3 -l "$rows_per_file" --additional-suffix=.export.CSV all.pipe part-) &
  "${gen[@]}" generate --size $((events * 393)) --seed "$seed" --rows-per-slice "$rows_per_slice" --out "$data/all.pipe" >&2
  wait $! || die "splitting the generated events failed"
  rm "$data/all.pipe"
  echo "$stamp" > "$data/ok"
fi
all_files=("$data"/part-*.export.CSV)

# files_of COUNT: how many of the files hold COUNT events (all of them for the largest count).
files_of() { if (( $1 == events )); then echo "${#all_files[@]}"; else echo $(( ($1 + rows_per_file - 1) / rows_per_file )); fi; }
# key COUNT: what a store of COUNT events holds: the data's stamp and the number of its files.
key() { echo "$stamp $(files_of "$1")"; }

timed_to() { local out="$1" start=$EPOCHREALTIME; shift; "$@" > "$out"; awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f\n", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

cluster_dir=""
stop_cluster() { if [[ -n "$cluster_dir" ]]; then "$control" stop "$cluster_dir" || true; cluster_dir=""; fi; }
trap stop_cluster EXIT

# ingest NAME COUNT DB [FROM_DB]: ingests the files of COUNT into DB unless it holds them already. A file store given
# FROM_DB (the store of a smaller count, ingested) starts as its copy and ingests the files it lacks. The marker keeps
# what the store holds (key) and the ingest's time in seconds (the copied store's time included), which the table
# reports.
ingest() {
  local name="$1" count="$2" db="$3" from="${4:-}" marker="$dir/$1-$2.ingested" t n skip=0 before=0
  n=$(files_of "$count")
  [[ -f "$marker" && "$(cut -d' ' -f1-5 "$marker")" == "$(key "$count")" ]] && return
  [[ "$name" != sqlite ]] || rm -f "$db" "$db-journal"
  [[ "$name" != duckdb ]] || rm -f "$db" "$db.wal"
  if [[ -n "$from" ]]; then
    cp "$from" "$db"
    skip=$(cut -d' ' -f5 "$dir/$name-$from_count.ingested")
    before=$(cut -d' ' -f6 "$dir/$name-$from_count.ingested")
  fi
  echo "$name: ingesting files $((skip + 1))-$n into $db" >&2
  t=$(timed_to /dev/null "${cli[@]}" ingest "${all_files[@]:skip:n-skip}" --db "$db")
  echo "$(key "$count") $(awk -v a="$before" -v b="$t" 'BEGIN { printf "%.2f", a + b }')" > "$marker"
}

# ingest_file_store NAME EXT: the store of every count, each from the next smaller one.
ingest_file_store() {
  local name="$1" ext="$2" previous="" c
  from_count=""
  for c in "${counts[@]}"; do
    ingest "$name" "$c" "$dir/bench-$c.$ext" "$previous"
    previous="$dir/bench-$c.$ext"
    from_count="$c"
  done
}

# measure NAME COUNT DB RUNS: times measure RUNS times (0 reuses the last time and output on this data); adds a table row.
results=()
measure() {
  local name="$1" count="$2" db="$3" n="$4" t m times=() label="$1-$2"
  for ((i = 1; i <= n; i++)); do
    t=$(timed_to "$dir/$label.csv" "${cli[@]}" measure --actors "$actors" --freq month --format csv --db "$db")
    echo "$label: measure run $i: ${t}s" >&2
    times+=("$t")
  done
  if ((n > 0)); then
    m=$(printf '%s\n' "${times[@]}" | median)
    echo "$(key "$count") $m $(printf '%s,' "${times[@]}" | sed 's/,$//')" > "$dir/$label.time"
  fi
  [[ -f "$dir/$label.time" && "$(cut -d' ' -f1-5 "$dir/$label.time")" == "$(key "$count")" ]] || die "no earlier $label run on this data to reuse"
  results+=("$name|$count|$(cut -d' ' -f6 "$dir/$name-$count.ingested")|$(cut -d' ' -f6-7 "$dir/$label.time")")
}

wants() { [[ " ${stores[*]} " == *" $1 "* ]]; }
if wants sqlite; then
  ingest_file_store sqlite db
  if [[ "$ingest_only" != 1 ]]; then
    for c in "${counts[@]}"; do
      cat "$dir/bench-$c.db" > /dev/null   # page cache warm, as the clusters' files are after their first run
      measure sqlite "$c" "$dir/bench-$c.db" "$sqlite_runs"
    done
  fi
fi
if wants duckdb; then
  ingest_file_store duckdb duckdb
  if [[ "$ingest_only" != 1 ]]; then
    for c in "${counts[@]}"; do
      cat "$dir/bench-$c.duckdb" > /dev/null
      measure duckdb "$c" "$dir/bench-$c.duckdb" "$runs"
    done
  fi
fi
wants clickhouse || shard_counts=()
for shards in "${shard_counts[@]}"; do
  cluster_dir="$dir/cluster-$shards"
  if [[ -f "$cluster_dir/url" ]]; then "$control" restart "$cluster_dir" > /dev/null
  else rm -rf "$cluster_dir" "$dir/clickhouse-$shards"-*.ingested; "$control" start "$cluster_dir" "$shards" "bench$shards" > /dev/null; fi
  version=$(curl -fsS "$(sed 's|clickhouse://\([^,/]*\).*|http://\1/|' "$cluster_dir/url")" --data-binary 'SELECT version()')
  for c in "${cluster_counts[@]}"; do
    db="$(sed "s|/pendulum?|/bench$c?|" "$cluster_dir/url")"
    ingest "clickhouse-$shards" "$c" "$db"
    # Let every node merge its parts, as a store that has run for a while has.
    for node in $(sed 's|clickhouse://\([^/]*\)/.*|\1|; s|,| |g' "$cluster_dir/url"); do
      curl -fsS "http://$node/" --data-binary "OPTIMIZE TABLE bench$c.events_local FINAL" > /dev/null
    done
    [[ "$ingest_only" == 1 ]] || measure "clickhouse-$shards" "$c" "$db" "$runs"
  done
  stop_cluster
done
[[ "$ingest_only" != 1 ]] || exit 0
wants sqlite || die "SQLite's output is the reference: PENDULUM_BENCH_STORES must include sqlite"

others=()
wants duckdb && others+=(duckdb)
others+=("${shard_counts[@]/#/clickhouse-}")
for c in "${counts[@]}"; do
  for name in "${others[@]}"; do
    [[ "$name" != clickhouse-* || " ${cluster_counts[*]} " == *" $c "* ]] || continue
    cmp -s "$dir/sqlite-$c.csv" "$dir/$name-$c.csv" || die "$name's measurement of $c events differs from SQLite's ($dir/$name-$c.csv)"
  done
done

echo
echo "\`pendulum measure --actors $actors --freq month --format csv\`, seed $seed; the counts are the first files of ${#all_files[@]} of $rows_per_file rows."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM; ClickHouse ${version:-not run}."
echo
echo "| events | store | ingest s | ingest events/s | measure s (median) | runs s | x faster than SQLite | x time of the smallest count |"
echo "|---:|---|---:|---:|---:|---|---:|---:|"
declare -A rows_of=()
for c in "${counts[@]}"; do rows_of[$c]=$(cat "${all_files[@]:0:$(files_of "$c")}" | wc -l); done
for r in "${results[@]}"; do
  IFS='|' read -r name count ingest timing <<< "$r"
  read -r m all <<< "$timing"
  rows=${rows_of[$count]}
  s=$(printf '%s\n' "${results[@]}" | awk -F'|' -v c="$count" '$1 == "sqlite" && $2 == c { split($4, t, " "); print t[1] }')
  first=$(printf '%s\n' "${results[@]}" | awk -F'|' -v n="$name" -v c="${counts[0]}" '$1 == n && $2 == c { split($4, t, " "); print t[1] }')
  awk -v n="$name" -v i="$ingest" -v m="$m" -v all="$all" -v s="$s" -v f="$first" -v rows="$rows" 'BEGIN {
    printf "| %d | %s | %s | %.0f | %.2f | %s | %.1f | %.1f |\n", rows, n, i, rows / i, m, all, s / m, m / f }'
done
