#!/usr/bin/env bash
# The "before" of npm run effort: walks the same three people through 0.1.0 (commit 37dd70f) with today's counter,
# in a throw-away checkout, and leaves test-results/effort/before-*.json here. Needs the git history and the npm registry.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
dir="$work/techpass-0.1.0"
# Cleaned up however the run ends; each step may fail without skipping the next (set -e holds inside a trap too).
trap 'cd /; git -C "$here" worktree remove --force "$dir" 2>/dev/null || true; git -C "$here" worktree prune || true; rm -rf "$work"' EXIT
git -C "$here" worktree add --detach "$dir" 37dd70f >/dev/null
cp "$here/tests/e2e/effort.ts" "$here/tests/e2e/effort-walk.ts" "$here/tests/effort-0.1.0/effort.spec.ts" "$dir/tests/e2e/"
cd "$dir"
ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
npm run build >/dev/null
npx playwright test tests/e2e/effort.spec.ts --reporter=list
mkdir -p "$here/test-results/effort"
cp test-results/effort/before-*.json "$here/test-results/effort/"
