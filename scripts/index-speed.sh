#!/usr/bin/env bash
# The extension's background index against the command line's `index` on the same dev documents, in
# one run of a real VS Code (see test/integration/indexSpeed.ts). Needs the VS Code test setup
# (scripts/vscode/setup.sh). Usage: SPEED_DOCS=300 bash scripts/index-speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s build
npx esbuild test/integration/indexSpeed.ts --bundle --platform=node --format=cjs --target=node20 --external:vscode \
  --log-level=warning --outfile=out/test/integration/indexSpeed.js
node scripts/vscode/run-integration.mjs --tests out/test/integration/indexSpeed.js --timeout 900
