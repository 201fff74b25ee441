#!/usr/bin/env bash
# Builds every differential fixture site and the example site with the native (NativeAOT) build and with the
# JIT build, and fails if any output byte differs. The test suite runs JIT only; this covers what trimming and
# AOT could change. Usage: bench/aot-check.sh   (about two minutes: most of it is the native compile)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/gazette-aot-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

dotnet publish "$REPO/src/Gazette.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$WORK/aot" -nologo -v q
dotnet build "$REPO/src/Gazette.Cli" -c Release -nologo -v q
JIT_DLL=$REPO/src/Gazette.Cli/bin/Release/net10.0/Gazette.Cli.dll

status=0
for site in "$REPO"/tests/Gazette.Tests/Fixtures/Sites/*/source "$REPO/examples/news"; do
  name=$(basename "$(dirname "$site")")-$(basename "$site")
  (cd "$site" && "$WORK/aot/Gazette.Cli" build -s . -d "$WORK/out/aot/$name" -q)
  (cd "$site" && dotnet "$JIT_DLL" build -s . -d "$WORK/out/jit/$name" -q)
  if ! diff -r "$WORK/out/aot/$name" "$WORK/out/jit/$name" >/dev/null; then
    echo "DIFFERENT: $site"; status=1
  fi
done
[[ $status == 0 ]] && echo "native and JIT builds wrote the same bytes for every site"
exit $status
