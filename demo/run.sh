#!/usr/bin/env bash
# Builds Guide Commerce and starts the demo mall: storefront on :8080, admin on :8081, embedded HSQLDB with demo data.
# Options are passed to the launcher (--reset, --mysql JDBC_URL, --site-port N, ... ; --help lists them).
# GC_SKIP_BUILD=1 starts what was built last without building again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${GC_SKIP_BUILD:-0}" != "1" ]; then
    echo "[gc-demo] building (mvn -DskipTests install) ..."
    mvn -B -q -DskipTests install
fi
agent=$(ls demo/target/launcher-lib/spring-instrument-*.jar)
exec java -javaagent:"$agent" \
    --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/java.util=ALL-UNNAMED \
    -Xmx1g -Dfile.encoding=UTF-8 -Dlog4j.configuration=log4j.properties \
    -cp "demo/target/launcher-lib/*:demo/target/classes" \
    com.guidecommerce.demo.launcher.DemoLauncher "$@"
