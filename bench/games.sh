#!/usr/bin/env bash
# Games benchmark: how many 200-turn TitForTat-TitForTat matches (noise 0.01) `pendulum games match` plays a second,
# on 1 and 2 threads, timed with GNU time around the whole process.
#
#   bench/games.sh            # 1,000,000 runs
#   bench/games.sh 5000000    # another number of runs
#
# The start-up cost is measured with a 2-run match and reported, so the rate net of it can be read too.
# Prints a markdown table.
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1000000}"
cli_dll="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"

die() { echo "games.sh: $*" >&2; exit 1; }

if [[ "$runs" == -h || "$runs" == --help ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "runs must be a positive integer, not '$runs'"
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

timed 2 1 > /dev/null   # warm the disk cache
startup="$(timed 2 1)"
echo "| threads | runs | wall s | matches/s | matches/s net of ${startup} s start-up |"
echo "|---:|---:|---:|---:|---:|"
for threads in 1 2; do
  secs="$(timed "$runs" "$threads")"
  awk -v t="$threads" -v r="$runs" -v s="$secs" -v s0="$startup" 'BEGIN {
    net = s - s0; printf "| %d | %d | %.2f | %.0f | %s |\n", t, r, s, r / s, (net > 0 ? sprintf("%.0f", r / net) : "n/a")
  }'
done
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version)."
