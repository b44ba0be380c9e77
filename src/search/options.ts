/**
 * MiniSearch options shared by the build (which makes the index) and the browser (which loads it):
 * accents and capitals ignored ("migracion" finds "migración"), each word cut to its stem in the
 * page's language ("trabajar" finds "trabajo", "working" finds "work"), prefixes and small typos
 * allowed. The stemmers are Snowball's Spanish and Porter's English, from @orama/stemmers
 * (docs/adr/0001-search-stemmers.md); the browser loads only its language's, with the index.
 */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export type SearchLang = 'es' | 'en';
/** A word (folded) to its stem. */
export type Stem = (word: string) => string;

/**
 * Each language's stemmer, loaded on demand (the search page, with its index). The build imports
 * the same modules statically (src/content/search-index.ts): index and query stem alike.
 */
export const STEMMERS: Record<SearchLang, () => Promise<Stem>> = {
  es: () => import('@orama/stemmers/spanish').then((m) => m.stemmer),
  en: () => import('@orama/stemmers/english').then((m) => m.stemmer),
};

export interface SearchDoc {
  id: string;
  kind: 'flow' | 'outcome' | 'question' | 'glossary';
  flow: string;
  /** For outcomes: the outcome id, opened directly. */
  step?: string;
  title: string;
  /** What the page says about itself: a flow's description, an outcome's summary, a question's options. */
  text: string;
  /** An outcome's steps, what to bring and what is good to know: found, but below its title and summary. */
  details: string;
  words: string;
}

/**
 * Words too common to tell one page from another ("mi", "me", "the"): left out of a person's search
 * and of the index, so "mi pareja me pega" searches for "pareja" and "pega". So are the verbs
 * a sentence starts with ("quiero", "necesito", "want": "me quiero morir" searches for "morir";
 * with stems, "quiero" would find every "¿Qué quieres hacer?"; "tengo", "soy", "have": "solo tengo
 * pasaporte" searches for "solo pasaporte"), and the "s" and "t" left of
 * "children's" and "don't" once the apostrophe splits them.
 */
const COMMON_WORDS = new Set(
  (
    'a al con de del el en es la las le les lo los me mi mis no o para por que se su sus te tu un una y yo ' +
    'quiero quieres quiere queremos quieren necesito necesitas necesita necesitamos necesitan tengo tienes soy estoy ' +
    'am an and are at be by for from have i in is it my not of on or the to was with s t want wants need needs'
  ).split(' '),
);

/**
 * Stems are short ("pagan" is "pag", "morir" "mor"): one letter off a three-letter stem is another
 * word ("par", "mir"), so only stems of at least four letters allow a small typo ("segro", "trabjo").
 */
const FUZZY_FROM = 4;

/** The options of one language's index, at build time and in the browser alike. */
export function indexOptions(stem: Stem) {
  const term = (word: string) => stem(fold(word));
  return {
    fields: ['title', 'spelling', 'text', 'details', 'words'],
    storeFields: ['kind', 'flow', 'step', 'title'],
    // `spelling` is the title's words as written (folded) where a stem cuts them, so that a typo
    // that changes a word's stem ("disabilty", stem "disabilti") still finds "disability".
    extractField: (doc: SearchDoc, field: string): string => (field === 'spelling' ? doc.title : String(doc[field as keyof SearchDoc] ?? '')),
    // The index leaves out the common words too: no search looks for them.
    processTerm: (word: string, field?: string): string | null => {
      if (COMMON_WORDS.has(fold(word))) return null;
      const stemmed = term(word);
      if (field !== 'spelling') return stemmed;
      const folded = fold(word);
      return folded === stemmed ? null : folded;
    },
    searchOptions: {
      // A person's search: common words left out, every other word stemmed as the index is.
      processTerm: (word: string): string | null => (COMMON_WORDS.has(fold(word)) ? null : term(word)),
      // A title's word first, then a flow's everyday words, its description, a result's steps.
      boost: { title: 3, words: 2, spelling: 1, text: 1, details: 0.5 },
      prefix: true,
      fuzzy: (t: string) => (t.length >= FUZZY_FROM ? 0.25 : false),
      combineWith: 'AND' as const,
      // A service itself, then an acronym's entry, rank above the many pages that mention a word.
      boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
        stored?.kind === 'flow' ? 2 : stored?.kind === 'glossary' ? 1.5 : 1,
    },
  };
}

interface Searchable<T> {
  search(q: string, options: { combineWith: 'AND' | 'OR' }): T[];
}

/**
 * The pages that hold every word searched for; when none does (a person's own sentence, "cita
 * migraciones"), the pages that hold any of them, those with the most words first.
 */
export function searchHits<T>(index: Searchable<T>, q: string): T[] {
  const all = index.search(q, { combineWith: 'AND' });
  return all.length ? all : index.search(q, { combineWith: 'OR' });
}
