#!/usr/bin/env bash
# Member-day pricing benchmark: builds the bench module, then prices one member's five-line cart through Broadleaf's
# pricing workflow in alternating segments without and with a member-day campaign active, on MySQL/MariaDB, and
# prints the time per pricing of both against the goal (at most 5 % or 2 ms slower).
# Options go to the program (--pricings N --segments N --db JDBC_URL ...; --help lists them).
# GC_SKIP_BUILD=1 runs the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
GC_BENCH_HEAP="${GC_BENCH_HEAP:-1g}" GC_BENCH_MAIN=com.guidecommerce.bench.PricingMain exec scripts/bench-ingest.sh "$@"
