import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { GlossaryEntryForm, ReviewProposal } from '@/components/desk/glossary-forms';
import { WorkspaceShell } from '@/components/workspace/shell';
import { routing } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import { listGlossary } from '@/lib/desk/glossary';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Desk'))('glossary.title') };
}

/**
 * The glossary: every staff member reads it (translators propose entries); editors and admins add, change, approve
 * and delete. Proposals waiting for approval come first.
 */
export default async function GlossaryPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; status?: string }>;
}) {
  const actor = await workspacePage('/admin/glossary');
  const params = await searchParams;
  const status = params.status === 'proposed' || params.status === 'approved' ? params.status : undefined;
  const q = params.q?.slice(0, 200);
  const [{ entries, total, proposals }, t, tl] = await Promise.all([
    listGlossary(actor, { q, status }),
    getTranslations('Desk'),
    getTranslations('LanguageNames'),
  ]);
  const manages = can(actor, 'manage:glossary');
  return (
    <WorkspaceShell actor={actor} current="/admin/glossary">
      <h1>{t('glossary.title')}</h1>
      <p className="hint">{t(manages ? 'glossary.introEditor' : 'glossary.introTranslator')}</p>
      {proposals > 0 && (
        <p className="notice" role="status">
          <Link href="/admin/glossary?status=proposed">{t('glossary.proposalsWaiting', { count: proposals })}</Link>
        </p>
      )}
      <form className="filters" role="search" aria-label={t('glossary.search')}>
        <label htmlFor="glossary-q">{t('glossary.search')}</label>
        <input id="glossary-q" name="q" type="search" defaultValue={q ?? ''} />
        <button type="submit" className="secondary">
          {t('glossary.find')}
        </button>
      </form>
      <table className="grid cards glossary">
        <caption className="hint">{t('glossary.count', { count: total })}</caption>
        <thead>
          <tr>
            {routing.locales.map((locale) => (
              <th scope="col" key={locale}>
                {tl(locale)}
              </th>
            ))}
            <th scope="col">{t('glossary.note')}</th>
            <th scope="col">{t('glossary.status')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              {routing.locales.map((locale) => {
                const term = entry.terms[locale];
                return (
                  <td key={locale} data-label={tl(locale)} lang={locale}>
                    {term ? (
                      <>
                        <strong>{term.term}</strong>
                        {term.variants.length > 0 && <span className="hint"> ({term.variants.join(', ')})</span>}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
              <td data-label={t('glossary.note')}>
                {entry.doNotTranslate && <span className="badge">{t('glossary.doNotTranslateBadge')}</span>}{' '}
                {entry.note}
              </td>
              <td data-label={t('glossary.status')}>
                {entry.status === 'proposed' ? (
                  <>
                    <span className="badge warn">{t('glossary.proposal', { name: entry.proposedBy ?? '—' })}</span>
                    {manages && <ReviewProposal id={entry.id} />}
                  </>
                ) : (
                  t('glossary.approved')
                )}
                {manages && (
                  <>
                    {' '}
                    <Link href={`/admin/glossary/${entry.id}`}>{t('glossary.edit')}</Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="glossary-add">
        <h2 id="glossary-add">{t(manages ? 'glossary.addHeading' : 'glossary.proposeHeading')}</h2>
        <GlossaryEntryForm proposing={!manages} />
      </section>
    </WorkspaceShell>
  );
}
