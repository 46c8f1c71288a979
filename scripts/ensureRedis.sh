#!/usr/bin/env bash
# The shared-state tests start a real redis-server (Debian's package) on a
# random loopback port. Installs it with apt-get when it is missing (root with
# apt-get, as on CI). Where it cannot be installed (not root, no apt-get, e.g.
# macOS) it says so and the Redis tests skip with the same message.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is missing and apt-get is not available: the Redis tests will be skipped (install Redis or Valkey to run them)" >&2
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "redis-server is missing and this is not root: the Redis tests will be skipped (run 'sudo apt-get install -y redis-server' to run them)" >&2
  exit 0
fi
echo "Installing Debian's redis-server for the shared-state tests..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The package's own service is not used: the tests start private instances on random ports.
apt-get install -y -qq --no-install-recommends redis-server >/dev/null
redis-server --version
