import type { Role } from '@/lib/auth/permissions';
import type { PrismaClient } from '@/lib/db/prisma-client';

export interface TestActor {
  id: string;
  email: string;
  ip: string;
  role: Role;
  languages: ('ru' | 'tk' | 'en')[];
}

let counter = 0;

/** A member of staff in the test database, shaped like the actor the data layer receives. */
export async function staff(
  prisma: PrismaClient,
  role: Role,
  languages: TestActor['languages'] = [],
): Promise<TestActor> {
  counter += 1;
  const user = await prisma.user.create({
    data: { email: `${role}-${counter}-${Date.now()}@staff.test`, displayName: `${role} ${counter}`, role, languages },
    select: { id: true, email: true },
  });
  return { ...user, ip: '127.0.0.1', role, languages };
}

/** A Tiptap document of plain paragraphs. */
export function doc(...paragraphs: string[]) {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}
