#!/usr/bin/env bash
# Makes sure what the full test suite needs is installed and running, installing it with apt/npm when it is not:
#   MariaDB (or MySQL) on 127.0.0.1:3306 with a test user, Debian's Chromium, a CJK font, and the browser tests' npm
#   packages.
# Prints the environment to use as KEY=VALUE lines on stdout; everything else goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "[test-prerequisites] $*" >&2; }

packages=()
[ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ] || command -v mysqladmin >/dev/null || packages+=(mariadb-server)
command -v chromium >/dev/null || [ -x /usr/bin/chromium ] || packages+=(chromium)
command -v node >/dev/null || packages+=(nodejs npm)
# A CJK font, or Chromium draws every Chinese character of the screenshots and the poster as a box.
fc-list 2>/dev/null | grep -q -i -E "Noto (Sans|Serif) CJK|WenQuanYi" || packages+=(fonts-noto-cjk fontconfig)
if [ ${#packages[@]} -gt 0 ]; then
    if [ "$(id -u)" != "0" ]; then
        log "missing ${packages[*]}: install them (apt-get install ${packages[*]}) or run this as root"
        exit 1
    fi
    log "installing ${packages[*]} ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${packages[@]}" >&2
fi

if ! mysqladmin --protocol=tcp -h127.0.0.1 -P3306 -uroot status >/dev/null 2>&1 \
        && ! mysqladmin status >/dev/null 2>&1; then
    log "starting MariaDB on 127.0.0.1:3306 ..."
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 --port=3306 >&2
    for _ in $(seq 1 60); do
        mysqladmin status >/dev/null 2>&1 && break
        sleep 1
    done
    mysqladmin status >/dev/null 2>&1 || { log "MariaDB did not start"; exit 1; }
fi

# A password user for the tests, created through root's local socket (Debian's root uses socket authentication).
if mysql -uroot -e "SELECT 1" >/dev/null 2>&1; then
    mysql -uroot >&2 <<'SQL'
CREATE USER IF NOT EXISTS 'gc_test'@'localhost' IDENTIFIED BY 'gc_test';
CREATE USER IF NOT EXISTS 'gc_test'@'127.0.0.1' IDENTIFIED BY 'gc_test';
GRANT ALL PRIVILEGES ON *.* TO 'gc_test'@'localhost';
GRANT ALL PRIVILEGES ON *.* TO 'gc_test'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
    echo "GC_TEST_MYSQL_USER=gc_test"
    echo "GC_TEST_MYSQL_PASSWORD=gc_test"
else
    log "cannot reach MariaDB as root through its socket; using root with an empty password over TCP"
    echo "GC_TEST_MYSQL_USER=root"
    echo "GC_TEST_MYSQL_PASSWORD="
fi

if [ ! -d demo/browser-tests/node_modules/playwright-core ]; then
    log "installing the browser tests' npm packages ..."
    (cd demo/browser-tests && npm ci --no-audit --no-fund >&2)
fi
echo "GC_CHROMIUM=$(command -v chromium || echo /usr/bin/chromium)"
