import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * Chromium's virtual authenticators (the DevTools protocol's WebAuthn domain): a page gets a passkey device of its
 * own, without any hardware. The default is a built-in authenticator (like a laptop's fingerprint reader) that holds
 * discoverable passkeys and verifies its user; `usb` without storage is a plain security key.
 */
export interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  privateKey: string;
  userHandle?: string;
  signCount: number;
}

export interface VirtualAuthenticator {
  id: string;
  credentials(): Promise<VirtualCredential[]>;
  add(credential: VirtualCredential): Promise<void>;
  remove(): Promise<void>;
}

export interface AuthenticatorOptions {
  transport?: 'internal' | 'usb';
  hasResidentKey?: boolean;
  isUserVerified?: boolean;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One DevTools session per page, with the virtual WebAuthn environment on (no browser dialogues). */
function devtools(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('WebAuthn.enable', { enableUI: false });
        return cdp;
      });
    sessions.set(page, session);
  }
  return session;
}

export async function addAuthenticator(page: Page, options: AuthenticatorOptions = {}): Promise<VirtualAuthenticator> {
  const cdp = await devtools(page);
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: options.transport ?? 'internal',
      hasResidentKey: options.hasResidentKey ?? true,
      hasUserVerification: true,
      isUserVerified: options.isUserVerified ?? true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    id: authenticatorId,
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    add: async (credential) => {
      await cdp.send('WebAuthn.addCredential', { authenticatorId, credential });
    },
    remove: async () => {
      await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    },
  };
}

/** A passkey made by some other site (its own relying party ID), as a device may hold many. */
export function foreignCredential(rpId: string): VirtualCredential {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    credentialId: randomBytes(32).toString('base64'),
    isResidentCredential: true,
    rpId,
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    userHandle: randomBytes(16).toString('base64'),
    signCount: 0,
  };
}

/** On "My account": names and adds a passkey (the password asked again); returns the recovery codes, if any. */
export async function addPasskey(page: Page, name: string, password: string): Promise<string[]> {
  const form = page.getByRole('form', { name: 'Add a passkey' });
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Your password, to add a passkey').fill(password);
  await form.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(form.getByRole('status')).toContainText('Passkey added. Your other sessions have ended.');
  await expect(page.getByRole('table', { name: 'Your passkeys' }).getByRole('cell', { name })).toBeVisible();
  const codes = form.getByRole('list', { name: 'Recovery codes' });
  return (await codes.count()) > 0 ? codes.getByRole('listitem').allTextContents() : [];
}

/** Clicks "Use a passkey" on the sign-in page (after typing the e-mail, when given) and returns the answer. */
export async function passkeySignIn(page: Page, email?: string) {
  if (!/\/admin\/login/.test(page.url())) await page.goto('/admin/login');
  if (email) await page.getByLabel('E-mail').fill(email);
  const answer = page.waitForResponse((response) => response.url().endsWith('/api/workspace/passkey/sign-in'));
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  return answer;
}
