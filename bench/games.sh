#!/usr/bin/env bash
# Games benchmark: how many 200-turn TitForTat-TitForTat matches (noise 0.01) `pendulum games match` plays a second,
# on 1 and 2 threads, timed with GNU time around the whole process.
#
#   bench/games.sh            # 1,000,000 runs
#   bench/games.sh 5000000    # another number of runs
#
# Environment:
#   PENDULUM_BENCH_REPEATS  timed runs per thread count, the median is reported (default 3)
#
# The start-up cost is measured with a 2-run match and reported, so the rate net of it can be read too.
# Prints a markdown table.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1000000}"
repeats="${PENDULUM_BENCH_REPEATS:-3}"
cli_dll="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"

die() { echo "games.sh: $*" >&2; exit 1; }

if [[ "$runs" == -h || "$runs" == --help ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "runs must be a positive integer, not '$runs'"
[[ "$repeats" =~ ^[1-9][0-9]*$ ]] || die "PENDULUM_BENCH_REPEATS must be a positive integer, not '$repeats'"
[[ -x /usr/bin/time ]] || die "needs GNU time: apt-get install time"

dotnet build -c Release "$root/src/Pendulum.Cli" -nologo -v q >&2 || die "CLI build failed"
[[ -f "$cli_dll" ]] || die "no CLI at $cli_dll"

# Prints the wall seconds of one run of the match command with the given runs and threads.
timed() { # runs threads
  local tfile
  tfile="$(mktemp)"
  /usr/bin/time -f '%e' -o "$tfile" dotnet "$cli_dll" games match --a TitForTat --b TitForTat --turns 200 --noise 0.01 \
    --runs "$1" --seed 1 --threads "$2" --format csv > /dev/null || die "the match command failed"
  tail -n 1 "$tfile"
  rm -f "$tfile"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Prints the median wall seconds of $repeats runs.
median_timed() { # runs threads
  for ((i = 1; i <= repeats; i++)); do timed "$1" "$2"; done | median
}

timed 2 1 > /dev/null   # warm the disk cache
startup="$(median_timed 2 1)"
echo "Median of $repeats runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| threads | runs | wall s | matches/s | matches/s net of ${startup} s start-up |"
echo "|---:|---:|---:|---:|---:|"
for threads in 1 2; do
  secs="$(median_timed "$runs" "$threads")"
  awk -v t="$threads" -v r="$runs" -v s="$secs" -v s0="$startup" 'BEGIN {
    net = s - s0; printf "| %d | %d | %.2f | %.0f | %s |\n", t, r, s, r / s, (net > 0 ? sprintf("%.0f", r / net) : "n/a")
  }'
done
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version)."
