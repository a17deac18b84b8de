/**
 * Attachments and post images into the media library, through the normal ingest (type sniffed from the bytes,
 * metadata stripped, variants made). Files come only from the `--uploads` folder (a copy of `wp-content/uploads`),
 * never from the network, and only from inside it. Each media item is created with its old addresses in its own
 * small transaction; a re-run finds it through its imported-item row and reuses it.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import type { PrismaClient } from '@/lib/db/prisma-client';
import { DEFAULT_MAX_UPLOAD_BYTES, discardIngested, ingestUpload } from '@/lib/media/ingest';
import { publicPaths } from '@/lib/render/public/paths';
import { isReservedPath, normalizeOldPath } from '@/lib/public/redirect-paths';
import type { ImageRequest, ResolvedImage } from './content';
import { habarLocale } from './languages';
import type { ItemInfo, WxrIndex } from './plan';
import { insertRedirects } from './redirect-rows';

export interface MediaOptions {
  source: string;
  /** The copy of wp-content/uploads, or null when none was given (every image is then reported missing). */
  uploadsFrom: string | null;
  /** Habar's uploads folder. */
  uploadsDir: string;
  dryRun: boolean;
  siteHosts: ReadonlySet<string>;
  basePath: string;
}

export interface MediaCounts {
  imported: number;
  reused: number;
  /** Per language of the attachment, when Polylang or WPML gave it one. */
  byLocale: Partial<Record<Locale, number>>;
  missing: { subject: string; reason: string }[];
}

const DRY_RUN_MEDIA: ResolvedImage = { mediaId: 'dry-run', src: '/media/dry-run.jpg', alt: '' };

export class MediaImporter {
  private readonly done = new Map<string, Promise<ResolvedImage | null>>();
  readonly counts: MediaCounts = { imported: 0, reused: 0, byLocale: {}, missing: [] };

  constructor(
    private readonly prisma: PrismaClient,
    private readonly index: WxrIndex,
    private readonly options: MediaOptions,
  ) {}

  /** `https://old.org/wp-content/uploads/2019/05/a-300x200.jpg` → `2019/05/a-300x200.jpg`, or null. */
  private uploadsPath(src: string): string | null {
    let pathname: string;
    try {
      const url = new URL(src, 'http://relative.invalid');
      if (url.host !== 'relative.invalid' && !this.options.siteHosts.has(url.host.toLowerCase())) return null;
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return null;
    }
    const at = pathname.indexOf('/wp-content/uploads/');
    return at >= 0 ? pathname.slice(at + '/wp-content/uploads/'.length) : null;
  }

  /** The attachment or file behind an image of a post. */
  resolveImage = async (request: ImageRequest): Promise<ResolvedImage | null> => {
    if (request.attachmentId && this.index.items.get(request.attachmentId)?.postType === 'attachment') {
      const resolved = await this.attachment(request.attachmentId);
      if (resolved || !request.src) return resolved;
    }
    const file = this.uploadsPath(request.src);
    if (!file) return null;
    const original = file.replace(/-\d{1,5}x\d{1,5}(\.[A-Za-z0-9]{2,5})$/, '$1');
    const attachmentId = this.index.attachmentsByFile.get(file) ?? this.index.attachmentsByFile.get(original);
    if (attachmentId) return this.attachment(attachmentId);
    return this.once(`file:${file}`, () => this.ingest(`file:${file}`, file, null));
  };

  /** An attachment by WordPress id (imported once, then remembered). */
  attachment(postId: string): Promise<ResolvedImage | null> {
    const info = this.index.items.get(postId);
    if (!info || info.postType !== 'attachment') return Promise.resolve(null);
    const file = info.attachedFile ?? this.uploadsPath(info.attachmentUrl);
    if (!file) {
      this.counts.missing.push({ subject: postId, reason: 'the attachment names no file' });
      return Promise.resolve(null);
    }
    return this.once(postId, () => this.ingest(postId, file, info));
  }

