/**
 * The offline search index, built from the real content as the build does: a person's own words,
 * without accents, with typos or as prefixes, and acronyms find the right service.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { buildContent } from '../../../src/content/build';
import { searchIndexJSON } from '../../../src/content/search-index';
import { INDEX_OPTIONS, searchHits, type SearchDoc } from '../../../src/search/options';

const content = buildContent(resolve(process.cwd(), 'content'));
const load = (lang: 'es' | 'en') => MiniSearch.loadJSON<SearchDoc>(searchIndexJSON(content, lang), INDEX_OPTIONS);
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
  ])('in %s, "%s" finds %s', (lang, q, flow) => {
    expect(top(lang === 'es' ? es : en, q)).toContain(flow);
  });

  it('keeps to the pages that hold every word when there are some, and leaves out words too common to search for', () => {
    const all = es.search('salud mental', { combineWith: 'AND' });
    expect(all.length).toBeGreaterThan(0);
    expect(searchHits(es, 'salud mental')).toEqual(all);
    expect(searchHits(es, 'mi salud mental').map((h) => h.id)).toEqual(all.map((h) => h.id));
    expect(searchHits(es, 'mi de la')).toEqual([]);
  });
});
