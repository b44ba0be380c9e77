/**
 * The offline search index, built from the real content as the build does: a person's own words,
 * without accents, with typos or as prefixes, in any form of the word (stems), and acronyms find the
 * right service; what a result says (its steps, what to bring, what is good to know) finds it too.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { buildContent } from '../../../src/content/build';
import { BUILD_STEMMERS, searchDocs, searchIndexJSON } from '../../../src/content/search-index';
import { STEMMERS, indexOptions, searchHits, type SearchDoc, type SearchLang } from '../../../src/search/options';

const content = buildContent(resolve(process.cwd(), 'content'));
const load = (lang: 'es' | 'en') => MiniSearch.loadJSON<SearchDoc>(searchIndexJSON(content, lang), indexOptions(BUILD_STEMMERS[lang]));
const es = load('es');
const en = load('en');
const topFlows = (index: MiniSearch<SearchDoc>, q: string, n = 3) =>
  (index.search(q) as unknown as SearchDoc[]).slice(0, n).map((h) => h.flow);

describe('search (es)', () => {
  it.each([
    ['migracion', 'residency', 'no accent finds "migración"'],
    ['MIGRACIÓN', 'residency', 'capitals and accents'],
    ['discapasidad', 'disability-certificate', 'a typo'],
    ['discap', 'disability-certificate', 'a prefix'],
    ['papeles', 'residency', 'everyday word'],
    ['carnet', 'residency', 'everyday spelling of carné'],
    ['CPP', 'residency', 'acronym'],
    ['SIS', 'health-cover', 'acronym'],
    ['CEM', 'violence-women', 'acronym'],
    ['sunafil', 'work-rights', 'acronym in lower case'],
    ['seguro', 'health-cover', 'everyday word'],
    ['chamba', 'work-rights', 'Peruvian everyday word'],
    ['psicologo', 'mental-health', 'everyday word'],
    ['refugio', 'asylum', 'plain word'],
  ])('"%s" finds %s (%s)', (q, flow) => {
    expect(topFlows(es, q)).toContain(flow);
  });

  it('finds outcomes, opened directly, and glossary entries with their expansion', () => {
    const hits = es.search('Línea 113') as unknown as SearchDoc[];
    expect(hits.some((h) => h.kind === 'glossary' && h.title.startsWith('Línea 113:'))).toBe(true);
    const outcome = (es.search('certificado gratis') as unknown as SearchDoc[]).find((h) => h.kind === 'outcome');
    expect(outcome?.flow).toBe('disability-certificate');
    expect(outcome?.step).toBeTruthy();
  });

  it('returns nothing for words that are nowhere', () => {
    expect(es.search('xqzwv')).toEqual([]);
  });
});

describe('search (en)', () => {
  it.each([
    ['papers', 'residency'],
    ['insurance', 'health-cover'],
    ['disabilty', 'disability-certificate'],
    ['asylum', 'asylum'],
    ['racism', 'discrimination'],
    ['SUNAFIL', 'work-rights'],
  ])('"%s" finds %s among the first 5', (q, flow) => {
    expect(topFlows(en, q, 5)).toContain(flow);
  });

  it('is in English: a Spanish-only word finds less than in Spanish', () => {
    expect(topFlows(en, 'chamba')).not.toContain('work-rights');
  });
});

describe('a person\'s own sentence (as the search page searches: searchHits)', () => {
  const top = (index: MiniSearch<SearchDoc>, q: string, n = 3) => (searchHits(index, q) as unknown as SearchDoc[]).slice(0, n).map((h) => h.flow);
  it.each([
    ['es', 'mi pareja me pega', 'violence-women'],
    ['es', 'mi esposo me pega', 'violence-women'],
    ['es', 'me quiero morir', 'mental-health'],
    ['es', 'cuenta bancaria', 'financial-inclusion'],
    ['es', 'me botaron del trabajo', 'work-rights'],
    ['es', 'cita migraciones', 'residency'],
    ['en', 'my husband hits me', 'violence-women'],
    ['en', 'I want to kill myself', 'mental-health'],
    ['en', 'I was fired from my job', 'work-rights'],
    ['es', 'me quieren botar del pais', 'expulsion'],
    ['es', 'no me pagan', 'work-rights'],
    ['es', 'parto', 'health-cover'],
    ['es', 'estoy embarazada', 'health-cover'],
    ['es', 'embajada', 'peruvians-abroad'],
    ['en', 'not paid', 'work-rights'],
    ['en', 'deported', 'expulsion'],
    ['en', 'embassy', 'peruvians-abroad'],
    ['en', 'I am pregnant', 'health-cover'],
    ['es', 'quiero trabajar', 'work-rights'],
    ['es', 'necesito trabajo', 'work-rights'],
    ['en', 'I need a job', 'work-rights'],
  ])('in %s, "%s" finds %s', (lang, q, flow) => {
    expect(top(lang === 'es' ? es : en, q)).toContain(flow);
  });

  // The service a person needs comes first: a partner's threats are violence against women, an
  // expelled person coming back is expulsion (re-entry), and a Peruvian going home stays first for returnees.
  it.each([
    ['es', 'mi pareja me amenaza', 'violence-women'],
    ['en', 'my partner threatened me', 'violence-women'],
    ['es', 'reingreso', 'expulsion'],
    ['es', 'volver despues de una expulsion', 'expulsion'],
    ['en', 'come back after expulsion', 'expulsion'],
    ['es', 'volver al Perú', 'returning-peruvians'],
    ['en', 'come back to Peru', 'returning-peruvians'],
    ['es', 'quiero volver a mi país', 'returning-peruvians'],
    ['es', 'volví a mi país', 'returning-peruvians'],
    ['es', 'volver', 'returning-peruvians'],
  ])('in %s, "%s" finds %s first', (lang, q, flow) => {
    expect(top(lang === 'es' ? es : en, q, 1)).toEqual([flow]);
  });

  // A threat from anyone (not only a partner) leads to the danger question of «¿Por dónde empiezo?».
  it.each([
    ['es', 'me amenazan'],
    ['en', 'threatened'],
  ])('in %s, "%s" finds where-to-start among the first results', (lang, q) => {
    expect(top(lang === 'es' ? es : en, q)).toContain('where-to-start');
  });

  it('keeps to the pages that hold every word when there are some, and leaves out words too common to search for', () => {
    const all = es.search('salud mental', { combineWith: 'AND' });
    expect(all.length).toBeGreaterThan(0);
    expect(searchHits(es, 'salud mental')).toEqual(all);
    expect(searchHits(es, 'mi salud mental').map((h) => h.id)).toEqual(all.map((h) => h.id));
    expect(searchHits(es, 'mi de la')).toEqual([]);
  });
});

describe('stems: any form of a word finds the others', () => {
  const top = (index: MiniSearch<SearchDoc>, q: string, n = 3) => (searchHits(index, q) as unknown as SearchDoc[]).slice(0, n);
  it.each([
    ['es', 'trabajar', 'work-rights', 'a verb finds the service about "trabajo"'],
    ['es', 'trabajaba', 'work-rights', 'a past tense no prefix or typo reaches'],
    ['es', 'trabajadora', 'work-rights', 'a noun made from the verb'],
    ['es', 'despidieron', 'work-rights', '"me despidieron" finds "despido"'],
    ['es', 'golpearon', 'violence-women', 'a past tense finds "golpes"'],
    ['es', 'asegurado', 'health-cover', 'finds "Aseguramiento"'],
    ['es', 'hijos', 'children', 'a plural finds "hijo"'],
    ['es', 'trabjo', 'work-rights', 'a typo in a stemmed word'],
    ['en', 'working', 'work-rights', 'an -ing form finds "work"'],
    ['en', 'paying', 'work-rights', 'finds "paid" and "pay"'],
    ['en', 'insured', 'health-cover', 'finds "insurance"'],
    ['en', 'disabled', 'disability-certificate', 'finds "disability"'],
    ['en', 'embassies', 'peruvians-abroad', 'a plural finds "embassy"'],
    ['en', "children's", 'children', 'a possessive'],
  ])('in %s, "%s" finds %s (%s)', (lang, q, flow) => {
    expect(top(lang === 'es' ? es : en, q).map((h) => h.flow)).toContain(flow);
  });

  it.each([
    ['es', 'trabajar', ['trabajo', 'trabajos']],
    ['es', 'hijos', ['hijo', 'hija', 'hijas']],
    ['en', 'working', ['work', 'works', 'worked']],
    ['en', 'reporting', ['report', 'reports', 'reported']],
  ] as const)('in %s, "%s" finds, without prefixes or typos, every page that says only %j', (lang, q, forms) => {
    const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const says = (d: SearchDoc) => new Set(tokenize(`${d.title} ${d.text} ${d.details} ${d.words}`).map((w) => w.toLowerCase()));
    const pages = searchDocs(content, lang).filter((d) => !says(d).has(q) && forms.some((f) => says(d).has(f)));
    const found = new Set((lang === 'es' ? es : en).search(q, { prefix: false, fuzzy: false }).map((h) => h.id));
    expect(pages.length, `pages that say ${forms.join(' or ')} and not "${q}"`).toBeGreaterThan(0);
    expect(pages.filter((d) => !found.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it('"trabajar" finds the work-rights service and its results, the service first', () => {
    const hits = searchHits(es, 'trabajar') as unknown as SearchDoc[];
    expect(hits[0]).toMatchObject({ kind: 'flow', flow: 'work-rights' });
    expect(hits.filter((h) => h.kind === 'outcome' && h.flow === 'work-rights').length).toBeGreaterThan(1);
  });

  it('the browser loads the stemmer the index was made with, for each language', async () => {
    for (const lang of ['es', 'en'] as const) expect(await STEMMERS[lang]()).toBe(BUILD_STEMMERS[lang]);
    expect(BUILD_STEMMERS.es('trabajar')).toBe(BUILD_STEMMERS.es('trabajo'));
    expect(BUILD_STEMMERS.en('working')).toBe(BUILD_STEMMERS.en('work'));
  });
});

describe('what a result says: its steps, what to bring and what is good to know', () => {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const indexes = { es, en };

  /** Each index term of an outcome's steps, bring and good-to-know lists found in no other page, nor in its own title or summary. */
  function detailsOnly(lang: SearchLang): { word: string; id: string }[] {
    const { processTerm } = indexOptions(BUILD_STEMMERS[lang]);
    const docs = searchDocs(content, lang);
    const terms = (text: string) => new Set(tokenize(text).map((w) => processTerm(w)));
    const elsewhere = new Map<string, number>();
    for (const d of docs) {
      for (const t of new Set([...terms(`${d.title} ${d.text} ${d.words}`), ...terms(d.details)])) elsewhere.set(t!, (elsewhere.get(t!) ?? 0) + 1);
    }
    return docs
      .filter((d) => d.kind === 'outcome')
      .flatMap((d) => {
        const own = terms(`${d.title} ${d.text}`);
        return tokenize(d.details)
          .filter((w) => w.length >= 7 && !/\d/.test(w))
          .filter((w) => !own.has(processTerm(w)) && elsewhere.get(processTerm(w)!) === 1)
          .map((word) => ({ word, id: d.id }));
      });
  }

  it.each(['es', 'en'] as const)('in %s, every word found only in one result\'s lists finds that result, among the 30 the page shows', (lang) => {
    const words = detailsOnly(lang);
    expect(words.length, 'words to search for').toBeGreaterThan(10);
    const missed = words.filter(({ word, id }) => !(searchHits(indexes[lang], word) as unknown as SearchDoc[]).slice(0, 30).some((h) => h.id === id));
    expect(missed).toEqual([]);
  });

  it.each(['es', 'en'] as const)('in %s, a result whose title has a word ranks above the results that say it only in their lists', (lang) => {
    const { processTerm } = indexOptions(BUILD_STEMMERS[lang]);
    const terms = (text: string) => new Set(tokenize(text).map((w) => processTerm(w)));
    const outcomes = searchDocs(content, lang)
      .filter((d) => d.kind === 'outcome')
      .map((d) => ({ id: d.id, title: d.title, own: terms(`${d.title} ${d.text}`), details: terms(d.details) }));
    const searched = new Map<string, string[]>();
    let pairs = 0;
    const wrong: string[] = [];
    for (const d of outcomes) {
      for (const word of new Set(tokenize(d.title).filter((w) => w.length >= 5 && (processTerm(w)?.length ?? 0) >= 4))) {
        const t = processTerm(word);
        const below = outcomes.filter((o) => o.id !== d.id && o.details.has(t) && !o.own.has(t));
        if (!below.length) continue;
        const order = searched.get(word) ?? (searchHits(indexes[lang], word) as unknown as SearchDoc[]).map((h) => h.id);
        searched.set(word, order);
        for (const o of below) {
          pairs++;
          if (order.indexOf(d.id) > order.indexOf(o.id)) wrong.push(`"${word}": ${o.id} above ${d.id}`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it('an outcome found by its steps is opened directly', () => {
    const { word, id } = detailsOnly('es')[0]!;
    const hit = (searchHits(es, word) as unknown as SearchDoc[]).find((h) => h.id === id);
    expect(hit).toMatchObject({ kind: 'outcome' });
    expect(hit?.step).toBe(id.split(':')[2]);
  });
});

describe('what the browser tests search for (tests/e2e/search.e2e.ts), within the 30 results the page shows', () => {
  const shown = (index: MiniSearch<SearchDoc>, q: string) => (searchHits(index, q) as unknown as SearchDoc[]).slice(0, 30);
  const service = (index: MiniSearch<SearchDoc>, q: string) => shown(index, q).filter((h) => h.kind === 'flow').map((h) => h.flow);
  it('Spanish: no accent, a typo, an acronym first, the Migraciones entry, a sentence', () => {
    expect(service(es, 'migracion')).toContain('residency');
    expect(shown(es, 'migracion').some((h) => h.kind === 'glossary' && h.title.startsWith('Migraciones:'))).toBe(true);
    expect(service(es, 'discapasidad')).toContain('disability-certificate');
    expect(shown(es, 'CPP')[0]).toMatchObject({ kind: 'glossary', flow: 'residency' });
    expect(shown(es, 'CPP')[0]?.title.startsWith('CPP:')).toBe(true);
    expect(shown(es, 'mi pareja me pega').slice(0, 3).filter((h) => h.kind === 'flow').map((h) => h.flow)).toContain('violence-women');
    expect(service(es, 'trabajo')).toContain('work-rights');
    expect(shown(es, 'salud').length).toBeGreaterThan(0);
    expect(shown(es, 'qwxz zzkj')).toEqual([]);
  });

  it('English: "migration" finds the residency service; a Spanish word finds nothing, so the page offers the Spanish search', () => {
    expect(service(en, 'migration')).toContain('residency');
    expect(searchHits(en, 'trabajo')).toEqual([]);
  });
});
