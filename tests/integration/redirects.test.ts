/**
 * The redirects data layer (lib/workspace/redirects/): old addresses added by hand or from CSV, normalized like the
 * public lookup, loops and chains refused (also within one CSV file and against imported redirects), hit counts
 * added in one batch; and the access matrix of every export.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth/permissions';
import type * as RedirectsRead from '@/lib/workspace/redirects/read';
import type * as RedirectsWrite from '@/lib/workspace/redirects/write';
import { accessOutcome } from '../support/access';
import { staff, type TestActor } from '../support/staff';
import { migratedDatabase } from '../support/test-db';
import { workspaceEnv } from '../support/workspace-env';

const db = migratedDatabase();
let redirects: typeof RedirectsRead & typeof RedirectsWrite;
const actors = {} as Record<Role, TestActor>;

beforeAll(async () => {
  workspaceEnv(db);
  redirects = {
    ...(await import('@/lib/workspace/redirects/read')),
    ...(await import('@/lib/workspace/redirects/write')),
  };
  actors.admin = await staff(db.prisma(), 'admin');
  actors.editor = await staff(db.prisma(), 'editor');
  actors.translator = await staff(db.prisma(), 'translator', ['tk']);
});

describe('adding redirects', () => {
  it('normalizes the old address and refuses loops, chains, duplicates and Habar’s own paths', async () => {
    const admin = actors.admin;
    const added = await redirects.addRedirect(admin, {
      from: 'https://thf.example.org/Article/3F2504E0-4F89-11D3-9A0C-0305E82C3301/',
      to: '/ru/articles/doklad',
    });
    expect(added).toMatchObject({ ok: true, fromPath: '/article/3f2504e0-4f89-11d3-9a0c-0305e82c3301' });
    const refusals = {
      exists: { from: '/article/3f2504e0-4f89-11d3-9a0c-0305e82c3301', to: '/en' },
      loop: { from: '/same/place', to: '/same/place/' },
      'chain-to-redirect': { from: '/another', to: '/article/3F2504E0-4F89-11D3-9A0C-0305E82C3301' },
      'chain-from-target': { from: '/moved-once', to: '/en' },
      'reserved-from': { from: '/en/articles/report', to: '/en' },
      'bad-from': { from: 'javascript:alert(1)', to: '/en' },
      'bad-to': { from: '/old', to: 'https://evil.example.org/' },
    } as const;
    // A redirect that leads to an address which is then made to redirect: the second half of a chain.
    await redirects.addRedirect(admin, { from: '/older', to: '/moved-once' });
    for (const [error, input] of Object.entries(refusals)) {
      expect(await redirects.addRedirect(admin, input), error).toEqual({ ok: false, error });
    }
    const audit = await db.prisma().auditEvent.count({ where: { action: 'redirect.created' } });
    expect(audit).toBe(2);
  });

  it('imports a CSV file line by line, refusing bad lines and chains built inside the file', async () => {
    const csv = [
      'old path,new path',
      '/en/article/1111,/en/articles/one',
      '"/en/article/2222","/en/articles/two"',
      '/en/article/3333;/en/article/1111',
      'not a line',
      '/en/article/4444,/en/article/4444',
      '',
      '# a comment',
      '/en/article/5555,https://evil.example.org/',
    ].join('\r\n');
    const result = await redirects.importRedirectsCsv(actors.admin, csv);
    expect(result).toEqual({
      added: 2,
      refused: [
        { line: 4, error: 'chain-to-redirect' },
        { line: 5, error: 'bad-line' },
        { line: 6, error: 'loop' },
        { line: 9, error: 'bad-to' },
      ],
    });
    const { rows, total } = await redirects.listRedirects(actors.admin, { q: '/en/article/' });
    expect(total).toBe(2);
    expect(rows.map((row) => row.target)).toEqual(expect.arrayContaining([{ kind: 'path', path: '/en/articles/one' }]));
    expect(await redirects.importRedirectsCsv(actors.admin, 'x'.repeat(3 * 1024 * 1024))).toBe('too-large');
    expect(await redirects.importRedirectsCsv(actors.admin, '/a,/b\n'.repeat(20_002))).toBe('too-large');
  });

  it('hit counts arrive in one batch', async () => {
    const { countRedirectHit, flushRedirectHits } = await import('@/lib/public/redirect-hits');
    const row = await db.prisma().redirect.findUniqueOrThrow({ where: { fromPath: '/en/article/1111' } });
    for (let i = 0; i < 7; i++) countRedirectHit(row.id);
    await flushRedirectHits();
    const after = await db.prisma().redirect.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.hits).toBe(7);
    expect(after.lastHitAt).not.toBeNull();
  });
});

describe('redirects access matrix', () => {
  const operations: Record<string, { allowed: Role[]; run: (actor: TestActor) => Promise<unknown> }> = {
    listRedirects: { allowed: ['admin'], run: (actor) => redirects.listRedirects(actor, {}) },
    addRedirect: {
      allowed: ['admin'],
      run: (actor) => redirects.addRedirect(actor, { from: `/matrix/${actor.role}`, to: '/en' }),
    },
    deleteRedirect: { allowed: ['admin'], run: (actor) => redirects.deleteRedirect(actor, 'none') },
    importRedirectsCsv: {
      allowed: ['admin'],
      run: (actor) => redirects.importRedirectsCsv(actor, `/matrix-csv/${actor.role},/en\n`),
    },
  };

  it('covers every exported function of the redirects data layer', async () => {
    // actions.ts is checked over HTTP by e2e/workspace-action-access.spec.ts; csv.ts and types.ts hold no operation.
    expect((await readdir(path.resolve('lib/workspace/redirects'))).sort()).toEqual([
      'actions.ts',
      'csv.ts',
      'read.ts',
      'types.ts',
      'write.ts',
    ]);
    const exported = Object.entries(redirects)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(operations).sort());
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const role of ['admin', 'editor', 'translator'] as const) {
      const expected = operation.allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${name} as ${role}: ${expected}`, async () => {
        expect(await accessOutcome(operation.run(actors[role]))).toBe(expected);
      });
    }
  }
});
