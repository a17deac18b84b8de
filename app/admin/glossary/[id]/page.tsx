import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeleteGlossaryEntry, GlossaryEntryForm, ReviewProposal } from '@/components/desk/glossary-forms';
import { WorkspaceShell } from '@/components/workspace/shell';
import { glossaryEntry } from '@/lib/desk/glossary';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Desk'))('glossary.editHeading') };
}

/** One glossary entry, for editors and admins: change it, approve or reject it if proposed, delete it. */
export default async function GlossaryEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await workspacePage(`/admin/glossary/${id}`, 'manage:glossary');
  const [entry, t] = await Promise.all([glossaryEntry(actor, id.slice(0, 64)), getTranslations('Desk')]);
  if (!entry) notFound();
  return (
    <WorkspaceShell actor={actor} current="/admin/glossary">
      <p>
        <Link href="/admin/glossary">{t('glossary.back')}</Link>
      </p>
      <h1>{t('glossary.editHeading')}</h1>
      {entry.status === 'proposed' && (
        <section className="notice" aria-label={t('glossary.proposal', { name: entry.proposedBy ?? '—' })}>
          <p>{t('glossary.proposal', { name: entry.proposedBy ?? '—' })}</p>
          <ReviewProposal id={entry.id} />
        </section>
      )}
      <GlossaryEntryForm entry={entry} proposing={false} />
      <DeleteGlossaryEntry id={entry.id} />
    </WorkspaceShell>
  );
}
