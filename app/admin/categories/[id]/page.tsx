import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { DeleteCategory, EditCategoryForm } from '@/components/workspace/taxonomy/category-forms';
import { MissingEntry } from '@/components/workspace/taxonomy/missing-entry';
import { workspacePage } from '@/lib/workspace/page';
import { getCategory } from '@/lib/workspace/taxonomy/categories';
import { defaultsOf, pickName } from '@/lib/workspace/taxonomy/fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('categoryTitle') };
}

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/categories/${id}`, 'manage:taxonomy');
  const [category, t, locale] = await Promise.all([
    getCategory(actor, id),
    getTranslations('TaxonomyPage'),
    getLocale(),
  ]);
  const back = (
    <p>
      <Link href="/admin/categories">{t('backToCategories')}</Link>
    </p>
  );
  if (!category) {
    return (
      <WorkspaceShell actor={actor} current="/admin/categories">
        {back}
        <MissingEntry />
      </WorkspaceShell>
    );
  }
  const name = pickName(category.translations, locale);
  return (
    <WorkspaceShell actor={actor} current="/admin/categories">
      {back}
      <h1 lang={name?.locale}>{name?.name ?? t('untitled')}</h1>
      <EditCategoryForm
        category={{ id: category.id, position: category.position, translations: defaultsOf(category.translations) }}
      />
      <DeleteCategory id={category.id} articleCount={category.articleCount} />
    </WorkspaceShell>
  );
}
