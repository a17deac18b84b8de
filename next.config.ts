import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import path from 'node:path';

import { SIGNED_IN_BODY_LIMIT } from './lib/config/body-limits';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The page and data cache: in Redis or Valkey with REDIS_URL (shared by every instance), otherwise in this process's
  // memory, bounded by PAGE_CACHE_MB (cache-handler/, decisions 022 and 023). Next keeps no copy of its own.
  cacheHandler: path.join(process.cwd(), 'cache-handler', 'index.mjs'),
  cacheMaxMemorySize: 0,
  poweredByHeader: false,
  // scripts/server.ts compresses (public pages are stored compressed; the rest is compressed there per response).
  compress: false,
  typedRoutes: false,
  // forbidden() answers 403 in the workspace (app/admin/forbidden.tsx) instead of a 200 page saying no.
  // Uploads to the media library go through a server action (20 MiB, lib/config/body-limits.ts). The proxy buffers a
  // body it lets through up to proxyClientMaxBodySize (10 MB by default, which cut uploads short), so both limits
  // follow the signed-in limit; the proxy refuses anything larger, and anything signed-out over 64 KiB, beforehand.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: SIGNED_IN_BODY_LIMIT },
    proxyClientMaxBodySize: SIGNED_IN_BODY_LIMIT,
  },
  // `/xx/` must answer 404 itself, not redirect to `/xx` first; the proxy and the catch-all handle both forms.
  skipTrailingSlashRedirect: true,
  // Hardening on every response; public pages add their own Content-Security-Policy (lib/render/security.ts).
  headers() {
    return Promise.resolve([
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Readers' trail stays theirs: no Referer leaves for other sites.
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // Ignored by browsers over plain HTTP (the local demo); enforced once served over HTTPS.
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        ],
      },
    ]);
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
