#!/usr/bin/env bash
# Renders deploy/nginx/habar.conf.template with envsubst (Debian's gettext-base) to standard output.
# Settings (defaults for one machine running `npm start` on port 3000):
#   HABAR_SERVER_NAME      the site's host name                      (required)
#   HABAR_TLS_CERT/KEY     certificate and key files                 (required)
#   HABAR_UPSTREAMS        "server 127.0.0.1:3000;" or one per instance
#   HABAR_HTTP_LISTEN      80        HABAR_HTTPS_LISTEN 443          HABAR_HTTPS_SUFFIX "" (":8443" for another port)
#   HABAR_PURGE_LISTEN     127.0.0.1:8081 (the app's EDGE_PURGE_URLS points here)
#   HABAR_PURGE_ALLOW      "allow 127.0.0.1;" (one allow line per app machine)
#   HABAR_CACHE_DIR        /var/cache/nginx/habar                    HABAR_CACHE_MAX_SIZE 2g
set -euo pipefail
: "${HABAR_SERVER_NAME:?set HABAR_SERVER_NAME}" "${HABAR_TLS_CERT:?set HABAR_TLS_CERT}" "${HABAR_TLS_KEY:?set HABAR_TLS_KEY}"
export HABAR_UPSTREAMS="${HABAR_UPSTREAMS:-server 127.0.0.1:3000;}"
export HABAR_HTTP_LISTEN="${HABAR_HTTP_LISTEN:-80}" HABAR_HTTPS_LISTEN="${HABAR_HTTPS_LISTEN:-443}"
export HABAR_HTTPS_SUFFIX="${HABAR_HTTPS_SUFFIX:-}"
export HABAR_PURGE_LISTEN="${HABAR_PURGE_LISTEN:-127.0.0.1:8081}" HABAR_PURGE_ALLOW="${HABAR_PURGE_ALLOW:-allow 127.0.0.1;}"
export HABAR_CACHE_DIR="${HABAR_CACHE_DIR:-/var/cache/nginx/habar}" HABAR_CACHE_MAX_SIZE="${HABAR_CACHE_MAX_SIZE:-2g}"
names='${HABAR_SERVER_NAME} ${HABAR_TLS_CERT} ${HABAR_TLS_KEY} ${HABAR_UPSTREAMS} ${HABAR_HTTP_LISTEN} ${HABAR_HTTPS_LISTEN}'
names+=' ${HABAR_HTTPS_SUFFIX} ${HABAR_PURGE_LISTEN} ${HABAR_PURGE_ALLOW} ${HABAR_CACHE_DIR} ${HABAR_CACHE_MAX_SIZE}'
envsubst "$names" < "$(dirname "$0")/habar.conf.template"
