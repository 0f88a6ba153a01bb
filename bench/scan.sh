#!/usr/bin/env bash
# Scan job side by side: USA<->CHN daily aggregates of a generated GDELT 2.0 file (docs/bench-scan-job.md of the
# shared docs) by `pendulum aggregate`, DuckDB (npm @duckdb/node-api), pandas (Debian) and the `wc -l` / `cat` floor.
#
#   bench/scan.sh                 # 1GB
#   bench/scan.sh 100MB 1GB 4GB   # chosen sizes (MB/GB are powers of 1000, MiB/GiB of 1024)
#
# Environment:
#   PENDULUM_BENCH_DIR     scratch folder for generated files and outputs (default /tmp/pendulum-bench)
#   PENDULUM_BENCH_SEED    generator seed (default 42)
#   PENDULUM_BENCH_ROUNDS  rounds per size; a round runs every tool once, in a fixed order (default 5)
#   PENDULUM_SCAN_TOOLS    the tools to run, in order (default: all of
#                          pendulum2 pendulum1 duckdb duckdb1 pandas wc cat); the first tool that writes a CSV is
#                          the reference every other output must equal byte for byte
#
# Installs what is missing (GNU time, python3-pandas, `npm ci` in bench/scan), builds the CLI and the generator,
# warms the page cache, then prints per size a markdown table of median wall time, MB/s and peak RSS per tool,
# and the ratios of Pendulum on 2 threads to the peers. Exits non-zero when a tool fails or two outputs differ.
set -euo pipefail
export LC_ALL=C   # decimal points in EPOCHREALTIME, awk and sort

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench}"
seed="${PENDULUM_BENCH_SEED:-42}"
rounds="${PENDULUM_BENCH_ROUNDS:-5}"
read -r -a tools <<< "${PENDULUM_SCAN_TOOLS:-pendulum2 pendulum1 duckdb duckdb1 pandas wc cat}"
cli_dll="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"
scan="$root/bench/scan"
python=/usr/bin/python3   # Debian's, with python3-pandas (a pyenv python3 on PATH would not have it)
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1GB)
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "PENDULUM_BENCH_ROUNDS must be a positive integer, not '$rounds'"

duckdb_wanted="$(node -p "require('$scan/package.json').dependencies['@duckdb/node-api']")"
declare -A label=(
  [pendulum2]="Pendulum \`aggregate\`, 2 threads" [pendulum1]="Pendulum \`aggregate\`, 1 thread"
  [duckdb]="DuckDB ${duckdb_wanted%%-*}, default threads"
  [duckdb1]="DuckDB, 1 thread" [pandas]="pandas, chunked" [wc]="\`wc -l\` (floor)" [cat]="\`cat FILE > /dev/null\`"
)
for tool in "${tools[@]}"; do [[ -v "label[$tool]" ]] || die "unknown tool '$tool' in PENDULUM_SCAN_TOOLS"; done
has() { [[ " ${tools[*]} " == *" $1 "* ]]; }

need_gnu_time
if has pandas && ! "$python" -c 'import pandas' 2> /dev/null; then
  echo "installing python3-pandas" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas >&2 \
    || die "could not install python3-pandas"
fi
duckdb_installed="$(node -p "require('$scan/node_modules/@duckdb/node-api/package.json').version" 2> /dev/null || true)"
if { has duckdb || has duckdb1; } && [[ "$duckdb_installed" != "$duckdb_wanted" ]]; then
  echo "installing DuckDB from bench/scan/package-lock.json (npm ci)" >&2
  (cd "$scan" && npm ci --no-audit --no-fund >&2) || die "npm ci in bench/scan failed"
fi
build bench/Pendulum.Bench
if has pendulum2 || has pendulum1; then
  build src/Pendulum.Cli
  [[ -f "$cli_dll" ]] || die "no CLI at $cli_dll"
fi

# The command of one tool, as NUL-separated words; the CSV goes to $2 (tools without output ignore it).
command_of() { # tool out
  local pendulum=(dotnet "$cli_dll" aggregate --input "$file" --dyad USA-CHN --by day --format csv --out "$2")
  case "$1" in
    pendulum2) printf '%s\0' "${pendulum[@]}" --threads 2 ;;
    pendulum1) printf '%s\0' "${pendulum[@]}" --threads 1 ;;
    duckdb) printf '%s\0' node "$scan/duckdb-scan.mjs" "$file" "$2" ;;
    duckdb1) printf '%s\0' node "$scan/duckdb-scan.mjs" "$file" "$2" 1 ;;
    pandas) printf '%s\0' "$python" "$scan/pandas-scan.py" "$file" "$2" ;;
    wc) printf '%s\0' wc -l "$file" ;;
    cat) printf '%s\0' cat "$file" ;;
  esac
}
writes_csv() { [[ "$1" != wc && "$1" != cat ]]; }

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), .NET $(dotnet --version)."
for size in "${sizes[@]}"; do
  file="$(generate "$size")"
  bytes="$(stat -c %s "$file")"
  cat "$file" > /dev/null   # warm the page cache: every tool then reads from memory
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  declare -A times=() peak=()
  reference=""
  for ((round = 1; round <= rounds; round++)); do
    for tool in "${tools[@]}"; do
      out="$dir/scan-$size-$tool.csv"
      rm -f "$out"
      mapfile -d '' cmd < <(command_of "$tool" "$out")
      # An assignment from $(...) fails with the command, so a failed run stops the script here.
      result="$(timed "$tool (round $round, $size)" "${cmd[@]}")"
      read -r secs kb <<< "$result"
      echo "$size round $round $tool: ${secs}s, ${kb} KB peak" >&2
      times[$tool]+="$secs "
      if (( kb > ${peak[$tool]:-0} )); then peak[$tool]=$kb; fi
      if writes_csv "$tool"; then
        [[ -s "$out" ]] || die "$tool exited 0 but wrote no CSV at $out"
        [[ -n "$reference" ]] || reference="$tool"
        cmp "$dir/scan-$size-$reference.csv" "$out" \
          || die "$tool's output differs from $reference's (round $round, $size): diff $dir/scan-$size-{$reference,$tool}.csv"
      fi
    done
  done

  echo
  echo "### $size ($bytes bytes, $(wc -l < "$file") rows, $(($(wc -l < "$dir/scan-$size-$reference.csv") - 1)) groups)"
  echo "Median of $rounds alternating rounds, page cache warm; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after."
  echo "Outputs byte-identical to ${label[$reference]}'s."
  echo
  echo "| tool | median s | MB/s | peak MB |"
  echo "|---|---:|---:|---:|"
  declare -A median_of=()
  for tool in "${tools[@]}"; do
    median_of[$tool]="$(tr ' ' '\n' <<< "${times[$tool]}" | grep . | median)"
    awk -v l="${label[$tool]}" -v t="${median_of[$tool]}" -v b="$bytes" -v kb="${peak[$tool]}" \
      'BEGIN { printf "| %s | %.3f | %.0f | %.0f |\n", l, t, b / 1e6 / t, kb / 1024 }'
  done
  if has pendulum2; then
    echo
    for peer in duckdb duckdb1 pandas; do
      if has "$peer"; then
        awk -v l="${label[$peer]}" -v a="${median_of[pendulum2]}" -v b="${median_of[$peer]}" \
          'BEGIN { printf "- Pendulum on 2 threads vs %s: %.2fx the throughput\n", l, b / a }'
      fi
    done
  fi
  unset times peak median_of
done
