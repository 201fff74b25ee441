#!/usr/bin/env bash
# Rebuilds expected/ (Jekyll's _site for source/) with Jekyll 4.4.1 on Liquid 4.0.4. The key order of a document's
# jsonify/inspect comes from Ruby's method table and differs under Debian's Jekyll 4.3.1 on Liquid 5.4, so JEKYLL
# must name a Jekyll 4.4.1 command, e.g. a wrapper running
#   ruby -I<liquid-4.0.4>/lib -I<jekyll-4.4.1>/lib -e 'require "jekyll"; load Gem.bin_path("jekyll", "jekyll")' "$@"
# Never edit expected/ by hand.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
export TZ=UTC LC_ALL=C.UTF-8 JEKYLL_ENV=development
: "${JEKYLL:?set JEKYLL to a Jekyll 4.4.1 (Liquid 4.0.4) command}"
"$JEKYLL" --version | grep -q '4\.4\.1' || { echo "JEKYLL is not Jekyll 4.4.1" >&2; exit 1; }
rm -rf "$here/expected"
"$JEKYLL" build -q -s "$here/source" -d "$here/expected"
rm -rf "$here/source/.jekyll-cache"
echo "built jsonify: $(find "$here/expected" -type f | wc -l) files"
