'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { routing } from '@/i18n/routing';
import type { TiptapNode } from '@/lib/content/schema';
import { done, failed, formObject, runAction, type ActionFailure, type ActionResult } from '@/lib/workspace/action';
import { createArticle, updateArticleSettings } from '@/lib/workspace/articles/create';
import { compareRevisions, restoreRevision } from '@/lib/workspace/articles/history';
import { refreshPublicPages } from '@/lib/workspace/articles/refresh';
import { saveTranslation } from '@/lib/workspace/articles/save';
import { emptyTrash, restoreArticle, trashArticle } from '@/lib/workspace/articles/trash';
import {
  translatedFieldLimits,
  type FieldChange,
  type SaveResult,
  type TranslatedField,
  type TranslatedTextField,
  type TranslationStatus,
} from '@/lib/workspace/articles/types';
import { changeStatus, markUpToDate } from '@/lib/workspace/articles/workflow';
import { requireActor } from '@/lib/workspace/guard';

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

/** Autosave and explicit save alike: every call is a revision, or a refusal that keeps the text in the browser. */
export async function saveTranslationAction(input: unknown): Promise<SaveResult | ActionFailure> {
  return runAction(saveSchema, input, async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.locale });
    const { result, refresh } = await saveTranslation(actor, data);
    refreshPublicPages(refresh);
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
    refreshPublicPages(result.refresh);
    revalidatePath(`/admin/articles/${articleId}`);
    return done(null);
  });
}

const statusSchema = z.object({
  articleId: id,
  locale,
  transition: z.enum(['submit', 'publish', 'schedule', 'unpublish', 'return']),
  version: z.number().int().min(1),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});

export async function changeStatusAction(input: unknown): Promise<ActionResult<{ status: TranslationStatus }>> {
  return runAction(statusSchema, input, async (data) => {
    const actor = await requireActor();
    const { result, refresh } = await changeStatus(actor, {
      ...data,
      scheduledAt: data.scheduledAt ? new Date(data.scheduledAt) : undefined,
    });
    refreshPublicPages(refresh);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin');
    return done({ status: result.status });
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

export async function restoreRevisionAction(input: unknown): Promise<SaveResult | ActionFailure> {
  const schema = z.object({
    articleId: id,
    locale,
    version: z.number().int().min(1),
    baseVersion: z.number().int().min(1),
  });
  return runAction(schema, input, async (data) => {
    const actor = await requireActor('edit:translation:own-languages', { locale: data.locale });
    const { result, refresh } = await restoreRevision(actor, data);
    refreshPublicPages(refresh);
    return result;
  });
}

export async function trashArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ articleId: id }), formObject(form), async ({ articleId }) => {
    const result = await trashArticle(await requireActor('delete:article:any'), articleId);
    refreshPublicPages(result.refresh);
    if (!result.ok) return failed('not-found');
    revalidatePath('/admin');
    return done(null);
  });
}

export async function restoreArticleAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ articleId: id }), formObject(form), async ({ articleId }) => {
    const result = await restoreArticle(await requireActor('restore:article:any'), articleId);
    refreshPublicPages(result.refresh);
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
