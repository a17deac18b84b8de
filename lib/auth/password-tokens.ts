import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * One-time set-password links: 32 random bytes in the URL, only their SHA-256 in the database, valid 48 hours,
 * used at most once (the statement that marks a token used is the one that checks it is unused and fresh).
 */
export const TOKEN_HOURS = 48;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues a new link for the user; any earlier unused link of theirs stops working. */
export async function issuePasswordToken(
  tx: Prisma.TransactionClient,
  userId: string,
  issuerId: string | null,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_HOURS * 3_600_000);
  await tx.passwordToken.create({
    data: { userId, tokenHash: hashToken(token), expiresAt, createdById: issuerId },
  });
  return { token, expiresAt };
}

/** Consumes a token: the user's id when it was valid, unused and fresh, else null. */
export async function consumePasswordToken(
  tx: Prisma.TransactionClient,
  token: string,
  now = new Date(),
): Promise<string | null> {
  const row = await tx.passwordToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
  if (!row) return null;
  const used = await tx.passwordToken.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return used.count === 1 ? row.userId : null;
}

/** Whether a token would be accepted (for showing the form; consuming happens on POST). */
export async function peekPasswordToken(
  tx: Prisma.TransactionClient,
  token: string,
  now = new Date(),
): Promise<{ userId: string; email: string; displayName: string } | null> {
  const row = await tx.passwordToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
    select: { user: { select: { id: true, email: true, displayName: true, deletedAt: true, disabled: true } } },
  });
  if (!row || row.user.deletedAt || row.user.disabled) return null;
  return { userId: row.user.id, email: row.user.email, displayName: row.user.displayName };
}
