#!/usr/bin/env bash
# Rebuilds Sites/<name>/expected from Sites/<name>/source with the real Jekyll.
# Usage: ./regenerate.sh [name ...]   (no names = every site)
# The expected folders are Jekyll's output verbatim: never edit them by hand.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
sites="$here/Sites"
export TZ=UTC LC_ALL=C.UTF-8 JEKYLL_ENV=development

echo "Using $(jekyll --version)"
failed=0
for dir in "$sites"/*/; do
  dir="${dir%/}"
  name="$(basename "$dir")"
  if [[ $# -gt 0 && ! " $* " == *" $name "* ]]; then continue; fi

  args=""
  if [[ -f "$dir/build-args" ]]; then args="$(head -n 1 "$dir/build-args")"; fi

  rm -rf "$dir/expected"
  # Word splitting of $args is intended: it holds extra `jekyll build` flags.
  # shellcheck disable=SC2086
  if ! log="$(cd "$dir" && jekyll build -s source -d expected $args 2>&1)"; then
    echo "FAILED $name"; echo "$log"; failed=1
  fi
  rm -rf "$dir/source/.jekyll-cache" "$dir/source/.jekyll-metadata"

  # Jekyll's normal chatter is Configuration/Source/Destination/Generating/done lines;
  # anything else (warnings, deprecations, Liquid warnings) is shown so it can be judged.
  noise="$(grep -vE '^\s*(Configuration file:|Source:|Destination:|Incremental build:|Generating\.\.\.|done in|Auto-regeneration:)' <<<"$log" | grep -v '^\s*$' || true)"
  count="$(find "$dir/expected" -type f | wc -l)"
  echo "built $name ($count files)${args:+ with $args}"
  if [[ -n "$noise" ]]; then echo "  Jekyll said:"; sed 's/^/    /' <<<"$noise"; fi
done
exit $failed
