import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DeleteMediaForm } from '@/components/workspace/media/delete-form';
import { MediaTextForm } from '@/components/workspace/media/text-form';
import { UploadMediaForm } from '@/components/workspace/media/upload-form';
import { Pager } from '@/components/workspace/pager';
import { WorkspaceShell } from '@/components/workspace/shell';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { can } from '@/lib/auth/permissions';
import { DEFAULT_MAX_UPLOAD_BYTES, type MediaKind } from '@/lib/media/ingest';
import { MAX_INPUT_PIXELS } from '@/lib/media/variants';
import { listMedia, MEDIA_PAGE_SIZE } from '@/lib/workspace/media/read';
import type { MediaRow } from '@/lib/workspace/media/types';
import { MEDIA_ALT_MAX_LENGTH, MEDIA_CAPTION_MAX_LENGTH, MEDIA_CREDIT_MAX_LENGTH } from '@/lib/workspace/media/write';
import { workspacePage } from '@/lib/workspace/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MediaPage'))('title') };
}

type Params = { q?: string; kind?: string; page?: string };

const THUMB_WIDTH = 240;
const MIB = 1024 * 1024;

const gridStyle = {
  listStyle: 'none',
  padding: 0,
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))',
  gap: '1rem',
} as const;
const itemStyle = { border: '1px solid var(--line)', borderRadius: '4px', padding: '0.75rem' } as const;
const thumbStyle = { display: 'block', maxWidth: '100%', height: 'auto', background: 'var(--soft)' } as const;

/**
 * The media library: upload (editors, admins), then every file newest first, each with its alt text and caption per
 * language (translators edit theirs) and, for editors and admins, a guarded delete.
 */
export default async function MediaPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await workspacePage('/admin/media');
  const params = await searchParams;
  const page = Math.max(1, Number.parseInt(params.page ?? '1', 10) || 1);
  const kind: MediaKind | undefined = params.kind === 'image' || params.kind === 'document' ? params.kind : undefined;
  const q = params.q?.trim().slice(0, 200) || undefined;
  const [{ rows, total }, t, tf, format, uiLocale] = await Promise.all([
    listMedia(actor, { page, kind, q }),
    getTranslations('MediaPage'),
    getTranslations('MediaForm'),
    getFormatter(),
    getLocale(),
  ]);
  const canManage = can(actor, 'manage:media');
  const editable = routing.locales.filter(
    (locale) => canManage || can(actor, 'edit:translation:own-languages', { locale }),
  );
  const altLocale: Locale = isLocale(uiLocale) ? uiLocale : routing.defaultLocale;
  const pages = Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE));
  const link = (to: number) =>
    `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), ...(kind ? { kind } : {}), page: String(to) }).toString()}`;
  const size = (bytes: number) =>
    bytes < MIB
      ? t('sizeKb', { size: Math.max(1, Math.round(bytes / 1024)) })
      : t('sizeMb', { size: Math.round((bytes / MIB) * 10) / 10 });
  const missingAlt = (row: MediaRow) =>
    routing.locales.filter((locale) => !row.translations[locale].alt).map((locale) => tf(`language.${locale}`));

  return (
    <WorkspaceShell actor={actor} current="/admin/media">
      <h1>{t('title')}</h1>
      {canManage ? (
        <section aria-labelledby="media-upload-heading">
          <h2 id="media-upload-heading">{t('uploadHeading')}</h2>
          <UploadMediaForm megabytes={DEFAULT_MAX_UPLOAD_BYTES / MIB} megapixels={MAX_INPUT_PIXELS / 1_000_000} />
        </section>
      ) : (
        <p className="notice">{t('translatorNote')}</p>
      )}
      <h2>{t('libraryHeading')}</h2>
      <form method="get" className="filters" aria-label={t('filters')}>
        <div>
          <label htmlFor="media-q">{t('search')}</label>
          <input id="media-q" name="q" type="search" maxLength={200} defaultValue={q} />
        </div>
        <div>
          <label htmlFor="media-kind">{t('kind')}</label>
          <select id="media-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">{t('anyKind')}</option>
            <option value="image">{t('kindImage')}</option>
            <option value="document">{t('kindDocument')}</option>
          </select>
        </div>
        <button type="submit">{t('apply')}</button>
      </form>
      <p className="hint">{t('count', { count: total })}</p>
      {rows.length === 0 ? (
        <p>{q || kind ? t('noMatch') : t('empty')}</p>
      ) : (
        <ul style={gridStyle}>
          {rows.map((row) => {
            const nameId = `media-${row.id}-name`;
            const missing = row.kind === 'image' ? missingAlt(row) : [];
            return (
              <li key={row.id} style={itemStyle}>
                <figure style={{ margin: 0 }}>
                  {row.thumbnailUrl ? (
                    // A plain img: the library's own files, already resized; Next's optimizer is not used here.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img
                      src={row.thumbnailUrl}
                      alt={row.translations[altLocale].alt}
                      width={THUMB_WIDTH}
                      height={row.width && row.height ? Math.round((THUMB_WIDTH * row.height) / row.width) : undefined}
                      loading="lazy"
                      decoding="async"
                      style={thumbStyle}
                    />
                  ) : (
                    <p>
                      <span className="badge">{t('document')}</span>
                    </p>
                  )}
                  <figcaption id={nameId} className="mono">
                    {row.originalName}
                  </figcaption>
                </figure>
                <p className="hint">
                  {row.width && row.height ? `${t('dimensions', { width: row.width, height: row.height })} · ` : ''}
                  {size(row.sizeBytes)} ·{' '}
                  {t('uploadedOn', { date: format.dateTime(row.createdAt, { dateStyle: 'medium' }) })}
                </p>
                {missing.length > 0 && (
                  <p>
                    <span className="badge warn">{t('missingAlt', { languages: format.list(missing) })}</span>
                  </p>
                )}
                {row.kind === 'document' && <p className="hint">{t('pdfMetadataNote')}</p>}
                <p>
                  <a href={row.url} aria-describedby={nameId}>
                    {row.kind === 'document' ? t('downloadPdf') : t('openOriginal')}
                  </a>
                </p>
                <details>
                  <summary>{row.kind === 'image' ? t('editTexts') : t('editCaptions')}</summary>
                  <MediaTextForm
                    id={row.id}
                    nameId={nameId}
                    kind={row.kind}
                    translations={row.translations}
                    editable={editable}
                    altMax={MEDIA_ALT_MAX_LENGTH}
                    captionMax={MEDIA_CAPTION_MAX_LENGTH}
                    creditMax={MEDIA_CREDIT_MAX_LENGTH}
                  />
                </details>
                {canManage && <DeleteMediaForm id={row.id} nameId={nameId} />}
              </li>
            );
          })}
        </ul>
      )}
      <Pager
        page={page}
        pages={pages}
        href={link}
        labels={{ nav: t('pages'), previous: t('newer'), next: t('older'), position: t('pageOf', { page, pages }) }}
      />
    </WorkspaceShell>
  );
}
