import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyTrashForm, RestoreForm } from '@/components/workspace/articles/trash-forms';
import { WorkspaceShell } from '@/components/workspace/shell';
import { can } from '@/lib/auth/permissions';
import { listTrash } from '@/lib/workspace/articles/trash';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('TrashPage'))('title') };
}

export default async function TrashPage() {
  const actor = await workspacePage('/admin/trash', 'restore:article:any');
  const [items, t, format] = await Promise.all([listTrash(actor), getTranslations('TrashPage'), getFormatter()]);
  return (
    <WorkspaceShell actor={actor} current="/admin/trash">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('article')}</th>
              <th scope="col">{t('deleted')}</th>
              <th scope="col">{t('purge')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.titles.map((title) => (
                    <span key={title.locale} lang={title.locale} className="block">
                      {title.title}
                    </span>
                  ))}
                </td>
                <td>{format.dateTime(item.deletedAt, 'withZone')}</td>
                <td>{format.dateTime(item.purgeAt, { dateStyle: 'medium' })}</td>
                <td>
                  <RestoreForm articleId={item.id} title={item.titles[0]?.title ?? ''} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(actor, 'empty:trash') && items.length > 0 && <EmptyTrashForm />}
    </WorkspaceShell>
  );
}
