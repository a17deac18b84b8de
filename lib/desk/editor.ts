import 'server-only';
import type { Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { TranslationView } from '@/lib/workspace/articles/types';
import { findGlossaryTerms } from './glossary-apply';
import { uneditedSegments } from './mt/draft';
import { configuredTranslator } from './mt/providers';
import type { GlossaryHighlights } from './types';

export interface DeskView {
  /** The glossary's terms in the left-hand text, with their renderings in the language being edited. */
  glossary: GlossaryHighlights;
  /** Machine-written segments of this language nobody has edited yet (0: not machine-drafted). */
  machineUnedited: number;
  /** The machine-translation provider's name when one is configured (the "Draft" button appears), else null. */
  mtProvider: string | null;
}

/** What the side-by-side editor shows from the translator's desk, for staff who may edit `locale`. */
export async function deskForEditor(
  actor: Actor,
  input: { locale: Locale; left: TranslationView | null; target: TranslationView | null },
): Promise<DeskView> {
  authorize(actor, 'edit:translation:own-languages', { locale: input.locale });
  const { left, target } = input;
  const glossary = left ? await findGlossaryTerms(left, left.locale, input.locale) : { hints: [], matches: {} };
  const draft = target
    ? await db().machineDraft.findUnique({ where: { translationId: target.id }, select: { segments: true } })
    : null;
  return {
    glossary,
    machineUnedited: draft && target ? uneditedSegments(draft.segments, target) : 0,
    mtProvider: configuredTranslator(env())?.name ?? null,
  };
}
