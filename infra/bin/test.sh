#!/usr/bin/env bash
# The test command: installs, checks formatting, lint and types, then runs every test against the
# real PostgreSQL (127.0.0.1:5432) and NATS JetStream (127.0.0.1:4222).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=setup.sh
source "$ROOT/infra/bin/setup.sh"
cd "$ROOT"

need() {
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then
    echo "test: $1 is not answering on 127.0.0.1:$2. Start it first (see README, 'Tests'); .ci/run does this for CI." >&2
    exit 1
  fi
}
need PostgreSQL 5432
need "NATS (JetStream)" 4222

# The console's browser tests drive Debian's Chromium (never a downloaded browser), with a CJK font
# so the screenshots under .data/screenshots show the Chinese text.
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "test: installing Debian's chromium for the console's browser tests"
  SUDO=""
  if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
  $SUDO apt-get install -y chromium fonts-wqy-zenhei >/dev/null 2>&1 ||
    { $SUDO apt-get update >/dev/null 2>&1 && $SUDO apt-get install -y chromium fonts-wqy-zenhei >/dev/null; } || {
    echo "test: could not install chromium (apt-get install -y chromium); the browser tests will fail" >&2
  }
fi

echo "test: format, lint, types"
pnpm exec prettier --check . --log-level warn
pnpm exec eslint . --max-warnings=0
pnpm exec turbo run typecheck --output-logs=errors-only
echo "test: the committed supergraph matches the subgraphs' schemas"
pnpm --filter @pa/gateway compose:check
echo "test: the console's generated GraphQL types match the supergraph (pnpm --filter @pa/console codegen)"
pnpm --filter @pa/console --silent codegen:check
echo "test: the generated README tables match the code (pnpm docs:generate)"
pnpm --silent docs:check
echo "test: vitest"
mkdir -p .data
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.data/vitest-report.json "$@" || status=$?
# One plain closing line for CI, whatever the reporter printed.
node -e '
  const r = JSON.parse(require("fs").readFileSync(".data/vitest-report.json", "utf8"));
  console.log(`test: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
