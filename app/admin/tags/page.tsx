import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { EntryLink, LanguageCells, LanguageHeaders } from '@/components/workspace/taxonomy/language-cells';
import { CreateTagForm } from '@/components/workspace/taxonomy/tag-forms';
import { workspacePage } from '@/lib/workspace/page';
import { pickName } from '@/lib/workspace/taxonomy/fields';
import { listTags } from '@/lib/workspace/taxonomy/tags';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('tagsTitle') };
}

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await workspacePage('/admin/tags', 'manage:taxonomy');
  const [tags, { deleted }, t, locale] = await Promise.all([
    listTags(actor),
    searchParams,
    getTranslations('TaxonomyPage'),
    getLocale(),
  ]);
  const collator = new Intl.Collator(locale);
  const sorted = tags
    .map((tag) => ({ tag, name: pickName(tag.translations, locale)?.name ?? '' }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ tag }) => tag);
  return (
    <WorkspaceShell actor={actor} current="/admin/tags">
      <h1>{t('tagsTitle')}</h1>
      {deleted && (
        <p role="status" className="notice ok">
          {t('tagDeleted')}
        </p>
      )}
      <table className="grid">
        <caption className="hint">{t('tagsCount', { count: tags.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <LanguageHeaders />
            <th scope="col">{t('articles')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((tag) => (
            <tr key={tag.id}>
              <td>
                <EntryLink href={`/admin/tags/${tag.id}`} translations={tag.translations} />
              </td>
              <LanguageCells translations={tag.translations} />
              <td>{tag.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('newTag')}</h2>
      <CreateTagForm />
    </WorkspaceShell>
  );
}
