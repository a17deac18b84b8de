/**
 * Categories, tags and authors of the import, inside the transaction of the group that first uses them. A WordPress
 * term becomes a Habar category or tag keyed by its Polylang translation group when it has one (so "Новости" and
 * "News" are one category with a name per language) and by its slug otherwise; it gets a name in each language a
 * post using it is written in. A Habar term with the same slug in that language is reused rather than duplicated.
 */
import type { Locale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugOrFallback, uniqueSlug } from '@/lib/slug';
import { parseTranslationGroup } from './languages';
import type { WxrIndex } from './plan';
import { decodedSlug } from './permalinks';

type Tx = Prisma.TransactionClient;
export type TermKind = 'category' | 'tag';

export interface TaxonomyCounts {
  categoriesCreated: number;
  tagsCreated: number;
  authorsCreated: number;
}

/** Term slug → key of its Polylang translation group (`term_translations`). */
export function termGroupKeys(index: WxrIndex): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [groupSlug, description] of index.termGroups) {
    const parsed = parseTranslationGroup(description);
    if (!parsed.ok) continue;
    for (const termId of parsed.members.values()) {
      const term = index.termsById.get(termId);
      if (term) keys.set(`${term.taxonomy}:${term.slug}`, `group:${groupSlug}`);
    }
  }
  return keys;
}

/**
 * Resolves terms and authors to Habar ids. Ids found or created in a group's transaction are remembered only when
 * that transaction commits (`commit`), so a rolled-back group (or a dry run) never leaves a stale id behind.
 */
export class TaxonomyImporter {
  private readonly known = new Map<string, string>();
  private staged = new Map<string, string>();
  readonly created = { category: new Set<string>(), tag: new Set<string>(), author: new Set<string>() };

  constructor(
    private readonly source: string,
    private readonly index: WxrIndex,
    private readonly groupKeys: Map<string, string>,
  ) {}

  commit(): void {
    for (const [key, id] of this.staged) this.known.set(key, id);
    this.staged = new Map();
  }

  discard(): void {
    this.staged = new Map();
  }

  private remembered(key: string): string | undefined {
    return this.staged.get(key) ?? this.known.get(key);
  }

  async term(tx: Tx, kind: TermKind, term: { nicename: string; name: string }, locale: Locale): Promise<string> {
    const taxonomy = kind === 'category' ? 'category' : 'post_tag';
    const externalId = this.groupKeys.get(`${taxonomy}:${term.nicename}`) ?? `${taxonomy}:${term.nicename}`;
    const name = term.name.trim().slice(0, 200) || decodedSlug(term.nicename);
    const wantedSlug = slugOrFallback(decodedSlug(term.nicename), term.nicename, kind);
    const memoKey = `${kind}:${externalId}`;
    let id = this.remembered(memoKey);
    if (!id) {
      const imported = await tx.importedItem.findUnique({
        where: { source_kind_externalId: { source: this.source, kind, externalId } },
        select: { targetId: true },
      });
      if (imported && (await this.exists(tx, kind, imported.targetId))) id = imported.targetId;
      id ??= await this.sameSlug(tx, kind, locale, wantedSlug);
      if (!id) {
        id = kind === 'category' ? (await tx.category.create({ data: {} })).id : (await tx.tag.create({ data: {} })).id;
        this.created[kind].add(externalId);
      }
      await tx.importedItem.upsert({
        where: { source_kind_externalId: { source: this.source, kind, externalId } },
        update: { targetId: id },
        create: { source: this.source, kind, externalId, targetId: id },
      });
      this.staged.set(memoKey, id);
    }
    const namedKey = `${memoKey}:${locale}`;
    if (!this.remembered(namedKey)) {
      await this.ensureName(tx, kind, id, locale, name, wantedSlug);
      this.staged.set(namedKey, id);
    }
    return id;
  }

  private async exists(tx: Tx, kind: TermKind | 'author', id: string): Promise<boolean> {
    const where = { where: { id }, select: { id: true } } as const;
    const row =
      kind === 'category'
        ? await tx.category.findUnique(where)
        : kind === 'tag'
          ? await tx.tag.findUnique(where)
          : await tx.author.findUnique(where);
    return row !== null;
  }

  private async sameSlug(tx: Tx, kind: TermKind, locale: Locale, slug: string): Promise<string | undefined> {
    if (kind === 'category') {
      const row = await tx.categoryTranslation.findUnique({ where: { locale_slug: { locale, slug } } });
      return row?.categoryId;
    }
    const row = await tx.tagTranslation.findUnique({ where: { locale_slug: { locale, slug } } });
    return row?.tagId;
  }

  private async ensureName(tx: Tx, kind: TermKind, id: string, locale: Locale, name: string, wanted: string) {
    const taken = async (slug: string) =>
      kind === 'category'
        ? await tx.categoryTranslation.findMany({
            where: { locale, slug: { startsWith: slug } },
            select: { slug: true },
          })
        : await tx.tagTranslation.findMany({ where: { locale, slug: { startsWith: slug } }, select: { slug: true } });
    if (kind === 'category') {
      const existing = await tx.categoryTranslation.findUnique({
        where: { categoryId_locale: { categoryId: id, locale } },
      });
      if (existing) return;
      const slugs = new Set((await taken(wanted)).map((row) => row.slug));
      const slug = uniqueSlug(wanted, (candidate) => slugs.has(candidate));
      await tx.categoryTranslation.create({ data: { categoryId: id, locale, name, slug } });
    } else {
      const existing = await tx.tagTranslation.findUnique({ where: { tagId_locale: { tagId: id, locale } } });
      if (existing) return;
      const slugs = new Set((await taken(wanted)).map((row) => row.slug));
      const slug = uniqueSlug(wanted, (candidate) => slugs.has(candidate));
      await tx.tagTranslation.create({ data: { tagId: id, locale, name, slug } });
    }
  }

  /** An author (byline) per WordPress login, named by its display name in every language; reused by that name. */
  async author(tx: Tx, login: string, locales: readonly Locale[]): Promise<string | null> {
    if (!login) return null;
    const memoKey = `author:${login}`;
    const remembered = this.remembered(memoKey);
    if (remembered) return remembered;
    const name = (this.index.authors.get(login)?.displayName || login).trim().slice(0, 200);
    let id: string | undefined;
    const imported = await tx.importedItem.findUnique({
      where: { source_kind_externalId: { source: this.source, kind: 'author', externalId: login } },
      select: { targetId: true },
    });
    if (imported && (await this.exists(tx, 'author', imported.targetId))) id = imported.targetId;
    id ??= (await tx.authorTranslation.findFirst({ where: { name }, select: { authorId: true } }))?.authorId;
    if (!id) {
      // An author's public page lives at /{locale}/authors/{slug}: one free slug per language, from the name.
      const wanted = slugOrFallback(name, login, 'author');
      const translations = [];
      for (const locale of locales) {
        const rows = await tx.authorTranslation.findMany({
          where: { locale, slug: { startsWith: wanted } },
          select: { slug: true },
        });
        const slugs = new Set(rows.map((row) => row.slug));
        translations.push({ locale, name, slug: uniqueSlug(wanted, (candidate) => slugs.has(candidate)) });
      }
      id = (await tx.author.create({ data: { translations: { create: translations } } })).id;
      this.created.author.add(login);
    }
    await tx.importedItem.upsert({
      where: { source_kind_externalId: { source: this.source, kind: 'author', externalId: login } },
      update: { targetId: id },
      create: { source: this.source, kind: 'author', externalId: login, targetId: id },
    });
    this.staged.set(memoKey, id);
    return id;
  }
}
