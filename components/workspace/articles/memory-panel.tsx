'use client';
import { useEditorState, type Editor } from '@tiptap/react';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useBodyEditor } from '@/components/editor';
import type { Locale } from '@/i18n/routing';
import { blockAt, bodyBlocks, countWords, type Block } from '@/lib/desk/blocks';
import { memoryMatchesAction } from '@/lib/desk/actions';
import type { MemoryMatch } from '@/lib/desk/types';
import type { TiptapNode } from '@/lib/content/schema';

/** The path (child indexes from the root) of the text block holding the selection, or null. */
function selectedBlock(editor: Editor | null): { path: string; ordinal: number; text: string } | null {
  if (!editor) return null;
  const { $head } = editor.state.selection;
  for (let depth = $head.depth; depth > 0; depth--) {
    const node = $head.node(depth);
    if (!node.isTextblock) continue;
    const path = Array.from({ length: depth }, (_, level) => $head.index(level)).join('.');
    let ordinal = -1;
    let seen = 0;
    editor.state.doc.descendants((candidate, pos) => {
      if (ordinal >= 0) return false;
      if (candidate.isTextblock) {
        if (pos === $head.before(depth)) ordinal = seen;
        seen++;
        return false;
      }
      return true;
    });
    return { path, ordinal, text: node.textContent };
  }
  return null;
}

/**
 * Matches from the translation memory for the block being translated: the source block at the same place in the
 * document structure (else the text block with the same number), looked up in other articles' published pairs and
 * imported units. One click inserts a match at the cursor (into the empty block, or replacing the selection).
 */
export function MemoryPanel({
  articleId,
  sourceLocale,
  targetLocale,
  sourceBody,
}: {
  articleId: string;
  sourceLocale: Locale;
  targetLocale: Locale;
  sourceBody: TiptapNode;
}) {
  const t = useTranslations('Desk');
  const format = useFormatter();
  const editor = useBodyEditor();
  const sourceBlocks = useMemo(() => bodyBlocks(sourceBody).filter((block) => block.kind === 'text'), [sourceBody]);
  const current = useEditorState({
    editor,
    selector: ({ editor: state }: { editor: Editor | null }) => {
      const block = selectedBlock(state);
      return block ? `${block.path}\u0000${block.ordinal}\u0000${block.text}` : '';
    },
  });
  const [path = '', ordinal = '-1', targetText = ''] = (current ?? '').split('\u0000');
  const source: Block | null = path ? (blockAt(sourceBlocks, path) ?? sourceBlocks[Number(ordinal)] ?? null) : null;
  const [matches, setMatches] = useState<{ text: string; list: MemoryMatch[] } | null>(null);
  const cache = useRef(new Map<string, MemoryMatch[]>());
  const sourceText = source?.text.trim() ?? '';

  useEffect(() => {
    if (!sourceText) return;
    const known = cache.current.get(sourceText);
    if (known) {
      setMatches({ text: sourceText, list: known });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      void memoryMatchesAction({ articleId, sourceLocale, targetLocale, text: sourceText }).then((result) => {
        if (cancelled || !result.ok) return;
        cache.current.set(sourceText, result.data);
        setMatches({ text: sourceText, list: result.data });
      });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [articleId, sourceLocale, targetLocale, sourceText]);

  const list = matches?.text === sourceText ? matches.list : null;
  return (
    <section className="memory-panel" aria-labelledby="memory-heading">
      <h3 id="memory-heading">{t('memory.panelHeading')}</h3>
      {!source || !sourceText ? (
        <p className="hint">{t('memory.pickBlock')}</p>
      ) : (
        <>
          <p className="hint">
            {t('counts.block', {
              source: countWords(sourceText, sourceLocale),
              target: countWords(targetText, targetLocale),
            })}
          </p>
          {list === null ? (
            <p role="status">{t('memory.looking')}</p>
          ) : list.length === 0 ? (
            <p role="status">{t('memory.none')}</p>
          ) : (
            <ul className="memory-matches">
              {list.map((match) => (
                <li key={`${match.source}\u0000${match.target}`}>
                  <p>
                    <strong className={match.exact ? 'badge ok' : 'badge'}>
                      {match.exact ? t('memory.exact') : t('memory.fuzzy', { score: format.number(match.score) })}
                    </strong>{' '}
                    <span className="hint">
                      {match.articleTitle ? t('memory.from', { title: match.articleTitle }) : t('memory.importedUnit')}
                    </span>
                  </p>
                  <p lang={sourceLocale} className="memory-source">
                    {match.source}
                  </p>
                  <p lang={targetLocale} className="memory-target">
                    {match.target}
                  </p>
                  <button
                    type="button"
                    className="secondary"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => editor?.chain().focus().insertContent({ type: 'text', text: match.target }).run()}
                  >
                    {t('memory.insert')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
