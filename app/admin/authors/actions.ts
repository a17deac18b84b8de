'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { revalidatePublicPages, tagsForTaxonomyChange } from '@/lib/public/revalidation';
import { done, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { createAuthor, deleteAuthor, updateAuthor } from '@/lib/workspace/taxonomy/authors';
import { authorFields } from '@/lib/workspace/taxonomy/fields';
import { refusal, translationShape, translationsFrom } from '@/lib/workspace/taxonomy/form';

const fields = {
  // A checkbox: present ("on") when ticked, absent otherwise.
  isPenName: z
    .string()
    .optional()
    .transform((value) => value === 'on' || value === 'true'),
  ...translationShape(authorFields),
};

/** The workspace pages are fresh at once; the public pages of the changed languages re-render in the background. */
function refresh(id: string | null, locales: Locale[]): void {
  revalidatePath('/admin/authors');
  if (id) revalidatePath(`/admin/authors/${id}`);
  if (locales.length) revalidatePublicPages(tagsForTaxonomyChange(locales), { immediate: false });
}

export async function createAuthorAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(z.object(fields), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await createAuthor(actor, {
      isPenName: data.isPenName,
      translations: translationsFrom(authorFields, data),
    });
    if (!result.ok) return refusal(result);
    refresh(null, result.locales);
    return done({ id: result.id });
  });
}

export async function updateAuthorAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1), ...fields }), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await updateAuthor(actor, data.id, {
      isPenName: data.isPenName,
      translations: translationsFrom(authorFields, data),
    });
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    return done(null);
  });
}

/** On success the entry's page no longer exists: back to the list, which says what happened. */
export async function deleteAuthorAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1) }), formObject(form), async ({ id }) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await deleteAuthor(actor, id);
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    redirect('/admin/authors?deleted=1');
  });
}
