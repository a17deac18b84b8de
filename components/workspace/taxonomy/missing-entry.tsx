import { getTranslations } from 'next-intl/server';

/**
 * A category, tag or author that does not exist (any more): said in the page itself rather than with notFound(),
 * whose page Next leaves blank without JavaScript (decision 004).
 */
export async function MissingEntry() {
  const t = await getTranslations('WorkspaceErrors');
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
    </>
  );
}
