import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DashboardFilters } from '@/components/workspace/articles/dashboard-filters';
import { StatusBadge } from '@/components/workspace/articles/status-badge';
import { Pager } from '@/components/workspace/pager';
import { WorkspaceShell } from '@/components/workspace/shell';
import { isLocale, routing } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import {
  DASHBOARD_PAGE_SIZE,
  dashboardSorts,
  listArticles,
  type DashboardFilter,
} from '@/lib/workspace/articles/dashboard';
import { dashboardCounts } from '@/lib/desk/dashboard-counts';
import { translationStatuses } from '@/lib/workspace/articles/types';
import { workspacePage } from '@/lib/workspace/page';
import { listAuthorsForPicker } from '@/lib/workspace/taxonomy/authors';
import { listCategoriesForPicker } from '@/lib/workspace/taxonomy/categories';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DashboardPage'))('title') };
}

type Params = Record<
  'kind' | 'q' | 'locale' | 'status' | 'category' | 'author' | 'needs' | 'sort' | 'page',
  string | undefined
>;

function parseFilter(params: Params): DashboardFilter {
  const status = [...translationStatuses, 'missing', 'outdated', 'changes'].find((value) => value === params.status) as
    DashboardFilter['status'] | undefined;
  return {
    kind: params.kind === 'page' ? 'page' : 'article',
    q: params.q?.trim().slice(0, 200) || undefined,
    locale: isLocale(params.locale) ? params.locale : undefined,
    status,
    categoryId: params.category?.slice(0, 64) || undefined,
    authorId: params.author?.slice(0, 64) || undefined,
    needs: isLocale(params.needs) ? params.needs : undefined,
    sort: dashboardSorts.find((value) => value === params.sort),
    // Bounded: a huge page number would overflow the database's offset.
    page: Math.min(100_000, Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1)),
  };
}

/** Every article with a status cell per language; a translator opens it on "needs translation into" their language. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await workspacePage('/admin');
  const params = await searchParams;
  const uiLocale = await getLocale();
  const needsDefault = actor.role === 'translator' && actor.languages.length === 1 ? actor.languages[0] : undefined;
  const filter = parseFilter({ ...params, needs: params.needs ?? needsDefault });
  // Only what the filters offer: the settings form's media and tag lists are not needed here.
  const [{ rows, total }, categories, authors, t, tl, format] = await Promise.all([
    listArticles(actor, filter, uiLocale),
    listCategoriesForPicker(actor, uiLocale),
    listAuthorsForPicker(actor, uiLocale),
    getTranslations('DashboardPage'),
    getTranslations('LanguageNames'),
    getFormatter(),
  ]);
  // Words and translation progress per language (the translator's desk, decision 021).
  const counts = await dashboardCounts(
    actor,
    rows.map((row) => row.id),
  );
  const pages = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const page = filter.page ?? 1;
  const link = (to: number) =>
    `/admin?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(to) })}`;
  const pagesView = filter.kind === 'page';
  return (
    <WorkspaceShell actor={actor} current="/admin">
      <div className="heading-row">
        <h1>{pagesView ? t('pagesTitle') : t('title')}</h1>
        {can(actor, 'create:article') && (
          <Link className="button" href={pagesView ? '/admin/pages/new' : '/admin/articles/new'}>
            {pagesView ? t('newPage') : t('newArticle')}
          </Link>
        )}
      </div>
      <nav aria-label={t('kindLabel')}>
        <ul className="tabs">
          <li>
            <Link href="/admin" aria-current={pagesView ? undefined : 'page'}>
              {t('kindArticles')}
            </Link>
          </li>
          <li>
            <Link href="/admin?kind=page" aria-current={pagesView ? 'page' : undefined}>
              {t('kindPages')}
            </Link>
          </li>
        </ul>
      </nav>
      <DashboardFilters values={{ ...params, needs: filter.needs ?? '' }} categories={categories} authors={authors} />
      <table className="grid cards">
        <caption className="hint">
          {pagesView ? t('pagesCount', { count: total }) : t('count', { count: total })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('articleTitle')}</th>
            <th scope="col">{t('category')}</th>
            {routing.locales.map((locale) => (
              <th scope="col" key={locale}>
                {tl(locale)}
              </th>
            ))}
            <th scope="col">{t('updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={`/admin/articles/${row.id}`} lang={row.titleLocale}>
                  {row.title || t('untitled')}
                </Link>
              </td>
              <td data-label={t('category')}>{row.category ?? '—'}</td>
              {routing.locales.map((locale) => {
                const cell = row.languages[locale];
                const editable = can(actor, 'edit:translation:own-languages', { locale });
                const count = counts[row.id]?.[locale];
                const from = locale === row.sourceLocale ? '' : `?from=${row.sourceLocale}`;
                const badge = (
                  <StatusBadge
                    state={cell.state}
                    outdated={cell.outdated}
                    changes={cell.changes}
                    scheduledAt={cell.scheduledAt?.toISOString() ?? null}
                  />
                );
                return (
                  <td key={locale} data-label={tl(locale)}>
                    {editable ? (
                      <Link
                        href={`/admin/articles/${row.id}/translate/${locale}${from}`}
                        aria-label={t('cellLabel', { language: tl(locale), title: row.title })}
                      >
                        {badge}
                      </Link>
                    ) : (
                      badge
                    )}
                    {locale === row.sourceLocale && <span className="hint"> {t('source')}</span>}
                    {count && (
                      <span className="progress">
                        {locale === row.sourceLocale ? (
                          t('words', { count: count.words })
                        ) : (
                          <span aria-label={t('progressLabel', { translated: count.translated, total: count.total })}>
                            {t('progress', { translated: count.translated, total: count.total })}
                          </span>
                        )}
                        {count.machineDrafted && <span className="badge warn"> {t('machineDraft')}</span>}
                      </span>
                    )}
                  </td>
                );
              })}
              <td data-label={t('updated')}>{format.dateTime(row.updatedAt, 'withZone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={page}
        pages={pages}
        href={link}
        labels={{ nav: t('pages'), previous: t('previous'), next: t('next'), position: t('pageOf', { page, pages }) }}
      />
    </WorkspaceShell>
  );
}
