#!/usr/bin/env bash
# The engine on the labelled dev corpus: facts records, then the scorer's table (needs ../shared beside the repo).
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
