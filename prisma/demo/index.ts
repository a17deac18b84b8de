import { articlesA } from './articles-a';
import { articlesB } from './articles-b';
import { articlesC } from './articles-c';
import type { DemoArticle } from './types';

export { authors, categories, covers, tags } from './taxonomy';
export { demoGlossary, type DemoGlossaryEntry } from './glossary';
export { demoLogoSvg, demoPages, identity } from './pages';
export type * from './types';

/** Every demo article, oldest first. */
export const demoArticles: DemoArticle[] = [...articlesA, ...articlesB, ...articlesC].sort((a, b) =>
  a.publishedAt.localeCompare(b.publishedAt),
);

export const demoAccounts = [
  { email: 'admin@example.org', displayName: 'Demo Admin', role: 'admin', languages: [] },
  { email: 'editor@example.org', displayName: 'Demo Editor', role: 'editor', languages: [] },
  { email: 'translator@example.org', displayName: 'Demo Translator', role: 'translator', languages: ['tk'] },
] as const;
