/**
 * MiniSearch options shared by the build (which makes the index) and the browser (which loads it):
 * accents and capitals ignored ("migracion" finds "migración"), prefixes and small typos allowed.
 */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface SearchDoc {
  id: string;
  kind: 'flow' | 'outcome' | 'question' | 'glossary';
  flow: string;
  /** For outcomes: the outcome id, opened directly. */
  step?: string;
  title: string;
  text: string;
  words: string;
}

export const INDEX_OPTIONS = {
  fields: ['title', 'text', 'words'],
  storeFields: ['kind', 'flow', 'step', 'title'],
  processTerm: (term: string) => fold(term),
  searchOptions: {
    boost: { title: 3, words: 2 },
    prefix: true,
    fuzzy: 0.25,
    combineWith: 'AND' as const,
    // A service itself, then an acronym's entry, rank above the many pages that mention a word.
    boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
      stored?.kind === 'flow' ? 2 : stored?.kind === 'glossary' ? 1.5 : 1,
  },
};
