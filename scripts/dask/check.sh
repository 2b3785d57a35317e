#!/usr/bin/env bash
# CI check of the distributed index: INDEX.yaml from a Dask LocalCluster (facts --jsonl shards,
# index --from-facts) must be byte for byte the one a local `index` writes for the same documents.
# Usage: scripts/dask/check.sh [DOCS_FOLDER [EVERY_NTH]]  (default: every 3rd dev document, ~300)
set -euo pipefail
cd "$(dirname "$0")/../.."
docs=${1:-../shared/eval/dev/docs}
every=${2:-3}
if [ $# -eq 0 ] && [ ! -d "$docs" ]; then
  # No dev corpus beside the repository: the test fixtures (seeds and hostile files), every one.
  docs=test/fixtures
  every=1
fi
python=${PYTHON:-/usr/bin/python3}
[ -f dist/cli.js ] || npm run -s build
work=$(mktemp -d /tmp/source-review-dask-check-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/local" "$work/dask"
# Only the .txt files: neither side gets INDEX.yaml inputs.
(cd "$docs" && find . -name '*.txt' -not -path '*/.*' | LC_ALL=C sort | awk -v n="$every" '(NR - 1) % n == 0') |
  while read -r file; do mkdir -p "$work/local/$(dirname "$file")" && cp "$docs/$file" "$work/local/$file"; done
echo "dask check: $(find "$work/local" -name '*.txt' | wc -l) documents"
# Exit 1 (some file is not a document) is a result to compare too.
local_code=0
node dist/cli.js index "$work/local" --no-cache > /dev/null || local_code=$?
dask_code=0
"$python" scripts/dask/index_on_dask.py "$work/local" --out "$work/dask/INDEX.yaml" --shards 4 --workers 2 --work "$work/shards" > /dev/null || dask_code=$?
if [ "$local_code" -gt 1 ] || [ "$dask_code" != "$local_code" ]; then
  echo "dask check: local index exit $local_code, Dask run exit $dask_code" >&2
  exit 1
fi
if cmp "$work/local/INDEX.yaml" "$work/dask/INDEX.yaml"; then
  echo "dask check: INDEX.yaml from Dask equals the local one"
else
  diff "$work/local/INDEX.yaml" "$work/dask/INDEX.yaml" | head -40
  exit 1
fi
