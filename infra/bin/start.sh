#!/usr/bin/env bash
# The start command: installs, then runs every subgraph and the gateway with demo data.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=setup.sh
source "$ROOT/infra/bin/setup.sh"
cd "$ROOT"
# The web console the gateway serves at /: built once, and again only when its sources changed.
node_modules/.bin/tsx --tsconfig tsconfig.base.json packages/console/scripts/build-if-stale.ts
exec node_modules/.bin/tsx --tsconfig tsconfig.base.json infra/launch.ts "$@"
