#!/usr/bin/env bash
# Rebuilds expected/stderr.txt: the "Liquid Warning" lines Jekyll prints for source/, with the absolute source
# folder written as <site>. JEKYLL may name another Jekyll command (e.g. one running Jekyll 4.4.1 on Liquid 4.0.4);
# the installed Jekyll 4.3.1 (Liquid 5.4) prints the same lines for this site. Never edit expected/ by hand.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
export TZ=UTC LC_ALL=C.UTF-8 JEKYLL_ENV=development
out="$(mktemp -d)"
log="$(${JEKYLL:-jekyll} build -s "$here/source" -d "$out" 2>&1 >/dev/null)"
rm -rf "$out" "$here/source/.jekyll-cache"
mkdir -p "$here/expected"
# Jekyll colours warnings; keep the text only.
sed 's/\x1b\[[0-9;]*m//g' <<<"$log" | grep 'Liquid Warning:' | sed "s|$here/source|<site>|g" > "$here/expected/stderr.txt"
echo "wrote $(wc -l < "$here/expected/stderr.txt") warning lines"
