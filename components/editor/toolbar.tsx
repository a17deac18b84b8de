'use client';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { useBodyEditor } from './editor-provider';
import { LinkForm } from './link-form';
import { MediaPicker, type PickerItem } from './media-picker';

const passageLanguages = routing.locales;

/**
 * The formatting toolbar: a labelled ARIA toolbar (one tab stop, arrow keys move between buttons), every button
 * named in the workspace language and showing its state with aria-pressed.
 */
export function Toolbar({ loadMedia }: { loadMedia?: (query: string) => Promise<PickerItem[]> }) {
  const editor = useBodyEditor();
  const t = useTranslations('EditorToolbar');
  const ref = useRef<HTMLDivElement>(null);
  const [panel, setPanel] = useState<'link' | 'image' | null>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }: { editor: Editor | null }) => ({
      bold: current?.isActive('bold') ?? false,
      italic: current?.isActive('italic') ?? false,
      link: current?.isActive('link') ?? false,
      h2: current?.isActive('heading', { level: 2 }) ?? false,
      h3: current?.isActive('heading', { level: 3 }) ?? false,
      h4: current?.isActive('heading', { level: 4 }) ?? false,
      bullet: current?.isActive('bulletList') ?? false,
      ordered: current?.isActive('orderedList') ?? false,
      quote: current?.isActive('blockquote') ?? false,
      table: current?.isActive('table') ?? false,
      lang: (current?.getAttributes('lang').lang as string | undefined) ?? '',
    }),
  });
  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();

  // Roving focus: the toolbar is one tab stop; arrows, Home and End move inside it.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const keys = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];
    if (!keys.includes(event.key) || (event.target as HTMLElement).tagName === 'SELECT') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button, select') ?? [])];
    const index = buttons.indexOf(event.target as HTMLElement);
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : index + (event.key === 'ArrowRight' ? 1 : -1);
    const target = buttons[(next + buttons.length) % buttons.length];
    if (!target) return;
    event.preventDefault();
    buttons.forEach((button) => (button.tabIndex = -1));
    target.tabIndex = 0;
    target.focus();
  }

  const button = (label: string, action: () => void, pressed?: boolean, content?: ReactNode) => (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      tabIndex={-1}
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      {content ?? label}
    </button>
  );

  return (
    <div>
      <div role="toolbar" aria-label={t('label')} className="toolbar" ref={ref} onKeyDown={onKeyDown}>
        <button
          type="button"
          className="tool"
          tabIndex={0}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => chain().setParagraph().run()}
        >
          {t('paragraph')}
        </button>
        {button(t('heading2'), () => chain().toggleHeading({ level: 2 }).run(), state.h2, 'H2')}
        {button(t('heading3'), () => chain().toggleHeading({ level: 3 }).run(), state.h3, 'H3')}
        {button(t('heading4'), () => chain().toggleHeading({ level: 4 }).run(), state.h4, 'H4')}
        {button(t('bold'), () => chain().toggleBold().run(), state.bold, <b>B</b>)}
        {button(t('italic'), () => chain().toggleItalic().run(), state.italic, <i>I</i>)}
        {button(t('link'), () => setPanel(panel === 'link' ? null : 'link'), state.link)}
        {button(t('bulletList'), () => chain().toggleBulletList().run(), state.bullet, '•')}
        {button(t('orderedList'), () => chain().toggleOrderedList().run(), state.ordered, '1.')}
        {button(t('blockquote'), () => chain().toggleBlockquote().run(), state.quote, '“”')}
        {button(t('horizontalRule'), () => chain().setHorizontalRule().run(), undefined, '—')}
        {button(
          t('table'),
          () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
          state.table,
          '▦',
        )}
        {state.table && (
          <>
            {button(t('addRow'), () => chain().addRowAfter().run())}
            {button(t('addColumn'), () => chain().addColumnAfter().run())}
            {button(t('deleteRow'), () => chain().deleteRow().run())}
            {button(t('deleteColumn'), () => chain().deleteColumn().run())}
            {button(t('deleteTable'), () => chain().deleteTable().run())}
          </>
        )}
        {loadMedia && button(t('image'), () => setPanel(panel === 'image' ? null : 'image'))}
        <select
          aria-label={t('language')}
          tabIndex={-1}
          value={state.lang}
          onChange={(event) => {
            const lang = event.target.value;
            if (lang) chain().setLang(lang).run();
            else chain().unsetLang().run();
          }}
        >
          <option value="">{t('languageNone')}</option>
          {passageLanguages.map((lang) => (
            <option key={lang} value={lang}>
              {t(`passage.${lang}`)}
            </option>
          ))}
        </select>
        {button(t('undo'), () => chain().undo().run(), undefined, '↶')}
        {button(t('redo'), () => chain().redo().run(), undefined, '↷')}
      </div>
      {panel === 'link' && <LinkForm editor={editor} onDone={() => setPanel(null)} />}
      {panel === 'image' && loadMedia && (
        <MediaPicker
          load={loadMedia}
          onChoose={(item) => {
            chain()
              .insertContent({ type: 'image', attrs: { src: item.src, alt: item.alt, mediaId: item.id } })
              .run();
            setPanel(null);
          }}
          onCancel={() => setPanel(null)}
        />
      )}
    </div>
  );
}
