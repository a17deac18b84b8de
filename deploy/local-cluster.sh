#!/usr/bin/env bash
# A local cluster of Habar on this machine (decision 022; docs/deploy.md): Debian's PostgreSQL 15, redis-server (or
# valkey), nginx with deploy/nginx/, and two app instances behind it, all on 127.0.0.1 and free ports.
#   deploy/local-cluster.sh up     start it and print the edge's URL
#   deploy/local-cluster.sh test   start it, prove publish freshness, database-down serving and failover, stop it
#   deploy/local-cluster.sh down   stop all of it
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -d /usr/lib/postgresql/15 ] || missing+=(postgresql-15)
command -v redis-server >/dev/null || command -v valkey-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || missing+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || missing+=(libnginx-mod-http-cache-purge)
command -v envsubst >/dev/null || missing+=(gettext-base)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "[cluster] missing Debian packages: ${missing[*]} (apt install them)" >&2; exit 1; fi
  echo "[cluster] installing ${missing[*]}"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; fi
  # Debian would start the packaged services on their usual ports; the cluster runs its own copies on free ports.
  no_services=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && no_services=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  if [ -n "$no_services" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
exec node --import tsx scripts/cluster/run.ts "$@"
