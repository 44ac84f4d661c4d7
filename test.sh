#!/usr/bin/env bash
# The whole test suite: unit tests, Broadleaf context tests on MySQL/MariaDB, the demo mall over HTTP and in Chromium.
# Installs and starts what it needs first (scripts/test-prerequisites.sh). For the fast path only: mvn -B verify
set -euo pipefail
cd "$(dirname "$0")"
while IFS='=' read -r key value; do
    [ -n "$key" ] && export "$key=$value"
done < <(scripts/test-prerequisites.sh)
export GC_TEST_DB=mysql GC_BROWSER_TESTS=true
exec mvn -B verify "$@"
