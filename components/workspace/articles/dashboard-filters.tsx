'use client';
import { useTranslations } from 'next-intl';
import { messageKey } from '@/lib/workspace/action-result';

const statuses = ['missing', 'draft', 'in_review', 'scheduled', 'published', 'unpublished', 'outdated'] as const;
const locales = ['ru', 'tk', 'en'] as const;

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
  return (
    <form method="get" className="filters" aria-label={t('filters')}>
      <div>
        <label htmlFor="filter-q">{t('search')}</label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q} />
      </div>
      <div>
        <label htmlFor="filter-locale">{t('language')}</label>
        <select id="filter-locale" name="locale" defaultValue={values.locale ?? ''}>
          <option value="">{t('any')}</option>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {tl(locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status">{t('status')}</label>
        <select id="filter-status" name="status" defaultValue={values.status ?? ''}>
          <option value="">{t('any')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {tw(`status.${messageKey(status)}` as 'status.draft')}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-needs">{t('needs')}</label>
        <select id="filter-needs" name="needs" defaultValue={values.needs ?? ''}>
          <option value="">{t('any')}</option>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {tl(locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-category">{t('category')}</label>
        <select id="filter-category" name="category" defaultValue={values.category ?? ''}>
          <option value="">{t('any')}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-author">{t('author')}</label>
        <select id="filter-author" name="author" defaultValue={values.author ?? ''}>
          <option value="">{t('any')}</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-sort">{t('sort')}</label>
        <select id="filter-sort" name="sort" defaultValue={values.sort ?? 'updated'}>
          <option value="updated">{t('sortUpdated')}</option>
          <option value="created">{t('sortCreated')}</option>
          <option value="title">{t('sortTitle')}</option>
        </select>
      </div>
      <button type="submit">{t('apply')}</button>
    </form>
  );
}
