'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import type { SaveResult } from '@/lib/workspace/articles/types';
import { deleteGlossaryEntry, GLOSSARY_LIMITS, reviewGlossaryProposal, saveGlossaryEntry } from './glossary';
import { glossaryCheck } from './glossary-apply';
import { memoryMatches, MAX_QUERY_CHARS, rebuildMemory } from './memory-search';
import { machineDraft } from './mt/draft';
import { importTmx, TMX_LIMITS } from './tmx';
import type { MemoryMatch, MissingTerm } from './types';
import { XLIFF_LIMITS } from './xliff';
import { importXliff } from './xliff-io';

const locale = z.enum(routing.locales);
const id = z.string().min(1).max(64);

/** Memory matches for the source block the translator is working on (other articles and imported units only). */
export async function memoryMatchesAction(input: unknown): Promise<ActionResult<MemoryMatch[]>> {
  const schema = z.object({
    articleId: id,
    sourceLocale: locale,
    targetLocale: locale,
    text: z.string().max(MAX_QUERY_CHARS * 4, 'text-too-long'),
  });
  return runAction(schema, input, async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.targetLocale });
    return done(await memoryMatches(actor, data));
  });
}

/** Before submitting: the source's glossary terms whose approved rendering the translation lacks (a warning). */
export async function glossaryCheckAction(input: unknown): Promise<ActionResult<MissingTerm[]>> {
  return runAction(z.object({ articleId: id, locale }), input, async (data) => {
    const missing = await glossaryCheck(await requireActor('edit:translation:own-languages', data), data);
    return missing ? done(missing) : failed('not-found');
  });
}

/** "Draft with machine translation": fills the empty segments of the target and saves (only with MT_PROVIDER). */
export async function machineDraftAction(input: unknown): Promise<SaveResult | ActionResult<never>> {
  return runAction(z.object({ articleId: id, locale, baseVersion: z.number().int().min(0) }), input, async (data) => {
    const result = await machineDraft(await requireActor('edit:translation:own-languages', data), data);
    if (result.ok) revalidatePath('/admin');
    return result;
  });
}

/** A file of a form as text, refused past `maxBytes` before it is read. */
async function fileText(
  file: unknown,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; error: 'file-missing' | 'file-too-large' }> {
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: 'file-missing' };
  if (file.size > maxBytes) return { ok: false, error: 'file-too-large' };
  return { ok: true, text: new TextDecoder('utf-8', { fatal: false }).decode(await file.arrayBuffer()) };
}

/** A translated XLIFF file into the target's working text (never the live text: it is saved like an edit). */
export async function importXliffAction(_previous: unknown, form: FormData): Promise<SaveResult | ActionResult<never>> {
  const schema = z.object({
    articleId: id,
    sourceLocale: locale,
    targetLocale: locale,
    baseVersion: z.coerce.number().int().min(0),
  });
  return runAction(schema, formObject(form), async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.targetLocale });
    const file = await fileText(form.get('file'), XLIFF_LIMITS.maxBytes);
    if (!file.ok) return failed('invalid', { file: file.error });
    const result = await importXliff(actor, { ...data, xml: file.text });
    if (result.ok) revalidatePath(`/admin/articles/${data.articleId}`);
    if (!result.ok && 'units' in result) return { ...failed(result.error), units: result.units ?? [] };
    return result;
  });
}

const terms = z.string().max(GLOSSARY_LIMITS.term, 'text-too-long');
const variants = z
  .string()
  .max(GLOSSARY_LIMITS.term * GLOSSARY_LIMITS.variants, 'text-too-long')
  .transform((value) =>
    value
      .split(/[\n;]/)
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .refine((list) => list.length <= GLOSSARY_LIMITS.variants && list.every((v) => v.length <= GLOSSARY_LIMITS.term), {
    message: 'too-many-variants',
  });

const glossaryFields = Object.fromEntries(
  routing.locales.flatMap((code) => [
    [`term.${code}`, terms.default('')],
    [`variants.${code}`, variants.default([])],
  ]),
) as Record<string, z.ZodType>;

const glossarySchema = z.object({
  id: z.string().max(64).optional(),
  note: z.string().max(GLOSSARY_LIMITS.note, 'text-too-long').default(''),
  doNotTranslate: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
  ...glossaryFields,
});

/** Adds (editors) or proposes (translators) a glossary entry, or changes one (editors). */
export async function saveGlossaryEntryAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string; status: string }>> {
  return runAction(glossarySchema, formObject(form), async (data) => {
    const values = data as Record<string, unknown>;
    const entryId = typeof values.id === 'string' && values.id ? values.id : undefined;
    const actor = await requireActor(entryId ? 'manage:glossary' : 'propose:glossary');
    const termsByLocale = Object.fromEntries(
      routing.locales.map((code: Locale) => [
        code,
        {
          term: (values[`term.${code}`] as string | undefined) ?? '',
          variants: (values[`variants.${code}`] as string[]) ?? [],
        },
      ]),
    );
    const result = await saveGlossaryEntry(actor, {
      id: entryId,
      terms: termsByLocale,
      doNotTranslate: Boolean(values.doNotTranslate),
      note: (values.note as string | undefined) ?? '',
    });
    if (!result.ok) return failed(result.error, result.fieldErrors);
    revalidatePath('/admin/glossary');
    return done({ id: result.id, status: result.status });
  });
}

export async function reviewGlossaryProposalAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ id, decision: z.enum(['approve', 'reject']) });
  return runAction(schema, formObject(form), async (data) => {
    const result = await reviewGlossaryProposal(await requireActor('manage:glossary'), data);
    if (!result.ok) return failed(result.error, result.fieldErrors);
    revalidatePath('/admin/glossary');
    return done(null);
  });
}

export async function deleteGlossaryEntryAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id }), formObject(form), async (data) => {
    const result = await deleteGlossaryEntry(await requireActor('manage:glossary'), data.id);
    if (!result.ok) return failed('not-found');
    revalidatePath('/admin/glossary');
    return done(null);
  });
}

/** Adds the units of a TMX file that the memory does not hold yet. */
export async function importTmxAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ added: number; duplicates: number; skipped: number }>> {
  return runAction(z.object({}), formObject(form), async () => {
    const actor = await requireActor('manage:translation-memory');
    const file = await fileText(form.get('file'), TMX_LIMITS.maxBytes);
    if (!file.ok) return failed('invalid', { file: file.error });
    const result = await importTmx(actor, file.text);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/translation-memory');
    return done({ added: result.added, duplicates: result.duplicates, skipped: result.skipped });
  });
}

export async function rebuildMemoryAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ articles: number; units: number }>> {
  return runAction(z.object({}), formObject(form), async () => {
    const result = await rebuildMemory(await requireActor('manage:translation-memory'));
    revalidatePath('/admin/translation-memory');
    return done(result);
  });
}
