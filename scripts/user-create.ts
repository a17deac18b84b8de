/**
 * `npm run user:create -- --email someone@example.org --role admin [--name "Display Name"] [--languages tk,ru]`:
 * creates a staff account on the configured database (the way to make the first admin in production). The password
 * is asked on the terminal, twice, without echo; from a pipe, the first line of standard input is used.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { roles } from '@/lib/auth/permissions';
import { createPrismaClient } from '@/lib/db/prisma-client';
import { deployMigrations } from './db/schema-engine';
import { resolveDatabase } from './lib/database';
import { loadDotEnv, provideSecrets } from './lib/settings';

const argsSchema = z.object({
  email: z.email({ error: '--email must be an e-mail address' }).transform((email) => email.toLowerCase()),
  role: z.enum(roles, { error: `--role must be one of ${roles.join(', ')}` }),
  name: z.string().trim().min(1).max(120).optional(),
  languages: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((part) => part.trim()) : []))
    .pipe(z.array(z.enum(routing.locales, { error: `--languages takes ${routing.locales.join(',')}` }))),
});

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    if (hidden && process.stdin.isTTY) {
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
        if (text.includes(question)) process.stdout.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden && process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(email: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    throw new Error('no password given on standard input');
  }
  for (;;) {
    const password = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `, true);
    const problem = passwordProblem(password, { email });
    if (problem) {
      console.log(`  refused: ${problem}`);
      continue;
    }
    if ((await ask('Repeat the password: ', true)) === password) return password;
    console.log('  the two entries differ');
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const parsed = argsSchema.safeParse({
    email: option('email'),
    role: option('role'),
    name: option('name'),
    languages: option('languages'),
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { email, role, name, languages } = parsed.data;
  const password = await readPassword(email);
  const problem = passwordProblem(password, { email });
  if (problem) throw new Error(`password refused: ${problem}`);
  const passwordHash = await hashPassword(password);
  const { postgresPassword } = provideSecrets();
  const database = await resolveDatabase(postgresPassword, () => {});
  const prisma = createPrismaClient(database.url);
  try {
    await deployMigrations(database.url);
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email,
          role,
          displayName: name ?? email.split('@')[0] ?? email,
          languages,
          passwordHash,
        },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          action: 'user.created',
          actorLabel: 'command line',
          targetType: 'user',
          targetId: created.id,
          details: { email, role, languages },
        },
      });
      return created;
    });
    console.log(`created ${role} ${email} (${user.id})`);
  } finally {
    await prisma.$disconnect();
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `[user:create] ${/Unique constraint/.test(message) ? 'an account with this e-mail address exists already' : message}`,
    );
    process.exit(1);
  },
);
