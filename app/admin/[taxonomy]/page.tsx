import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { WorkspaceShell } from '@/components/workspace/shell';
import { CreateEntryForm } from '@/components/workspace/taxonomy/entry-forms';
import { EntryLink, LanguageCells, LanguageHeaders } from '@/components/workspace/taxonomy/language-cells';
import { workspacePage } from '@/lib/workspace/page';
import { pickName, TAXONOMY_LIMITS } from '@/lib/workspace/taxonomy/fields';
import { kindOfSegment, kindPath, kinds } from '@/lib/workspace/taxonomy/kinds';
import { listTaxonomy } from '@/lib/workspace/taxonomy/lists';

/** `/admin/categories`, `/admin/tags`, `/admin/authors`: one page built from each kind's descriptor. */
interface Props {
  params: Promise<{ taxonomy: string }>;
  searchParams: Promise<{ deleted?: string }>;
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const kind = kindOfSegment((await params).taxonomy);
  return kind ? { title: (await getTranslations('TaxonomyPage'))(kinds[kind].messages.listTitle) } : {};
}

export default async function TaxonomyListPage({ params, searchParams }: Props) {
  const kind = kindOfSegment((await params).taxonomy);
  if (!kind) notFound();
  const { messages } = kinds[kind];
  const actor = await workspacePage(kindPath(kind), 'manage:taxonomy');
  const [entries, { deleted }, t, locale] = await Promise.all([
    listTaxonomy(actor, kind),
    searchParams,
    getTranslations('TaxonomyPage'),
    getLocale(),
  ]);
  // Categories keep the editors' order; tags and authors read best by name.
  const collator = new Intl.Collator(locale);
  const sorted =
    kind === 'category'
      ? entries
      : entries
          .map((entry) => ({ entry, name: pickName(entry.translations, locale)?.name ?? '' }))
          .sort((a, b) => collator.compare(a.name, b.name))
          .map(({ entry }) => entry);
  const nextPosition = Math.max(-1, ...entries.map((entry) => entry.position ?? 0)) + 1;
  return (
    <WorkspaceShell actor={actor} current={kindPath(kind)}>
      <h1>{t(messages.listTitle)}</h1>
      {deleted && (
        <p role="status" className="notice ok">
          {t(messages.deleted)}
        </p>
      )}
      <table className="grid">
        <caption className="hint">{t(messages.count, { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(kinds[kind].person ? 'personName' : 'name')}</th>
            <LanguageHeaders />
            {kind === 'category' && <th scope="col">{t('position')}</th>}
            <th scope="col">{t('articles')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((entry) => (
            <tr key={entry.id}>
              <td>
                <EntryLink href={kindPath(kind, entry.id)} translations={entry.translations} />
                {entry.isPenName && (
                  <>
                    {' '}
                    <span className="badge">{t('penName')}</span>
                  </>
                )}
              </td>
              <LanguageCells translations={entry.translations} />
              {kind === 'category' && <td>{entry.position}</td>}
              <td>{entry.articleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(messages.create)}</h2>
      <CreateEntryForm kind={kind} settings={{ position: Math.min(nextPosition, TAXONOMY_LIMITS.position) }} />
    </WorkspaceShell>
  );
}
