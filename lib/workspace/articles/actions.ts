'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import { done, failed, formObject, runAction, type ActionFailure, type ActionResult } from '@/lib/workspace/action';
import { createArticle, updateArticleSettings } from '@/lib/workspace/articles/create';
import { compareRevisions, compareWithLive, restoreRevision } from '@/lib/workspace/articles/history';
import { refreshPublicPages } from '@/lib/public/revalidation';
import { markUpToDate } from '@/lib/workspace/articles/outdated';
import { publishCheck, type PublishCheck } from '@/lib/workspace/articles/publish-check';
import { saveTranslation } from '@/lib/workspace/articles/save';
import { emptyTrash, restoreArticle, trashArticle } from '@/lib/workspace/articles/trash';
import {
  transitions,
  translatedFieldLimits,
  type ChangesState,
  type FieldChange,
  type SaveResult,
  type TranslatedField,
  type TranslatedTextField,
  type TranslationStatus,
} from '@/lib/workspace/articles/types';
import { changeStatus } from '@/lib/workspace/articles/workflow';
import { requireActor } from '@/lib/workspace/guard';
import { settleMachineDraft } from '@/lib/desk/mt/draft';

const locale = z.enum(routing.locales);
const id = z.string().min(1).max(64);
const text = (field: TranslatedTextField) => z.string().max(translatedFieldLimits[field], 'text-too-long');
/** The translated fields' input: one entry per field of `translatedFields`, limits from the shared table. */
const draftFields = {
  title: z.string().trim().min(1, 'required').max(translatedFieldLimits.title, 'text-too-long'),
  summary: text('summary'),
  body: z.custom<TiptapNode>((value) => typeof value === 'object' && value !== null, 'invalid'),
  slug: text('slug'),
  seoDescription: text('seoDescription'),
  coverAlt: text('coverAlt'),
} satisfies Record<TranslatedField, z.ZodType>;

const saveSchema = z.object({
  articleId: id,
  locale,
  baseVersion: z.number().int().min(0),
  minorEdit: z.boolean().default(false),
  ...draftFields,
});

/**
 * Autosave and explicit save alike: every call is a revision, or a refusal that keeps the text in the browser. A save
 * never changes what readers see (published text changes only by publishing), so no public page is refreshed.
 */
export async function saveTranslationAction(input: unknown): Promise<SaveResult | ActionFailure> {
  return runAction(saveSchema, input, async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.locale });
    const result = await saveTranslation(actor, data);
    // A person's edit of machine-translated text: those segments are no longer the machine's (decision 021).
    if (result.ok) await settleMachineDraft(data.articleId, data.locale);
    return result;
  });
}

const settingsFields = {
  categoryId: z
    .string()
    .max(64)
    .transform((value) => value || null),
  tagIds: z.array(id).max(50).default([]),
  authorIds: z.array(id).max(20).default([]),
  coverMediaId: z
    .string()
    .max(64)
    .transform((value) => value || null),
};

const createSchema = z.object({
  sourceLocale: locale,
  kind: z.enum(['article', 'page']).default('article'),
  ...draftFields,
  ...settingsFields,
});

export async function createArticleAction(input: unknown): Promise<ActionResult<{ articleId: string }>> {
  return runAction(createSchema, input, async (data) => {
    const actor = await requireActor('create:article');
    const result = await createArticle(actor, data);
    if (!result.ok) return failed(result.error, result.fieldErrors);
    revalidatePath('/admin');
    return done({ articleId: result.articleId });
  });
}

const listOf = (value: unknown): unknown[] =>
  value === undefined || value === '' ? [] : Array.isArray(value) ? (value as unknown[]) : [value];

export async function updateSettingsAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const raw = formObject(form);
  const input = { ...raw, tagIds: listOf(raw.tagIds), authorIds: listOf(raw.authorIds) };
  return runAction(z.object({ articleId: id, ...settingsFields }), input, async ({ articleId, ...settings }) => {
    const actor = await requireActor('edit:article:any');
    const result = await updateArticleSettings(actor, articleId, settings);
    if (!result.ok) return failed('not-found');
    await refreshPublicPages(result.refresh);
    revalidatePath(`/admin/articles/${articleId}`);
    return done(null);
  });
}

const statusSchema = z.object({
  articleId: id,
  locale,
  transition: z.enum(transitions),
  version: z.number().int().min(1),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});

/**
 * A move of one language or of its changes. When it changes what readers see, the pages it touched are expired before
 * this answer is sent and rendered again right after it (decision 013).
 */
export async function changeStatusAction(
  input: unknown,
): Promise<ActionResult<{ status: TranslationStatus; changes: ChangesState | null }>> {
  return runAction(statusSchema, input, async (data) => {
    const actor = await requireActor();
    const { result, refresh } = await changeStatus(actor, {
      ...data,
      scheduledAt: data.scheduledAt ? new Date(data.scheduledAt) : undefined,
    });
    await refreshPublicPages(refresh);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin');
    return done({ status: result.status, changes: result.changes });
  });
}

/** What publishing this language (or its changes) would put in front of readers: address, warnings, changes. */
export async function publishCheckAction(input: unknown): Promise<ActionResult<PublishCheck>> {
  return runAction(z.object({ articleId: id, locale, changes: z.boolean() }), input, async (data) => {
    const check = await publishCheck(await requireActor('publish:translation:any', { locale: data.locale }), data);
    return check ? done(check) : failed('not-found');
  });
}

export async function markUpToDateAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(z.object({ articleId: id, locale }), input, async (data) => {
    const result = await markUpToDate(await requireActor(), data);
    return result.ok ? done(null) : failed(result.error);
  });
}

export async function compareRevisionsAction(input: unknown): Promise<ActionResult<FieldChange[]>> {
  const schema = z.object({ articleId: id, locale, from: z.number().int().min(1), to: z.number().int().min(1) });
  return runAction(schema, input, async (data) => {
    const changes = await compareRevisions(await requireActor(), data);
    return changes ? done(changes) : failed('not-found');
  });
}

/** The unpublished changes of one language against what readers see. */
export async function compareWithLiveAction(input: unknown): Promise<ActionResult<FieldChange[]>> {
  return runAction(z.object({ articleId: id, locale }), input, async (data) => {
    const changes = await compareWithLive(await requireActor(), data);
    return changes ? done(changes) : failed('not-found');
  });
}

export async function restoreRevisionAction(input: unknown): Promise<SaveResult | ActionFailure> {
  const schema = z.object({
    articleId: id,
    locale,
    version: z.number().int().min(1),
    baseVersion: z.number().int().min(1),
  });
  return runAction(schema, input, async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.locale });
    return restoreRevision(actor, data);
  });
}

export async function trashArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ articleId: id }), formObject(form), async ({ articleId }) => {
    const result = await trashArticle(await requireActor('delete:article:any'), articleId);
    await refreshPublicPages(result.refresh);
    if (!result.ok) return failed('not-found');
    revalidatePath('/admin');
    return done(null);
  });
}

export async function restoreArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ articleId: id }), formObject(form), async ({ articleId }) => {
    const result = await restoreArticle(await requireActor('restore:article:any'), articleId);
    await refreshPublicPages(result.refresh);
    if (!result.ok) return failed('not-found');
    revalidatePath('/admin/trash');
    return done(null);
  });
}

export async function emptyTrashAction(_previous: unknown, form: FormData): Promise<ActionResult<{ count: number }>> {
  return runAction(z.object({}), formObject(form), async () => {
    const count = await emptyTrash(await requireActor('empty:trash'), { onlyExpired: false });
    revalidatePath('/admin/trash');
    return done({ count });
  });
}
