import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PinForm, PlacementForm } from '@/components/workspace/edition/front-forms';
import { WorkspaceShell } from '@/components/workspace/shell';
import { can } from '@/lib/auth/permissions';
import { listHomePins, listSitePages, MAX_PAGE_POSITION } from '@/lib/workspace/edition/front';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('FrontPage'))('title') };
}

/** Editors: the story pinned to each language's home page, and where the site's pages are listed. */
export default async function FrontPage() {
  const actor = await workspacePage('/admin/front', 'edit:article:any');
  const locale = await getLocale();
  const [pins, pages, t, tl] = await Promise.all([
    can(actor, 'publish:translation:any') ? listHomePins(actor) : Promise.resolve([]),
    listSitePages(actor, locale),
    getTranslations('FrontPage'),
    getTranslations('LanguageNames'),
  ]);
  return (
    <WorkspaceShell actor={actor} current="/admin/front">
      <h1>{t('title')}</h1>
      {pins.length > 0 && (
        <section aria-labelledby="pins-heading">
          <h2 id="pins-heading">{t('pinsHeading')}</h2>
          <p className="hint">{t('pinsIntro')}</p>
          {pins.map((pin) => (
            <PinForm
              key={pin.locale}
              locale={pin.locale}
              language={tl(pin.locale)}
              pinned={pin.pinned?.articleId ?? null}
              candidates={pin.candidates}
            />
          ))}
        </section>
      )}
      <section aria-labelledby="pages-heading">
        <div className="heading-row">
          <h2 id="pages-heading">{t('pagesHeading')}</h2>
          {can(actor, 'create:article') && (
            <Link className="button" href="/admin/pages/new">
              {t('newPage')}
            </Link>
          )}
        </div>
        <p className="hint">{t('pagesIntro')}</p>
        {pages.length === 0 ? (
          <p>{t('noPages')}</p>
        ) : (
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t('pageTitle')}</th>
                <th scope="col">{t('publishedIn')}</th>
                <th scope="col">{t('placement')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={page.id}>
                  <td>
                    <Link href={`/admin/articles/${page.id}`} lang={page.titleLocale}>
                      {page.title}
                    </Link>
                  </td>
                  <td>
                    {page.published.length ? page.published.map((code) => tl(code)).join(', ') : t('notPublished')}
                  </td>
                  <td>
                    <PlacementForm
                      articleId={page.id}
                      title={page.title}
                      placement={page.placement}
                      position={page.position}
                      max={MAX_PAGE_POSITION}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </WorkspaceShell>
  );
}
