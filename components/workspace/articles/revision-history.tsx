'use client';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { compareRevisionsAction, restoreRevisionAction } from '@/lib/workspace/articles/actions';
import type { Locale } from '@/i18n/routing';
import { codeText } from '@/lib/workspace/action-result';
import type { FieldChange } from '@/lib/workspace/articles/types';
import { FieldChanges } from './field-changes';

interface Revision {
  version: number;
  createdAt: string;
  author: string | null;
  status: string;
  minorEdit: boolean;
  title: string;
  role: 'live' | 'scheduled' | 'changes' | 'past';
  current: boolean;
}

/** Every save of one language: compare any two, restore any one (the restore is itself a new revision). */
export function RevisionHistory({
  articleId,
  locale,
  revisions,
  canRestore,
}: {
  articleId: string;
  locale: Locale;
  revisions: Revision[];
  canRestore: boolean;
}) {
  const t = useTranslations('History');
  const format = useFormatter();
  const router = useRouter();
  const latest = revisions[0]?.version ?? 1;
  const current = revisions.find((revision) => revision.current)?.version ?? latest;
  const [from, setFrom] = useState(revisions[1]?.version ?? latest);
  const [to, setTo] = useState(latest);
  const [changes, setChanges] = useState<FieldChange[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function compare() {
    const result = await compareRevisionsAction({ articleId, locale, from, to });
    setChanges(result.ok ? result.data : null);
  }

  async function restore(version: number) {
    const result = await restoreRevisionAction({ articleId, locale, version, baseVersion: current });
    if (result.ok) {
      setMessage(t(result.changes ? 'restoredAsChanges' : 'restored', { version, newVersion: result.version }));
      router.refresh();
    } else setMessage(codeText(t, 'error.', result.error, 'error.unknown'));
  }

  return (
    <>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('titleColumn')}</th>
            <th scope="col">{t('compareFrom')}</th>
            <th scope="col">{t('compareTo')}</th>
            {canRestore && <th scope="col">{t('restoreColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.version}>
              <td>
                {revision.version}
                {revision.minorEdit && <span className="badge"> {t('minor')}</span>}
                {revision.role !== 'past' && <span className="badge ok"> {t(`role.${revision.role}`)}</span>}
              </td>
              <td>{format.dateTime(new Date(revision.createdAt), 'withZoneSeconds')}</td>
              <td>{revision.author ?? '—'}</td>
              <td lang={locale}>{revision.title}</td>
              <td>
                <input
                  type="radio"
                  name="from"
                  aria-label={t('fromVersion', { version: revision.version })}
                  checked={from === revision.version}
                  onChange={() => setFrom(revision.version)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="to"
                  aria-label={t('toVersion', { version: revision.version })}
                  checked={to === revision.version}
                  onChange={() => setTo(revision.version)}
                />
              </td>
              {canRestore && (
                <td>
                  {revision.version !== current && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('restoreVersion', { version: revision.version })}
                      onClick={() => void restore(revision.version)}
                    >
                      {t('restore')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" onClick={() => void compare()}>
          {t('compare')}
        </button>
      </div>
      {changes && (
        <section aria-label={t('differences', { from, to })}>
          <h2>{t('differences', { from, to })}</h2>
          <FieldChanges changes={changes} />
        </section>
      )}
    </>
  );
}
