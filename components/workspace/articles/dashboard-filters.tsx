'use client';
import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { codeText } from '@/lib/workspace/action-result';
import { FilterSelect } from '../filter-select';

const statuses = [
  'missing',
  'draft',
  'in_review',
  'scheduled',
  'published',
  'changes',
  'unpublished',
  'outdated',
] as const;
const locales = routing.locales;

/** A GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function DashboardFilters({
  values,
  categories,
  authors,
}: {
  values: Partial<Record<string, string>>;
  categories: { id: string; name: string }[];
  authors: { id: string; name: string }[];
}) {
  const t = useTranslations('DashboardPage');
  const tl = useTranslations('LanguageNames');
  const tw = useTranslations('Workflow');
  const any = t('any');
  const languages = locales.map((locale) => ({ value: locale, label: tl(locale) }));
  return (
    <form method="get" className="filters" aria-label={t('filters')}>
      {values.kind === 'page' && <input type="hidden" name="kind" value="page" />}
      <div>
        <label htmlFor="filter-q">{t('search')}</label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q} />
      </div>
      <FilterSelect
        id="filter-locale"
        name="locale"
        label={t('language')}
        anyLabel={any}
        value={values.locale}
        options={languages}
      />
      <FilterSelect
        id="filter-status"
        name="status"
        label={t('status')}
        anyLabel={any}
        value={values.status}
        options={statuses.map((status) => ({
          value: status,
          label: codeText(tw, 'status.', status),
        }))}
      />
      <FilterSelect
        id="filter-needs"
        name="needs"
        label={t('needs')}
        anyLabel={any}
        value={values.needs}
        options={languages}
      />
      <FilterSelect
        id="filter-category"
        name="category"
        label={t('category')}
        anyLabel={any}
        value={values.category}
        options={categories.map(({ id, name }) => ({ value: id, label: name }))}
      />
      <FilterSelect
        id="filter-author"
        name="author"
        label={t('author')}
        anyLabel={any}
        value={values.author}
        options={authors.map(({ id, name }) => ({ value: id, label: name }))}
      />
      <FilterSelect
        id="filter-sort"
        name="sort"
        label={t('sort')}
        value={values.sort ?? 'updated'}
        options={[
          { value: 'updated', label: t('sortUpdated') },
          { value: 'created', label: t('sortCreated') },
          { value: 'title', label: t('sortTitle') },
        ]}
      />
      <button type="submit">{t('apply')}</button>
    </form>
  );
}
