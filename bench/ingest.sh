#!/usr/bin/env bash
# Ingest benchmark: how fast `pendulum ingest` stores the USA<->CHN events of generated GDELT 2.0 files, side by
# side with the scan job on the same file (`pendulum aggregate --dyad USA-CHN --by day`, run alternately with the
# ingest, so both see the machine in the same state) and the floor of reading the file with `wc -l`.
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

  times=() scan_times=() peak=0
  for ((i = 1; i <= runs; i++)); do
    out="$(timed "scan job run $i of $size" dotnet "$cli_dll" aggregate --input "$file" --dyad USA-CHN --by day --format csv)"
    read -r secs _ <<< "$out"
    scan_times+=("$secs")

    db="$dir/ingest-$size.db"
    rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
    mapfile -d '' cmd < <(ingest_command "$file" "$db")
    # An assignment from $(...) fails with the command, so a failed run stops the script here.
    out="$(timed "ingest run $i of $size" "${cmd[@]}")"
    read -r secs kb <<< "$out"
    if [[ -z "$custom_cmd" && ! -s "$db" ]]; then
      die "ingest run $i of $size exited 0 but wrote no database at $db"
    fi
    echo "$size run $i: ${secs}s, ${kb} KB peak (scan job ${scan_times[-1]}s)" >&2
    times+=("$secs")
    if (( kb > peak )); then peak=$kb; fi
  done

  t="$(printf '%s\n' "${times[@]}" | median)"
  f="$(printf '%s\n' "${floor_times[@]}" | median)"
  sj="$(printf '%s\n' "${scan_times[@]}" | median)"
  rows_out+=("$(awk -v size="$size" -v t="$t" -v f="$f" -v sj="$sj" -v bytes="$bytes" -v rows="$rows" -v kb="$peak" 'BEGIN {
    printf "| %s | %.3f | %.0f | %.0f | %.0f | %.3f | %.2f | %.3f | %.1f |", size, t, bytes / 1e6 / t, rows / t, kb / 1024, sj, t / sj, f, t / f
  }')")
done

echo
echo "Ingest: \`$label\`, median of $runs runs, seed $seed, page cache warm."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM."
echo
echo "The scan job (\`aggregate --dyad USA-CHN --by day --format csv\`) ran before each ingest run, on the same file."
echo
echo "| size | median s | MB/s | rows/s | peak MB | scan job s | x scan job | \`wc -l\` s | x floor |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows_out[@]}"
