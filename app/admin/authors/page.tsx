import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { CreateAuthorForm } from '@/components/workspace/taxonomy/author-forms';
import { EntryLink, LanguageCells, LanguageHeaders } from '@/components/workspace/taxonomy/language-cells';
import { workspacePage } from '@/lib/workspace/page';
import { listAuthors } from '@/lib/workspace/taxonomy/authors';
import { pickName } from '@/lib/workspace/taxonomy/fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('authorsTitle') };
}

export default async function AuthorsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await workspacePage('/admin/authors', 'manage:taxonomy');
  const [authors, { deleted }, t, locale] = await Promise.all([
    listAuthors(actor),
    searchParams,
    getTranslations('TaxonomyPage'),
    getLocale(),
  ]);
  const collator = new Intl.Collator(locale);
  const sorted = authors
    .map((author) => ({ author, name: pickName(author.translations, locale)?.name ?? '' }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ author }) => author);
  return (
    <WorkspaceShell actor={actor} current="/admin/authors">
      <h1>{t('authorsTitle')}</h1>
      {deleted && (
        <p role="status" className="notice ok">
          {t('authorDeleted')}
        </p>
      )}
      <table className="grid">
        <caption className="hint">{t('authorsCount', { count: authors.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('personName')}</th>
            <LanguageHeaders />
            <th scope="col">{t('articles')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((author) => (
            <tr key={author.id}>
              <td>
                <EntryLink href={`/admin/authors/${author.id}`} translations={author.translations} />
                {author.isPenName && (
                  <>
                    {' '}
                    <span className="badge">{t('penName')}</span>
                  </>
                )}
              </td>
              <LanguageCells translations={author.translations} />
              <td>{author.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('newAuthor')}</h2>
      <CreateAuthorForm />
    </WorkspaceShell>
  );
}
