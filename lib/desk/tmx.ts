import 'server-only';
import { isLocale, type Locale } from '@/i18n/routing';
import { authorize, type Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { recordAudit, type AuditContext } from '@/lib/workspace/audit';
import { normalizeSegment } from './blocks';
import { insertUnits, unitHash, type MemorySegment, type SegmentKind } from './memory';
import {
  attributes,
  childElements,
  escapeXml,
  localName,
  parseXml,
  textContent,
  type XmlElement,
  type XmlNode,
} from './xml';

/**
 * The translation memory exchanged as TMX 1.4b, the format every CAT tool (OmegaT, Trados, memoQ, Phrase) reads and
 * writes: one `tu` per unit, one `tuv` per language. Export writes every unit; import adds the units of a file that the
 * memory does not hold yet (same languages and texts), so exporting and importing the same file changes nothing.
 */

export const TMX_LIMITS = { maxBytes: 20 * 1024 * 1024, maxDepth: 40, maxElements: 2_000_000, maxUnits: 200_000 };
const SEGMENTS: readonly SegmentKind[] = ['field', 'block', 'sentence'];
const PAGE = 5000;

/** The whole memory as a TMX 1.4b document, written page by page. */
export async function* exportTmx(actor: Actor, now = new Date()): AsyncGenerator<string> {
  authorize(actor, 'read:workspace');
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header${attributes({
    creationtool: 'Habar',
    creationtoolversion: '1',
    datatype: 'plaintext',
    segtype: 'block',
    adminlang: 'en',
    srclang: '*all*',
    'o-tmf': 'Habar',
    creationdate: stamp,
  })}/>\n<body>\n`;
  let cursor: string | undefined;
  for (;;) {
    const units = await db().memoryUnit.findMany({
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true,
        origin: true,
        articleId: true,
        segment: true,
        variants: { select: { locale: true, text: true }, orderBy: { locale: 'asc' } },
      },
    });
    if (!units.length) break;
    cursor = units[units.length - 1]?.id;
    yield units
      .map((unit) => {
        const props = [
          `<prop type="x-habar-origin">${unit.origin}</prop>`,
          `<prop type="x-habar-segment">${escapeXml(unit.segment)}</prop>`,
          unit.articleId ? `<prop type="x-habar-article">${escapeXml(unit.articleId)}</prop>` : '',
        ].join('');
        const variants = unit.variants
          .map((variant) => `<tuv xml:lang="${variant.locale}"><seg>${escapeXml(variant.text)}</seg></tuv>`)
          .join('');
        return `<tu tuid="${escapeXml(unit.id)}">${props}${variants}</tu>\n`;
      })
      .join('');
    if (units.length < PAGE) break;
  }
  yield '</body>\n</tmx>\n';
}

export type TmxError = 'tmx-not-tmx' | 'tmx-too-many-units' | 'tmx-no-units' | `xml-${string}`;

/**
 * The text of a `seg`: its own text and that of `hi` (highlighted text); the native codes of `bpt`, `ept`, `it`,
 * `ph` and `ut` and the sub-flows of `sub` are formatting of another tool, not text.
 */
function segText(node: XmlNode): string {
  if (typeof node === 'string') return node;
  const name = localName(node.name);
  if (name !== 'seg' && name !== 'hi') return '';
  return node.children.map(segText).join('');
}

/** A language tag of the file as one of ours (`ru-RU`, `tk-TM`, `EN` …), or null. */
function localeOf(tag: string | undefined): Locale | null {
  const primary = (tag ?? '').split(/[-_]/)[0]?.toLowerCase();
  return isLocale(primary) ? primary : null;
}

/** The units of a TMX document: variants in our languages (at least two), everything else ignored. */
export function parseTmx(
  xml: string,
): { ok: true; units: MemorySegment[]; skipped: number } | { ok: false; error: TmxError } {
  const parsed = parseXml(xml, TMX_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.root;
  const body = localName(root.name) === 'tmx' ? childElements(root, 'body')[0] : undefined;
  if (!body) return { ok: false, error: 'tmx-not-tmx' };
  const tus = childElements(body, 'tu');
  if (tus.length > TMX_LIMITS.maxUnits) return { ok: false, error: 'tmx-too-many-units' };
  const units: MemorySegment[] = [];
  let skipped = 0;
  for (const tu of tus) {
    const variants: MemorySegment['variants'] = {};
    for (const tuv of childElements(tu, 'tuv')) {
      const locale = localeOf(tuv.attrs['xml:lang'] ?? tuv.attrs.lang);
      const seg = childElements(tuv, 'seg')[0];
      const text = seg ? normalizeSegment(segText(seg)) : '';
      if (locale && text && !variants[locale]) variants[locale] = text;
    }
    if (Object.keys(variants).length < 2) {
      skipped++;
      continue;
    }
    units.push({ segment: segmentOf(tu), variants });
  }
  if (!units.length) return { ok: false, error: 'tmx-no-units' };
  return { ok: true, units, skipped };
}

function segmentOf(tu: XmlElement): SegmentKind {
  const prop = childElements(tu, 'prop').find((element) => element.attrs.type === 'x-habar-segment');
  const value = prop ? textContent(prop) : '';
  return (SEGMENTS as readonly string[]).includes(value) ? (value as SegmentKind) : 'block';
}

export type TmxImportResult =
  { ok: true; added: number; duplicates: number; skipped: number } | { ok: false; error: TmxError };

/** Adds a TMX file's units that the memory does not hold yet; one transaction, audited. */
export async function importTmx(actor: Actor & AuditContext, xml: string): Promise<TmxImportResult> {
  authorize(actor, 'manage:translation-memory');
  const parsed = parseTmx(xml);
  if (!parsed.ok) return parsed;
  const byHash = new Map<string, MemorySegment>();
  for (const unit of parsed.units) byHash.set(unitHash(unit.variants), unit);
  return db().$transaction(
    async (tx) => {
      const known = new Set<string>();
      const hashes = [...byHash.keys()];
      for (let index = 0; index < hashes.length; index += 10_000) {
        const rows = await tx.memoryUnit.findMany({
          where: { contentHash: { in: hashes.slice(index, index + 10_000) } },
          select: { contentHash: true },
        });
        for (const row of rows) known.add(row.contentHash);
      }
      const fresh = [...byHash.entries()].filter(([hash]) => !known.has(hash)).map(([, unit]) => unit);
      const added = await insertUnits(tx, fresh, { origin: 'imported' });
      const duplicates = parsed.units.length - added;
      await recordAudit(tx, actor, 'memory.imported', { type: 'memory', id: '' }, { added, duplicates });
      return { ok: true as const, added, duplicates, skipped: parsed.skipped };
    },
    { maxWait: 15_000, timeout: 120_000 },
  );
}
