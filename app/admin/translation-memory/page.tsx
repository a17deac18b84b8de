import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportTmxForm, RebuildMemoryForm } from '@/components/desk/memory-forms';
import { WorkspaceShell } from '@/components/workspace/shell';
import { can } from '@/lib/auth/permissions';
import { memoryStats } from '@/lib/desk/memory-search';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Desk'))('memory.title') };
}

/** What the translation memory holds, its TMX export for CAT tools, and (editors) import and rebuild. */
export default async function TranslationMemoryPage() {
  const actor = await workspacePage('/admin/translation-memory');
  const [stats, t, tl] = await Promise.all([
    memoryStats(actor),
    getTranslations('Desk'),
    getTranslations('LanguageNames'),
  ]);
  return (
    <WorkspaceShell actor={actor} current="/admin/translation-memory">
      <h1>{t('memory.title')}</h1>
      <p>{t('memory.intro')}</p>
      <p role="status">{t('memory.units', { count: stats.units, imported: stats.imported })}</p>
      <ul>
        {stats.pairs.map((pair) => (
          <li key={`${pair.source}-${pair.target}`}>
            {t('memory.pair', { source: tl(pair.source), target: tl(pair.target), count: pair.count })}
          </li>
        ))}
      </ul>
      <p>
        <a className="button" href="/admin/translation-memory.tmx" download>
          {t('memory.export')}
        </a>
      </p>
      {can(actor, 'manage:translation-memory') && (
        <>
          <section aria-labelledby="tmx-import">
            <h2 id="tmx-import">{t('memory.importHeading')}</h2>
            <ImportTmxForm />
          </section>
          <section aria-labelledby="tmx-rebuild">
            <h2 id="tmx-rebuild">{t('memory.rebuild')}</h2>
            <RebuildMemoryForm />
          </section>
        </>
      )}
    </WorkspaceShell>
  );
}
