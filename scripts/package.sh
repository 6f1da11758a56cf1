#!/usr/bin/env bash
# Build dist/palveluverkko-VERSION.zip with palveluverkko/ at its top:
# the plugin's files and compiled translations; no tests or dev files.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version=//p' metadata.txt)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/palveluverkko" dist
git ls-files --cached --others --exclude-standard -z \
  | grep -z -v -E '^(tests|scripts|bench|docs|\.ci|\.github|i18n/strings)/|^(Makefile|requirements.*\.txt|pyproject\.toml|\.gitignore|i18n/fill_ts\.py|i18n/.*\.ts)$' \
  | while IFS= read -r -d '' file; do
      [ -f "$file" ] || continue
      mkdir -p "$stage/palveluverkko/$(dirname "$file")"
      cp "$file" "$stage/palveluverkko/$file"
    done
for qm in i18n/*.qm; do
  [ -e "$qm" ] || continue
  mkdir -p "$stage/palveluverkko/i18n"
  cp "$qm" "$stage/palveluverkko/i18n/"
done
out="$PWD/dist/palveluverkko-$version.zip"
rm -f "$out"
(cd "$stage" && zip -q -r -X "$out" palveluverkko)
echo "package: $out ($(unzip -l "$out" | tail -1 | awk '{print $2}') files)"
