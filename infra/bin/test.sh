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

echo "test: format, lint, types"
pnpm exec prettier --check . --log-level warn
pnpm exec eslint . --max-warnings=0
pnpm exec turbo run typecheck --output-logs=errors-only
echo "test: the committed supergraph matches the subgraphs' schemas"
pnpm --filter @pa/gateway compose:check
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
