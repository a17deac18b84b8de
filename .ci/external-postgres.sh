#!/usr/bin/env bash
# Runs the database tests, the backup/restore drill and a production start against Debian's PostgreSQL instead of the
# embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql ]; then
  echo "[ci] installing Debian's postgresql"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
pg_ctlcluster "$version" main start 2>/dev/null || true
trap 'pg_ctlcluster "$version" main stop || true' EXIT

# pg_createcluster gave the cluster a free port (5432 unless taken): read it rather than assume it.
pg_port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
su postgres -c "psql -q -p $pg_port -c \"DROP DATABASE IF EXISTS habar_ci\" -c \"DROP ROLE IF EXISTS habar_ci\" -c \"CREATE ROLE habar_ci LOGIN PASSWORD 'habar_ci' CREATEDB\" -c \"CREATE DATABASE habar_ci OWNER habar_ci\""
url="postgresql://habar_ci:habar_ci@127.0.0.1:$pg_port/habar_ci"

echo "[ci] vitest against PostgreSQL $version"
TEST_DATABASE_URL="$url" npm run test:unit

# The restore drill (demo content and edits, backup, wipe, restore, same bytes on every public URL) on this server,
# as production runs it: DATABASE_URL set, nothing embedded.
echo "[ci] backup and restore drill against PostgreSQL $version"
# Two `--`: npm takes the first, so one alone would run every browser test again.
TEST_DATABASE_URL="$url" npm run test:e2e -- -- e2e/backup-drill.spec.ts

echo "[ci] npm start with DATABASE_URL (production mode, --demo)"
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data=$(mktemp -d)
DATABASE_URL="$url" NODE_ENV=production HABAR_DATA_DIR="$data" PORT=$port \
  AUTH_SECRET=ci-secret-ci-secret-ci-secret-ci-secret TOTP_ENCRYPTION_KEY=$(printf 'ab%.0s' {1..32}) \
  node --max-semi-space-size=1 --jitless --no-expose-wasm scripts/launcher.mjs --demo > "$data/start.log" 2>&1 &
launcher=$!
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/ru" && break
  sleep 0.5
done
status=0
for path in /ru /tk /en; do
  code=$(curl -s -o "$data/page.html" -w '%{http_code}' "http://127.0.0.1:$port$path")
  lang=$(grep -o '<html lang="[a-z]*"' "$data/page.html" || true)
  echo "[ci] $path -> $code $lang"
  [ "$code" = 200 ] && [ "$lang" = "<html lang=\"${path#/}\"" ] || status=1
done
ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz")
echo "[ci] /readyz -> $ready"
[ "$ready" = 200 ] || status=1
if ls "$data"/postgres >/dev/null 2>&1; then echo "[ci] an embedded database was started although DATABASE_URL was set"; status=1; fi
kill -TERM "$launcher"; wait "$launcher" || true
[ $status -eq 0 ] || { cat "$data/start.log"; exit 1; }
rm -rf "$data"
echo "[ci] external PostgreSQL: ok"
