import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prepareBrandImage, storeBrandImage, type BrandError, type BrandSlot } from '@/lib/site/brand';
import { IDENTITY_SETTING_KEY, parseStoredIdentity, type IdentityText, type StoredIdentity } from '@/lib/site/identity';
import { recordAudit, type AuditContext } from '../audit';

/**
 * The site's identity (lib/site/identity.ts), edited by admins (`manage:settings`). One `Setting` row holds it; every
 * change is audited and answers whether the public site must be refreshed (always: every page shows it).
 */
type Admin = Actor & AuditContext;

async function readIdentity(client: Prisma.TransactionClient = db()): Promise<StoredIdentity> {
  const row = await client.setting.findUnique({ where: { key: IDENTITY_SETTING_KEY }, select: { value: true } });
  return parseStoredIdentity(row?.value);
}

async function writeIdentity(tx: Prisma.TransactionClient, identity: StoredIdentity): Promise<void> {
  const value = identity as unknown as Prisma.InputJsonObject;
  await tx.setting.upsert({
    where: { key: IDENTITY_SETTING_KEY },
    update: { value },
    create: { key: IDENTITY_SETTING_KEY, value },
  });
}

export async function getSiteIdentity(actor: Actor): Promise<StoredIdentity> {
  authorize(actor, 'manage:settings');
  return readIdentity();
}

export type IdentityResult = { ok: true } | { ok: false; error: 'not-found' };

/** Names, taglines, descriptions, addresses, contacts, mirrors and the social image (which must be an image). */
export async function updateSiteIdentity(actor: Admin, text: IdentityText): Promise<IdentityResult> {
  authorize(actor, 'manage:settings');
  return db().$transaction(async (tx) => {
    if (text.socialImageId) {
      const media = await tx.media.findUnique({ where: { id: text.socialImageId }, select: { kind: true } });
      if (media?.kind !== 'image') return { ok: false, error: 'not-found' } as const;
    }
    const before = await readIdentity(tx);
    await writeIdentity(tx, { ...before, ...text });
    const changed = (Object.keys(text) as (keyof IdentityText)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(text[key]),
    );
    await recordAudit(
      tx,
      actor,
      'settings.identity-changed',
      { type: 'setting', id: IDENTITY_SETTING_KEY },
      { changed },
    );
    return { ok: true } as const;
  });
}

export type BrandResult = { ok: true } | { ok: false; error: BrandError };

/** A new logo or icon: sanitised or re-encoded, stored under a new name, then named in the identity. */
export async function setBrandImage(
  actor: Admin,
  slot: BrandSlot,
  bytes: Uint8Array,
  uploadsDir: string,
): Promise<BrandResult> {
  authorize(actor, 'manage:settings');
  const result = await prepareBrandImage(slot, bytes);
  if (!result.ok) return result;
  const { prepared } = result;
  // Files first: a name in the identity always points at a file. Old files stay (pages cached before the change
  // may still name them); they are small.
  await storeBrandImage(uploadsDir, prepared);
  await db().$transaction(async (tx) => {
    const identity = await readIdentity(tx);
    const next: StoredIdentity =
      slot === 'logo'
        ? { ...identity, logo: prepared.file }
        : { ...identity, icon: { ...prepared.file, ico: prepared.ico?.path ?? '' } };
    await writeIdentity(tx, next);
    await recordAudit(
      tx,
      actor,
      `settings.${slot}-changed`,
      { type: 'setting', id: IDENTITY_SETTING_KEY },
      {
        file: prepared.file.path,
      },
    );
  });
  return { ok: true };
}

/** Back to no logo (the name alone in the masthead) or to the built-in icon. */
export async function removeBrandImage(actor: Admin, slot: BrandSlot): Promise<void> {
  authorize(actor, 'manage:settings');
  await db().$transaction(async (tx) => {
    const identity = await readIdentity(tx);
    await writeIdentity(tx, { ...identity, [slot]: null });
    await recordAudit(tx, actor, `settings.${slot}-removed`, { type: 'setting', id: IDENTITY_SETTING_KEY });
  });
}
