'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { revalidatePublicPages, tagsForTaxonomyChange } from '@/lib/public/revalidation';
import { done, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { tagFields } from '@/lib/workspace/taxonomy/fields';
import { refusal, translationShape, translationsFrom } from '@/lib/workspace/taxonomy/form';
import { createTag, deleteTag, updateTag } from '@/lib/workspace/taxonomy/tags';

const fields = translationShape(tagFields);

/** The workspace pages are fresh at once; the public pages of the changed languages re-render in the background. */
function refresh(id: string | null, locales: Locale[]): void {
  revalidatePath('/admin/tags');
  if (id) revalidatePath(`/admin/tags/${id}`);
  if (locales.length) revalidatePublicPages(tagsForTaxonomyChange(locales), { immediate: false });
}

export async function createTagAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(z.object(fields), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await createTag(actor, { translations: translationsFrom(tagFields, data) });
    if (!result.ok) return refusal(result);
    refresh(null, result.locales);
    return done({ id: result.id });
  });
}

export async function updateTagAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1), ...fields }), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await updateTag(actor, data.id, { translations: translationsFrom(tagFields, data) });
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    return done(null);
  });
}

/** On success the entry's page no longer exists: back to the list, which says what happened. */
export async function deleteTagAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1) }), formObject(form), async ({ id }) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await deleteTag(actor, id);
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    redirect('/admin/tags?deleted=1');
  });
}
