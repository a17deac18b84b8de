import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { DeleteEntryForm, EditEntryForm } from '@/components/workspace/taxonomy/entry-forms';
import { MissingEntry } from '@/components/workspace/taxonomy/missing-entry';
import { workspacePage } from '@/lib/workspace/page';
import { defaultsOf, pickName } from '@/lib/workspace/taxonomy/fields';
import { kindOfSegment, kindPath, kinds } from '@/lib/workspace/taxonomy/kinds';
import { getTaxonomyEntry } from '@/lib/workspace/taxonomy/lists';

/** One category, tag or author: its texts per language, its settings, and delete. */
interface Props {
  params: Promise<{ taxonomy: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfSegment((await params).taxonomy);
  return kind ? { title: (await getTranslations('TaxonomyPage'))(kinds[kind].messages.entryTitle) } : {};
}

export default async function TaxonomyEntryPage({ params }: Props) {
  const { taxonomy, id } = await params;
  const kind = kindOfSegment(taxonomy);
  if (!kind) notFound();
  const actor = await workspacePage(kindPath(kind, id), 'manage:taxonomy');
  const [entry, t, locale] = await Promise.all([
    getTaxonomyEntry(actor, kind, id),
    getTranslations('TaxonomyPage'),
    getLocale(),
  ]);
  const back = (
    <p>
      <Link href={kindPath(kind)}>{t(kinds[kind].messages.back)}</Link>
    </p>
  );
  if (!entry) {
    return (
      <WorkspaceShell actor={actor} current={kindPath(kind)}>
        {back}
        <MissingEntry />
      </WorkspaceShell>
    );
  }
  const name = pickName(entry.translations, locale);
  return (
    <WorkspaceShell actor={actor} current={kindPath(kind)}>
      {back}
      <h1 lang={name?.locale}>{name?.name ?? t('untitled')}</h1>
      {entry.isPenName && <p className="badge">{t('penName')}</p>}
      <EditEntryForm kind={kind} entry={{ ...entry, translations: defaultsOf(entry.translations) }} />
      <DeleteEntryForm kind={kind} id={entry.id} articleCount={entry.articleCount} />
    </WorkspaceShell>
  );
}
