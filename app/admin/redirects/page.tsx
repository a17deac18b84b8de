import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AddRedirectForm } from '@/components/workspace/redirects/add-form';
import { ImportRedirectsForm } from '@/components/workspace/redirects/csv-form';
import { DeleteRedirectForm } from '@/components/workspace/redirects/delete-form';
import { Pager } from '@/components/workspace/pager';
import { WorkspaceShell } from '@/components/workspace/shell';
import { listRedirects } from '@/lib/workspace/redirects/read';
import { REDIRECTS_PAGE_SIZE } from '@/lib/workspace/redirects/types';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('RedirectsPage'))('title') };
}

type Params = { q?: string; page?: string };

/** Old addresses and where they lead (decision 020): imported from WordPress, added here, or from a CSV file. */
export default async function RedirectsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await workspacePage('/admin/redirects', 'manage:redirects');
  const params = await searchParams;
  const page = Math.min(100_000, Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1));
  const [{ rows, total }, t, tl, format] = await Promise.all([
    listRedirects(actor, { q: params.q?.slice(0, 200), page }),
    getTranslations('RedirectsPage'),
    getTranslations('LanguageNames'),
    getFormatter(),
  ]);
  const pages = Math.max(1, Math.ceil(total / REDIRECTS_PAGE_SIZE));
  const link = (to: number) => `/admin/redirects?${new URLSearchParams({ ...params, page: String(to) }).toString()}`;
  return (
    <WorkspaceShell actor={actor} current="/admin/redirects">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <section aria-labelledby="redirect-add">
        <h2 id="redirect-add">{t('addTitle')}</h2>
        <AddRedirectForm />
      </section>
      <section aria-labelledby="redirect-import">
        <h2 id="redirect-import">{t('importTitle')}</h2>
        <ImportRedirectsForm />
      </section>
      <h2>{t('listTitle')}</h2>
      <form method="get" className="filters" aria-label={t('filters')}>
        <div>
          <label htmlFor="redirect-q">{t('search')}</label>
          <input id="redirect-q" name="q" type="search" defaultValue={params.q} />
        </div>
        <button type="submit">{t('apply')}</button>
      </form>
      <table className="grid">
        <caption className="hint">{t('count', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('from')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('hits')}</th>
            <th scope="col">{t('lastHit')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="mono" id={`redirect-${row.id}`}>
                {row.fromPath}
              </td>
              <td>
                {row.target.kind === 'path' && <span className="mono">{row.target.path}</span>}
                {row.target.kind === 'media' && t('toMedia', { name: row.target.name })}
                {row.target.kind === 'article' && (
                  <>
                    <Link href={`/admin/articles/${row.target.articleId}`}>{row.target.title}</Link> (
                    {tl(row.target.locale)}){!row.target.live && <> — {t('notLive')}</>}
                  </>
                )}
              </td>
              <td>{t(`sources.${row.source}`)}</td>
              <td>{format.number(row.hits)}</td>
              <td>{row.lastHitAt ? format.dateTime(row.lastHitAt, 'withZone') : '—'}</td>
              <td>
                <DeleteRedirectForm id={row.id} nameId={`redirect-${row.id}`} />
              </td>
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
