import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { DeleteAuthor, EditAuthorForm } from '@/components/workspace/taxonomy/author-forms';
import { MissingEntry } from '@/components/workspace/taxonomy/missing-entry';
import { workspacePage } from '@/lib/workspace/page';
import { getAuthor } from '@/lib/workspace/taxonomy/authors';
import { defaultsOf, pickName } from '@/lib/workspace/taxonomy/fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TaxonomyPage'))('authorTitle') };
}

export default async function AuthorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/authors/${id}`, 'manage:taxonomy');
  const [author, t, locale] = await Promise.all([getAuthor(actor, id), getTranslations('TaxonomyPage'), getLocale()]);
  const back = (
    <p>
      <Link href="/admin/authors">{t('backToAuthors')}</Link>
    </p>
  );
  if (!author) {
    return (
      <WorkspaceShell actor={actor} current="/admin/authors">
        {back}
        <MissingEntry />
      </WorkspaceShell>
    );
  }
  const name = pickName(author.translations, locale);
  return (
    <WorkspaceShell actor={actor} current="/admin/authors">
      {back}
      <h1 lang={name?.locale}>{name?.name ?? t('untitled')}</h1>
      {author.isPenName && <p className="badge">{t('penName')}</p>}
      <EditAuthorForm
        author={{ id: author.id, isPenName: author.isPenName, translations: defaultsOf(author.translations) }}
      />
      <DeleteAuthor id={author.id} articleCount={author.articleCount} />
    </WorkspaceShell>
  );
}
