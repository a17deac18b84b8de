/**
 * The `lang` mark: "this passage is in language X" (a Turkmen quotation inside a Russian article, say). Screen readers
 * switch voice on `lang`, and search can tell the passage apart. Rendered as `<span lang="xx">`, nothing else.
 */
import { Mark } from '@tiptap/core';

export const LANG_MARK = 'lang';

/** BCP-47-ish: a 2–3 letter lower-case language, then optional subtags (`tk`, `ru`, `en-GB`, `uz-Cyrl`). */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_LANG_LENGTH = 35;

export function isLangTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_LANG_LENGTH && LANG_TAG.test(value);
}

/**
 * What a pasted `lang` attribute becomes: Word writes `lang=EN-US`, so the primary subtag is lower-cased; anything
 * that still is not a tag (Word's `X-NONE`, an injection attempt) gives null and the span is dropped, not its text.
 */
export function normalizeLangTag(value: string | null): string | null {
  if (value === null) return null;
  const [primary = '', ...rest] = value.trim().split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return isLangTag(tag) ? tag : null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lang: {
      /** Marks the selection as being in `lang`; refuses (returns false) anything that is not a language tag. */
      setLang: (lang: string) => ReturnType;
      unsetLang: () => ReturnType;
    };
  }
}

export const LangMark = Mark.create({
  name: LANG_MARK,

  addAttributes() {
    return {
      lang: {
        default: null,
        // ProseMirror runs this in `check()` and when the mark is created, so no code path can hold a bad value.
        validate: (value: unknown) => {
          if (!isLangTag(value)) throw new RangeError('lang mark needs a language tag');
        },
        parseHTML: (element: HTMLElement) => normalizeLangTag(element.getAttribute('lang')),
        renderHTML: (attributes: Record<string, unknown>) =>
          isLangTag(attributes.lang) ? { lang: attributes.lang } : {},
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'span[lang]',
        // Only the tag is kept: the span's style, class and everything else Word or Docs put on it are dropped.
        getAttrs: (element: HTMLElement) => {
          const lang = normalizeLangTag(element.getAttribute('lang'));
          return lang ? { lang } : false;
        },
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', HTMLAttributes, 0];
  },

  addCommands() {
    return {
      setLang:
        (lang) =>
        ({ commands }) =>
          isLangTag(lang) && commands.setMark(this.name, { lang }),
      unsetLang:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