  private once(key: string, load: () => Promise<ResolvedImage | null>): Promise<ResolvedImage | null> {
    let pending = this.done.get(key);
    if (!pending) {
      pending = load();
      this.done.set(key, pending);
    }
    return pending;
  }

  private missing(subject: string, reason: string): null {
    this.counts.missing.push({ subject, reason });
    return null;
  }

  private async ingest(externalId: string, file: string, info: ItemInfo | null): Promise<ResolvedImage | null> {
    const { options, prisma } = this;
    const subject = info ? `${info.postId} (${file})` : file;
    const imported = await prisma.importedItem.findUnique({
      where: { source_kind_externalId: { source: options.source, kind: 'attachment', externalId } },
      select: { targetId: true },
    });
    if (imported) {
      const media = await prisma.media.findUnique({
        where: { id: imported.targetId },
        select: { id: true, storagePath: true, translations: { select: { alt: true }, take: 1 } },
      });
      if (media) {
        this.counts.reused++;
        return { mediaId: media.id, src: publicPaths.media(media.storagePath), alt: media.translations[0]?.alt ?? '' };
      }
    }
    if (!options.uploadsFrom) return this.missing(subject, 'no --uploads folder given');
    const root = path.resolve(options.uploadsFrom);
    const full = path.resolve(root, ...file.split('/'));
    if (!full.startsWith(root + path.sep))
      return this.missing(subject, 'the file name points outside the uploads folder');
    const info2 = await stat(full).catch(() => null);
    if (!info2?.isFile()) return this.missing(subject, 'file not found in the uploads folder');
    if (info2.size > DEFAULT_MAX_UPLOAD_BYTES) return this.missing(subject, 'file larger than 20 MB');
    const locale = info?.languageCode ? habarLocale(info.languageCode) : null;
    if (options.dryRun) {
      this.count(locale);
      return DRY_RUN_MEDIA;
    }
    const result = await ingestUpload(
      { bytes: await readFile(full), originalName: path.basename(full) },
      {
        uploadsDir: options.uploadsDir,
      },
    );
    if (!result.ok) return this.missing(subject, `refused by the media library: ${result.error}`);
    const alt = info?.imageAlt ?? '';
    const locales: readonly Locale[] = locale ? [locale] : routing.locales;
    try {
      const media = await prisma.$transaction(async (tx) => {
        const created = await tx.media.create({
          data: {
            ...result.media,
            translations: { create: locales.map((l) => ({ locale: l, alt })) },
          },
          select: { id: true, storagePath: true },
        });
        await tx.importedItem.upsert({
          where: { source_kind_externalId: { source: options.source, kind: 'attachment', externalId } },
          update: { targetId: created.id },
          create: { source: options.source, kind: 'attachment', externalId, targetId: created.id },
        });
        const paths = [
          `/wp-content/uploads/${file}`,
          ...(info ? [`${options.basePath}/?attachment_id=${info.postId}`] : []),
        ];
        if (info?.attachmentUrl) {
          try {
            paths.push(new URL(info.attachmentUrl).pathname);
          } catch {
            // An attachment URL that is not a URL adds nothing.
          }
        }
        const keys = paths.map(normalizeOldPath).filter((key): key is string => key !== null && !isReservedPath(key));
        await insertRedirects(
          tx,
          keys.map((fromPath) => ({ fromPath, mediaId: created.id })),
        );
        return created;
      });
      this.count(locale);
      return { mediaId: media.id, src: publicPaths.media(media.storagePath), alt };
    } catch (error) {
      await discardIngested(options.uploadsDir, result.media);
      throw error;
    }
  }

  private count(locale: Locale | null): void {
    this.counts.imported++;
    if (locale) this.counts.byLocale[locale] = (this.counts.byLocale[locale] ?? 0) + 1;
  }
}
