import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `/xx/` must answer 404 itself, not redirect to `/xx` first; the proxy and the catch-all handle both forms.
  skipTrailingSlashRedirect: true,
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
