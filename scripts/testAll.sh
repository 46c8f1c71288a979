#!/usr/bin/env bash
# The whole test suite, exactly what `npm test` and CI run: lint, types,
# build, unit + integration tests against local peers (SMTP, DNS, HTTPS,
# redis-server), browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensureChromium.sh
bash scripts/ensureRedis.sh
echo "== lint"; npm run --silent lint
echo "== typecheck"; npm run --silent typecheck
echo "== build"; npm run --silent build
echo "== unit and integration tests"; npx jest --selectProjects node pane --ci --maxWorkers=2
echo "== browser tests"; npx jest -c jest.e2e.config.cjs --ci --runInBand
