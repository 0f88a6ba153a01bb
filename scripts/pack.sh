#!/usr/bin/env bash
# Builds what a user installs, into artifacts/ (or the folder given with --out):
#  - the dotnet tool (command `pendulum`; carries data/, scenarios/ and the built dashboard inside Pendulum.Web.dll, so
#    it needs neither a checkout nor Node.js once built): Pendulum.Tool.VERSION.nupkg, which points `dotnet tool
#    install` at Pendulum.Tool.linux-x64.VERSION.nupkg, compiled ahead of time (ReadyToRun) for a faster start;
#    --portable builds one package for every platform instead (compiled at run time, slower to start);
#  - a self-contained single-file binary for linux-x64 in artifacts/linux-x64/ (the file `pendulum`, ReadyToRun, with
#    data/ and scenarios/ beside it; no .NET needed on the target machine). --tool-only skips it.
# Install the tool in one line:
#   dotnet tool install --global Pendulum.Tool --add-source artifacts
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts
binary=1
portable=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --tool-only) binary=0; shift ;;
    --portable) portable=1; shift ;;
    *) echo "usage: scripts/pack.sh [--out FOLDER] [--tool-only] [--portable]" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

if [ "$portable" -eq 1 ]; then
  dotnet pack src/Pendulum.Cli -c Release -o "$out" -nologo -v q
else
  # A RID-specific tool package (.NET 10): framework-dependent, ReadyToRun for linux-x64. More platforms would be
  # more RuntimeIdentifiers here (each needs its apphost and crossgen packs from NuGet); not checked here.
  dotnet pack src/Pendulum.Cli -c Release -o "$out" -nologo -v q \
    -p:RuntimeIdentifiers=linux-x64 -p:ToolPackageRuntimeIdentifiers=linux-x64 -p:PublishReadyToRun=true
fi
echo "tool:   $(ls "$out"/Pendulum.Tool.*.nupkg | tr '\n' ' ')"

if [ "$binary" -eq 1 ]; then
  dotnet publish src/Pendulum.Cli -c Release -r linux-x64 --self-contained -nologo -v q \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PackAsTool=false -p:DebugType=none \
    -o "$out/linux-x64"
  # The assembly keeps its name (Pendulum.Cli: "pendulum" would clash with the Pendulum library's); the file is renamed.
  mv -f "$out/linux-x64/Pendulum.Cli" "$out/linux-x64/pendulum"
  rm -f "$out"/linux-x64/*.xml "$out"/linux-x64/Pendulum.Web.runtimeconfig.json
  echo "binary: $out/linux-x64/pendulum ($(du -h "$out/linux-x64/pendulum" | cut -f1))"
fi
