import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { CreateCategoryForm } from '@/components/workspace/taxonomy/category-forms';
import { EntryLink, LanguageCells, LanguageHeaders } from '@/components/workspace/taxonomy/language-cells';
import { workspacePage } from '@/lib/workspace/page';
import { listCategories } from '@/lib/workspace/taxonomy/categories';
import { TAXONOMY_LIMITS } from '@/lib/workspace/taxonomy/fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('categoriesTitle') };
}

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const actor = await workspacePage('/admin/categories', 'manage:taxonomy');
  const [categories, { deleted }, t] = await Promise.all([
    listCategories(actor),
    searchParams,
    getTranslations('TaxonomyPage'),
  ]);
  const nextPosition = Math.max(-1, ...categories.map((category) => category.position)) + 1;
  return (
    <WorkspaceShell actor={actor} current="/admin/categories">
      <h1>{t('categoriesTitle')}</h1>
      {deleted && (
        <p role="status" className="notice ok">
          {t('categoryDeleted')}
        </p>
      )}
      <table className="grid">
        <caption className="hint">{t('categoriesCount', { count: categories.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <LanguageHeaders />
            <th scope="col">{t('position')}</th>
            <th scope="col">{t('articles')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.id}>
              <td>
                <EntryLink href={`/admin/categories/${category.id}`} translations={category.translations} />
              </td>
              <LanguageCells translations={category.translations} />
              <td>{category.position}</td>
              <td>{category.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('newCategory')}</h2>
      <CreateCategoryForm nextPosition={Math.min(nextPosition, TAXONOMY_LIMITS.position)} />
    </WorkspaceShell>
  );
}
