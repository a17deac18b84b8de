'use client';
import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { safeHref } from '@/lib/content/schema';

/** Adds or changes the link on the selection; only http, https and mailto are accepted (the server checks again). */
export function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const t = useTranslations('EditorToolbar');
  const [href, setHref] = useState((editor.getAttributes('link').href as string | undefined) ?? '');
  const [error, setError] = useState(false);
  function apply(event: FormEvent) {
    event.preventDefault();
    const safe = safeHref(href.trim());
    if (!safe) {
      setError(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href: safe }).run();
    onDone();
  }
  return (
    <div className="tool-panel" role="group" aria-label={t('link')}>
      <label htmlFor="link-url">{t('linkUrl')}</label>
      <input
        id="link-url"
        value={href}
        onChange={(event) => setHref(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply(event);
          if (event.key === 'Escape') onDone();
        }}
        aria-invalid={error}
        aria-describedby={error ? 'link-url-error' : undefined}
        autoFocus
      />
      {error && (
        <p className="field-error" id="link-url-error">
          {t('linkInvalid')}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={apply}>
          {t('applyLink')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onDone();
          }}
        >
          {t('removeLink')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
