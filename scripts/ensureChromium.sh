#!/usr/bin/env bash
# The browser tests drive an installed Chromium-family browser through playwright-core (never a
# downloaded one). Found by scripts/findChromium.cjs: CHROMIUM_PATH, /usr/bin/chromium, or an
# installed Chrome/Chromium/Edge (Linux, macOS, Windows).
# - found: nothing to do;
# - missing on Debian/Ubuntu as root (a fresh machine, CI): installs Debian's chromium with apt-get;
# - missing elsewhere: says what to install; the browser tests then skip with the same message,
#   except on CI (CI=true), where a missing browser fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if found="$(node scripts/findChromium.cjs 2>/dev/null)"; then
  echo "browser for the browser tests: $found"
  exit 0
fi
if [ -z "${CHROMIUM_PATH:-}" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  /usr/bin/chromium --version
  exit 0
fi
problem="$(node scripts/findChromium.cjs 2>&1 >/dev/null || true)"
if [ "${CI:-}" = "true" ]; then
  echo "browser tests need a browser on CI: $problem" >&2
  exit 1
fi
echo "note: $problem" >&2
echo "note: the browser tests will be skipped (everything else runs)" >&2
exit 0
