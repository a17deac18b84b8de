'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

export interface PickerItem {
  id: string;
  src: string;
  thumb: string;
  alt: string;
}

/** Images from the media library, with the alt text of the language being written. */
export function MediaPicker({
  load,
  onChoose,
  onCancel,
}: {
  load: (query: string) => Promise<PickerItem[]>;
  onChoose: (item: PickerItem) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('EditorToolbar');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<PickerItem[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void load(query).then((found) => {
        if (!cancelled) setItems(found);
      });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [load, query]);
  return (
    <div className="tool-panel" role="group" aria-label={t('chooseImage')}>
      <label htmlFor="media-search">{t('searchImages')}</label>
      <input id="media-search" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      {items && items.length === 0 && <p>{t('noImages')}</p>}
      <ul className="picker">
        {items?.map((item) => (
          <li key={item.id}>
            <button type="button" className="secondary" onClick={() => onChoose(item)}>
              {/* A thumbnail already resized by the media library; next/image would add nothing. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={item.thumb} alt="" width={96} />
              <span>{item.alt || t('noAlt')}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
