/**
 * Runs once when a Next server process starts. The Node server records each request's socket address for the app
 * (lib/net/peer-address.ts): sign-in limits and the audit log must not trust a client-chosen X-Forwarded-For.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { recordPeerAddresses } = await import('@/lib/net/peer-address');
  recordPeerAddresses();
}
