'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { DEFAULT_MAX_UPLOAD_BYTES, type MediaKind } from '@/lib/media/ingest';
import { revalidatePublicPages, tagsForTaxonomyChange } from '@/lib/public/revalidation';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { mediaForPicker } from '@/lib/workspace/media/read';
import type { MediaTextInput, PickerImage } from '@/lib/workspace/media/types';
import {
  deleteMedia,
  MEDIA_ALT_MAX_LENGTH,
  MEDIA_CAPTION_MAX_LENGTH,
  MEDIA_CREDIT_MAX_LENGTH,
  updateMediaText,
  uploadMedia,
} from '@/lib/workspace/media/write';

export type { PickerImage } from '@/lib/workspace/media/types';

/** What the upload form reports back. */
export type UploadedMedia = { id: string; originalName: string; kind: MediaKind };

const uploadSchema = z.object({ file: z.instanceof(File, { error: 'required' }) });

/**
 * Upload (form field `file`). Errors: `empty`, `too-large`, `unsupported-type`, `svg-refused`, `corrupt` (the
 * ingest's refusals), `invalid` with `file: required`, and the usual `forbidden`, `unauthenticated`, ….
 */
export async function uploadMediaAction(_previous: unknown, form: FormData): Promise<ActionResult<UploadedMedia>> {
  return runAction(uploadSchema, { file: form.get('file') }, async ({ file }) => {
    const actor = await requireActor('manage:media');
    // Refused on the declared size before the bytes are copied out of the request.
    if (file.size === 0) return failed('empty');
    if (file.size > DEFAULT_MAX_UPLOAD_BYTES) return failed('too-large');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await uploadMedia(actor, { bytes, originalName: file.name }, env().UPLOADS_DIR);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/media');
    const { id, originalName, kind } = result.media;
    return done({ id, originalName, kind });
  });
}

const optionalText = (max: number) => z.string().max(max, 'text-too-long').optional();

/** Fields `alt-<locale>`, `caption-<locale>` and `credit-<locale>`: a language whose fields are absent is left as it is. */
const textSchema = z
  .object({
    id: z.string().min(1).max(64),
    ...Object.fromEntries(
      routing.locales.flatMap((locale) => [
        [`alt-${locale}`, optionalText(MEDIA_ALT_MAX_LENGTH)],
        [`caption-${locale}`, optionalText(MEDIA_CAPTION_MAX_LENGTH)],
        [`credit-${locale}`, optionalText(MEDIA_CREDIT_MAX_LENGTH)],
      ]),
    ),
  })
  .transform((value) => {
    const fields = value as Record<string, string | undefined>;
    const texts: MediaTextInput = {};
    for (const locale of routing.locales) {
      const alt = fields[`alt-${locale}`];
      const caption = fields[`caption-${locale}`];
      const credit = fields[`credit-${locale}`];
      if (alt !== undefined || caption !== undefined || credit !== undefined) texts[locale] = { alt, caption, credit };
    }
    return { id: value.id, texts };
  });

/**
 * Alt text and caption per language. Errors: `not-found`, `text-too-long`, `invalid` with `alt-<locale>` or
 * `caption-<locale>: text-too-long`, `forbidden` (a translator sending a language that is not theirs).
 */
export async function updateMediaTextAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ changedLocales: Locale[] }>> {
  return runAction(textSchema, formObject(form), async ({ id, texts }) => {
    const actor = await requireActor('read:workspace');
    const result = await updateMediaText(actor, id, texts);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/media');
    // Public article pages show the cover's alt text from the library (unless the article overrides it).
    if (result.usedAsCover && result.changedLocales.length > 0) {
      revalidatePublicPages(tagsForTaxonomyChange(result.changedLocales), { immediate: false });
    }
    return done({ changedLocales: result.changedLocales });
  });
}

/** Deletes a media item and its files. Errors: `in-use` (an article's cover or body image), `not-found`. */
export async function deleteMediaAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1).max(64) }), formObject(form), async ({ id }) => {
    const actor = await requireActor('manage:media');
    const result = await deleteMedia(actor, id, env().UPLOADS_DIR);
    if (!result.ok) return failed(result.error);
    revalidatePath('/admin/media');
    return done(null);
  });
}

const pickerSchema = z.object({
  locale: z.enum(routing.locales),
  q: z.string().trim().max(200).optional(),
});

/**
 * For the article editor's image picker: images only (newest 60, narrowed by `q` over file names, alt texts and
 * captions), each with the alt text in `locale` ('' where none is written yet). A read: nothing is revalidated.
 * Errors: `invalid` (unknown locale), `unauthenticated`, `second-factor-required`, `cross-origin`.
 */
export async function mediaPickerAction(locale: Locale, q?: string): Promise<ActionResult<PickerImage[]>> {
  return runAction(pickerSchema, { locale, q }, async (input) => {
    const actor = await requireActor('read:workspace');
    return done(await mediaForPicker(actor, input.locale, input.q));
  });
}
