#!/usr/bin/env bash
# Channel ingest benchmark: builds the bench module, then runs the real ingest pipeline on MySQL over a generated
# stream of >= 1,000,000 order lines and compares it with raw batched JDBC inserts of the same rows.
# Options go to the program (--lines N for a quick run, --batch N, --db JDBC_URL, ...; --help lists them).
# GC_SKIP_BUILD=1 runs the last build. GC_BENCH_HEAP sets the heap (default 3g). GC_BENCH_MAIN runs another of the
# module's programs (scripts/bench-boards.sh runs the boards benchmark so).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${GC_SKIP_BUILD:-0}" != "1" ]; then
    echo "[bench] building (mvn package -pl bench -am -DskipTests) ..."
    mvn -B -q package -pl bench -am -DskipTests -Dgc.bench.run=true
fi
agent=$(ls bench/target/bench-lib/spring-instrument-*.jar)
exec java -javaagent:"$agent" \
    --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
    -Xms"${GC_BENCH_HEAP:-3g}" -Xmx"${GC_BENCH_HEAP:-3g}" -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
    -cp "bench/target/classes:bench/target/bench-lib/*" \
    "${GC_BENCH_MAIN:-com.guidecommerce.bench.BenchMain}" "$@"
