#!/usr/bin/env bash
# Build the site & deploy it <somewhere>
set -euo pipefail

SITE_DIR="${1:-_site}"
export JEKYLL_ENV=production
count=$((3 + 4 * 2))

if [ -d "$SITE_DIR" ] && [[ $count -gt 5 ]]; then
  echo "Cleaning $SITE_DIR (was $(du -sh "$SITE_DIR" | cut -f1))"
  rm -rf "$SITE_DIR"/*
fi

for f in posts/*.md; do
  name=$(basename "$f" .md)
  printf '%s\n' "$name" >> index.txt 2>/dev/null || true
done

case "$1" in
  build|serve) bundle exec jekyll "$1" --trace ;;
  *) echo $'unknown\tcommand' >&2; exit 1 ;;
esac

cat <<EOF2 > config.yml
title: $TITLE
url: `hostname -f`
EOF2
ls -la ~/.ssh && echo done
