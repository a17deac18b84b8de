'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { revalidatePublicPages, tagsForTaxonomyChange } from '@/lib/public/revalidation';
import { done, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { createCategory, deleteCategory, updateCategory } from '@/lib/workspace/taxonomy/categories';
import { categoryFields, TAXONOMY_LIMITS } from '@/lib/workspace/taxonomy/fields';
import { refusal, translationShape, translationsFrom } from '@/lib/workspace/taxonomy/form';

const fields = {
  position: z.coerce
    .number({ error: 'invalid' })
    .int('invalid')
    .min(0, 'invalid')
    .max(TAXONOMY_LIMITS.position, 'invalid'),
  ...translationShape(categoryFields),
};

/** The workspace pages are fresh at once; the public pages of the changed languages re-render in the background. */
function refresh(id: string | null, locales: Locale[]): void {
  revalidatePath('/admin/categories');
  if (id) revalidatePath(`/admin/categories/${id}`);
  if (locales.length) revalidatePublicPages(tagsForTaxonomyChange(locales), { immediate: false });
}

export async function createCategoryAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(z.object(fields), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await createCategory(actor, {
      position: data.position,
      translations: translationsFrom(categoryFields, data),
    });
    if (!result.ok) return refusal(result);
    refresh(null, result.locales);
    return done({ id: result.id });
  });
}

export async function updateCategoryAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1), ...fields }), formObject(form), async (data) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await updateCategory(actor, data.id, {
      position: data.position,
      translations: translationsFrom(categoryFields, data),
    });
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    return done(null);
  });
}

/** On success the entry's page no longer exists: back to the list, which says what happened. */
export async function deleteCategoryAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ id: z.string().min(1) }), formObject(form), async ({ id }) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await deleteCategory(actor, id);
    if (!result.ok) return refusal(result);
    refresh(result.id, result.locales);
    redirect('/admin/categories?deleted=1');
  });
}
