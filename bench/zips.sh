#!/usr/bin/env bash
# Zip benchmark: GDELT ships its exports zipped, GDELT 2.0 as a 15-minute file of about 1 MB (96 a day). This times
# `aggregate` (the scan job) and `ingest --actors USA,CHN` on one generated file in three forms, run alternately
# after a warm-up: the plain file, the file as one zip, and the file cut into many small zips at row boundaries.
# It checks that the three forms give byte-identical aggregates and store the same number of events.
#
#   bench/zips.sh                 # 1GB, cut into pieces of 1 MB
#   bench/zips.sh 100MB           # another size (MB/GB are powers of 1000, MiB/GiB of 1024)
#
# Environment:
#   PENDULUM_BENCH_DIR    scratch folder for generated files and databases (default /tmp/pendulum-bench)
#   PENDULUM_BENCH_SEED   generator seed (default 42)
#   PENDULUM_BENCH_RUNS   timed runs of each command and form, the median is reported (default 3)
#   PENDULUM_BENCH_PIECE  bytes of rows per small zip (default 1000000)
#
# Prints a markdown table. Needs python3 (its zipfile module makes the zips).
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench}"
seed="${PENDULUM_BENCH_SEED:-42}"
runs="${PENDULUM_BENCH_RUNS:-3}"
piece="${PENDULUM_BENCH_PIECE:-1000000}"
cli_dll="$root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
size="${1:-1GB}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "PENDULUM_BENCH_RUNS must be a positive integer, not '$runs'"
[[ "$piece" =~ ^[1-9][0-9]*$ ]] || die "PENDULUM_BENCH_PIECE must be a positive number of bytes, not '$piece'"
command -v python3 > /dev/null || die "python3 is needed to make the zips"
need_gnu_time

echo "building the generator and the CLI" >&2
build bench/Pendulum.Bench
build src/Pendulum.Cli

file="$(generate "$size")"
stamp="$(cat "$file.ok") $piece"
pieces="$file.pieces-$piece"
# The zips are remade when the file or the piece size changed (the stamp records both).
if [[ ! -f "$pieces/.ok" || "$(cat "$pieces/.ok")" != "$stamp" || ! -f "$file.zip" ]]; then
  echo "zipping $file whole and in pieces of $piece bytes" >&2
  rm -rf "$pieces" "$file.zip"
  mkdir -p "$pieces"
  python3 - "$file" "$pieces" "$piece" <<'PY'
import os, sys, zipfile
src, out, piece = sys.argv[1], sys.argv[2], int(sys.argv[3])
name = os.path.basename(src)
with zipfile.ZipFile(src + ".zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.write(src, name)
n, rows, size = 0, [], 0
def flush():
    global n, rows, size
    member = f"{n:06d}.export.CSV"
    with zipfile.ZipFile(os.path.join(out, member + ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, b"".join(rows))
    n, rows, size = n + 1, [], 0
with open(src, "rb") as f:
    for row in f:
        rows.append(row)
        size += len(row)
        if size >= piece:
            flush()
if rows:
    flush()
PY
  echo "$stamp" > "$pieces/.ok"
fi
count="$(find "$pieces" -name '*.zip' | wc -l)"
cat "$file" "$file.zip" "$pieces"/*.zip > /dev/null   # warm the page cache

forms=(plain zip pieces)
form_label() {
  case "$1" in
    plain) echo "plain file" ;;
    zip) echo "one zip ($(( $(stat -c %s "$file.zip") / 1000000 )) MB)" ;;
    pieces) echo "$count zips of about $(( piece / 1000 )) kB of rows" ;;
  esac
}
form_inputs() {
  case "$1" in
    plain) printf '%s\0' "$file" ;;
    zip) printf '%s\0' "$file.zip" ;;
    pieces) printf '%s\0' "$pieces"/*.zip ;;
  esac
}

declare -A agg ing new
for form in "${forms[@]}"; do agg[$form]=""; ing[$form]=""; done
db="$dir/zips-bench.db"
for ((i = 0; i <= runs; i++)); do   # round 0 is the warm-up, not counted
  for form in "${forms[@]}"; do
    mapfile -d '' inputs < <(form_inputs "$form")
    out="$(timed "aggregate, $form" dotnet "$cli_dll" aggregate --input "${inputs[@]}" --dyad USA-CHN --by day --format csv)"
    dotnet "$cli_dll" aggregate --input "${inputs[@]}" --dyad USA-CHN --by day --format csv > "$dir/zips-$form.csv" 2> /dev/null
    read -r secs _ <<< "$out"
    (( i > 0 )) && agg[$form]+="$secs "
    rm -f "$db" "$db-journal"
    if (( i == runs )); then
      # The last round keeps the summary, to compare what each form stored.
      summary="$(dotnet "$cli_dll" ingest "${inputs[@]}" --db "$db" --actors USA,CHN 2> /dev/null | tail -n 1)"
      new[$form]="$(grep -oE '[0-9,]+ new' <<< "$summary" | tr -d ',' | cut -d' ' -f1)"
      rm -f "$db" "$db-journal"
    fi
    out="$(timed "ingest, $form" dotnet "$cli_dll" ingest "${inputs[@]}" --db "$db" --actors USA,CHN)"
    read -r secs _ <<< "$out"
    (( i > 0 )) && ing[$form]+="$secs "
    echo "round $i, $form: done" >&2
  done
done

for form in zip pieces; do
  cmp -s "$dir/zips-plain.csv" "$dir/zips-$form.csv" || die "aggregate of the $form form differs from the plain file's"
  [[ "${new[$form]}" == "${new[plain]}" ]] || die "ingest of the $form form stored ${new[$form]} events, the plain file ${new[plain]}"
done

med() { tr ' ' '\n' <<< "$1" | grep . | median; }
a0="$(med "${agg[plain]}")"
i0="$(med "${ing[plain]}")"
echo
echo "Zips: \`aggregate --dyad USA-CHN --by day\` and \`ingest --actors USA,CHN\` (new store each run) of the $size file (seed $seed),"
echo "median of $runs runs after a warm-up, forms alternating, page cache warm. All forms gave the same CSV and stored ${new[plain]} events."
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM."
echo
echo "| input | aggregate s | x plain | ingest s | x plain |"
echo "|---|---:|---:|---:|---:|"
for form in "${forms[@]}"; do
  a="$(med "${agg[$form]}")"
  t="$(med "${ing[$form]}")"
  awk -v l="$(form_label "$form")" -v a="$a" -v a0="$a0" -v t="$t" -v t0="$i0" \
    'BEGIN { printf "| %s | %.3f | %.2f | %.3f | %.2f |\n", l, a, a / a0, t, t / t0 }'
done
