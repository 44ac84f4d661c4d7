#!/usr/bin/env bash
# Performance boards benchmark: builds the bench module, seeds (or reuses) the organisation and a year of daily
# figures on MySQL/MariaDB, then times the guide workbench read, HQ leaderboards and a rank snapshot rebuild against
# their goals. Options go to the program (--guides N --stores N --days N --db JDBC_URL ...; --help lists them).
# GC_SKIP_BUILD=1 runs the last build. GC_BENCH_HEAP sets the heap (default 3g).
set -euo pipefail
cd "$(dirname "$0")/.."
GC_BENCH_MAIN=com.guidecommerce.bench.BoardsMain exec scripts/bench-ingest.sh "$@"
