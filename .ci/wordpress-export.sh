#!/usr/bin/env bash
# Issue 14: a fresh export made by WordPress's own exporter (Debian's wordpress, PHP CLI, a MariaDB started on its own
# socket by the fixture script), imported by the same test that imports the committed fixture in `npm test`.
# Fails when any of the packages is missing (.ci/run installs them) or the import test fails or runs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

for needed in /usr/share/wordpress/wp-settings.php /usr/sbin/mariadbd /usr/bin/mariadb-install-db /usr/bin/php; do
  if [ ! -e "$needed" ]; then echo "[ci] $needed is missing: install wordpress, mariadb-server-core, php-cli" >&2; exit 1; fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "[ci] exporting a WordPress site with export_wp()"
node --import tsx tests/fixtures/wordpress/make-export.ts "$work/export.xml"
grep -q 'generator="WordPress/' "$work/export.xml" || { echo "[ci] the export was not written by WordPress" >&2; exit 1; }

echo "[ci] importing the fresh export"
HABAR_WP_EXPORT="$work/export.xml" npx vitest run tests/integration/wordpress-real-export.test.ts \
  --reporter=default --reporter=json --outputFile.json="$work/results.json"
node -e '
  const r = require(process.argv[1]);
  if (r.numPassedTests < 3 || r.numFailedTests + r.numPendingTests + r.numTodoTests > 0) {
    console.error(`[ci] the real-export test ran ${r.numPassedTests} tests, expected 3 passing and none skipped`);
    process.exit(1);
  }' "$work/results.json"
