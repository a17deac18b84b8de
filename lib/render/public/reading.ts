/** Reading speed used for "N min read": a common figure for news prose in Russian, Turkmen and English alike. */
export const WORDS_PER_MINUTE = 200;

/** Words of a body's text (tags dropped), for the reading time. */
export function wordCount(bodyHtml: string): number {
  const text = bodyHtml.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one. */
export function readingMinutes(bodyHtml: string): number {
  return Math.max(1, Math.round(wordCount(bodyHtml) / WORDS_PER_MINUTE));
}
