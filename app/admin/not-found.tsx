import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function WorkspaceNotFound() {
  const t = await getTranslations('WorkspaceErrors');
  return (
    <main id="main" className="narrow">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href="/admin">{t('toDashboard')}</Link>
      </p>
    </main>
  );
}
