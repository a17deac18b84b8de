/**
 * Field-by-field diff of a translation's text fields (title, summary, body text, SEO description, cover alt...): what
 * changed in the source since it was translated, between two revisions, or in someone else's conflicting save.
 */
import { diffWords, type DiffPart } from './words';

export type FieldDiff = { field: string; changed: boolean; parts: DiffPart[] };

/** Diffs the listed fields in order; a missing field counts as empty, so adding or clearing one shows as a change. */
export function diffFields(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
  fields: readonly string[],
): FieldDiff[] {
  return fields.map((field) => {
    const from = read(before, field);
    const to = read(after, field);
    return { field, changed: from !== to, parts: diffWords(from, to) };
  });
}

/** True when at least one field differs. */
export function hasChanges(result: readonly FieldDiff[]): boolean {
  return result.some((entry) => entry.changed);
}

// Own properties only: a field named like an Object.prototype member ("constructor") must not read a function.
function read(record: Readonly<Record<string, string>>, field: string): string {
  return Object.hasOwn(record, field) ? (record[field] ?? '') : '';
}
