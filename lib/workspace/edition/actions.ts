'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { refreshPublicPages } from '@/lib/public/revalidation';
import { publicTags } from '@/lib/public/tags';
import { liteTwin, publicPaths } from '@/lib/render/public/paths';
import { MAX_BRAND_BYTES } from '@/lib/site/brand';
import { identityTextSchema, type IdentityText } from '@/lib/site/identity';
import { done, failed, formObject, runAction, type ActionResult } from '@/lib/workspace/action';
import { requireActor } from '@/lib/workspace/guard';
import { MAX_PAGE_POSITION, pagePlacements, setHomePin, updatePagePlacement } from './front';
import { removeBrandImage, setBrandImage, updateSiteIdentity } from './identity';

/** The home pages (full and lite) of these languages: rendered again at once after a change (decision 013). */
const homePaths = (locales: readonly Locale[]) =>
  locales.flatMap((locale) => [publicPaths.home(locale), liteTwin(publicPaths.home(locale))]);

/**
 * Every public page shows the identity and the menus: a change to either expires them all at once, and the home
 * pages, most read, are rendered again right away.
 */
const refreshEverything = () =>
  refreshPublicPages({ tags: [publicTags.all], paths: homePaths(routing.locales), immediate: true });

/** The settings form: `name.ru`, `tagline.tk`, …, the contacts, mirrors one per line, the social image's id. */
const identityForm = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((form): IdentityText => {
    const value = (key: string) => {
      const raw = form[key];
      return typeof raw === 'string' ? raw : '';
    };
    return {
      languages: Object.fromEntries(
        routing.locales.map((locale) => [
          locale,
          {
            name: value(`name.${locale}`),
            tagline: value(`tagline.${locale}`),
            description: value(`description.${locale}`),
            address: value(`address.${locale}`),
          },
        ]),
      ) as IdentityText['languages'],
      contact: {
        email: value('email').trim(),
        phone: value('phone'),
        signal: value('signal'),
        pgpFingerprint: value('pgpFingerprint'),
      },
      mirrors: value('mirrors')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
      socialImageId: value('socialImageId') || null,
    };
  })
  .pipe(identityTextSchema);

/** Field errors keep the form's names: `languages.ru.name` → `name.ru`, `mirrors.2` → `mirrors`. */
function formFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const [first, second, third] = issue.path.map(String);
    const field =
      first === 'languages' ? `${third}.${second}` : first === 'contact' ? (second ?? 'form') : (first ?? 'form');
    errors[field] ??= /^[a-z0-9-]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return errors;
}

export async function updateSiteIdentityAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.unknown(), formObject(form), async (raw) => {
    const actor = await requireActor('manage:settings');
    const parsed = identityForm.safeParse(raw);
    if (!parsed.success) return failed('invalid', formFieldErrors(parsed.error));
    const result = await updateSiteIdentity(actor, parsed.data);
    if (!result.ok) return failed('invalid', { socialImageId: 'not-found' });
    await refreshEverything();
    revalidatePath('/admin/settings');
    return done(null);
  });
}

const slot = z.enum(['logo', 'icon']);

/** A logo or icon (SVG, sanitised, or PNG). Errors: `empty`, `too-large`, `unsupported-type`, `corrupt`, `svg-no-size`, `not-square`. */
export async function uploadBrandImageAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ slot, file: z.instanceof(File, { error: 'required' }) });
  return runAction(schema, { slot: form.get('slot'), file: form.get('file') }, async (input) => {
    const actor = await requireActor('manage:settings');
    if (input.file.size === 0) return failed('empty');
    if (input.file.size > MAX_BRAND_BYTES) return failed('too-large');
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const result = await setBrandImage(actor, input.slot, bytes, env().UPLOADS_DIR);
    if (!result.ok) return failed(result.error);
    await refreshEverything();
    revalidatePath('/admin/settings');
    return done(null);
  });
}

export async function removeBrandImageAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  return runAction(z.object({ slot }), formObject(form), async (input) => {
    await removeBrandImage(await requireActor('manage:settings'), input.slot);
    await refreshEverything();
    revalidatePath('/admin/settings');
    return done(null);
  });
}

/** Pins a story to one language's home page (`articleId` empty: unpins). Errors: `not-published`. */
export async function setHomePinAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({ locale: z.enum(routing.locales), articleId: z.string().max(64) });
  return runAction(schema, formObject(form), async (input) => {
    const actor = await requireActor('publish:translation:any');
    const result = await setHomePin(actor, input.locale, input.articleId || null);
    if (!result.ok) return failed(result.error);
    // The home page of that language (and its lite twin) leads with the pin.
    if (result.changed) {
      await refreshPublicPages({
        tags: [publicTags.lists(input.locale)],
        paths: homePaths([input.locale]),
        immediate: true,
      });
    }
    revalidatePath('/admin/front');
    return done(null);
  });
}

/** Where a page is listed (masthead, footer, nowhere) and its order there. */
export async function updatePagePlacementAction(_previous: unknown, form: FormData): Promise<ActionResult<null>> {
  const schema = z.object({
    articleId: z.string().min(1).max(64),
    placement: z.enum(pagePlacements),
    position: z.coerce.number().int('invalid').min(0, 'invalid').max(MAX_PAGE_POSITION, 'invalid'),
  });
  return runAction(schema, formObject(form), async ({ articleId, ...settings }) => {
    const actor = await requireActor('edit:article:any');
    const result = await updatePagePlacement(actor, articleId, settings);
    if (!result.ok) return failed(result.error);
    if (result.published.length) await refreshEverything();
    revalidatePath('/admin/front');
    return done(null);
  });
}
