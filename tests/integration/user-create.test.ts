import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { migratedDatabase } from '../support/test-db';

const dataDir = mkdtempSync(path.join(tmpdir(), 'habar-user-create-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run user:create', () => {
  const db = migratedDatabase();
  const run = (args: string[], password: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
      input: `${password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: db.url(), HABAR_DATA_DIR: dataDir, NODE_ENV: 'development' },
    });

  it('creates an admin with an argon2id hash of the password it was given, and records it in the audit log', async () => {
    const result = run(
      ['--email', 'First.Admin@Example.org', '--role', 'admin', '--name', 'First Admin'],
      'a long passphrase for the first admin',
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const user = await db.prisma().user.findUnique({ where: { email: 'first.admin@example.org' } });
    expect(user?.role).toBe('admin');
    expect(user?.displayName).toBe('First Admin');
    expect(await verifyPassword(user?.passwordHash as string, 'a long passphrase for the first admin')).toBe(true);
    expect(await db.prisma().auditEvent.count({ where: { action: 'user.created', targetId: user?.id } })).toBe(1);
  });

  it('refuses a common or short password, a duplicate address and an unknown role, with one clear line', () => {
    const common = run(['--email', 'x@example.org', '--role', 'editor'], 'unbelievable');
    expect(common.status).toBe(1);
    expect(common.stderr).toContain('password refused: common');
    const duplicate = run(['--email', 'first.admin@example.org', '--role', 'editor'], 'another long passphrase 2026');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('an account with this e-mail address exists already');
    const role = run(['--email', 'y@example.org', '--role', 'owner'], 'another long passphrase 2026');
    expect(role.status).toBe(1);
    expect(role.stderr).toContain('--role must be one of admin, editor, translator');
  });

  it('gives translators their languages', async () => {
    const result = run(
      ['--email', 'tr@example.org', '--role', 'translator', '--languages', 'tk,en'],
      'a translator passphrase 2026',
    );
    expect(result.status).toBe(0);
    expect((await db.prisma().user.findUnique({ where: { email: 'tr@example.org' } }))?.languages).toEqual([
      'tk',
      'en',
    ]);
  });
});
