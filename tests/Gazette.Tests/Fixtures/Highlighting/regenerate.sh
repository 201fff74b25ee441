#!/usr/bin/env bash
# Regenerates <lang>.expected.html for every fixture <lang>.<ext> here with the Rouge that Jekyll uses on this
# machine (Debian's ruby-rouge, 3.30.0 when these were made). <lang> is the Rouge lexer name passed to Lexer.find.
# Run once after adding or changing a fixture and commit the outputs; the tests never run Ruby.
set -euo pipefail
cd "$(dirname "$0")"
ruby -e 'require "rouge"; warn "Rouge #{Rouge.version}"'
for src in *.*; do
  case "$src" in
    *.expected.html|regenerate.sh) continue ;;
  esac
  lang="${src%%.*}"
  ruby -e '
    require "rouge"
    lexer = Rouge::Lexer.find(ARGV[0]) or abort("Rouge has no lexer #{ARGV[0]}")
    code = File.read(ARGV[1], mode: "rb").force_encoding("UTF-8")
    print Rouge::Formatters::HTML.new.format(lexer.lex(code))
  ' "$lang" "$src" > "$lang.expected.html"
  echo "$src -> $lang.expected.html"
done
