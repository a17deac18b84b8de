import 'server-only';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

/** Who did it, from where: every audited write carries this. */
export interface AuditContext {
  id: string;
  email: string;
  ip: string;
}

type Tx = Prisma.TransactionClient;

/** Appends one event inside the caller's transaction: the change and its record land together or not at all. */
export async function recordAudit(
  tx: Tx,
  actor: AuditContext,
  action: string,
  target: { type: string; id: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action,
      // The system (the scheduler) acts with no user id.
      actorId: actor.id || null,
      actorLabel: actor.email,
      targetType: target.type,
      targetId: target.id,
      ip: actor.ip || null,
      details: details as Prisma.InputJsonValue,
    },
  });
}

export interface AuditFilter {
  action?: string;
  actor?: string;
  target?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  action: string;
  actorLabel: string;
  targetType: string;
  targetId: string;
  targetLabel: string;
  ip: string;
  details: Record<string, unknown>;
  createdAt: Date;
}

/** The log, newest first, filtered by action prefix, actor (e-mail, partial), target id, and time range. */
export async function listAuditEvents(
  actor: Actor,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number; actions: string[] }> {
  authorize(actor, 'read:audit');
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: 'insensitive' } } : {}),
    ...(filter.target ? { targetId: filter.target } : {}),
    ...(filter.from || filter.to ? { createdAt: { gte: filter.from, lte: filter.to } } : {}),
  };
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total, actions] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        actorLabel: true,
        targetType: true,
        targetId: true,
        ip: true,
        details: true,
        createdAt: true,
      },
    }),
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
  ]);
  const userIds = rows.filter((row) => row.targetType === 'user').map((row) => row.targetId);
  const users = userIds.length
    ? await db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, displayName: true } })
    : [];
  const labels = new Map(users.map((user) => [user.id, user.displayName || user.email]));
  return {
    rows: rows.map((row) => ({
      ...row,
      ip: row.ip ?? '',
      details: (row.details ?? {}) as Record<string, unknown>,
      targetLabel:
        (typeof (row.details as Record<string, unknown>)?.title === 'string'
          ? (row.details as Record<string, string>).title
          : labels.get(row.targetId)) ?? row.targetId,
    })),
    total,
    actions: actions.map((row) => row.action),
  };
}
