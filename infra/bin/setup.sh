#!/usr/bin/env bash
# Installs what the project needs on a machine with only Node.js and npm: pnpm at the pinned
# version, then the workspace's dependencies. Sourced by start.sh and test.sh; safe to re-run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PNPM_VERSION="12.4.2"
export TURBO_TELEMETRY_DISABLED=1

# One clear message for a missing prerequisite, instead of an obscure failure later.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: Node.js 20.19 or newer with npm is required; install it (Debian: apt-get install nodejs npm, or nodejs.org) and run this again." >&2
  exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "setup: Node.js $(node --version) is too old; this project needs 20.19 or newer (22 works too)." >&2
  exit 1
fi
export COREPACK_ENABLE_STRICT=0

# better-sqlite3 compiles from source; node-gyp must use the local Node headers instead of
# downloading them (no internet here). Only the environment variable works (STACK.md).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ -x "$ROOT/.tools/node_modules/.bin/pnpm" ]; then
    :
  elif ! npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    echo "setup: installing pnpm $PNPM_VERSION into .tools/ (no permission for a global install)"
    npm install --prefix "$ROOT/.tools" "pnpm@$PNPM_VERSION" >/dev/null
  fi
  if [ -x "$ROOT/.tools/node_modules/.bin/pnpm" ]; then export PATH="$ROOT/.tools/node_modules/.bin:$PATH"; fi
  hash -r
fi

cd "$ROOT"
echo "setup: pnpm $(pnpm --version), node $(node --version): installing dependencies"
pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE '^(Progress|\s*$)' | tail -n 5 || {
  echo "setup: pnpm install failed" >&2
  exit 1
}
# A failed native build leaves better-sqlite3 without its binary; rebuild it once if so.
if ! node -e "require('$ROOT/node_modules/.pnpm/node_modules/better-sqlite3')" >/dev/null 2>&1; then
  echo "setup: rebuilding better-sqlite3"
  pnpm rebuild better-sqlite3 >/dev/null
fi
