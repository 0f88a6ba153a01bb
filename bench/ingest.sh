#!/usr/bin/env bash
# Ingest benchmark: how fast `pendulum ingest` stores the USA<->CHN events of generated GDELT 2.0 files into SQLite
# and into DuckDB, side by side with the scan job on the same file (`pendulum aggregate --dyad USA-CHN --by day`, run
# in turn with the two ingests in every round, so all three see the machine in the same state) and the floor of
# reading the file with `wc -l`.
#
#   bench/ingest.sh                 # 100MB 1GB 4GB
#   bench/ingest.sh 100MB 1GB       # chosen sizes (MB/GB are powers of 1000, MiB/GiB of 1024)
#
# Environment:
#   PENDULUM_BENCH_DIR   scratch folder for generated files and databases (default /tmp/pendulum-bench);
#                        a file is reused when it was generated with the same size, seed and generator sources
#                        (bench/Pendulum.Bench: Generation/, Data/, GenerateCommand.cs, ByteSize.cs)
#   PENDULUM_BENCH_SEED  generator seed (default 42)
#   PENDULUM_BENCH_RUNS  timed runs per size, the median is reported (default 3)
#   PENDULUM_BENCH_STORES  the stores to ingest into, each run in every round (default 'sqlite duckdb')
#   PENDULUM_INGEST_CMD  the command to time instead of the Pendulum CLI, run by bash with {file} and {db}
#                        replaced (the file is appended when there is no {file}), e.g. 'wc -l' or
#                        'cat {file} > /dev/null'; the CLI is then built only for the scan job
#
# Prints a markdown table. Exits non-zero, showing the command's stderr, when an ingest run fails.
set -euo pipefail
export LC_ALL=C   # decimal points in EPOCHREALTIME, awk and sort

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench}"
seed="${PENDULUM_BENCH_SEED:-42}"
runs="${PENDULUM_BENCH_RUNS:-3}"
custom_cmd="${PENDULUM_INGEST_CMD:-}"
read -r -a stores <<< "${PENDULUM_BENCH_STORES:-sqlite duckdb}"
[[ -z "$custom_cmd" ]] || stores=(custom)
cli_dll="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(100MB 1GB 4GB)
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "PENDULUM_BENCH_RUNS must be a positive integer, not '$runs'"
need_gnu_time

echo "building the generator and the CLI" >&2
build bench/Pendulum.Bench
build src/Pendulum.Cli
[[ -f "$cli_dll" ]] || die "no CLI at $cli_dll"

# The command for one run, as an array ready to exec.
ingest_command() { # file db
  if [[ -z "$custom_cmd" ]]; then
    printf '%s\0' dotnet "$cli_dll" ingest "$1" --db "$2" --actors USA,CHN
  else
    local cmd="$custom_cmd"
    [[ "$cmd" == *"{file}"* ]] || cmd+=" {file}"
    cmd="${cmd//\{file\}/$(printf '%q' "$1")}"
    cmd="${cmd//\{db\}/$(printf '%q' "$2")}"
    printf '%s\0' bash -c "$cmd"
  fi
}

label="${custom_cmd:-pendulum ingest --actors USA,CHN}"
rows_out=()
for size in "${sizes[@]}"; do
  file="$(generate "$size")"
  bytes="$(stat -c %s "$file")"
  cat "$file" > /dev/null   # warm the page cache: both sides then read from memory
  rows="$(wc -l < "$file")"

  floor_times=()
  for ((i = 1; i <= runs; i++)); do
    out="$(timed "wc -l" wc -l "$file")"
    read -r secs _ <<< "$out"
    floor_times+=("$secs")
  done

  declare -A times=() peak=()
  scan_times=()
  for ((i = 1; i <= runs; i++)); do
    out="$(timed "scan job run $i of $size" dotnet "$cli_dll" aggregate --input "$file" --dyad USA-CHN --by day --format csv)"
    read -r secs _ <<< "$out"
    scan_times+=("$secs")

    for store in "${stores[@]}"; do
      case "$store" in
        sqlite|custom) db="$dir/ingest-$size.db" ;;
        duckdb) db="$dir/ingest-$size.duckdb" ;;
        *) die "unknown store '$store' in PENDULUM_BENCH_STORES (sqlite, duckdb)" ;;
      esac
      rm -f "$db" "$db-wal" "$db-shm" "$db-journal" "$db.wal"
      mapfile -d '' cmd < <(ingest_command "$file" "$db")
      # An assignment from $(...) fails with the command, so a failed run stops the script here.
      out="$(timed "$store ingest run $i of $size" "${cmd[@]}")"
      read -r secs kb <<< "$out"
      if [[ -z "$custom_cmd" && ! -s "$db" ]]; then
        die "$store ingest run $i of $size exited 0 but wrote no database at $db"
      fi
      echo "$size run $i: $store ${secs}s, ${kb} KB peak (scan job ${scan_times[-1]}s)" >&2
      times[$store]+="$secs "
      if (( kb > ${peak[$store]:-0} )); then peak[$store]=$kb; fi
    done
  done

  f="$(printf '%s\n' "${floor_times[@]}" | median)"
  sj="$(printf '%s\n' "${scan_times[@]}" | median)"
  for store in "${stores[@]}"; do
    t="$(printf '%s\n' ${times[$store]} | median)"
    rows_out+=("$(awk -v size="$size" -v store="$store" -v t="$t" -v f="$f" -v sj="$sj" -v bytes="$bytes" -v rows="$rows" -v kb="${peak[$store]}" 'BEGIN {
      printf "| %s | %s | %.3f | %.0f | %.0f | %.0f | %.3f | %.2f | %.3f | %.1f |", size, store, t, bytes / 1e6 / t, rows / t, kb / 1024, sj, t / sj, f, t / f
    }')")
  done
  unset times peak
done

echo
echo "Ingest: \`$label\`, median of $runs runs, seed $seed, page cache warm."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM."
echo
echo "Each round ran the scan job (\`aggregate --dyad USA-CHN --by day --format csv\`), then each store's ingest, on the same file."
echo
echo "| size | store | median s | MB/s | rows/s | peak MB | scan job s | x scan job | \`wc -l\` s | x floor |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows_out[@]}"
