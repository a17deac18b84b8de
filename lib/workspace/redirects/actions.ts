'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revalidatePublicPages } from '@/lib/public/revalidation';
import { REDIRECTS_TAG } from '@/lib/public/redirects';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { CSV_MAX_BYTES, type CsvImportResult } from './types';
import { addRedirect, deleteRedirect, importRedirectsCsv } from './write';

/** The public site answers from the cache: every change expires the cached answers at once (lib/public/redirects.ts). */
function refresh(): void {
  revalidatePublicPages([REDIRECTS_TAG], { immediate: true });
  revalidatePath('/admin/redirects');
}

const addSchema = z.object({
  from: z.string().trim().min(1, 'required').max(3000, 'text-too-long'),
  to: z.string().trim().min(1, 'required').max(1000, 'text-too-long'),
});

/**
 * One redirect, old path → new path. Errors: `bad-from`, `reserved-from`, `bad-to`, `exists`, `loop`,
 * `chain-to-redirect`, `chain-from-target`, and the usual `invalid`, `forbidden`, `unauthenticated`.
 */
export async function addRedirectAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ fromPath: string }>> {
  return runAction(addSchema, formObject(form), async (input) => {
    const actor = await requireActor('manage:redirects');
    const result = await addRedirect(actor, input);
    if (!result.ok) return failed(result.error);
    refresh();
    return done({ fromPath: result.fromPath });
  });
}

const deleteSchema = z.object({ id: z.string().min(1).max(64) });

export async function deleteRedirectAction(_previous: unknown, form: FormData): Promise<ActionResult> {
  return runAction(deleteSchema, formObject(form), async ({ id }) => {
    const actor = await requireActor('manage:redirects');
    const result = await deleteRedirect(actor, id);
    if (!result.ok) return failed('not-found');
    refresh();
    return done(null);
  });
}

const csvSchema = z.object({ file: z.instanceof(File, { error: 'required' }) });

/** A CSV file of `old path,new path` lines. Errors: `too-large` (over 2 MB or 20,000 lines), `invalid`, …. */
export async function importRedirectsCsvAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<CsvImportResult>> {
  return runAction(csvSchema, { file: form.get('file') }, async ({ file }) => {
    const actor = await requireActor('manage:redirects');
    if (file.size > CSV_MAX_BYTES) return failed('too-large');
    const result = await importRedirectsCsv(actor, await file.text());
    if (result === 'too-large') return failed('too-large');
    if (result.added) refresh();
    return done(result);
  });
}
