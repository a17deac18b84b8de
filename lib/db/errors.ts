import { Prisma } from '@/lib/generated/prisma/client';

/** A unique index refused the write: two requests took the same slug (or created the same row) at the same moment. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
