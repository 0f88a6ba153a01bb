#!/usr/bin/env bash
# Start-up of a trivial command, `pendulum --version`, as users run it, before and after ReadyToRun:
#   - the dotnet tool: the portable package (scripts/pack.sh --portable; compiled at run time) against the linux-x64
#     ReadyToRun package (scripts/pack.sh), each installed into a tool path of its own;
#   - the self-contained single-file binary, built without and with ReadyToRun;
#   - `dotnet Pendulum.Cli.dll --version` from a Release build, and a hello-world program as the runtime's floor.
# Each command runs RUNS times (default 20) after one warm-up, alternating; prints the median wall and CPU seconds
# (GNU time). Builds everything it times into a scratch folder (several minutes: the ReadyToRun binary is slow to build;
# PENDULUM_STARTUP_REUSE=1 times what an earlier run built).
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${PENDULUM_BENCH_DIR:-/tmp/pendulum-bench}/startup"
seed=0
source "$root/bench/lib.sh"
runs="${1:-20}"
need_gnu_time
mkdir -p "$dir"

if [[ -z "${PENDULUM_STARTUP_REUSE:-}" ]]; then   # PENDULUM_STARTUP_REUSE=1: time what an earlier run built
echo "building (tool portable, tool ReadyToRun, binary without and with ReadyToRun, hello world)" >&2
"$root/scripts/pack.sh" --portable --tool-only --out "$dir/portable" >&2
"$root/scripts/pack.sh" --out "$dir/r2r" >&2
dotnet publish "$root/src/Pendulum.Cli" -c Release -r linux-x64 --self-contained -nologo -v q -p:PublishSingleFile=true \
  -p:PackAsTool=false -p:DebugType=none -o "$dir/binary-jit" >&2
for kind in portable r2r; do
  rm -rf "$dir/tool-$kind"
  NUGET_PACKAGES="$dir/packages-$kind" dotnet tool install Pendulum.Tool --tool-path "$dir/tool-$kind" --add-source "$dir/$kind" >&2
done
mkdir -p "$dir/hello"
printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><InvariantGlobalization>true</InvariantGlobalization></PropertyGroup></Project>\n' > "$dir/hello/hello.csproj"
echo 'System.Console.WriteLine("1.0");' > "$dir/hello/Program.cs"
dotnet build "$dir/hello" -c Release -nologo -v q >&2
build src/Pendulum.Cli
fi

commands=(
  "tool, portable (JIT)|$dir/tool-portable/pendulum --version"
  "tool, linux-x64 ReadyToRun|$dir/tool-r2r/pendulum --version"
  "binary, single file (JIT)|$dir/binary-jit/Pendulum.Cli --version"
  "binary, single file ReadyToRun|$dir/r2r/linux-x64/pendulum --version"
  "dotnet Pendulum.Cli.dll (checkout build)|dotnet $root/src/Pendulum.Cli/bin/Release/net10.0/Pendulum.Cli.dll --version"
  "hello world (runtime floor)|$dir/hello/bin/Release/net10.0/hello"
)
declare -A wall cpu
for entry in "${commands[@]}"; do ${entry#*|} >/dev/null; done   # warm-up
for ((r = 0; r < runs; r++)); do
  for entry in "${commands[@]}"; do
    /usr/bin/time -o "$dir/time.txt" -f "%e %U %S" ${entry#*|} >/dev/null 2>&1
    read -r e u s < "$dir/time.txt"
    wall["${entry%%|*}"]+="$e "
    cpu["${entry%%|*}"]+="$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }') "
  done
done
med() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
printf '| command | median wall s | median CPU s |\n|---|---:|---:|\n'
for entry in "${commands[@]}"; do
  label="${entry%%|*}"
  printf '| %s | %s | %s |\n' "$label" "$(echo "${wall[$label]}" | med)" "$(echo "${cpu[$label]}" | med)"
done
