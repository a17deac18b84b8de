import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { MissingEntry } from '@/components/workspace/taxonomy/missing-entry';
import { DeleteTag, EditTagForm } from '@/components/workspace/taxonomy/tag-forms';
import { workspacePage } from '@/lib/workspace/page';
import { defaultsOf, pickName } from '@/lib/workspace/taxonomy/fields';
import { getTag } from '@/lib/workspace/taxonomy/tags';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('tagTitle') };
}

export default async function TagPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/tags/${id}`, 'manage:taxonomy');
  const [tag, t, locale] = await Promise.all([getTag(actor, id), getTranslations('TaxonomyPage'), getLocale()]);
  const back = (
    <p>
      <Link href="/admin/tags">{t('backToTags')}</Link>
    </p>
  );
  if (!tag) {
    return (
      <WorkspaceShell actor={actor} current="/admin/tags">
        {back}
        <MissingEntry />
      </WorkspaceShell>
    );
  }
  const name = pickName(tag.translations, locale);
  return (
    <WorkspaceShell actor={actor} current="/admin/tags">
      {back}
      <h1 lang={name?.locale}>{name?.name ?? t('untitled')}</h1>
      <EditTagForm tag={{ id: tag.id, translations: defaultsOf(tag.translations) }} />
      <DeleteTag id={tag.id} articleCount={tag.articleCount} />
    </WorkspaceShell>
  );
}
