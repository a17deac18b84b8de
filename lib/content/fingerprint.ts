import { createHash } from 'node:crypto';
import type { TiptapNode } from './schema';

export interface TranslatableFields {
  title: string;
  summary: string;
  body: TiptapNode;
  seoDescription: string;
}

/**
 * A short hash of the fields a translator translates. Each translation stores the source's fingerprint it was made
 * from; when the source's current fingerprint differs, the translation is outdated.
 */
export function contentFingerprint(fields: TranslatableFields): string {
  return createHash('sha256')
    .update(JSON.stringify([fields.title, fields.summary, fields.body, fields.seoDescription]))
    .digest('hex')
    .slice(0, 32);
}
