import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** 403 inside the workspace: the page exists, this user's role does not reach it. */
export default async function WorkspaceForbidden() {
  const t = await getTranslations('WorkspaceErrors');
  return (
    <main id="main" className="narrow">
      <h1>{t('forbiddenTitle')}</h1>
      <p>{t('forbiddenBody')}</p>
      <p>
        <Link href="/admin">{t('toDashboard')}</Link>
      </p>
    </main>
  );
}
