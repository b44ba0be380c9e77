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

/**
 * Words too common to tell one page from another ("mi", "me", "the"): left out of a person's search
 * (the index keeps them), so "mi pareja me pega" searches for "pareja" and "pega".
 */
const COMMON_WORDS = new Set(
  (
    'a al con de del el en es la las le les lo los me mi mis no o para por que se su sus te tu un una y yo ' +
    'an and are at be by for from i in is it my not of on or the to was with'
  ).split(' '),
);

/** A search term as the index holds it, or null for a word too common to search for. */
export const queryTerm = (term: string): string | null => {
  const folded = fold(term);
  return COMMON_WORDS.has(folded) ? null : folded;
};

interface Searchable<T> {
  search(q: string, options: { processTerm: (t: string) => string | null; combineWith: 'AND' | 'OR' }): T[];
}

/**
 * The pages that hold every word searched for; when none does (a person's own sentence, "cita
 * migraciones"), the pages that hold any of them, those with the most words first.
 */
export function searchHits<T>(index: Searchable<T>, q: string): T[] {
  const all = index.search(q, { processTerm: queryTerm, combineWith: 'AND' });
  return all.length ? all : index.search(q, { processTerm: queryTerm, combineWith: 'OR' });
}
