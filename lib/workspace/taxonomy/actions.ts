'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { revalidatePublicPages, tagsForTaxonomyChange } from '@/lib/public/revalidation';
import { done, formObject, runAction, type ActionResult } from '../action';
import { requireActor } from '../guard';
import { authorDescriptor, createAuthor, deleteAuthor, updateAuthor } from './authors';
import { categoryDescriptor, createCategory, deleteCategory, updateCategory } from './categories';
import { TAXONOMY_LIMITS } from './fields';
import { refusal, translationShape, translationsFrom } from './form';
import { kindPath, taxonomyKinds, type TaxonomyKind } from './kinds';
import { createTag, deleteTag, tagDescriptor, updateTag } from './tags';

/**
 * One set of actions for categories, tags and authors: the form names its kind (a hidden `kind` field), which picks
 * the settings' form fields and the data-layer operations; everything else is the same for all three.
 */
const settingsFields = {
  category: {
    position: z.coerce
      .number({ error: 'invalid' })
      .int('invalid')
      .min(0, 'invalid')
      .max(TAXONOMY_LIMITS.position, 'invalid'),
  },
  tag: {},
  // A checkbox: present ("on") when ticked, absent otherwise.
  author: {
    isPenName: z
      .string()
      .optional()
      .transform((value) => value === 'on' || value === 'true'),
  },
} satisfies Record<TaxonomyKind, z.ZodRawShape>;

const descriptors = { category: categoryDescriptor, tag: tagDescriptor, author: authorDescriptor };
const operations = {
  category: { create: createCategory, update: updateCategory, remove: deleteCategory },
  tag: { create: createTag, update: updateTag, remove: deleteTag },
  author: { create: createAuthor, update: updateAuthor, remove: deleteAuthor },
} as const;

/** One kind's form: its name, its settings and one field per language and text field (`name.ru`). */
const kindForm = <K extends TaxonomyKind>(kind: K) =>
  // `kind` last: the per-language fields are typed as any string key.
  z.object({ ...settingsFields[kind], ...translationShape(descriptors[kind].fields), kind: z.literal(kind) });

const entryForm = z.discriminatedUnion('kind', [kindForm('category'), kindForm('tag'), kindForm('author')]);
const entryFormWithId = z.discriminatedUnion('kind', [
  kindForm('category').extend({ id: z.string().min(1) }),
  kindForm('tag').extend({ id: z.string().min(1) }),
  kindForm('author').extend({ id: z.string().min(1) }),
]);

/**
 * The parsed form as its kind's input: settings as parsed, texts regrouped per language. The settings were parsed by
 * this kind's own schema, so the input fits this kind's operation; TypeScript cannot follow the kind through the
 * lookup, hence the cast.
 */
function inputOf(kind: TaxonomyKind, data: Record<string, unknown>) {
  const settings = Object.fromEntries(Object.keys(settingsFields[kind]).map((name) => [name, data[name]]));
  return { ...settings, translations: translationsFrom(descriptors[kind].fields, data) } as never;
}

/** The workspace pages are fresh at once; the public pages of the changed languages re-render in the background. */
function refresh(kind: TaxonomyKind, id: string | null, locales: Locale[]): void {
  revalidatePath(kindPath(kind));
  if (id) revalidatePath(kindPath(kind, id));
  if (locales.length) revalidatePublicPages(tagsForTaxonomyChange(locales), { immediate: false });
}

export async function createTaxonomyEntryAction(
  _previous: unknown,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runAction(entryForm, formObject(form), async (data) => {
    const { kind } = data;
    const actor = await requireActor('manage:taxonomy');
    const result = await operations[kind].create(actor, inputOf(kind, data));
    if (!result.ok) return refusal(result);
    refresh(kind, null, result.locales);
    return done({ id: result.id });
  });
}

export async function updateTaxonomyEntryAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(entryFormWithId, formObject(form), async (data) => {
    const { kind } = data;
    const actor = await requireActor('manage:taxonomy');
    const result = await operations[kind].update(actor, data.id, inputOf(kind, data));
    if (!result.ok) return refusal(result);
    refresh(kind, result.id, result.locales);
    return done(null);
  });
}

/** On success the entry's page no longer exists: back to the list, which says what happened. */
export async function deleteTaxonomyEntryAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ kind: z.enum(taxonomyKinds), id: z.string().min(1) });
  return runAction(schema, formObject(form), async ({ kind, id }) => {
    const actor = await requireActor('manage:taxonomy');
    const result = await operations[kind].remove(actor, id);
    if (!result.ok) return refusal(result);
    refresh(kind, result.id, result.locales);
    redirect(`${kindPath(kind)}?deleted=1`);
  });
}
