'use client';
import { useTranslations } from 'next-intl';
import type { MissingTerm } from '@/lib/desk/types';

/** Source terms whose approved glossary rendering the translation lacks: each term with the rendering expected. */
export function GlossaryMissing({ terms }: { terms: Pick<MissingTerm, 'term' | 'rendering'>[] }) {
  const t = useTranslations('Desk');
  return (
    <>
      {t('glossary.missing')}
      <ul className="glossary-missing">
        {terms.map(({ term, rendering }) => (
          <li key={`${term}→${rendering}`}>
            <span>{term}</span> → <strong>{rendering}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
