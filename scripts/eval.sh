#!/usr/bin/env bash
# The engine on the labelled dev corpus: facts records, then the scorer's table (needs ../shared beside the repo);
# then the boilerplate figures of each web collection alone (sh-*, dragnet-*), the headline on dragnet pages as
# their URLs name it, the publication date on those whose URLs hold one, and the dev-web names table.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/eval
if [ ! -f "$shared/score.mjs" ]; then
  echo "eval: $shared not found; skipping the dev-corpus scores"
  exit 0
fi
mkdir -p dist
node dist/cli.js facts "$shared/dev/docs" > dist/eval-facts.jsonl
node "$shared/score.mjs" --gold "$shared/dev" --pred dist/eval-facts.jsonl

# One collection alone: a gold folder of symlinks to its documents (the scorer scores every gold document,
# and scores one without a record as empty, so the subset needs its own folder).
score_subset() {
  local prefix=$1 view="dist/eval-$1"
  rm -rf "$view" && mkdir -p "$view/docs" "$view/gold"
  local gold
  for gold in "$shared/dev/gold/$prefix"-*.json; do
    ln -s "$(realpath "$gold")" "$view/gold/"
    ln -s "$(realpath "$shared/dev/docs/$(basename "$gold" .json).txt")" "$view/docs/"
  done
  grep "\"file\":\"[^\"]*/$prefix-" dist/eval-facts.jsonl > "$view/facts.jsonl" || true
  echo
  echo "== $prefix-* only (boilerplate) =="
  node "$shared/score.mjs" --gold "$view" --pred "$view/facts.jsonl" | grep -E '^(capability|boilerplate|article content|  content lines)'
}
score_subset sh
score_subset dragnet
echo
node scripts/eval-title-proxy.mjs "$shared/dev" dist/eval-facts.jsonl

if [ -d "$shared/dev-web" ]; then
  echo
  echo "== dev-web (names on web pages) =="
  node dist/cli.js facts "$shared/dev-web/docs" > dist/eval-web-facts.jsonl
  node "$shared/score.mjs" --gold "$shared/dev-web" --pred dist/eval-web-facts.jsonl
fi
