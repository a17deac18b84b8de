'use client';
import { useTranslations } from 'next-intl';

export interface SettingsOptions {
  categories: { id: string; name: string }[];
  tags: { id: string; name: string }[];
  authors: { id: string; name: string; isPenName?: boolean }[];
  covers: { id: string; thumb: string; alt: string }[];
}

export interface SettingsValues {
  categoryId: string | null;
  tagIds: string[];
  authorIds: string[];
  coverMediaId: string | null;
}

/** Category, tags, authors and cover: shared by every language of the article. */
export function SettingsFields({
  options,
  values,
  onChange,
}: {
  options: SettingsOptions;
  values: SettingsValues;
  onChange?: (values: SettingsValues) => void;
}) {
  const t = useTranslations('ArticleSettings');
  const set = (patch: Partial<SettingsValues>) => onChange?.({ ...values, ...patch });
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((item) => item !== id));
  return (
    <>
      <label htmlFor="settings-category">{t('category')}</label>
      <select
        id="settings-category"
        name="categoryId"
        value={values.categoryId ?? ''}
        onChange={(event) => set({ categoryId: event.target.value || null })}
      >
        <option value="">{t('noCategory')}</option>
        {options.categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('tags')}</legend>
        {options.tags.map((tag) => (
          <label key={tag.id}>
            <input
              type="checkbox"
              name="tagIds"
              value={tag.id}
              checked={values.tagIds.includes(tag.id)}
              onChange={(event) => set({ tagIds: toggle(values.tagIds, tag.id, event.target.checked) })}
            />
            {tag.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('authors')}</legend>
        {options.authors.map((author) => (
          <label key={author.id}>
            <input
              type="checkbox"
              name="authorIds"
              value={author.id}
              checked={values.authorIds.includes(author.id)}
              onChange={(event) => set({ authorIds: toggle(values.authorIds, author.id, event.target.checked) })}
            />
            {author.name}
            {author.isPenName ? ` (${t('penName')})` : ''}
          </label>
        ))}
      </fieldset>
      <fieldset className="cover-picker">
        <legend>{t('cover')}</legend>
        <label>
          <input
            type="radio"
            name="coverMediaId"
            value=""
            checked={!values.coverMediaId}
            onChange={() => set({ coverMediaId: null })}
          />
          {t('noCover')}
        </label>
        {options.covers.map((cover) => (
          <label key={cover.id}>
            <input
              type="radio"
              name="coverMediaId"
              value={cover.id}
              checked={values.coverMediaId === cover.id}
              onChange={() => set({ coverMediaId: cover.id })}
            />
            {/* The thumbnail is what editors recognise; its alt text names it for everyone else. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={cover.thumb} alt="" width={96} height={64} loading="lazy" />
            <span>{cover.alt || t('noAlt')}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
