#!/usr/bin/env bash
# Rebuilds jekyll-filters/expected with the real Jekyll: the site (index.html, one filter call per case) with
# `jekyll build`, and the cases that must fail (source/_errors.liquid) rendered one by one by render-cases.rb,
# which records Jekyll's error for each. Never edit expected/ by hand.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
site="$here/jekyll-filters"
export TZ=UTC LC_ALL=C.UTF-8 JEKYLL_ENV=development

echo "Using $(jekyll --version)"
rm -rf "$site/expected"
(cd "$site" && jekyll build -q -s source -d expected)
rm -rf "$site/source/.jekyll-cache"
ruby "$here/render-cases.rb" "$site/source" "$site/source/_errors.liquid" > "$site/expected/errors.txt"
if grep -v $'\tERROR\t' "$site/expected/errors.txt"; then
  echo "the cases above do not raise in Jekyll: move them to index.html" >&2
  exit 1
fi
echo "built jekyll-filters: $(grep -c '^@@' "$site/source/index.html") output cases, $(wc -l < "$site/expected/errors.txt") error cases"
