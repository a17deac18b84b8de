import 'server-only';
import { routing, type Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ChangesState, LanguageState, TranslationStatus } from './types';
import { isOutdated, versionSelect } from './working-text';

export const DASHBOARD_PAGE_SIZE = 25;
export const dashboardSorts = ['updated', 'created', 'title'] as const;
export type DashboardSort = (typeof dashboardSorts)[number];

export interface DashboardFilter {
  /** Articles (the default) or the site's pages. */
  kind?: 'article' | 'page';
  q?: string;
  locale?: Locale;
  /** A status, or missing, outdated, or `changes` (published with unpublished changes). */
  status?: TranslationStatus | 'missing' | 'outdated' | 'changes';
  categoryId?: string;
  authorId?: string;
  /** Articles whose translation into this language is missing or outdated. */
  needs?: Locale;
  sort?: DashboardSort;
  page?: number;
}

/** One language of one article on the dashboard: status, unpublished changes, and when it goes live if scheduled. */
export interface LanguageCell {
  state: LanguageState;
  outdated: boolean;
  changes: ChangesState | null;
  /** The time the translation (or its changes) is scheduled to go live. */
  scheduledAt: Date | null;
}

export interface DashboardRow {
  id: string;
  title: string;
  titleLocale: Locale;
  sourceLocale: Locale;
  category: string | null;
  updatedAt: Date;
  languages: Record<Locale, LanguageCell>;
}

/**
 * The article list with a status per language. Outdated is computed from fingerprints (a translation made from an
 * older source text); "needs X" is missing-or-outdated in X, what a translator looks for first.
 */
export async function listArticles(
  actor: Actor & { languages: readonly Locale[] },
  filter: DashboardFilter,
  uiLocale: Locale,
): Promise<{ rows: DashboardRow[]; total: number }> {
  authorize(actor, 'read:workspace');
  const where: Prisma.ArticleWhereInput = {
    deletedAt: null,
    kind: filter.kind ?? 'article',
    ...(filter.q ? { translations: { some: { title: { contains: filter.q, mode: 'insensitive' } } } } : {}),
    ...(filter.categoryId ? { categoryId: filter.categoryId } : {}),
    ...(filter.authorId ? { authors: { some: { authorId: filter.authorId } } } : {}),
  };
  if (filter.locale && filter.status && filter.status !== 'outdated') {
    const { locale, status } = filter;
    where.AND = [
      status === 'missing'
        ? { translations: { none: { locale } } }
        : status === 'changes'
          ? { translations: { some: { locale, workingCopy: { isNot: null } } } }
          : { translations: { some: { locale, status } } },
    ];
  }
  // Outdated needs a comparison between two rows: ask the database for those article ids first.
  const outdatedIn = filter.needs ?? (filter.status === 'outdated' ? filter.locale : undefined);
  if (outdatedIn) {
    // Working texts on both sides: a working copy's fingerprints when there is one (decision 012).
    const outdated = await db().$queryRaw<{ id: string }[]>`
      SELECT t."articleId" AS id FROM "ArticleTranslation" t
      JOIN "Article" a ON a.id = t."articleId"
      JOIN "ArticleTranslation" s ON s."articleId" = a.id AND s.locale = a."sourceLocale"
      LEFT JOIN "WorkingCopy" tw ON tw."translationId" = t.id
      LEFT JOIN "WorkingCopy" sw ON sw."translationId" = s.id
      WHERE t.locale = ${outdatedIn}::"Locale" AND t.id <> s.id
        AND (CASE WHEN tw."translationId" IS NULL THEN t."sourceFingerprint" ELSE tw."sourceFingerprint" END)
          IS DISTINCT FROM coalesce(sw."contentFingerprint", s."contentFingerprint")`;
    const ids = outdated.map((row) => row.id);
    const condition: Prisma.ArticleWhereInput = filter.needs
      ? { OR: [{ id: { in: ids } }, { translations: { none: { locale: filter.needs } } }] }
      : { id: { in: ids } };
    where.AND = [...((where.AND as Prisma.ArticleWhereInput[]) ?? []), condition];
  }
  const page = Math.max(1, filter.page ?? 1);
  const orderBy: Prisma.ArticleOrderByWithRelationInput =
    filter.sort === 'created' ? { createdAt: 'desc' } : { updatedAt: 'desc' };
  const [articles, total] = await Promise.all([
    db().article.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      ...(filter.sort === 'title' ? {} : { skip: (page - 1) * DASHBOARD_PAGE_SIZE, take: DASHBOARD_PAGE_SIZE }),
      select: {
        id: true,
        sourceLocale: true,
        updatedAt: true,
        category: { select: { translations: { select: { locale: true, name: true } } } },
        translations: {
          select: {
            locale: true,
            title: true,
            status: true,
            scheduledAt: true,
            updatedAt: true,
            ...versionSelect,
            workingCopy: {
              select: { ...versionSelect.workingCopy.select, state: true, scheduledAt: true, updatedAt: true },
            },
          },
        },
      },
    }),
    db().article.count({ where }),
  ]);
  let rows = articles.map((article): DashboardRow => {
    const source = article.translations.find((translation) => translation.locale === article.sourceLocale);
    const preferred =
      article.translations.find((translation) => translation.locale === uiLocale) ?? source ?? article.translations[0];
    const languages = Object.fromEntries(
      routing.locales.map((locale) => {
        const translation = article.translations.find((candidate) => candidate.locale === locale);
        const cell: LanguageCell = {
          state: translation?.status ?? 'missing',
          outdated: Boolean(translation && translation !== source && isOutdated(translation, source)),
          changes: translation?.workingCopy?.state ?? null,
          scheduledAt: translation?.workingCopy?.scheduledAt ?? translation?.scheduledAt ?? null,
        };
        return [locale, cell];
      }),
    ) as DashboardRow['languages'];
    const updatedAt = article.translations.reduce((latest, translation) => {
      const touched = translation.workingCopy?.updatedAt ?? translation.updatedAt;
      return touched > latest ? touched : latest;
    }, article.updatedAt);
    return {
      id: article.id,
      title: preferred?.title ?? '',
      titleLocale: preferred?.locale ?? article.sourceLocale,
      sourceLocale: article.sourceLocale,
      category:
        article.category?.translations.find((translation) => translation.locale === uiLocale)?.name ??
        article.category?.translations[0]?.name ??
        null,
      updatedAt,
      languages,
    };
  });
  if (filter.sort === 'title') {
    rows = rows
      .sort((a, b) => a.title.localeCompare(b.title, uiLocale))
      .slice((page - 1) * DASHBOARD_PAGE_SIZE, page * DASHBOARD_PAGE_SIZE);
  }
  return { rows, total };
}
